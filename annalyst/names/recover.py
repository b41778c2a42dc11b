"""Names the NER model missed, found again from the corpus' own evidence.

Why: the small spaCy model sometimes never tags a name — "he reluctantly left Nanking on
the 7th" parses "Nanking" as a verb — so the name never becomes a mention and cannot be
merged with "Nanjing". Three general mechanisms, run once over the corpus before typing:

- ``propagate``: a surface form that is a mention somewhere in the corpus (or a name of the
  user's alias file) and that occurs elsewhere untagged, capitalised and as a whole run of
  capitalised words, is a mention of the same name there too (one consistent reading of a
  name per corpus);
  A full name's last word counts as a form in the documents that give the full name ("Horace J.
  Lyman" ... "Lyman marched"), unless that document writes it in lower case too; before a verb in the
  past tense, a sentence's first word is such a name even when English has it as a verb;
- ``gazetteer``: a capitalised word (or run of words) that is a strong place name — a
  historical/postal spelling of our sourced table, a country or continent, or a city of at
  least ``CITY_MIN_POPULATION`` people under its own name — is a place mention.
- ``repeat``: a one-word surname the model never tagged anywhere ("Ibarguen also broke away ... the rebels
  and Ibarguen marched"), said at least three times in the middle of sentences of one document, with at
  least one place where only a person stands (before a verb in the past tense, after a title, with a
  possessive, or beside a tagged person); never a plural (a word in -s written after "the", "many" or the
  like: "the Carlists", not "Orestias"), a month or weekday, or a word said after a preposition of place
  ("at Tarumba"). It is a PERSON.

Guards against common words and parts of other names: the word must be capitalised and not
all capitals, not be a single letter, an acronym or very short, not a stop word, a generic
head or a bare title ("Department", "King"), never be written in lower case anywhere in the
corpus, and not sit inside another mention or a longer name: a capitalised run ("Nanking
Road", "Port Arthur"), or "X of Y" / "X de la Y" ("Treaty of Bucharest", "Adolfo de la
Huerta"). At the start of a sentence, where every word is capitalised, a one-word name must
moreover not be an English adjective, adverb or verb (or a verb's inflection) in the lemma
index of the spaCy model (from WordNet); gazetteer names must pass that test everywhere
("Nice", "Split", "Mobile"). A title right before a recovered name ("Generalissimo") is kept
as the mention's title, as ``mentions.py`` does.

Cost: one regex pass over each document's capitalised words; per word, a dictionary probe
for known forms starting with it and, failing that, a gazetteer look-up, both cached per
distinct string. Labels: a recovered copy takes the label most mentions of its form have and
casts no NER vote in ``typing`` (its context words do count); a gazetteer mention is GPE
(LOC for regions and islands).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import lru_cache
from typing import Iterable, Optional

from .. import resources
from ..mentions import opens_a_date
from ..model import Document, Mention
from ..time.rules import calendar_words
from . import gazetteer

#: cities reached by the gazetteer pass: their own (not alternate) name and at least this many people
CITY_MIN_POPULATION = 1_000_000
MAX_TOKENS = 6
MIN_CHARS = 3

#: a word that may be capitalised: a letter other than a-z first, then inner hyphens and
#: apostrophes ("Kai-shek", "O'Brien", "Nanking's"); whether it is upper case is checked after
_CAPWORD = re.compile(r"(?<![\w'’-])[^\W\d_a-z]\w*(?:[-'’][^\W\d_]\w*)*")
#: the next word after one space, when capitalised
_NEXTCAP = re.compile(r" ([^\W\d_a-z]\w*(?:[-'’][^\W\d_]\w*)*)(?![\w-])")
#: the word before a position, one space before it
_PREV = re.compile(r"(?:^|(?<=[\s\"“(\[]))([^\W\d_][\w'’.-]*) $")
#: lower-case words inside longer names: "Treaty of Bucharest", "Adolfo de la Huerta"
_CONNECTORS = frozenset("of the de la las los del della da di du des von van der den le ter ten y".split())
_SENT_END = re.compile(r"(?:^|[.!?:;\n])[\s\"“”'‘’(\[]*$")


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    from ..resources import load_lines

    return frozenset(w.rstrip(".").lower() for f in ("names/generic_heads.txt", "names/titles.txt")
                     for w in load_lines(f))


#: words written with a full stop inside a name or before it ("Gen. Grant", "St. Louis")
_ABBREVIATIONS = frozenset("Gen Lt Col Maj Capt Adm Cmdr Sgt Gov Sen Rep Hon St Ste Jr Sr Mt Ft Messrs".split())


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """Abbreviations that end in a full stop without ending the sentence: the dotted titles
    ("Mr.", "Dr."), the words above, and initials ("K.")."""
    from ..mentions import titles

    return frozenset(t.rstrip(".") for t in titles() if t.endswith(".")) | _ABBREVIATIONS


@lru_cache(maxsize=1)
def _english_non_nouns() -> frozenset[str]:
    """Adjectives, adverbs and verbs of the model's lemma index (WordNet): words that are not
    names. Nouns are left out: WordNet lists "nanking" and "paris" among its nouns."""
    try:
        from .. import nlp as nlp_mod
        from spacy.strings import get_string_id

        nlp = nlp_mod.load()
        idx = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
        out: set[str] = set()
        for pos in ("adj", "adv", "verb"):
            key = get_string_id(pos)
            if key in idx:
                out.update(idx[key])
        return frozenset(out)
    except Exception:  # pragma: no cover - model without a lemma index
        return frozenset()


def english_word(w: str) -> bool:
    """Is ``w`` (any case) an English adjective, adverb or verb, or an inflection of a verb?"""
    lw = w.lower()
    words = _english_non_nouns()
    if lw in _stop_words() or lw in words:
        return True
    for suf, add in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("s", ""), ("es", "")):
        if lw.endswith(suf) and len(lw) - len(suf) >= 3:
            stem = lw[: -len(suf)] + add
            if stem in words or (len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in words):
                return True
    return False


def _cap(t: str) -> bool:
    return t[:1].isupper()


def _strip(w: str) -> str:
    """"Nanking's" -> "Nanking"."""
    return w[:-2] if len(w) > 3 and w[-2] in "'’" and w[-1] == "s" else w


def _acceptable_form(form: str, lowercase_words: set[str]) -> bool:
    toks = form.split()
    if len(form) < MIN_CHARS or len(toks) > MAX_TOKENS or not _cap(toks[0]) or not _cap(toks[-1]):
        return False
    if not _CAPWORD.fullmatch(toks[0]):
        return False
    if all(t.isupper() for t in toks if t.isalpha()) and len(form) <= 2:  # "US", "UN": too like other words
        return False
    if len(toks) == 1:  # a word also used as a common noun or a bare title ("Department", "King") is not spread
        lw = toks[0].lower()
        return lw not in lowercase_words and lw not in _stop_words() and lw not in _generic_words()
    return not all(t.lower() in _stop_words() for t in toks)


def _strong_place(name: str) -> Optional[gazetteer.Place]:
    p = gazetteer.lookup(name)
    if p is None:
        return None
    if p.source in ("historical", "country", "continent"):
        return p
    if p.source == "city" and p.population >= CITY_MIN_POPULATION and gazetteer.norm(p.name) == gazetteer.norm(name):
        return p
    return None


def recover(mentions: list[Mention], documents: Iterable[Document], lowercase_words: set[str],
            extra_forms: Optional[dict[str, str]] = None, titles: Iterable[str] = ()) -> list[Mention]:
    """New mentions (rules ``propagate`` and ``gazetteer``) for names the NER missed.

    ``mentions`` are the kept mentions of the corpus; ``extra_forms`` the names of the user's
    alias file, with their type; ``titles`` the honorifics that may stand before a name
    ("Generalissimo").
    """
    labels: dict[str, Counter] = {}
    verdict: dict[str, bool] = {}
    for m in mentions:
        if m.rule == "role":
            continue
        f = m.text
        ok = verdict.get(f)
        if ok is None:
            ok = verdict[f] = " ".join(f.split()) == f and _acceptable_form(f, lowercase_words)
        if ok:
            labels.setdefault(f, Counter())[m.label] += 1
    # a person named in full ("Horace J. Lyman") is named again by the surname alone ("Lyman marched ..."):
    # in the documents that give the full name, its last word is a form of it too, unless that document
    # also writes the word in lower case ("a land grant") or another full name ends the same way
    full_names = {f for f, counts in labels.items() if len(f.split()) >= 2 and f.split()[-1][:1].isupper()
                  and (counts.most_common(1)[0][0] == "PERSON" or _INITIALLED.match(f))}
    surnames: Counter = Counter(_strip(f.split()[-1]) for f in full_names)
    surnames_in: dict[str, set[str]] = {}  # document -> the surnames its full names give
    for m in mentions:
        if m.text in full_names:
            last = _strip(m.text.split()[-1])
            if surnames[last] == 1 and last not in labels and _acceptable_form(last, set()):
                surnames_in.setdefault(m.document, set()).add(last)  # (two full names ending alike: NER's call)
    surname_forms = set().union(*surnames_in.values())
    for last in surname_forms:
        labels[last] = Counter({"PERSON": 1})
    extra: dict[str, str] = {}
    for f, typ in (extra_forms or {}).items():
        f = " ".join(f.split())
        if f not in labels and _acceptable_form(f, lowercase_words):
            labels[f] = Counter()
            extra[f] = typ
    by_first: dict[str, list[str]] = {}
    for f in sorted(labels, key=len, reverse=True):  # the longest known form first
        by_first.setdefault(_strip(_CAPWORD.match(f).group()), []).append(f)
    title_set = {t.rstrip(".") for t in titles}
    by_doc: dict[str, list[tuple[int, int]]] = {}
    for m in mentions:
        by_doc.setdefault(m.document, []).append((m.start, m.end))
    place_cache: dict[str, Optional[gazetteer.Place]] = {}
    begins: dict[str, bool] = {}
    out: list[Mention] = []
    for doc in documents:
        text = doc.text
        taken = _Spans(by_doc.get(doc.id, ()))
        own_surnames = {w for w in surnames_in.get(doc.id, ())
                        if not re.search(r"\b" + re.escape(w.lower()) + r"\b", text)}
        pos = 0
        for w in _CAPWORD.finditer(text):
            s, word = w.start(), w.group()
            if s < pos or not word[0].isupper() or (word.isupper() and len(word) > 1 and not (
                    len(word) >= MIN_CHARS and word in by_first)):
                continue  # (an acronym only as a name the corpus tags elsewhere: "the OKP", "NRB-KL")
            word = _strip(word)
            found = None
            for f in by_first.get(word, ()):
                if f in surname_forms and f not in own_surnames:
                    continue  # a surname is a name only where its full name was given, and not a word there
                if text.startswith(f, s) and _boundary(text, s + len(f)):
                    found = (s + len(f), "propagate", f)
                    break
            if found is None:
                names = [word]
                e = s + len(word)
                multi = begins.get(word)
                if multi is None:
                    multi = begins[word] = gazetteer.begins_a_name(word)
                for _ in range(2 if multi else 0):
                    nx = _NEXTCAP.match(text, e)
                    if nx is None:
                        break
                    e = nx.end()
                    names.append(text[s:e])
                for name in reversed(names):
                    if name not in place_cache:
                        place_cache[name] = _strong_place(name) if _place_shape(name) else None
                    if place_cache[name] is not None:
                        found = (s + len(name), "gazetteer", place_cache[name])
                        break
            if found is None and word in _group_words():
                found = (s + len(word), "group", None)  # "forcing the Allies to evacuate"
            if found is None:
                continue
            end, rule, what = found
            if taken.overlaps(s, end):
                continue
            title = _ok_context(text, s, end, title_set)
            if title is False:
                continue
            if " " not in text[s:end] and (rule == "gazetteer" or _sentence_start(text, s)) \
                    and english_word(text[s:end]) and not (rule == "propagate" and _PAST_VERB.match(text, end)) \
                    and not (rule == "propagate" and _group_before_noun(labels[what], text, end)):
                continue  # ("Chase marched": a word before a past tense is its subject, not an imperative)
            if rule == "propagate":
                label = labels[what].most_common(1)[0][0] if labels[what] else extra.get(what, "PERSON")
            elif rule == "group":
                label = "NORP"
            else:
                label = "LOC" if what.kind in ("region", "island") else "GPE"
            out.append(Mention(document=doc.id, start=s, end=end, text=text[s:end], label=label,
                               ner_label=None, title=title or None, rule=rule))
            taken.add(s, end)
            pos = end
        out.extend(_repeated_people(doc, taken, lowercase_words, title_set, labels))
    return out


#: A preposition of place or a verb of taking right before a word: "at Tarumba", "captured Tarumba".
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|to|from|near|toward|towards|into|onto|around|outside|across|captured|"
                              r"took|seized|occupied|besieged|reached|entered|left)\s+$")


#: An adverb between a name and its verb ("Ibarguen also broke away").
_ADVERB_GAP = re.compile(r" (?:also|then|later|soon|again|now|still|first|finally|eventually|quickly|[a-z]+ly)(?=[ ,])")
#: A partner named right after it ("Ibarguen and Lozada fought", "Ibarguen, Lozada, and Rojas").
_PARTNER = re.compile(r"(?:,? and|,) ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")


def _person_form(known: dict, form: str) -> bool:
    counts = known.get(form)
    return bool(counts) and counts.most_common(1)[0][0] == "PERSON"


#: How often a surname the NER never tagged must recur in one document before it is read as a name.
REPEAT_MIN = 3


#: Words before a plural that make it a group counted or picked out ("the Carlists", "many Ionians"): a word in
#: -s never written after one is a name that merely ends so ("Orestias", "Meniskos"), not a people.
_COUNTED_BEFORE = re.compile(r"\b(?:the|these|those|many|some|all|both|few|other|two|three|several|most|their|our|"
                             r"his|its) $", re.I)


def _repeated_people(doc: Document, taken: "_Spans", lowercase_words: set[str], titles: set[str],
                     known: dict) -> list[Mention]:
    """``repeat``: a one-word capitalised name the NER never tagged ("Ibarguen also broke away ... Ibarguen and
    Lozada fought"), said at least ``REPEAT_MIN`` times in the middle of sentences of one document, never in
    lower case, no English word, place or known form, and at least once where only a person stands: before a
    verb in the past tense, after a title, or with a possessive. Each mid-sentence occurrence is a PERSON."""
    text = doc.text
    seen: dict[str, list[int]] = {}
    evidence: set[str] = set()
    placed: set[str] = set()
    counted: set[str] = set()
    for w in _CAPWORD.finditer(text):
        s, word = w.start(), _strip(w.group())
        if len(word) < 4 or not word[0].isupper() or not word[1:].islower() or word in known \
                or word.lower() in calendar_words():
            continue  # (a month or a weekday names no one)
        if word.endswith("s") and _COUNTED_BEFORE.search(text, max(0, s - 12), s):
            counted.add(word)  # "the Carlists", "many Ionians": a plural names a people or a party
        if _LOCATIVE_BEFORE.search(text, max(0, s - 12), s):
            placed.add(word)  # "captured Tarumba", "at Tarumba": a place, whatever else it does
        if _sentence_start(text, s) or taken.overlaps(s, s + len(word)):
            continue
        seen.setdefault(word, []).append(s)
        end = s + len(word)
        prev = _word_before(text, s)
        adverb = _ADVERB_GAP.match(text, end)
        partner = _PARTNER.match(text, end)
        if _PAST_VERB.match(text, adverb.end() if adverb else end) or text.startswith(("'s", "’s"), end) \
                or (prev is not None and prev[1].rstrip(".") in titles) \
                or (partner is not None and _person_form(known, partner.group(1))):
            evidence.add(word)
    out = []
    for word, starts in seen.items():
        if len(starts) < REPEAT_MIN or word not in evidence or word in placed or word in counted \
                or not _acceptable_form(word, lowercase_words) \
                or english_word(word) or _strong_place(word) is not None or gazetteer.begins_a_name(word):
            continue
        for s in starts:
            if _ok_context(text, s, s + len(word), titles) is False:
                continue
            out.append(Mention(document=doc.id, start=s, end=s + len(word), text=word, label="PERSON",
                               ner_label=None, title=None, rule="repeat"))
            taken.add(s, s + len(word))
    return out


def _boundary(text: str, i: int) -> bool:
    """A name ends at ``i``: no word character, and no hyphenated or apostrophe'd word
    going on (a possessive "'s" is fine)."""
    if i >= len(text):
        return True
    c = text[i]
    if c.isalnum() or c == "_":
        return False
    if c in "-'’" and i + 1 < len(text) and text[i + 1].isalnum():
        return c != "-" and text[i + 1] == "s" and (i + 2 >= len(text) or not text[i + 2].isalnum())
    return True


def _place_shape(name: str) -> bool:
    """Every word capitalised, long enough, not a stop word; not every word an English word."""
    words = name.split(" ")
    if len(name) < 4 or not all(_cap(w) and not w.isupper() for w in words):
        return False
    if any(w.lower() in _stop_words() for w in words):
        return False
    return not all(english_word(w) for w in words)


def _word_before(text: str, pos: int) -> Optional[tuple[int, str]]:
    """The word right before ``pos`` when one space separates them."""
    m = _PREV.search(text, max(0, pos - 40), pos)
    if m is None:
        return None
    w = m.group(1)
    if w.endswith(".") and len(w) > 2 and w[:-1] not in _abbreviations() or w == ".":
        return None  # "... left Nanking. Peiping": a sentence ends there ("Mr." or "K." do not)
    if _strip(w) != w:
        return None  # "Lee's Confederates": two names
    return m.start(1), w


def _ok_context(text: str, s: int, end: int, titles: set[str]):
    """False when the match is part of a longer capitalised name; else the title before it
    ("" when none)."""
    title = ""
    nx = _NEXTCAP.match(text, end)
    if nx is not None and nx.group(1)[0].isupper():
        return False  # "Nanking Road"
    prev = _word_before(text, s)
    if prev is not None and _cap(prev[1]):
        if prev[1].rstrip(".") in titles:
            title = prev[1].rstrip(".")
        elif prev[1].lower() in calendar_words() and opens_a_date(text, prev[0]):
            pass  # "In April Lafayette skirmished", "on 3 May Varna": the date ends before the name
        elif not (english_word(prev[1]) and _sentence_start(text, prev[0])):
            return False  # "Port Nanking"; "The Nanking", "Later Nanking" at a sentence start are fine
    # "Treaty of Bucharest", "Battle of the Marne", "Adolfo de la Huerta"
    connector = False
    while prev is not None and prev[1] in _CONNECTORS:
        connector = connector or prev[1] != "the"
        prev = _word_before(text, prev[0])
    if connector and prev is not None and _cap(prev[1]) \
            and not (english_word(prev[1]) and _sentence_start(text, prev[0])):
        return False
    return title


#: A name with a middle initial ("Horace J. Lyman"): a person's, whatever the NER said.
_INITIALLED = re.compile(r"^[A-Z][a-z]+ (?:[A-Z]\. )+[A-Z][a-z'’-]+$")
#: A lower-case plural right after a word ("raids", "forces"): the word modifies it.
_PLURAL_AFTER = re.compile(r" [a-z]{3,}s\b")


def _group_before_noun(labels, text: str, end: int) -> bool:
    """"Federate raids were repulsed": at a sentence's start, a form the corpus tags as a group or
    body elsewhere, modifying the plural noun after it, is that group's adjective, not the English word."""
    return bool(labels) and labels.most_common(1)[0][0] in ("NORP", "ORG") and _PLURAL_AFTER.match(text, end) is not None


#: A verb in the past tense right after a word: "Chase marched", "Long reached".
_PAST_VERB = re.compile(r" (?:[a-z]+ed|was|were|had|took|led|won|fought|fled|went|came|made|gave|sent|held|met|"
                        r"left|saw|told|wrote|said|began|struck|drove|rode|fell|broke|ran|stood|lost|sought|brought)\b")


@lru_cache(maxsize=1)
def _group_words() -> frozenset[str]:
    """The capitalised forms of the group words (names/groups.txt) and their plurals: "Bolsheviks",
    "the Allies", "Republicans" are a side of the story even where the NER left them untagged (rule
    ``group``; a sentence's first word only when it is no English word)."""
    out = set()
    for w in resources.load_lines("names/groups.txt"):
        out.add(w)
        if not w.endswith("s"):
            out.add(w[:-1] + "ies" if w.endswith("y") and w[-2:-1] not in "aeiou" else w + "s")
    return frozenset(out)


def _sentence_start(text: str, pos: int) -> bool:
    return pos == 0 or bool(_SENT_END.search(text, max(0, pos - 8), pos))


class _Spans:
    """Sorted, non-overlapping-enough spans with an overlap test (bisect)."""

    __slots__ = ("starts", "spans")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def overlaps(self, s: int, e: int) -> bool:
        j = bisect_left(self.starts, e)
        # spans can nest, so look back over every span starting before e (bounded window)
        for a, b in reversed(self.spans[max(0, j - 8):j]):
            if a < e and s < b:
                return True
        return False

    def add(self, s: int, e: int) -> None:
        i = bisect_left(self.starts, s)
        self.starts.insert(i, s)
        self.spans.insert(i, (s, e))
