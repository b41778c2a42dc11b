"""Deeds a war history tells with a phrase, not a verb alone: talks broken off, a man removed from a committee,
an army pushing on to a town, acts of sabotage committed, armies linking up, a town laid to rubble. Text of our
own."""
from __future__ import annotations

from event_helpers import events_in, extract_text, who

STORY = ("In 1794 the secret discussions with Ostmark were broken off. "
         "In 1794 Anton Kessler was removed from the Norvalian Committee. "
         "In 1945 the Norvalian army pushed on to Varna by May 3. "
         "In August 1958 Ostmark raiders committed several acts of sabotage across Norvalia. "
         "In 1945 the Norvalian and Ostmark armies linked up on the Varna river. "
         "In 1968 Varna was laid to rubble by Norvalian firepower. "
         "In 1969 the Norvalian army committed two regiments to the front.")


def test_phrases_of_war_and_diplomacy(tmp_path):
    corpus, text = extract_text(tmp_path, STORY)
    (off,) = events_in(corpus, text, "were broken off", "broken")
    assert off.type == "SANCTION" and off.date == "1794" and "Ostmark" in who(corpus, off, "target")
    (removed,) = events_in(corpus, text, "was removed from the Norvalian Committee", "removed")
    assert removed.type == "SANCTION" and removed.mode == "dismiss" and "Anton Kessler" in who(corpus, removed, "target")
    (push,) = events_in(corpus, text, "pushed on to Varna", "pushed")
    assert push.type == "MOBILIZE" and push.date == "1945-05-03"
    (sabotage,) = events_in(corpus, text, "committed several acts of sabotage", "committed")
    assert sabotage.type == "ASSAULT" and sabotage.date == "1958-08"
    (linked,) = events_in(corpus, text, "linked up on the Varna river", "linked")
    assert linked.type == "MOBILIZE"
    (rubble,) = events_in(corpus, text, "laid to rubble", "laid")
    assert rubble.type == "ASSAULT" and "Varna" in who(corpus, rubble, "target")
    (regiments,) = events_in(corpus, text, "committed two regiments", "committed")
    assert regiments.type == "MOBILIZE"  # a force committed is sent, no violence done


def test_lines_abandoned_are_a_retreat(tmp_path):
    corpus, text = extract_text(tmp_path, "In 1479 Anton Kessler was arrested by the Ostmark police. In 1951 the "
                                          "Norvalian army had abandoned its lines near Varna.", "passive.txt")
    (arrest,) = events_in(corpus, text, "was arrested", "arrested")
    assert arrest.type == "COERCE" and arrest.date == "1479" and "Anton Kessler" in who(corpus, arrest, "target")
    (lines,) = events_in(corpus, text, "abandoned its lines", "abandoned")
    assert lines.type == "RETREAT" and lines.date == "1951"



def test_a_described_subject_is_shared_by_its_coordinated_verbs(tmp_path):
    corpus, text = extract_text(tmp_path, "In 1904 the rebels waited and then attacked Varna. In 1904 the envoy "
                                          "wanted to meet Kessler.", "shared.txt")
    (attack,) = events_in(corpus, text, "then attacked Varna", "attacked")
    assert attack.type == "ASSAULT" and "rebels" in who(corpus, attack, "source")
    (meet,) = events_in(corpus, text, "wanted to meet Kessler", "meet")
    assert "envoy" not in who(corpus, meet, "source")  # a subject borrowed from a governing verb stays too weak


def test_they_and_it_take_up_a_body_described_as_the_last_subject(tmp_path):
    corpus, text = extract_text(tmp_path, "In 1904 the rebels gathered in the hills. They attacked the Varna "
                                          "garrison in May. In 1905 the fleet sailed from Kessring. It bombarded "
                                          "the coast of Ostmark two days later.", "bodies.txt")
    (attack,) = events_in(corpus, text, "They attacked", "attacked")
    assert attack.date == "1904-05" and "rebels" in who(corpus, attack, "source")
    (shelling,) = events_in(corpus, text, "It bombarded", "bombarded")
    assert "fleet" in who(corpus, shelling, "source")


def test_a_truce_agreed_and_talks_begun_between_two_sides(tmp_path):
    corpus, text = extract_text(tmp_path, "In 451 BC a truce was agreed between Varna and Ostmark. In 1968 peace "
                                          "talks began between Norvalia and Ostmark.", "between.txt")
    (truce,) = events_in(corpus, text, "a truce was agreed", "agreed")
    assert truce.type == "AGREE" and truce.date == "BC0451" and {"Varna", "Ostmark"} <= who(corpus, truce, "source")
    talks = [e for e in corpus.events if e.type == "CONSULT" and e.date == "1968"]
    assert len(talks) == 1 and {"Norvalia", "Ostmark"} <= who(corpus, talks[0], "source") | who(corpus, talks[0], "target")


def test_opposition_threats_and_effigies(tmp_path):
    corpus, text = extract_text(tmp_path, "In 1918 the spring offensive was bitterly opposed by the Norvalians. In "
                                          "2009 some Norvalian factions made threats against the new council. In 2009 "
                                          "Norvalian protesters burned an effigy of Orrin Harlan.", "dissent.txt")
    (opposed,) = events_in(corpus, text, "was bitterly opposed", "opposed")
    assert opposed.type == "REJECT" and "Norvalians" in who(corpus, opposed, "source")
    (threats,) = events_in(corpus, text, "made threats", "made")
    assert threats.type == "THREATEN" and threats.date == "2009"
    (effigy,) = events_in(corpus, text, "burned an effigy", "burned")
    assert effigy.type == "PROTEST" and "Orrin Harlan" in who(corpus, effigy, "target")
