"""Binding frames to the resolved corpus: entities for argument spans, dates, places, ids.

Why after resolution: "he" needs the people named before it, "Chiang's reply" needs Chiang's
entity, and a clause without a date needs the narrative's current time, all of which exist only
once names and time have run over the whole corpus.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Optional

from .. import time as time_stage
from ..model import Corpus, Event, Mention, Timex
from .model import PRONOUNS_FIRST, PRONOUNS_GROUP, PRONOUNS_PERSON, Arg, EventFrame, Subjects

PLACE_LABELS = {"GPE", "LOC", "FAC"}
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
#: Prepositions that make a place of any named location ("talks in Hankow", "met at Nanking").
_LOCATIVE = {"in", "at", "near", "inside", "into", "towards", "toward"}
_DAYS_AND = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")
_COORD_GAP = re.compile(r"^\s*(?:,|and|or|&|,\s*and)\s*$")


class _DocIndex:
    """Per-document lookups: mentions by offset, timexes, sentences, subject spans, signer."""

    def __init__(self, doc_id: str, corpus: Corpus, subjects: Subjects, timex_index: dict[int, int]):
        self.mentions = sorted((m for m in corpus.mentions if m.document == doc_id and m.entity),
                               key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.mentions]
        self.timexes = sorted((t for t in corpus.timexes if t.document == doc_id), key=lambda t: t.start)
        self.timex_index = timex_index
        self.sentences = sorted((s.start, s.end) for s in corpus.sentences if s.document == doc_id)
        self.sent_starts = [s for s, _ in self.sentences]
        self.subjects = sorted(subjects.spans)
        self.main = sorted(subjects.main)
        #: pronouns already resolved, as stand-in mentions: "He stated ... He said" chains.
        self.resolved: list[Mention] = []
        doc = next((d for d in corpus.documents if d.id == doc_id), None)
        self.text = doc.text if doc else ""
        self.date = doc.date if doc else None
        self.signer = self._signer()

    def overlapping(self, start: int, end: int) -> list[Mention]:
        lo = bisect_left(self.starts, start - 200)
        hi = bisect_right(self.starts, end)
        return [m for m in self.mentions[lo:hi] if m.start < end and m.end > start]

    def _signer(self) -> Optional[str]:
        """A letter or telegram is signed on its last line: "I" and "me" are the signer."""
        lines = [ln for ln in self.text.rstrip().splitlines() if ln.strip()]
        if len(lines) < 3:
            return None
        last = lines[-1].strip()
        if len(last.split()) > 4:
            return None
        end = len(self.text.rstrip())
        start = end - len(lines[-1])
        for m in self.overlapping(start, end):
            return m.entity
        for m in self.mentions:  # the signature line itself was not tagged: the same name elsewhere
            if m.text == last and m.label == "PERSON":
                return m.entity
        return None

    def sentence_window_start(self, pos: int, back: int = 2) -> int:
        i = bisect_right(self.sent_starts, pos) - 1
        return self.sentences[max(0, i - back)][0] if self.sentences else max(0, pos - 600)

    @staticmethod
    def _within(spans: list[tuple[int, int]], m: Mention) -> bool:
        i = bisect_right(spans, (m.start, 10**12)) - 1
        while i >= 0 and spans[i][1] >= m.start:
            s, e = spans[i]
            if s <= m.start and m.end <= e:
                return True
            i -= 1
        return False

    def is_subject(self, m: Mention) -> bool:
        return self._within(self.subjects, m)

    def is_main_subject(self, m: Mention) -> bool:
        return self._within(self.main, m)


def _arg_mentions(ix: _DocIndex, a: Arg) -> list[Mention]:
    ms = ix.overlapping(a.start, a.end)
    head = [m for m in ms if m.start <= a.head_start and a.head_end <= m.end]
    return head or ms


def _resolve_pronoun(ix: _DocIndex, a: Arg, excluded: set[str]) -> Optional[Mention | str]:
    """The antecedent of a pronoun: the signer for "I", else the nearest compatible name before it,
    preferring names that were subjects when the pronoun is one; never a co-argument's entity."""
    p = a.pronoun
    if p in PRONOUNS_FIRST:
        return ix.signer
    if p in PRONOUNS_PERSON:
        labels = {"PERSON"}
    elif p in PRONOUNS_GROUP:
        labels = {"GPE", "ORG", "NORP"}
    else:
        return None
    lo = ix.sentence_window_start(a.start)
    pool = ix.overlapping(lo, a.start) + [m for m in ix.resolved if lo <= m.start < a.start]
    cands = sorted((m for m in pool if m.end <= a.start and m.label in labels and m.entity not in excluded),
                   key=lambda m: m.start)
    if not cands:
        return None
    if a.subject:
        for test in (ix.is_main_subject, ix.is_subject) if a.main else (ix.is_subject,):
            subj = [m for m in cands if test(m)]
            if subj:
                return subj[-1]
    return cands[-1]


def _entity_of(x) -> Optional[str]:
    return x if isinstance(x, str) or x is None else x.entity


def _roles(ix: _DocIndex, f: EventFrame) -> tuple[list[str], list[str], Optional[str], bool]:
    """source ids, target ids, place id, and whether a pronoun was needed."""
    source: list[str] = []
    target: list[str] = []
    places: list[tuple[int, str]] = []
    used_pronoun = False
    resolved: list[tuple[Arg, list]] = []
    for a in f.args:
        if a.pronoun is None:
            resolved.append((a, _arg_mentions(ix, a)))
    named = {m.entity for _, ms in resolved for m in ms}
    for a in f.args:
        if a.pronoun is not None:
            same_role = {m.entity for b, ms in resolved if b.role == a.role for m in ms}
            excluded = (named - same_role) if not a.possessive else set()
            r = _resolve_pronoun(ix, a, excluded)
            if r is not None:
                used_pronoun = True
                resolved.append((a, [r]))
                if a.subject and isinstance(r, Mention):
                    ix.resolved.append(Mention(r.document, a.start, a.end, a.text, r.label, entity=r.entity,
                                               rule="events.pronoun"))
                    if a.main:
                        ix.main = sorted(ix.main + [(a.start, a.end)])
                    ix.subjects = sorted(ix.subjects + [(a.start, a.end)])
    for a, ms in resolved:
        for m in ms:
            ent = _entity_of(m)
            label = m.label if isinstance(m, Mention) else "PERSON"
            if ent is None:
                continue
            locative = a.prep in _LOCATIVE or (f.type == "TRAVEL" and a.prep in ("to", "from", "for"))
            if label in PLACE_LABELS and (a.role == "place" or locative):
                prio = 0 if a.prep in ("to", "into", "for", "towards", "toward") else 1
                places.append((prio, ent))
            elif a.role == "place" or label not in ACTOR_LABELS:
                continue
            elif a.role == "source" and ent not in source:
                source.append(ent)
            elif a.role == "target" and ent not in target:
                target.append(ent)
    target = [t for t in target if t not in source]
    place = min(places)[1] if places else None
    return source, target, place, used_pronoun


def _in_pieces(t: Timex, pieces: list[tuple[int, int]]) -> bool:
    return any(s <= t.start and t.end <= e for s, e in pieces)


def _usable(t: Timex) -> bool:
    return t.type in ("DATE", "TIME") and bool(t.value) and t.value[0].isdigit()


def _split_coordinated(t: Timex) -> list[str]:
    """One timex for "November 26 and 28": one value per day named."""
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", t.value) or not re.search(r"\band\b|&|,", t.text):
        return [t.value]
    days = [int(d) for d in _DAYS_AND.findall(t.text) if 1 <= int(d) <= 31]
    if len(days) < 2:
        return [t.value]
    return [f"{t.value[:8]}{d:02d}" for d in dict.fromkeys(days)]


def _clause_dates(ix: _DocIndex, pieces, trigger: int, text: str) -> list[tuple[str, Timex]]:
    ts = [t for t in ix.timexes if _usable(t) and _in_pieces(t, pieces)]
    if not ts:
        return []
    # A date and a time of that date ("at 5 p.m. on the same day"): keep the most precise.
    ts = [t for t in ts if not any(o is not t and o.value != t.value and o.value.startswith(t.value) for o in ts)]
    ts.sort(key=lambda t: t.start)
    groups = [[ts[0]]]
    for t in ts[1:]:
        prev = groups[-1][-1]
        gap = text[prev.end:t.start] if t.start >= prev.end else ""
        if _COORD_GAP.match(gap):
            groups[-1].append(t)
        else:
            groups.append([t])
    # Several uncoordinated dates: the one nearest the trigger speaks of this event.
    best = min(groups, key=lambda g: min(abs(t.start - trigger) for t in g))
    out = []
    for t in best:
        for v in _split_coordinated(t):
            out.append((v, t))
    seen, uniq = set(), []
    for v, t in out:
        if v not in seen:
            seen.add(v)
            uniq.append((v, t))
    return uniq


def _dates(ix: _DocIndex, f: EventFrame) -> list[tuple[Optional[str], Optional[Timex], Optional[str]]]:
    """[(value, timex, certainty)] — several when the clause names coordinated dates."""
    own = _clause_dates(ix, f.pieces, f.trigger_start, ix.text)
    if own:
        return [(v, t, "approximate" if t.mod == "APPROX" else "stated") for v, t in own]
    for pieces, how in getattr(f, "outer", []):
        got = _clause_dates(ix, pieces, f.trigger_start, ix.text)
        if got:
            return [(v, t, how) for v, t in got]
    if f.present and f.modality == "asserted" and ix.date:
        return [(ix.date, None, "inherited")]  # "Mr. Davis confirms": now, at the time of writing
    ref = time_stage.reference_time_at(ix.timexes, f.trigger_start)
    if ref:
        src = None
        for t in ix.timexes:
            if t.start > f.trigger_start:
                break
            if t.value == ref:
                src = t
        return [(ref, src, "inherited")]
    if ix.date:
        return [(ix.date, None, "inherited")]
    return [(None, None, None)]


_CERTAINTY_CONF = {"stated": 1.0, "approximate": 0.85, "inherited": 0.7, None: 0.6}


def bind(frames: list, corpus: Corpus) -> list[Event]:
    """Events with entity ids, dates and places, numbered ev1, ev2 ... in document order."""
    doc_order = {d.id: i for i, d in enumerate(corpus.documents)}
    subjects: dict[str, Subjects] = {}
    evframes: list[EventFrame] = []
    for f in frames:
        if isinstance(f, Subjects):
            acc = subjects.setdefault(f.document, Subjects(f.document))
            acc.spans.extend(f.spans)
            acc.main.extend(f.main)
        elif isinstance(f, EventFrame):
            evframes.append(f)
    timex_index = {id(t): i for i, t in enumerate(corpus.timexes)}
    indexes: dict[str, _DocIndex] = {}
    evframes.sort(key=lambda f: (doc_order.get(f.document, 10**9), f.trigger_start))
    events: list[Event] = []
    seen: set[tuple] = set()
    for f in evframes:
        ix = indexes.get(f.document)
        if ix is None:
            ix = indexes[f.document] = _DocIndex(f.document, corpus, subjects.get(f.document, Subjects(f.document)), timex_index)
        source, target, place, used_pronoun = _roles(ix, f)
        if not source and not target:
            continue  # an annal entry needs somebody who acted or was acted upon
        if f.require == "target" and not target:
            continue
        for value, tx, certainty in _dates(ix, f):
            key = (f.document, f.trigger_start, value)
            if key in seen:
                continue
            seen.add(key)
            conf = f.confidence * _CERTAINTY_CONF[certainty] * (0.9 if used_pronoun else 1.0)
            if not source:
                conf *= 0.85
            events.append(Event(
                id=f"ev{len(events) + 1}", document=f.document, start=f.start, end=f.end,
                type=f.type, mode=f.mode, trigger=f.trigger, trigger_start=f.trigger_start,
                trigger_end=f.trigger_end, date=value, date_certainty=certainty,
                timex=timex_index.get(id(tx)) if tx is not None else None,
                source=list(source), target=list(target), place=place, polarity=f.polarity,
                modality=f.modality, confidence=round(conf, 3), rule=f.rule,
                text=ix.text[f.start:f.end] if ix.text else None,
            ))
    return events
