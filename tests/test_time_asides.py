"""A year said in passing (as a modifier, or in a comparison) looking back does not move a narrative's time."""
from __future__ import annotations

from annalyst.time import is_flashback, tag_document


def _values(text):
    return {t.text: (t.value, t.rule) for t in tag_document(text, "d")}


def test_a_year_named_in_passing_does_not_take_the_story_back():
    text = ("In May 1789 the assembly opened at Versailles. On the last occasion it had met, in 1614, each "
            "order held one vote. The nobles wanted the orders arranged as in 1614. The 1614 rules were old. "
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
