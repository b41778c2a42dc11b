"""Find temporal expressions in raw text and anchor them in the narrative (two passes).

Pass 1 runs every rule's regex over the text, keeps the longest non-overlapping matches, widens them by
modifiers ("early", "the end of", "about") and joins clock times to their dates ("5 p.m. on the same day").
Pass 2 walks the expressions in text order keeping the story's reference time: explicit dates move it,
relative ones are computed from it. A date far from the story's time said in the middle of a sentence (or in
brackets) is an *aside* — a flashback, the end point of a span — and moves it only for the rest of that
sentence, unless the story's next full date follows it there; "that year"/"the same day" still point back to
it, as the time last mentioned. Dates met before any year is known look *ahead* to the first year
the text states, so a chapter that gives its year only paragraphs later still dates its opening days.
No tokenizer or tagger is needed, which keeps this fast enough to run on every document.
"""
from __future__ import annotations

import re
from typing import Optional

from ..model import Timex
from .anchor import Point, fmt_year, parse, pick_year, resolve, still_before_winter
from .normalise import Cand, candidates, conv
from .rules import Triggers, class_regex, labels, lexicon, rules
from . import messages

_POSMOD = re.compile(
    r"(?:\b(?:the\s+)?(?:very\s+)?(?P<pm>early\s+part|later?\s+part|last\s+part|early|late|mid|middle|beginning|start|end|close|"
    r"latter\s+part|first\s+half|second\s+half|first\s+part)(?:\s+(?:of|in))?(?:\s+the)?(?:\s+|-))$", re.I)
_HEDGE = re.compile(r"(?:\b(?P<h>about|around|approximately|circa|roughly)\s+|(?<![\w.])(?P<c>ca\.|c\.)\s?)$",
                    re.I)
_POD_OF = re.compile(r"(?:\b(?P<mod>early|late)\s+(?:(?:in|on)\s+)?)?\bthe\s+(?:(?:early|late)\s+)?"
                     r"(?P<pod>morning|afternoon|evening|night|dawn)(?:\s+hours)?\s+of\s+$", re.I)
_TIME_JOIN = re.compile(r"^\s*(?:on|of)\s+$|^\s+on\s+the\s+$", re.I)
_DATE_JOIN = re.compile(r"^(?:\s*,\s*|\s*[—–]\s*|\s*-\s*)$")
#: Page metadata lines ("Updated on 2024-01-29", "Published: ..."): the keyword opens the line.
_META = re.compile(r"^\W{0,3}(?:last\s+)?(?:updated|published|posted|retrieved|accessed|modified|copyright|©|"
                   r"release\s+time|edited|date\s+of\s+publication)\b[^\n]{0,30}$", re.I)
_CLOCK_RULES = ("time.clock-ampm", "time.clock-24h", "time.military", "time.noon")
_POSMOD_MAP = {"early": "START", "beginning": "START", "start": "START", "first half": "START",
               "first part": "START", "early part": "START", "late part": "END", "later part": "END",
               "last part": "END", "late": "END", "end": "END", "close": "END", "latter part": "END",
               "second half": "END", "mid": "MID", "middle": "MID"}


def find(text: str) -> list[Cand]:
    """Pass 1: every expression with its value template, in text order."""
    found: list[Cand] = []
    cache = Triggers(text)
    for rule in rules():
        for m in rule.finditer(text, cache):
            if m.end() == m.start():
                continue
            found.extend(candidates(rule, m, text))
    chosen = [c for c in _select(found, len(text)) if not _a_count(c, text)]
    chosen = _widen(chosen, text)
    chosen = _join_times(chosen, text)
    months = lexicon()["monthname"]
    for c in chosen:
        words = text[c.start:c.end - 1].split() if text[c.end - 1] == "." else ()
        if words and words[-1].lower() in months:
            c.end -= 1  # "... on 13 June.": a full month name takes no period, the sentence ends there
        line_start = text.rfind("\n", 0, c.start) + 1
        if c.rule in ("date.iso", "time.iso") or _META.match(text[line_start:c.start]):
            c.meta = True
    _label(chosen, text)
    return chosen


#: A lower-case plural (or a noun of people) right after a number: "1400 victims", "about 2000 men".
_COUNTED_AFTER = re.compile(r"^\s+(?:[a-z]+(?:[^siua\W]s|ies)|men|people|women|children|horsemen|infantry|cavalry)\b")
#: Words before a year that make it one: "in 1792 soldiers", "by 1917 troops".
_TIME_WORD_BEFORE = re.compile(r"\b(?:in|by|since|until|till|from|during|after|before|early|late|mid|of|to|and|or|"
                               r"spring|summer|autumn|fall|winter|year|years|around|circa|c\.|"
                               # a year as a modifier: "the 1777 campaigns", "its 2006 highs"
                               r"the|a|an|its|his|her|their|this|that|whose)\s+$", re.I)


def _a_count(c: Cand, text: str) -> bool:
    """A bare four-digit number that counts the plural after it ("sent gangs to butcher 1400 victims", "about 2000
    men marched"): a quantity, not a year. After a word of time ("in 1792 soldiers marched") it stays a year."""
    if c.rule != "date.year" or not re.fullmatch(r"\d{4}", text[c.start:c.end].strip()):
        return False
    return bool(_COUNTED_AFTER.match(text[c.end:c.end + 30])) \
        and not _TIME_WORD_BEFORE.search(text[max(0, c.start - 12):c.start])


#: How far before a date the context of a document label ("My 128, ", "[Received ") is looked for.
LABEL_WINDOW = 120


def _label(cands: list[Cand], text: str) -> None:
    """Mark dates that label a document (``labels:`` in rules.yaml): ``extra["label"]`` = the kind."""
    kinds = labels()
    prev: Optional[Cand] = None
    for c in cands:
        if c.type not in ("DATE", "TIME"):
            continue
        before = text[max(0, c.start - LABEL_WINDOW):c.start]
        for lab in kinds:
            if lab.before.search(before) or (
                    lab.after is not None and prev is not None and prev.extra.get("label") == lab.kind
                    and lab.after.match(text[prev.end:c.start])):
                c.extra["label"] = lab.kind
                break
        prev = c


def _select(found: list[Cand], n: int) -> list[Cand]:
    """Longest match wins; a coordination ("November 26 and 28") is kept or dropped as a whole."""
    units: dict = {}
    for c in found:
        g = c.extra.get("group")
        key = (c.rule, g) if g else id(c)
        units.setdefault(key, []).append(c)
    order = []
    for members in units.values():
        g = members[0].extra.get("group")
        s, e = g if g else (members[0].start, members[0].end)
        order.append((-(e - s), -members[0].priority, s, s, e, members))
    order.sort(key=lambda t: t[:4])
    taken = bytearray(n + 1)
    out = []
    for _, _, _, s, e, members in order:
        if any(taken[s:e]):
            continue
        taken[s:e] = b"\x01" * (e - s)
        out.extend(members)
    out.sort(key=lambda c: (c.start, c.end))
    return out


def _widen(cands: list[Cand], text: str) -> list[Cand]:
    """Modifiers before a date become part of it: "early December" (mod START), "ca. 466 BC", "the
    morning of April 19" (a TIME)."""
    prev_end = 0
    for c in cands:
        if c.type in ("DATE", "TIME") and not c.value.endswith("_REF"):
            lo = max(prev_end, c.start - 45)
            before = text[lo:c.start]
            m = _POD_OF.search(before)
            if m and c.type == "DATE":
                pod = conv("pod", m.group("pod"), {})
                c.start = lo + m.start()
                c.type = "TIME"
                c.extra["time"] = "T" + pod
                if m.group("mod"):
                    c.mod = _POSMOD_MAP[m.group("mod").lower()]
                before = text[lo:c.start]
            m = _POSMOD.search(before)
            if m and c.type == "DATE" and not c.rule.startswith("date.same") and not c.rule.startswith("date.next"):
                c.start = lo + m.start()
                c.mod = _POSMOD_MAP[" ".join(m.group("pm").lower().split())]
                before = text[lo:c.start]
            m = _HEDGE.search(before)
            if m and c.type == "DATE":
                c.start = lo + m.start()
                c.mod = c.mod or "APPROX"
        prev_end = c.end
    return cands


def _join_times(cands: list[Cand], text: str) -> list[Cand]:
    """A clock time and the date it is on are one expression: "5 p.m. on the same day", "December 31,
    4 [2] p.m.", "January 1, 1938—10 p.m."."""
    out: list[Cand] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if nxt is not None and c.rule in _CLOCK_RULES and nxt.type == "DATE" and not nxt.extra.get("group") \
                and _TIME_JOIN.match(text[c.end:nxt.start]) and _day_grain(nxt):
            nxt.extra["time"] = c.value[10:]
            nxt.start, nxt.type, nxt.rule = c.start, "TIME", f"{c.rule}+{nxt.rule}"
            out.append(nxt)
            i += 2
            continue
        if nxt is not None and nxt.rule in _CLOCK_RULES and c.type == "DATE" and _day_grain(c) \
                and _DATE_JOIN.match(text[c.end:nxt.start]):
            c.extra["time"] = nxt.value[10:]
            c.end, c.type, c.rule = nxt.end, "TIME", f"{c.rule}+{nxt.rule}"
            out.append(c)
            i += 2
            continue
        m = _WEEKDAY_OF.match(text[c.end:nxt.start]) if nxt is not None and c.rule == "date.weekday" else None
        if m and nxt.type == "DATE" and not nxt.extra.get("group") and _day_grain(nxt):
            # "Sunday dawn of 25 June 1950", "Monday the 3rd of May": the weekday names the date that follows
            nxt.start = c.start
            if m.group("pod"):
                nxt.type, nxt.extra["time"] = "TIME", "T" + conv("pod", m.group("pod"), {})
            out.append(nxt)
            i += 2
            continue
        out.append(c)
        i += 1
    return out


#: what may stand between a weekday and the date it names ("Sunday dawn of 25 June 1950")
_WEEKDAY_OF = re.compile(r"^\s+(?:(?P<pod>morning|afternoon|evening|night|dawn)\s+)?of\s+(?:the\s+)?$", re.I)


def _day_grain(c: Cand) -> bool:
    return c.fill == "day" or bool(re.match(r"^(?:\d{4}|XXXX)-\d\d-\d\d$", c.value)) or \
        (c.fill == "year" and bool(re.match(r"^XXXX-\d\d-\d\d$", c.value)))


def anchor(cands: list[Cand], *, dct: Optional[str] = None, initial: Optional[str] = None,
           initial_source: str = "corpus", text: Optional[str] = None) -> list[tuple[Cand, str, str]]:
    """Pass 2: (candidate, value, anchor) for each candidate, anchored in the story's time."""
    news = dct is not None
    dct_p = parse(dct) if dct else None
    ref: Optional[Point] = dct_p if news else parse(initial)
    ref_src = "dct" if news else (initial_source if ref else None)
    out = []
    fine: Optional[Point] = ref if ref is not None and ref.grain == 3 else None
    last: Optional[Point] = ref  # the time last mentioned, asides included ("that year" points back to it)
    main = None  # (ref, ref_src, fine) the narrative's line while a sentence makes an excursion
    excursion_end = -1
    after_aside: tuple = (-1, None)  # (end of the sentence after an aside, the aside's time)
    flashback = False  # the current excursion goes back before the story's time
    yearless: Optional[Point] = None  # the story's last month or day while no year is known ("On 10 September")
    for i, c in enumerate(cands):
        if main is not None and c.start >= excursion_end:
            (ref, ref_src, fine), main = main, None
            after_aside = (_sentence_end(text, excursion_end), last)
        base = ref
        if fine is not None and ref is not None and ref.grain == 1 and fine.year != ref.year \
                and _continues(c, fine):
            base = fine  # "... 10 March 1975 ... a campaign planned for 1976 ... collapsed on 11 March"
        if c.extra.get("anaphor") and last is not None:
            base = last
        elif c.shift and c.start < after_aside[0] and after_aside[1] is not None:
            base = after_aside[1]  # "... joined the war again on 3 May 1809. The next day ...": from the aside
        ranged = _range_start(c, i, cands, text)
        value, how = ranged if ranged is not None else _value(c, i, cands, base, ref_src, news, dct_p, yearless)
        out.append((c, value, how))
        if how in ("unresolved", "yearless") and c.type == "DATE" and not c.meta and not c.extra.get("label"):
            yearless = _yearless_point(value) or yearless
        if c.meta or c.type not in ("DATE", "TIME") or c.extra.get("label"):
            continue  # page metadata, a cited telegram's date, a receipt time: not the story's time
        p = parse(value)
        if p is None:
            continue
        if text is not None and i > 0 and _named_span_end(cands[i - 1], c, text):
            # a heading "The Second Silesian War (1744 to 1745)": the span of the section's subject, whose story
            # is then told from its start; its end is no time the story has reached
            last, c.extra["aside"] = p, True
            continue
        if text is not None and ref is not None and _span_days(p)[1] < _span_days(ref)[0] and _in_passing(c, text) \
                and not (i + 1 < len(cands) and cands[i + 1].start - c.end <= 2):
            # "the 1614 rules", "arranged as in 1614" while the story is in 1789: a look back in passing
            # (not "the 1982 summer offensives", whose next word is a date of its own)
            last, c.extra["aside"] = p, True
            continue
        if text is not None and ref is not None and _dates_a_work(c, text):
            # "cited by X in his 1995 book": when a work a text cites appeared, not where the story goes
            last, c.extra["aside"] = p, True
            continue
        if text is not None and ref is not None and _span_days(p)[1] < _span_days(ref)[0] \
                and _SINCE.search(text, max(0, c.start - 60), c.start):
            # "the worst losses since the raids had started in 1904", "fighting since 1940": a look back to where
            # a stretch of time starts, while the story stays where it is
            last, c.extra["aside"] = p, True
            continue
        if text is not None and ref is not None and _AS_OF.search(text, max(0, c.start - 12), c.start):
            # "40% of the losses (as of June 3, 1861)": the day a figure was counted, not the story's time
            last, c.extra["aside"] = p, True
            continue
        if text is not None and ref is not None and _span_days(p)[0] > _span_days(ref)[1] and _planned(c, text):
            # "the assembly was planned for May of the next year", "told the diet that the garrison would leave
            # by 31 May 1831": a time set or forecast for later, not reached yet
            last, c.extra["aside"] = p, True
            continue
        if ref is not None and p.grain < ref.grain and p.contains(ref):
            continue  # "1937" or "December" said while the story is on 2 December 1937: stay on the day
        if ref is not None and still_before_winter(ref, p):
            last = p  # the story is still in the year whose December it was told in
            continue
        last = p
        if main is not None:
            c.extra["flashback"] = flashback  # said inside an excursion: it leaves the story's line with it
        elif text is not None and ref is not None and not news and _excursion(c, p, ref, text):
            end = _sentence_end(text, c.end)
            if not _followed(cands, i, end, p, ref, text):
                main, excursion_end = (ref, ref_src, fine), end
                flashback = c.extra["flashback"] = _span_days(p)[1] < _span_days(ref)[0]
        ref, ref_src = p, (how if how in ("corpus", "lookahead") else "narrative")
        if p.grain == 3 and main is None:
            fine = p
    return out


#: A date stated in the middle of a sentence more than this many days before or after the story's time may be
#: an aside (a flashback, an end point), not a move of the story.
EXCURSION_DAYS = 60
_SENT_END = re.compile(r"[.!?][\"'’”)\]]*\s|\n")
_SENT_START = re.compile(r"(?:[.!?][\"'’”)\]]*\s+|\n)(?P<head>[^.!?\n]*)$")
_OPENERS = re.compile(r"^[\s\"“(]*(?:(?:and|but|then|so|also|meanwhile|later|finally|thus|however|on|in|at|by|from|during|"
                      r"after|before|until|since|early|late|the|of|around|about|towards?|till|through|between|mid)\b[\s,]*)*$",
                      re.I)
_PARENS = re.compile(r"\([^()\n]{0,60}$")
_AS_OF = re.compile(r"\bas\s+(?:of|at)\s+$", re.I)
#: "since" and the clause it opens, up to a date: "since 1940", "since the raids had started in 1904".
_SINCE = re.compile(r"\bsince\b[^.;:!?()]{0,50}$", re.I)


#: A year used as a modifier ("the 1614 rules", "its 2010 raid") or in a comparison ("as in 1614"): it
#: names a time the story does not go to.
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:the|a|an|his|her|its|their|this|that|whose)\s+$", re.I)
_ATTRIBUTIVE_AFTER = re.compile(r"^\s+[a-z][a-z-]+")
_COMPARED_BEFORE = re.compile(r"\b(?:as|than|like)\s+(?:in\s+)?$", re.I)
_BARE_YEAR = re.compile(r"^(?:BC)?\d{4}$")


def _in_passing(c: Cand, text: str) -> bool:
    """A bare year said as a modifier or in a comparison (see ``_ATTRIBUTIVE_BEFORE``)."""
    if not _BARE_YEAR.match(c.value or "") or c.end - c.start > 8:
        return False
    before = text[max(0, c.start - 12):c.start]
    if _COMPARED_BEFORE.search(before):
        return True
    return bool(_ATTRIBUTIVE_BEFORE.search(before)) and bool(_ATTRIBUTIVE_AFTER.match(text[c.end:c.end + 30]))


#: The one or two lower-case words after a year: "his 1995 book", "a 2004 government report".
_WORDS_AFTER = re.compile(r"^\s+([A-Za-z][a-z-]*)(?:\s+([A-Za-z][a-z-]*))?")


def _dates_a_work(c: Cand, text: str) -> bool:
    """A bare year that modifies a written or recorded work ("his 1995 book", "a 2004 government report"; the
    time lexicon's ``work`` class), on either side of the story's time: the work's date, not the story's."""
    if not _BARE_YEAR.match(c.value or "") or c.end - c.start > 8 \
            or not _ATTRIBUTIVE_BEFORE.search(text[max(0, c.start - 12):c.start]):
        return False
    m = _WORDS_AFTER.match(text[c.end:c.end + 40])
    works = lexicon().get("work", {})
    return m is not None and any(w.lower() in works for w in m.groups() if w)  # (a title: "the 1911 Encyclopaedia")


#: A date a plan is set for ("planned for May 1789", "scheduled for the spring"): the story is not there yet.
_PLANNED_BEFORE = re.compile(r"\b(?:planned|scheduled|slated|fixed|set|summoned|convoked|called|postponed|"
                             r"adjourned|deferred|put\s+off)\s+(?:for|until|till|to)\s+(?:the\s+)?$", re.I)


#: A date a forecast or a promise is made for ("predicted victory by the end of 1967", "promised the troops
#: would be home by Christmas"): the story is not there yet either.
_FORETOLD_BEFORE = re.compile(r"\b(?:predict|promis|expect|forecast|vow|pledg|anticipat|hop)\w*\s+"
                              r"(?:[\w'-]+\s+){0,6}?by\s+$", re.I)


#: A forecast earlier in the sentence, then a phrase of time: a present-tense modal ("will withdraw in ...",
#: "may remain until the end of ..."), or a past one reported from a saying or a plan ("told the diet
#: that the garrison would leave by ..."), or a plan's "to" ("restrictions to be phased in through 1975", "a
#: deadline to remove the troops by February"); a narrator's own "would" ("the fleet would not reach the east
#: until May") tells where the story goes.
_FORECAST_BEFORE = re.compile(
    r"(?:\b(?:will|shall|may|is\s+to|are\s+to|going\s+to)\s+[^.;!?\n]{0,200}?"
    r"|\b(?:announc|sa(?:y|id)|t(?:ell|old)|inform|declar|promis|predict|expect|plann?|stat|hop|warn|caution|insist|agree|pledg|vow|"
    r"forecast|estimat|project|propos|decid)\w*\s+(?:that\s+)?[^.;!?\n]{0,120}?\b(?:would|could|might|was\s+to|"
    r"were\s+to)\s+[^.;!?\n]{0,80}?"
    r"|\b(?:plans?|programm?e|schedule|timetable|deadline|decision|measures|restrictions|cuts|reductions)"
    r"\s+(?:[\w'-]+\s+){0,6}?to\s+(?:be\s+)?[a-z]+\b"
    r"[^.;!?\n]{0,120}?)"
    r"\b(?:by|until|till|in|before|after|through|on)\s+(?:the\s+)?$", re.I)


#: Dots that end no sentence: initials of a name or country ("U.S.", "U.N."), an ellipsis inside a quotation.
_INNER_DOTS = re.compile(r"\b(?:[A-Z]\.){2,}|\.{3}|\u2026")


def _planned(c: Cand, text: str) -> bool:
    """A date a plan, a promise or a forecast names: right after its verb ("planned for", "promised ... by"), or
    with a modal earlier in its own sentence ("would end by")."""
    before = text[max(0, c.start - 60):c.start]
    if _PLANNED_BEFORE.search(before[-40:]) or _FORETOLD_BEFORE.search(before):
        return True
    window = _INNER_DOTS.sub(lambda m: "_" * len(m.group(0)), text[max(0, c.start - 320):c.start])
    s = _SENT_START.search(window)
    return bool(_FORECAST_BEFORE.search(window[s.start("head"):] if s else window[-160:]))


def _span_days(p: Point) -> tuple[int, int]:
    m0, m1 = (p.month, p.month) if p.month else (1, 12)
    d0, d1 = (p.day, p.day) if p.day else (1, 31)
    return p.year * 372 + m0 * 31 + d0, p.year * 372 + m1 * 31 + d1


def _sentence_end(text: str, at: int) -> int:
    m = _SENT_END.search(text, at)
    return m.end() if m else len(text)


def _followed(cands: list[Cand], i: int, end: int, p: Point, ref: Point, text: Optional[str] = None) -> bool:
    """Whether the story follows a date out of its line: the next full date stated after that sentence
    lies nearer to it than to where the story was (a new section that goes back to 1776 stays there).
    A year said in passing ("the 1614 rules") is no sign that the story went there."""
    for c in cands[i + 1:]:
        if c.start < end or not c.explicit or c.meta or c.type not in ("DATE", "TIME") or c.extra.get("label"):
            continue
        q = parse(c.value)
        if q is None:
            continue
        if text is not None and _span_days(q)[1] < _span_days(ref)[0] and _in_passing(c, text):
            continue
        if _span_days(q)[1] < min(_span_days(p)[0], _span_days(ref)[0]):
            continue  # a look back before both ("met, in 1614") says nothing of which line the story keeps
        mid = sum(_span_days(q)) / 2
        return abs(mid - sum(_span_days(p)) / 2) < abs(mid - sum(_span_days(ref)) / 2)
    return False


#: What joins the two ends of a span of dates ("1744 to 1745", "13 September - 15 October 1951", "21 March
#: through 21 June 1952").
_RANGE_GAP = re.compile(r"^\s*(?:-|\u2013|\u2014|to|until|till|through|and)\s*(?:the\s+)?$", re.I)
#: A heading: a short line of its own, capitalised, with no sentence's closing punctuation.
HEADING = re.compile(r"^[A-Z][^\n]{0,80}(?<![.!?:;,\"\u201d])$", re.M)


def _named_span_end(prev: Cand, c: Cand, text: str) -> bool:
    """The end of a span of dates in a heading line ("The Second Silesian War (1744 to 1745)"): the span names
    how long the section's subject lasted, as a label does, and the section tells its story from the start. (In
    the body of a paragraph, "the Salt Revolt (1801-1803)" may as well be followed by what came after it.)"""
    if not _RANGE_GAP.match(text[prev.end:c.start]):
        return False
    line_start = text.rfind("\n", 0, prev.start) + 1
    line_end = text.find("\n", c.end)
    return bool(HEADING.match(text[line_start:line_end if line_end >= 0 else len(text)]))


def _excursion(c: Cand, p: Point, ref: Point, text: str) -> bool:
    """A date that may leave the story's line only for its own sentence: one stated in brackets ("(1790)"),
    or one far from the story's time in the middle of a sentence ("... created at the conference on
    5 November 1917", "... held out until the fall of Riga in March 1710"). A sentence that *opens*
    with a date moves the story. (Whether the story then follows the date is ``_followed``'s question.)"""
    lo = max(0, c.start - 200)
    before = text[lo:c.start]
    m = _SENT_START.search(before)
    head = m.group("head") if m else (before if lo == 0 else None)
    if head is not None and _OPENERS.match(head):
        # a sentence that opens with a date moves the story, unless it leaps years ahead of a story told
        # by the month or day in the middle of a paragraph ("On April 9 the capital fell ... In 2015, veterans
        # held a similar parade there ... on April 15 the army declared ..."): a glance ahead
        return ref.grain >= 2 and _span_days(p)[0] > _span_days(ref)[1] + LEAP_DAYS and not _opens_paragraph(text, c.start)
    if _PARENS.search(before):
        return True
    a0, a1 = _span_days(p)
    r0, r1 = _span_days(ref)
    return a1 < r0 - EXCURSION_DAYS or a0 > r1 + EXCURSION_DAYS


#: How far ahead of a story told by the month or day a sentence's opening date must leap to be a glance ahead.
LEAP_DAYS = 2 * 372


def _opens_paragraph(text: str, at: int) -> bool:
    """No sentence of the paragraph comes before ``at``."""
    start = text.rfind("\n", 0, at) + 1
    return not _SENT_END.search(text[start:at])


#: A year-less date this close after the story's last *day* still continues that story, even when a
#: bare year for something else (a flashback, a plan) was mentioned in between.
CONTINUE_DAYS = 30


def _continues(c: Cand, fine: Point) -> bool:
    m = re.match(r"^XXXX-(\d\d)(?:-(\d\d))?", c.value)
    if c.fill != "year" or not m or c.shift:
        return False
    month, day = int(m.group(1)), int(m.group(2) or 15)
    y = pick_year(month, day, fine, "forward")
    gap = (y - fine.year) * 372 + (month - fine.month) * 31 + (day - fine.day)
    return 0 <= gap <= CONTINUE_DAYS


#: A month or day of a year the text never states, as TimeML writes it: "XXXX-09-10", "XXXX-09".
_YEARLESS = re.compile(r"^XXXX-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$")
#: The stand-in year under which a year-less story's days are counted (a leap year, so "29 February" exists);
#: it never reaches a value: what it gives is written back with "XXXX".
_STAND_IN_YEAR = 1004


def is_yearless(value: Optional[str]) -> bool:
    """A month or day whose year the text never states ("XXXX-09-10", "XXXX-09")."""
    return _YEARLESS.match(value or "") is not None


def _yearless_point(value: str) -> Optional[Point]:
    m = _YEARLESS.match(value or "")
    return Point(_STAND_IN_YEAR, int(m.group(1)), int(m.group(2)) if m.group(2) else None) if m else None


def _counted_without_a_year(c: Cand, yearless: Point, pick: str) -> Optional[str]:
    """"The next day", "that same day", "the following month" in a text that names no year: counted from the
    story's last month or day under a stand-in year, then written with the year unknown ("XXXX-09-11")."""
    if c.fill not in ("day", "month"):
        return None  # (a year-less "15 July" is already as known as it can be; weeks need a real calendar)
    v = resolve(c.value, c.fill, c.shift, yearless, pick, dict(c.extra))
    m = re.match(r"^(\d{4})(-\d\d(?:-\d\d(?:T[\w:]+)?)?)$", v)
    if m is None or abs(int(m.group(1)) - _STAND_IN_YEAR) > 1:
        return None
    day = "XXXX" + m.group(2)
    return day + c.extra.get("time", "") if re.match(r"^XXXX-\d\d-\d\d$", day) else day


def _value(c: Cand, i: int, cands: list[Cand], ref, ref_src, news: bool, dct_p,
           yearless: Optional[Point] = None) -> tuple[str, str]:
    if c.meta:
        return c.value, "meta"
    if news and c.extra.get("narrative_only"):
        return "", "drop"
    if c.fill is None:
        v = c.value + c.extra.get("time", "") if re.match(r"^(?:BC)?\d{4}-\d\d-\d\d$", c.value) else c.value
        return v, "explicit"
    if not news and "narrative" in c.extra:
        return c.extra["narrative"], "narrative"
    base, how = ref, ref_src
    if news and (c.deictic or (c.fill == "year" and re.match(r"^XXXX-\d\d", c.value) and not c.shift)):
        base, how = dct_p, "dct"
    pick = c.pick or ("news" if news else "forward")
    if base is None and c.fill == "year" and not c.deictic:  # ("last December", no time of writing: no later year)
        base = _lookahead(cands, i)
        how, pick = "lookahead", c.pick or "lookback"
    if base is None:
        counted = _counted_without_a_year(c, yearless, pick) if yearless is not None else None
        if counted is not None:
            return counted, "yearless"
        return c.value + c.extra.get("time", ""), "unresolved"
    extra = dict(c.extra)
    extra["news"] = news
    v = resolve(c.value, c.fill, c.shift, base, pick, extra)
    if pick == "forward" and c.fill == "year" and not c.shift:
        v = _ordered_by_next(v, c, i, cands, base)
    if "time" in c.extra and re.match(r"^(?:BC)?\d{4}-\d\d-\d\d$", v):
        v += c.extra["time"]
    return v, how or "narrative"


#: How close (in days) the story's next full date must follow a year-less date for it to settle that date's year.
ORDER_DAYS = 62
#: ... and, when the story's time is known only to the year, how close before that date the day must fall.
YEAR_ONLY_ORDER_DAYS = 183


def _ordered_by_next(v: str, c: Cand, i: int, cands: list[Cand], base: Point) -> str:
    """A year-less day whose year the story's next full date settles, because a narrative tells its days in
    order far more often than it steps back for one day and forward again at once:

    - read as lying behind the story ("March 28" while the story is in November 1847) and shortly followed by
      a full date a year later ("April 2, 1848"): the story is moving forward, and the day falls between;
    - read into a year the story knows only as a year (a section on "the Diet of 1848"), yet after the next
      full date of that year ("20 November", then "the spring of 1848"): it is the year before's."""
    p = parse(v)
    if p is None or p.month is None:
        return v
    q = next((m for d in cands[i + 1:i + 4] if d.explicit and not d.meta and d.type == "DATE"
              for m in [_by_month(parse(d.value))] if m is not None), None)
    if q is None:
        return v
    if base.month is not None and _span_days(p)[1] < _span_days(base)[0] and q.year == p.year + 1:
        later = Point(q.year, p.month, p.day)
        gap = _span_days(q)[0] - _span_days(later)[1]
        if 0 <= gap <= ORDER_DAYS and _span_days(later)[0] > _span_days(base)[1]:
            return fmt_year(q.year) + v[len(fmt_year(p.year)):]
    if base.month is None and p.year == base.year == q.year and _span_days(p)[0] > _span_days(q)[1]:
        earlier = Point(p.year - 1, p.month, p.day)
        if 0 <= _span_days(q)[0] - _span_days(earlier)[1] <= YEAR_ONLY_ORDER_DAYS:
            return fmt_year(p.year - 1) + v[len(fmt_year(p.year)):]
    return v


#: The month a season of the year opens with ("the spring of 1848": from March).
_SEASON_START = {"-SP": 3, "-SU": 6, "-FA": 9}


def _by_month(p: Optional[Point]) -> Optional[Point]:
    """``p`` as a point with its month, a season standing for its first month; None when it has none."""
    if p is None or p.month is not None:
        return p
    month = _SEASON_START.get(p.rest)
    return Point(p.year, month) if month else None


def _range_start(c: Cand, i: int, cands: list[Cand], text: Optional[str]) -> Optional[tuple[str, str]]:
    """The year of a range's first day, which only its last day writes: "21 March - 21 June 1952" is from 21
    March 1952, whatever year the story was in (the year before, when the first month comes after the last)."""
    if text is None or c.fill != "year" or c.shift or i + 1 >= len(cands):
        return None
    m = re.match(r"^XXXX(-\d\d(?:-\d\d)?)$", c.value)
    d = cands[i + 1]
    if not m or not d.explicit or d.meta or d.type != "DATE" or not _RANGE_GAP.match(text[c.end:d.start]):
        return None
    q = parse(d.value)
    if q is None or q.month is None:
        return None
    year = q.year - 1 if int(m.group(1)[1:3]) > q.month else q.year
    return fmt_year(year) + m.group(1), "lookahead"


def _lookahead(cands: list[Cand], i: int) -> Optional[Point]:
    """The first year the text states after position ``i`` (page metadata excluded)."""
    for c in cands[i + 1:]:
        if c.explicit and not c.meta and c.type in ("DATE", "TIME"):
            p = parse(c.value)
            if p is not None:
                return p
    return None


def _recount_in_messages(anchored: list[tuple[Cand, str, str]], text: str) -> list[tuple[Cand, str, str]]:
    """In a dated document, the words counted from "now" inside a message it quotes with that message's own
    date ("Under date January 21, X telegraphed as follows: “... last evening ...”") are counted again from that
    date (see ``messages``)."""
    spans = messages.dated_messages(text, [(c.start, c.end, v) for c, v, how in anchored
                                           if c.type == "DATE" and not c.meta and not c.extra.get("label")])
    if not spans:
        return anchored
    cands = [c for c, _, _ in anchored]
    out = []
    for i, (c, value, how) in enumerate(anchored):
        day = messages.message_at(spans, c.start) if c.deictic and how == "dct" else None
        if day is not None:  # the news reading, with the quoted message's day for the document's
            value, how = _value(c, i, cands, None, None, True, parse(day))[0], "message"
        out.append((c, value, how))
    return out


def tag(text: str, document_id: str, *, dct: Optional[str] = None, initial: Optional[str] = None,
        initial_source: str = "corpus") -> list[Timex]:
    out = []
    anchored = anchor(find(text), dct=dct, initial=initial, initial_source=initial_source, text=text)
    if dct is not None:
        anchored = _recount_in_messages(anchored, text)
    for c, value, how in anchored:
        if how == "drop":
            continue
        if dct is not None and "duration" in c.extra:  # news: "a month earlier" → DURATION "a month"
            c.end, value = c.extra["duration"]
            c.type, how = "DURATION", "explicit"
        conf = {"explicit": 1.0, "meta": 1.0, "dct": 0.9, "narrative": 0.85, "lookahead": 0.7,
                "corpus": 0.6, "unresolved": 0.5}.get(how, 0.8)
        rule = f"{c.extra['label']}:{c.rule}" if c.extra.get("label") else \
            f"flashback:{c.rule}" if c.extra.get("flashback") else f"aside:{c.rule}" if c.extra.get("aside") else c.rule
        out.append(Timex(document_id, c.start, c.end, text[c.start:c.end], c.type, value, mod=c.mod,
                         anchor=how, rule=rule, confidence=conf))
    return out
