"""Messages a document quotes with a date of their own: "Under date January 21, Ambassador X telegraphed
from Y in part as follows: “Minister for Foreign Affairs last evening told me ...”".

Why: a telegram that passes on another one quotes it word for word, and the quoted text's "last evening",
"today" and "this morning" are counted from the day *that* message was sent, not from the day of the
telegram quoting it; what the quotation tells without a date happened by then. The time stage re-counts
such words from the quoted message's date, and the events stage takes that date as the time of the
quotation's undated clauses.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

#: Where a quoted message starts: after "as follows:" (and the space or line break after it).
_AS_FOLLOWS = re.compile(r"\bas follows:\s*")
#: What names the quoted message's own date just before it: "under date", "dated", "of" ("his telegram of
#: January 21"), "on" ("telegraphed on January 21").
_INTRO_DATE = re.compile(r"\b(?:under\s+date|dated|of|on)\s+$", re.I)
_CLOSING = re.compile(r"[”\"]\s*(?:\n|$)")
_DAY = re.compile(r"^(?:BC)?\d{4}-\d\d-\d\d")


def quotation_end(text: str, start: int) -> int:
    """Where a quoted message that starts at ``start`` ends: its closing quotation mark at the end of a
    paragraph, when it opens with a quotation mark; else the end of its paragraph."""
    if text[start:start + 1] in ("“", '"'):
        m = _CLOSING.search(text, start + 1)
        return m.end() if m else len(text)
    nl = text.find("\n", start)
    return nl if nl >= 0 else len(text)


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind("\n", 0, pos), text.rfind(". ", 0, pos) + 1) + 1


def quotations(text: str) -> Iterator[tuple[int, int, int]]:
    """(intro, start, end) of each message quoted after "as follows:": where the sentence that introduces it
    starts (it names the author and often the date), and where the quotation starts and ends."""
    for m in _AS_FOLLOWS.finditer(text):
        yield _sentence_start(text, m.start()), m.end(), quotation_end(text, m.end())


def dated_messages(text: str, dates: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(start, end, day) of each quotation whose introducing sentence gives its date ("Under date January 21,
    X telegraphed ... as follows:"): ``dates`` are the document's dates as (start, end, TIMEX3 value); only a
    date to the day counts."""
    dates = sorted(dates)
    out = []
    for intro, start, end in quotations(text):
        own = [v for s, e, v in dates if intro <= s and e <= start and _DAY.match(v or "")
               and _INTRO_DATE.search(text, max(intro, s - 12), s)]
        if own:
            out.append((start, end, _DAY.match(own[-1]).group(0)))
    return out


def message_at(messages: list[tuple[int, int, str]], pos: int) -> str | None:
    """The date of the dated quoted message ``pos`` lies in, if any."""
    for start, end, day in messages:
        if start <= pos < end:
            return day
    return None
