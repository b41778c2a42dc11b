"""Mention clean-up: articles, possessives, quotes, titles kept as features; role mentions."""
from __future__ import annotations

import pytest

from annalyst.mentions import clean_span, role_mentions, title_before


@pytest.mark.parametrize("span,expected,title", [
    ("the Soviet Union's", "Soviet Union", None),
    ("Chairman Chiang's", "Chiang", "Chairman"),
    ("Marshal Voroshilov", "Voroshilov", "Marshal"),
    ("Dr. Hsu Mo", "Hsu Mo", "Dr"),
    ("“Provisional Government of China", "Provisional Government of China", None),
    ("Shanghai (Gauss", "Shanghai", None),
    ("C. T. Wang", "C. T. Wang", None),
])
def test_clean_span(span, expected, title):
    text = "x " + span + " y"
    s, e, t = clean_span(text, 2, 2 + len(span))
    assert text[s:e] == expected and t == title


def test_title_outside_the_entity_span():
    text = "When Chairman Chiang's reply came, Mr. Suma and the Marshal left."
    assert title_before(text, text.index("Chiang")) == "Chairman"
    assert title_before(text, text.index("Suma")) == "Mr"
    assert title_before(text, text.index("reply")) is None


def test_role_mentions():
    text = ("Terms were handed to the German Ambassador at Tokyo by the Japanese Minister for Foreign "
            "Affairs; the ambassador and the President were told.")
    got = [(m.text, m.title, m.label) for m in role_mentions(text, 0, text, "d")]
    assert ("German Ambassador", "Ambassador", "PERSON") in got
    assert ("Japanese Minister for Foreign Affairs", "Minister for Foreign Affairs", "PERSON") in got
    assert all(t not in ("ambassador", "President") for t, _, _ in got)
    for m in role_mentions(text, 0, text, "d"):
        assert text[m.start:m.end] == m.text
