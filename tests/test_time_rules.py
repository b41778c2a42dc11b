"""Every pattern in annalyst/resources/time/rules.yaml carries examples; each one is run here."""
from __future__ import annotations

import pytest

from annalyst.time import is_citation, is_label, tag_document
from annalyst.time.rules import labels, rules

CASES = [(r.name, r.dct, ex) for r in rules() for ex in r.examples]


def test_every_rule_has_an_example():
    assert all(r.examples for r in rules()), [r.name for r in rules() if not r.examples]


@pytest.mark.parametrize("rule,dct,example", CASES, ids=[f"{c[0]}:{c[2][1]}" for c in CASES])
def test_rule_example(rule, dct, example):
    context, expression, value = example
    found = tag_document(context, "example", dct=dct)
    got = [(t.text, t.value) for t in found]
    assert (expression, value) in got, got
    t = next(t for t in found if t.text == expression)
    assert rule in t.rule.split(":")[-1].split("+"), t.rule
    assert context[t.start:t.end] == t.text


LABEL_CASES = [(lab.kind, ex) for lab in labels() for ex in lab.examples]


def test_every_label_kind_has_examples_both_ways():
    assert {lab.kind for lab in labels()} >= {"citation", "received"}
    for lab in labels():
        assert {ex[2] for ex in lab.examples} == {True, False}, lab.kind


@pytest.mark.parametrize("kind,example", LABEL_CASES, ids=[f"{c[0]}:{c[1][1]}:{c[1][2]}" for c in LABEL_CASES])
def test_label_example(kind, example):
    """Dates that label a document (rules.yaml ``labels:``) are still tagged, and marked in ``Timex.rule``."""
    context, expression, expected = example
    found = {t.text: t for t in tag_document(context, "example")}
    assert expression in found, list(found)
    t = found[expression]
    assert t.rule.startswith(kind + ":") is expected, t.rule
    if expected:
        assert is_label(t) and is_citation(t) is (kind == "citation")


def test_triggers_only_save_time():
    """A rule's trigger (and the shared scan for the word triggers) must not change what is found."""
    from pathlib import Path

    seed = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "seed" / "peace-talks-4.txt"
    texts = [ex[0] for _, _, ex in CASES] + ["TODAY THE ARMY ATTACKED AT DAWN; LAST NIGHT IT RAINED. İstanbul, "
                                             "the next day, 3 weeks later."]
    if seed.exists():
        texts.append(seed.read_text(encoding="utf-8"))
    with_triggers = [[(t.start, t.end, t.value) for t in tag_document(x, "x")] for x in texts]
    saved = [r.trigger for r in rules()]
    try:
        for r in rules():
            r.trigger = None
        without = [[(t.start, t.end, t.value) for t in tag_document(x, "x")] for x in texts]
    finally:
        for r, t in zip(rules(), saved):
            r.trigger = t
    assert with_triggers == without
