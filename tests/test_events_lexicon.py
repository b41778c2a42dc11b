"""The verb lexicon is data with examples: every example must come out of the real parser as stated."""
from __future__ import annotations

import pytest

from annalyst.events import find_frames
from annalyst.events.lexicon import load, parse_entries
from annalyst.resources import path as resource_path

ENTRIES = [e for e in load().entries if e.example]


@pytest.fixture(scope="module")
def nlp():
    from annalyst import nlp as nlp_mod

    return nlp_mod.load()


def _frames(nlp, text):
    return [f for f in find_frames(nlp(text), 0, "t") if hasattr(f, "trigger")]


def test_every_entry_has_an_example():
    assert len(ENTRIES) == len(load().entries)


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.rule for e in ENTRIES])
def test_lexicon_example(nlp, entry):
    ex = entry.example
    frames = [f for f in _frames(nlp, ex["text"]) if f.lemma in entry.lemmas]
    assert frames, f"no frame for {entry.lemmas} in {ex['text']!r}"
    f = frames[0]
    assert f.type == ex["type"]
    if "mode" in ex:
        assert f.mode == ex["mode"]
    for role in ("source", "target", "place"):
        heads = {a.text.split()[-1] for a in f.args if a.role == role}
        for want in ex.get(role, []):
            assert want in heads, f"{role} {want!r} not in {heads} for {ex['text']!r}"
    assert f.polarity == ex.get("polarity", "positive")
    assert f.modality == ex.get("modality", "asserted")


def test_bare_on_is_rejected_because_yaml_reads_it_as_true():
    with pytest.raises(ValueError):
        parse_entries([{"lemma": "call", "type": "CONSULT", "preps": {True: "target"}}])
    with pytest.raises(ValueError):
        parse_entries([{"lemma": "call", "type": "PARTY"}])


def test_lexicon_names_no_actor_of_the_seed():
    text = resource_path("events/lexicon.yaml").read_text(encoding="utf-8")
    for name in ("Chiang", "Todman", "Tao Deman", "Dixon", "Hirota", "Stalin", "Voroshilov", "Yang Jie",
                 "Nanjing", "Nanking", "Wuhan", "Kong", "Xu Mo", "Hsu"):
        assert name not in text
