"""Every pattern in annalyst/resources/time/rules.yaml carries examples; each one is run here."""
from __future__ import annotations

import pytest

from annalyst.time import tag_document
from annalyst.time.rules import rules

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
    assert rule in t.rule.split("+"), t.rule
    assert context[t.start:t.end] == t.text
