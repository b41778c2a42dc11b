"""A year said in passing (as a modifier, or in a comparison) looking back does not move a narrative's time."""
from __future__ import annotations

from annalyst.time import is_flashback, tag_document


def _values(text):
    return {t.text: (t.value, t.rule) for t in tag_document(text, "d")}


def test_a_year_named_in_passing_does_not_take_the_story_back():
    text = ("In May 1789 the assembly opened at Versailles. On the last occasion it had met, in 1614, each "
            "order held one vote. The nobles wanted the chambers seated as in 1614. The 1614 customs were old. "
            "The king gave way on 27 December.")
    got = tag_document(text, "d")
    asides = [t for t in got if t.text == "1614" and t.rule.startswith("aside:")]
    assert len(asides) == 2 and all(is_flashback(t) for t in asides)
    (dec,) = [t for t in got if t.text == "27 December"]
    assert dec.value == "1789-12-27"  # not 1614-12-27


def test_a_year_ahead_or_a_year_with_its_own_season_still_counts():
    text = ("In the winter of 1776 the army rested. The first of the 1777 campaigns began in June. "
            "After the failure of their 1777 summer offensives, they withdrew in October.")
    v = _values(text)
    assert v["June"][0] == "1777-06"  # a year ahead of the story moves it: a new season of the war
    assert v["summer"][0] == "1777-SU"  # "1777 summer": the season of that year


def test_a_heading_s_span_leaves_the_section_at_its_start():
    text = ("The Second Silesian War (1744 to 1745)\n\nPrussia invaded Bohemia. The following year the army "
            "marched on Prague.")
    got = tag_document(text, "d")
    (end,) = [t for t in got if t.text == "1745"]
    assert end.rule.startswith("aside:")
    (nxt,) = [t for t in got if t.text.lower() == "the following year"]
    assert nxt.value == "1745"  # counted from 1744, where the section's story starts


def test_a_span_in_a_sentence_still_moves_the_story():
    text = "In 1739 the war began. It lasted from 1740 to 1748. The following year the envoys met at Aachen."
    (nxt,) = [t for t in tag_document(text, "d") if t.text.lower() == "the following year"]
    assert nxt.value == "1749"
