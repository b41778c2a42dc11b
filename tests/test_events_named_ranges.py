"""Happenings named with the range of days they lasted, in a list ("the Battle of X (18 August - 15 September
1951) and Battle of Y (21 March - 21 June 1952)"): each is an event, dated from its first day, whose year only
the range's last day writes. Text of our own."""
from __future__ import annotations

from event_helpers import events_in, extract_text

LIST = ("In 1951 the war froze along the ridges. The main engagements of that deadlock were the Battle of "
        "Kessring Ridge (4 June - 19 July 1951) and Battle of Ostmark Heights (2 July - 30 August "
        "1951), the Battle of White Stone (3-9 October 1952) and the Battle of Kessel Hill (21 March - 21 June "
        "1952).")


def test_each_named_battle_of_a_list_is_dated_by_its_bracket(tmp_path):
    corpus, text = extract_text(tmp_path, LIST)
    dates = {}
    for name in ("Kessring Ridge", "Ostmark Heights", "White Stone", "Kessel Hill"):
        (battle,) = events_in(corpus, text, "Battle of " + name, "Battle")
        assert battle.type == "ASSAULT"
        dates[name] = battle.date
    assert dates == {"Kessring Ridge": "1951-06-04", "Ostmark Heights": "1951-07-02", "White Stone": "1952-10-03",
                     "Kessel Hill": "1952-03-21"}


def test_a_ranges_first_day_takes_the_year_its_last_day_writes(tmp_path):
    corpus, text = extract_text(tmp_path, "In 1951 the siege began. The second siege lasted from 12 December to "
                                          "3 February 1953.", "siege.txt")
    values = {t.text: t.value for t in corpus.timexes}
    assert values["12 December"] == "1952-12-12" and values["3 February 1953"] == "1953-02-03"
