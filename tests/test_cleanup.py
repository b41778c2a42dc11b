"""The foundation's obvious clean-up of names: articles and possessives out, titles kept apart."""
from __future__ import annotations

import pytest

from annalyst.mentions import clean_span


@pytest.mark.parametrize("text, expected, title", [
    ("the Soviet Union", "Soviet Union", None),
    ("The Soviet Union's", "Soviet Union", None),
    ("Chiang Kai-shek's", "Chiang Kai-shek", None),
    ("Marshal Voroshilov", "Voroshilov", "Marshal"),
    ("Dr. Hsu Mo", "Hsu Mo", "Dr"),
    ("Yang Jie’s", "Yang Jie", None),
    ("Tsar Nicholas II", "Nicholas II", "Tsar"),
    ("Rear Admiral Togo", "Togo", "Rear Admiral"),
    ("Historian Luu Doan Huynh", "Luu Doan Huynh", "Historian"),  # an occupation written like a title
    ("Charles XII. Charles", "Charles XII", None),  # a sentence ends after the regnal number
    ("Xerxes I. Xerxes", "Xerxes I", None),  # one letter ends it only when the name comes again
    ("George V. Allen", "George V. Allen", None),  # else it is a middle initial
])
def test_mentions_clean_span(text, expected, title):
    s, e, t = clean_span(text, 0, len(text))
    assert text[s:e] == expected
    assert t == title
