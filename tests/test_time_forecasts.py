"""A date a forecast names is not a time the story has reached: after "announcing that the mission would end by
August 31, 2010" the story is still on the day of the announcement, so "the day before" is the day before it.
A narrator's own "would" ("the fleet would not reach the east until May 1905") does move the story. Text of our
own."""
from __future__ import annotations

from event_helpers import extract_text

FORECAST = ("On February 27, 2009, President Orrin Harlan gave a speech at Varna announcing that the Norvalian "
            "mission in Ostmark would end by August 31, 2010. A force of up to 5,000 troops may remain until the "
            "end of 2011, the president added. The day before Harlan's speech, Anton Kessler said that the government "
            "of Ostmark had no worries.")
NARRATED = ("In October 1904 the Norvalian fleet left the Baltic. The fleet would not reach the Far East until May "
            "1905. The next day it was sighted near the straits.")


def test_a_forecast_date_leaves_the_story_where_it_was(tmp_path):
    corpus, _ = extract_text(tmp_path, FORECAST)
    values = {t.text: t.value for t in corpus.timexes}
    assert values["August 31, 2010"] == "2010-08-31"  # the date itself is still normalised
    assert values["The day before"] == "2009-02-26"


def test_a_narrators_would_moves_the_story(tmp_path):
    corpus, _ = extract_text(tmp_path, NARRATED, "fleet.txt")
    values = {t.text: t.value for t in corpus.timexes}
    assert values["The next day"].startswith("1905")
