"""Load the temporal-expression rules and word lists (data files) and compile them into regexes.

The patterns live in ``annalyst/resources/time/rules.yaml`` and the word lists in ``lexicon.yaml`` so that
linguists can extend them without touching code (HeidelTime's separation of resources from engine). This
module only expands the ``<class>`` macros into named groups and compiles each rule once per process.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Optional

import yaml

from .. import resources

#: Word classes whose surface forms are case-sensitive (month names: "May" the month vs "may" the verb).
_CASE_SENSITIVE = {"month", "monthname"}
#: Characters of context searched around a trigger hit.
WINDOW_BEFORE, WINDOW_AFTER = 70, 60
_MACRO = re.compile(r"(?<!\?P)<([a-z]+?)(\d?)>")


@dataclass
class Rule:
    name: str
    type: str
    regex: re.Pattern
    value: str
    fill: Optional[str] = None
    shift: Optional[str] = None
    deictic: bool = False
    pick: Optional[str] = None
    mod: Optional[str] = None
    split: bool = False
    narrative_only: bool = False
    anaphor: bool = False
    ambiguous: dict = field(default_factory=dict)  # word -> compiled left-context regex
    priority: int = 0
    dct: Optional[str] = None
    examples: list = field(default_factory=list)
    trigger: Optional[re.Pattern] = None  # cheap regex that must occur near any match (speed only)

    def finditer(self, text: str, cache: Optional["Triggers"] = None):
        """Matches of the rule; with a trigger, the full regex only runs in windows around trigger hits
        (``cache`` finds every trigger's hits for a text once, for all the rules that use them)."""
        if self.trigger is None:
            yield from self.regex.finditer(text)
            return
        spans = cache.windows(self.trigger) if cache is not None else windows(self.trigger.finditer(text), len(text))
        for lo, hi in spans:
            yield from self.regex.finditer(text, lo, hi)


class Triggers:
    """Trigger hits in one text. The word triggers (those opening with ``\\b``) are found in a single pass
    over the lower-cased text — one scan instead of one per trigger — and each hit is then told to the
    triggers that match there; the others (digits, case-sensitive month names) are searched one by one."""

    def __init__(self, text: str):
        self.text = text
        self._spans: dict = {}
        low = text.lower()
        self._word: Optional[dict] = None
        if len(low) == len(text):
            hits: dict = {rx: [] for rx in _word_triggers()[1]}
            union, comp = _word_triggers()
            for m in union.finditer(low):
                at = m.start()
                for rx, case_free in comp.items():
                    w = case_free.match(low, at)
                    if w:
                        hits[rx].append(w.span())
            self._word = hits

    def windows(self, trigger: re.Pattern) -> list[tuple[int, int]]:
        got = self._spans.get(trigger)
        if got is None:
            if self._word is not None and trigger in self._word:
                got = windows(self._word[trigger], len(self.text))
            else:
                got = windows((m.span() for m in trigger.finditer(self.text)), len(self.text))
            self._spans[trigger] = got
        return got


@lru_cache(maxsize=1)
def _word_triggers() -> tuple[re.Pattern, dict]:
    """(lookahead union of all word triggers, {compiled trigger: its case-sensitive form for lower-case text})."""
    word = {}
    for name, rx in _spec().get("triggers", {}).items():
        full = expand(rx)
        if full.startswith("\\b") and "(?-i" not in full and full == full.lower():  # lower-case text only
            word[_trigger(name)] = re.compile(full)
    union = re.compile("(?=" + "|".join(f"(?:{c.pattern})" for c in word.values()) + ")")
    return union, word


def windows(hits, n: int) -> list[tuple[int, int]]:
    """Merged stretches of a text of length ``n`` around trigger hits ((start, end) in text order)."""
    out: list[tuple[int, int]] = []
    lo = hi = -1
    for s, e in hits:
        a, b = max(0, s - WINDOW_BEFORE), min(n, e + WINDOW_AFTER)
        if a <= hi:
            hi = b
            continue
        if hi > 0:
            out.append((lo, hi))
        lo, hi = a, b
    if hi > 0:
        out.append((lo, hi))
    return out


@lru_cache(maxsize=1)
def lexicon() -> dict[str, dict[str, Any]]:
    """Word classes: class -> {lower-cased surface form: normalised value}."""
    raw = yaml.safe_load(resources.path("time/lexicon.yaml").read_text(encoding="utf-8"))
    return {cls: {str(k).lower(): v for k, v in table.items()} for cls, table in raw.items()}


@lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """Month and weekday names (lower case): capitalised words that name no one, for the stages that look for
    names the NER missed."""
    words = lexicon()
    return frozenset(words["monthname"]) | frozenset(words["weekday"])


def _word_alternation(cls: str, words) -> str:
    forms = sorted(words, key=len, reverse=True)
    if cls in _CASE_SENSITIVE:
        alts = []
        for w in forms:
            alts += [re.escape(w.capitalize()), re.escape(w.upper())]
        return r"(?<![\w])(?-i:" + "|".join(alts) + r")\b"
    return r"(?<![\w])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in forms) + r")(?![\w])"


@lru_cache(maxsize=1)
def _classes() -> dict[str, str]:
    spec = _spec()
    out = {cls: _word_alternation(cls, table) for cls, table in lexicon().items()}
    for cls, rx in spec.get("classes", {}).items():
        out[cls] = rx
    # classes may use other classes (e.g. <num> uses <numword>)
    for cls in list(out):
        out[cls] = _MACRO.sub(lambda m: out[m.group(1)] if m.group(1) in out else m.group(0), out[cls])
    return out


@lru_cache(maxsize=1)
def _spec() -> dict:
    return yaml.safe_load(resources.path("time/rules.yaml").read_text(encoding="utf-8"))


def expand(pattern: str) -> str:
    """Replace ``<class>``/``<class2>`` by a named group matching that class."""
    classes = _classes()

    def sub(m: re.Match) -> str:
        cls, n = m.group(1), m.group(2)
        if cls not in classes:
            raise ValueError(f"unknown class <{cls}> in time rule pattern")
        return f"(?P<{cls}{n}>{classes[cls]})"

    return _MACRO.sub(sub, pattern)


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    out = []
    for r in _spec()["rules"]:
        try:
            rx = re.compile(expand(r["pattern"]), re.IGNORECASE)
        except re.error as e:  # a broken data file must say which rule
            raise ValueError(f"time rule {r['name']}: {e}") from e
        out.append(Rule(name=r["name"], type=r["type"], regex=rx, value=r["value"], fill=r.get("fill"),
                        shift=r.get("shift"), deictic=bool(r.get("deictic")), pick=r.get("pick"),
                        mod=r.get("mod"), split=bool(r.get("split")), narrative_only=bool(r.get("narrative_only")),
                        anaphor=bool(r.get("anaphor")),
                        ambiguous={w: re.compile(rx, re.I) for w, rx in (r.get("ambiguous") or {}).items()}, priority=int(r.get("priority", 0)),
                        dct=r.get("dct"), examples=r.get("examples", []),
                        trigger=_trigger(r.get("trigger"))))
    return tuple(out)


@lru_cache(maxsize=None)
def _trigger(name: Optional[str]) -> Optional[re.Pattern]:
    if not name:
        return None
    rx = _spec().get("triggers", {}).get(name)
    if rx is None:
        raise ValueError(f"unknown time rule trigger {name!r}")
    return re.compile(expand(rx), re.IGNORECASE)


@dataclass
class Label:
    """A kind of date that labels a document rather than tells the story (``labels:`` in rules.yaml)."""

    kind: str  # citation | received
    before: re.Pattern
    after: Optional[re.Pattern] = None
    examples: list = field(default_factory=list)


@lru_cache(maxsize=1)
def labels() -> tuple[Label, ...]:
    out = []
    for kind, spec in (_spec().get("labels") or {}).items():
        try:
            out.append(Label(kind, re.compile(expand(spec["before"]), re.I),
                             re.compile(expand(spec["after"]), re.I) if spec.get("after") else None,
                             spec.get("examples", [])))
        except re.error as e:
            raise ValueError(f"time label {kind}: {e}") from e
    return tuple(out)


def class_regex(cls: str) -> str:
    return _classes()[cls]
