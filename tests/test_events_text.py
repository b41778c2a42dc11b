"""Events on real text: the seed chapter and FRUS telegrams, through the whole pipeline."""
from __future__ import annotations

import pytest


def _names(corpus, ids):
    by_id = {e.id: e for e in corpus.entities}
    return {a for i in ids for a in [by_id[i].name, *by_id[i].aliases]}


def _events(corpus, doc_text, snippet, trigger):
    lo = doc_text.index(snippet)
    return [e for e in corpus.events if e.trigger == trigger and lo <= e.trigger_start < lo + len(snippet)]


@pytest.fixture(scope="module")
def seed(seed_corpus):
    return seed_corpus, seed_corpus.documents[0].text


def test_two_visits_on_two_coordinated_days(seed):
    c, text = seed
    evs = _events(c, text, "Tao Deman visited Kong Xiangxi in Wuhan", "visited")
    assert sorted(e.date for e in evs) == ["1937-11-26", "1937-11-28"]
    for e in evs:
        assert (e.type, e.mode) == ("CONSULT", "visit")
        assert "Tao Deman" in _names(c, e.source) and "Kong Xiangxi" in _names(c, e.target)
        assert "Wuhan" in _names(c, [e.place])


def test_pronoun_subject_next_day_talks(seed):
    c, text = seed
    (e,) = _events(c, text, "he held talks with Wang Chonghui", "held")
    assert "Tao Deman" in _names(c, e.source) and "Wang Chonghui" in _names(c, e.target)
    assert e.date == "1937-11-29"


def test_coordinated_sources_of_the_joint_telegram(seed):
    c, text = seed
    (e,) = _events(c, text, "Stalin and Voroshilov sent a joint telegram", "sent")
    assert (e.type, e.mode, e.date) == ("CONSULT", "telegram", "1937-12-04")
    assert {"Stalin", "Voroshilov"} <= _names(c, e.source)
    assert any("Chiang" in n for n in _names(c, e.target))


def test_object_pronoun_is_not_the_speaker(seed):
    c, text = seed
    (e,) = _events(c, text, "Stalin told him", "told")
    assert "Stalin" in _names(c, e.source) and "Yang Jie" in _names(c, e.target)


def test_passive_recipient_and_possessive_target(seed):
    c, text = seed
    (handed,) = _events(c, text, "a detailed memorandum was handed over to Dixon", "handed")
    assert "Dixon" in _names(c, handed.target) and handed.date == "1937-12-04"
    (refused,) = _events(c, text, "the Soviet Union refused his request", "refused")
    assert refused.type == "REJECT" and "Soviet Union" in _names(c, refused.source)
    assert any("Chiang" in n for n in _names(c, refused.target))


def test_negated_and_hypothetical_events_are_not_facts(seed):
    c, text = seed
    (p,) = _events(c, text, "Germany did not participate in the Brussels meeting", "participate")
    assert p.polarity == "negative"
    (w,) = _events(c, text, "if China is unfavorable, the Soviet Union can go to war with Japan", "go")
    assert (w.type, w.modality) == ("ASSAULT", "hypothetical")
    (a,) = _events(c, text, "ready to accept mediation", "accept")
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
    (h,) = _events(c, d1.text, "terms which Dr. Hsu Mo handed me", "handed")
    assert "Hsu Mo" in _names(c, h.source) and "Johnson" in _names(c, h.target)
    (s,) = _events(c, d29.text, "Litvinov at no time made a statement", "made")
    assert s.type == "STATEMENT" and s.polarity == "negative"
    (a,) = _events(c, d29.text, "after asking Mr. Davis", "asking")
    assert a.date == "1937-11-04" and "Davis" in _names(c, a.target)
