"""bind() on hand-built corpora: pronouns, possessives, coordinated dates, inherited dates, places.

Why hand-built: binding must work against the names/time interface whatever those stages find,
so these tests give it exactly the mentions and timexes a resolved corpus would hold.
"""
from __future__ import annotations

from annalyst.events import Arg, EventFrame, Subjects, bind
from annalyst.events.bind import routing_spans
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
        if ch == "." and (j + 1 == len(text) or text[j + 1] in " \n"):
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


def test_routing_lines_closing_a_telegram_are_not_events():
    text = ("Hankow, January 2.\nThe minister informed the consul.\n"
            "Shanghai inform Admiral. Peiping repeat to Tokyo.\nJohnson")
    assert [text[s:e] for s, e in routing_spans(text)] == ["Shanghai inform Admiral. Peiping repeat to Tokyo."]
    sent = "Body of the message.\nSent to Peiping, Hankow.\nSmith"
    assert [sent[s:e] for s, e in routing_spans(sent)] == ["Sent to Peiping, Hankow."]
    for ending in ("The consul sent it to Tokyo at once, he says.", "The minister will inform the consul.",
                   "He decided to send help.", "Sent troops to the border."):
        assert routing_spans(f"The minister informed the consul.\n{ending}\nSmith") == [], ending
    c = _corpus(text, [("minister", "PERSON", "e1"), ("consul", "PERSON", "e2"), ("Shanghai", "GPE", "e3"),
                       ("Admiral", "PERSON", "e4")], [("January 2", "1938-01-02")], date="1938-01-02")
    body = _frame(text, "informed", [_arg(text, "minister", "source"), _arg(text, "consul", "target")],
                  "The minister informed the consul.", mode="report")
    route = _frame(text, "inform", [_arg(text, "Shanghai", "source"), _arg(text, "Admiral", "target")],
                   "Shanghai inform Admiral.", mode="report")
    (e,) = bind([body, route], c)
    assert e.trigger == "informed"


def test_a_departure_recalled_in_a_when_clause_is_not_a_second_departure():
    text = "On December 7 the marshal left the capital. On December 9 he was gloomy when he left the capital."
    names = [("marshal", "PERSON", "e1"), ("capital", "GPE", "e2"), ("capital", "GPE", "e2")]
    c = _corpus(text, names, [("December 7", "1937-12-07"), ("December 9", "1937-12-09")])
    first = _frame(text, "left", [_arg(text, "marshal", "source"), _arg(text, "capital", "place")],
                   "On December 7 the marshal left the capital.", "TRAVEL", mode="leave")
    again = _frame(text, "left", [_arg(text, "he", "source", after=60, pronoun="he", subject=True),
                                  _arg(text, "capital", "place", after=60)], "when he left the capital.", "TRAVEL",
                   mode="leave", temporal="when")
    evs = bind([first, again, Subjects("d", spans=[(18, 25)], main=[(18, 25)])], c)
    assert [(e.trigger_start, e.date) for e in evs] == [(text.index("left"), "1937-12-07")]
    # a when-clause about somebody else is a new event
    text = "On December 7 the marshal left the capital. The envoy was gloomy when the general left the capital."
    c = _corpus(text, names[:2] + [("envoy", "PERSON", "e3"), ("general", "PERSON", "e4"), ("capital", "GPE", "e2")],
                [("December 7", "1937-12-07")])
    other = _frame(text, "left", [_arg(text, "general", "source"), _arg(text, "capital", "place", after=60)],
                   "when the general left the capital.", "TRAVEL", mode="leave", temporal="when")
    evs = bind([first, other], c)
    assert [e.source for e in evs] == [["e1"], ["e4"]]


def test_past_perfect_and_habitual_clauses_do_not_take_the_current_date():
    text = "On December 2 the envoy arrived. The envoy had met the king. The envoy repeatedly warned the king."
    names = [("envoy", "PERSON", "e1"), ("envoy", "PERSON", "e1"), ("king", "PERSON", "e2"), ("envoy", "PERSON", "e1"),
             ("king", "PERSON", "e2")]
    c = _corpus(text, names, [("December 2", "1937-12-02")])
    arrived = _frame(text, "arrived", [_arg(text, "envoy", "source")], "On December 2 the envoy arrived.", "TRAVEL")
    met = _frame(text, "met", [_arg(text, "envoy", "source", after=30), _arg(text, "king", "target")],
                 "The envoy had met the king.", perfect=True)
    warned = _frame(text, "warned", [_arg(text, "envoy", "source", after=60), _arg(text, "king", "target", after=60)],
                    "The envoy repeatedly warned the king.", "STATEMENT", habitual="repeatedly")
    a, m, w = bind([arrived, met, warned], c)
    assert a.date == "1937-12-02"
    # "had met": some time before the story's day; in an undated history only its year is told
    assert (m.date, m.date_certainty) == ("1937", "inherited") and (w.date, w.date_certainty) == (None, None)
    met.perfect = False  # the same clause in the simple past is dated by the narrative
    assert bind([arrived, met], c)[1].date == "1937-12-02"


def _narrative(date=None):
    text = ("On December 2 the envoy met the king.\nThis is a hard topic. The republic sold the railway to the kingdom.\n"
            "The republic signed a treaty.\nOn December 9 the king thanked the envoy.")
    names = [("envoy", "PERSON", "e1"), ("king", "PERSON", "e2"), ("republic", "GPE", "e3"), ("kingdom", "GPE", "e4"),
             ("republic", "GPE", "e3"), ("king", "PERSON", "e2"), ("envoy", "PERSON", "e1")]
    c = _corpus(text, names, [("December 2", "1937-12-02"), ("December 9", "1937-12-09")], date=date)
    frames = [
        _frame(text, "met", [_arg(text, "envoy", "source"), _arg(text, "king", "target")], "On December 2 the envoy met the king."),
        _frame(text, "sold", [_arg(text, "republic", "source"), _arg(text, "kingdom", "target")],
               "The republic sold the railway to the kingdom.", "COOPERATE"),
        _frame(text, "signed", [_arg(text, "republic", "source", after=100)], "The republic signed a treaty.", "AGREE"),
        _frame(text, "thanked", [_arg(text, "king", "source", after=120), _arg(text, "envoy", "target", after=120)],
               "On December 9 the king thanked the envoy.", "SUPPORT"),
        Subjects("d", present=[text.index("This is")]),
    ]
    return bind(frames, c)


def test_a_background_paragraph_of_an_undated_narrative_does_not_take_the_story_date():
    met, sold, signed, thanked = _narrative()
    assert met.date == "1937-12-02" and thanked.date == "1937-12-09"
    assert sold.date is None and signed.date is None  # the digression lasts until a paragraph opens with a date
    # in a dated letter the present is the time of writing: no digression, the narrative time holds
    assert [e.date for e in _narrative(date="1937-12-10")][1:3] == ["1937-12-02", "1937-12-02"]


def test_the_words_of_a_telegram_are_not_a_second_event():
    text = "The marshal sent a telegram to the premier, stating that the pact stood."
    c = _corpus(text, [("marshal", "PERSON", "e1"), ("premier", "PERSON", "e2")])
    sent = _frame(text, "sent", [_arg(text, "marshal", "source"), _arg(text, "premier", "target", prep="to")],
                  "The marshal sent a telegram to the premier,", mode="telegram")
    stating = _frame(text, "stating", [_arg(text, "marshal", "source")], "stating", "STATEMENT",
                     content_of=text.index("sent"))
    assert [e.trigger for e in bind([sent, stating], c)] == ["sent"]
    stating.content_of = None  # not the words of a message: kept
    assert [e.trigger for e in bind([sent, stating], c)] == ["sent", "stating"]


def test_in_a_dated_letter_a_clause_goes_on_with_the_scene_the_narrator_dated():
    text = "Hankow, January 2.\nI dined with the consul last evening. He stated to me that the pact stood.\nThe minister came.\nJohnson"
    names = [("consul", "PERSON", "e1"), ("minister", "PERSON", "e3"), ("Johnson", "PERSON", "e2")]
    c = _corpus(text, names, [("January 2", "1938-01-02"), ("last evening", "1938-01-01TEV")], date="1938-01-02")
    c.timexes[0].anchor = "meta"
    dined = _frame(text, "dined", [_arg(text, "I", "source", pronoun="i"), _arg(text, "consul", "target")],
                   "I dined with the consul last evening.")
    stated = _frame(text, "stated", [_arg(text, "He", "source", pronoun="he", subject=True),
                                     _arg(text, "me", "target", after=40, pronoun="me")],
                    "He stated to me that the pact stood.", "STATEMENT")
    came = _frame(text, "came", [_arg(text, "minister", "source")], "The minister came.", "TRAVEL")
    d, s, m = bind([dined, stated, came], c)
    assert d.date == "1938-01-01TEV" and d.date_certainty == "stated"
    assert (s.date, s.date_certainty) == ("1938-01-01TEV", "inherited")  # same people, same paragraph
    assert m.date == "1938-01-02"  # a new paragraph, nobody of the dinner: the letter's date


def test_the_letter_date_goes_to_the_time_stage_when_it_asks_for_it(monkeypatch):
    import sys

    bind_mod = sys.modules["annalyst.events.bind"]  # the module (the package exports the function)

    seen = {}

    def fake(timexes, offset, document_date=None, text=None):
        seen.update(document_date=document_date, text=text)
        return "1938-01-03"

    monkeypatch.setattr(bind_mod.time_stage, "reference_time_at", fake)
    bind_mod._reference_keywords.cache_clear()
    try:
        text = "The minister informed the consul."
        c = _corpus(text, [("minister", "PERSON", "e1"), ("consul", "PERSON", "e2")], date="1938-01-04")
        f = _frame(text, "informed", [_arg(text, "minister", "source"), _arg(text, "consul", "target")], text)
        (e,) = bind([f], c)
        assert seen == {"document_date": "1938-01-04", "text": text} and e.date == "1938-01-03"
    finally:
        bind_mod._reference_keywords.cache_clear()


def test_a_date_that_cites_an_earlier_message_does_not_date_the_clause():
    from annalyst.events.bind import is_citation

    text = "Tokyo, January 12.\nReference your 23, January 10, 11 p.m. The minister informed me of the decision.\nSmith"
    assert is_citation(text, text.index("January 10"))
    assert not is_citation(text, text.index("January 12"))
    assert is_citation("the Embassy’s 1, January 1, 10 p.m.", 16) and is_citation("and 25, January 13", 8)
    assert not is_citation("on the 3rd, January was cold", 12)
    c = _corpus(text, [("minister", "PERSON", "e1"), ("Smith", "PERSON", "e2")],
                [("January 12", "1938-01-12"), ("January 10, 11 p.m.", "1938-01-10T23:00")], date="1938-01-12")
    clause = "The minister informed me of the decision."
    f = _frame(text, "informed", [_arg(text, "minister", "source"), _arg(text, "me", "target", pronoun="me")], clause,
               mode="report")
    f.pieces = [(text.index("Reference"), text.index(clause) + len(clause))]  # a parse that joined the two
    (e,) = bind([f], c)
    assert e.date == "1938-01-12" and e.target == ["e2"]


def test_without_a_signature_the_heading_names_the_first_person():
    text = "The Consul at Canton (Smith) to the Minister\nCanton, January 5, 1938.\nI called on the governor.\nS[mith]"
    c = _corpus(text, [("Consul", "PERSON", "e9"), ("Canton", "GPE", "e8"), ("Smith", "PERSON", "e1"),
                       ("Minister", "PERSON", "e3"), ("governor", "PERSON", "e2")], [("January 5, 1938", "1938-01-05")],
                date="1938-01-05")
    f = _frame(text, "called", [_arg(text, "I", "source", pronoun="i"), _arg(text, "governor", "target")],
               "I called on the governor.", mode="visit")
    (e,) = bind([f], c)
    assert (e.source, e.target) == (["e1"], ["e2"])  # the person in brackets, not the role before it
    memo = "Memorandum of Conversation, by the Under Secretary\nJanuary 5, 1938.\nI told the envoy so.\nX[y]"
    c = _corpus(memo, [("Under Secretary", "PERSON", "e5"), ("envoy", "PERSON", "e2")],
                [("January 5, 1938", "1938-01-05")], date="1938-01-05")
    f = _frame(memo, "told", [_arg(memo, "I", "source", pronoun="i"), _arg(memo, "envoy", "target")],
               "I told the envoy so.", "STATEMENT")
    (e,) = bind([f], c)
    assert e.source == ["e5"]
    # an undated narrative has no heading to speak of: its "I" stays unresolved
    c = _corpus(memo, [("Under Secretary", "PERSON", "e5"), ("envoy", "PERSON", "e2")])
    (e,) = bind([f], c)
    assert e.source == []


def test_a_definite_description_stands_for_the_body_named_before_it():
    text = "The Imperial Council met at noon. The council approved the plan. The committee approved it too."
    c = _corpus(text, [("Imperial Council", "ORG", "e1")])
    approved = _frame(text, "approved", [_arg(text, "The council", "source")], "The council approved the plan.", "AGREE")
    approved.args[0].head_start = text.index("council approved")
    approved.args[0].head_end = approved.args[0].head_start + len("council")
    other = _frame(text, "approved", [_arg(text, "The committee", "source")], "The committee approved it too.", "AGREE")
    other.args[0].head_start = text.index("committee")
    other.args[0].head_end = other.args[0].head_start + len("committee")
    (e,) = bind([approved, other], c)  # no body named "... Committee": no participant, no event
    assert e.source == ["e1"] and e.trigger_start == text.index("approved")


def test_a_date_inside_a_reported_account_does_not_move_the_letter_on():
    text = ("The chancellor said that the envoys had been patient. On March 2 the council sent a curt note. "
            "The chancellor said that talks were over.")
    c = _corpus(text, [("chancellor", "PERSON", "e1"), ("council", "ORG", "e2"), ("chancellor", "PERSON", "e1")],
                [("March 2", "1921-03-02")], date="1921-03-09")
    said1 = _frame(text, "said", [_arg(text, "chancellor", "source", subject=True)],
                   "The chancellor said", etype="STATEMENT", mode="say")
    sent = _frame(text, "sent", [_arg(text, "council", "source", subject=True)],
                  "On March 2 the council sent a curt note.", mode="message")
    later = text.index("The chancellor said that talks")
    said2 = _frame(text, "said", [_arg(text, "chancellor", "source", after=later, subject=True)],
                   "The chancellor said that talks", etype="STATEMENT", mode="say")
    evs = bind([said1, sent, said2], c)
    assert [(e.trigger, e.date) for e in evs] == [("said", "1921-03-09"), ("sent", "1921-03-02"),
                                                  ("said", "1921-03-09")]


def test_the_writer_commenting_on_his_own_letter_is_no_event():
    text = "I say to the mayor that the tax is unwise."
    c = _corpus(text, [("mayor", "PERSON", "e2")], date="1921-03-09")
    f = _frame(text, "say", [_arg(text, "I", "source", subject=True, pronoun="i"),
                             _arg(text, "mayor", "target", prep="to")], text,
               etype="STATEMENT", mode="say", present=True)
    assert bind([f], c) == []


def test_events_bind_journey_takes_the_place_named_right_after_its_verb(seed_corpus):
    """ "…so he reluctantly left Nanking on the 7th": the parser reads "Nanking" as a verb, yet the
    recovered place mention right after "left" is where the journey started."""
    text = seed_corpus.documents[0].text
    at = text.index("left Nanking")
    leave = [e for e in seed_corpus.events if e.type == "TRAVEL" and e.trigger_start == at]
    assert len(leave) == 1
    assert leave[0].place == "gpe-nanjing" and leave[0].date == "1937-12-07"
