"""Events across sentences of a dated telegram: offices named by their title, flashbacks, "then",
a talk framing a speech, a body's sitting told in the passive, reports in the papers.

The telegram below is our own invention (no real document): it runs through the whole pipeline.
"""
from __future__ import annotations

from event_helpers import events_in, extract_text, names_of

import pytest

TELEGRAM = """The Consul at Santos (Marlow) to the Secretary of State
Santos, March 3, 1921—4 p.m.

12. In the course of conversation today Mendes said to me that the harbor would be closed for a week. Portuguese Consul General called on me yesterday. He indicated that his Government would reopen the port.

The Consul General seemed tired. He stated that the Governor was ill.

About February 20 the Portuguese Minister had asked Mendes if he would state the terms and that Mendes had then stated the terms as follows: (1) a loan.

I asked the Minister if he would explain these terms. He said that the loan would be small.

The foregoing may show the significance to be attached to reports published this morning in the papers that the Cabinet yesterday agreed on the principle of neutrality. It is reported also that various measures were discussed but not agreed upon.

Marlow
"""


@pytest.fixture(scope="module")
def tele(tmp_path_factory):
    return extract_text(tmp_path_factory.mktemp("tele"), TELEGRAM, "telegram.txt")



def _ev(corpus, text, snippet, trigger):
    evs = events_in(corpus, text, snippet, trigger)
    assert evs, f"no {trigger!r} event in {snippet!r}"
    return evs[0]


def test_a_talk_framing_a_speech_is_between_speaker_and_hearer(tele):
    c, text = tele
    e = _ev(c, text, "In the course of conversation today", "conversation")
    assert e.type == "CONSULT" and e.modality == "asserted" and e.date == "1921-03-03"
    assert "Mendes" in names_of(c, e.source) and "Marlow" in names_of(c, e.target)


def test_he_after_an_office_named_by_its_title_is_that_office(tele):
    c, text = tele
    for snippet, trigger in (("He indicated", "indicated"), ("He stated that the Governor", "stated")):
        e = _ev(c, text, snippet, trigger)
        assert any("Consul General" in n for n in names_of(c, e.source)), (snippet, names_of(c, e.source))
        assert e.date == "1921-03-02"  # the scene of yesterday's call goes on into the next paragraph


def test_the_minister_is_the_minister_named_before(tele):
    c, text = tele
    e = _ev(c, text, "I asked the Minister", "asked")
    assert e.type == "REQUEST" and any("Minister" in n for n in names_of(c, e.target))
    said = _ev(c, text, "He said that the loan", "said")
    assert any("Minister" in n for n in names_of(c, said.source))


def test_a_past_perfect_date_does_not_move_the_letter_and_then_follows_it(tele):
    c, text = tele
    assert _ev(c, text, "About February 20 the Portuguese Minister had asked", "asked").date == "1921-02-20"
    assert _ev(c, text, "that Mendes had then stated", "stated").date == "1921-02-20"
    # the next paragraph is back at the letter's time, not on February 20
    assert _ev(c, text, "I asked the Minister", "asked").date.startswith("1921-03-03")


def test_reports_in_the_papers_and_a_sitting_told_in_the_passive(tele):
    c, text = tele
    agreed = _ev(c, text, "the Cabinet yesterday agreed", "agreed")
    assert (agreed.type, agreed.modality, agreed.date) == ("AGREE", "reported", "1921-03-02")
    disc = _ev(c, text, "various measures were discussed", "discussed")
    assert disc.type == "CONSULT" and disc.modality in ("asserted", "reported") and disc.date == "1921-03-02"
    assert "Cabinet" in names_of(c, disc.source)
    notagreed = _ev(c, text, "but not agreed upon", "agreed")
    assert notagreed.polarity == "negative"


@pytest.fixture(scope="module")
def nlp():
    from annalyst import nlp as nlp_mod

    return nlp_mod.load()


def _frames(nlp, text):
    from annalyst.events import find_frames

    return [f for f in find_frames(nlp(text), 0, "t") if hasattr(f, "trigger")]


def test_a_topic_and_a_plan_are_no_talks_held(nlp):
    (f,) = [f for f in _frames(nlp, "The minister turned to the question of negotiations with the rebels.")
            if f.trigger == "negotiations"]
    assert f.modality != "asserted"
    (g,) = [f for f in _frames(nlp, "Any proposal which involved negotiations between the four powers would fail.")
            if f.trigger == "negotiations"]
    assert g.modality != "asserted"


def test_an_attributive_participle_is_undated_background(nlp):
    (f,) = [f for f in _frames(nlp, "On May 3 he studied the plan proposed by the envoy.") if f.trigger == "proposed"]
    assert f.nominal and not f.outer


def test_an_object_the_parser_hung_on_an_adverbial_phrase(nlp):
    text = "We obtained today in strict confidence from the War Office certain information which may be useful."
    (f,) = [f for f in _frames(nlp, text) if f.trigger == "obtained"]
    assert f.type == "CONSULT" and [a.text for a in f.args if a.role == "source"] == ["the War Office"]


def test_he_opening_a_sentence_is_the_named_apposition_of_the_last_subject(tmp_path):
    """"The Norvalian chairman, Anton Kessler, reacted ... He shouted": the chairman, named in apposition to
    the subject, not the person the story was about a sentence before."""
    corpus, text = extract_text(tmp_path, "On 30 June 1921 President Harlan spoke at the assembly in Varna. "
                                          "The Norvalian chairman, Anton Kessler, reacted at once. "
                                          "He rose at once and shouted at the delegates.")
    (shout,) = events_in(corpus, text, "and shouted", "shouted")
    assert any("Kessler" in n for n in names_of(corpus, shout.source))
