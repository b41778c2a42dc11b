"""Temporal expressions: tagging and normalisation to TIMEX3 (STUB — replaced by the time issue).

Public interface used by the pipeline:

- ``find_document_date(text) -> DocumentDate | None``
- ``tag_document(text, document_id, *, dct=None, sentences=None) -> list[Timex]``
- ``resolve_corpus(documents, timexes_by_doc) -> None``  (in place)
- ``reference_time_at(timexes, offset) -> str | None``
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ..model import Document, Timex


@dataclass
class DocumentDate:
    value: str
    start: int
    end: int
    rule: str = "dateline"


_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
_DATE = re.compile(r"\b(" + "|".join(m.capitalize() for m in _MONTHS) + r")\s+(\d{1,2}),\s+(\d{4})\b")


def find_document_date(text: str) -> Optional[DocumentDate]:
    return None


def tag_document(text: str, document_id: str, *, dct: Optional[str] = None,
                 sentences: Optional[list[tuple[int, int]]] = None) -> list[Timex]:
    out = []
    for m in _DATE.finditer(text):
        month = _MONTHS.index(m.group(1).lower()) + 1
        value = f"{int(m.group(3)):04d}-{month:02d}-{int(m.group(2)):02d}"
        out.append(Timex(document_id, m.start(), m.end(), m.group(0), "DATE", value,
                         anchor="explicit", rule="stub.calendar-date"))
    return out


def resolve_corpus(documents: list[Document], timexes_by_doc: dict[str, list[Timex]]) -> None:
    return None


def reference_time_at(timexes: list[Timex], offset: int) -> Optional[str]:
    best = None
    for t in timexes:
        if t.start <= offset and t.type in ("DATE", "TIME") and not t.value.startswith("X"):
            best = t.value
    return best
