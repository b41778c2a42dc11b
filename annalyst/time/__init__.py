"""Temporal expressions: TimeML TIMEX3 tagging and normalisation anchored in the narrative's own time.

Public interface used by the pipeline:

- ``find_document_date(text) -> DocumentDate | None``  — the dateline's date (telegrams, memoranda)
- ``tag_document(text, document_id, *, dct=None, sentences=None) -> list[Timex]``
- ``resolve_corpus(documents, timexes_by_doc, actors=None) -> None``  (in place: year-less documents inherit context)
- ``reference_time_at(timexes, offset, document_date=None, text=None, sentences=None) -> str | None``
  — the story's current time at an offset (in a dated document its date, unless the text moves on)
- ``is_yearless(value) -> bool`` — a month or day of a year the text never states ("XXXX-09-10")
- ``is_citation(timex) -> bool`` — the date of an earlier telegram cited by its number ("My 128, December 31,
  4 [2] p.m.", "Department's 12 of January 7"): a label, not an event's time
- ``is_label(timex) -> bool`` — any date that labels a document rather than tells the story: a citation or a
  telegram's receipt time ("[Received January 1—9:15 p.m.]")

Document labels are marked in ``Timex.rule``: the kind, a colon, then the rule(s) that found the date
(``"citation:date.month-day+time.clock-ampm"``, ``"received:date.month-day+time.clock-ampm"``). ``value``,
``anchor`` and ``mod`` keep their ordinary meaning (the date is normalised like any other). Labels never
move the story's time and are never ``reference_time_at``'s answer. The contexts that make a date a label are
data (``labels:`` in ``resources/time/rules.yaml``).

Patterns and word lists are data (``annalyst/resources/time/``); ``tagger`` finds and anchors,
``anchor`` does the calendar arithmetic, ``dateline`` reads document dates.
"""
from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

from ..model import Document, Timex
from .anchor import fmt_year, parse, still_before_winter
from .dateline import DocumentDate, find_document_date
from .tagger import is_yearless, tag

__all__ = ["DocumentDate", "find_document_date", "tag_document", "resolve_corpus", "reference_time_at",
           "is_citation", "is_label", "is_yearless"]

#: Kinds of document label (the prefix of ``Timex.rule``); see ``labels:`` in rules.yaml.
LABEL_KINDS = ("citation", "received")


def is_label(t: Timex) -> bool:
    """True for a date that labels a document (a cited telegram's date, a receipt time), not the story."""
    kind, sep, _ = (t.rule or "").partition(":")
    return bool(sep) and kind in LABEL_KINDS


def is_citation(t: Timex) -> bool:
    """True for the date of an earlier telegram cited by its number ("My 128, December 31, 4 [2] p.m.")."""
    return (t.rule or "").startswith("citation:")


def is_flashback(t: Timex) -> bool:
    """True for a date a narrative mentions in passing, in the middle of a sentence, well before the
    story's time, and does not go on from ("... the last time the assembly had met, in 1614"): it
    dates its own clause but does not take the story back there (``tagger.anchor``). Also for a year
    said as a modifier or in a comparison ("the 1614 rules", "as in 1614"), which names a time the
    story never goes to."""
    return (t.rule or "").startswith(("flashback:", "aside:"))


_OFFSET = re.compile(r"^(.*?\b)(after|afterwards?|later|before|earlier|prior\s+to)$", re.I | re.S)


def offset_from(phrase: str, anchor: str) -> Optional[str]:
    """The time an offset phrase ("three weeks after", "two days before") names when counted from the
    TIMEX3 value ``anchor`` instead of the story's time: "three weeks after the siege began", where the
    text told when the siege began. ``None`` when the phrase is no counted offset."""
    m = _OFFSET.match(phrase.strip())
    if m is None or parse(anchor) is None:
        return None
    word = "earlier" if m.group(2).lower().startswith(("before", "earlier", "prior")) else "later"
    text = f"{m.group(1).strip()} {word}."
    found = [t for t in tag(text, "offset", initial=anchor) if t.start == 0 and t.type == "DATE"]
    return found[0].value if found and parse(found[0].value) is not None else None


#: Amounts a text leaves vague ("a few days later", "several weeks after"): the least and most units meant.
_VAGUE_AMOUNTS = {"a couple of": (2, 2), "a few": (2, 4), "few": (2, 4), "several": (3, 7), "some": (2, 6)}
_VAGUE_OFFSET = re.compile(r"^(?P<amount>a couple of|a few|few|several|some)\s+(?P<unit>days|weeks|months)\s+"
                           r"(?P<dir>later|afterwards?|after|earlier|before|ago)$", re.I)


def vague_offset_from(phrase: str, anchor: str) -> Optional[str]:
    """The stretch a vague offset ("a few months later", TIMEX3 FUTURE_REF) points into when counted from
    the story's time ``anchor``: the month or year that holds the whole of it, or None when no one
    calendar unit does. "A few months later", said in August 1942, is late 1942: "1942"; "several days
    after" 3 March is "1937-03"; "several days ago", written on 18 January 1938, is "1938-01". TimeML leaves the
    timex's own value FUTURE_REF; this dates what the clause tells, which happened in that stretch, not at the
    story's old time."""
    m, p = _VAGUE_OFFSET.match(phrase.strip()), parse(anchor)
    if m is None or p is None or p.month is None:
        return None
    lo, hi = _VAGUE_AMOUNTS[m.group("amount").lower()]
    sign = -1 if m.group("dir").lower() in ("earlier", "before", "ago") else 1  # ("ago": from the time of writing)
    unit = m.group("unit").lower()
    if unit == "months":
        ends = [_add_months(p.year, p.month, sign * n) for n in (lo, hi)]
        ends = [(y, mo, None) for y, mo in ends]
    else:
        if p.day is None or p.year < 1:
            return None
        try:
            start = _dt.date(p.year, p.month, p.day)
        except ValueError:
            return None
        days = 7 if unit == "weeks" else 1
        ends = [(d.year, d.month, d.day) for d in (start + _dt.timedelta(days=sign * n * days) for n in (lo, hi))]
    (y0, m0, _), (y1, m1, _) = ends
    if y0 != y1:
        return None
    if unit != "months" and m0 == m1:
        return f"{fmt_year(y0)}-{m0:02d}"
    return fmt_year(y0)


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + month - 1 + n
    return k // 12, k % 12 + 1


def tag_document(text: str, document_id: str, *, dct: Optional[str] = None,
                 sentences: Optional[list[tuple[int, int]]] = None) -> list[Timex]:
    """All TIMEX3 in ``text``. With ``dct`` (a TIMEX3 value) the document is read as news (deictic
    expressions from the document date); without it as a narrative anchored in its own stated dates.
    ``sentences`` is accepted for the pipeline's interface; the regex tagger works on raw text."""
    return tag(text, document_id, dct=dct)


def _unresolved(timexes: list[Timex]) -> bool:
    return any(t.value.startswith("X") and t.type in ("DATE", "TIME") and t.anchor in ("unresolved", "yearless")
               for t in timexes)


def _last_ref(timexes: list[Timex]) -> Optional[str]:
    for t in reversed(timexes):
        if t.type in ("DATE", "TIME") and t.anchor != "meta" and not is_label(t) and parse(t.value) is not None:
            return t.value
    return None


def _first_ref(timexes: list[Timex]) -> Optional[str]:
    for t in timexes:
        if t.type in ("DATE", "TIME") and t.anchor == "explicit" and not is_label(t) and parse(t.value) is not None:
            return t.value
    return None


def resolve_corpus(documents: list[Document], timexes_by_doc: dict[str, list[Timex]],
                   actors: Optional[dict[str, set[str]]] = None) -> None:
    """Documents read together share context: a narrative document some of whose dates stay year-less (it
    states no year before them) is re-anchored from the story time its predecessor ended on (or, for the
    first such documents, the first date its successor states) — never from today's or the publication date.
    A document whose own first stated date lies before that time, or years after it, does not continue its
    predecessor (a separate piece, a story told from an earlier start): its own later dates settle its years.
    With ``actors`` (the words of the people each document names), a document continues only a neighbour
    that names one of its people: excerpts of different histories read together do not share a clock, and one
    that states no year at all gives no other sign of it (its days stay year-less, as the text leaves them)."""
    order = [d for d in documents if d.id in timexes_by_doc]
    for i, doc in enumerate(order):
        tx = timexes_by_doc[doc.id]
        if doc.date or not _unresolved(tx):
            continue
        inherited, neighbour = None, None
        for prev in reversed(order[:i]):
            inherited, neighbour = _last_ref(timexes_by_doc[prev.id]) or (prev.date if prev.date else None), prev
            if inherited:
                break
        if inherited is None:
            for nxt in order[i + 1:]:
                inherited, neighbour = _first_ref(timexes_by_doc[nxt.id]) or nxt.date, nxt
                if inherited:
                    break
        if inherited is None:
            continue
        if actors is not None and not (actors.get(doc.id, set()) & actors.get(neighbour.id, set())):
            continue  # no person in common: another story, whatever its dates
        inherited = re.sub(r"T.*$", "", inherited)
        own = _first_ref(tx)
        if own is not None and (_starts_after(inherited, own) or _years_apart(inherited, own) > CONTINUATION_YEARS):
            continue  # it begins before its predecessor ended, or long after: no continuation; its own years anchor it
        tx[:] = tag(doc.text, doc.id, initial=inherited, initial_source="corpus")


#: A document read after another continues its story only if the first date it states falls within this many
#: years after where the other ended: excerpts of different histories read together do not share a clock.
CONTINUATION_YEARS = 2


def _years_apart(value: str, later: str) -> int:
    p, q = parse(value), parse(later)
    return abs(q.year - p.year) if p is not None and q is not None else 0


def _starts_after(value: str, other: str) -> bool:
    """Whether the time ``value`` names begins after the whole of ``other`` (both TIMEX3 values)."""
    p, q = parse(value), parse(other)
    if p is None or q is None:
        return False
    return (p.year, p.month or 1, p.day or 1) > (q.year, q.month or 12, q.day or 31)


def _dated(t: Timex):
    if t.type not in ("DATE", "TIME") or t.anchor == "meta" or is_label(t):
        return None
    return parse(t.value)


_WEEK = re.compile(r"^(\d{4})-W(\d\d)$")


def _moves(best: Optional[str], p, value: Optional[str] = None) -> bool:
    """Coarser mentions inside the current time ("1937" while on 2 December 1937) do not move it. A week
    ("last week", 1938-W01) moves it unless the current day lies in that week (not merely in its month)."""
    cur = parse(best) if best else None
    if cur is None:
        return True
    if still_before_winter(cur, p):
        return False  # the winter a December story runs into: the story is still in its year
    w = _WEEK.match(value or "")
    if w and cur.grain == 3:
        try:
            return _dt.date(cur.year, cur.month, cur.day).isocalendar()[:2] != (int(w.group(1)), int(w.group(2)))
        except ValueError:
            return True
    return not (p.grain < cur.grain and p.contains(cur))


#: Abbreviations whose full stop does not end a sentence ("Dr. Hsu Mo stated ...").
_ABBREV = {"dr", "mr", "mrs", "ms", "messrs", "st", "gen", "col", "capt", "lt", "maj", "sgt", "adm", "gov",
           "sen", "rep", "rev", "prof", "hon", "no", "nos", "vol", "pp", "p", "art", "sec", "jr", "sr", "u.s",
           "e.g", "i.e", "etc", "vs", "cf", "ca", "c"}
_BOUNDARY = re.compile(r"[.!?][\"'’”)\]]*\s+|\n\s*")
#: What may stand before a date that opens a sentence and so moves the narration ("3. On December 23, ...").
_OPENING = re.compile(r"^[\s(\[]*(?:\d{1,2}\.\s+)?(?:(?:and|but|then|so|later|on|in|at|by|during|from|after|"
                      r"early|late|that|the|same|until|since)\s+)*$", re.I)


#: Where a clause ends inside a sentence: a date said in the middle of a clause ("that some three weeks ago
#: the British Government inquired ...; that the British now are concerned ...") dates that clause only.
_CLAUSE_END = re.compile(r";|:\s|\s[—–]\s|\s--\s")


_QUOTES = re.compile(r'["“”]')


def _quoted_before(text: str, here: int, t: Timex, offset: int) -> bool:
    """True when ``t`` lies inside a quotation that closes before ``offset`` in the same sentence."""
    return len(_QUOTES.findall(text, here, t.start)) % 2 == 1 and bool(_QUOTES.search(text, t.end, offset))


def _sentence_start(offset: int, text: Optional[str], sentences) -> int:
    if sentences:
        best = 0
        for s, e in sentences:
            if s <= offset:
                best = s
            else:
                break
        return best
    if text is None:
        return max(0, offset - 200)
    start = 0
    for m in _BOUNDARY.finditer(text, max(0, offset - 2000), offset):
        if m.group(0)[0] == ".":
            word = re.search(r"([\w.]+)$", text[max(0, m.start() - 12):m.start()])
            if word and (word.group(1).lower() in _ABBREV or re.fullmatch(r"[A-Z]", word.group(1))):
                continue
        start = m.end()
    return start


def reference_time_at(timexes: list[Timex], offset: int, document_date: Optional[str] = None,
                      text: Optional[str] = None, sentences: Optional[list[tuple[int, int]]] = None) -> Optional[str]:
    """The story's time at ``offset``.

    A narrative (no ``document_date``): the last dated (DATE/TIME with a known year) expression before it,
    page metadata and flashbacks in passing (``is_flashback``) excluded; coarser mentions inside the current day
    ("1937" while on 2 December 1937) do not move it.

    A dated document (a telegram, a news report — pass its ``document_date`` and, so that sentences are
    known, its ``text`` or ``sentences`` as (start, end) spans): its "now" is the document date. A date said
    inside a clause ("the terms were handed over on December 23 by the Minister") is the time of its own
    sentence only; the narration moves to a date only when a sentence or numbered paragraph *opens* with it
    ("On December 23, the Minister ..."), and then stays there for the sentences that follow. The same holds
    for relative expressions ("some three weeks ago", "last week", "yesterday"): inside a clause they date
    that clause only — up to the clause's end (";", ":", a dash) when ``text`` is given — and move the story
    only when they open a sentence or numbered paragraph. Without text or sentences, a date counts as the
    same sentence's when it lies less than 200 characters before ``offset``.

    Dates that label a document (``is_label``: a cited telegram's date, a receipt time) are never the answer
    and never move the story, in either kind of document ("1. My 128, December 31, ..." opening a paragraph
    does not move a January telegram to December 31).
    """
    ordered = sorted(timexes, key=lambda t: t.start)
    if document_date is None:
        best = None
        for t in ordered:
            if t.start > offset:
                break
            p = None if is_flashback(t) else _dated(t)
            if p is not None and _moves(best, p, t.value):
                best = t.value
        return best
    here = _sentence_start(offset, text, sentences)
    narration, own = document_date, None
    for t in ordered:
        if t.start > offset:
            break
        p = _dated(t)
        if p is None or (t.rule or "").startswith("aside:"):
            continue  # (an aside dates its own clause: the clause finds it there, not as the story's time)
        if t.start >= here:  # the offset's own sentence
            if text is not None and not _OPENING.match(text[here:t.start]) and _CLAUSE_END.search(text, t.end, offset):
                continue  # said inside an earlier clause of the sentence: it dates that clause only
            if text is not None and _quoted_before(text, here, t, offset):
                continue  # '"In 2003 we invested," the firm said': the quotation's time, not the saying's
            if _moves(own or narration, p, t.value):
                own = t.value
            continue
        if text is not None or sentences:
            s0 = _sentence_start(t.start, text, sentences)
            opens = bool(_OPENING.match(text[s0:t.start])) if text is not None else t.start - s0 <= 4  # "On "
            if opens and _moves(narration, p, t.value):
                narration = t.value
    return own or narration
