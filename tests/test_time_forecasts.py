"""A date a forecast names is not a time the story has reached: after "told the diet that the garrison would leave
by 31 May 1831" the story is still on the day of the speech, so "the day before" is the day before it.
A narrator's own "would" ("the squadron would not reach the islands until May 1905") does move the story. Text of
our own."""
from __future__ import annotations

from event_helpers import extract_text

FORECAST = ("On April 3, 1830, Chancellor Orrin Harlan told the diet at Varna that the Norvalian garrison in "
            "Ostmark would leave by May 31, 1831. Some 500 men may stay on until the end of 1832, the chancellor "
            "added. The day before Harlan's speech, Anton Kessler said that the government of Ostmark had no "
            "worries.")
NARRATED = ("In October 1904 the Norvalian squadron left its home port. The squadron would not reach the southern "
            "islands until May 1905. The next day it was sighted near the straits.")


def test_a_forecast_date_leaves_the_story_where_it_was(tmp_path):
    corpus, _ = extract_text(tmp_path, FORECAST)
    values = {t.text: t.value for t in corpus.timexes}
    assert values["May 31, 1831"] == "1831-05-31"  # the date itself is still normalised
    assert values["The day before"] == "1830-04-02"


def test_a_narrators_would_moves_the_story(tmp_path):
    corpus, _ = extract_text(tmp_path, NARRATED, "squadron.txt")
    values = {t.text: t.value for t in corpus.timexes}
    assert values["The next day"].startswith("1905")


def test_a_date_a_plans_to_clause_names_leaves_the_story_where_it_was():
    """"a deadline to bring home 4,000 more men by March 1972", "cuts to be phased in through 1975": the time a
    plan is to reach, not one the story has reached; the days told next stay in the story's year."""
    from annalyst.time import tag_document
    text = ("In 1971 the Norvalian garrison shrank again, under a deadline to bring home 4,000 more men by March "
            "1972. On 9 May the last transport sailed from Varna.\n\nIn August 1974 the assembly voted cuts to be "
            "phased in through 1975 and to end in a full stop of funding in 1976. On 3 October the governor of "
            "Ostmark resigned.")
    values = {t.text: t.value for t in tag_document(text, "plans")}
    assert values["March 1972"] == "1972-03" and values["9 May"] == "1971-05-09"
    assert values["1976"] == "1976" and values["3 October"] == "1974-10-03"
