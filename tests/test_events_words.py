"""Deeds told by their object: recognition withheld or deferred is refused; insults yelled at someone are a
protest against them; preparations for a fight are a build-up of force; blame taken is a concession. Text of
our own."""
from __future__ import annotations

from event_helpers import events_in, extract_text, who

STORY = ("In 1921 several states withheld recognition of the Norvalian regime. "
         "In the spring the Ostmark victory caused several nations to defer recognition of the Norvalian conquest. "
         "On 30 June 1921 the students began yelling insults at President Harlan in the hall.")


def test_recognition_withheld_or_deferred_is_refused_and_insults_yelled_a_protest(tmp_path):
    corpus, text = extract_text(tmp_path, STORY)
    (held,) = events_in(corpus, text, "withheld recognition", "withheld")
    assert held.type == "REJECT" and held.date == "1921"
    (deferred,) = events_in(corpus, text, "defer recognition", "defer")
    assert deferred.type == "REJECT"
    (insults,) = events_in(corpus, text, "yelling insults", "yelling")
    assert insults.type == "PROTEST" and insults.date == "1921-06-30"
    assert any("Harlan" in n for n in who(corpus, insults, "target"))


def test_readying_for_a_push_and_preparations_for_an_invasion_are_a_build_up(tmp_path):
    corpus, text = extract_text(tmp_path, "In May 1920 the Norvalian army began preparing for the next push. "
                                          "In June the king began the preparations for the invasion of Ostmark. "
                                          "In July the ministry made preparations for the royal wedding.")
    assert {e.type for e in events_in(corpus, text, "began preparing for the next push", "preparing")} == {"MOBILIZE"}
    (prep,) = events_in(corpus, text, "began the preparations for the invasion", "began")
    assert prep.type == "MOBILIZE" and prep.date == "1920-06"
    assert not events_in(corpus, text, "made preparations for the royal wedding", "made")


def test_responsibility_accepted_or_blame_taken_is_a_concession(tmp_path):
    corpus, text = extract_text(tmp_path, "In May 1921 President Harlan accepted responsibility for the losses. "
                                          "In June President Harlan took the blame for the defeat.")
    assert [e.type for e in events_in(corpus, text, "accepted responsibility", "accepted")] == ["CONCEDE"]
    assert [e.type for e in events_in(corpus, text, "took the blame", "took")] == ["CONCEDE"]


def test_a_demand_given_way_to_is_a_concession_not_an_agreement(tmp_path):
    corpus, text = extract_text(tmp_path, "In October 1921 President Harlan acceded to the demand of the crowd. "
                                          "In November he accepted the strikers' demands. "
                                          "In December he agreed to the plan of the council.")
    assert [e.type for e in events_in(corpus, text, "acceded to the demand", "acceded")] == ["CONCEDE"]
    assert [e.type for e in events_in(corpus, text, "accepted the strikers", "accepted")] == ["CONCEDE"]
    assert [e.type for e in events_in(corpus, text, "agreed to the plan", "agreed")] == ["AGREE"]
