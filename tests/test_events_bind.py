"""bind() on hand-built corpora: pronouns, possessives, coordinated dates, inherited dates, places.

Why hand-built: binding must work against the names/time interface whatever those stages find,
so these tests give it exactly the mentions and timexes a resolved corpus would hold.
"""
from __future__ import annotations

from annalyst.events import Arg, EventFrame, Subjects, bind
from annalyst.model import Corpus, Document, Mention, Sentence, Timex


def _corpus(text, names, timexes=(), date=None):
    """names: [(surface, label, entity)] found left to right in text."""
    doc = Document(id="d", source="d.txt", text=text, date=date)
    ms, pos = [], 0
    for surface, label, ent in names:
        i = text.index(surface, pos)
        ms.append(Mention("d", i, i + len(surface), surface, label, entity=ent))
        pos = i + len(surface)
    tx = []
    for surface, value in timexes:
        i = text.index(surface)
        tx.append(Timex("d", i, i + len(surface), surface, "TIME" if "T" in value else "DATE", value))
    sents, start = [], 0
    for j, ch in enumerate(text):
        if ch == "." and (j + 1 == len(text) or text[j + 1] == " "):
            sents.append(Sentence("d", start, j + 1))
            start = j + 2
    return Corpus(documents=[doc], mentions=ms, timexes=tx, sentences=sents)


def _arg(text, surface, role, *, after=0, **kw):
    i = text.index(surface, after)
    return Arg(role, i, i + len(surface), i, i + len(surface), surface, **kw)


def _frame(text, trigger, args, clause, etype="CONSULT", **kw):
    c = text.index(clause)
    t = text.index(trigger, c)
    return EventFrame("d", c, c + len(clause), c, c + len(clause), trigger, t, t + len(trigger), trigger,
                      etype, kw.pop("mode", None), "test", pieces=[(c, c + len(clause))], args=args, **kw)


def test_one_timex_for_two_days_gives_two_events():
    text = "On November 26 and 28, the envoy visited the minister in Hankow."
    c = _corpus(text, [("envoy", "PERSON", "e1"), ("minister", "PERSON", "e2"), ("Hankow", "GPE", "e3")],
                [("November 26 and 28", "1937-11-26")])
    f = _frame(text, "visited", [_arg(text, "envoy", "source"), _arg(text, "minister", "target"),
                                 _arg(text, "Hankow", "place", prep="in")], text)
    evs = bind([f], c)
    assert [e.date for e in evs] == ["1937-11-26", "1937-11-28"]
    assert all(e.source == ["e1"] and e.target == ["e2"] and e.place == "e3" for e in evs)
    assert [e.id for e in evs] == ["ev1", "ev2"] and all(e.date_certainty == "stated" for e in evs)


def test_two_timexes_for_two_days_give_two_events_and_a_time_beats_its_date():
    text = "On November 26 and 28, the envoy visited the minister."
    c = _corpus(text, [("envoy", "PERSON", "e1"), ("minister", "PERSON", "e2")],
                [("November 26", "1937-11-26"), ("28", "1937-11-28")])
    f = _frame(text, "visited", [_arg(text, "envoy", "source"), _arg(text, "minister", "target")], text)
    assert [e.date for e in bind([f], c)] == ["1937-11-26", "1937-11-28"]
    text = "The king met the envoy at 5 p.m. on the same day."
    c = _corpus(text, [("king", "PERSON", "e1"), ("envoy", "PERSON", "e2")],
                [("5 p.m.", "1937-12-02T17:00"), ("the same day", "1937-12-02")])
    f = _frame(text, "met", [_arg(text, "king", "source"), _arg(text, "envoy", "target")], text)
    assert [e.date for e in bind([f], c)] == ["1937-12-02T17:00"]


def test_clause_without_date_inherits_the_narrative_time_with_lower_confidence():
    text = "On December 2, the envoy arrived. The envoy met the king."
    c = _corpus(text, [("envoy", "PERSON", "e1"), ("envoy", "PERSON", "e1"), ("king", "PERSON", "e2")],
                [("December 2", "1937-12-02")])
    first = _frame(text, "arrived", [_arg(text, "envoy", "source")], "On December 2, the envoy arrived.", "TRAVEL")
    second_clause = "The envoy met the king."
    f = _frame(text, "met", [_arg(text, "envoy", "source", after=20), _arg(text, "king", "target")], second_clause)
    a, b = bind([first, f], c)
    assert (a.date, a.date_certainty, a.timex) == ("1937-12-02", "stated", 0)
    assert (b.date, b.date_certainty) == ("1937-12-02", "inherited")
    assert b.confidence < a.confidence


def test_subject_pronoun_prefers_the_last_subject_and_object_pronoun_skips_the_subject():
    text = "The envoy visited the minister. Then he held talks with the premier, and the premier told him the news."
    c = _corpus(text, [("envoy", "PERSON", "e1"), ("minister", "PERSON", "e2"), ("premier", "PERSON", "e3"),
                       ("premier", "PERSON", "e3")])
    subj = Subjects("d", spans=[(4, 9)], main=[(4, 9)])
    held = _frame(text, "held", [_arg(text, "he", "source", after=text.index(" he ") + 1, pronoun="he", subject=True, main=True),
                                 _arg(text, "premier", "target")], "Then he held talks with the premier,")
    told = _frame(text, "told", [_arg(text, "premier", "source", after=70), _arg(text, "him", "target", pronoun="him")],
                  "the premier told him the news.", "STATEMENT")
    ev_held, ev_told = bind([held, told, subj], c)
    assert ev_held.source == ["e1"]  # not the nearer "minister": the subject before
    assert ev_told.source == ["e3"] and ev_told.target == ["e1"]  # "him" is not the premier himself


def test_possessor_and_passive_recipient():
    text = "The envoy's reply was sent to the consul in Tokyo."
    c = _corpus(text, [("envoy", "PERSON", "e1"), ("consul", "PERSON", "e2"), ("Tokyo", "GPE", "e3")])
    f = _frame(text, "sent", [_arg(text, "envoy", "source", possessive=True), _arg(text, "consul", "target", prep="to"),
                              _arg(text, "Tokyo", "place", prep="in")], text, mode="message")
    (e,) = bind([f], c)
    assert (e.source, e.target, e.place) == (["e1"], ["e2"], "e3")


def test_first_person_is_the_signer_and_frames_without_participants_are_dropped():
    text = "Hankow, January 1.\nThe minister handed me the terms. It was agreed.\nJohnson"
    c = _corpus(text, [("minister", "PERSON", "e1"), ("Johnson", "PERSON", "e2")], [("January 1", "1938-01-01")])
    handed = _frame(text, "handed", [_arg(text, "minister", "source"), _arg(text, "me", "target", pronoun="me")],
                    "The minister handed me the terms.", mode="message")
    agreed = _frame(text, "agreed", [], "It was agreed.", "AGREE")
    (e,) = bind([handed, agreed], c)
    assert e.target == ["e2"] and e.date == "1938-01-01"


def test_locative_actor_becomes_place_but_a_state_addressed_stays_target():
    text = "The consul protested to Japan at Shanghai."
    c = _corpus(text, [("consul", "PERSON", "e1"), ("Japan", "GPE", "e2"), ("Shanghai", "GPE", "e3")])
    f = _frame(text, "protested", [_arg(text, "consul", "source"), _arg(text, "Japan", "target", prep="to"),
                                   _arg(text, "Shanghai", "place", prep="at")], text, "PROTEST")
    (e,) = bind([f], c)
    assert (e.target, e.place) == (["e2"], "e3")
