"""Mentions from spaCy's NER, cleaned: no leading article, no possessive, titles kept apart.

Why: "the Soviet Union's" and "Soviet Union" must meet as one name, and "Chairman Chiang"
must be compared as "Chiang" with the title "Chairman" as evidence of who it is.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Optional

from .model import ENTITY_TYPES, Mention
from .resources import load_lines

_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


@lru_cache(maxsize=1)
def titles() -> tuple[str, ...]:
    """Titles and honorifics, longest first (resources/names/titles.txt)."""
    return tuple(sorted(load_lines("names/titles.txt"), key=len, reverse=True))


def clean_span(text: str, start: int, end: int) -> tuple[int, int, Optional[str]]:
    """Return the span of the bare name inside ``text[start:end]`` and the title found.

    Offsets stay true: we only move ``start``/``end`` inward.
    """
    s = text[start:end]
    m = _ARTICLE.match(s)
    if m:
        start += m.end()
        s = s[m.end():]
    m = _POSSESSIVE.search(s)
    if m and len(s) > m.end() - m.start():
        end -= m.end() - m.start()
        s = s[: m.start()]
    title = None
    for t in titles():
        if s.startswith(t + " ") and len(s) > len(t) + 1:
            title = t.rstrip(".")
            start += len(t) + 1
            s = s[len(t) + 1:]
            while s.startswith(" "):
                start += 1
                s = s[1:]
            break
    while s and s[-1] in " ,.;:":
        end -= 1
        s = s[:-1]
    return start, end, title


def mentions_from_spacy(sdoc, offset: int, document_id: str, text: str) -> Iterable[Mention]:
    """One Mention per named entity of ``sdoc`` whose label names a thing."""
    for ent in sdoc.ents:
        if ent.label_ not in ENTITY_TYPES:
            continue
        start, end, title = clean_span(text, offset + ent.start_char, offset + ent.end_char)
        if end <= start or not any(c.isalpha() for c in text[start:end]):
            continue
        yield Mention(
            document=document_id,
            start=start,
            end=end,
            text=text[start:end],
            label=ent.label_,
            ner_label=ent.label_,
            title=title,
            rule="spacy.ner",
        )
