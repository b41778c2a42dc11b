"""Temporal expressions: TimeML TIMEX3 tagging and normalisation anchored in the narrative's own time.

Public interface used by the pipeline:

- ``find_document_date(text) -> DocumentDate | None``  — the dateline's date (telegrams, memoranda)
- ``tag_document(text, document_id, *, dct=None, sentences=None) -> list[Timex]``
- ``resolve_corpus(documents, timexes_by_doc) -> None``  (in place: year-less documents inherit context)
- ``reference_time_at(timexes, offset) -> str | None``  — the story's current time at an offset

Patterns and word lists are data (``annalyst/resources/time/``); ``tagger`` finds and anchors,
``anchor`` does the calendar arithmetic, ``dateline`` reads document dates.
"""
from __future__ import annotations

import re
from typing import Optional

from ..model import Document, Timex
from .anchor import parse
from .dateline import DocumentDate, find_document_date
from .tagger import tag

__all__ = ["DocumentDate", "find_document_date", "tag_document", "resolve_corpus", "reference_time_at"]


def tag_document(text: str, document_id: str, *, dct: Optional[str] = None,
                 sentences: Optional[list[tuple[int, int]]] = None) -> list[Timex]:
    """All TIMEX3 in ``text``. With ``dct`` (a TIMEX3 value) the document is read as news (deictic
    expressions from the document date); without it as a narrative anchored in its own stated dates.
    ``sentences`` is accepted for the pipeline's interface; the regex tagger works on raw text."""
    return tag(text, document_id, dct=dct)


def _unresolved(timexes: list[Timex]) -> bool:
    return any(t.value.startswith("X") and t.type in ("DATE", "TIME") and t.anchor == "unresolved"
               for t in timexes)


def _last_ref(timexes: list[Timex]) -> Optional[str]:
    for t in reversed(timexes):
        if t.type in ("DATE", "TIME") and t.anchor != "meta" and parse(t.value) is not None:
            return t.value
    return None


def _first_ref(timexes: list[Timex]) -> Optional[str]:
    for t in timexes:
        if t.type in ("DATE", "TIME") and t.anchor == "explicit" and parse(t.value) is not None:
            return t.value
    return None


def resolve_corpus(documents: list[Document], timexes_by_doc: dict[str, list[Timex]]) -> None:
    """Documents read together share context: a narrative document whose dates stay year-less (it never
    states a year) is re-anchored from the story time its predecessor ended on (or, for the first such
    documents, the first date its successor states) — never from today's or the publication date."""
    order = [d for d in documents if d.id in timexes_by_doc]
    for i, doc in enumerate(order):
        tx = timexes_by_doc[doc.id]
        if doc.date or not _unresolved(tx):
            continue
        inherited = None
        for prev in reversed(order[:i]):
            inherited = _last_ref(timexes_by_doc[prev.id]) or (prev.date if prev.date else None)
            if inherited:
                break
        if inherited is None:
            for nxt in order[i + 1:]:
                inherited = _first_ref(timexes_by_doc[nxt.id]) or nxt.date
                if inherited:
                    break
        if inherited is None:
            continue
        inherited = re.sub(r"T.*$", "", inherited)
        tx[:] = tag(doc.text, doc.id, initial=inherited, initial_source="corpus")


def reference_time_at(timexes: list[Timex], offset: int) -> Optional[str]:
    """The story's time at ``offset``: the last dated (DATE/TIME with a known year) expression before it,
    page metadata excluded. Coarser mentions inside the current day ("1937" while on 2 December 1937) do
    not move it."""
    best = None
    for t in sorted(timexes, key=lambda t: t.start):
        if t.start > offset:
            break
        if t.type not in ("DATE", "TIME") or t.anchor == "meta":
            continue
        p = parse(t.value)
        if p is None:
            continue
        cur = parse(best) if best else None
        if cur is not None and p.grain < cur.grain and p.contains(cur):
            continue
        best = t.value
    return best
