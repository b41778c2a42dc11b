"""Defeat and its aftermath in war narrative: surrender and capitulation as retreats, forces driven off
(told without who drove them) as retreats of those forces, towns falling on a date, armed teams entering
a country, material help received as aid, and senses of common verbs that tell no event (a tally
reported, a strategy maintained, a sale with no buyer, a dilemma presented, a manifesto's own words,
"when it comes to", an office "headed by"). Texts of our own."""
from __future__ import annotations

import pytest

from event_helpers import events_in, extract_text, names_of

STORY = """1911

In March the Sardinian army attacked Tyrol, but was repulsed by late April. In May a Sardinian column was repulsed and pushed back into Piedmont. In June Austria capitulated, and twelve days later Portugal surrendered. On July 9 Paris fell.

In August the Prussian commando team entered Bavaria. In September the Saxons received Prussian rifles and other equipment. In October Bavaria participated in the invasion.

In November the rebel forces reported the deaths of thirty men. The rising presented the guilds with a hard choice. Karl Berg maintained a moderate strategy. In the hard winter the farmers sold their land. The rebel council issued a manifesto calling on the peasants to rise. When it comes to money, the king was firm. The new council was headed by Karl Berg.
"""


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    return extract_text(tmp_path_factory.mktemp("defeat"), STORY, "defeat.txt")


def test_surrender_and_capitulation_are_retreats(story):
    c, text = story
    (ev,) = events_in(c, text, "Austria capitulated", "capitulated")
    assert ev.type == "RETREAT" and ev.mode == "surrender" and names_of(c, ev.source) >= {"Austria"}
    (ev,) = events_in(c, text, "Portugal surrendered", "surrendered")
    assert ev.type == "RETREAT" and ev.date.startswith("1911-06")


def test_a_force_driven_off_retreats(story):
    c, text = story
    (ev,) = events_in(c, text, "but was repulsed by late April", "repulsed")
    assert ev.type == "RETREAT" and ev.date == "1911-04" and ev.source
    evs = events_in(c, text, "was repulsed and pushed back into Piedmont", "pushed")
    assert [e.type for e in evs] == ["RETREAT"] and evs[0].source
    (ev,) = events_in(c, text, "the Sardinian army attacked Tyrol", "attacked")
    assert ev.type == "ASSAULT"


def test_a_town_falls_on_a_day(story):
    c, text = story
    (ev,) = events_in(c, text, "On July 9 Paris fell", "fell")
    assert ev.type == "ASSAULT" and ev.mode == "capture" and ev.date == "1911-07-09"


def test_an_armed_team_entering_a_country_is_a_mobilization(story):
    c, text = story
    (ev,) = events_in(c, text, "the Prussian commando team entered Bavaria", "entered")
    assert ev.type == "MOBILIZE"


def test_material_help_received_is_aid_and_joining_an_invasion_cooperation(story):
    c, text = story
    (ev,) = events_in(c, text, "the Saxons received Prussian rifles", "received")
    assert ev.type == "AID" and names_of(c, ev.target) >= {"Saxons"}
    (ev,) = events_in(c, text, "Bavaria participated in the invasion", "participated")
    assert ev.type == "COOPERATE"


@pytest.mark.parametrize("snippet, trigger", [
    ("reported the deaths of thirty men", "reported"),
    ("presented the guilds with a hard choice", "presented"),
    ("maintained a moderate strategy", "maintained"),
    ("the farmers sold their land", "sold"),
    ("When it comes to money", "comes"),
    ("was headed by Karl Berg", "headed"),
])
def test_senses_that_tell_no_event(story, snippet, trigger):
    c, text = story
    assert events_in(c, text, snippet, trigger) == []


def test_a_manifesto_calling_on_people_to_act_is_an_appeal_not_a_visit(story):
    c, text = story
    appeal = events_in(c, text, "a manifesto calling on the peasants", "calling")
    assert appeal and all(e.type == "REQUEST" for e in appeal)
