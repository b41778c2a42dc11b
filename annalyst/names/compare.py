"""Comparing two personal names written in different systems.

Why each rule exists:
- ``exact`` / ``spelling.fold``: case, diacritics, Japanese long vowels (ō/ou/oh/oo) and the
  old Hepburn "ye" ("Suyetsugu" = "Suetsugu") are spelling, not identity.
- ``romanization``: pinyin / Wade-Giles / postal spellings of the same syllables.
- ``phonetic``: foreign names carried through Chinese and romanised again keep their
  consonant skeleton but lose post-vocalic r ("Trautmann" -> "Todman"). A skeleton is only
  trusted with >= 3 consonants and a Jaro-Winkler agreement, because short keys collide.
- ``backtransliteration``: a Chinese-looking rendering of a foreign name ("Tao Deman") against
  a one-word foreign name ("Todman"): whole-string skeletons.
- ``initials``: "H. H. Kung" against a full given name (Chinese given names by syllable).
Names match when their tokens match as sets, in any order; two names sharing a surname but
with different given names *conflict* and must never be merged.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import jellyfish

from . import romanize

PARTICLES = frozenset({"von", "van", "de", "der", "den", "da", "di", "du", "le", "la", "del", "ter", "zu"})
_INITIAL = re.compile(r"^[a-z]\.?$")


@dataclass(frozen=True)
class Name:
    """A personal name analysed once: tokens (lower-case ASCII, particles dropped), initials."""

    text: str
    tokens: tuple[str, ...]  # full-word tokens, in written order
    initials: tuple[str, ...]  # single letters ("c", "t" for "C. T. Wang")
    chinese: tuple[bool, ...]  # per token: reads fully as Mandarin syllables

    @property
    def single(self) -> bool:
        return len(self.tokens) == 1 and not self.initials

    @property
    def all_chinese(self) -> bool:
        return bool(self.tokens) and all(self.chinese)


def fold_ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def analyse(text: str) -> Name:
    raw = fold_ascii(text).lower().replace("’", "'")
    raw = re.sub(r"[^a-z.'\- ]", " ", raw)
    parts = [p for p in re.split(r"[\s.]+(?=[a-z])|\s+", raw) if p]
    tokens: list[str] = []
    initials: list[str] = []
    for p in parts:
        p = p.strip(".-'")
        if not p or p in PARTICLES:
            continue
        if _INITIAL.match(p):
            initials.append(p[0])
        else:
            tokens.append(p)
    chinese = [romanize.is_chinese(t) for t in tokens]
    # "Chiang Kai Shek", "Pan Yu Kwei": a Chinese given name written as two words.
    if len(tokens) == 3 and all(chinese) and all(_one_syllable(t) for t in tokens[1:]):
        tokens = [tokens[0], tokens[1] + "-" + tokens[2]]
        chinese = [True, True]
    tokens = [t if c else t.replace("-", "").replace("'", "") for t, c in zip(tokens, chinese)]
    return Name(text, tuple(tokens), tuple(initials), tuple(chinese))


def _one_syllable(t: str) -> bool:
    return any(len(r) == 1 for r in romanize.syllabify(t))


@lru_cache(maxsize=65536)
def japanese_fold(t: str) -> str:
    """Fold the long-vowel and old-Hepburn variants of a romanised Japanese word."""
    t = re.sub(r"(?<=[aeiou])ye", "e", t)
    t = t.replace("ou", "o").replace("oo", "o").replace("uu", "u")
    t = re.sub(r"oh(?![aeiouy])", "o", t)
    return t.replace("-", "").replace("'", "")


@lru_cache(maxsize=65536)
def skeleton(s: str) -> str:
    """Metaphone key without R and without doubled letters: survives Chinese re-romanisation."""
    s = re.sub(r"[^a-z]", "", s.lower())
    if not s:
        return ""
    k = jellyfish.metaphone(s).replace("R", "")
    return re.sub(r"(.)\1+", r"\1", k)


def _consonants(k: str) -> int:
    return sum(1 for c in k if c not in "AEIOU")


@lru_cache(maxsize=262144)
def token_match(a: str, b: str) -> Optional[tuple[str, float]]:
    """(rule, confidence) when two name tokens can be the same word, else None."""
    if a == b:
        return ("exact", 1.0)
    if japanese_fold(a) == japanese_fold(b):
        return ("spelling.fold", 0.95)
    ca, cb = romanize.is_chinese(a), romanize.is_chinese(b)
    if ca and cb:
        if romanize.same_syllables(a, b):
            return ("romanization", 0.9)
        return None
    if min(len(a), len(b)) >= 4:
        ka, kb = skeleton(a), skeleton(b)
        if ka == kb and _consonants(ka) >= 3 and jellyfish.jaro_winkler_similarity(a, b) >= 0.6:
            return ("phonetic", 0.75)
    return None


def _initials_fit(initials: tuple[str, ...], other: Name, used: set[int]) -> bool:
    """Do ``initials`` fit the given-name tokens of ``other`` not already matched?"""
    rest = [t for i, t in enumerate(other.tokens) if i not in used]
    if not initials:
        return True
    if not rest:
        # "C. T. Wang" vs "T. Wang": initials must agree where both have them
        return set(initials) <= set(other.initials) or set(other.initials) <= set(initials) or not other.initials
    if len(rest) == 1 and romanize.is_chinese(rest[0]):
        return tuple(initials) in romanize.syllable_initials(rest[0])
    first = [t[0] for t in rest]
    return all(i in first for i in initials)


def name_match(a: Name, b: Name) -> Optional[tuple[str, float]]:
    """(rule, confidence) when two full names are one person, else None.

    Tokens are matched as sets (any order). Unmatched full tokens on both sides = conflict.
    """
    if not a.tokens or not b.tokens:
        return None
    if a.tokens == b.tokens and a.initials == b.initials:
        return ("exact", 1.0)
    if a.single and b.single:
        return token_match(a.tokens[0], b.tokens[0])
    # a one-word foreign name against a Chinese-looking rendering of it ("Todman"/"Tao Deman")
    for x, y in ((a, b), (b, a)):
        if x.single and not x.chinese[0] and len(y.tokens) >= 2 and y.all_chinese and not y.initials:
            kx, ky = skeleton(x.tokens[0]), skeleton("".join(y.tokens))
            if kx == ky and _consonants(kx) >= 3 and jellyfish.jaro_winkler_similarity(
                    x.tokens[0], "".join(y.tokens).replace("-", "")) >= 0.6:
                return ("backtransliteration", 0.7)
    if len(a.tokens) != len(b.tokens):
        if not (a.initials or b.initials):
            return None
    small, big = (a, b) if len(a.tokens) <= len(b.tokens) else (b, a)
    used: set[int] = set()
    rules = []
    for t in small.tokens:
        hit = None
        for j, u in enumerate(big.tokens):
            if j in used:
                continue
            m = token_match(t, u)
            if m and (hit is None or m[1] > hit[1][1]):
                hit = (j, m)  # (the best of several tokens it fits: "R. Lee" against "Lee Lee")
        if hit is None:
            return None
        used.add(hit[0])
        rules.append(hit[1])
    if len(used) < len(big.tokens):
        # leftover full tokens on the big side may only be explained by the small side's initials
        if not small.initials or not _initials_fit(small.initials, big, used):
            return None
        rules.append(("initials", 0.8))
    elif small.initials or big.initials:
        if not _initials_fit(small.initials, big, used) and not _initials_fit(big.initials, small, set(range(len(small.tokens)))):
            return None
    rule, conf = min(rules, key=lambda r: r[1])
    if all(r[0] == "exact" for r in rules):
        if a.initials or b.initials:
            return ("initials", 0.85)
        return ("exact", 1.0) if a.tokens == b.tokens else ("token.order", 0.95)
    return (rule, conf)


def conflict(a: Name, b: Name) -> bool:
    """Same surname, different given names: two people ("Chiang Kai-shek"/"Chiang Tinghuang")."""
    if a.single or b.single or name_match(a, b):
        return False
    return any(token_match(x, y) for x in a.tokens for y in b.tokens)


def surname_fits(bare: Name, full: Name, *, chinese_first_only: bool = False) -> Optional[tuple[str, float]]:
    """Can a one-word mention ("Chiang", "Hsu") be the family name of ``full``?

    The family name is the first or the last token (Chinese and Japanese order vs Western). With
    ``chinese_first_only`` the first token counts only when it is a Chinese family name: in the Western order
    it is a given name ("Leonidas Polk"), which a bare word in another document is no clue to.
    """
    if not bare.tokens or not full.tokens or len(full.tokens) < 2 and not full.initials:
        return None  # (a name of initials only, "U. S.", has no family name to fit)
    t = bare.tokens[0]
    first_ok = not chinese_first_only or romanize.is_surname(full.tokens[0])
    ends = {full.tokens[0], full.tokens[-1]} if first_ok else {full.tokens[-1]}
    best = None
    for u in ends:
        m = token_match(t, u)
        # a sound-alike is not enough to call a word somebody's family name
        if m and m[0] != "phonetic" and (best is None or m[1] > best[1]):
            best = m
    return best
