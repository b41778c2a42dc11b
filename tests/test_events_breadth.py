"""The ordinary verbs of narrative history: flight as retreat, marches, dismissals, demands and
appeals, adoptions, forces pushed back; groups named by what they are (the militia, the commoners)
as participants. Texts of our own."""
from __future__ import annotations

import pytest

from event_helpers import events_in, extract_text, names_of

STORY = """1702

In March Pierre Morel was dismissed from his post. In April the council dismissed the envoy's proposal as absurd.

The militia converged on Lyon, bottling up the Prussians in the city. In May the Prussians fled across the river, and General Hans Weber escaped to Metz. In June the villagers fled to Lyon.

In July Colonel Paul Fabre marched north from Lyon. The Gascons then called for ten thousand volunteers, and Fabre asked for fresh supplies of powder.

In August the commoners appealed to the clergy. The Gascon deputies adopted a provisional constitution in September.

In October thousands of militiamen attacked the Prussians near Metz. A squadron of ships led by Admiral Jean Dupuis arrived at Toulon in November.

Morel's victory in the election of 1702 surprised the court.

In December the Gascons believed that the farther that the Prussian forces advanced into Gascony the weaker they would become. When the Prussian army was marching towards Lyon, Fabre left for Metz.
"""


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    return extract_text(tmp_path_factory.mktemp("breadth"), STORY, "story.txt")


def _described(ev) -> set[str]:
    return {d.text for d in ev.described}


def test_a_dismissal_is_a_sanction_and_a_dismissed_proposal_a_refusal(story):
    c, text = story
    (ev,) = events_in(c, text, "Pierre Morel was dismissed", "dismissed")
    assert ev.type == "SANCTION" and ev.date == "1702-03"
    assert "Pierre Morel" in names_of(c, ev.target)
    (ev,) = events_in(c, text, "the council dismissed the envoy's proposal", "dismissed")
    assert ev.type == "REJECT"


def test_a_group_named_by_a_common_noun_is_a_described_participant(story):
    c, text = story
    (ev,) = events_in(c, text, "The militia converged on Lyon", "converged")
    assert ev.type == "MOBILIZE" and "militia" in _described(ev)
    (ev,) = events_in(c, text, "the commoners appealed to the clergy", "appealed")
    assert ev.type == "REQUEST" and {"commoners", "clergy"} <= _described(ev)
    (ev,) = events_in(c, text, "thousands of militiamen attacked", "attacked")
    assert ev.type == "ASSAULT" and "militiamen" in _described(ev)


def test_a_side_hemmed_in_is_coerced(story):
    c, text = story
    (ev,) = events_in(c, text, "bottling up the Prussians", "bottling")
    assert ev.type == "COERCE" and "Prussians" in names_of(c, ev.target)


def test_flight_of_a_side_is_a_retreat_of_civilians_a_journey(story):
    c, text = story
    (ev,) = events_in(c, text, "the Prussians fled across the river", "fled")
    assert ev.type == "RETREAT" and ev.date == "1702-05"
    (ev,) = events_in(c, text, "General Hans Weber escaped to Metz", "escaped")
    assert ev.type == "RETREAT"
    (ev,) = events_in(c, text, "the villagers fled to Lyon", "fled")
    assert ev.type == "TRAVEL"


def test_a_march_and_a_call_for_volunteers_are_mobilizations(story):
    c, text = story
    (ev,) = events_in(c, text, "Colonel Paul Fabre marched north", "marched")
    assert ev.type == "MOBILIZE" and ev.date == "1702-07"
    (ev,) = events_in(c, text, "called for ten thousand volunteers", "called")
    assert ev.type == "MOBILIZE"
    (ev,) = events_in(c, text, "Fabre asked for fresh supplies", "asked")
    assert ev.type == "REQUEST"


def test_an_adopted_constitution_is_an_agreement(story):
    c, text = story
    (ev,) = events_in(c, text, "adopted a provisional constitution", "adopted")
    assert ev.type == "AGREE" and ev.date == "1702-09"


def test_the_leader_of_an_armed_body_stands_for_it(story):
    c, text = story
    (ev,) = events_in(c, text, "A squadron of ships led by Admiral Jean Dupuis arrived", "arrived")
    assert ev.type == "MOBILIZE" and "Jean Dupuis" in names_of(c, ev.source)


def test_a_victory_in_an_election_is_no_battle(story):
    c, text = story
    assert not events_in(c, text, "Morel's victory in the election", "victory")


def test_a_conditioned_or_background_march_is_no_deed_told(story):
    c, text = story
    assert all(e.modality != "asserted" for e in events_in(c, text, "the Prussian forces advanced", "advanced"))
    assert not events_in(c, text, "the Prussian army was marching", "marching")
    (ev,) = events_in(c, text, "Fabre left for Metz", "left")
    assert ev.type == "MOBILIZE" and ev.date == "1702-12"  # (a colonel's journey moves his force)
