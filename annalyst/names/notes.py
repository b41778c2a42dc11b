"""Editors' notes (TEI footnotes) as evidence of who a name or an office is.

Why: a volume's editors say, in a note standing right after the words, who the text names
only by office or by family name: "the German Ambassador" + "Oskar Trautmann.", "Craigie" +
"Sir Robert L. Craigie, British Ambassador in Japan.". The text never says it; the note does,
at a known place (``Document.notes``: the note's text and the offset where it stood). Two kinds
of evidence are read from the note's own words (a few words: no parse is needed):

- an *identification*: the note starts with a person's name — titles, given names, initials,
  family name — and stops there ("Koki Hirota.") or goes on after a comma ("Leon Blum, Vice
  President of ...") or, after a title, with "of" ("Admiral Harry E. Yarnell of the ...").
  It identifies the mention that ends where the note stands: a name (only when the two names
  fit: "Craigie" / "Robert L. Craigie"), an office ("the German Ambassador") or a title used
  alone ("the Generalissimo"). Where no mention ends there, the office phrase or the family
  name written there becomes one (the NER model missed it). A note that only describes
  ("Chinese Vice Minister for Foreign Affairs.") identifies nobody; neither does a reference
  ("Foreign Relations, 1937, vol. iii") — its words are written in lower case in the corpus.
- *titles*: each "Title Name" a note writes ("Generalissimo Chiang retired ...") says which
  person carries that title, evidence for titles used alone elsewhere ("the Generalissimo").

A name read in a note is resolved like a bare name of the text standing where the note
stands: the one compatible person of the corpus, else of the document, else the nearest one
before the note; never a guess between several (``holder``).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Generic, Iterable, Optional, TypeVar

from .. import resources
from ..mentions import title_before, titles
from ..model import Document, Mention, Note
from . import cluster, compare
from .roles import role_pattern, roles
from .typing import demonyms, generic_heads

G = TypeVar("G")

#: what may stand between the words a note annotates and the note itself
_GAP = re.compile(r"[\s,.;:)\]’'\"”]{0,3}")
#: a word, an initial or a punctuation mark of a note
_WORD = re.compile(r"[^\W\d_][\w'’-]*\.?|[,;:()]|\S+")
_INITIAL = re.compile(r"[^\W\d_a-z]\.")
_CAPITAL_NEXT = re.compile(r"\s+[^\W\d_a-z]")


@dataclass(frozen=True)
class NoteName:
    """A person's name as a note writes it."""

    name: str  # without titles: "Robert L. Craigie"
    titles: tuple[str, ...]  # titles before it, abbreviations expanded: ("Sir",)
    end: int  # offset in the note's text right after the name


@dataclass
class Identification:
    """A note saying who the mention before it is."""

    note: Note
    document: str
    person: NoteName
    mention: Mention
    by_office: bool  # the mention is an office or a bare title, not a name


@lru_cache(maxsize=1)
def _title_forms() -> dict[str, str]:
    """Written title (no final full stop) -> the title it is ("Col" -> "Colonel")."""
    out = {t.rstrip("."): t.rstrip(".") for t in titles()}
    for line in resources.load_lines("names/title_abbreviations.txt"):
        abbr, _, full = line.partition("\t")
        out[abbr.strip().rstrip(".")] = full.strip()
    return out


@lru_cache(maxsize=1)
def _title_re() -> re.Pattern:
    alts = "|".join(re.escape(t) for t in sorted(_title_forms(), key=len, reverse=True))
    return re.compile(r"(?<![\w'’.-])(?P<title>" + alts + r")\.?\s+")


@lru_cache(maxsize=1)
def _office_words() -> frozenset[str]:
    """Words of titles, offices and generic heads: never part of a person's name here."""
    words: set[str] = set()
    for phrase in list(_title_forms()) + list(_title_forms().values()) + list(roles()):
        words.update(w.lower() for w in phrase.replace(".", " ").split())
    words.update(generic_heads())
    return frozenset(words - {"for", "of", "the"})


def _name_words(text: str, pos: int) -> tuple[list[str], int, str]:
    """The run of name words from ``pos``: (words, end offset, what stopped it) — "," for a
    comma, "." for a full stop ending the last word, "" for the end of the note, else the
    word that is no part of a name ("retired", "of")."""
    words: list[str] = []
    end = pos
    for m in _WORD.finditer(text, pos):
        w = m.group()
        if _INITIAL.fullmatch(w):
            words.append(w)
            end = m.end()
        elif w in compare.PARTICLES and _CAPITAL_NEXT.match(text, m.end()):
            words.append(w)
            end = m.end()
        elif w[0].isupper() and any(c.islower() for c in w):
            if w.endswith("."):
                words.append(w[:-1])
                return words, m.end() - 1, "."
            words.append(w)
            end = m.end()
        else:
            return words, end, w
    return words, end, ""


def _plausible(words: list[str], lowercase_words: set[str]) -> bool:
    """Is this run of words a person's name? It ends in a family name of two letters or more;
    no word is a nationality, title or office; not most words are common words of the corpus
    ("Foreign Relations")."""
    full = [w for w in words if not _INITIAL.fullmatch(w) and w not in compare.PARTICLES]
    if not full or len(words[-1]) < 2 or _INITIAL.fullmatch(words[-1]):
        return False
    if any(w.lower() in demonyms() or w.lower() in _office_words() for w in full):
        return False
    common = sum(1 for w in full if w.lower() in lowercase_words)
    return common * 2 < len(full)


def _leading_titles(text: str, pos: int = 0) -> tuple[tuple[str, ...], int]:
    found: list[str] = []
    while True:
        m = _title_re().match(text, pos)
        if not m:
            return tuple(found), pos
        found.append(_title_forms()[m.group("title")])
        pos = m.end()


def identification(text: str, lowercase_words: set[str]) -> Optional[NoteName]:
    """The person a note identifies, when the note starts with a name ("Oskar Trautmann.",
    "Sir Robert L. Craigie, British Ambassador in Japan."); None for a description or a
    reference."""
    ts, pos = _leading_titles(text)
    words, end, stop = _name_words(text, pos)
    if not _plausible(words, lowercase_words):
        return None
    rest = text[end + (stop == "."):].strip()
    if stop == "," or stop in (".", "") and not rest or ts and stop in ("of", "("):
        return NoteName(text[pos:end], ts, end)
    return None


def title_pairs(text: str, lowercase_words: set[str], start: int = 0) -> list[tuple[str, str]]:
    """Every (title, name) a note writes from ``start`` on: "Generalissimo Chiang retired ..."
    -> ("Generalissimo", "Chiang")."""
    out = []
    for m in _title_re().finditer(text, start):
        words, end, _ = _name_words(text, m.end())
        if _plausible(words, lowercase_words):
            out.append((_title_forms()[m.group("title")], text[m.end():end]))
    return out


def fits(mention_text: str, name: str) -> bool:
    """Can a mention's name and a note's name be one person ("Craigie" / "Robert L. Craigie")?"""
    a, b = compare.analyse(mention_text), compare.analyse(name)
    if not a.tokens or not b.tokens:
        return False
    if a.single and compare.surname_fits(a, b):
        return True
    return compare.name_match(a, b) is not None


def _mention_before(anchor: int, text: str, ms: list[Mention], ends: list[int]) -> Optional[Mention]:
    """The mention that ends where a note stands (punctuation between them allowed)."""
    best = None
    for i in range(bisect_right(ends, anchor) - 1, -1, -1):
        m = ms[i]
        if anchor - m.end > 3:
            break
        if _GAP.fullmatch(text, m.end, anchor):
            if best is None or (m.end, m.rule == "role", m.end - m.start) > (best.end, best.rule == "role",
                                                                               best.end - best.start):
                best = m
    return best


def _gap_start(text: str, anchor: int) -> int:
    s = anchor
    while s > 0 and anchor - s < 3 and _GAP.fullmatch(text[s - 1]):
        s -= 1
    return s


def _office_before(doc: Document, anchor: int) -> Optional[Mention]:
    """An office phrase ("the Vice Minister for Foreign Affairs") ending where the note stands."""
    end = _gap_start(doc.text, anchor)
    found = None
    for m in role_pattern().finditer(doc.text, max(0, end - 120), end):
        if m.end("span") == end and m.group("role")[0].isupper():
            found = m
    if found is None:
        return None
    s, e = found.start("span"), found.end("span")
    return Mention(doc.id, s, e, doc.text[s:e], "PERSON", title=found.group("role"), rule="role")


def _name_before(doc: Document, anchor: int, person: NoteName) -> Optional[Mention]:
    """The note's family name (or whole name) written where the note stands, untagged."""
    end = _gap_start(doc.text, anchor)
    for form in (person.name, person.name.split()[-1]):
        s = end - len(form)
        before = doc.text[s - 1] if s > 0 else " "
        if s >= 0 and doc.text[s:end] == form and not (before.isalnum() or before in "'’-"):
            return Mention(doc.id, s, end, form, "PERSON", title=title_before(doc.text, s), rule="note")
    return None


def identify(documents: Iterable[Document], mentions: list[Mention], lowercase_words: set[str],
             bare_titles: set[str]) -> list[Identification]:
    """The identifications of every document's notes, each with the mention it identifies.

    A mention the NER missed (an office phrase, the family name the note gives) is created and
    appended to ``mentions``; mentions inside a created office phrase ("Japanese") give way to it,
    as in ``mentions.role_mentions``. ``bare_titles``: titles in lower case, for mentions that
    are a title alone.
    """
    by_doc: dict[str, list[Mention]] = {}
    docs = [d for d in documents if d.notes]
    if not docs:
        return []
    wanted = {d.id for d in docs}
    for m in mentions:
        if m.document in wanted:
            by_doc.setdefault(m.document, []).append(m)
    out: list[Identification] = []
    drop: set[int] = set()
    for doc in docs:
        ms = sorted(by_doc.get(doc.id, []), key=lambda m: m.end)
        ends = [m.end for m in ms]
        for note in doc.notes:
            person = identification(note.text, lowercase_words)
            if person is None:
                continue
            m = _mention_before(note.anchor, doc.text, ms, ends)
            if m is None:
                m = _office_before(doc, note.anchor) or _name_before(doc, note.anchor, person)
                if m is None or any(o.start < m.end and m.start < o.end and not (m.start <= o.start and o.end <= m.end)
                                    for o in ms):
                    continue
                drop.update(id(o) for o in ms if m.start <= o.start and o.end <= m.end)
                mentions.append(m)
            by_office = m.rule == "role" or m.text.rstrip(".").lower() in bare_titles
            if by_office or fits(m.text, person.name):
                out.append(Identification(note, doc.id, person, m, by_office))
    if drop:
        mentions[:] = [m for m in mentions if id(m) not in drop]
    return out


class PersonIndex(Generic[G]):
    """Person names of the corpus and the entity (group) of each mention, to resolve a name a
    note writes; compared through the same blocking keys as ``cluster``."""

    def __init__(self, person_of: Callable[[Mention], Optional[G]], mentions: Iterable[Mention]) -> None:
        self._groups: dict[str, dict[int, G]] = {}  # form -> groups of its mentions
        self._where: dict[int, list[tuple[str, int]]] = {}  # group -> (document, start) of its mentions
        self._keys: dict[str, set[str]] = {}
        for m in mentions:
            g = person_of(m)
            if g is not None:
                self.add(m.text, g, m.document, m.start)

    def add(self, form: str, g: G, document: Optional[str] = None, start: int = 0) -> None:
        if form not in self._groups:
            self._groups[form] = {}
            for k in cluster.blocking_keys(compare.analyse(form)):
                self._keys.setdefault(k, set()).add(form)
        self._groups[form][id(g)] = g
        if document is not None:
            self._where.setdefault(id(g), []).append((document, start))

    def holder(self, name: str, document: str, anchor: int) -> Optional[G]:
        """The one person ``name`` (read in a note standing at ``anchor``) is, or None."""
        n = compare.analyse(name)
        if not n.tokens:
            return None
        forms = set().union(*(self._keys.get(k, set()) for k in cluster.blocking_keys(n)))
        found: dict[int, G] = {}
        for f in forms:
            if _same_person(n, compare.analyse(f)):
                found.update(self._groups[f])
        if len(found) <= 1:
            return next(iter(found.values()), None)
        here = {gid: [s for d, s in self._where.get(gid, ()) if d == document] for gid in found}
        here = {gid: ss for gid, ss in here.items() if ss}
        if len(here) == 1:
            return found[next(iter(here))]
        before = [(max(s for s in ss if s <= anchor), gid) for gid, ss in here.items() if min(ss) <= anchor]
        return found[max(before)[1]] if before else None


def _same_person(n: compare.Name, f: compare.Name) -> bool:
    if n.single:
        return compare.surname_fits(n, f) is not None or f.single and compare.name_match(n, f) is not None
    if f.single:
        return compare.surname_fits(f, n) is not None
    return compare.name_match(n, f) is not None
