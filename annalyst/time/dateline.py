"""The document's own date, read from a dateline near its top (or, in a note, at its foot).

Telegrams and memoranda state where and when they were written on a line of their own ("Hankow, January 1,
1938—10 p.m. [Received January 1—9:15 p.m.]", "[Washington,] January 10, 1938."). That date, not the
dates mentioned in the body, is the document creation time news-mode anchoring needs. The receipt time in
brackets and page metadata ("Updated on ...") are not the document's date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .tagger import anchor, find

#: How many lines from the top a dateline may sit on (heading, dateline; a short title block).
_MAX_LINES = 6
#: What may precede the date on a dateline: a place name, optionally bracketed by editors.
_PLACE = re.compile(r"^\s*\[?\s*(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?\s*,?\s*\]?\s*,?\s*$")


@dataclass
class DocumentDate:
    value: str
    start: int
    end: int
    rule: str = "dateline"


def _dateline_in(line: str, pos: int, rule: str) -> Optional[DocumentDate]:
    """The day a line states as a dateline: a place (or nothing) before the date, nothing of note after it."""
    head = line.split("[Received", 1)[0]
    for c, value, how in anchor(find(head)):
        if how != "explicit" or c.meta or c.type not in ("DATE", "TIME") or c.extra.get("label"):
            continue
        if not re.match(r"^\d{4}-\d\d-\d\d", value):
            continue
        if _PLACE.match(head[:c.start]) and len(head[c.end:].strip(" .—-")) < 3:
            return DocumentDate(value, pos + c.start, pos + c.end, rule)
    return None


def find_document_date(text: str) -> Optional[DocumentDate]:
    """The dateline near the top; failing one, a closing dateline on one of the last lines, where a note or an
    aide-mémoire puts it ("... a common attitude. | Washington, January 19, 1938.")."""
    pos = 0
    for _ in range(_MAX_LINES):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if line.strip() and len(line) < 200:
            found = _dateline_in(line, pos, "dateline")
            if found is not None:
                return found
        pos = end + 1
        if pos >= len(text):
            break
    return _closing_dateline(text)


#: How many of the last non-blank lines a closing dateline may sit on (a signature may follow it).
_CLOSING_LINES = 3


def _closing_dateline(text: str) -> Optional[DocumentDate]:
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    if len(lines) < 3:
        return None  # (a body must stand before it)
    for pos, line in reversed(lines[-_CLOSING_LINES:]):
        if len(line.strip()) < 80:
            found = _dateline_in(line, pos, "closing-dateline")
            if found is not None:
                return found
    return None
