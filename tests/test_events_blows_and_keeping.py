"""Blows struck and people taken, as a war history tells them: a ship sunk by name, targets hit, people sent to
the scaffold or placed under arrest, crowds counted in words, a treaty named with its day; and journeys that
are none (a post left, a task left to someone). Text of our own."""
from __future__ import annotations

from event_helpers import events_in, extract_text, who

STORY = ("In May 1915 a Norvalian submarine sank the Ostmark liner Valdora off the coast. "
         "In June 1915 Norvalian aircraft hit Ostmark positions near Varna. "
         "In July 1915 the tribunal sent Anton Kessler to the guillotine. "
         "In August 1915 the Ostmark police placed Orrin Harlan under arrest. "
         "In September 1915 twenty rioters were killed by the Ostmark police in Varna. "
         "The Treaty of Varna (3 March 1916) ended the war. "
         "In April 1916 the old president of Ostmark left office, and left the army to the care of his deputy.")


def test_a_ship_named_after_its_kind_is_what_was_sunk(tmp_path):
    corpus, text = extract_text(tmp_path, STORY)
    (sunk,) = events_in(corpus, text, "sank the Ostmark liner Valdora", "sank")
    assert sunk.type == "ASSAULT" and sunk.date == "1915-05"
    assert "Valdora" in who(corpus, sunk, "target")


def test_positions_hit_are_assaulted_and_a_crisis_hits_nobody(tmp_path):
    corpus, text = extract_text(tmp_path, STORY)
    (blow,) = events_in(corpus, text, "aircraft hit Ostmark positions", "hit")
    assert blow.type == "ASSAULT" and blow.date == "1915-06"
    corpus, text = extract_text(tmp_path, "In 1929 the Ostmark crisis hit the markets of Varna.", "crisis.txt")
    assert not events_in(corpus, text, "crisis hit the markets", "hit")


def test_sent_to_the_guillotine_is_executed_not_a_mission(tmp_path):
    corpus, text = extract_text(tmp_path, STORY)
    (death,) = events_in(corpus, text, "sent Anton Kessler to the guillotine", "sent")
    assert (death.type, death.mode, death.date) == ("ASSAULT", "kill", "1915-07")
    assert "Anton Kessler" in who(corpus, death, "target")


def test_placed_under_arrest_is_coercion_of_the_one_placed(tmp_path):
    corpus, text = extract_text(tmp_path, STORY)
    (arrest,) = events_in(corpus, text, "placed Orrin Harlan under arrest", "placed")
    assert arrest.type == "COERCE" and arrest.date == "1915-08"
    assert "Orrin Harlan" in who(corpus, arrest, "target")


def test_a_crowd_counted_in_words_is_described_without_its_count(tmp_path):
    corpus, text = extract_text(tmp_path, STORY)
    (killing,) = events_in(corpus, text, "twenty rioters were killed", "killed")
    assert killing.type == "ASSAULT" and killing.date == "1915-09"
    assert [d.text for d in killing.described if d.role == "target"] == ["rioters"]


def test_a_treaty_named_with_its_day_was_made_that_day(tmp_path):
    corpus, text = extract_text(tmp_path, STORY)
    (treaty,) = events_in(corpus, text, "The Treaty of Varna (3 March 1916)", "Treaty")
    assert treaty.type == "AGREE" and treaty.date == "1916-03-03"


def test_leaving_office_or_leaving_a_thing_to_someones_care_is_no_journey(tmp_path):
    corpus, text = extract_text(tmp_path, STORY)
    assert not [e for e in events_in(corpus, text, "left office, and left the army to the care", "left")
                if e.type == "TRAVEL"]


def test_a_narrators_would_with_its_own_date_tells_what_happened(tmp_path):
    corpus, text = extract_text(tmp_path, (
        "In January 1793 the Convention executed Anton Kessler. His widow, Ilsa Kessler, would follow him to the "
        "guillotine on 16 October. If the army attacked, Ostmark would declare war on Norvalia on 3 May. "
        "Harlan said that Ostmark would invade Norvalia on 3 May."), "widow.txt")
    (death,) = events_in(corpus, text, "would follow him to the", "follow")
    assert (death.polarity, death.modality, death.date) == ("positive", "asserted", "1793-10-16")
    assert "Ilsa Kessler" in who(corpus, death, "target")
    (war,) = events_in(corpus, text, "Ostmark would declare war", "declare")
    assert war.modality == "hypothetical"  # a condition stays one, dated or not
    (invasion,) = events_in(corpus, text, "Ostmark would invade Norvalia", "invade")
    assert invasion.modality != "asserted"  # what someone said would happen is not told as done
