"""Events on real text: the seed chapter and FRUS telegrams, through the whole pipeline."""
from __future__ import annotations

from event_helpers import events_in, names_of

import pytest




@pytest.fixture(scope="module")
def seed(seed_corpus):
    return seed_corpus, seed_corpus.documents[0].text


def test_two_visits_on_two_coordinated_days(seed):
    c, text = seed
    evs = events_in(c, text, "Tao Deman visited Kong Xiangxi in Wuhan", "visited")
    assert sorted(e.date for e in evs) == ["1937-11-26", "1937-11-28"]
    for e in evs:
        assert (e.type, e.mode) == ("CONSULT", "visit")
        assert "Tao Deman" in names_of(c, e.source) and "Kong Xiangxi" in names_of(c, e.target)
        assert "Wuhan" in names_of(c, [e.place])


def test_pronoun_subject_next_day_talks(seed):
    c, text = seed
    (e,) = events_in(c, text, "he held talks with Wang Chonghui", "held")
    assert "Tao Deman" in names_of(c, e.source) and "Wang Chonghui" in names_of(c, e.target)
    assert e.date == "1937-11-29"


def test_coordinated_sources_of_the_joint_telegram(seed):
    c, text = seed
    (e,) = events_in(c, text, "Stalin and Voroshilov sent a joint telegram", "sent")
    assert (e.type, e.mode, e.date) == ("CONSULT", "telegram", "1937-12-04")
    assert {"Stalin", "Voroshilov"} <= names_of(c, e.source)
    assert any("Chiang" in n for n in names_of(c, e.target))


def test_object_pronoun_is_not_the_speaker(seed):
    c, text = seed
    (e,) = events_in(c, text, "Stalin told him", "told")
    assert "Stalin" in names_of(c, e.source) and "Yang Jie" in names_of(c, e.target)


def test_passive_recipient_and_possessive_target(seed):
    c, text = seed
    (handed,) = events_in(c, text, "a detailed memorandum was handed over to Dixon", "handed")
    assert "Dixon" in names_of(c, handed.target) and handed.date == "1937-12-04"
    (refused,) = events_in(c, text, "the Soviet Union refused his request", "refused")
    assert refused.type == "REJECT" and "Soviet Union" in names_of(c, refused.source)
    assert any("Chiang" in n for n in names_of(c, refused.target))


def test_negated_and_hypothetical_events_are_not_facts(seed):
    c, text = seed
    (p,) = events_in(c, text, "Germany did not participate in the Brussels meeting", "participate")
    assert p.polarity == "negative"
    (w,) = events_in(c, text, "if China is unfavorable, the Soviet Union can go to war with Japan", "go")
    assert (w.type, w.modality) == ("ASSAULT", "hypothetical")
    (a,) = events_in(c, text, "ready to accept mediation", "accept")
    assert a.modality == "intended"


def test_ids_are_sequential_and_clauses_are_in_the_text(seed):
    c, text = seed
    assert [e.id for e in c.events] == [f"ev{i}" for i in range(1, len(c.events) + 1)]
    for e in c.events:
        assert e.text == text[e.start:e.end] and text[e.trigger_start:e.trigger_end] == e.trigger


def test_frus_first_person_and_at_no_time(frus_dir):
    import annalyst

    c = annalyst.extract([str(frus_dir / "d1.txt"), str(frus_dir / "d29.txt")])
    d1 = next(d for d in c.documents if d.source.endswith("d1.txt"))
    d29 = next(d for d in c.documents if d.source.endswith("d29.txt"))
    (h,) = events_in(c, d1.text, "terms which Dr. Hsu Mo handed me", "handed")
    assert "Hsu Mo" in names_of(c, h.source) and "Johnson" in names_of(c, h.target)
    (s,) = events_in(c, d29.text, "Litvinov at no time made a statement", "made")
    assert s.type == "STATEMENT" and s.polarity == "negative"
    (a,) = events_in(c, d29.text, "after asking Mr. Davis", "asking")
    assert a.date == "1937-11-04" and "Davis" in names_of(c, a.target)


def test_a_recap_in_a_when_clause_is_not_a_second_departure(seed):
    c, text = seed
    assert events_in(c, text, "when he left Nanjing", "left") == []
    (first,) = events_in(c, text, "he reluctantly left Nanking on the 7th", "left")
    assert (first.type, first.date) == ("TRAVEL", "1937-12-07")


def test_background_paragraphs_stay_undated_and_the_story_resumes(seed):
    c, text = seed
    (agreed,) = events_in(c, text, "the Soviet Union agreed to Manchukuo", "agreed")
    assert agreed.date is None  # years before; not the diary's New Year's Day told just before
    (warned,) = events_in(c, text, "Chiang repeatedly warned", "warned")
    assert warned.date is None  # many warnings, no one date
    (provided,) = events_in(c, text, "the report provided by Chiang Tinghuang", "provided")
    assert (provided.type, provided.date) == ("CONSULT", "1937-04")
    (relayed,) = events_in(c, text, "Yang Jie quickly relayed", "relayed")
    assert relayed.date.startswith("1937-11-11")


def test_terms_listed_in_a_statement_are_not_deeds(seed):
    c, text = seed
    (acc,) = events_in(c, text, "(1) China accepts these conditions", "accepts")
    assert acc.modality == "intended"


def test_story_in_order(seed):
    c, text = seed

    def date(snippet, trigger):
        return min(e.date for e in events_in(c, text, snippet, trigger))  # the first of coordinated days

    story = [date("Tao Deman visited Kong Xiangxi", "visited"), date("he held talks with Wang", "held"),
             date("Chiang convened a meeting", "convened"), date("Chiang met with Todman", "met"),
             date("a detailed memorandum was handed over", "handed"), date("submitted it to Hirota", "submitted"),
             date("he reluctantly left Nanking", "left")]
    assert story == sorted(story) and story[0] == "1937-11-26" and story[-1] == "1937-12-07"
    assert date("Marshal Voroshilov told Yang Jie", "told") == "1937-11-11"  # the flashback
    assert date("Stalin and Voroshilov sent a joint telegram", "sent") == "1937-12-04"


@pytest.fixture(scope="module")
def frus_d1_d2(frus_dir):
    import annalyst

    c = annalyst.extract([str(frus_dir / "d1.txt"), str(frus_dir / "d2.txt")])
    return c, {d.source.rsplit("/", 1)[-1]: d for d in c.documents}


def test_telegram_routing_lines_are_not_events(frus_d1_d2):
    c, docs = frus_d1_d2
    for name, line in (("d1.txt", "Sent to Shanghai"), ("d2.txt", "Shanghai inform Commander-in-Chief")):
        d = docs[name]
        lo = d.text.index(line)
        assert not [e for e in c.events if e.document == d.id and e.trigger_start >= lo]


def test_questions_beliefs_and_hedges_are_not_plain_facts(frus_d1_d2):
    c, docs = frus_d1_d2
    t = docs["d2.txt"].text
    for snippet, trigger in (("Why do you continue to encourage the Chinese", "encourage"),
                             ("the Japanese were indeed fighting communism", "fighting"),
                             ("apparently the German Government was recalling", "recalling")):
        evs = events_in(c, t, snippet, trigger)
        assert evs and all(e.modality == "hypothetical" for e in evs), snippet
    (gage,) = events_in(c, t, "Gage commented that", "commented")
    assert gage.modality == "asserted"  # after the quoted question closes, the narrator speaks again


def test_what_a_telegram_said_is_part_of_the_telegram(seed):
    c, text = seed
    assert events_in(c, text, "solemnly stating", "stating") == []
    assert events_in(c, text, "which roughly said", "said") == []
    (tel,) = events_in(c, text, "received a telegram from Dixon", "received")
    assert tel.type == "CONSULT" and tel.date == "1937-12-02"


def test_telegram_dates_stay_at_the_telegram_or_its_scene(frus_d1_d2):
    c, docs = frus_d1_d2
    t1, t2 = docs["d1.txt"].text, docs["d2.txt"].text
    # a date inside an earlier clause (terms handed over in Tokyo on December 23) is not the telegram's now
    for snippet, trigger in (("Dr. Hsu Mo stated that instructions", "stated"), ("He said he understood", "said")):
        (e,) = events_in(c, t1, snippet, trigger)
        assert e.date.startswith("1938-01-01"), (snippet, e.date)
    # "I dined ... last evening ... He stated to me": the same dinner
    (e,) = events_in(c, t2, "He stated to me that German Chamber", "stated")
    assert e.date.startswith("1938-01-01")


def _check_reference_times(corpus, doc):
    """bind's memoised, incremental current time must equal the time stage's own answer."""
    from annalyst import time as time_stage
    from annalyst.events.bind import _ByDocument, _DocIndex
    from annalyst.events.model import Subjects

    ix = _DocIndex(doc.id, _ByDocument(corpus), Subjects(doc.id), {})
    timexes = [t for t in corpus.timexes if t.document == doc.id]
    kw = {"document_date": doc.date, "text": doc.text, "sentences": ix.sentences} if doc.date else {}
    positions = sorted({e.trigger_start for e in corpus.events if e.document == doc.id}
                       | {t.start for t in timexes} | {t.end for t in timexes})
    assert len(positions) > 10
    for pos in positions:
        assert ix.reference_time(pos) == time_stage.reference_time_at(timexes, pos, **kw), pos


def test_memoised_reference_time_is_the_time_stages_answer(seed, frus_d1_d2):
    c, _ = seed
    _check_reference_times(c, c.documents[0])
    c2, docs = frus_d1_d2
    for d in docs.values():
        _check_reference_times(c2, d)
