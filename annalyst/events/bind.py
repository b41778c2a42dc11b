"""Binding frames to the resolved corpus: entities for argument spans, dates, places, ids.

Why after resolution: "he" needs the people named before it, "Chiang's reply" needs Chiang's
entity, and a clause without a date needs the narrative's current time, all of which exist only
once names and time have run over the whole corpus.
"""
from __future__ import annotations

from dataclasses import replace

import inspect
import re
import unicodedata
from collections import Counter
from bisect import bisect_left, bisect_right, insort
from functools import lru_cache
from typing import Optional

from .. import resources
from .. import time as time_stage
from ..time import anchor as time_anchor
from ..time import messages as time_messages
from ..time import rules as time_rules
from ..time import tagger as time_tagger
from ..model import Corpus, Event, Mention, Timex
from .frames import known_place, place_kind
from .lexicon import (DOCUMENT_NOUNS, DWELLER_NOUNS, FORCE_TYPES, GROUP_NOUNS, MILITARY_NOUNS, MILITARY_RANKS,
                      PERSON_NOUNS)
from .model import (PRONOUNS_FIRST, PRONOUNS_FIRST_PLURAL, PRONOUNS_GROUP, PRONOUNS_ORDINAL, PRONOUNS_PERSON, Arg,
                    Described, EventFrame, Subjects)

PLACE_LABELS = {"GPE", "LOC", "FAC"}
#: Types whose target may be a place of any kind: what is attacked, taken or occupied.
_PLACE_UNDERGOERS = {"ASSAULT", "COERCE"}
#: Deeds done between sides, never to ground: whatever they are addressed to is a side
_BETWEEN_SIDES = {"AID", "SANCTION", "SUPPORT", "REQUEST", "ACCUSE", "THREATEN", "REJECT", "AGREE", "CONSULT",
                  "COOPERATE", "CONCEDE"}
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
#: Prepositions that make a place of any named location ("talks in Hankow", "met at Nanking").
_LOCATIVE = {"in", "at", "near", "inside", "into", "towards", "toward"}
_DAYS_AND = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")
_COORD_GAP = re.compile(r"^\s*(?:,|and|or|&|,\s*and)\s*$")
_RANGE_BEFORE = re.compile(r"\bbetween\s*$", re.I)
#: A telegram's closing routing instructions: "Sent to X, Y." / "Repeated to X." / "X repeat to Y."
_ROUTING_PASSIVE = re.compile(r"^(?:(?:sent|repeated|copy|copies|mailed|transmitted|cabled|telegraphed|airmailed)"
                              r"\s+(?:to|by)|code text by)\b.{0,120}$", re.I)
#: ... or an order to a post, named by one to three capitalised words: "Peiping repeat to Tokyo".
_ROUTING_ORDER = re.compile(r"^(?:[A-Z][\w.'-]*\s){1,3}(?:please\s)?(?:transmit|repeat|relay|inform|mail|forward|"
                            r"pass|send)\b.{0,80}$")
_ROUTING_TAIL = 3  # how many closing paragraphs may hold routing lines
#: A date that only identifies an earlier numbered message ("your 23, January 12", "the Embassy's 1,
#: January 1, 10 p.m.", "... and 25, January 13"): a citation, not the time of anything told here.
_CITATION_BEFORE = re.compile(r"(?:\b(?:my|your|our|his|her|their|its|and)|\w['’]s?|\bno\.)\s+\d{1,4}"
                              r"(?:\s*\[\d{1,4}\])?\s*,\s*$", re.I)
#: Lines that open a letter, telegram or memorandum with its author: "X to Y", "Memorandum ... by X".
_HEADING_TO = re.compile(r"^(?P<who>.+?)\s+to\s+the\s+[A-Z]")
_HEADING_BY = re.compile(r"\bby\s+(?P<who>(?:the\s+)?[A-Z].*)$")
_HEADING_KIND = re.compile(r"^(?:memorandum|minutes|note|aide-m[eé]moire|record|report|letter|telegram|despatch|"
                           r"dispatch|statement)\b", re.I)


#: A parenthesis that only points to another message by its number: "(reported in the consul's 15,
#: May 5)", "(see my 12)". What it reports is told there, not here.
_CROSS_REFERENCE = re.compile(r"^\((?:[a-z]+\s+){0,3}(?:in|by|see)\s+(?:my|your|our|his|her|their|its|[\w’']+['’]s?)"
                              r"\s+(?:no\.\s*)?\d{1,4}\b", re.I)


def is_cross_reference(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` stands in a parenthesis that only cites another message."""
    lo = text.rfind("(", max(0, pos - 40), pos + 1)
    if lo < 0 or ")" in text[lo:pos]:
        return False
    return bool(_CROSS_REFERENCE.match(text[lo:lo + 80]))


def is_citation(text: str, start: int) -> bool:
    """Whether the date phrase at ``start`` identifies an earlier message by its number."""
    return bool(_CITATION_BEFORE.search(text[max(0, start - 40):start]))


def routing_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the routing paragraphs at the end of a letter or telegram (before the
    signature): instructions to the telegraph office, not events of the story."""
    paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    out = []
    for s, e in paras[-(_ROUTING_TAIL + 1):]:
        line = text[s:e].strip()
        if len(line.split()) > 30:
            continue
        parts = [p.strip() for p in re.split(r"[;.]\s+|[;.]$", line) if p.strip()]
        if parts and all(_ROUTING_PASSIVE.match(p) or _ROUTING_ORDER.match(p) for p in parts):
            out.append((s, e))
    return out


class _ByDocument:
    """The corpus's annotations grouped by document once, so each document's index is built from
    its own share (linear in the corpus, however many documents it holds)."""

    def __init__(self, corpus: Corpus):
        self.documents = {d.id: d for d in corpus.documents}
        self.mentions: dict[str, list[Mention]] = {}
        self.timexes: dict[str, list[Timex]] = {}
        self.sentences: dict[str, list] = {}
        for m in corpus.mentions:
            self.mentions.setdefault(m.document, []).append(m)
        for t in corpus.timexes:
            self.timexes.setdefault(t.document, []).append(t)
        for x in corpus.sentences:
            self.sentences.setdefault(x.document, []).append(x)


class _DocIndex:
    """Per-document lookups: mentions by offset, timexes, sentences, subject spans, signer."""

    def __init__(self, doc_id: str, corpus: "_ByDocument", subjects: Subjects, timex_index: dict[int, int]):
        self.mentions = sorted((m for m in corpus.mentions.get(doc_id, ()) if m.entity),
                               key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.mentions]
        doc = corpus.documents.get(doc_id)
        self.text = doc.text if doc else ""
        #: offsets counted again from the event they name (start of the timex -> its value counted so, the timex)
        self.recounted: dict[int, tuple[str, Timex]] = {}
        self.timexes = sorted((t for t in corpus.timexes.get(doc_id, ()) if not is_citation(self.text, t.start)),
                              key=lambda t: t.start)
        self.timex_starts = [t.start for t in self.timexes]
        #: dated timexes only, by start: a clause's own dates are found by bisection, not by a scan
        self.usable = [t for t in self.timexes if _usable(t)]
        self.usable_starts = [t.start for t in self.usable]
        #: the narrative's current time, memoised (see ``reference_time``)
        self._ref_cache: dict[tuple, Optional[str]] = {}
        self._ref_last: Optional[tuple[int, Optional[Timex]]] = None
        self.timex_index = timex_index
        self.timexes_by_index = {i: t for t in self.timexes for i in [timex_index.get(id(t))] if i is not None}
        self.sentences = sorted((s.start, s.end) for s in corpus.sentences.get(doc_id, ()))
        self.sent_starts = [s for s, _ in self.sentences]
        self.subjects = sorted(subjects.spans)
        self.main = sorted(subjects.main)
        #: pronouns already resolved, as stand-in mentions: "He stated ... He said" chains (by start).
        self.resolved: list[Mention] = []
        self.resolved_starts: list[int] = []
        self.date = doc.date if doc else None
        self.relative: set[int] = set()  # trigger offsets of events told in relative clauses
        self._bodies: Optional[dict] = None
        self._places: Optional[set[str]] = None
        self.signer = self._signer()
        self._genders: Optional[dict] = None
        self._armed: Optional[set] = None
        #: messages relayed inside the document ("Following for the Navy from Captain X."): where
        #: each starts, and who speaks in it
        self.relays = self._relays()
        #: quoted messages with a date of their own ("Under date May 3, X telegraphed as follows: ..."): (start,
        #: end, day)
        self.messages = time_messages.dated_messages(
            self.text, [(t.start, t.end, t.value) for t in self.timexes if t.type == "DATE"]) if self.date else []
        self.routing = routing_spans(self.text)
        self.paragraphs = [m.start() for m in re.finditer(r"[^\n]+", self.text)] or [0]
        #: starts of heading lines ("Naval war"): a history's new section may go back in time
        self._heading_spans = [m.span() for m in _HEADING.finditer(self.text)]
        self.headings = [s for s, _ in self._heading_spans]
        self.digression = self._digressions(sorted(subjects.present), sorted(subjects.past))
        #: starts of timexes in past-perfect clauses (set by ``bind``)
        self.flashback: set[int] = set()

    def bodies_by_last_word(self) -> dict[str, tuple[list[int], list[Mention]]]:
        """Names of bodies (ORG) of two words or more, by their last word: (starts, mentions)."""
        if self._bodies is None:
            self._bodies = {}
            for m in self.mentions:
                words = m.text.lower().split()
                if m.label == "ORG" and len(words) > 1:
                    starts, ms = self._bodies.setdefault(words[-1], ([], []))
                    starts.append(m.start)
                    ms.append(m)
        return self._bodies

    def place_entities(self) -> set[str]:
        """Entities some mention of this document names as a place."""
        if self._places is None:
            self._places = {m.entity for m in self.mentions if m.label in PLACE_LABELS and m.entity}
        return self._places

    def paragraph_at(self, pos: int) -> int:
        return self.paragraphs[max(0, bisect_right(self.paragraphs, pos) - 1)]

    def in_routing(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.routing)

    def _digressions(self, present: list[int], past: list[int] = ()) -> set[int]:
        """Paragraph starts of an undated narrative that belong to a digression: one opens with a
        sentence in the present tense (the narrator's comment, the background) and lasts until a
        paragraph opens with a date of its own or with a sentence in the simple past that says the story
        goes on ("Insurgents use mortars ... / Meanwhile, the army launched ..."; a paragraph that just
        turns to the past may be the background's own past). A letter's present is its date: none there."""
        if self.date:
            return set()
        out, inside = set(), False
        ends = self.paragraphs[1:] + [len(self.text)]
        headings = set(self.headings)
        quoting = False
        for start, end in zip(self.paragraphs, ends):
            carried, quoting = quoting, _quote_open_after(self.text, start, end, quoting)
            if carried:
                continue  # a paragraph of a quotation opened before it ("Phase 2. Forces mount ..."): no comment
            if start in headings:  # a section's title ("Serbia advances"): no comment; a new section starts
                inside = False
                continue
            i = bisect_right(self.sent_starts, start) - 1
            first = self.sentences[i] if 0 <= i < len(self.sentences) and self.sentences[i][1] > start else (start, end)
            lo, hi = max(first[0], start), min(first[1], end)
            j = bisect_left(present, lo)
            if self.usable_between(lo, hi):
                inside = False  # a dated opening tells the story, in whatever tense ("On 14 July, the crowd sets ...")
            elif j < len(present) and present[j] < hi:
                inside = True
            elif inside and _opens_at(past, lo, hi) and _RESUMING.match(self.text, lo):
                inside = False
            if inside:
                out.add(start)
        return out

    def usable_between(self, lo: int, hi: int) -> list[Timex]:
        """Dated timexes starting in [lo, hi)."""
        return self.usable[bisect_left(self.usable_starts, lo):bisect_left(self.usable_starts, hi)]

    def add_resolved(self, m: Mention) -> None:
        i = bisect_right(self.resolved_starts, m.start)
        self.resolved_starts.insert(i, m.start)
        self.resolved.insert(i, m)

    def resolved_between(self, lo: int, hi: int) -> list[Mention]:
        return self.resolved[bisect_left(self.resolved_starts, lo):bisect_left(self.resolved_starts, hi)]

    def reference_time(self, pos: int) -> Optional[str]:
        """The narrative's current time at ``pos`` (``time.reference_time_at``), computed once per
        stretch of text that the same timexes precede.

        Why: the time stage's function reads every timex before ``pos`` on each call, which made
        binding quadratic in a long narrative. Its answer depends only on the timexes before
        ``pos`` (and, in a dated document, on the sentence ``pos`` is in), so it is memoised on
        those. In an undated narrative the current time is a running fold over the dated
        expressions ("the last one that moves it"), so the next answer only needs the timex that
        gave the last one and the timexes since: we pass just those."""
        k = bisect_right(self.timex_starts, pos)
        if self.date:
            key = (k, bisect_right(self.sent_starts, pos))
        else:
            key = (k,)
        if key in self._ref_cache:
            return self._ref_cache[key]
        offered = {"document_date": self.date, "doc_date": self.date, "date": self.date, "text": self.text,
                   "sentences": self.sentences}
        kw = {n: v for n, v in offered.items() if n in _reference_keywords()}
        if self.date:
            # a date told in the past perfect ("About May 3 X had asked Y") goes back before the
            # letter's time: it dates that clause, it does not move the narration there
            value = time_stage.reference_time_at([t for t in self.timexes[:k] if t.start not in self.flashback],
                                                 pos, **kw)
        elif self._ref_last is None or self._ref_last[0] > k:
            value = time_stage.reference_time_at(self.timexes[:k], pos, **kw)
        else:
            done, last = self._ref_last
            value = time_stage.reference_time_at(([last] if last is not None else []) + self.timexes[done:k], pos, **kw)
        if not self.date:
            self._ref_last = (k, self.last_with_value(k, value, dated=True))
        self._ref_cache[key] = value
        return value

    def last_with_value(self, k: int, value: Optional[str], dated: bool = False) -> Optional[Timex]:
        """The last of the first ``k`` timexes whose value is ``value`` (``dated``: one that may set
        the story's time, not page metadata)."""
        if value is None:
            return None
        for i in range(k - 1, -1, -1):
            t = self.timexes[i]
            if t.value == value and (not dated or (t.type in ("DATE", "TIME") and t.anchor != "meta")):
                return t
        return None

    def overlapping(self, start: int, end: int) -> list[Mention]:
        lo = bisect_left(self.starts, start - 200)
        hi = bisect_right(self.starts, end)
        return [m for m in self.mentions[lo:hi] if m.start < end and m.end > start]

    def _relays(self) -> list[tuple[int, str]]:
        """(start, entity) of each message a telegram passes on ("Following from X:", "Following for the
        Navy from Captain X."): its "I" is X, not the one who signs the telegram."""
        out = []
        if not self.date:
            return out
        for m in _RELAY.finditer(self.text):
            lo, hi = m.span("who")
            people = [x for x in self.overlapping(lo, hi) if x.label == "PERSON" and x.entity]
            if people:
                out.append((m.end(), len(self.text), people[0].entity))
        for intro, start, end in time_messages.quotations(self.text):
            m = _QUOTING_AUTHOR.search(self.text, intro, start)
            people = [x for x in self.overlapping(*m.span("who")) if x.label == "PERSON" and x.entity] if m else []
            if people:
                out.append((start, end, people[-1].entity))
        return sorted(out)

    def speaker_at(self, pos: int) -> Optional[str]:
        """Who "I" is at ``pos``: the author of a relayed message it lies in, else the signer."""
        for start, end, who in reversed(self.relays):
            if start <= pos < end:
                return who
        return self.signer

    def _signer(self) -> Optional[str]:
        """A letter or telegram is signed on its last line: "I" and "me" are the signer. Failing a
        signature we can name, its heading names the author: "X to Y", "Memorandum ... by X"."""
        return self._signature() or self._heading_author()

    def _heading_author(self) -> Optional[str]:
        """The author a dated document's first line names: the sender of "The Consul at X (Smith)
        to the Minister", the writer of "Memorandum of Conversation, by the Under Secretary
        (Jones)". A name in brackets is the person; else the first person or body named there."""
        if not self.date:
            return None
        nl = self.text.find("\n")
        line = self.text[:nl if nl >= 0 else len(self.text)]
        if not line.strip() or len(line.split()) > 25:
            return None
        m = _HEADING_BY.search(line) if _HEADING_KIND.match(line.strip()) else _HEADING_TO.match(line)
        if m is None:
            return None
        lo, hi = m.span("who")
        ms = [x for x in self.overlapping(lo, hi) if x.start >= lo and x.end <= hi and x.label in ("PERSON", "ORG")]
        if not ms:
            return None
        bracket = re.search(r"\(([^()]+)\)", line[lo:hi])
        if bracket:
            b0, b1 = lo + bracket.start(1), lo + bracket.end(1)
            inside = [x for x in ms if x.start >= b0 and x.end <= b1]
            if inside:
                return inside[0].entity
        people = [x for x in ms if x.label == "PERSON"]
        return (people or ms)[0].entity

    def _signature(self) -> Optional[str]:
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

    def opens_sentence(self, pos: int) -> bool:
        """Nothing but punctuation or quotes stands between the start of its sentence and ``pos``."""
        i = bisect_right(self.sent_starts, pos) - 1
        return i >= 0 and not any(ch.isalnum() for ch in self.text[self.sentences[i][0]:pos])

    def sentence_window_start(self, pos: int, back: int = 2) -> int:
        i = bisect_right(self.sent_starts, pos) - 1
        return self.sentences[max(0, i - back)][0] if self.sentences else max(0, pos - 600)

    @staticmethod
    def _within(spans: list[tuple[int, int]], m: Mention) -> bool:
        """A subject phrase holds the mention, or the mention holds a whole subject phrase: the parse cuts a
        subject short of a name's prepositional tail ("[Minister] for Foreign Affairs told me")."""
        j = bisect_left(spans, (m.start, -1))
        while j < len(spans) and spans[j][0] < m.end:
            if spans[j][1] <= m.end:
                return True
            j += 1
        i = bisect_right(spans, (m.start, 10**12)) - 1
        while i >= 0 and spans[i][1] >= m.start:
            s, e = spans[i]
            if s <= m.start and m.end <= e:
                return True
            i -= 1
        return False

    def subjects_around(self, m: Mention) -> list[tuple[int, int]]:
        """Subject phrases that contain ``m``."""
        i = bisect_right(self.subjects, (m.start, 10**12))
        out = []
        while i > 0 and self.subjects[i - 1][0] >= m.start - 200:
            i -= 1
            s, e = self.subjects[i]
            if s <= m.start and m.end <= e:
                out.append((s, e))
        return out

    def subjects_between(self, lo: int, hi: int) -> list[tuple[int, int]]:
        return self.subjects[bisect_left(self.subjects, (lo, -1)):bisect_left(self.subjects, (hi, -1))]

    def armed_sides(self) -> set[str]:
        """Peoples, states and bodies the document gives armed forces ("the Ostmark army", "rebel units"): where
        such a side goes, it goes as a force. Never a person."""
        if self._armed is None:
            self._armed = {m.entity for m in self.mentions if m.label in ("NORP", "GPE", "ORG")
                           and (_ARMED_AFTER.match(self.text, m.end) or _ARMED_NAME.search(m.text))}
        return self._armed

    def in_heading(self, pos: int) -> bool:
        """``pos`` lies in a title line (a short capitalised line with no closing stop)."""
        i = bisect_right(self._heading_spans, (pos, 10**12)) - 1
        return i >= 0 and self._heading_spans[i][0] <= pos < self._heading_spans[i][1]

    def gender(self, entity: Optional[str]) -> Optional[str]:
        """The gender the document's words give the person ``entity`` (see ``person_gender``), memoised."""
        if self._genders is None:
            by_entity: dict[str, list] = {}
            for m in self.mentions:
                if m.label == "PERSON":
                    by_entity.setdefault(m.entity, []).append(m)
            self._genders = {e: person_gender(self.text, ms) for e, ms in by_entity.items()}
        return self._genders.get(entity)

    def is_subject(self, m: Mention) -> bool:
        return self._within(self.subjects, m)

    def is_main_subject(self, m: Mention) -> bool:
        return self._within(self.main, m)


#: Plain nouns of people: a place or a nation before one only says where the person is from ("a New York
#: man", "two French women"); it is not the participant.
_PLAIN_PEOPLE = {"man", "men", "woman", "women", "boy", "boys", "girl", "girls", "person", "people", "couple",
                 "family", "father", "mother", "son", "daughter", "husband", "wife", "teenager", "child", "children"}


#: Words that open a sentence going on with the story ("Meanwhile, ...", "Later ...", "Soon after, ...").
def _quote_open_after(text: str, start: int, end: int, open_before: bool) -> bool:
    """Whether a quotation runs on past the paragraph [start, end): one that opens the paragraph and is not
    closed in it (a quoted block of several paragraphs, "Phase 1. ... / Phase 2. ..."), or one carried into
    it that the paragraph does not close. Quotation marks inside a paragraph's own sentences are not
    followed: they close where they open, or the text's marks are not to be trusted that far."""
    para = text[start:end]
    marks = [ch for ch in para if ch in '"\u201c\u201d']
    if open_before:
        return not (marks.count('"') % 2 == 1 or "\u201d" in marks)
    opens = para.lstrip()[:1] in ('"', "\u201c")
    if not opens:
        return False
    straight = marks.count('"')
    return straight % 2 == 1 if straight else marks.count("\u201c") > marks.count("\u201d")


_RESUMING = re.compile(r"\W*(?:meanwhile|then|later|afterwards?|subsequently|next|soon|eventually|finally|"
                       r"thereafter|shortly|in\s+the\s+meantime)\b", re.I)


def _subject_pronoun(ix: _DocIndex, a: Arg, opens: Optional[bool] = None) -> bool:
    """The pronoun is its clause's grammatical subject: the verb's own subject, or one that opens its
    sentence (``opens``, when the caller knows it) or stands before an auxiliary ("He was replaced",
    "; he was beaten at X")."""
    if opens is None:
        opens = ix.opens_sentence(a.start)
    return a.subject or opens or bool(a.pronoun in PRONOUNS_PERSON and _AUXILIARY.match(ix.text, a.end))


#: An auxiliary right after a pronoun: the pronoun is its clause's subject ("... ; he was beaten at X").
_AUXILIARY = re.compile(r"\s+(?:was|were|is|are|had|has|have|would|could|should|might)\b")


def _opens_at(starts: list[int], lo: int, hi: int) -> bool:
    """One of the sorted ``starts`` lies in [lo, hi)."""
    j = bisect_left(starts, lo)
    return j < len(starts) and starts[j] < hi


def _arg_mentions(ix: _DocIndex, a: Arg) -> list[Mention]:
    ms = ix.overlapping(a.start, a.end)
    if not ms and ix.text[a.head_start:a.head_end].lower() in _COUNT_HEADS:
        ms = _whole_of(ix, a)
    head = [m for m in ms if m.start <= a.head_start and a.head_end <= m.end]
    if not head and ix.text[a.head_start:a.head_end].lower() in _PLAIN_PEOPLE:
        return []
    return head or ms


def _whole_of(ix: _DocIndex, a: Arg) -> list[Mention]:
    """"The remnants of the Saxon army", "most of the Imperial Army": the side a part is taken from,
    when the "of" phrase is a named body or a force qualified by a name."""
    m = _of_phrase(ix, a)
    if m is None:
        return []
    words = m.group(1).split()
    named = [x for x in ix.overlapping(m.start(1), m.end(1)) if x.entity and x.label in ACTOR_LABELS]
    if named and (named[-1].end >= m.end(1) or words[-1].lower() in MILITARY_NOUNS):
        return named[-1:]
    return []


_QUOTE = re.compile("[\"\u201c\u201d]")


def _resolve_pronoun(ix: _DocIndex, a: Arg, excluded: set[str]) -> Optional[Mention | str]:
    """The antecedent of a pronoun: the signer for "I", else the nearest compatible name before it,
    preferring names that were subjects when the pronoun is one; never a co-argument's entity."""
    p = a.pronoun
    if p in PRONOUNS_FIRST or p in PRONOUNS_FIRST_PLURAL:
        return ix.speaker_at(a.start)  # a letter's "I" is its signer (or a relayed message's author)
    if p in PRONOUNS_PERSON or p in PRONOUNS_ORDINAL:
        labels = {"PERSON"}
    elif p in PRONOUNS_GROUP:
        labels = {"GPE", "ORG", "NORP"}
    else:
        return None
    lo = ix.sentence_window_start(a.start)
    if p == "it" and a.subject:
        before = [(s, e) for s, e in ix.subjects_between(lo, a.start) if e <= a.start]
        if before and not ix.overlapping(*before[-1]) and _a_thing(ix.text, *before[-1]):
            return None  # "the rebel's letter was no program; it offered hope": the thing last spoken of
    pool = ix.overlapping(lo, a.start) + ix.resolved_between(lo, a.start)
    cands = [m for m in pool if m.end <= a.start and m.entity not in excluded
             and (m.label in labels or ("PERSON" in labels and m.label in ("NORP", "GPE", "ORG")
                                        and (m.rule == "events.person" or _titled(ix, m))))]
    if "PERSON" in labels:  # "The Consul General gave ...; he stated": an office named by its title
        for s, e in ix.subjects_between(lo, a.start):
            if e <= a.start and not ix.overlapping(s, e):
                back = _titled_antecedent(ix, Arg("source", s, e, *_head_of(ix.text, s, e), ix.text[s:e]))
                if back is not None and back.entity not in excluded:
                    cands.append(Mention(back.document, s, e, ix.text[s:e], "PERSON", entity=back.entity,
                                         rule="events.person"))
    if not cands and p in ("he", "she") and a.subject:
        # "Datames led an expedition ...; he returned": a one-word name the model took for a body, when it
        # was the subject before a "he" that has no person to stand for, is that person
        cands = [m for m in pool if m.end <= a.start and m.entity not in excluded and m.label == "ORG"
                 and " " not in m.text.strip() and not m.text.isupper() and ix.is_subject(m)]
    if p in _MASCULINE or p in _FEMININE:  # "his wife, Mara, ... she said he had fled": not her
        wrong = "female" if p in _MASCULINE else "male"
        cands = [m for m in cands if ix.gender(m.entity) != wrong]
    cands.sort(key=lambda m: m.start)
    if p in _PLURAL_PRONOUNS:
        # "as the army fell back to the port town, the farmers attacked them": a place named where someone went
        # or stood is not whom "they" stands for, while a people or a body is there to stand for
        bodies = [m for m in cands if not (m.label in PLACE_LABELS and _LOCATIVE_BEFORE.search(ix.text, max(0, m.start - 16), m.start))]
        cands = bodies or cands
    if not cands:
        return None
    if p in PRONOUNS_ORDINAL:  # by order of mention, not by salience
        people = list(dict.fromkeys(m.entity for m in cands))
        return next(m for m in reversed(cands) if m.entity == (people[-2] if p == "former" and len(people) > 1
                                                                 else people[-1]))
    chosen = cands[-1]
    opens = ix.opens_sentence(a.start)  # "He was replaced by ...": a passive's subject is the topic too
    here = ix.sentence_window_start(a.start, back=0)
    if not opens and p in PRONOUNS_PERSON and not a.possessive and not _QUOTE.search(ix.text, here, a.start) \
            and len({m.entity for m in cands if m.start >= here}) == 1 \
            and not any(ix.is_subject(m) for m in cands if m.start >= here):
        # "the crowd charged the mayor X with treason and he was hanged": the one person of the sentence so far
        return next(m for m in reversed(cands) if m.start >= here)
    if _subject_pronoun(ix, a, opens) and a.subject and not opens and p in PRONOUNS_PERSON \
            and not _QUOTE.search(ix.text, here, a.start):
        # "After Lenz beat the army, he signed the treaty": the subject of the clause that opens the
        # sentence is the one the main clause goes on about
        lead = [m for m in cands if m.start >= here and ix.is_subject(m)]
        if lead:
            return lead[-1]
    if p in ("its", "their") and _DWELLERS_AFTER.match(ix.text, a.end):
        # "took the town, and its population was enslaved": a place's people belong to the place last named
        places = [m for m in cands if m.label in PLACE_LABELS]
        if places:
            return places[-1]
    if _subject_pronoun(ix, a, opens) or p in ("his", "her", "its", "their"):
        # ("the general attacked the town, but his forces were repulsed": a possessive, like a subject, is the topic's)
        for test in (ix.is_main_subject, ix.is_subject) if a.main or opens else (ix.is_subject,):
            subj = [m for m in cands if test(m)]
            if subj:
                chosen = subj[-1]
                break
    if p == "it" and a.subject and _THING_WORD.search(ix.text, chosen.end, a.start):
        return None  # "he signed the Treaty of X with Y. It stated that ...": the treaty, named after Y
    return chosen


_PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves", "theirs"})
#: The people of a place named by where they live, right after a possessive ("its remaining population").
_DWELLERS_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(DWELLER_NOUNS)) + r")\b")
#: The start of a TIMEX3 date value: a year, a month or a day ("2014", "2013-04", "2013-03-23").
_ISO_START = re.compile(r"^\d{4}(?:-\d\d){0,2}")


def _starts_after(value: Optional[str], day: str) -> bool:
    """The period a TIMEX3 ``value`` names begins after ``day`` (an ISO date, perhaps with a time)."""
    m = _ISO_START.match(value or "")
    if m is None or not _ISO_START.match(day):
        return False
    start = m.group()
    return start + "-01-01"[len(start) - 4:] > day[:10]


#: A military noun right after a side's name ("Ostmark army", "rebel units"), or heading it ("the Red Army").
_ARMED_NOUNS = r"(?:army|armies|forces|troops|fleet|fleets|navy|units|divisions|regiments|legions|cavalry|infantry)"
_ARMED_AFTER = re.compile(r"(?:['’]s)?\s+(?:\w+\s+)?" + _ARMED_NOUNS + r"\b")
_ARMED_NAME = re.compile(r"\b" + _ARMED_NOUNS + r"$", re.I)
_MASCULINE = frozenset({"he", "him", "his", "himself"})
_FEMININE = frozenset({"she", "her", "hers", "herself"})


@lru_cache(maxsize=1)
def _gendered_words() -> dict[str, str]:
    """resources/names/gendered_words.tsv: title or description word -> female | male."""
    return dict(line.split("\t")[:2] for line in resources.load_lines("names/gendered_words.tsv"))


#: A description right before a name ("his wife, Mara", "Queen Ilse") or right after it ("Mara, his wife").
_DESCRIBED_BEFORE = re.compile(r"\b([A-Za-z\u00c0-\u024f]+)\.?,?\s+$")
_DESCRIBED_AFTER = re.compile(r"^,\s+(?:his|her|their|the|a)\s+(?:\w+\s+)?([A-Za-z\u00c0-\u024f]+)\b")
#: "X said (that) she ...", "X told CNN in August she thought": the speaker speaking of themselves.
_SAID_SELF = re.compile(r"^\s+(?:also\s+)?(?:said|says|thought|believed|added|insisted|claimed|explained|told(?:\s+[\w.]+){1,3}?)"
                        r"(?:\s+(?:in|on|last|this)\s+\w+)?(?:\s+that)?\s+(he|she)\b")


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    """resources/names/given_names.tsv: a given name (lower case, no accents) -> female | male."""
    return dict(line.split("\t")[:2] for line in resources.load_lines("names/given_names.tsv"))


def _given_name(text: str) -> Optional[str]:
    """The gender the first of a full name's words says ("Pauline Leon", "Maximilien Robespierre"); a lone word
    says nothing (it may be a surname: "Leon")."""
    words = text.split()
    if len(words) < 2:
        return None
    first = unicodedata.normalize("NFKD", words[0]).encode("ascii", "ignore").decode().lower().rstrip(".,")
    return _given_names().get(first)


def person_gender(text: str, mentions: list) -> Optional[str]:
    """"female", "male" or None for the person a document's ``mentions`` name, by the words the text puts
    beside the name: a title or a description of kinship or rank, a given name that opens a full name, or a
    "she"/"he" the person says of themselves. The majority of such signs decides; none, or a tie, decides
    nothing."""
    words = _gendered_words()
    votes = Counter()
    for m in mentions:
        votes[_given_name(m.text)] += 1
        if m.title:
            votes[words.get(m.title.lower().rstrip("."))] += 1
        before = _DESCRIBED_BEFORE.search(text, max(0, m.start - 24), m.start)
        if before is not None:
            votes[words.get(before.group(1).lower())] += 1
        after = _DESCRIBED_AFTER.match(text[m.end:m.end + 40])
        if after is not None:
            votes[words.get(after.group(1).lower())] += 1
        said = _SAID_SELF.match(text[m.end:m.end + 60])
        if said is not None:
            votes["female" if said.group(1) == "she" else "male"] += 1
    votes.pop(None, None)
    if not votes or votes["female"] == votes["male"]:
        return None
    return "female" if votes["female"] > votes["male"] else "male"


#: a preposition of place right before a name ("back to Boston", "in the Ruhr")
_LOCATIVE_BEFORE = re.compile(r"\b(?:to|into|in|at|from|toward|towards|near|through|across|onto|upon|on)\s+(?:the\s+)?$", re.I)

#: Things a text goes on to call "it" that say or do nothing themselves: a document, a plan, a happening.
_THINGS = frozenset({"plan", "treaty", "agreement", "pact", "accord", "act", "law", "constitution", "program",
                     "programme", "policy", "resolution", "charter", "manifesto", "battle", "war", "campaign",
                     "offensive", "invasion", "siege", "defeat", "victory", "incident", "affair", "crisis", "revolt",
                     "uprising", "rebellion", "revolution", "event", "episode", "conflict", "document", "text"})


#: a thing named with an article ("the Treaty of X", "a new plan"), not one owned ("its policy")
_THING_WORD = re.compile(r"\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:" + "|".join(sorted(_THINGS)) + r")s?\b", re.I)


def _a_thing(text: str, s: int, e: int) -> bool:
    """The phrase is headed by a thing rather than by someone ("the treaty", "the rebel's letter")."""
    hs, he = _head_of(text, s, e)
    head = text[hs:he].lower()
    return head in _THINGS or head in DOCUMENT_NOUNS or head.rstrip("s") in _THINGS


_DEFINITE = re.compile(r"^the\s+(?:[a-z]+\s+)?([a-z]+)$")
#: Nouns of office: a noun phrase headed by one names a person even when the only name in it is a
#: nationality or a country ("the French Ambassador", "the Japanese Consul General").
_TITLES = {"ambassador", "minister", "consul", "envoy", "secretary", "general", "president", "premier",
           "chancellor", "counselor", "counsellor", "attaché", "attache", "chargé", "charge", "delegate",
           "representative", "spokesman", "commander", "admiral", "governor", "king", "queen", "emperor",
           "official", "officer", "adviser", "advisor", "diplomat", "mayor", "marshal", "generalissimo",
           "prince", "foreign", "vice", "undersecretary", "under-secretary", "agent", "emissary", "consul-general"}
_WORD = re.compile(r"[\w’'-]+")


def _title_words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w in _TITLES]


def _titled(ix: _DocIndex, m: Mention) -> Optional[tuple[int, int]]:
    """The subject phrase a nationality or country name only modifies when that phrase is headed by a
    noun of office ("the Japanese Consul General"): such a phrase names a person."""
    words = _WORD.findall(m.text.lower())
    if m.label == "ORG" and words and words[-1] in _TITLES and words[-1] not in ("foreign", "vice"):
        return m.start, m.end  # a title the name stage took for a body: "Portuguese Consul General"
    for s, e in ix.subjects_around(m):
        if s <= m.start and m.end < e and _title_words(ix.text[m.end:e]):
            return s, e
    return None


def _titled_antecedent(ix: _DocIndex, a: Arg) -> Optional[Mention]:
    """A definite description of an office with no name in it ("the Minister", "the Consul General")
    stands for the nearest person named before it whose name or title phrase holds those words."""
    words = _WORD.findall(a.text.lower())
    if not words or words[0] != "the" or len(words) > 5:
        return None
    words = words[1:]
    head = ix.text[a.head_start:a.head_end].lower()
    if head not in _TITLES or not words:
        return None
    lo = max(0, a.start - 3000)
    for m in reversed(ix.overlapping(lo, a.start)):
        if m.end > a.start:
            continue
        if m.label == "PERSON":
            if head in _WORD.findall(m.text.lower()) or (m.title and head in _WORD.findall(m.title.lower())):
                return m  # ("the General" after "Major General Amaya": the title the name was given)
            continue
        span = _titled(ix, m) if m.label in ("NORP", "GPE", "ORG") else None
        if span and all(w in _WORD.findall(ix.text[span[0]:span[1]].lower()) for w in words):
            return m
    return None


def _bare_title_antecedent(ix: _DocIndex, a: Arg) -> Optional[Mention]:
    """A subject that is only an office ("Vice Minister stated", telegraph style without article;
    "the Minister said" where no earlier name carries the title) stands for the person the account
    is about, as "he" would: the nearest person who was a subject just before it."""
    if not a.subject:
        return None
    words = [w for w in _WORD.findall(a.text.lower()) if w != "the"]
    if not words or len(words) > 3 or any(w not in _TITLES for w in words):
        return None
    same = [m for m in ix.resolved_between(max(0, a.start - 3000), a.start) if m.end <= a.start
            and m.rule == "events.person" and [w for w in _WORD.findall(m.text.lower()) if w != "the"] == words]
    r = same[-1] if same else _resolve_pronoun(ix, replace(a, pronoun="he"), set())
    if not isinstance(r, Mention) or (r.label != "PERSON" and not (r.entity or "").startswith("person-")):
        return None  # (an office is held by a person: "the king vetoed" after "the Assembly granted" is not it)
    held = {w for w in _WORD.findall(f"{r.text} {r.title or ''}".lower()) if w in _TITLES}
    if held and not held & set(words):
        return None  # ("the King received ..." after "the Chinese Ambassador" spoke: another office, not him)
    ix.add_resolved(Mention(r.document, a.start, a.end, a.text, "PERSON", entity=r.entity, rule="events.person"))
    if a.main:
        insort(ix.main, (a.start, a.end))
    insort(ix.subjects, (a.start, a.end))
    return r


def _definite_antecedent(ix: _DocIndex, a: Arg) -> Optional[Mention]:
    """A definite description no name was found in ("the conference", "the council") stands for the
    nearest body named before it in the document whose name ends in the same noun ("the Imperial
    Conference"), as a pronoun stands for its antecedent."""
    m = _DEFINITE.match(a.text.strip().lower())
    if m is None or ix.text[a.head_start:a.head_end].lower() != m.group(1):
        return None
    named = ix.bodies_by_last_word().get(m.group(1))
    if not named:
        return None
    words = a.text.split()
    proper = words[1] if len(words) == 3 and words[1][:1].isupper() else None  # "the Blue army"
    i = bisect_left(named[0], a.start) - 1
    while i >= 0 and (named[1][i].end > a.start
                      or (proper is not None and proper.lower() not in named[1][i].text.lower().split())):
        i -= 1  # (a name's own adjective says which body: "the Blue army" is not the Grand Army)
    return named[1][i] if i >= 0 else None


#: Nouns by which a history calls again a place it has just named ("they besieged X ... The city was razed").
_PLACE_ANAPHORS = {"city", "town", "capital", "port", "fortress", "fort", "citadel", "village", "island",
                   "stronghold", "prison", "castle", "palace", "barracks"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_OF_A_NAME = re.compile(r"\s+of\s+[A-Z]")


def _place_antecedent(ix: _DocIndex, a: Arg) -> Optional[Mention]:
    """"The city was razed": the place named last in this sentence or the three before, when the phrase is
    "the" and a noun of place and nothing else (a siege told over a few sentences keeps calling its town
    "the city")."""
    words = a.text.lower().split()
    if len(words) != 2 or words[0] != "the" or words[1] not in _PLACE_ANAPHORS:
        return None
    if _OF_A_NAME.match(ix.text, a.end):
        return None  # "the town of Lodi": the phrase names its own place
    lo = ix.sentence_window_start(a.start, back=3)
    places = [m for m in ix.overlapping(lo, a.start) if m.end <= a.start and m.label in _PLACE_LABELS]
    return places[-1] if places else None


#: "the two leaders", "both countries": two participants named just before, as a plural pronoun stands
#: for them; the noun says which kind of name (people, or states and bodies)
_PAIR = re.compile(r"^(?:the\s+two|both(?:\s+the)?)\s+(leaders|men|presidents|premiers|ministers|statesmen|"
                   r"countries|nations|governments|powers|states|sides|parties|armies)$")
_PAIR_PEOPLE = {"leaders", "men", "presidents", "premiers", "ministers", "statesmen"}


def _pair_antecedents(ix: _DocIndex, a: Arg) -> list[Mention]:
    m = _PAIR.match(" ".join(a.text.lower().split()))
    if m is None or a.role not in ("source", "target"):
        return []
    labels = {"PERSON"} if m.group(1) in _PAIR_PEOPLE else (
        {"GPE", "NORP", "ORG"} if m.group(1) != "sides" else {"GPE", "NORP", "ORG", "PERSON"})
    lo = ix.sentence_window_start(a.start)
    found: list[Mention] = []
    for c in sorted((x for x in ix.overlapping(lo, a.start) + ix.resolved_between(lo, a.start)
                     if x.end <= a.start and x.label in labels and x.entity), key=lambda x: -x.start):
        if c.label in PLACE_LABELS and _LOCATIVE_BEFORE.search(ix.text, max(0, c.start - 16), c.start):
            continue  # ("talks in Harlan ... the two sides": where they met is not a side)
        if c.label in PLACE_LABELS and place_kind(c.text) == "city":
            continue  # ("the front south of Varna ... both sides": a city is where they stand, not a side)
        if all(c.entity != f.entity for f in found):
            found.append(c)
        if len(found) == 2:
            return found
    return []


_DESCRIPTION = re.compile(r"^the\s+((?:[a-z-]+\s+){0,2}[a-z-]+)$")


def _descriptor_antecedent(ix: _DocIndex, a: Arg) -> Optional[Mention]:
    """A definite description ("the oil giant", "the lawyer") stands for the name that the same words last
    stood before as its descriptor ("Oil giant BP", "Mr. Sarkozy's lawyer, Thierry Herzog")."""
    m = _DESCRIPTION.match(" ".join(a.text.split()).lower())
    if m is None:
        return None
    lo = max(0, a.start - 3000)
    pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, m.group(1).split())) + r",?\s+", re.I)
    for hit in reversed(list(pattern.finditer(ix.text, lo, a.start))):
        named = [x for x in ix.overlapping(hit.end(), hit.end() + 1) if x.start == hit.end() and x.entity]
        if named:
            return named[0]
    return None


def _head_of(text: str, s: int, e: int) -> tuple[int, int]:
    """The last word of a phrase with no tail: its head."""
    words = list(_WORD.finditer(text, s, e))
    return (s + 0, e) if not words else (words[-1].start(), words[-1].end())


def _entity_of(x) -> Optional[str]:
    return x if isinstance(x, str) or x is None else x.entity


#: Nouns that describe a person by role or office: a phrase headed by one, with no name in it and no
#: antecedent found, may stand as a described participant ("my informant", "a Chief of Mission").
_PERSON_NOUNS = PERSON_NOUNS
#: ... or a group or an armed body named by what it is ("the militia", "the commoners", "the garrison")
_GROUPS = GROUP_NOUNS | MILITARY_NOUNS
_SINGULAR_GROUPS = frozenset(w for w in _GROUPS if not w.endswith("s") or w.endswith(("ss", "corps")))
_COUNT_OF = re.compile(r"\s+of\s+((?:[\w’'-]+ ){0,2}[\w’'-]+)")


def _of_phrase(ix: _DocIndex, a: Arg) -> Optional[re.Match]:
    """The "of" phrase after a counting or partitive head ("thousands of settlers"), read from the text
    but never past the end of the head's own phrase in the parse: in "thousands of settlers left Algeria"
    the words after "settlers" are the verb and its object, not what is counted."""
    limit = a.tail_end if a.tail_end is not None and a.tail_end > a.end else len(ix.text)
    m = _COUNT_OF.match(ix.text, a.end, limit)
    cut = _PLACE_PREP.search(ix.text, m.start(1), m.end(1)) if m is not None else None
    if cut is not None and cut.start() > m.start(1):  # "the envoys of Ostmark at Varna": Ostmark's, met at Varna
        m = _COUNT_OF.match(ix.text, a.end, cut.start())
    return m


_PLACE_PREP = re.compile(r"\s(?:at|in|on|near|from|to|with|outside|inside)\s")
#: heads that count or gather what their "of" phrase names ("thousands of militiamen", "a band of rebels"):
#: they stay in the description
_COUNTING = {"thousands", "hundreds", "dozens", "scores", "millions", "number", "group", "band", "body", "party",
             "handful", "crowd", "mass"}
#: ... and heads that take a part of it ("many of the inhabitants fled", "most of the garrison surrendered"):
#: the description is the whole they take from
_COUNT_HEADS = _COUNTING | {"many", "most", "some", "all", "few", "several", "majority", "half", "rest", "remainder",
                            "bulk", "part", "one", "two", "three", "both", "each", "remnant", "remnants", "remains",
                            # those who act for a named body: "Representatives of the X Government signed"
                            "representatives", "representative", "delegates", "delegation", "delegations",
                            "envoys", "emissaries", "plenipotentiaries"}
#: what goes before the description proper: articles, possessives, and counts ("some 12,000 prisoners")
_DESCRIPTION_DROP = re.compile(r"^(?:(?:even|only|also|just|the|a|an|my|our|his|her|their|its|your|this|that|these|those|one|some|about|"
                               r"around|over|nearly|almost|approximately|roughly|at least|up to|more than|estimated|remaining|other|more|several|many|few|all|both|newly|recently|then|appointed|elected|chosen|designated|thousands of|hundreds of|dozens of|scores of|millions of|a number of|a group of|a band of|a body of|a party of|a handful of|\w+ly appointed|\d[\d,.]*|"
                               r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
                               r"sixty|seventy|eighty|ninety|a hundred|a thousand|hundred|thousand|a dozen|dozen)(?:-\w+)?)\s+)+",
                               re.I)
_OF_NAME = re.compile(r"^\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,3}")


def _named_group(ix: _DocIndex, a: Arg) -> bool:
    """"The defeated Cossacks", "the Jacobites": a capitalised plural the NER left untagged names a people
    or a party, a group that acts."""
    word = ix.text[a.head_start:a.head_end]
    return len(word) > 4 and word[0].isupper() and word[1:].islower() and word.endswith("s") \
        and not word.endswith("ss") and a.head_start > a.start


def _untagged_name(ix: _DocIndex, a: Arg) -> bool:
    """"The Cheka carried out raids": one capitalised word after "the" that the NER left untagged is the
    name of a body (or a thing) the text takes for known."""
    word = ix.text[a.head_start:a.head_end]
    return len(word) > 2 and word[0].isupper() and word[1:].islower() and word.isalpha() \
        and ix.text[a.start:a.head_start].lower() == "the " and a.end == a.head_end \
        and word.lower() not in time_rules.calendar_words()


#: Words that make a capitalised phrase the name of a happening ("Operation Castle", "the Spring Offensive").
_EVENT_NAME_WORDS = frozenset({"operation", "offensive", "campaign", "expedition", "charge", "raid", "massacre",
                               "uprising", "rising", "revolt", "rebellion", "accords", "accord", "agreement",
                               "treaty", "pact", "conference", "congress", "convention"})


def _hangs_on_trigger(a: Arg) -> bool:
    """A named happening ("Operation Castle", "the Peace Conference of 1861") as the subject or object of the
    event's own verb takes part in it: what was launched, or what met. One only mentioned in a phrase
    around it ("after the Battle of X") does not."""
    return a.role in ("source", "target") and a.prep is None and not a.possessive


def _named_event(ix: _DocIndex, a: Arg) -> bool:
    """"Operation Castle was launched": a capitalised phrase the NER left untyped that a word of happening
    marks as a name; what was launched or signed is named, so it takes part."""
    words = _WORD.findall(ix.text[a.start:a.end])
    if words and words[0].lower() == "the":
        words = words[1:]
    return 2 <= len(words) <= 6 and all(w[0].isupper() or w.isdigit() for w in words) \
        and any(w.lower() in _EVENT_NAME_WORDS for w in words)


def _untagged_place(ix: _DocIndex, a: Arg) -> bool:
    """"Brixen finally fell": a one-word name the NER left untagged, in the slot of what a capture or a
    seizure is done to, that the gazetteer knows as a place. The verb and the gazetteer together name it."""
    word = ix.text[a.head_start:a.head_end]
    return a.role == "target" and a.start == a.head_start and a.end == a.head_end and len(word) > 2 \
        and word[0].isupper() and word[1:].islower() and word.lower() not in time_rules.calendar_words() \
        and known_place(word)


#: Types of event a paper can perform as the subject of its verb ("a bulletin put out that evening stated").
_SPOKEN_TYPES = frozenset({"STATEMENT", "ACCUSE", "REQUEST", "THREATEN", "REJECT", "PROTEST"})


def _description(ix: _DocIndex, a: Arg, speech: bool = False) -> Optional[Described]:
    """The phrase of an argument that describes a person by role or office and names nobody; with
    ``speech``, also a paper that speaks as its verb's subject, its author unnamed ("a bulletin stated")."""
    head = ix.text[a.head_start:a.head_end].lower()
    start, end = a.start, a.end
    if head in _COUNT_HEADS:  # "thousands of militiamen": the militiamen
        m = _of_phrase(ix, a)
        if m is not None:
            words = _WORD.findall(m.group(1))
            for i, w in enumerate(words):
                if w.lower() in _GROUPS or w.lower() in _PERSON_NOUNS:
                    head = w.lower()
                    end = a.end + m.start(1) - a.end + sum(len(x) + 1 for x in words[:i]) + len(w)
                    if ix.text[a.head_start:a.head_end].lower() not in _COUNTING:
                        start = m.start(1)  # "many of the inhabitants": the inhabitants (a part of them)
                    break
    if a.pronoun is not None or a.role not in ("source", "target") or a.possessive or not getattr(a, "own", True):
        return None  # (a subject borrowed from a governing clause is too weak a clue for a mere description)
    if head not in _PERSON_NOUNS and head not in _TITLES and head not in _GROUPS and not _named_group(ix, a) \
            and not _untagged_name(ix, a) and not _untagged_place(ix, a) and not _named_event(ix, a) \
            and not (speech and a.subject and a.role == "source" and head in DOCUMENT_NOUNS):
        return None
    tail = _OF_NAME.match(ix.text, end)  # "a Chief of Mission", "the spokesman of the Foreign Office"
    if tail is not None and tail.end() - end < 60:
        end = tail.end()
    phrase = ix.text[start:end]
    m = _DESCRIPTION_DROP.match(phrase)
    start += m.end() if m else 0
    if start >= end:
        return None
    return Described(a.role, start, end, ix.text[start:end])


def _described_antecedent(ix: _DocIndex, a: Arg, heads: frozenset = _PERSON_NOUNS,
                          past_names: bool = True) -> Optional[Described]:
    """The subject before pronoun ``a``, in its window, that describes a person by role or office and
    names nobody ("our informant") -- or, with ``heads``, a body ("the rebels", "the fleet") -- as a
    description in ``a``'s role; or None. Without ``past_names``, only the nearest subject counts, named
    or not ("the rebels gathered ... They": a name further back is not what the pronoun takes up)."""
    lo = ix.sentence_window_start(a.start)
    for s, e in reversed(ix.subjects_between(lo, a.start)):
        if e > a.start:
            continue
        head = _head_of(ix.text, s, e)
        if any(m.start <= head[0] and head[1] <= m.end for m in ix.overlapping(s, e)):
            if past_names:
                continue
            return None  # (a name heads it; a name that only qualifies it, "my British colleague", does not)
        if ix.text[head[0]:head[1]].lower() not in heads:
            return None  # (only the nearest subject: an older one has been displaced by it)
        return _description(ix, Arg(a.role, s, e, *head, ix.text[s:e]))
    return None


#: A sentence that opens on a talk with someone: "During a long talk this morning with the Head of X ...,".
_TALK_WITH = re.compile(r"\s*(?:In|During)\s+(?:a|the|my|our|an)\s+(?:\w+\s+){0,2}?(?:conversation|talk|interview|"
                        r"conference|discussion)\s+(?:\w+\s+){0,2}?with\s+")


def _interlocutor(ix: _DocIndex, a: Arg) -> "Optional[Mention | Described]":
    """The one the writer talked with, when the sentence opens on that talk and "he" is the first subject after
    it ("During a talk this morning with the Head of the Northern Section about X ..., he remarked"): a person
    named or described right after "with", not whoever the talk was about."""
    i = bisect_right(ix.sent_starts, a.start) - 1
    if i < 0:
        return None
    s0 = ix.sentences[i][0]
    m = _TALK_WITH.match(ix.text, s0)
    if m is None or any(s0 <= s < a.start for s, _ in ix.subjects_between(s0, a.start)):
        return None
    named = [x for x in ix.overlapping(m.end(), m.end() + 1) if x.start == m.end() and x.label == "PERSON"]
    if named:
        return named[0]
    words = _WORD.findall(ix.text, m.end(), min(a.start, m.end() + 40))
    head = next((w for w in words if w.lower() not in ("the", "a", "an")), "")
    if head.lower() not in _PERSON_NOUNS:
        return None
    after = ix.text.find(head, m.end()) + len(head)
    tail = _OF_NAME.match(ix.text[after:after + 80])  # ("the Head of the Northern Section")
    end = after + (tail.end() if tail is not None else 0)
    start = m.end() + (4 if ix.text.startswith("the ", m.end()) else 0)
    return Described(a.role, start, end, ix.text[start:end])


def _named_in_apposition(ix: _DocIndex, f: EventFrame, a: Arg) -> bool:
    """Another argument of the same role, a name standing right after ``a`` ("the envoy Smith", "the
    general, Lord Hale,"), says who ``a`` is."""
    return any(b is not a and b.role == a.role and b.pronoun is None and a.end <= b.start
               and not ix.text[a.end:b.start].strip(" ,") and _arg_mentions(ix, b) for b in f.args)


def _roles(ix: _DocIndex, f: EventFrame, described: Optional[list] = None
           ) -> tuple[list[str], list[str], Optional[str], bool]:
    """source ids, target ids, place id, and whether a pronoun was needed. ``described`` (when given)
    receives the participants only described ("my informant") for the roles no entity fills."""
    source: list[str] = []
    target: list[str] = []
    places: list[tuple[int, str]] = []
    used_pronoun = False
    resolved: list[tuple[Arg, list]] = []
    unnamed: list[Arg] = []
    for a in f.args:
        if a.pronoun is None:
            ms = _arg_mentions(ix, a)
            if not ms and a.role in ("source", "target") and _named_in_apposition(ix, f, a):
                pass  # "the envoy Smith returned": the name beside the office says who, no antecedent needed
            elif not ms and a.role in ("source", "target"):
                back = _definite_antecedent(ix, a)
                if back is None:
                    back = _titled_antecedent(ix, a)
                    if back is not None:  # "I asked the Minister ... He said": the office, as a name
                        ix.add_resolved(Mention(back.document, a.start, a.end, a.text, "PERSON",
                                                entity=back.entity, rule="events.person"))
                if back is None:
                    back = _bare_title_antecedent(ix, a)
                if back is None:
                    back = _descriptor_antecedent(ix, a)
                if back is None:
                    back = _place_antecedent(ix, a)
                ms = [back] if back is not None else _pair_antecedents(ix, a)
                if not ms:
                    unnamed.append(a)
            resolved.append((a, ms))
    named = {_entity_of(m) for _, ms in resolved for m in ms}
    for a in f.args:
        if a.pronoun is not None:
            if a.possessive and not a.subject and any(b.subject for b in unnamed):
                continue  # "the lawyer defended his client": "his" is the (unnamed) subject's own
            same_role = {_entity_of(m) for b, ms in resolved if b.role == a.role for m in ms}  # ("I" is an id)
            excluded = (named - same_role) if not a.possessive else set()
            talked = _interlocutor(ix, a) if a.subject and a.pronoun in ("he", "she") else None
            if isinstance(talked, Described) and described is not None:
                if not any(x.role == talked.role for x in described):
                    described.append(talked)  # "During a talk with the Head of X ..., he remarked"
                continue
            body = None
            if talked is None and described is not None and a.subject and a.pronoun in ("they", "it"):
                # "the rebels gathered in the hills. They attacked"; "the fleet sailed. It bombarded" (a body
                # named in the singular for "it")
                body = _described_antecedent(ix, a, _GROUPS if a.pronoun == "they" else _SINGULAR_GROUPS,
                                             past_names=False)
            if body is not None and not any(x.role == body.role for x in described):
                described.append(body)
            # (for "they", the side named before stays a candidate: "the troops" are often its own)
            r = talked if talked is not None else _resolve_pronoun(ix, a, excluded)
            if r is not None and talked is None and described is not None and a.subject \
                    and a.pronoun in ("he", "she") and isinstance(r, Mention):
                nearer = _described_antecedent(ix, a, past_names=False)
                if nearer is not None and r.end <= nearer.start and ix.sentence_window_start(a.start, back=0) \
                        <= nearer.start and not any(x.role == nearer.role for x in described):
                    # "My British colleague informs me that he saw ...": the person just described as the
                    # sentence's subject, not a name told before it
                    described.append(nearer)
                    continue
            if r is None and described is not None and a.subject and a.pronoun in ("he", "she"):
                # "our informant (...) is aware ... He said": a "he" with no name before it is the person
                # last described as a subject, by role or office
                d = _described_antecedent(ix, a)
                if d is not None and not any(x.role == d.role for x in described):
                    described.append(d)
            if r is not None:
                used_pronoun = True
                resolved.append((a, [r]))
                if isinstance(r, Mention) and (a.subject or (a.pronoun in PRONOUNS_PERSON and _subject_pronoun(ix, a))):
                    person = a.pronoun in PRONOUNS_PERSON or a.pronoun in PRONOUNS_ORDINAL
                    ix.add_resolved(Mention(r.document, a.start, a.end, a.text, "PERSON" if person else r.label,
                                            entity=r.entity, rule="events.person" if person else "events.pronoun"))
                    if a.main:
                        insort(ix.main, (a.start, a.end))
                    insort(ix.subjects, (a.start, a.end))
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
            elif a.role == "place" or (label not in ACTOR_LABELS
                                       and not (label in PLACE_LABELS and f.type in _PLACE_UNDERGOERS)
                                       and not (label == "LOC" and a.role == "source" and a.subject)
                                       and not (label == "LOC" and a.role == "target" and f.type in _BETWEEN_SIDES)
                                       and not (label == "EVENT" and _hangs_on_trigger(a))):
                continue  # (a fortress or a bridge taken or shelled is what the act was done to; a region that
                # acts as the subject, "North Vietnam supplied troops", is its government, whatever the NER said,
                # and so is one that aid, a demand or a sanction is addressed to: "cut aid to South Vietnam")
            elif a.role == "source" and ent not in source:
                source.append(ent)
            elif a.role == "target" and ent not in target:
                target.append(ent)
    target = [t for t in target if t not in source]
    if described is not None:
        for a in unnamed:
            if (a.role == "source" and source) or (a.role == "target" and target):
                continue  # a named participant fills the role: the description never displaces it
            d = _description(ix, a, speech=f.type in _SPOKEN_TYPES)
            if d is not None and not any(x.role == d.role for x in described):
                described.append(d)
    place = min(places)[1] if places else _place_object(ix, f)
    return source, target, place, used_pronoun


def _object_is_place(ix: _DocIndex, f: EventFrame) -> bool:
    """The verb's object is a name the corpus knows as a place, and no object names an actor."""
    labels = {m.label for a in f.args if getattr(a, "obj", False) and a.pronoun is None for m in _arg_mentions(ix, a)}
    return bool(labels & PLACE_LABELS) and not (labels & {"PERSON", "NORP", "ORG"})


def _own_errand(ix: _DocIndex, f: EventFrame) -> bool:
    """A journey a commander makes on his own account, not his army's: the writer's own trip ("I returned
    ..."), or one with an errand that is no place ("returned to Paris for the funeral", "for treatment",
    "to see his doctors"; a journey made to fight is a troop movement already)."""
    return f.errand or any(a.subject and a.pronoun in PRONOUNS_FIRST for a in f.args) or any(
        a.prep == "for" and a.pronoun is None and not (set(m.label for m in _arg_mentions(ix, a)) & PLACE_LABELS)
        for a in f.args)


def _subject_is_place(ix: _DocIndex, f: EventFrame) -> bool:
    """The verb's subject is a name the corpus knows as a place (see ``EventFrame.place_subject``)."""
    labels = {m.label for a in f.args if a.subject and a.pronoun is None for m in _arg_mentions(ix, a)}
    return bool(labels & PLACE_LABELS) and not (labels & {"PERSON", "NORP", "ORG"})


def _place_object(ix: _DocIndex, f: EventFrame) -> Optional[str]:
    """A journey's place named right after its verb ("left Nanking", "reached Hankow").

    The parser sometimes misreads a rare place name after a motion verb (as a verb of its own), so
    the argument never reaches the frame; the resolved mention standing directly after the trigger
    is the journey's place all the same.
    """
    if f.type != "TRAVEL":
        return None
    for m in ix.overlapping(f.trigger_end, f.trigger_end + 2):
        if m.label in PLACE_LABELS and m.start > f.trigger_end and not ix.text[f.trigger_end:m.start].strip():
            return m.entity
    return None


def _in_pieces(t: Timex, pieces: list[tuple[int, int]]) -> bool:
    return any(s <= t.start and t.end <= e for s, e in pieces)


def _usable(t: Timex) -> bool:
    """A date or time with a calendar value: "1937-11-26", "1937-W52", "BC0221" (221 BC); not "PRESENT_REF"."""
    v = t.value or ""
    return t.type in ("DATE", "TIME") and (v[:1].isdigit() or (v.startswith("BC") and v[2:3].isdigit()))


def _split_coordinated(t: Timex) -> list[str]:
    """One timex for "November 26 and 28": one value per day named."""
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", t.value) or not re.search(r"\band\b|&|,", t.text):
        return [t.value]
    days = [int(d) for d in _DAYS_AND.findall(t.text) if 1 <= int(d) <= 31]
    if len(days) < 2:
        return [t.value]
    return [f"{t.value[:8]}{d:02d}" for d in dict.fromkeys(days)]


def _clause_dates(ix: _DocIndex, pieces, trigger: int, text: str, skip=()) -> list[tuple[str, Timex]]:
    ts = [t for s, e in pieces for t in ix.usable_between(s, e) if t.end <= e
          and not any(a < t.end and t.start < b for a, b in skip)]
    if not ts:
        return []
    stated = [t for t in ts if not _counts_off_a_thing(t, text)]
    if stated:  # "On 27 June, three months before the offensive, X ...": the offset is counted from the
        ts = stated  # offensive (the time stage counted it from the story's time), the stated day is the clause's
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
    if len(best) > 1 and _RANGE_BEFORE.search(text[max(0, best[0].start - 12):best[0].start]):
        best = best[:1]  # "between May 8 and May 23", "from 8 to 23 May": one span of time, dated by its start
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


@lru_cache(maxsize=1)
def _reference_keywords() -> frozenset:
    """Optional keywords ``time.reference_time_at`` accepts (the time stage may add some)."""
    try:
        params = inspect.signature(time_stage.reference_time_at).parameters
    except (TypeError, ValueError):
        return frozenset()
    return frozenset(n for n, p in list(params.items())[2:] if p.default is not inspect.Parameter.empty)


#: "despite the fall of Pressburg in": the opening of a concessive phrase, up to a date inside it
_CONCEDING = re.compile(r"\b(?:despite|notwithstanding|in\s+spite\s+of)\b[^,;.]*$", re.I)

#: "until early 1920", "up to 1789", "from May 1948 to January 1949": the end of a stretch of time, told
#: before the story gets there
_UNTIL = re.compile(r"\b(?:until|till|up\s+to|(?<=\d)\s+to)\s+(?:the\s+)?(?:early|late|mid-?|end\s+of\s+)?\s*$", re.I)

#: a telegram passing on another's message: "Following for the Navy from Captain Reyes."
_RELAY = re.compile(r"\bFollowing\b[^.\n:]{0,80}?\bfrom (?P<who>[^.\n:]{3,60}?)[.:]\s")
#: The author named in the sentence that introduces a quoted message ("Ambassador Johnson telegraphed from Hankow in
#: part as follows:"): its "I" and "me" are the author's, up to the end of the quotation (``time.messages``).
_QUOTING_AUTHOR = re.compile(r"(?P<who>[A-Z][^.\n:;]{1,60}?)\s+(?:has\s+)?(?:telegraphed|telegraphs|cabled|cables|wired|"
                             r"wires|wrote|writes|reported|reports)\b[^.\n:;]{0,60}?\bas follows:\s*")


#: A heading: a short line of its own, capitalised, with no sentence's closing punctuation (the time stage's).
_HEADING = time_tagger.HEADING


def _section_year(ix: _DocIndex, pos: int, ref: str, src: Optional[Timex]) -> Optional[str]:
    """The year a new section is set in, when a heading stands between ``pos`` and the date the story
    last reached and the section, up to the end of ``pos``'s paragraph, names a year of its own (one
    the time stage may have taken for a flashback, which did not move the story there).

    Why: a history's sections each tell one strand (a heading "War at sea" after two paragraphs on 1917,
    then the raiders of the war's first months, dated "in June 1915" further on): the time carried over
    the heading is another strand's, and the paragraph's own year is the better guess. Only the year is
    taken, as inherited; a section that goes on in the same year keeps the finer time carried over."""
    k = bisect_right(ix.headings, pos) - 1
    if k < 0 or (src is not None and src.start > ix.headings[k]) or ix.paragraph_at(pos) <= ix.headings[k]:
        return None
    # (not a date the time stage set aside as no time of the story: "had been allied since 1690" opening a
    # section looks back to where a state began, and the section's deeds come long after)
    def told(lo: int, hi: int) -> list[Timex]:
        return [t for t in ix.usable_between(lo, hi) if not (t.rule or "").startswith("aside:")]
    before = [t for t in told(ix.headings[k], pos) if _YEAR_OF.match(t.value or "")]
    if before:  # the section's own last date, which the time stage took for a flashback
        return before[-1].value
    end = ix.text.find("\n", pos)
    year = _first_year(told(pos, end if end > 0 else len(ix.text)))
    return None if year is None or ref.startswith(year) else year


def _year_before_next_day(ix: _DocIndex, pos: int, ref: str) -> Optional[str]:
    """The year of the paragraph's next day or month when it comes before the year the story has (known only
    as a year: a heading "The Diet of 1848"). A narrative tells its days in order, so a deed told before
    "20 November" (1847, the time stage found by the spring of 1848 that follows) happened by then."""
    story = time_anchor.parse(ref)
    if story is None or story.month is not None:
        return None
    end = ix.text.find("\n", pos)
    for t in ix.usable_between(pos, end if end > 0 else len(ix.text)):
        day = time_anchor.parse(t.value)
        if day is not None and day.month is not None and not time_stage.is_flashback(t):
            return time_anchor.fmt_year(day.year) if day.year < story.year else None
    return None


def _first_year(timexes: list[Timex]) -> Optional[str]:
    """The year of the first of ``timexes`` whose value has one."""
    return next((m.group(0) for t in timexes for m in [_YEAR_OF.match(t.value or "")] if m), None)


def _reference_time(ix: _DocIndex, pos: int) -> Optional[str]:
    """The narrative's current time at ``pos``; a dated letter's date and text go along when the
    time stage asks for them (so that its present stays the letter's date)."""
    return ix.reference_time(pos)


_YEAR_OF = re.compile(r"^(?:BC)?\d{4}")
#: The month of a value that names a day ("1965-03-02" -> "1965-03").
_MONTH_OF = re.compile(r"^(?:BC)?\d{4}-\d{2}(?=-\d{2})")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_SEASON_MONTHS = {"SP": (3, 4, 5), "SU": (6, 7, 8), "FA": (9, 10, 11), "WI": (12, 1, 2)}


def _in_season(value: str, season: str) -> bool:
    """A month or day of the story that lies in the season a clause names (a winter spans the turn of
    the year, named by either of its years)."""
    m, s = re.match(r"^(\d{4})-(\d\d)", value), _SEASON.match(season)
    if not m or not s:
        return False
    year, month, syear = int(m.group(1)), int(m.group(2)), int(s.group(1))
    if month not in _SEASON_MONTHS[s.group(2)]:
        return False
    return year == syear or (s.group(2) == "WI" and month == 12 and year in (syear, syear - 1))


#: A clause placed by another event the text has told ("at the same time as the siege in the north, the
#: allies attacked ...", "responded to the invasion by ..."): the anchor's noun, and the stems of the
#: triggers that tell such an event.
_ANCHOR_NOUNS = {
    "invasion": ("invad", "invasion"), "attack": ("attack",), "offensive": ("offensive", "attack"),
    "battle": ("battle", "fought", "fight", "invad", "attack"),
    "siege": ("besieg", "siege", "bottl", "encircl", "surround", "invest"),
    "fall": ("fell", "fall", "captur", "took", "taken"), "capture": ("captur", "took", "taken", "seiz"),
    "assassination": ("assassinat", "kill", "murder"), "massacre": ("massacr", "kill"),
    "landing": ("land",), "surrender": ("surrender", "capitulat"), "armistice": ("armistice", "sign"),
    "occupation": ("occup",), "blockade": ("blockad",), "bombardment": ("bombard", "shell"),
    "coup": ("coup", "overthr", "toppl"), "uprising": ("upris", "rose", "revolt", "rebel"),
    "revolt": ("revolt", "upris", "rebel"), "rebellion": ("rebel", "revolt", "upris"),
    "arrest": ("arrest", "detain", "detent"), "execution": ("execut",), "resignation": ("resign",),
}
#: "the siege of Prague", "their invasion": the anchor's phrase (group 2: its noun)
_ANCHOR_PHRASE = (r"(?:the|its|his|her|their)\s+((?:[\w'-]+\s+){0,2}?)(" + "|".join(_ANCHOR_NOUNS)
                  + r")\b((?:\s+(?:in|of|on|at)\s+[A-Z][\w'-]*)?)")
_ANCHOR = re.compile(r"\b(?:at\s+the\s+same\s+time\s+as|during|in\s+response\s+to|in\s+the\s+wake\s+of|"
                     r"in\s+retaliation\s+for|respond(?:ed|ing|s)?\s+to)\s+" + _ANCHOR_PHRASE, re.I)
#: "defended his client after his arrest": in a dated report, a clause the text places after an earlier
#: event it told is nearer that event's time than the report's own day (a history's story time is nearer)
_AFTER_ANCHOR = re.compile(r"\b(?:(?:soon|shortly|just)\s+)?(?:after|following)\s+" + _ANCHOR_PHRASE, re.I)
_ANCHOR_TYPES = {"siege": {"COERCE"}, "blockade": {"COERCE"}, "occupation": {"COERCE"}, "landing": {"MOBILIZE"},
                 "surrender": {"RETREAT"}, "armistice": {"AGREE"}, "arrest": {"COERCE"}, "execution": {"ASSAULT"},
                 "resignation": {"RETREAT", "CONCEDE"}}


def _anchored_date(ix: _DocIndex, f: EventFrame, events: list[Event], report_day: bool = False
                   ) -> Optional[tuple[str, bool]]:
    """The date of the earlier event a clause is placed by, when the text told it and dated it: the last
    one before this sentence (within a few paragraphs) whose trigger tells that kind of event, or of that
    type with a participant the anchor names; and whether the frame is the anchor's own noun (a recall).
    The anchor may sit in the clause or in the one it hangs on ("responded to the invasion by supporting").
    With ``report_day`` (the clause would otherwise take a dated report's own day), "after his arrest"
    anchors too."""
    text = ix.text
    if not text:
        return None
    spans = list(f.pieces) + [p for pieces, _ in getattr(f, "outer", []) for p in pieces]
    anchors = (_ANCHOR, _AFTER_ANCHOR) if report_day else (_ANCHOR,)
    m = next((m for pattern in anchors for s, e in spans for m in pattern.finditer(text, s, e)), None)
    if m is None:
        return None
    own_noun = m.start(2) <= f.trigger_start < m.end(2)
    date = _told_before(ix, f, events, m)
    return (date, own_noun) if date is not None else None


def _told_before(ix: _DocIndex, f: EventFrame, events: list[Event], m: re.Match) -> Optional[str]:
    """The date of the last event before ``f``'s sentence (within a few paragraphs) of the kind the anchor
    match ``m`` names (group 2: its noun): one whose trigger tells that kind of event, or one of that type
    with a participant the anchor names ("the siege of Prague")."""
    noun = m.group(2).lower()
    stems, types = _ANCHOR_NOUNS[noun], _ANCHOR_TYPES.get(noun, {"ASSAULT"})
    named = {x.entity for x in ix.overlapping(m.start(), m.end()) if x.entity}
    for e in reversed(events):
        if e.document != f.document or e.trigger_start >= f.sentence_start:
            continue
        if e.trigger_start < f.sentence_start - 4000:
            break
        if e.date is None or not _told_as_fact(e):
            continue
        trig = e.trigger.lower()
        parties = set(e.source + e.target + [e.place or ""])
        involved = named & parties
        places = ix.place_entities()
        elsewhere = bool(named & places) and not (named & places & parties) and bool(parties & places)
        if (trig.startswith(stems) and not elsewhere) or (e.type in types and involved):
            return e.date  # ("the fall of Hall" is not the fall of another town told before)
    return None


#: "two weeks after the siege of Prague began": an offset counted from an event the text told before
_COUNTED_FROM = re.compile(r"\s+" + _ANCHOR_PHRASE, re.I)


def _counted_from_event(ix: _DocIndex, f: EventFrame, events: list[Event]) -> Optional[tuple[str, Timex, bool]]:
    """The date an offset phrase gives when it counts from an earlier event ("Two weeks after the siege of
    Prague began, the cavalry took the town"): that event's date moved by the offset; and whether the frame
    is the anchor's own noun (the siege recalled, not a new one). The time stage counted the offset from the
    story's time, which it had to, knowing no events (or left it unknown, "1648-WXX")."""
    if not ix.text:
        return None
    spans = list(f.pieces) + [p for pieces, _ in getattr(f, "outer", []) for p in pieces]
    lo, hi = bisect_left(ix.timex_starts, f.sentence_start), bisect_left(ix.timex_starts, f.sentence_end)
    for tx in ix.timexes[lo:hi]:  # (the clause and the clauses it hangs on lie in its sentence)
        if not (tx.rule or "").endswith("later-earlier"):
            continue
        if not (any(s <= tx.start < e for s, e in spans) or f.sentence_start <= tx.start < f.trigger_start):
            continue  # (in the clause, or opening the sentence: "Two weeks after the siege began, X took ...")
        m = _COUNTED_FROM.match(ix.text, tx.end)
        if m is None:
            continue
        base = _told_before(ix, f, events, m)
        value = time_stage.offset_from(tx.text, base) if base is not None else None
        if value is not None:
            return value, tx, m.start(2) <= f.trigger_start < m.end(2)
    return None


def _told_as_fact(e: Event) -> bool:
    return e.polarity == "positive" and e.modality in ("asserted", "reported")


#: what follows an offset counted off a thing, not off a date: "two days after [the army crossed]"
_THING_AFTER = re.compile(r"\s+(?:the|a|an|his|her|its|their|[A-Z])")
_OFFSET_END = re.compile(r"\b(after|before)$", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:.()]")


def _counts_off_a_thing(t: Timex, text: str) -> bool:
    """"two days after" followed by the thing it counts from ("after the army invaded"), not by a date."""
    return bool((t.rule or "").endswith("later-earlier") and _OFFSET_END.search(t.text)
                and _THING_AFTER.match(text, t.end))


def _counted_back(ix: _DocIndex, f: EventFrame) -> Optional[tuple[str, Timex]]:
    """The date of a deed an offset counts from, when the sentence states the day it is counted to: "On 27
    June, two days after the army invaded, X ...": the invasion was two days before 27 June. The deed's verb
    must follow the offset in the same clause ("two days after the army invaded"), and the stated day must be
    the sentence's own, outside that clause."""
    text = ix.text
    lo, hi = bisect_left(ix.timex_starts, f.sentence_start), bisect_left(ix.timex_starts, f.sentence_end)
    sent = ix.timexes[lo:hi]
    for tx in sent:
        if not _counts_off_a_thing(tx, text) or not (tx.end < f.trigger_start <= tx.end + 60) \
                or _CLAUSE_BREAK.search(text, tx.end, f.trigger_start):
            continue
        days = [t for t in sent if t.anchor == "explicit" and not (t.rule or "").endswith("later-earlier")
                and not tx.start <= t.start < f.trigger_end and time_stage.parse(t.value) is not None]
        if not days:
            return None
        day = min(days, key=lambda t: abs(t.start - tx.start))
        flipped = _OFFSET_END.sub(lambda m: "before" if m.group(1).lower() == "after" else "after", tx.text)
        value = time_stage.offset_from(flipped, day.value)
        return (value, tx) if value is not None else None
    return None


def _vague_offset(ix: _DocIndex, f: EventFrame) -> Optional[tuple[str, Timex]]:
    """"A few months later the allies attacked": the clause happened some way past the story's time, in the
    month or year that offset reaches (the timex itself stays FUTURE_REF, as TimeML has it). The phrase is in
    the clause (before or after the verb: "X joined the war a few weeks later"), or opens its sentence."""
    lo, hi = bisect_left(ix.timex_starts, f.sentence_start), bisect_left(ix.timex_starts, f.sentence_end)
    for tx in ix.timexes[lo:hi]:
        if tx.value not in ("FUTURE_REF", "PAST_REF"):
            continue
        if not (any(s <= tx.start < e for s, e in f.pieces) or (f.sentence_start == tx.start
                                                                 and tx.start < f.trigger_start)):
            continue  # ("... joined the alliance a few weeks later": the clause's own phrase, after the verb too)
        ref = _reference_time(ix, tx.start)
        value = time_stage.vague_offset_from(tx.text, ref) if ref else None
        if value is not None:
            return value, tx
    return None


def _dates(ix: _DocIndex, f: EventFrame) -> list[tuple[Optional[str], Optional[Timex], Optional[str]]]:
    """[(value, timex, certainty)] — several when the clause names coordinated dates."""
    back = _counted_back(ix, f)
    if back is not None:
        return [(back[0], back[1], "stated")]
    own = _clause_dates(ix, f.pieces, f.trigger_start, ix.text, f.argument_dates)
    if not own and getattr(f, "before_clause", False):
        # "On 2 March, following an attack on the barracks, X ...": the attack came first, in that month or
        # before; the month is the closest the clause's day can say
        return [(_MONTH_OF.match(v).group(0) if v and _MONTH_OF.match(v) else v, t,
                 "approximate" if how == "stated" else how) for v, t, how in _borrowed_dates(ix, f)]
    return _borrowed_dates(ix, f, own)


def _borrowed_dates(ix: _DocIndex, f: EventFrame, own=None) -> list[tuple[Optional[str], Optional[Timex], Optional[str]]]:
    """A frame's dates (see ``_dates``): the clause's own (``own``), else a vague offset's, the clauses' around it or
    the story's time."""
    if own:
        if len(own) == 1 and _SEASON.match(own[0][0]):
            ref = _reference_time(ix, f.trigger_start)
            if ref and _in_season(ref, own[0][0]):  # "in December ... entered winter quarters": December
                return [(ref, own[0][1], "stated")]
        return [(v, t, "approximate" if t.mod == "APPROX" else "stated") for v, t in own]
    vague = _vague_offset(ix, f)
    if vague is not None:
        return [(vague[0], vague[1], "approximate")]
    for pieces, how in getattr(f, "outer", []):
        if how == "inherited" and getattr(f, "perfect", False):
            break  # "said on May 2 that he had met X": the meeting was before May 2
        got = _clause_dates(ix, pieces, f.trigger_start, ix.text, f.record_dates)
        if got:
            return [(v, t, how) for v, t in got]
    if getattr(f, "nominal", False) and not (not ix.date and f.type in _NARRATED_NOUN_TYPES and f.rule.endswith(":noun")):
        # "the envoy's note": when, the phrase and its clause do not say. (In a narrative history, "a
        # landing near the port", "the arrest of the editors" tell the story's own deeds: its current time.)
        return [(None, None, None)]
    if (getattr(f, "perfect", False) or (getattr(f, "habitual", None) and f.type in _FORCE_TYPES)) and not ix.date:
        # a history's "the court had abandoned the capital": before the story's time, by how much the text
        # does not say; its year is the closest the annals can come (a letter's "had met" stays undated:
        # the letter's own days are too fine a clock for it); so is it for blows or moves made again and
        # again in the story's time ("forced them to fall back repeatedly"; "repeatedly warned" stays undated)
        ref = _reference_time(ix, f.trigger_start)
        year = _YEAR_OF.match(ref or "")
        return [(year.group(0), None, "inherited")] if year else [(None, None, None)]
    if getattr(f, "perfect", False) or getattr(f, "habitual", None):
        # "had met": before the current time, by how much the text does not say;
        # "repeatedly warned": many occasions, none of them the current one
        return [(None, None, None)]
    if f.present and f.modality == "asserted" and ix.date:
        return [(ix.date, None, "inherited")]  # "Mr. Davis confirms": now, at the time of writing
    ref = _reference_time(ix, f.trigger_start)
    k = bisect_right(ix.timex_starts, f.trigger_start)
    while ref and k and any(a < ix.timexes[k - 1].end and ix.timexes[k - 1].start < b for a, b in f.argument_dates) \
            and _CONCEDING.search(ix.text, max(f.sentence_start, ix.timexes[k - 1].start - 80),
                                  ix.timexes[k - 1].start):
        # "Despite the fall of Pressburg in August, the army attacked": a date the clause set aside as another
        # thing's own is no time the story has reached; the time before it is
        k -= 1
        ref = _reference_time(ix, ix.timexes[k].start - 1)
    subj = next((a for a in f.args if a.subject and getattr(a, "own", True) and a.end <= f.trigger_start), None)
    if ref and subj is not None:
        k = bisect_right(ix.timex_starts, f.trigger_start)
        if k and subj.end <= ix.timexes[k - 1].start and not _in_pieces(ix.timexes[k - 1], f.pieces):
            # "X, who first met Y in 2005, paid tribute": a date said in a clause that describes the
            # subject is no time of the main clause's deed; the time before it is
            ref = _reference_time(ix, subj.start)
    if ref:
        src = ix.last_with_value(bisect_right(ix.timex_starts, f.trigger_start), ref)
        if src is not None and src.start >= f.sentence_start and _counts_off_a_thing(src, ix.text):
            # "On 12 May, two days after the rebels crossed, X sent ...": the offset is counted from another
            # deed (the time stage counted it from the story's time); the day stated before it is the clause's
            back = _reference_time(ix, src.start - 1)
            if back:
                ref, src = back, ix.last_with_value(bisect_right(ix.timex_starts, src.start - 1), back)
        if src is not None and not ix.date and _UNTIL.search(ix.text, max(0, src.start - 20), src.start) \
                and src.start < ix.sentence_window_start(f.trigger_start, back=0):
            # "Success continued until early 1920. Battles erupted ...": a bound told in an earlier sentence
            # is no time the story has reached ("held on until the spring, and then withdrew" goes on from it)
            ref = _reference_time(ix, src.start - 1)
            if not ref:
                return [(None, None, None)]
            src = ix.last_with_value(bisect_right(ix.timex_starts, src.start - 1), ref)
        para = ix.paragraph_at(f.trigger_start)
        if para in ix.digression and (src is None or src.start < para):
            return [(None, None, None)]  # background: the story's current time is not its date
        if not ix.date:
            year = _section_year(ix, f.trigger_start, ref, src) or _year_before_next_day(ix, f.trigger_start, ref)
            if year:
                return [(year, None, "inherited")]
        return [(ref, src, "inherited")]
    if ix.date:
        return [(ix.date, None, "inherited")]
    year = _first_year_ahead(ix, f.trigger_start)
    if year:
        return [(year, None, "inherited")]
    day = _last_yearless(ix, f)
    return [(day.value, day, "stated" if _in_pieces(day, f.pieces) else "inherited")] if day else [(None, None, None)]


def _last_yearless(ix: _DocIndex, f: EventFrame) -> Optional[Timex]:
    """In a text that names no year at all, the story still moves by month and day: the clause's own
    year-less date, else the last one told before it ("XXXX-09-10", as TimeML writes a day of an unknown
    year) — closer to what the text says than no date."""
    own = [t for s, e in f.pieces for t in ix.timexes[bisect_left(ix.timex_starts, s):bisect_left(ix.timex_starts, e)]
           if t.type == "DATE" and time_stage.is_yearless(t.value)]
    if own:
        return min(own, key=lambda t: abs(t.start - f.trigger_start))
    before = ix.timexes[:bisect_right(ix.timex_starts, f.trigger_start)]
    return next((t for t in reversed(before) if t.type == "DATE" and time_stage.is_yearless(t.value)), None)


def _first_year_ahead(ix: _DocIndex, pos: int) -> Optional[str]:
    """Before a narrative has named any date (an excerpt that starts in the middle of a story): the
    year of the first date it names after ``pos``, the closest the text comes to saying when."""
    return _first_year(ix.usable[bisect_left(ix.usable_starts, pos):])


def _scene_date(ix: _DocIndex, f: EventFrame, events: list[Event], people: set[str],
                described: Optional[list] = None) -> Optional[list]:
    """In a dated letter whose narration stays at the letter's date: a clause with no date of its own
    that goes on with the people of an event the narrator dated earlier in the same paragraph belongs
    to that scene ("I dined with a friend last evening ... He stated to me that ...")."""
    para = ix.paragraph_at(f.trigger_start)
    para = ix.paragraph_at(para - 1) if para > 0 else para  # a short paragraph may go on with the last one's scene
    for e in reversed(events):
        if e.document != f.document or e.trigger_start < para:
            break
        if e.date and e.modality == "asserted" and (e.date_certainty == "stated" or (
                e.date_certainty == "inherited" and e.date != ix.date and e.timex is not None)) \
                and (people & (set(e.source) | set(e.target))  # the narrator's scene, not one reported
                     or (not people and _same_described(described, e.described))):  # (an unnamed visitor's)
            tx = ix.timexes_by_index.get(e.timex) if e.timex is not None else None
            if tx is not None and tx.start in ix.flashback:
                continue  # "which I had sent him on May 3": a look back, not the scene going on
            if e.trigger_start in ix.relative:
                continue  # "X, who first met him in 2005, said": a description of X, not the scene
            if e.rule.endswith(":noun") and not _SCENE_OPENER.match(
                    ix.text, ix.sentence_window_start(e.trigger_start, back=0), e.trigger_start):
                continue  # "he referred to his conversation of three weeks ago": a talk recalled, not the scene
                # (one that opens the sentence sets it: "During my talk with him yesterday, ...")
            return [(e.date, tx, "inherited")]
    return None


#: What may stand before a noun that sets a scene: the opening of its sentence, a preposition and its determiner
#: ("In the course of a conversation", "During my talk", "At the meeting").
_SCENE_OPENER = re.compile(r"[\s\d.()\[\]]*(?:(?:in|during|at|after|on|following|before|since|upon)\s+)"
                           r"(?:[\w’'-]+\s+){0,5}$", re.I)


def _same_described(ours: Optional[list], theirs: list) -> bool:
    """Two events share an unnamed participant when its phrases share a head word ("a visitor" ... "the
    visitor"); "rescuers" do not go on with a scene of "a flotilla"."""
    return bool(_head_words(ours) & _head_words(theirs))


def _head_words(described: Optional[list]) -> set[str]:
    return {d.text.lower().rsplit(" ", 1)[-1].rstrip("s") for d in described or ()}


#: Verbs a body's sitting is told by: "measures were discussed but not agreed upon".
_DELIBERATION = {"discuss", "debate", "deliberate", "consider", "examine", "agree", "approve", "adopt", "accept",
                 "reject", "decide", "ratify", "endorse", "sanction"}


def _deliberating_body(ix: _DocIndex, events: list[Event], f: EventFrame) -> Optional[Event]:
    """For a passive with no agent that tells a deliberation ("various measures were discussed"),
    the event of the same paragraph in which a named body last deliberated: its sitting."""
    para = ix.paragraph_at(f.trigger_start)
    labels = {m.entity: m.label for m in ix.overlapping(para, f.trigger_start)}
    for e in reversed(events):
        if e.document != f.document or e.trigger_start < para:
            break
        if e.type in ("CONSULT", "AGREE", "REJECT") and e.source and e.polarity == "positive" \
                and all(labels.get(s) == "ORG" for s in e.source):
            return e
    return None


def _previous_date(events: list[Event], f: EventFrame) -> Optional[list]:
    """The stated date of the event told just before ``f`` in its sentence ("X had asked Y on May 3
    ... and Y had then replied")."""
    for e in reversed(events):
        if e.document != f.document or e.trigger_start < f.sentence_start:
            break
        if e.date and e.date_certainty in ("stated", "approximate"):
            return [(e.date, None, "inherited")]
    return None


def _recalled(events: list[Event], f: EventFrame, source: list[str], target: list[str],
              place: Optional[str]) -> bool:
    """An event of the same document, type and mode told before, by the same doer (or to the same
    addressee when no doer is named), at the same place if both name one."""
    for e in reversed(events):
        if e.document != f.document or e.type != f.type or e.mode != f.mode:
            continue
        if e.polarity != f.polarity or e.modality not in ("asserted", "reported"):
            continue
        if place and e.place and place != e.place:
            continue
        if (source and set(source) & set(e.source)) or (not source and target and set(target) & set(e.target)):
            return True
    return False


#: Acts of force, and releases or concessions wrung by it: in an undated narrative a noun telling one ("a landing",
#: "the arrest of X") is a deed of the story's current time, not a reference back to a document.
_FORCE_TYPES = FORCE_TYPES | {"CONCEDE"}
#: Deeds a history names by their noun as its story goes ("the landing near the port", "the duke's assistance
#: to the rebels", "a boycott marred the vote"): undated, they happen at the story's current time.
_NARRATED_NOUN_TYPES = _FORCE_TYPES | {"AID", "PROTEST"}

_CERTAINTY_CONF = {"stated": 1.0, "approximate": 0.85, "inherited": 0.7, None: 0.6}


def _writer_aside(ix: _DocIndex, f: EventFrame) -> bool:
    """A speech verb in the present tense whose subject is the writer ("I say this because I believe
    ...", "we repeat that ..."): in a letter it comments on the letter itself; it tells no event."""
    if f.type != "STATEMENT" or not f.present or not ix.date or f.present_perfect:
        return False  # ("I have replied as follows": a reply sent, not a comment on the letter)
    return any(a.role == "source" and a.subject and a.pronoun in ("i", "we") for a in f.args)


def _account_start(ix: _DocIndex, events: list[Event], f: EventFrame, tx: Timex,
                   speakers: set[str]) -> Optional[Event]:
    """In a dated letter, the report of speech that opened the account a date was told in.

    "He said that ... On May 3 the council sent its reply ... The minister said that ...": the date
    opening a sentence inside the minister's account dates what the account tells, not the writer's
    narration; a new "the minister said" returns to the writer's time, that of the report that
    opened the account (same paragraph, same speaker, before the date)."""
    para = ix.paragraph_at(f.trigger_start)
    if ix.paragraph_at(tx.start) != para or tx.start >= f.sentence_start:
        return None  # a date of the report's own sentence dates it ("... yesterday, and X commented")
    for e in reversed(events):
        if e.document != f.document or e.trigger_start >= tx.start:
            continue
        if ix.paragraph_at(e.trigger_start) != para:
            return None
        if e.type == "STATEMENT" and e.date and e.date != tx.value and e.modality == "asserted" \
                and e.polarity == "positive" and speakers & set(e.source):
            return e
    return None


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
            acc.present.extend(getattr(f, "present", ()))
            acc.past.extend(getattr(f, "past", ()))
        elif isinstance(f, EventFrame):
            evframes.append(f)
    timex_index = {id(t): i for i, t in enumerate(corpus.timexes)}
    by_doc = _ByDocument(corpus)
    frames_by_doc: dict[str, list[EventFrame]] = {}
    for g in evframes:
        frames_by_doc.setdefault(g.document, []).append(g)
    indexes: dict[str, _DocIndex] = {}
    evframes.sort(key=lambda f: (doc_order.get(f.document, 10**9), f.trigger_start))
    events: list[Event] = []
    seen: set[tuple] = set()
    # people the corpus gives a rank of command: where they go, their army goes ("General X set off"). Histories
    # (undated texts) share what they say of a person's rank; a dated letter or telegram keeps its own: a letter
    # addressed to "General X" does not make every journey of X's a history tells an army's march.
    dated = {d.id for d in corpus.documents if d.date}
    shared_ranks: set[str] = set()
    own_ranks: dict[str, set[str]] = {}
    for m in corpus.mentions:
        if m.entity and m.title and m.title.lower() in MILITARY_RANKS:
            (own_ranks.setdefault(m.document, set()) if m.document in dated else shared_ranks).add(m.entity)
    for f in evframes:
        ix = indexes.get(f.document)
        if ix is None:
            ix = indexes[f.document] = _DocIndex(f.document, by_doc, subjects.get(f.document, Subjects(f.document)),
                                                 timex_index)
            if ix.date:
                ix.flashback = {t.start for g in frames_by_doc[f.document] if getattr(g, "perfect", False)
                                for s, e in g.pieces for t in ix.usable_between(s, e)}
        if ix.date and ix.in_heading(f.trigger_start):
            continue  # "Insurers Warn on Costs": a dated report's headline names what its text tells
            # (a history's section titles stay: "Second invasion of X (480 BC)" may be all it says of it)
        if ix.in_routing(f.trigger_start):
            continue  # "Sent to X; Y repeat to Z": the telegraph office's instructions
        if f.place_subject and not _subject_is_place(ix, f):
            continue
        if getattr(f, "place_alt", None) and _object_is_place(ix, f):
            f = replace(f, type=f.place_alt[0], mode=f.place_alt[1], rule=f.place_alt[2], require=None)
        described: list[Described] = []
        source, target, place, used_pronoun = _roles(ix, f, described)
        if f.type == "TRAVEL" and f.mode in ("arrive", "leave") and source \
                and set(source) <= shared_ranks | own_ranks.get(f.document, set()) and not _own_errand(ix, f):
            f = replace(f, type="MOBILIZE", mode="troops", rule=f.rule + ":commander")  # a general's march
        elif f.type == "TRAVEL" and f.mode in ("arrive", "leave") and source and set(source) <= ix.armed_sides():
            f = replace(f, type="MOBILIZE", mode="troops", rule=f.rule + ":side")  # "they (the Ostmark army) moved"
        if not source and not target and not described and place and (
                f.type == "PROTEST" or (f.type == "ASSAULT" and f.mode == "uprising")):
            source = [place]  # "demonstrations in Varna", "a revolt in the capital": the town's people rose
        body = None
        if not source and not target and f.lemma in _DELIBERATION and "passive" in f.cues \
                and not any(a.role == "source" for a in f.args):
            body = _deliberating_body(ix, events, f)
            if body is not None:
                source = list(body.source)
        if not source and f.type == "REQUEST" and "passive" in f.cues and f.present and ix.date and ix.signer \
                and not any(a.role == "source" for a in f.args) and not ix.in_heading(f.trigger_start):
            source = [ix.signer]  # "Instructions are requested as to ...": in a letter, its writer asks
            f = replace(f, require=None)  # (of the letter's addressee, whom it need not name)
        if not source and not target and not described:
            continue  # an annal entry needs somebody who acted or was acted upon
        if f.require == "party" and not source and not target:
            continue  # ("historians disagree": nobody the annals can name)
        if f.require == "target" and not target and not any(d.role == "target" for d in described) \
                and not any(a.prep == "between" for a in f.args):
            continue  # (unless "between the two sides": one phrase names both)
        if getattr(f, "content_of", None) is not None and any(
                e.document == f.document and e.trigger_start == f.content_of and e.type == "CONSULT"
                and e.mode in ("telegram", "message", "report") for e in events[-12:]):
            continue  # "sent a telegram, stating ...": what the message said, not a second event
        if ix.text and is_cross_reference(ix.text, f.trigger_start):
            continue  # "(reported in the consul's 15, May 5)": a pointer to another message
        if _writer_aside(ix, f):
            continue  # "I say this because ...": the writer's comment on his own letter, no event
        if not ix.date and f.type == "STATEMENT" and f.present and f.modality == "asserted" and not f.outer:
            continue  # "Historian X notes that ...": in an undated narrative, a later writer's comment, no event
        dates = _dates(ix, f)
        counted = _counted_from_event(ix, f, events) if len(dates) == 1 else None
        if counted is not None and counted[2]:
            continue  # "three weeks after the siege began": the siege told before, recalled
        if counted is not None:
            ix.recounted[counted[1].start] = (counted[0], counted[1])
            dates = [(counted[0], counted[1], "stated" if dates[0][2] in (None, "inherited") and dates[0][1] is None
                      else dates[0][2])]
        elif len(dates) == 1 and dates[0][2] == "inherited" and ix.recounted:
            since = dates[0][1].start if dates[0][1] is not None else -1
            later = [k for k in ix.recounted if since <= k < f.sentence_start]
            if later:  # the story goes on from the time an offset counted from an event gave
                dates = [(ix.recounted[max(later)][0], ix.recounted[max(later)][1], "inherited")]
        if len(dates) == 1 and dates[0][2] in ("inherited", None):
            anchored = _anchored_date(ix, f, events, report_day=bool(ix.date) and dates[0][0] == ix.date)
            if anchored is not None and anchored[1]:
                continue  # "the invasion" named as the anchor: the invasion told before, recalled
            if anchored is not None:  # "responded to the invasion by ...": when that invasion was
                dates = [(anchored[0], None, "inherited")]
        if ix.date and f.type == "STATEMENT" and len(dates) == 1 and dates[0][2] == "inherited" \
                and dates[0][1] is not None:
            prev = _account_start(ix, events, f, dates[0][1], set(source))
            if prev is not None:
                dates = [(prev.date, None, "inherited")]
        if body is not None and all(c != "stated" for _, _, c in dates):
            dates = [(body.date, None, "inherited")]  # the same sitting, unless the clause dates it
        if ix.date and len(dates) == 1 and dates[0][2] == "inherited" and dates[0][0] == ix.date \
                and not f.present and not getattr(f, "perfect", False):
            dates = _scene_date(ix, f, events, set(source) | set(target), described) or dates
        if getattr(f, "sequel", False) and dates == [(None, None, None)]:
            dates = _previous_date(events, f) or dates
        if (getattr(f, "temporal", None) or getattr(f, "nominal", False)) \
                and all(c != "stated" for _, _, c in dates) and _recalled(events, f, source, target, place):
            continue  # "... when he left the capital", "the envoy's note": an event already told
        if ix.date and f.modality in ("asserted", "reported") and not getattr(f, "present", False):
            # told as done in a dated report, a deed is not later than the report: a time the story took from
            # a forecast ("fees could double next year, X said") does not date the saying
            dates = [(ix.date, None, c) if c == "inherited" and _starts_after(v, ix.date) else (v, tx, c)
                     for v, tx, c in dates]
        quoted_day = time_messages.message_at(ix.messages, f.trigger_start) if ix.date else None
        if quoted_day:  # told in a quoted message of its own date: by then, not by the day of the quoting paper
            dates = [(quoted_day, None, c) if c == "inherited" and v == ix.date else (v, tx, c) for v, tx, c in dates]
        for value, tx, certainty in dates:
            if value is None and not source and not target:
                continue  # only described, and undated: too little to place in the annals
            if value is None and f.nominalized:
                continue  # "his crimes", "its participation in the war", "at the conference": a deed a noun
                #           names in passing (outside the lexicon, or again), with no time the text gives it
            key = (f.document, f.trigger_start, value, f.type)  # ("drove X back": an attack and a retreat)
            if key in seen:
                continue
            seen.add(key)
            conf = f.confidence * _CERTAINTY_CONF[certainty] * (0.9 if used_pronoun else 1.0)
            if not source:
                conf *= 0.85
            if not source and not target:
                conf *= 0.85  # only described participants
            if getattr(f, "habitual", None) or (getattr(f, "perfect", False) and value is None):
                conf *= 0.85  # a summary of many occasions, or an undated earlier one
            if getattr(f, "relative", False):
                ix.relative.add(f.trigger_start)
            events.append(Event(
                id=f"ev{len(events) + 1}", document=f.document, start=f.start, end=f.end,
                type=f.type, mode=f.mode, trigger=f.trigger, trigger_start=f.trigger_start,
                trigger_end=f.trigger_end, date=value, date_certainty=certainty,
                timex=timex_index.get(id(tx)) if tx is not None else None,
                source=list(source), target=list(target), place=place, polarity=f.polarity,
                modality=f.modality, confidence=round(conf, 3), rule=f.rule,
                text=ix.text[f.start:f.end] if ix.text else None, described=list(described),
            ))
    return events
