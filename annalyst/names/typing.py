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
- the words around each mention, from the data file ``resources/names/context_cues.tsv``
  (narrative history of wars: "took X", "fell back to X", "the siege of X", "X fell" say place;
  "under X", "X ordered" say person; "X forces" says a group adjective); a name after "the"
  ("the Komuch", "the Don") is no person;
- the gazetteer: a name it knows at all (a town of 15,000 people) gets half a place vote;
then correct with the shape of the name against the gazetteer: a romanised Chinese personal
name (family name + given name), a Japanese-shaped word or a Slavic surname that no gazetteer
knows is a person; a postal or historical place name the NER took for a person is a place; a
country, continent or sizeable city the NER took for an organisation is a place ("Paraguay").
Before the votes count, two readings of the name itself win (unless it carries a title):
its head word (``resources/names/name_heads.tsv``: "the Red Army", "the Imperial Japanese Navy"
are organisations, "Battle of Teruel" an event, "Lake Baikal" a location, "Trans-Siberian
Railroad" a facility), and being a nationality or group word (``nationality``: demonyms.txt,
groups.txt, their plurals and compounds, and adjectives derived from a country the gazetteer
knows: "Paraguayan", "Eritreans", "Czechoslovak") — NORP.
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
_ORG_WORDS_OLD = re.compile(r"\b(?:Government|Office|Conference|Council|Party|Army|Navy|Bank|Company|Corporation|"
                        r"Embassy|Ministry|Department|Press|Customs|Headquarters|Cabinet|Committee|League|"
                        r"University|Association|Society|Forces|Staff|Bureau|Mission|Legation|Consulate)\b")



class _OrgWords:
    """Organisation words inside a name: the list above plus the ORG head words of
    ``name_heads.tsv`` (compiled on first use)."""

    @lru_cache(maxsize=1)
    def _rx(self) -> re.Pattern:
        words = set()
        for pos, ws, typ in _heads_rows():
            if typ == "ORG":
                words.update(w for w in ws if " " not in w)
        return re.compile(_ORG_WORDS_OLD.pattern[:-3] + "|" + "|".join(sorted(map(re.escape, words))) + r")\b")

    def search(self, text: str):
        return self._rx().search(text)


_ORG_WORDS = _OrgWords()


@lru_cache(maxsize=1)
def _heads_rows() -> list[tuple[str, tuple[str, ...], str]]:
    out = []
    for line in resources.load_lines("names/name_heads.tsv"):
        pos, words, typ = line.split("\t")
        out.append((pos, tuple(words.split("|")), typ))
    return out


@lru_cache(maxsize=1)
def _heads() -> tuple[dict, dict, dict]:
    last: dict[str, str] = {}
    first_of: dict[str, str] = {}
    first: dict[str, str] = {}
    for pos, words, typ in _heads_rows():
        d = {"last": last, "first-of": first_of, "first": first}[pos]
        for w in words:
            d.setdefault(w, typ)
    return last, first_of, first


_FIRST_OF = re.compile(r"^(?P<head>[A-Z][\w.-]*(?: [A-Z][\w.-]*)?) of (?:the )?(?P<rest>[A-Z].*)$")


def head_type(text: str) -> Optional[str]:
    """The type a multi-word name has by its head word (name_heads.tsv), or None: "Red Army",
    "Army of the Center" ORG; "Battle of the Ebro", "Aragon Offensive" EVENT; "Lake Baikal",
    "Ural Mountains" LOC; "Trans-Siberian Railroad" FAC; "Ukrainian People's Republic" GPE; a
    name ending in a group plural ("Don Cossacks") NORP."""
    words = text.split()
    if len(words) < 2:
        return None
    last, first_of, first = _heads()
    m = _FIRST_OF.match(text)
    if m:
        t = first_of.get(m.group("head"))
        if t:
            return t
    t = first.get(words[0])
    if t and words[1][:1].isupper():
        return t
    t = last.get(words[-1])
    if t:
        if t == "LOC" and words[-1] == "Front" and words[0].lower() not in _COMPASS:
            return "ORG"  # "Popular Front", "National Front"; "Eastern Front" is a place
        return t
    if words[-1].endswith("s") and nationality(words[-1]) and not nationality(text):
        return "NORP"  # "Don Cossacks", "Volga Germans"
    return None


_COMPASS = frozenset("eastern western northern southern central north south east west".split())


def event_place(text: str) -> Optional[str]:
    """The place an event name is about: "Battle of the Ebro" -> "Ebro", "Siege of Madrid" ->
    "Madrid" (a ``first-of`` EVENT head of name_heads.tsv)."""
    m = _FIRST_OF.match(text)
    if m and _heads()[1].get(m.group("head")) == "EVENT":
        return m.group("rest")
    return None


@lru_cache(maxsize=1)
def groups() -> frozenset[str]:
    return frozenset(w.lower() for w in resources.load_lines("names/groups.txt"))


_COMBINING = re.compile(r"^[A-Z][a-z]+o$")  # "Austro-", "Franco-", "Italo-" in a compound


def nationality(text: str) -> bool:
    """Is the name a nationality or group word (NORP), strictly: "German", "Germans",
    "Bolsheviks", "the Whites", "Austro-Hungarian", "Sino-Japanese", "Paraguayan", "Eritreans"?
    (``is_demonym`` is looser: any part, any "-ese/-ian" ending.)"""
    parts = [p for p in re.split(r"[-\s]", text.strip()) if p]
    if not parts or len(parts) > 3:
        return False
    for i, p in enumerate(parts):
        if i < len(parts) - 1 and _COMBINING.match(p):
            continue
        if not _nat_word(p):
            return False
    return True


@lru_cache(maxsize=4096)
def _nat_word(word: str) -> bool:
    w = word.lower()
    if not w.isalpha() or not word[:1].isupper():
        return False
    d, g = demonyms(), groups()
    for x in (w, w[:-1] if w.endswith("s") else None, w[:-2] if w.endswith("es") else None):
        if x and (x in d or x in g):
            return True
    return derived_demonym(word) is not None


_STATE_SOURCES = ("country", "continent", "state")


@lru_cache(maxsize=4096)
def derived_demonym(word: str) -> Optional[str]:
    """The country (or continent, state, historical province) whose adjective ``word`` is, by the
    regular English endings: Paraguay-an, Bolivia-n, Ukrain(e)-ian, Japan-ese, Chin(a)-ese,
    Israel-i, Somali(a), Czechoslovak(ia), Mexic(o)-an; plurals too. None when no such place is
    in the gazetteer."""
    w = word
    if len(w) < 5 or not w.isalpha():
        return None
    stems = [w[:-1]] if w.endswith("s") and len(w) > 5 else []
    stems.append(w)
    for x in stems:
        cands = []
        if x.endswith("ian"):
            cands += [x[:-3], x[:-3] + "e", x[:-3] + "ia", x[:-1]]
        if x.endswith("an"):
            cands += [x[:-2], x[:-2] + "o", x[:-2] + "a", x[:-1]]
        elif x.endswith("n"):
            cands.append(x[:-1])
        if x.endswith("ese"):
            cands += [x[:-3], x[:-3] + "a"]
        if x.endswith("i"):
            cands += [x[:-1], x + "a", x + "stan"]
        if x.endswith("k"):
            cands.append(x + "ia")
        for c in cands:
            if len(c) < 4:
                continue
            p = gazetteer.lookup(c)
            if p is not None and (p.source in _STATE_SOURCES or p.source == "historical" and p.kind != "city"):
                return p.name
    return None


@lru_cache(maxsize=1)
def _cues() -> tuple[dict, dict]:
    """context_cues.tsv as {last word: [(phrase words, type, weight)]} before and {first word: ...} after."""
    before: dict[str, list] = {}
    after: dict[str, list] = {}
    for line in resources.load_lines("names/context_cues.tsv"):
        side, phrases, typ, w = line.split("\t")
        for ph in phrases.split("|"):
            toks = tuple(ph.split())
            if side == "before":
                before.setdefault(toks[-1], []).append((toks, typ, float(w)))
            else:
                after.setdefault(toks[0], []).append((toks, typ, float(w)))
    return before, after


_TOK = re.compile(r"[\w'’-]+|[^\w\s]")
_ADJ_SHAPE = re.compile(r"(?:an|ans|ese|ish|ic|ist|ists|ik|iks|i|ch)$")


def context_cues(doc: str, start: int, end: int) -> tuple[list[tuple[str, float]], bool]:
    """The cues of context_cues.tsv around ``doc[start:end]`` (type, weight), and whether the name
    stands right after "the"."""
    before, after = _cues()
    out: list[tuple[str, float]] = []
    prev = _TOK.findall(doc[max(0, start - 48):start].lower())
    if start >= 48 and prev:
        prev = prev[1:]  # the first may be a cut word
    the = bool(prev) and prev[-1] == "the"
    for skip in ((0, 1) if the else (0,)):
        toks = prev[:len(prev) - skip]
        if not toks:
            continue
        for cue, typ, w in before.get(toks[-1], ()):
            if skip and typ != "PLACE":
                continue
            if tuple(toks[-len(cue):]) == cue:
                out.append((typ, w))
                break
    nxt = _TOK.findall(doc[end:end + 48].lower())
    if nxt and nxt[0][0] not in "'’":
        for skip in (0, 1):
            toks = nxt[skip:]
            if skip and not (nxt[0].endswith("ly") and len(nxt[0]) > 3):
                break
            if not toks:
                break
            for cue, typ, w in after.get(toks[0], ()):
                if tuple(toks[:len(cue)]) == cue:
                    out.append((typ, w))
                    break
    return out, the


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
    nat = nationality(text)
    norp_person = not is_demonym(text) and not nat and len(text.split()) == 1 and text[:1].isupper()
    adjective = (nat or _ADJ_SHAPE.search(text) is not None) and ev.place is None and " " not in text
    bare_title = text.rstrip(".").lower() in _bare_titles()
    context_ok = not (ev.place and ev.place.strong) and not is_demonym(text) and not _ORG_WORDS.search(text)
    for m in mentions:
        lab = m.ner_label or m.label
        doc = texts.get(m.document)
        cues, the = context_cues(doc, m.start, m.end) if doc is not None and m.rule != "role" else ((), False)
        if lab == "NORP" and norp_person and not (text.endswith("s") and not text.endswith("ss")) \
                and not any(t == "NORP" for t, _ in cues):
            # "Todman" as a nationality; not "the Republicans", "Eritreans"; and a place the gazetteer
            # knows is a state or city the model took for its people (a city-state of antiquity beside its rival)
            lab = "GPE" if ev.place is not None else "PERSON"
        if the and not bare_title and not m.title and m.rule not in ("role", "propagate"):
            if lab == "PERSON":
                lab = None  # "the Komuch", "the Don": a person's name takes no article
                ev.votes["ORG"] += 0.25
            else:
                ev.votes[coarse(lab)] += 0.25
        parsed = False
        if context_ok and m.ner_label and lab is not None and m.label == "PERSON" and lab != "PERSON" \
                and m.rule != "role":
            lab = "PERSON"  # the parse around this mention says person (mentions.person_context)
            ev.votes["PERSON"] += 0.5
            parsed = True
            if "typing.context" not in ev.reasons:
                ev.reasons.append("typing.context")
        if m.rule != "propagate" and lab is not None:  # a recovered copy of a name has no NER label of its own
            ev.votes[coarse(lab)] += 1.0
        for typ, w in cues:
            if typ == "NORP" and not adjective:
                continue
            if typ == "PLACE" and m.title:
                continue
            ev.votes[typ] += w
            if "typing.context_cue" not in ev.reasons:
                ev.reasons.append("typing.context_cue")
        if m.title:
            ev.titles[m.title] += 1
            ev.votes["PERSON"] += 3.0
        if doc is not None:
            after = doc[m.end:m.end + 14].split()
            if after and after[0].lower().strip(",.;:") in _SPEECH and not parsed:  # counted once
                ev.votes["PERSON"] += 0.5
    words = text.lower().split()
    if words and all(w in generic_heads() for w in words) and "PERSON" in ev.votes:
        ev.votes["ORG"] += ev.votes.pop("PERSON")
    ev.shape = None if is_demonym(text) else person_shape(text)
    if ev.shape == "chinese_personal_name" and ev.place is not None and ev.votes["PLACE"] >= 1.5:
        ev.shape = None  # "Cao Bang fell", "the garrison of Cao Bang": a town the gazetteer knows, and the text
        # treats as one, though its syllables read like a Chinese personal name
    if ev.shape and not (ev.place and ev.place.strong):
        ev.votes["PERSON"] += 1.0
    elif ev.place is not None and not ev.place.strong and not ev.titles:
        ev.votes["PLACE"] += 0.5  # a town the gazetteer knows
    return ev


@lru_cache(maxsize=1)
def _bare_titles() -> frozenset[str]:
    from ..mentions import titles

    return frozenset(t.rstrip(".").lower() for t in titles())


def decide(text: str, ev: Evidence, lowercase_words: set[str]) -> tuple[str, Optional[str]]:
    """(coarse type, rule that overrode the votes or None)."""
    if not ev.titles and not (ev.place and ev.place.source in ("country", "continent", "historical")):
        h = head_type(text)
        if h is not None:
            return h, "typing.head_word"
        if nationality(text) and not (ev.place and ev.place.source in ("country", "continent", "historical")):
            return "NORP", "typing.nationality"
    if not ev.votes:
        return "PERSON", None
    winner = max(ev.votes.items(), key=lambda kv: (kv[1], kv[0] == "PERSON"))[0]
    if winner in ("ORG", "NORP") and ev.place is not None and not ev.titles and not _ORG_WORDS.search(text):
        p = ev.place
        if p.source in ("country", "continent", "historical") or (p.strong and winner == "ORG"):
            return "PLACE", "typing.gazetteer"  # "Paraguay", "Saratov" typed ORG by the model
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
