"""Entity types decided per name over the whole corpus, not per mention.

Why: the small spaCy model types "Bai Chongxi" as a place, "Hirota" as a country, "Dixon" as
an organisation and "Todman" as a nationality. One mention is weak evidence; the same name
typed PERSON ten times is not a GPE the eleventh. We add up, for each distinct name:
- the NER labels of all its mentions (a NORP label on a word that is no nationality counts
  for PERSON);
- titles ("Marshal", "Chairman", "Dr.") — strong PERSON evidence;
- the word before / after ("in Hirota" is rare, "Hirota replied" common);
- the parse around the mention, read in ``mentions.person_context`` while the spaCy Doc was
  at hand ("Gage commented", "told Craigie", "Souritz, Soviet Ambassador"): such a mention
  counts for PERSON instead of its NER label, plus half a vote — unless the name is a well-known
  place ("Tokyo replied" is a government speaking, not a person);
- a one-word name that is the family name of a person's full name elsewhere in the corpus
  ("Caldwell" beside "John K. Caldwell") gets one more PERSON vote (``names.resolve``);
then correct with the shape of the name against the gazetteer: a romanised Chinese personal
name (family name + given name), a Japanese-shaped word or a Slavic surname that no gazetteer
knows is a person; a postal or historical place name the NER took for a person is a place.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Iterable, Optional

from .. import resources
from ..model import Mention
from . import gazetteer, romanize
from .compare import analyse

PLACE_LABELS = ("GPE", "LOC", "FAC")
_LOC_PREP = frozenset("in at from near via into toward towards outside inside across reached entered left".split())
_SPEECH = frozenset(("said stated says told replied asked answered believed thought remarked met visited "
                     "explained expressed added declared informed wrote stressed agreed refused promised "
                     "warned saw called sent received urged").split())
_JAPANESE = re.compile(r"^(?:(?:ky|gy|sh|ch|ts|ny|hy|by|py|my|ry|[kgsztdnhbpmyrwfj])?[aeiou]|n(?![aeiou]))+$")
_SLAVIC = re.compile(r"(?:ov|ova|ev|eva|in|ina|sky|ski|skii|enko|vich|ovitch)$")
_ORG_WORDS = re.compile(r"\b(?:Government|Office|Conference|Council|Party|Army|Navy|Bank|Company|Corporation|"
                        r"Embassy|Ministry|Department|Press|Customs|Headquarters|Cabinet|Committee|League|"
                        r"University|Association|Society|Forces|Staff|Bureau|Mission|Legation|Consulate)\b")


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    out = {}
    for line in resources.load_lines("names/demonyms.txt"):
        word, _, iso = line.partition("\t")
        out[word.lower()] = iso.strip()
    return out


@lru_cache(maxsize=1)
def generic_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in resources.load_lines("names/generic_heads.txt"))


def is_demonym(text: str) -> bool:
    """"German", "Germans", "Sino-Japanese", "anti-British", "anti-Manchukuo", "Soviets", "Far Eastern"."""
    d = demonyms()
    t = text.lower()
    if re.match(r"(?:anti|pro|non|pan|pre|post)-", t):  # "anti-Manchukuo", "pro-Japanese": adjectives
        return True
    if t in d or t.rstrip("s") in d or (t.endswith("es") and t[:-2] in d):
        return True
    parts = re.split(r"[-\s]", t)
    if any(p in d or p.rstrip("s") in d for p in parts):
        return True
    return bool(re.search(r"(?:ese|ish|ern|ist|ists|ic|ian|ians)$", t))  # "Serbian", "Estonians"


def demonym_country(word: str) -> str:
    return demonyms().get(word.lower(), "")


def coarse(label: str) -> str:
    return "PLACE" if label in PLACE_LABELS else label


def chinese_personal(text: str) -> bool:
    """Family name + given name in romanised Mandarin ("Bai Chongxi", "Tingfu Tsiang")."""
    n = analyse(text)
    if len(n.tokens) != 2 or not n.all_chinese or n.initials:
        return False
    a, b = n.tokens
    return (romanize.is_surname(a) and _short(b)) or (romanize.is_surname(b) and _short(a))


def _short(t: str) -> bool:
    return any(1 <= len(r) <= 2 for r in romanize.syllabify(t))


def person_shape(text: str) -> Optional[str]:
    """Why a name looks like a person's (or None): the shape rules above."""
    if "," in text or ";" in text:  # two names in one span ("Hsu, Gage"): no shape to read
        return None
    if chinese_personal(text):
        return "chinese_personal_name"
    n = analyse(text)
    if n.initials and n.tokens:
        return "initials"
    if n.single:
        t = n.tokens[0]
        if not n.chinese[0] and len(t) >= 5 and _JAPANESE.match(t) and t[-1] in "aeiou":
            return "japanese_name"
        if len(t) >= 6 and _SLAVIC.search(t):
            return "slavic_surname"
    return None


class Evidence:
    """Votes for the type of one distinct name (a 'form')."""

    __slots__ = ("votes", "titles", "place", "shape", "reasons")

    def __init__(self) -> None:
        self.votes: Counter = Counter()
        self.titles: Counter = Counter()
        self.place: Optional[gazetteer.Place] = None
        self.shape: Optional[str] = None
        self.reasons: list[str] = []


def collect(text: str, mentions: Iterable[Mention], texts: dict[str, str], lowercase_words: set[str]) -> Evidence:
    """Gather the evidence for one distinct name from all of its mentions."""
    ev = Evidence()
    ev.place = gazetteer.lookup(text)
    norp_person = not is_demonym(text) and len(text.split()) == 1 and text[:1].isupper()
    context_ok = not (ev.place and ev.place.strong) and not is_demonym(text) and not _ORG_WORDS.search(text)
    for m in mentions:
        lab = m.ner_label or m.label
        if lab == "NORP" and norp_person:
            lab = "PERSON"
        parsed = False
        if context_ok and m.ner_label and m.label == "PERSON" and lab != "PERSON" and m.rule != "role":
            lab = "PERSON"  # the parse around this mention says person (mentions.person_context)
            ev.votes["PERSON"] += 0.5
            parsed = True
            if "typing.context" not in ev.reasons:
                ev.reasons.append("typing.context")
        if m.rule != "propagate":  # a recovered copy of a name has no NER label of its own
            ev.votes[coarse(lab)] += 1.0
        if m.title:
            ev.titles[m.title] += 1
            ev.votes["PERSON"] += 3.0
        doc = texts.get(m.document)
        if doc is not None:
            before = doc[max(0, m.start - 12):m.start].split()
            if before and before[-1].lower() in _LOC_PREP:
                ev.votes["PLACE"] += 0.5
            after = doc[m.end:m.end + 14].split()
            if after and after[0].lower().strip(",.;:") in _SPEECH and not parsed:  # counted once
                ev.votes["PERSON"] += 0.5
    words = text.lower().split()
    if words and all(w in generic_heads() for w in words) and "PERSON" in ev.votes:
        ev.votes["ORG"] += ev.votes.pop("PERSON")
    ev.shape = None if is_demonym(text) else person_shape(text)
    if ev.shape and not (ev.place and ev.place.strong):
        ev.votes["PERSON"] += 1.0
    return ev


def decide(text: str, ev: Evidence, lowercase_words: set[str]) -> tuple[str, Optional[str]]:
    """(coarse type, rule that overrode the votes or None)."""
    if not ev.votes:
        return "PERSON", None
    winner = max(ev.votes.items(), key=lambda kv: (kv[1], kv[0] == "PERSON"))[0]
    if winner == "PLACE" and not (ev.place and ev.place.strong) and ev.shape:
        return "PERSON", "typing." + ev.shape
    if winner == "PERSON" and not ev.titles and ev.place and ev.place.strong:
        n = analyse(text)
        placey = (ev.place.source == "historical" or ev.votes["PLACE"] > 0
                  or (n.all_chinese and not chinese_personal(text)))
        if placey:
            return "PLACE", "typing.gazetteer"
    if winner == "ORG" and ev.shape and not is_demonym(text) and not (ev.place and ev.place.strong) and not _ORG_WORDS.search(text) \
            and text.lower() not in lowercase_words:
        return "PERSON", "typing." + ev.shape
    return winner, None


def fine_label(coarse_type: str, labels: Counter, place: Optional[gazetteer.Place]) -> str:
    """The OntoNotes label to write: the most used one inside the chosen coarse type."""
    if coarse_type != "PLACE":
        return coarse_type
    inside = {k: v for k, v in labels.items() if k in PLACE_LABELS}
    if inside:
        return max(inside.items(), key=lambda kv: kv[1])[0]
    if place is not None and place.kind in ("region", "island"):
        return "LOC"
    return "GPE"
