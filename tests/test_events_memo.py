"""Events of a memorandum of conversation: a call with no one named as host, a question put with
"whether", a talk carried on by a second officer, a passive told with an adverb before its participle.

The memorandum below is our own invention (no real document): it runs through the whole pipeline.
"""
from __future__ import annotations

from event_helpers import events_in, extract_text, names_of

import pytest

MEMO = """Memorandum of Conversation, by the Director of the Bureau of Trade (Oakes)
[Lisbon,] March 9, 1921.

Mr. Varga called by appointment at his own request. He asked whether the harbor dues would be lowered. I said that the question was still under study.

At this point I was obliged to leave and Mr. Pell continued the conversation with Mr. Varga.

Mr. Varga then referred to his earlier declarations on the dues.

My Spanish colleague was this morning informed by Mr. Castro that the harbor would stay open.
"""


@pytest.fixture(scope="module")
def memo(tmp_path_factory):
    return extract_text(tmp_path_factory.mktemp("memo"), MEMO, "memo.txt")




def test_intransitive_call_is_a_visit(memo):
    c, text = memo
    (e,) = events_in(c, text, "Mr. Varga called by appointment", "called")
    assert (e.type, e.mode, e.date) == ("CONSULT", "visit", "1921-03-09")
    assert "Varga" in names_of(c, e.source)


def test_asked_whether_is_an_inquiry_without_a_named_addressee(memo):
    c, text = memo
    (e,) = events_in(c, text, "He asked whether the harbor dues", "asked")
    assert (e.type, e.mode, e.date) == ("REQUEST", "inquire", "1921-03-09")
    assert "Varga" in names_of(c, e.source)


def test_continued_conversation_is_held_by_the_subject_on_the_day(memo):
    c, text = memo
    (e,) = events_in(c, text, "Mr. Pell continued the conversation with Mr. Varga", "conversation")
    assert (e.type, e.date) == ("CONSULT", "1921-03-09")
    assert "Pell" in names_of(c, e.source) and "Varga" in names_of(c, e.target)


def test_passive_with_adverb_before_participle_keeps_its_agent(memo):
    c, text = memo
    (e,) = events_in(c, text, "was this morning informed by Mr. Castro", "informed")
    assert e.type == "CONSULT" and e.date and e.date.startswith("1921-03-09")
    assert "Castro" in names_of(c, e.source)


def test_call_for_is_not_a_visit():
    from annalyst.events.lexicon import load

    entry = load().lookup("call", set(), {("for", "calm")}, {"for"})
    assert entry is None or entry.mode != "visit"


def test_if_clause_after_the_reported_view_does_not_hedge_the_telling():
    # a hand-built parse with the if-clause hung on the speech verb after its that-clause, as the
    # parser does on long sentences: the condition is the content's, the telling stays asserted
    import spacy
    from spacy.tokens import Doc

    from annalyst.events.modality import assess

    words = ["Varga", "expressed", "the", "view", "that", "Castro", "might", "agree", "if", "he", "could", "show", "it", "."]
    heads = [1, 1, 3, 1, 7, 7, 7, 3, 11, 11, 11, 1, 11, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "mark", "nsubj", "aux", "acl", "mark", "nsubj", "aux", "advcl", "dobj", "punct"]
    lemmas = ["Varga", "express", "the", "view", "that", "Castro", "might", "agree", "if", "he", "could", "show", "it", "."]
    d = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
    assert assess(d[1])[1] == "asserted"
    # with no reported content before it, the if-clause still conditions the verb itself
    words2 = ["Varga", "would", "agree", "if", "he", "could", "show", "it", "."]
    d2 = Doc(spacy.blank("en").vocab, words=words2, heads=[2, 2, 2, 6, 6, 6, 2, 6, 2],
             deps=["nsubj", "aux", "ROOT", "mark", "nsubj", "aux", "advcl", "dobj", "punct"],
             lemmas=["Varga", "would", "agree", "if", "he", "could", "show", "it", "."])
    assert assess(d2[2])[1] != "asserted"


def test_earlier_undated_declarations_are_no_event(memo):
    c, text = memo
    assert events_in(c, text, "his earlier declarations", "declarations") == []
