"""Attacks begun, places won and attacks beaten off, on a war story of our own: an offensive "commenced" is launched
like any other; a side repelled, dislodged or repulsed by someone gives way, so besides the fight its
retreat is told, with the side that drove it off as the other party."""
from __future__ import annotations

import pytest

from event_helpers import events_in, extract_text, who

STORY = """1921

In October the Norvalians commenced an attack of their own near Varna. In November the Ostmark army began its second winter counter-offensive against the Norvalians.

In December the Norvalian garrison repelled the Ostmark troops at the ford. On 20 December the Norvalians succeeded in repelling a second attack. The Norvalians dislodged the Ostmark army from the hills.

In January the Norvalian army was repulsed by the Ostmark troops near the coast.
"""


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    return extract_text(tmp_path_factory.mktemp("repel"), STORY)


def _types(corpus, text, snippet, trigger):
    return {e.type: e for e in events_in(corpus, text, snippet, trigger)}


def test_an_attack_commenced_is_an_offensive(story):
    corpus, text = story
    ev = _types(corpus, text, "the Norvalians commenced an attack", "commenced")["ASSAULT"]
    assert ev.mode == "offensive" and ev.date == "1921-10"
    assert "Norvalians" in who(corpus, ev, "source")


def test_an_offensive_the_tagger_reads_as_an_adjective_is_still_begun(story):
    """"its second winter counter-offensive": the parser heads the phrase with "winter"."""
    corpus, text = story
    ev = _types(corpus, text, "began its second winter counter-offensive", "began")["ASSAULT"]
    assert ev.mode == "offensive"


def test_a_side_repelled_gives_way_to_the_side_that_repelled_it(story):
    corpus, text = story
    found = _types(corpus, text, "garrison repelled the Ostmark troops", "repelled")
    assert {"ASSAULT", "RETREAT"} <= set(found)
    back = found["RETREAT"]
    assert any("Ostmark" in n for n in who(corpus, back, "source"))
    assert any("Norvalian" in n for n in who(corpus, back, "target"))


def test_an_attack_repelled_is_a_retreat_even_with_its_makers_unnamed(story):
    corpus, text = story
    found = _types(corpus, text, "succeeded in repelling a second attack", "repelling")
    assert found["RETREAT"].date == "1921-12-20"
    assert any("Norvalian" in n for n in who(corpus, found["RETREAT"], "target"))


def test_a_side_dislodged_is_attacked_and_retreats(story):
    corpus, text = story
    assert {"ASSAULT", "RETREAT"} <= set(_types(corpus, text, "dislodged the Ostmark army", "dislodged"))


def test_a_side_repulsed_by_another_retreats_from_it(story):
    corpus, text = story
    back = _types(corpus, text, "army was repulsed by the Ostmark", "repulsed")["RETREAT"]
    assert any("Norvalian" in n for n in who(corpus, back, "source"))
    assert any("Ostmark" in n for n in who(corpus, back, "target"))


def test_a_clause_some_months_later_is_dated_by_the_stretch_it_reaches(tmp_path):
    """TimeML leaves "A few months later" as FUTURE_REF; the deed it opens happened late that year, not in
    the story's August."""
    corpus, text = extract_text(tmp_path, "In August 1921 the Norvalians held the ford at Varna. A few months "
                                          "later the Norvalians commenced an attack on the Ostmark army.")
    ev = _types(corpus, text, "the Norvalians commenced an attack", "commenced")["ASSAULT"]
    assert ev.date == "1921"


def test_control_taken_of_a_place_is_a_capture_besides_a_hold(tmp_path):
    corpus, text = extract_text(tmp_path, "In September 1921 the Norvalians landed, quickly taking control of Varna. "
                                          "By 1922 they had extended control over the coast.")
    taken = _types(corpus, text, "taking control of Varna", "taking")
    assert set(taken) == {"COERCE", "ASSAULT"} and taken["ASSAULT"].mode == "capture"
    assert "ASSAULT" not in _types(corpus, text, "extended control over", "extended")


def test_an_attempt_to_dislodge_a_side_is_a_blow_but_no_retreat(tmp_path):
    corpus, text = extract_text(tmp_path, "The Norvalians attempted to dislodge the Ostmark army in May 1921.")
    assert set(_types(corpus, text, "attempted to dislodge", "dislodge")) == {"ASSAULT"}


def test_an_army_captured_is_taken_prisoner_and_power_seized_is_a_coup(tmp_path):
    corpus, text = extract_text(tmp_path, "In 1780 General Kessler besieged Varna, capturing it and most of the "
                                          "Norvalian Army on May 12, 1780. On 13 May 1781 an army junta under "
                                          "General Kessler seized power in the capital.")
    taken = _types(corpus, text, "capturing it and most", "capturing")
    assert {"ASSAULT", "COERCE"} <= set(taken) and taken["COERCE"].date == "1780-05-12"
    coup = _types(corpus, text, "seized power", "seized")
    assert set(coup) == {"ASSAULT", "COERCE"} and coup["ASSAULT"].mode == "coup"
    # the date the parser hung on the subject is no part of who acted
    assert who(corpus, coup["ASSAULT"], "source") == {"army junta"}
