"""Mandarin syllables in pinyin, Wade-Giles and postal spellings.

Why: "Jiang" and "Chiang", "Xu" and "Hsu", "Nanjing" and "Nanking" are the same sounds
written by different systems. We split a token into syllables of any of those systems and
keep, for each syllable, the set of pinyin syllables it may stand for; two tokens can be the
same name when their syllables line up and every pair of sets overlaps.

Data: ``resources/names/wadegiles.tsv`` (built from pypinyin) and
``resources/names/postal_syllables.tsv`` (postal conventions).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from .. import resources

#: A token is at most this many syllables when we try it as Chinese (longer is not a name).
MAX_SYLLABLES = 4


@lru_cache(maxsize=1)
def spellings() -> dict[str, frozenset[str]]:
    """spelling (lower case ASCII) -> the pinyin syllables it can stand for."""
    table: dict[str, set[str]] = {}
    for line in resources.load_lines("names/wadegiles.tsv"):
        p, wg = line.split("\t")
        table.setdefault(p, set()).add(p)
        table.setdefault(wg, set()).add(p)
    for line in resources.load_lines("names/postal_syllables.tsv"):
        sp, cands = line.split("\t")
        table.setdefault(sp, set()).update(c.strip() for c in cands.split(","))
    return {k: frozenset(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def _max_len() -> int:
    return max(len(s) for s in spellings())


@lru_cache(maxsize=1)
def wade_giles_of() -> dict[str, tuple[str, ...]]:
    """pinyin -> every spelling of it (pinyin, Wade-Giles, postal); for initials."""
    out: dict[str, set[str]] = {}
    for sp, cands in spellings().items():
        for c in cands:
            out.setdefault(c, set()).add(sp)
    return {k: tuple(sorted(v)) for k, v in out.items()}


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    return frozenset(resources.load_lines("names/chinese_surnames.txt"))


Syllables = tuple[frozenset[str], ...]


@lru_cache(maxsize=65536)
def syllabify(token: str) -> tuple[Syllables, ...]:
    """Every way (at most 4) to read a lower-case token as Mandarin syllables.

    Empty tuple when the token is not Chinese-shaped. Hyphens and apostrophes inside the token
    ("Kai-shek", "Hsiang-hsi") separate syllables and must fall on a boundary.
    """
    parts = [p for p in token.replace("'", "-").replace("’", "-").split("-") if p]
    if not parts:
        return ()
    readings: list[tuple[frozenset[str], ...]] = [()]
    for part in parts:
        segs = _segment(part)
        if not segs:
            return ()
        readings = [r + s for r in readings for s in segs][:4]
    return tuple(r for r in readings if len(r) <= MAX_SYLLABLES)


def _segment(s: str) -> list[Syllables]:
    table = spellings()
    top = _max_len()
    out: list[Syllables] = []

    def walk(i: int, acc: tuple) -> None:
        if len(out) >= 4 or len(acc) > MAX_SYLLABLES:
            return
        if i == len(s):
            out.append(acc)
            return
        # longest spelling first, so "xiang" is read before "xi"+"ang"
        for j in range(min(len(s), i + top), i, -1):
            cands = table.get(s[i:j])
            if cands is not None:
                walk(j, acc + (cands,))

    walk(0, ())
    return out


def is_chinese(token: str) -> bool:
    return bool(syllabify(token))


def same_syllables(a: str, b: str) -> bool:
    """True when two tokens can be the same Mandarin syllables in different spellings."""
    ra, rb = syllabify(a), syllabify(b)
    for x in ra:
        for y in rb:
            if len(x) == len(y) and all(p & q for p, q in zip(x, y)):
                return True
    return False


def is_surname(token: str) -> bool:
    """A one-syllable token that can be a common Chinese family name."""
    sn = surnames()
    return any(len(r) == 1 and r[0] & sn for r in syllabify(token))


def syllable_initials(token: str) -> set[tuple[str, ...]]:
    """Initial letters a Western writer could use for a Chinese given name, per reading.

    "xiangxi" -> {("h","h"), ("x","x"), ...}: H. H. Kung is Kong Xiangxi written with
    Wade-Giles initials (Hsiang-hsi).
    """
    spell = wade_giles_of()
    out: set[tuple[str, ...]] = set()
    for r in syllabify(token):
        choices = [sorted({sp[0] for p in syl for sp in spell.get(p, (p,))}) for syl in r]
        acc = [()]
        for c in choices:
            acc = [a + (x,) for a in acc for x in c][:64]
        out.update(acc)
    return out


def best_reading(token: str) -> Optional[Syllables]:
    r = syllabify(token)
    return r[0] if r else None
