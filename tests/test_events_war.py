"""Narrative histories of wars: armies and fleets standing for their side, troop movements, nominal
deeds of force dated by the story's time, attempts at force told as made, declarations of war, and
clauses that only limit a modal one. Texts of our own, and the two seen WikiWars excerpts (written
from ../shared by benchmarks/wikiwars_excerpts.py)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from event_helpers import events_in, extract_text, names_of

ROOT = Path(__file__).resolve().parent.parent

WAR = """1861

In April the Venetian troops landed near the old harbour. The Genoese squadron slipped out of port in May. The Hungarian landing at Chioggia surprised the garrison. Two weeks later the frigates of the Genoese admiral were destroyed by the Venetians. The Genoese made two attempts to block the entrance to the lagoon.

In June the Milanese issued a declaration of war on Venice. Venice imposed restrictions on Milan's merchants and established control over Corfu. The council rejected the duke's demand and Orsini denounced the council for its weakness.

Venice would not sign the treaty until an understanding had been reached with Milan.
"""


@pytest.fixture(scope="module")
def war(tmp_path_factory):
    return extract_text(tmp_path_factory.mktemp("war"), WAR, "war.txt")


def test_armed_bodies_moving_are_a_mobilization(war):
    c, text = war
    (ev,) = events_in(c, text, "the Venetian troops landed", "landed")
    assert ev.type == "MOBILIZE" and ev.date == "1861-04"
    (ev,) = events_in(c, text, "The Genoese squadron slipped out", "slipped")
    assert ev.type == "MOBILIZE" and ev.date == "1861-05"


def test_a_fleet_of_a_person_stands_for_that_person(war):
    c, text = war
    (ev,) = events_in(c, text, "the frigates of the Genoese admiral were destroyed", "destroyed")
    assert ev.type == "ASSAULT" and "Venetians" in " ".join(names_of(c, ev.source))


def test_an_attempt_at_force_is_told_as_made(war):
    c, text = war
    (ev,) = events_in(c, text, "two attempts to block the entrance", "block")
    assert ev.type == "COERCE" and ev.polarity == "positive" and ev.modality == "asserted"
    assert "Genoese" in " ".join(names_of(c, ev.source))


def test_a_nominal_landing_takes_the_story_time(war):
    c, text = war
    (ev,) = events_in(c, text, "The Hungarian landing at Chioggia", "landing")
    assert ev.type == "MOBILIZE" and ev.date == "1861-05" and ev.date_certainty == "inherited"


def test_a_declaration_of_war_is_an_assault_not_a_statement(war):
    c, text = war
    evs = events_in(c, text, "the Milanese issued a declaration of war", "issued")
    assert [(e.type, e.mode, e.date) for e in evs] == [("ASSAULT", "war", "1861-06")]


def test_restrictions_and_control_are_coercion(war):
    c, text = war
    (ev,) = events_in(c, text, "imposed restrictions on Milan's merchants", "imposed")
    assert ev.type == "COERCE" and "Milan" in names_of(c, ev.target)
    (ev,) = events_in(c, text, "established control over Corfu", "established")
    assert ev.type == "COERCE" and ev.mode == "control"


def test_a_subject_the_parser_hung_on_an_object_is_found(war):
    c, text = war
    (ev,) = events_in(c, text, "Orsini denounced the council", "denounced")
    assert ev.type == "ACCUSE" and "Orsini" in names_of(c, ev.source)


def test_a_clause_limiting_a_negated_one_is_no_fact(war):
    c, text = war
    (ev,) = events_in(c, text, "until an understanding had been reached", "reached")
    assert ev.modality == "hypothetical"


@pytest.fixture(scope="module")
def wikiwars():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from wikiwars_excerpts import write_excerpts
        paths = write_excerpts()
    except Exception as e:  # pragma: no cover - depends on ../shared
        pytest.skip(f"WikiWars excerpts not available: {e}")
    import annalyst

    c = annalyst.extract([str(paths["ww11"]), str(paths["ww19"])])
    return c, {Path(d.source).stem: d.text for d in c.documents}


def test_wikiwars_seen_excerpts(wikiwars):
    """The two seen excerpts (benchmark split wikiwars-1): an uprising staged, a campaign resumed, a
    declaration of war, a landing, a breakout by ships, overtures that threaten."""
    c, texts = wikiwars
    ww11, ww19 = texts["ww11"], texts["ww19"]
    (ev,) = events_in(c, ww11, "Harvest Uprising was staged by peasants", "staged")
    assert ev.type == "ASSAULT" and "CPC" in names_of(c, ev.source)
    (ev,) = events_in(c, ww11, "The KMT resumed the campaign", "resumed")
    assert ev.type == "ASSAULT" and "KMT" in names_of(c, ev.source)
    (ev,) = events_in(c, ww11, "received prompt international recognition", "received")
    assert ev.type == "SUPPORT"
    (ev,) = events_in(c, ww19, "Japan issued a declaration of war", "issued")
    assert (ev.type, ev.date) == ("ASSAULT", "1904-02-08")
    (ev,) = events_in(c, ww19, "a Japanese landing near Incheon", "landing")
    assert ev.type == "MOBILIZE" and ev.date and ev.date.startswith("1904")
    (ev,) = events_in(c, ww19, "made overtures threatening", "threatening")
    assert ev.type == "THREATEN" and ev.date == "1904-04-15" and ev.source
    (ev,) = events_in(c, ww19, "Japanese artillery were firing shells", "firing")
    assert ev.type == "ASSAULT" and "Japanese" in " ".join(names_of(c, ev.source))
