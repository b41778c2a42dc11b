"""From a parsed paragraph to event frames: trigger, clause, roles, date phrases, moods.

Why frames and not events: names and dates are only known once the whole corpus is read, but
the parse is only available now. A frame keeps exactly what the parse tells (spans, roles,
cues) as plain data for ``bind``.
"""
from __future__ import annotations

import unicodedata
from dataclasses import replace
from functools import lru_cache

from typing import Any

from ..time import rules as time_rules
from . import lexicon as lexicon_mod
from .modality import (_EMOTIVE, ATTEMPT, EXPECT, INTENT, SPEECH, _own_negation, assess, mandative, polite_wish,
                       unreal_predicate)
from .model import PRONOUNS_PERSON, EventFrame, Subjects
from .parse import LightDoc
from .roles import (args_for, args_for_noun, conjuncts, conveying_clause, dated_prep, is_passive,
                    logical_objects, logical_subject, make_arg, mended_lemma, misread_finite, noun_prep_phrases,
                    np_bounds, that_clauses)

#: Dependents that open a clause of their own: not part of the trigger's clause.
_CLAUSAL = {"conj", "ccomp", "advcl", "relcl", "acl", "xcomp", "parataxis", "csubj", "pcomp"}
#: Relations along which a clause borrows the date of the clause governing it, and how surely.
_DATE_LINK = {"conj": "stated", "xcomp": "stated", "advcl": "stated", "acl": "stated", "pcomp": "stated",
              "ccomp": "inherited", "relcl": "inherited"}
#: Conjunctions of temporal clauses ("when he left", "after they met").
_TEMPORAL = {"when", "after", "before", "as", "since", "once", "while", "until", "whenever"}
#: Nouns for a message whose words a relative clause may give ("a telegram which said ...").
_MESSAGE_NOUNS = {"telegram", "cable", "wire", "letter", "note", "message", "memorandum", "reply", "answer", "report",
                  "dispatch", "despatch", "radiogram", "communication", "statement", "aide-memoire"}
#: Adverbs of repetition or habit: the clause sums up many occasions.
_HABITUAL = {"repeatedly", "often", "frequently", "always", "usually", "constantly", "habitually", "regularly",
             "continually", "sometimes", "occasionally", "customarily", "invariably", "persistently"}
#: Adverbs by which a clause follows the one told before it ("had then stated").
_SEQUEL = {"then", "thereupon", "thereafter", "afterwards", "afterward", "subsequently", "next"}
#: Marks of a subordinate clause: such a clause cannot govern a clause told before it.
_SUBORDINATORS = {"that", "whether", "if"}
#: Adverbs the parser gives for a phrasal verb's particle ("fell back", "pulled out").
_PARTICLE_ADVERBS = {"back", "out", "away", "off", "up", "down", "apart", "onward", "onwards", "deeper", "home"} \
    | lexicon_mod.HEADINGS  # (the way a force goes, "pressed southward", "struck north", which an adverb tells)
#: Acts of force: an attempt at one is told as one ("attempted to block the port": the attempt was made).
_FORCE_TYPES = lexicon_mod.FORCE_TYPES
#: People who flee as a journey, not as a side giving way ("refugees fled south").
_CIVILIANS = {"refugee", "refugees", "civilian", "civilians", "people", "inhabitant", "inhabitants", "resident",
              "residents", "villager", "villagers", "peasant", "peasants", "family", "families", "population",
              "women", "children", "citizen", "citizens", "thousand", "thousands", "hundred", "hundreds", "million",
              "millions", "jew", "jews", "emigrant", "emigrants", "emigre", "emigres", "émigré", "émigrés"}
#: Words by which a family or a house is a ruler's ("the royal family fled"): a side, not civilians.
_RULING = {"royal", "imperial", "ruling", "reigning", "princely", "regal"}
#: Words that count people: what they count tells who fled ("thousands of refugees", "thousands of rebels").
_COUNTS = {"thousand", "thousands", "hundred", "hundreds", "million", "millions", "dozen", "dozens"}
_QUOTES_OPEN = {'"', "“"}
_QUOTES_CLOSE = {'"', "”"}
_QUOTE_CHARS = _QUOTES_OPEN | _QUOTES_CLOSE


#: Participles that tell when their clause's deed began ("fought the battle, beginning on 12 August").
_ONSET = {"begin", "start", "commence"}


def _clause_tokens(v) -> list[int]:
    """Token indices of ``v``'s own clause: its subtree minus embedded clauses (but with a participle
    that only says when the clause's deed began: "fought the Battle of Cer, beginning on 12 August", and the
    like relative clause)."""
    out, stack = [], [v]
    while stack:
        t = stack.pop()
        out.append(t.i)
        for c in t.children:
            if c.dep_ == "conj" and c.pos_ == "ADP" and t.pos_ in ("VERB", "AUX") and c.i > t.i:
                continue  # "X disbanded and on 26 April | Y surrendered": the phrase opens the next clause
            if c.dep_ in _CLAUSAL and (c.pos_ in ("VERB", "AUX") or c.dep_ in ("relcl", "acl", "ccomp", "advcl")) \
                    and not (c.tag_ == "VBG" and c.lemma_.lower() in _ONSET and c.dep_ in ("advcl", "acl")
                             and not any(d.dep_ in ("nsubj", "dobj", "xcomp") for d in c.children)) \
                    and not _onset_relative(c) and not _medium_participle(c, t):
                out.extend(_offset_opening(c))
                continue
            stack.append(c)
    return sorted(out)


def _onset_relative(c) -> bool:
    """"began a counter-offensive that started on 5 December": a relative clause that only says when the
    thing it qualifies began. Its date is the clause's."""
    return c.dep_ == "relcl" and c.lemma_.lower() in _ONSET \
        and any(d.dep_ == "nsubj" and d.tag_ == "WDT" for d in c.children) \
        and not any(d.dep_ in ("dobj", "xcomp") for d in c.children)


def _offset_opening(c) -> list[int]:
    """"A week after the siege started, the garrison gave in": the stretch of time and its "after" that open a
    clause of another deed count from that deed to the governing clause's, so they date the governing clause
    (the time stage has counted them); the rest of the clause is the other deed's own. The units are the time
    stage's ("unit" in resources/time/lexicon.yaml)."""
    if c.dep_ != "advcl":
        return []
    mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ in ("after", "before")), None)
    span = next((n for n in c.children if n.dep_ == "npadvmod" and n.lower_ in time_rules.lexicon()["unit"]
                 and mark is not None and n.i < mark.i), None)
    return [t.i for t in span.subtree] + [mark.i] if span is not None else []


#: nouns of public appeals: a participle on one tells what it says ("a manifesto calling on ...")
_PROCLAIMED = frozenset({"proclamation", "manifesto", "appeal", "declaration", "statement", "broadcast", "communique",
                         "communiqué", "leaflet", "pamphlet", "decree", "speech", "message", "letter", "note"})
_REPEL_LEMMAS = frozenset({"repulse", "repel", "dislodge"})
#: Nouns of a push against a force: one repelled is the attackers' retreat ("repelled a second attack").
_ATTACK_NOUNS = frozenset({"attack", "attacks", "assault", "assaults", "offensive", "advance", "invasion", "raid",
                           "raids", "counterattack", "counter-attack", "counteroffensive", "counter-offensive",
                           "incursion", "incursions", "onslaught", "thrust", "charge", "sortie", "attempt"})
#: Particles of a verb that drives a side off ("drove them back", "forced the garrison out of the town",
#: "were pushed back by the cavalry"): the side driven off retreats, besides being attacked.
_DRIVEN_OFF = frozenset({"back", "out", "from", "off"})
#: Ways of leaving a post by oneself: a replacement that follows one removes no one.
_LEFT_OF_ITSELF = frozenset({"die", "resign", "retire", "abdicate", "succumb", "perish", "fall"})
#: Particles the parser makes prepositions heading another phrase ("out of", "away from", "back to").
_PARTICLE_PREPS = frozenset({"out", "away", "back", "off", "up", "down"})
_TIME_ENTS = frozenset({"DATE", "TIME"})
#: Nouns of the medium a clause's words went out by ("proclaimed victory in a speech broadcast on 1 April").
_MEDIA = _MESSAGE_NOUNS | _PROCLAIMED | {"address", "interview"}


def _medium_participle(c, t) -> bool:
    """A participle that tells when the medium of the clause's words went out: "in a speech aired on
    1 April", "by a decree published on 3 May". Its date is the clause's."""
    return c.dep_ == "acl" and c.tag_ == "VBN" and t.lemma_.lower() in _MEDIA and t.dep_ == "pobj" \
        and not any(d.dep_ in ("nsubj", "nsubjpass", "dobj") for d in c.children)


class _Chunk:
    """Per-chunk memo: token bounds read once, and each head's clause pieces computed once (the
    same governing clause is asked for by every trigger under it)."""

    def __init__(self, sdoc, offset: int):
        self.sdoc = sdoc
        self.offset = offset
        self.bounds = [(t.idx + offset, t.idx + len(t.text) + offset) for t in sdoc]
        self.memo: dict[int, list[tuple[int, int]]] = {}

    def pieces(self, idxs: list[int]) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        prev = None
        for i in idxs:
            s, e = self.bounds[i]
            if prev is not None and i == prev + 1:
                spans[-1] = (spans[-1][0], e)
            else:
                spans.append((s, e))
            prev = i
        return spans

    def clause(self, tok) -> list[tuple[int, int]]:
        got = self.memo.get(tok.i)
        if got is None:
            got = self.memo[tok.i] = self.pieces(_clause_tokens(tok))
        return got


#: the chunk ``find_frames`` is reading (set and cleared by it; a fresh memo for any other doc)
_current: "_Chunk | None" = None


def _chunk_of(sdoc, offset: int) -> _Chunk:
    if _current is not None and _current.sdoc is sdoc and _current.offset == offset:
        return _current
    return _Chunk(sdoc, offset)


def _quote_mask(sdoc) -> list[bool]:
    """True for tokens inside double quotation marks (straight quotes toggle). A quotation left open
    ends with its paragraph: a quote going on in the next one opens again there, so an unbalanced mark
    does not turn the rest of the text into quotation."""
    mask, inside = [], False
    for t in sdoc:
        if "\n" in t.text:
            inside = False
        if t.text in _QUOTES_OPEN and not (t.text == '"' and inside):
            inside = True
            mask.append(False)
            continue
        if t.text in _QUOTES_CLOSE and inside:
            inside = False
            mask.append(False)
            continue
        mask.append(inside)
        if len(t.text) == 1 or not _QUOTE_CHARS.intersection(t.text):
            continue
        for ch in t.text:  # a mark the tokenizer left inside a word ('Lynch"-3rd') still opens or closes
            if ch == '"':
                inside = not inside
            elif ch == "“":
                inside = True
            elif ch == "”":
                inside = False
    return mask


def _object_keys(v) -> tuple[set[str], set[tuple[str, str]], set[str]]:
    objs = set()
    passive, objects = is_passive(v), logical_objects(v)
    if passive:  # "was given permission": the thing a passive of giving keeps as its object
        objs.update(w for o in v.children if o.dep_ == "dobj" and o.pos_ == "NOUN" for w in (o.lemma_.lower(), o.lower_))
    for o in objects:
        objs.update((o.lemma_.lower(), o.lower_))
        objs.update(_written_forms(o))  # "the attached aide-mémoire": as the lexicon spells it
        if o.lower_ in lexicon_mod.PARTITIVE:  # "moved most of the army": the army is what was moved
            objs.update(w for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj" for w in (p.lemma_.lower(), p.lower_))
        for c in o.children:  # "a declaration of war", "preparations for the invasion": the object with its
            if c.dep_ == "prep" and c.lower_ in ("of", "for"):  # "of" or "for" noun, as one key
                objs.update(f"{w} {c.lower_} {p.lemma_.lower()}" for p in c.children if p.dep_ == "pobj"
                            for w in (o.lemma_.lower(), o.lower_))
        # "began their second winter counter-offensive", the tagger reading the last word as an adjective and
        # the parser heading the phrase with "winter": a word after the head is the phrase's real head
        objs.update(c.lower_ for c in o.children if c.dep_ in ("amod", "compound") and c.i > o.i and "-" in c.text)
        if o.pos_ == "PROPN":  # "launched Operation Harvest": the name says what kind of thing it is
            objs.update(c.lower_ for c in o.children if c.dep_ == "compound" and c.i < o.i and c.text[:1].isupper())
            # ... and so does a common noun before it ("sank the liner Kessring", "took the fortress Varna")
            objs.update(w for c in o.children if c.dep_ == "compound" and c.i < o.i and c.pos_ == "NOUN"
                        and c.text[:1].islower() for w in (c.lemma_.lower(), c.lower_))
            # "the Rhine Note, a plan which ..., was outlined": the apposition says it
            objs.update(c.lemma_.lower() for c in o.children if c.dep_ == "appos" and c.pos_ == "NOUN")
        whole = [p for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj"] if o.lower_ in lexicon_mod.PARTITIVE else []
        if o.ent_type_ == "PERSON" or o.lower_ in PRONOUNS_PERSON or (o.pos_ == "PROPN" and _by_a_person(v)):
            objs.add(lexicon_mod.PERSON_OBJECT)  # "Marsh (read as a place) was replaced by Doyle": a person too
        if any(lexicon_mod.is_military(t) for t in [o] + whole):
            objs.add(lexicon_mod.FORCE_OBJECT)  # "recruited mercenaries", "sent a battleship group"
        if any(lexicon_mod.is_place(t) or _gazetteer_place(t) for t in [o] + whole):
            objs.add(lexicon_mod.PLACE_OBJECT)  # "took the city", "captured Kiev": a place acted upon
            if _town(o):
                objs.add(lexicon_mod.TOWN_OBJECT)
    if not is_passive(v) and any(lexicon_mod.is_place(s) or _gazetteer_place(s) for s in logical_subject(v)):
        objs.add(lexicon_mod.PLACE_SUBJECT)  # "the fortress fell": a place undergoes the event
    if not is_passive(v):  # "war broke out", "fighting erupted": what the subject is names the event
        objs.update(lexicon_mod.SUBJECT_PREFIX + w for s in v.children if s.dep_ == "nsubj"
                    for w in (s.lemma_.lower(), s.lower_))  # (by lemma and as written: "hostilities")
    if not passive and _judged(v):
        objs.add(lexicon_mod.PREDICATE_OBJECT)
    objs.update(c.lemma_.lower() for c in v.children if c.dep_ in ("oprd", "acomp")  # "taken prisoner", "pleaded guilty"
                or (c.dep_ == "ccomp" and c.pos_ == "ADJ"))  # "made it clear that ..."
    if any(c.dep_ == "xcomp" and c.tag_ in ("VBG", "VB") for c in v.children) or any(
            c.dep_ == "ccomp" and c.i > v.i and _has_to(c) for c in v.children) or (not passive and any(
            _to_clause(c) for o in objects for c in o.children if c.dep_ in ("relcl", "acl"))):
        # "opposed holding elections": a course of action as the object; "pressured the council to resign",
        # which the parser may hang on the object as a clause of its own
        objs.add(lexicon_mod.VERB_COMPLEMENT)
    pobjs = set()
    for c in v.children:
        # (the parser makes "to" after an object a dative: "sent the envoys to the gallows")
        if (c.dep_ == "prep" or (c.dep_ == "dative" and c.lower_ == "to")) and not dated_prep(c):
            for p in c.children:  # ("On 25 March": a date, not a march set out on)
                if p.dep_ == "pobj":  # by lemma and as written (the lexicon lists plurals: "called for troops")
                    pobjs.update(((c.lower_, p.lemma_.lower()), (c.lower_, p.lower_)))
                elif p.dep_ == "prep" and c.lower_ in _PARTICLE_PREPS:  # "forced out of office": the inner phrase
                    pobjs.update((p.lower_, o.lemma_.lower()) for o in p.children if o.dep_ == "pobj")
                elif p.dep_ == "pcomp" and p.pos_ == "VERB":  # "charged with overseeing"
                    pobjs.add((c.lower_, lexicon_mod.VERB_COMPLEMENT))
                    pobjs.add((c.lower_, p.lower_))  # "took them by surprise", the noun read as a verb
    for o in objects:  # "assured the regent of more aid": the parser hangs the verb's "of" on its object
        if not lexicon_mod.is_place(o):
            pobjs.update(("of", p.lemma_.lower()) for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj")
    particles = {c.lower_ for c in v.children if (c.dep_ == "prt" or (c.dep_ == "prep" and not dated_prep(c)))
                 or (c.dep_ == "advmod" and c.lower_ in _PARTICLE_ADVERBS | _PREDICATIVE)}  # "fell back": an adverb to the parser
    # "called for the authorities to restore order": the parser makes "for" the mark of the clause after
    # the verb; it is the verb's own preposition
    particles.update(m.lower_ for c in v.children if c.dep_ in ("advcl", "ccomp") and c.i > v.i
                     for m in c.children if m.dep_ == "mark" and m.lower_ == "for" and m.i == v.i + 1)
    if _purpose_clauses(v):
        particles.add(lexicon_mod.TO_DO)  # "put pressure on the council to resign": what the act is for
    return objs, pobjs, particles


def _judged(v) -> bool:
    """"called the treaty a disgrace", 'called it "a complete triumph"' (parsed as two objects), "called the
    plan reckless": the verb's object named as a kind of thing (an indefinite noun) or given a quality, which
    is a judgment. A name given ("calls them 'the Greeks'", "which they termed X") is not."""
    objs = [c for c in v.children if c.dep_ in ("dobj", "dative")]
    if not objs or objs[0].tag_ in ("WP", "WDT"):
        return False
    preds = [c for c in v.children if c.dep_ == "oprd"] + objs[1:]
    return any(p.pos_ == "ADJ" or (p.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ in ("a", "an")
                                                             for d in p.children)) for p in preds)


def _has_to(c) -> bool:
    """``c`` is a verb with the infinitive's "to" ("to resign")."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)


def _to_clause(c) -> bool:
    """``c`` is a bare "to" clause ("to resign", "to be used"): a verb in its base form (or a passive's
    participle after a bare "be") with "to" and no subject of its own."""
    base = c.tag_ == "VB" or (c.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.tag_ == "VB" for a in c.children))
    return base and _has_to(c) and not any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children)


def _purpose_clauses(v) -> list:
    """The "to" clauses hung on the verb ``v`` ("moved to encircle the army", "put pressure on X to resign")."""
    return [c for c in v.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and _has_to(c)]


#: States a verb of falling or going ends in, which the parser reads as adverbs ("fell ill", "went silent"):
#: kept as particles so that an entry can rule them out.
_PREDICATIVE = frozenset({"ill", "sick", "silent", "asleep", "quiet", "mad", "lame", "blind"})


#: What is left of a force after a defeat: going home "with the remnants of the army" is a retreat.
_REMNANTS = frozenset({"remnant", "remnants", "remainder", "remains", "rest", "survivors", "wreck", "wreckage",
                       "shreds", "residue"})


#: Participles that say a force was beaten: its going back afterwards is a retreat.
_BEATEN = frozenset({"check", "defeat", "beat", "repulse", "rout", "rebuff", "batter", "shatter", "crush", "maul"})


def _says(v, lex) -> bool:
    """The verb's entry is a saying ("X said", "X told reporters")."""
    lemma = _lemma(v, lex) if v.pos_ == "VERB" else None
    entry = lex.lookup(lemma, *_object_keys(v)) if lemma is not None else None
    return entry is not None and entry.type == "STATEMENT"


def _civilians(subject) -> bool:
    """Whether a subject that fled is people rather than a side: a count of people is judged by what it
    counts ("hundreds of thousands of villagers" fled as people; "thousands of Royalists" as a side)."""
    while subject.lower_ in _COUNTS:
        counted = [p for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj"]
        if not counted:
            break
        subject = counted[0]
    if subject.pos_ == "PROPN" or subject.ent_type_ in ("NORP", "ORG"):
        return False  # a named people or party is a side giving way
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _RULING for c in subject.children):
        return False  # "the royal family fled the palace": a ruler's house is a side, not refugees
    return subject.lemma_.lower() in _CIVILIANS or subject.lower_ in _CIVILIANS


def _beaten_subject(v) -> bool:
    """"The duke's army, checked near the river, went home", "the defeated regiments went home": the subject
    carries a participle of defeat."""
    if v.dep_ == "conj" and v.head.tag_ in ("VBN", "VBD") and v.head.lemma_.lower() in _BEATEN \
            and not any(c.dep_ in ("aux", "auxpass") for c in v.head.children):
        return True  # the same, with the participle parsed as the main verb ("X, checked near the river, went home")
    return any(c.dep_ in ("amod", "acl") and c.tag_ == "VBN" and c.lemma_.lower() in _BEATEN
               for s in logical_subject(v) for c in s.children)


def _with_remnants(v) -> bool:
    """"The duke went home with what remained of his army", "sailed home with the survivors"."""
    return any(c.dep_ == "prep" and c.lower_ == "with" and p.dep_ == "pobj" and p.lower_ in _REMNANTS
               for c in v.children for p in c.children)


def _by_a_person(v) -> bool:
    """A passive whose by-phrase names a person ("was replaced by General Doyle")."""
    return is_passive(v) and any(p.ent_type_ == "PERSON" for c in v.children if c.dep_ == "agent"
                                 for p in c.children if p.dep_ == "pobj")


def _gazetteer_place(tok) -> bool:
    """A name the small model typed as a person or body but which the gazetteer knows as a place, in a
    verb's place slot ("the rebels took Kharkiv", "Lvov finally fell"): the verb and the gazetteer
    together outweigh the model's guess. A title before it ("General Clinton") keeps it a person."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in ("PERSON", "ORG", ""):
        return False
    words = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i] + [tok]
    if words[0].i != words[-1].i - len(words) + 1 or any(w.lower_ in _title_words() for w in words):
        return False
    return known_place(" ".join(w.text for w in words))


def _town(tok) -> bool:
    """A town or city: a noun of one, or a name (not a person's, by the parser) the gazetteer knows as a city."""
    if tok.pos_ == "NOUN":
        return tok.lower_ in lexicon_mod.TOWN_NOUNS
    if tok.pos_ != "PROPN" or (tok.ent_type_ == "PERSON" and not _gazetteer_place(tok)):
        return False  # (a name the model read as a person's counts when the gazetteer knows it, untitled)
    words = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i] + [tok]
    return place_kind(" ".join(w.text for w in words)) == "city"


@lru_cache(maxsize=4096)
def place_kind(name: str):
    """The kind of place the gazetteer knows ``name`` as ("city", ...), or None (asked again for every
    verb a name hangs on: cached)."""
    from ..names import gazetteer  # the index loads on first use; most chunks never ask
    place = gazetteer.lookup(name)
    return place.kind if place is not None else None


def known_place(name: str) -> bool:
    """Whether the gazetteer knows ``name``."""
    return place_kind(name) is not None


@lru_cache(maxsize=1)
def _title_words() -> frozenset:
    from ..mentions import titles
    return frozenset(w.lower().rstrip(".") for t in titles() for w in t.split())


def _quits(v) -> bool:
    """"The last troops left New York", "6,000 soldiers had left Burma": a force that leaves a place, bound for
    nowhere the clause names and on no errand, gives it up (not "left the area to menace X", "left for the
    front", "left the capital and marched north")."""
    return v.lemma_.lower() == "leave" and any(c.dep_ == "dobj" for c in v.children) \
        and not any(c.dep_ in ("xcomp", "advcl", "conj") or (c.dep_ == "prep" and c.lower_ in _WHITHER_PREPOSITIONS)
                    for c in v.children)


def _military_subject(v) -> bool:
    """The doer of a journey is an armed body: "the troops landed", "two battleships slipped out", "the
    Romans crossed the river", "X and Y, whose armies defeated Z, moved east" (a leader moving with the
    armies the clause names); a part of one ("elements of the III Corps arrived")."""
    subjects = logical_subject(v)
    subjects += [p for s in subjects if s.lower_ in lexicon_mod.PARTITIVE | {"units", "detachments"}
                 for c in s.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"]
    for s in subjects:
        if _armed_body(s):
            return True
        if (s.ent_type_ == "NORP" or s.tag_ == "NNPS") and s.dep_ in ("nsubj", "nsubjpass") and any(
                c.dep_ == "det" and c.lower_ == "the" for c in s.children):
            return True  # "the British moved on to Concord", "the Allies landed": a people or a league named as
            # a side moves as its army
        for c in s.children:
            if c.dep_ == "relcl" and any(t.dep_ == "poss" and t.lower_ == "whose" and lexicon_mod.is_military(t.head)
                                         for t in c.subtree):
                return True
    return False


def _armed_body(s) -> bool:
    """``s`` names an armed body: "the troops", or a name that says it ("the Royal Naval Expeditionary Force",
    "the Italian I Corps")."""
    return lexicon_mod.is_military(s) or any(
        t.ent_type_ in ("ORG", "") and t.pos_ == "PROPN" and t.lower_ in lexicon_mod.MILITARY_NOUNS
        for t in [s] + [c for c in s.children if c.dep_ == "appos"])


def _military_noun_doer(n) -> bool:
    """The one whose journey the noun ``n`` names is an armed body ("the arrival of the brigades", "the
    fleet's departure"): a move of force, as the verb with that subject would be."""
    doers = [c for c in n.children if c.dep_ == "poss"] + [
        p for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return any(map(_armed_body, doers))


#: Adverbs that put a coordinated verb later than the one before it ("took the town and later marched on").
_LATER = frozenset({"later", "then", "subsequently", "afterwards", "afterward", "eventually", "finally", "soon",
                    "thereafter", "next", "again"})


def _sharing_conjuncts(v) -> list:
    """Verbs coordinated after ``v`` with its subject and no word that puts them later ("was overthrown and
    executed on 2 November"): a date phrase they end with dates ``v`` too, when ``v`` has none of its own."""
    return [c for c in v.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > v.i
            and not any(d.dep_ in ("nsubj", "nsubjpass", "expl") for d in c.children)
            and not any(d.dep_ == "advmod" and d.lower_ in _LATER for d in c.children)]


#: Verbs of constraint: in the passive with no one named who constrains, they only say a deed was necessary.
_OBLIGING = frozenset({"force", "oblige", "compel"})
#: What presses without being anyone: a coercion by one of these has no coercer.
_CIRCUMSTANCES = frozenset({"opinion", "circumstance", "circumstances", "event", "events", "necessity", "need",
                            "hunger", "poverty", "famine", "fear", "lack", "shortage", "want", "debt", "debts",
                            "weather", "illness", "sickness", "ambition", "pride", "conscience", "duty"})
#: Verbs of speaking that, as a participle before a verb of saying, only frame it ("Speaking to the press, X said").
_SPEAKING = frozenset({"speak", "talk", "write"})
#: Verbs of a body of people coming together or going somewhere together.
_MASSING = frozenset({"march", "assemble", "gather", "converge", "parade", "mass"})
#: Nouns of unarmed crowds: when they march or gather, it is a demonstration, not a move of force.
_CROWDS = frozenset({"crowd", "crowds", "mob", "mobs", "woman", "women", "worker", "workers", "protester",
                     "protesters", "protestor", "protestors", "demonstrator", "demonstrators", "student", "students",
                     "townspeople", "townsfolk", "housewife", "housewives", "strikers", "marchers", "citizen",
                     "citizens", "peasant", "peasants", "people"})


def _crowd_subject(v) -> bool:
    """The doer is a crowd ("crowds of weavers began to assemble", "thousands of students marched"), no armed body."""
    for s in logical_subject(v):
        heads = [s] + [p for c in s.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj"]
        if any(lexicon_mod.is_military(h) for h in heads):
            return False
        if any(h.lemma_.lower() in _CROWDS or h.lower_ in _CROWDS for h in heads):
            return True
    return False


#: Verbs of compelling someone to act: when the act is a retreat, the retreat is what the text tells.
_COMPEL = frozenset({"force", "oblige", "compel", "constrain"})
_NO_ENTRY = lexicon_mod.Entry(lemmas=(), type="")


def _to_fight(v, lex) -> bool:
    """A journey made in order to fight ("the general moved to encircle the enemy's army", "the duke returned
    to retake the fort"): a commander's move is his force's, a troop movement."""
    for c in _purpose_clauses(v):
        for p in conjuncts(c):  # ("left the area to menace X's lines and invade Y": either purpose)
            entry = lex.lookup(_lemma(p, lex), *_object_keys(p)) if _lemma(p, lex) is not None else None
            if entry is not None and entry.type in ("ASSAULT", "COERCE", "THREATEN"):
                return True
    return False


def _forced_retreat(entry, passive: bool) -> bool:
    """The act compelled is a retreat that tells the story by itself: a force giving ground ("forcing the
    French to withdraw"), or anyone's retreat told of the one compelled ("was forced to resign"); making
    officials resign is the coercion itself ("compelled the officials to resign")."""
    return entry.type == "RETREAT" and (passive or entry.mode != "resign")


def _date_phrase(tok):
    """The "on 9 November" phrase that follows ``tok`` (its own, or its verb's next one), or None."""
    for c in tok.children:
        if c.i > tok.i and dated_prep(c):
            return c
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt if nxt is not None and nxt.head is tok.head and dated_prep(nxt) else None


def _gapped_objects(v) -> list:
    """Further objects of one verb, each told with a date of its own, the verb said once ("seized the mill on
    May 2 and then the bridge on May 9"): the parser hangs them on the verb as conjuncts or loose noun
    phrases. Only when the first object has its date too. [(object, its date phrase)]"""
    objs = [o for o in logical_objects(v) if o.dep_ == "dobj"]
    if not objs or is_passive(v) or _date_phrase(objs[0]) is None:
        return []
    pairs = [(c, _date_phrase(c)) for c in v.children if c.dep_ in ("conj", "npadvmod", "appos")
             and c.i > objs[0].i and c.pos_ in ("PROPN", "NOUN") and c.ent_type_ not in _TIME_ENTS]
    for c, d in list(pairs):  # "..., and Y on May 9, and finally Z on May 13": a chain of conjuncts
        while d is not None:
            nxt = [x for x in c.children if x.dep_ == "conj" and x.pos_ in ("PROPN", "NOUN")
                   and x.ent_type_ not in _TIME_ENTS]
            if not nxt:
                break
            c, d = nxt[0], _date_phrase(nxt[0])
            pairs.append((c, d))
    pairs.sort(key=lambda p: p[0].i)
    return [(c, d) for c, d in pairs if d is not None]


def _one_per_gapped_object(frame: EventFrame, gapped: list, entry, offset: int) -> list:
    """One frame per gapped object, its clause cut to that object and its date; the verb's own frame keeps
    the first object and its date."""
    bounds = []
    for g, date in gapped:
        last = max(t.i for t in date.subtree)
        lo = min(t.i for t in g.subtree if t.i <= g.i)
        bounds.append((offset + g.doc[lo].idx, offset + g.doc[last].idx + len(g.doc[last])))
    cut = bounds[0][0]
    frame.pieces = [(a, min(b, cut)) for a, b in frame.pieces if a < cut]
    frame.args = [x for x in frame.args if x.start < cut]
    out = []
    for (g, _), (lo, hi) in zip(gapped, bounds):
        args = [x for x in frame.args if x.subject] + [make_arg(g, entry.object_role, offset, obj=True)]
        out.append(replace(frame, pieces=[(lo, hi)], args=args, start=lo, end=hi, cues=list(frame.cues),
                           rule=frame.rule + ":gapped"))
    return out


def _followers(v) -> list:
    """What "followed" the verb's deed, each on a date of its own ("Kessring fell on 4 March,
    followed by Pell Ford on 9 March"): the same deed again, told by its new place or object only.
    Only when the verb has its own date. [(follower, its date phrase)]"""
    if _date_phrase(v) is None and not any(dated_prep(c) for c in v.children):
        return []
    out = []
    for f in v.children:
        if f.dep_ not in ("advcl", "conj") or f.lemma_.lower() != "follow" or f.tag_ != "VBN":
            continue
        whom = [p for a in f.children if a.dep_ == "agent" for p in a.children
                if p.dep_ == "pobj" and p.pos_ in ("PROPN", "NOUN") and p.ent_type_ not in _TIME_ENTS]
        date = next((c for c in f.children if dated_prep(c)), None)
        if len(whom) == 1 and date is not None and date.i > whom[0].i:
            out.append((whom[0], date))
    return out


def _one_per_follower(frame: EventFrame, followers: list, v, entry, offset: int) -> list:
    """The deed again for each follower: in the place of the verb's object, or of its subject when
    the subject is the place undergoing it ("X fell ..., followed by Y"). The verb's own frame is cut
    before the follower's phrase, so that its date stays its own."""
    objects = [x for x in frame.args if x.obj]
    if objects and entry.object_role in ("target", "place"):
        keep, role, as_subject = [x for x in frame.args if x.subject], entry.object_role, False
    elif not objects and any(lexicon_mod.is_place(s) or _gazetteer_place(s) for s in logical_subject(v)):
        subj = [x for x in frame.args if x.subject]
        if not subj:
            return []
        keep, role, as_subject = [x for x in frame.args if not x.subject and x.role != "place"], subj[0].role, True
    else:
        return []
    out = []
    cut = None
    for who, date in followers:
        lo = who.head.head.i  # the word "followed"
        last = max(t.i for t in date.subtree)
        start, end = offset + who.doc[lo].idx, offset + who.doc[last].idx + len(who.doc[last])
        cut = start if cut is None else min(cut, start)
        arg = make_arg(who, role, offset, subject=as_subject, obj=not as_subject)
        out.append(replace(frame, pieces=[(start, end)], args=[x for x in keep if x.start < start] + [arg],
                           start=start, end=end, cues=list(frame.cues), rule=frame.rule + ":followed"))
    frame.pieces = [(a, min(b, cut)) for a, b in frame.pieces if a < cut]
    return out


_CAPTURING = frozenset({"capture", "recapture", "take", "seize"})
#: Verbs of control won, not only kept ("took control of the city"; not "extended" or "consolidated" it).
_CONTROL_TAKEN = frozenset({"take", "seize", "gain", "win", "wrest", "assume"})
#: Nouns of people a capture can take as prisoners ("captured 800 soldiers").
_CAPTIVES = frozenset({"soldier", "soldiers", "men", "troops", "officer", "officers", "prisoner", "prisoners", "crew",
                       "crews", "sailors", "defenders", "survivors", "fighters", "guerrillas", "rebels", "insurgents",
                       "mercenaries", "infantrymen", "cavalrymen", "militiamen", "conscripts", "recruits"})


#: Armed bodies a capture takes whole ("captured the garrison", "most of the southern army"): prisoners.
_BODIES_TAKEN = frozenset({"army", "armies", "garrison", "garrisons", "division", "divisions", "regiment", "regiments",
                           "battalion", "battalions", "brigade", "brigades", "corps", "force", "forces", "column"})


def _people_taken(v) -> bool:
    """A capture whose object is people ("captured nearly 900 Hessians", "took 300 soldiers", "most of the
    southern army"): besides the fight, prisoners are taken."""
    objects = list(logical_objects(v))
    objects += [p for o in objects if o.lower_ in lexicon_mod.PARTITIVE for c in o.children
                if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    for o in objects:
        if o.lower_ in _BODIES_TAKEN:
            return True
        if o.lower_ in _CAPTIVES or (o.ent_type_ == "NORP" and o.tag_ in ("NNPS", "NNS")) or (
                o.ent_type_ == "NORP" and o.lower_.endswith("s") and any(c.dep_ == "nummod" for c in o.children)):
            return True
    return False


def _person_identified(v) -> bool:
    """A person "recognised" with no "as" phrase: seen and known, not recognised as a ruler or a government."""
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in v.children):
        return False
    return any(o.ent_type_ == "PERSON" or o.lower_ in PRONOUNS_PERSON for o in logical_objects(v))


def _tried(frame: EventFrame) -> bool:
    """An attempt ("attempted to dislodge the garrison"): the blow was struck, but no side is told to have
    given way."""
    return any(c.startswith("attempt:") for c in frame.cues)


def _driven_back(frame: EventFrame) -> EventFrame:
    """"The British drove the Americans back": besides the attack, the retreat of the side driven back
    (its source), forced by the one that drove it (its target)."""
    swap = {"source": "target", "target": "source"}
    return replace(frame, type="RETREAT", mode="repulsed", rule=frame.rule + ":driven",
                   args=[replace(x, role=swap.get(x.role, x.role), subject=False, main=False) if x.role in swap
                         else x for x in frame.args], cues=list(frame.cues))


#: Ways a side driven off is sent: a heading ("repelled them northwards") or a place it is put out of or beyond.
_AWAY_WORDS = lexicon_mod.HEADINGS | {"back", "backward", "backwards"}
_AWAY_PREPS = frozenset({"from", "past", "across", "beyond", "behind", "out", "over"})


def _sent_away(v) -> bool:
    """"Repelled the enemy northwards / from the valley / past the river": not only beaten off but pushed
    somewhere, so the side driven off withdrew. The parser may fold the heading into the object's noun."""
    return any(c.lower_ in _AWAY_WORDS and c.dep_ in ("advmod", "npadvmod", "prt", "dobj")
               or c.dep_ == "prep" and c.lower_ in _AWAY_PREPS for c in v.children)


def _repulsed(v, lemma: str, entry) -> bool:
    """"The column was repulsed (and pushed back)": a force driven off, told without who drove it (a by-phrase
    of time, "by late May", names no one), is a retreat of that force."""
    if lemma not in _REPEL_LEMMAS and entry.mode != "repel":
        return False
    if not (is_passive(v) or (v.dep_ == "conj" and v.tag_ == "VBN" and is_passive(v.head))):
        return False
    for t in (v, v.head if v.dep_ == "conj" else v):
        for c in t.children:
            if c.dep_ == "agent" and any(p.dep_ == "pobj" and p.ent_type_ not in _TIME_ENTS for p in c.children):
                return False
    return True


#: Prepositions of a phrase that sets the scene of a clause: a date inside it ("in a 1908 interview", "at the
#: 1937 conference") dates the clause too.
_SCENE_PREPS = {"in", "at", "during", "throughout", "after", "before", "since", "until", "following"}


def _argument_dates(sdoc, idxs: list[int], v, offset: int, quoted: list[bool]) -> list[tuple[int, int]]:
    """Date words that modify a noun of the clause ("the 2010 raid", "last year's elections"): they date
    that thing, not the verb's event ("apologised for the 2010 raid" happened now, not in 2010). A noun
    that sets the scene ("in a 1908 interview, X stated") keeps its date for the clause. Nor does a date
    inside quotation marks date a verb outside them ('"In 2003 we invested," the firm said')."""
    out = []
    for i in idxs:
        t = sdoc[i]
        if quoted[t.i] and not quoted[v.i]:
            out.append((offset + t.idx, offset + t.idx + len(t)))
            continue
        if t.ent_type_ in ("DATE", "TIME") and _set_for(t):
            out.append((offset + t.idx, offset + t.idx + len(t)))  # "a campaign for the following year"
            continue
        if t.ent_type_ in ("DATE", "TIME") and _conceded(t, v):
            out.append((offset + t.idx, offset + t.idx + len(t)))  # "despite the fall of X in June, Y attacked"
            continue
        if t.ent_type_ in ("DATE", "TIME") and _dates_a_deed_named_in_a_phrase(t, v):
            out.append((offset + t.idx, offset + t.idx + len(t)))  # "charged X with the shooting of Y in May 1905"
            continue
        n = t.head
        if t.ent_type_ in ("DATE", "TIME") and t.dep_ in ("nummod", "compound", "amod", "poss", "nmod") \
                and n.i != v.i and n.pos_ in ("NOUN", "PROPN") and n.ent_type_ not in ("DATE", "TIME") \
                and not (n.dep_ == "pobj" and n.head.lower_ in _SCENE_PREPS and n.head.head.i == v.i
                         and not _counted_off(n.head)) \
                and not _speaking_document(n, v):
            out.append((offset + t.idx, offset + t.idx + len(t)))
    return out


def _record_dates(sent, offset: int) -> list[tuple[int, int]]:
    """Dates a "since" phrase on a noun measures a record from ("the largest battle since 1650"): the time of
    no deed of the sentence, in whichever of its clauses the deed is told."""
    return [(offset + t.idx, offset + t.idx + len(t)) for t in sent
            if t.ent_type_ in ("DATE", "TIME") and t.dep_ == "pobj" and t.head.lower_ == "since"
            and t.head.head.pos_ in ("NOUN", "PROPN") and t.head.head.ent_type_ not in ("DATE", "TIME")]


def _dates_a_deed_named_in_a_phrase(t, v) -> bool:
    """The date word ``t`` is in a phrase of a noun that names a deed, and that noun is in a prepositional
    phrase of the verb other than its setting: "charged the officers with the shooting of the prisoners in
    May 1905" dates the shooting, not the charge; "fought in the battle in May" keeps its date for the verb."""
    prep = t.head if t.dep_ == "pobj" or (t.dep_ == "pcomp" and t.lower_ == "ago") else None
    if prep is None or prep.dep_ != "prep" or prep.lower_ not in ("in", "on", "during", "of"):
        return False  # ("referred to his conversation of three weeks ago": the conversation's date, not the referring)
    n = prep.head
    if n.i == v.i or n.pos_ != "NOUN" or n.dep_ != "pobj" or n.head.dep_ != "prep" or n.head.head.i != v.i \
            or n.head.lower_ in _SCENE_PREPS:
        return False
    return bool(lexicon_mod.load().noun_entries(n.lemma_.lower()))


def _counted_off(prep) -> bool:
    """"three months before the October offensive": a phrase that counts a stretch of time off the thing it
    names, so that thing's date is not the clause's (unlike "in a 1908 interview", which sets the scene).
    The units are the time stage's own ("unit" in resources/time/lexicon.yaml)."""
    units = time_rules.lexicon()["unit"]
    return any(c.dep_ == "npadvmod" and c.lower_ in units for c in prep.children)


#: Prepositions of a thing conceded: what they tell is set beside the clause, not in its time.
_CONCESSIVE = {"despite", "notwithstanding"}


def _conceded(t, v) -> bool:
    """A date word inside a concessive phrase of the verb ("despite the loss of Pressburg in August, the army
    launched an offensive"): it dates the thing conceded, which tells nothing of when the clause happened."""
    h = t
    for _ in range(6):
        if h.head is h or h.i == v.i:
            return False
        if h.dep_ == "pobj" and h.head.lower_ in _CONCESSIVE:
            return True
        h = h.head
    return False


#: Verbs of saying that also see a thing: as a participle with an object, they tell no words.
_PERCEIVING = frozenset({"observe", "note", "notice"})
#: Verbs of saying whose "that" clause in the bare form of the verb is a demand ("insisted that he resign").
_MANDATING = frozenset({"insist"})


#: Verbs of saying that turn into a threat when what they foretell is the speaker's own force.
_WARNING = frozenset({"warn", "caution"})
#: Subjects of the foretold deed that stand for the one who warns ("he would", "they would").
_SELF_PRONOUNS = frozenset({"i", "we", "he", "she", "it", "they"})


def _warns_of_own_force(v, lex) -> bool:
    """"Warned X that they would intervene against Y": the one warning foretells force of its own, in a
    "that" clause in "would" or "will" whose subject is a pronoun for it or its own name. Warning of what
    someone else would do ("warned that the rebels would attack") stays a statement."""
    own = {c.lower_ for c in v.children if c.dep_ == "nsubj"}
    for c in v.children:
        if c.dep_ != "ccomp" or not any(a.dep_ == "aux" and a.lower_ in ("would", "will", "shall") for a in c.children):
            continue
        subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
        if subj is None or not (subj.lower_ in _SELF_PRONOUNS or subj.lower_ in own):
            continue
        lem = _lemma(c, lex)
        deed = lex.lookup(lem, *_object_keys(c)) if lem else None
        if deed is not None and deed.type in ("ASSAULT", "COERCE", "MOBILIZE"):
            return True
    return False


#: Nouns of a purpose phrase: "in an attempt to", "in order to", "in the hope of".
_PURPOSE_NOUNS = frozenset({"attempt", "effort", "bid", "order", "hope"})


def _purpose_phrase(v) -> bool:
    """"went abroad in an effort to start over": a purpose told by a phrase, as a "to" clause
    would tell it."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        p.dep_ == "pobj" and p.lemma_ in _PURPOSE_NOUNS and any(
            x.dep_ in ("acl", "prep", "xcomp") for x in p.children) for p in c.children) for c in v.children)


#: What a request for news asks to be done: "desires to have by telegram such information", "wishes to know".
_TO_BE_TOLD = frozenset({"have", "receive", "know", "learn", "obtain", "be", "hear"})


def _desired(v) -> bool:
    """A wish said as a request of someone: "The Department desires that you continue to report" (a "that" clause
    with a subject of its own, in the present or the subjunctive), "desires to have by urgent telegram such
    information", "wishes to know whether ..."."""
    for c in v.children:
        that = any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) or (
            v.i + 1 < len(v.doc) and v.doc[v.i + 1].lower_ == "that")  # (the parser may take "that" for an object)
        if c.dep_ == "ccomp" and c.tag_ in ("VB", "VBP") and that \
                and any(d.dep_ == "nsubj" for d in c.children) \
                and not any(d.dep_ in ("aux", "auxpass") and d.lower_ not in ("should", "be") for d in c.children):
            return True
        if c.dep_ == "xcomp" and c.lemma_.lower() in _TO_BE_TOLD and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                          for a in c.children):
            return True
    return False


def _mandative(v) -> bool:
    """``v`` has a "that" clause in the subjunctive of demands (``modality.mandative``)."""
    return any(c.dep_ == "ccomp" and mandative(c) for c in v.children)


#: Verbs that foretell or promise a thing by a deadline ("predicted victory by the end of 1967").
_FORETELLING = frozenset({"predict", "promise", "expect", "forecast", "vow", "pledge", "anticipate", "hope"})


def _foretold(prep) -> bool:
    """A "by" phrase under a verb of foretelling or promising, a few steps up."""
    a = prep
    for _ in range(4):
        if a.head is a:
            return False
        a = a.head
        if a.lemma_.lower() in _FORETELLING:
            return True
    return False


def _set_for(t) -> bool:
    """A date word inside a "for" phrase: the time a thing is set for ("ordered a campaign for the following
    year", "elections for the spring"), which the ordering does not share; or inside the "by" phrase of a
    forecast or a promise ("predicted victory by the end of 1967"): the deadline, not the day it was said."""
    h = t
    for _ in range(3):
        if h.dep_ == "pobj" and h.head.lower_ == "for":
            return True
        if h.dep_ == "pobj" and h.head.lower_ == "by" and _foretold(h.head):
            return True
        if h.head is h:
            break
        h = h.head
    return False


def _speaking_document(n, v) -> bool:
    """``n`` is a document that is the verb's own subject, or the noun its relative clause describes."""
    if n.lemma_.lower() not in lexicon_mod.DOCUMENT_NOUNS:
        return False
    return (n.head.i == v.i and n.dep_ in ("nsubj", "nsubjpass")) or (v.dep_ == "relcl" and v.head.i == n.i)


def _backed_by_force(v) -> bool:
    """"supported by troops from Athens", "backed with warships": the support is armed help (AID)."""
    return any(c.dep_ in ("agent", "prep") and c.lower_ in ("by", "with")
               and any(o.dep_ == "pobj" and lexicon_mod.is_military(o) for o in c.children) for c in v.children)


def _no_traveller(v) -> bool:
    """A verb of motion in a sense that moves nobody: led ("was headed by"), said of "it" ("when it comes
    to"), a step taken ("moved to supply arms"), or a change of state told by an adjective ("the protests went
    unheeded", "the plan came true")."""
    if v.lemma_.lower() == "head" and is_passive(v):
        return True
    if v.lemma_.lower() == "move" and any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                    for a in c.children) for c in v.children) \
            and not any(_whither(c) for c in v.children):
        return True  # "moved to supply arms to X": took steps to do it, went nowhere
    states = [c for c in v.children if c.dep_ == "acomp"]
    if states and not any(_whither(c) for c in [*v.children, *(d for a in states for d in a.children)]):
        return True  # (not "came home sick", "returned to the city exhausted": there is a whither)
    return v.lemma_.lower() == "come" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in v.children) \
        and any(c.lower_ == "to" for c in v.children)


#: Adverbs that tell where a verb of motion goes ("came home", "went abroad").
_WHITHER_ADVERBS = frozenset({"home", "back", "abroad", "away", "ashore", "inland", "overseas", "north", "south",
                              "east", "west", "there", "here", "out", "off", "up", "down", "over", "across"})


#: Prepositions that tell a way or an end ("to", "into", "from", "for" as in "left for"); "in the palace" tells
#: where a change of state happened ("went mad in the palace"), not where anybody went.
_WHITHER_PREPOSITIONS = frozenset({"to", "into", "onto", "toward", "towards", "from", "for", "across", "through",
                                   "via", "past", "over", "up", "down", "along", "out", "back", "home"})


def _whither(c) -> bool:
    """A dependent of a verb of motion that tells where it went: a phrase of way or end that is not of time,
    an adverb of place."""
    if c.dep_ == "prep":
        return c.lower_ in _WHITHER_PREPOSITIONS and not any(
            o.dep_ == "pobj" and (o.ent_type_ in ("DATE", "TIME") or o.like_num) for o in c.children)
    return c.dep_ == "dobj" or (c.dep_ in ("advmod", "npadvmod", "prt") and c.lower_ in _WHITHER_ADVERBS)


def _progressive(v) -> bool:
    """The verb is in a progressive form ("was marching")."""
    return v.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in v.children)


def _correlative(v) -> bool:
    """The clause hangs on the first half of a correlative comparative ("the farther that X advanced, the
    more ..."): a condition, not a deed told."""
    h = v.head
    return v.dep_ in ("relcl", "advcl") and h.pos_ in ("ADV", "ADJ") \
        and any(c.lower_ == "the" for c in h.children) and h.i < v.i \
        and not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)  # ("the last to surrender")


def _governing_verb(v):
    """The verb whose clause embeds ``v`` (and the relation), skipping nouns in between."""
    node, dep = v, v.dep_
    while node.dep_ != "ROOT":
        head = node.head
        if head.pos_ in ("VERB", "AUX"):
            return head, dep
        node = head
        dep = dep if dep in _DATE_LINK else node.dep_
    return None, None


def _semicolon_clause(v) -> bool:
    """``v`` heads a main clause the parser hung on the next one across a semicolon ("Hooker, too, proved
    unable ...; despite ..., he was humiliated": "proved" read as a complement of "humiliated")."""
    return v.dep_ == "ccomp" and v.head.dep_ == "ROOT" and v.i < v.head.i \
        and any(t.text == ";" for t in v.doc[v.i:v.head.i])


def _lemma(v, lex) -> "str | None":
    """The verb's lemma as the lexicon has it, mended when the lemmatizer stumbles ("dined" -> "din")."""
    return mended_lemma(v, lex)


def find_frames(sdoc: Any, offset: int, document_id: str, lexicon=None) -> list:
    """Event frames of one parsed chunk, plus one ``Subjects`` record (for pronoun resolution)."""
    global _current
    # date phrases by token (the parse's DATE/TIME entities), read once per chunk, not per trigger
    date_ents = [(e.start, e.end, e.start_char, e.end_char) for e in sdoc.ents if e.label_ in ("DATE", "TIME")]
    light = LightDoc(sdoc)  # the parse read once into plain objects: the walks below are many
    _current = _Chunk(light, offset)
    try:
        return _find_frames(light, offset, document_id, lexicon or lexicon_mod.load(), _current, date_ents)
    finally:
        light.release()
        _current = None  # do not keep the parse alive: the pipeline drops it after this call


#: Nouns a "left"/"right" before them makes a side, not a verb's object ("attacked the enemy left flank").
_SIDE_NOUNS = frozenset({"flank", "flanks", "wing", "wings", "bank", "side", "hand", "column", "arm", "centre", "center"})
#: Nouns "fighting" qualifies as a kind, not as a deed ("broke up as fighting units", "a fighting force").
_FIGHTING_KINDS = frozenset({"unit", "units", "force", "forces", "men", "strength", "spirit", "capacity", "power",
                             "quality", "qualities", "ability", "trim", "order", "machine", "formation", "formations"})


def _adjective_misread(v) -> bool:
    """A word the tagger took for a verb that is an adjective here: "the enemy left flank", "disintegrated
    as fighting units"."""
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.i == v.i + 1), None)
    if obj is None:
        return False
    if v.lower_ == "left" and obj.lower_ in _SIDE_NOUNS:
        return True
    return v.lower_ == "fighting" and obj.lower_ in _FIGHTING_KINDS


def _find_frames(sdoc, offset: int, document_id: str, lex, chunk: _Chunk, date_ents: list) -> list:
    frames: list = []
    subjects = Subjects(document_id)
    quoted = _quote_mask(sdoc)
    for sent in sdoc.sents:
        if _present_main(sent, quoted):
            subjects.present.append(offset + sent.start_char)
        elif _past_main(sent, quoted):
            subjects.past.append(offset + sent.start_char)
        records = _record_dates(sent, offset)  # (one scan per sentence, shared by its verbs' frames)
        for v in sent:
            if v.dep_ in ("nsubj", "nsubjpass") and v.pos_ in ("PROPN", "NOUN"):
                main = v.head.dep_ == "ROOT" or (v.head.dep_ == "conj" and v.head.head.dep_ == "ROOT") \
                    or _semicolon_clause(v.head)
                lo, hi = np_bounds(v)
                span = (offset + sdoc[lo].idx, offset + sdoc[hi].idx + len(sdoc[hi]))
                subjects.spans.append(span)
                if main:
                    subjects.main.append(span)
                    # "The chairman, Anton Kessler, reacted. He ...": the name in apposition is the main clause's
                    # subject too, for a pronoun opening the next sentence (a possessive in the same clause,
                    # "his client", still looks to subjects proper)
                    for a in v.children:
                        if a.dep_ == "appos" and a.pos_ == "PROPN":
                            lo, hi = np_bounds(a)
                            subjects.main.append((offset + sdoc[lo].idx, offset + sdoc[hi].idx + len(sdoc[hi])))
            if (v.pos_ == "NOUN" or (v.pos_ == "PROPN" and (_named_happening(v, lex) or (
                    v.lemma_.lower() in lex.nouns and _bracket_days(v, sdoc, offset, date_ents)))) or (
                    v.dep_ == "amod" and v.lower_ in lex.nouns and v.head.lemma_.lower() in _ATTEMPTS)) and lex.nouns:
                # (the tagger reads a deed's noun before "attempt" as an adjective: "a breakout attempt")
                f = _nominal_frame(v, sent, sdoc, offset, document_id, lex, quoted, date_ents)
                if f is not None:
                    frames.append(f)
                continue
            if (v.pos_ != "VERB" and not (v.pos_ == "AUX" and polite_wish(v))) or v.dep_ in ("amod", "compound") \
                    or _adjective_misread(v):
                continue
            lemma, borrowed = _lemma(v, lex), ""
            if lemma is None:
                lemma = lex.borrowed(v.lemma_.lower())
                if lemma is None:
                    continue
                borrowed = f":wordnet:{v.lemma_.lower()}>{lemma}"  # the rule says which verb lent its entry
            keys = _object_keys(v)
            entry = lex.lookup(lemma, *keys)
            if (entry is None or entry.type != "MOBILIZE") and keys[0] & lexicon_mod.MILITARY_NOUNS \
                    and _to_fight(v, lex):  # "took 2,000 men to invade the coast": the force is moved to fight
                moved = lex.lookup(lemma, keys[0], keys[1], keys[2] | {lexicon_mod.TO_FIGHT})
                entry = moved if moved is not None and moved.type == "MOBILIZE" else entry
            # (the cheap lookups first: most verbs have no entry at all, and reading their arguments costs)
            if entry is None:
                # "the II Corps took Adigrat": a name an armed body takes is a place, known to the NER or not
                alt = lex.lookup(lemma, keys[0] | {lexicon_mod.PLACE_OBJECT}, keys[1], keys[2])
                if alt is not None and lexicon_mod.PLACE_OBJECT in alt.objects and any(
                        o.pos_ == "PROPN" and o.ent_type_ != "PERSON"
                        and not (o.ent_type_ == "NORP" and o.lower_.endswith("s")) for o in logical_objects(v)) \
                        and _military_subject(v):
                    entry = alt
            place_subject = False
            if entry is None and not is_passive(v):
                # "Ban Khiet fell on 3 May": a name the NER took for a person undergoes what a place does;
                # the frame holds if the corpus shows the name to be a place (bind)
                alt = lex.lookup(lemma, keys[0] | {lexicon_mod.PLACE_SUBJECT}, keys[1], keys[2])
                if alt is not None and lexicon_mod.PLACE_SUBJECT in alt.objects and any(
                        s.pos_ == "PROPN" and s.ent_type_ not in ("GPE", "LOC", "FAC", "NORP")
                        for s in logical_subject(v)):
                    entry, place_subject = alt, True
            if entry is None or entry.stative_participle and v.dep_ == "acl" and v.tag_ == "VBN" \
                    and not any(c.dep_ == "agent" for c in v.children):
                continue  # ("the troops stationed in the region": where they were, not a deed)
            place_alt = None
            if lexicon_mod.PLACE_OBJECT not in keys[0] and lexicon_mod.PLACE_OBJECT not in entry.objects \
                    and any(o.pos_ == "PROPN" and o.ent_type_ not in ("PERSON", "NORP") for o in logical_objects(v)):
                alt = lex.lookup(lemma, keys[0] | {lexicon_mod.PLACE_OBJECT}, keys[1], keys[2])
                if alt is not None and alt is not entry and lexicon_mod.PLACE_OBJECT in alt.objects:
                    place_alt = (alt.type, alt.mode, alt.rule)
            if entry.type == "STATEMENT" and lemma in _PERCEIVING and v.tag_ == "VBG" and v.dep_ == "advcl" \
                    and any(c.dep_ == "dobj" for c in v.children) and not any(c.dep_ == "ccomp" for c in v.children):
                continue  # "Observing the unpopularity of the regime, X ...": a thing seen, nothing said
            if entry.type == "STATEMENT" and lemma in _WARNING and _warns_of_own_force(v, lex):
                # "warned the rebels that he would burn their villages": a threat, not a report
                entry = lex.lookup("threaten", set(), set(), set()) or entry
            if entry.type == "STATEMENT" and lemma in _MANDATING and _mandative(v):
                # "insisted that the rebels accept the partition": a demand, not a report of what is so
                entry = lex.lookup("demand", set(), set(), set()) or entry
            if entry.type == "TRAVEL" and lemma == "go" and v.tag_ == "VBG" and any(
                    c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    for c in v.children) and any(c.dep_ == "aux" and c.lemma_ == "be" for c in v.children):
                continue  # "it is going to have": a future, nobody goes anywhere
            if entry.type == "COERCE" and lemma in _COMPEL and any(
                    c.dep_ == "xcomp" and _lemma(c, lex) is not None and _forced_retreat(
                        lex.lookup(_lemma(c, lex), *_object_keys(c)) or _NO_ENTRY, is_passive(v))
                    for c in v.children):
                continue  # "was forced to evacuate the capital": the retreat it made is the event told
            if entry.mode == "meet" and lemma == "see" and any(
                    c.dep_ == "prep" and c.lower_ == "as" for t in [v, *logical_objects(v)] for c in t.children):
                continue  # "saw the invasion as an opportunity": a view taken, nobody met
            if v.tag_ == "VBG" and v.dep_ == "pcomp" and v.head.head.pos_ == "NOUN" \
                    and v.head.head.lemma_.lower() in _MOTIVES:
                continue  # "the purpose in holding the conference was ...": a deed named to explain it
            if entry.type == "TRAVEL" and _goes_on_to_act(v):
                continue  # "went on to staff his cabinet": what came next, no journey
            if entry.type == "STATEMENT" and _said_by_a_thing(v):
                continue  # "the theory, which argued that ...": an idea's content, nobody's telling
            if entry.type == "REQUEST" and v.lemma_.lower() == "seek" and any(c.dep_ == "xcomp" for c in v.children):
                continue  # "sought to defend the city": an attempt, which the second verb tells
            if entry.type == "REQUEST" and entry.objects and entry.mode != "permission" and _own_wish(v, entry):
                continue  # "voiced its wish to stay in touch": the speaker's own intent, asked of nobody
                # (leave to do a thing is asked of someone: "requested permission from X to bomb Y")
            if v.dep_ == "acl" and is_passive(v) and (v.head.dep_ in ("dobj", "nsubjpass") or (
                    v.head.dep_ == "nsubj" and (_names_an_event(v.head, lex)
                                                or v.head.lemma_.lower() in lexicon_mod.DOCUMENT_NOUNS))) \
                    and v.head.head.lemma_.lower() in lex \
                    and lex.lookup(v.head.head.lemma_.lower(), *_object_keys(v.head.head)) is not None:
                continue  # "convened a meeting attended by X": the meeting is already the event
            if lemma in _OBLIGING and is_passive(v) and not any(c.dep_ == "agent" for c in v.children) \
                    and any(c.dep_ == "xcomp" for c in v.children):
                continue  # "was forced to withdraw", "I was obliged to leave": the deed made necessary is the event
            if entry.type == "COERCE" and any(
                    p.dep_ == "pobj" and p.lemma_.lower() in _CIRCUMSTANCES
                    for c in v.children if c.dep_ == "agent" for p in c.children):
                continue  # "pressured by public opinion", "driven by hunger": no one coerced anyone
            if v.tag_ == "VBG" and v.dep_ == "advcl" and v.lemma_.lower() in _SPEAKING and _says(v.head, lex):
                continue  # "Speaking to reporters on Monday, X said ...": the saying is the event
            require, mode = entry.require, entry.mode
            etype, erule = entry.type, entry.rule + borrowed
            if etype == "RETREAT" and entry.mode == "flee" and any(map(_civilians, logical_subject(v))):
                etype, mode, erule = "TRAVEL", "leave", erule + ":civilians"  # "the villagers fled": a journey
            if etype == "CONSULT" and entry.mode == "report" and not is_passive(v) and any(
                    _speaking_document(t, v) for t in logical_subject(v)):
                etype, mode, erule = "STATEMENT", "say", erule + ":paper"  # "a proclamation advised the public"
            if etype == "CONSULT" and v.lemma_.lower() in _SPEAKING \
                    and not any(c.dep_ == "prep" and c.lower_ in ("with", "to") for c in v.children) \
                    and any(c.dep_ == "prep" and c.lower_ in ("about", "of", "on") for c in v.children):
                etype, mode, erule = "STATEMENT", "say", erule + ":about"  # "spoke of the danger of war": no talks
            if etype in ("TRAVEL", "MOBILIZE") and entry.mode in ("arrive", "leave", "troops") and _beaten_subject(v):
                etype, mode, erule = "RETREAT", "withdraw", erule + ":beaten"  # "the beaten regiments went home"
            elif etype == "TRAVEL" and _with_remnants(v):
                etype, mode, erule = "RETREAT", "withdraw", erule + ":remnants"  # "returned with what was left"
            elif etype == "TRAVEL" and entry.mode in ("arrive", "leave") and _military_subject(v) and _quits(v):
                etype, mode, erule = "RETREAT", "withdraw", erule + ":quit"  # "the last troops left the city"
            elif etype == "TRAVEL" and entry.mode in ("arrive", "leave") and _military_subject(v):
                etype, mode, erule = "MOBILIZE", "troops", erule + ":troops"  # "the fleet sailed": a move of force
            elif etype == "TRAVEL" and entry.mode in ("arrive", "leave") and _to_fight(v, lex):
                etype, mode, erule = "MOBILIZE", "troops", erule + ":to-fight"  # "moved to encircle the army"
            if lemma in _MASSING and _crowd_subject(v):
                etype, mode, erule = "PROTEST", "demonstrate", erule + ":crowd"  # "the women marched on the palace"
            elif lemma in _MASSING and etype == "CONSULT" and _military_subject(v):
                etype, mode, erule = "MOBILIZE", "troops", erule + ":troops"  # "the troops assembled": no sitting
            if entry.mode == "visit" and v.dep_ == "acl" and v.head.lemma_.lower() in _PROCLAIMED:
                continue  # "a proclamation calling on the peasants to rise": the appeal's words, no visit
            if entry.bare and any(c.dep_ in ("det", "amod", "nummod") for o in logical_objects(v)
                                  if o.lemma_.lower() in entry.objects for c in o.children):
                continue  # "paid a heavy tribute to Rome": not the idiom "paid tribute to"
            if etype == "TRAVEL" and any(c.dep_ == "oprd" for c in v.children):
                continue  # "the raid left nine passengers dead": a result, no journey
            if mode == "dismiss" and v.dep_ == "conj" and v.head.lemma_.lower() in _LEFT_OF_ITSELF:
                continue  # "died of a fever and was replaced by his deputy": a post fell vacant, no one was removed
            if etype == "TRAVEL" and _no_traveller(v):
                continue  # "the board was headed by X", "when it comes to money": no one went anywhere
            if lemma in ("recognize", "recognise") and _person_identified(v):
                continue  # "the king was recognised and arrested": known by sight, no backing given
            if etype == "SUPPORT" and _backed_by_force(v):
                etype, mode, erule = "AID", "military", erule + ":force"  # "supported by troops from X": armed help
            repulsed = etype == "ASSAULT" and _repulsed(v, lemma, entry)
            if repulsed:
                etype, mode, erule = "RETREAT", "repulsed", erule + ":repulsed"  # "was repulsed": driven off
            if entry.type == "REQUEST" and require == "target" and _asks_whether(v):
                require, mode = None, "inquire"  # "asked whether the talks would resume": a question put
            elif entry.type == "REQUEST" and require == "target" and that_clauses(v):
                require = None  # "requested that two divisions be sent": what is asked is told, of whom need not be
            idxs = _clause_tokens(v)
            idx_set = set(idxs)
            pieces = chunk.clause(v)
            polarity, modality, cues = assess(v, quoted[v.i], etype in _FORCE_TYPES)
            if entry.wish == "addressed" and not _desired(v):
                continue  # "wished to resign", "desired peace": a wish, no request of anyone
            if entry.wish == "conditional":
                if not polite_wish(v):
                    continue  # "I am glad to report", "appreciated the gesture": no request
                modality, cues = "asserted", cues + ["polite request"]  # "would be grateful if": asked, as it is written
            # the word that tells the event: the verb, or for "would be grateful" the wish, not "be"
            word = next((c for c in v.children if c.dep_ == "acomp"), v) if v.pos_ == "AUX" else v
            if entry.type == "MOBILIZE" and not entry.is_frame and _progressive(v) and v.dep_ in ("advcl", "relcl"):
                continue  # "when the army was marching on the capital": the scene's background, not a deed told
            if _correlative(v) and modality == "asserted":
                modality = "hypothetical"  # "the farther the troops advanced, the stronger ...": a condition
                cues = cues + ["the ... the"]
            if entry.denied_object:
                denied = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")
                          and c.lemma_.lower() in entry.objects
                          and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)]
                if not denied:
                    continue  # "had dealings with": no break of relations
                cue = "no " + denied[0].lower_
                if cue in cues:
                    cues = [c for c in cues if c != cue]
                    if _own_negation(v) == [cue]:
                        polarity = "positive"  # "have no dealings with": the break itself
            frame = EventFrame(
                document=document_id,
                start=pieces[0][0], end=pieces[-1][1],
                sentence_start=offset + sent.start_char, sentence_end=offset + sent.end_char,
                trigger=word.text, trigger_start=offset + word.idx, trigger_end=offset + word.idx + len(word),
                lemma=lemma, type=etype, mode=mode, rule=erule, pieces=pieces,
                args=args_for(v, entry, offset),
                dates=[(offset + cs, offset + ce) for ts, te, cs, ce in date_ents
                       if sent.start <= ts and te <= sent.end and ts in idx_set],
                polarity=polarity, modality=modality, cues=cues, require=require,
                confidence=(0.85 if entry.is_frame else 0.8) - (0.15 if borrowed else 0.0), place_alt=place_alt,
                place_subject=place_subject,
            )
            frame.errand = etype == "TRAVEL" and (any(
                c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                         for a in c.children) for c in v.children)
                or _purpose_phrase(v))
            if repulsed:  # the side driven back is the one that retreats
                frame.args = [x for x in frame.args if x.role != "source"]  # only a by-phrase of time is left
                for x in frame.args:
                    if x.role == "target":
                        x.role = "source"
                if not any(x.role == "source" for x in frame.args) and v.dep_ == "conj":
                    # "attacked X, but was repulsed": the subject of the first verb is the one driven off
                    frame.args += [make_arg(t, "source", offset, subject=True) for c in v.head.children
                                   if c.dep_ in ("nsubj", "nsubjpass") for t in conjuncts(c)]
                for c in v.children:  # "Confederate incursions into X were repulsed": the Confederates
                    # (and "the Soviet advance was halted": the Soviets, whose march is told as a build-up)
                    attack = lex.nouns.get(c.lemma_.lower(), ())
                    if c.dep_ == "nsubjpass" and attack and attack[0].type in ("ASSAULT", "MOBILIZE"):
                        sides = [a for a in args_for_noun(c, attack[0], offset) if a.role == "source"]
                        if sides:  # (the phrase's other parts, "on the fort", are what was attacked)
                            lo, hi = offset + c.left_edge.idx, offset + c.right_edge.idx + len(c.right_edge)
                            frame.args = [x for x in frame.args if not lo <= x.head_start < hi] + sides
            if v.dep_ == "acl" and v.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in v.children) \
                    and not misread_finite(v) and not (v.i > 0 and sdoc[v.i - 1].text == "," and v.head.dep_ in ("nsubj", "nsubjpass")
                             and etype != "STATEMENT"):
                # (set off by commas on a subject, "the movement, assisted by X, grew": at the clause's time;
                # "X, quoted by a paper, said": the saying is told by the main verb)
                # "along the lines suggested by X", "the terms proposed by Y": the participle describes
                # its noun by an earlier deed; neither the clause around it nor the story's time dates it
                frame.nominal = True
            else:
                frame.outer = _outer_clauses(v, sdoc, offset)
            frame.outer = [(chunk.clause(c), "stated") for c in v.children if _when_clause(c)][:1] + frame.outer
            frame.outer = [(chunk.clause(c), "stated") for c in _sharing_conjuncts(v)][:1] + frame.outer
            if erule.endswith(":to-fight"):  # "moved to encircle the army in October": the move was then too
                frame.outer = [(chunk.clause(c), "stated") for c in v.children
                               if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"][:1] + frame.outer
            frame.present = v.tag_ in ("VBZ", "VBP") or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") and c.lower_ not in ("do", "does")
                for c in v.children)
            frame.present_perfect = v.tag_ == "VBN" and any(
                c.dep_ == "aux" and c.lower_ in ("have", "has", "'ve") for c in v.children)
            if _performative(v):
                frame.present, frame.outer = True, []  # done as it is written: no other clause's time
            frame.perfect = any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") and c.tag_ == "VBD"
                                for c in v.children) and v.tag_ == "VBN" \
                and not any(c.dep_ == "advmod" and c.lower_ == "just" for c in v.children)  # "had just spoken": then
            frame.record_dates = records
            frame.argument_dates = _argument_dates(sdoc, idxs, v, offset, quoted) + records
            frame.relative = v.dep_ == "relcl"
            frame.sequel = frame.perfect and any(c.dep_ == "advmod" and c.lower_ in _SEQUEL for c in v.children)
            if v.dep_ == "advcl":
                frame.temporal = next((c.lower_ for c in v.children
                                       if c.dep_ in ("mark", "advmod") and c.lower_ in _TEMPORAL and c.i < v.i),
                                      None)
            if entry.type == "STATEMENT":
                frame.content_of = _message_verb(v, offset)
            frame.habitual = next((c.lower_ for c in v.children if c.dep_ == "advmod" and c.lower_ in _HABITUAL), None)
            if is_passive(v) or (v.dep_ == "conj" and v.tag_ == "VBN" and is_passive(v.head)
                                 and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)):
                frame.cues.append("passive")  # "were discussed but not agreed upon": both passive
            gapped = _gapped_objects(v) if entry.object_role in ("target", "place") else []
            if gapped:  # "took the mill on 5 May, the bridge on 9 May and the ford on 13 May"
                frames.extend(_one_per_gapped_object(frame, gapped, entry, offset))
            followers = _followers(v) if entry.type in _FORCE_TYPES else []
            if followers:  # "Kessring fell on 4 March, followed by Pell Ford on 9 March"
                frames.extend(_one_per_follower(frame, followers, v, entry, offset))
            frames.append(frame)
            if entry.type == "ASSAULT" and lemma in _CAPTURING and not entry.pobjects and _people_taken(v):
                frames.append(replace(frame, type="COERCE", mode="arrest", rule=frame.rule + ":prisoners",
                                      cues=list(frame.cues)))  # "captured 1,000 Hessians": prisoners taken too
            if entry.mode == "control" and lemma in _CONTROL_TAKEN and entry.objects == ("control",) \
                    and any(x.role in ("target", "place") for x in frame.args):
                # "took control of the city", "seized control of the rivers": a place won, besides held
                frames.append(replace(frame, type="ASSAULT", mode="capture", rule=frame.rule + ":taken",
                                      cues=list(frame.cues)))
            elif entry.mode == "control" and entry.objects == ("power",):
                # "a junta seized power in the capital": a coup, besides the hold it gives
                frames.append(replace(frame, type="ASSAULT", mode="coup", rule=frame.rule + ":coup",
                                      cues=list(frame.cues)))
            if (entry.mode == "repel" and (_DRIVEN_OFF.intersection(entry.particle)
                                           or lexicon_mod.HEADINGS.intersection(entry.particle))
                    or lemma in _REPEL_LEMMAS and _sent_away(v)) and not repulsed and not _tried(frame) \
                    and any(x.role == "target" for x in frame.args):
                frames.append(_driven_back(frame))
            elif lemma in _REPEL_LEMMAS and not repulsed and not _tried(frame) and (
                    any(x.role == "target" for x in frame.args)
                    or any(o.lower_ in _ATTACK_NOUNS for o in logical_objects(v))):
                # "Turkey repelled the British", "were repelled by the cavalry", "repelling a second attack": a
                # side beaten off gave way, whoever it was (an attack's makers need not be named)
                frames.append(_driven_back(frame))
    frames.append(subjects)
    return frames


#: Relations by which a noun is what a verb acts on: that verb's own entry tells the event.
_OBJECT_DEPS = {"dobj", "nsubjpass", "dative", "oprd", "attr"}
#: Words under which a nominal event is only awaited, wished or planned ("awaiting the reply",
#: "asked for a meeting with the minister").
_PENDING = INTENT | (EXPECT - SPEECH) | {"await", "desire", "anticipate", "arrange", "schedule", "possibility", "prospect"}
_MOOD_RANK = {"asserted": 0, "reported": 1, "intended": 2, "hypothetical": 3}
#: Verbs of intent that tell a deed done when the deed is their object: "undertook a state visit", "committed
#: an attack" (but "undertook to pay", "committed itself to talks" only bind to it).
_DONE_ON_OBJECT = frozenset({"undertake", "commit"})
#: Prepositions by which a nominal event only marks the time of another ("prior to his meeting with
#: X, he convened ...", "after the envoy's visit"): the event itself is told on its own, or not at all.
_ANCHORING = {"before", "after", "following", "until", "till", "since", "pending"}
_ANCHORING_HEADS = {"prior", "previous", "subsequent", "preparatory"}
#: Nouns naming a subject of talk or thought: "the question of X", "the matter of X".
_TOPICS = {"question", "matter", "subject", "issue", "problem", "topic", "possibility", "prospect", "prospects",
           "desirability", "advisability", "feasibility", "idea", "principle"}
_TOPIC_PREPS = {"of", "about", "regarding", "concerning", "on"}
#: "regarded as a reply", "described like a visit": a characterisation, not an event.
_AS = {"as", "like"}


_QUESTION_MARKS = {"whether", "if"}


def _goes_on_to_act(v) -> bool:
    """"went on to win", "came on to rule": "on" and a to-infinitive with no destination tell what the
    subject did next, not a journey."""
    if not any(c.lower_ == "on" and c.dep_ in ("prt", "advmod") for c in v.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("to", "into", "towards", "toward") for c in v.children):
        return False
    return any(c.dep_ in ("xcomp", "advcl") and c.pos_ in ("VERB", "AUX")
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in v.children)


#: Heads a "which" speaking may stand for: bodies and messages say things, ideas do not.
_SAYING_THINGS = {"telegram", "cable", "wire", "letter", "note", "message", "memorandum", "reply", "answer", "report",
                  "dispatch", "despatch", "communication", "statement", "aide-memoire", "government", "ministry",
                  "office", "committee", "council", "cabinet", "party", "press", "newspaper", "paper", "communique",
                  "communiqué", "embassy", "legation", "delegation", "congress", "assembly", "parliament", "league",
                  # gatherings and writings through which their people speak ("held a meeting arguing that")
                  "meeting", "conference", "session", "convention", "resolution", "declaration", "proclamation",
                  "manifesto", "petition", "editorial", "article", "pamphlet", "speech", "broadcast", "announcement"}


_IDEAS = {"theory", "doctrine", "idea", "view", "argument", "thesis", "notion", "principle", "school", "belief",
          "hypothesis", "concept", "ideology", "interpretation"}


def _said_by_a_thing(v) -> bool:
    """"the Domino Theory, which argued that ...", "intelligence forecasting the invasion": a speech verb
    whose subject ("which", or the noun a participle hangs on) stands for neither a body that speaks (an
    organisation, a government, a nation, a person) nor a message."""
    if v.dep_ == "acl" and v.tag_ == "VBG":
        head = v.head
    elif v.dep_ == "relcl":
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ != "which":
            return False
        head = v.head
    else:
        return False
    if head.lemma_.lower() in _IDEAS:
        return True
    return head.ent_type_ not in ("ORG", "GPE", "NORP", "PERSON") and head.lemma_.lower() not in _SAYING_THINGS \
        and head.lemma_.lower() not in lexicon_mod.PERSON_NOUNS


def _asks_whether(v) -> bool:
    """"X asked whether (if) ...": the verb puts a question, whoever it was put to."""
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in _QUESTION_MARKS for m in c.children)
               for c in v.children)


def _anchor_only(n) -> bool:
    if n.dep_ != "pobj" or n.head.dep_ not in ("prep", "agent"):
        return False
    p = n.head
    return p.lower_ in _ANCHORING or p.lower_ in _AS or (p.lower_ == "to" and p.head.lower_ in _ANCHORING_HEADS)


#: Kinds of deed a history tells as done when it dates another deed after them ("following an attack on
#: the barracks, X ...", "after two months of siege"): blows and moves of force, not talks or visits (which
#: "after the envoy's visit" only uses as a time).
_FIGHT_TYPES = frozenset({"ASSAULT", "COERCE", "RETREAT"})


def _fight_before(n, lex) -> bool:
    """A fight named after "after" or "following" ("following an attack on the barracks at Pleiku"): told as
    done, before the deed of the clause."""
    if n.dep_ != "pobj" or n.head.lower_ not in ("after", "following"):
        return False
    entries = lex.nouns.get(n.lemma_.lower(), ())
    return bool(entries) and all(e.type in _FIGHT_TYPES for e in entries)


def _performative(v) -> bool:
    """An infinitive done in the saying of a present feeling ("is pleased to inform", "am glad to
    say"): it happens at the time of writing, like a present-tense verb."""
    head = v.head
    return v.dep_ == "xcomp" and v.tag_ == "VB" and head.lemma_.lower() in _EMOTIVE and head.dep_ == "acomp" \
        and head.head.tag_ in ("VBZ", "VBP")


def _own_wish(v, entry) -> bool:
    """Whether the wish a verb conveys is one the wisher means to carry out: the object noun's
    complement is a to-infinitive with no subject of its own ("a desire to remain", not "a desire
    for the troops to leave" or "a desire that they leave")."""
    for o in logical_objects(v):
        if o.lemma_.lower() not in entry.objects:
            continue
        for c in o.children:
            if c.dep_ == "acl" and c.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) \
                    and not any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children):
                return True
    return False


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _dates_noun(t, n, lex) -> bool:
    """The date word ``t`` hangs on the noun ``n`` itself, not on another deed named inside its phrase ("a request
    for clarification of his statement of January 25": the date is the statement's, not the clarification's)."""
    node = t.head
    for _ in range(8):
        if node.i == n.i:
            return True
        if node.pos_ == "NOUN" and node.lemma_.lower() in lex.nouns or node.head is node:
            return False
        node = node.head
    return False


def _written_forms(n) -> set[str]:
    """A hyphenated noun the parser split, as the lexicon spells it: joined again, accents dropped ("aide-mémoire"
    -> "aide-memoire"). (A single word keeps its accent: "chargé", a diplomat, is no "charge".)"""
    out = set()
    i = n.i
    if i >= 2 and n.doc[i - 1].text == "-" and n.doc[i - 2].dep_ == "compound" and n.doc[i - 2].head.i == i:
        out.add(_plain(n.doc[i - 2].text + "-" + n.text))
    return out


def _noun_lemma(n, lex) -> "str | None":
    """The noun's lemma as the lexicon spells it: plain, or a hyphenated compound the parser split
    ("aide-mémoire" -> compound "aide", "-", head "mémoire"), accents dropped."""
    lemma = n.lemma_.lower()
    for c in n.children:  # "Japan's declaration of war": the noun with its "of" noun, as one key
        if c.dep_ == "prep" and c.lower_ == "of":
            key = next((f"{lemma} of {p.lemma_.lower()}" for p in c.children if p.dep_ == "pobj"
                        and f"{lemma} of {p.lemma_.lower()}" in lex.nouns), None)
            if key:
                return key
    if lemma in lex.nouns:
        return lemma
    if not lemma.isascii() and _plain(lemma) in lex.nouns:
        return _plain(lemma)
    i = n.i
    if i >= 2 and n.doc[i - 1].text == "-" and n.doc[i - 2].dep_ == "compound" and n.doc[i - 2].head.i == i:
        cand = _plain(n.doc[i - 2].text + "-" + n.text)
        if cand in lex.nouns:
            return cand
    if n.pos_ == "NOUN" and lex.noun_entries(lemma):  # a noun made from a lexicon verb ("occupation")
        return lemma
    return None


def _names_an_event(n, lex) -> bool:
    """The noun has a lexicon entry that its own phrase selects ("the expedition against the fort"; not "the
    second expedition", an entry needing "against")."""
    entries = lex.nouns.get(n.lemma_.lower())
    if not entries:
        return False
    return lex.lookup_noun(n.lemma_.lower(), {p for p, _ in noun_prep_phrases(n, entries[0])}) is not None


#: Determiners by which a noun points back at a deed already told ("these attacks", "that victory").
_DEMONSTRATIVES = frozenset({"this", "these", "that", "those"})


def _nominal_frame(n, sent, sdoc, offset: int, document_id: str, lex, quoted, date_ents) -> "EventFrame | None":
    """A frame for a noun that names an event ("the envoy's visit to the governor"), or None."""
    tried = n.dep_ in ("compound", "amod") and n.head.lemma_.lower() in _ATTEMPTS and not n.ent_type_
    dated_name = n.pos_ == "PROPN" and bool(_bracket_days(n, sdoc, offset, date_ents))
    if (n.ent_type_ and not _named_happening(n, lex) and not dated_name) or (n.dep_ == "compound" and not tried):
        return None  # part of a name ("the Imperial Conference") or a modifier ("conference room")
    if _anchor_only(n) and not any(n.head.lower_ in e.within for e in lex.nouns.get(n.lemma_.lower(), ())) \
            and not _fight_before(n, lex):
        return None  # (unless a noun's entry is told by that very phrase: "as an ally of X")
    if n.dep_ == "ROOT" and n.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "amod") for c in n.children) \
            and any(c.dep_ in ("ccomp", "acl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                    for c in n.children):
        return None  # "The historian notes that ...": a verb of comment the tagger read as a plural noun
    lemma = _noun_lemma(n, lex)
    if lemma is None:
        return None
    preps = {p for p, _ in noun_prep_phrases(n, lex.noun_entries(lemma)[0])}
    governor = n.head.lower_ if n.dep_ == "pobj" else lexicon_mod.TAKING_PLACE if (
        n.dep_ == "nsubj" and _happened(n.head)) else None
    entry = lex.lookup_noun(lemma, preps, governor)
    if entry is None and dated_name:
        # "the Battle of Bloody Creek (18 August - 15 September 1716)": a name given with its own days tells the
        # happening as having taken place, wherever the phrase stands ("the battles include ...")
        # ... and a name's own entry needs none of the phrases that tell it otherwise ("the Treaty of Varna
        # (3 March 1918)" was made that day, with or without "between X and Y")
        entry = lex.lookup_noun(lemma, preps, lexicon_mod.TAKING_PLACE) \
            or next((e for e in lex.noun_entries(lemma) if e.named), None)
    if entry is None or (entry.named and not n.text[:1].isupper()):
        return None
    called_on = [p for c in n.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") for p in c.children]
    if entry.type == "CONSULT" and entry.mode == "visit" and called_on and any(
            _to_clause(c) for t in [n] + called_on for c in t.children if c.dep_ in ("acl", "relcl", "xcomp")):
        # "the duke's call on the rebels to lay down their arms": a call on someone to do a thing is a demand
        # (not "a visit to the capital to meet the duke": no one is called on)
        entry = replace(entry, type="REQUEST", mode="demand")
    if (entry.unless_pobjects or entry.unless_objects) and entry.excluded(
            {c.lemma_.lower() for c in n.children if c.dep_ in ("amod", "compound")},
            {(p, o.lemma_.lower()) for p, o in noun_prep_phrases(n, entry)}):
        return None  # "a victory in the election": no battle won; "a naval demonstration": no protest
    head = n.head
    if n.dep_ in _OBJECT_DEPS and head.pos_ == "VERB" and _lemma(head, lex) is not None:
        verb_entry = lex.lookup(_lemma(head, lex), *_object_keys(head))
        if verb_entry is not None and (verb_entry.type == entry.type or n.lemma_.lower() in verb_entry.objects) \
                and not (verb_entry.type == "ASSAULT" and _repulsed(head, _lemma(head, lex), verb_entry)):
            return None  # "held talks with", "received a telegram from": the verb's event
            # (but "X's attacks were repulsed" tells the attacks as well as the retreat)
    if n.dep_ == "nsubj" and head.pos_ == "VERB" and _lemma(head, lex) is not None:
        verb_entry = lex.lookup(_lemma(head, lex), *_object_keys(head))
        if verb_entry is not None and verb_entry.type == entry.type and any(
                o.startswith(lexicon_mod.SUBJECT_PREFIX) for o in verb_entry.objects):
            return None  # "clashes between X and Y broke out": the verb's event, told with its sides
    if n.dep_ == "pobj" and n.head.lower_ == "at" and entry.type == "REQUEST" \
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in n.children):
        return None  # "showed anger at X's request": what the anger answered, a request told before (the
        #              idiom "at the request of X" tells the asking beside the deed it brought about)
    if n.dep_ == "pobj" and n.head.lower_ in ("in", "by") and not any(c.dep_ in ("det", "poss", "amod") for c in n.children) \
            and n.head.lower_ not in entry.within:
        return None  # "told him in reply", "answered by letter": the manner of another deed, no event
    # ("a breakout attempt by the squadron": the attempt's phrase tells who tried the deed)
    if any(c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in n.children) and not tried:
        return None  # "These easy victories left X overconfident": deeds told before, looked back on
    args = args_for_noun(n.head if tried else n, entry, offset)
    adjunct_of = _adjunct_verb(n)
    if adjunct_of is not None and n.dep_ == "pobj" and n.head.lower_ == "with" and n.head.head is adjunct_of \
            and not any(c.dep_ in ("nsubjpass", "auxpass") for c in adjunct_of.children):
        vl = _lemma(adjunct_of, lex)
        ventry = lex.lookup(vl, *_object_keys(adjunct_of)) if vl is not None else None
        if ventry is not None and ventry.type == entry.type:
            return None  # "attacked X with simultaneous offensives": how the verb's own deed was done
            # (but "was met with counterattacks": the other side's deed)
    borrowed = False
    if adjunct_of is not None and entry.mode in ("message", "telegram") and _setting_prep(n) in ("in", "through") \
            and not any(a.role == "source" for a in args):
        # "In a letter to me X has suggested ...": the writer of the letter is the one who says
        vl = _lemma(adjunct_of, lex)
        ventry = lex.lookup(vl, *_object_keys(adjunct_of)) if vl is not None else None
        if ventry is not None and ventry.type == "STATEMENT":
            args = args + [a for a in args_for(adjunct_of, ventry, offset) if a.role == "source"]
            borrowed = True
    if not any(a.role in ("source", "target") for a in args) and adjunct_of is not None and entry.type == "CONSULT":
        # "In the course of conversation today X said to me ...": the talk is between the speaker
        # and the one spoken to, as the clause it frames tells them
        vl = _lemma(adjunct_of, lex)
        ventry = lex.lookup(vl, *_object_keys(adjunct_of)) if vl is not None else None
        if ventry is not None and ventry.type == "STATEMENT":
            args = args + [a for a in args_for(adjunct_of, ventry, offset) if a.role in ("source", "target")]
            borrowed = True
    hosted = entry.host_subject is not None and adjunct_of is not None
    host_lemma = _lemma(adjunct_of, lex) if hosted and entry.within else None
    host_entry = lex.lookup(host_lemma, *_object_keys(adjunct_of)) if host_lemma is not None else None
    if host_entry is not None and host_entry.type == entry.type and not _repulsed(adjunct_of, host_lemma, host_entry):
        return None  # "won a victory at the Battle of X": the verb already tells that fight
    if hosted:
        # "took the town with the help of the militia": whom the help went to is the clause's subject
        # (and the help was given when that clause's deed was done); a passive clause's subject when it
        # names no doer ("was thrown back at the Battle of X"), shared with the verb before it if need be
        hosts = logical_subject(adjunct_of) or [
            t for w in (adjunct_of, adjunct_of.head if adjunct_of.dep_ == "conj" else adjunct_of)
            for c in w.children if c.dep_ in ("nsubjpass", "nsubj") for t in conjuncts(c)][:1]
        args = args + [make_arg(t, entry.host_subject, offset, subject=True) for t in hosts]
    if n.dep_ == "dobj" and head.pos_ == "VERB":
        # "the army began its march", "Johnston halted his advance": a possessive pronoun on the object
        # stands for the verb's subject, as a reflexive would
        owner = next((c for c in n.children if c.dep_ == "poss" and c.lower_ in _OWN_PRONOUNS), None)
        subj = logical_subject(head) if owner is not None else []
        if subj:
            args = [a for a in args if a.head_start != offset + owner.idx] + [
                make_arg(t, entry.possessor, offset, subject=True) for t in subj]
    conducted = False
    # "Stalin ordered the arrest of X": the one who orders a use of force is its author, and a history
    # tells the order as the deed done
    commanded = n.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in _COMMANDING \
        and entry.type in _FORCE_TYPES | {"SANCTION"}
    # "X resumed the talks with Y": who carries the talk on is the subject of the verb, and the talk
    # happens when that clause does
    conducts = n.dep_ == "dobj" and head.pos_ == "VERB" and (_lemma(head, lex) or head.lemma_.lower()) in _CONDUCT
    if (commanded or conducts) and not any(a.role == "source" for a in args):
        subj = logical_subject(head)
        if subj:
            args = args + [make_arg(t, "source", offset, subject=True) for t in subj]
            conducted = True
    if not args and n.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in n.children) \
            and not any(c.dep_ in ("amod", "compound", "poss", "nummod") for c in n.children) and entry.type == "CONSULT":
        # "the conference on January 12": a sitting named again by its noun alone is the body named before
        # ("the Imperial Conference"), which the binder finds as it finds the antecedent of "the council"
        args = [make_arg(n, "source", offset)]
        anaphoric = True
    else:
        anaphoric = False
    if not any(a.role in ("source", "target") for a in args) and dated_name:
        # "the Battle of Bloody Creek (18 August - 15 September 1951)": a happening named with its own days is told
        # as one of its own, its name standing for whoever took part (who fought, who signed)
        args = args + [make_arg(n, "target", offset)]
    if not args:
        return None
    idxs = _clause_tokens(n.head if tried else n)
    idx_set = set(idxs)
    conveyed = conveying_clause(n)
    pieces = _chunk_of(sdoc, offset).clause(conveyed if conveyed is not None else n.head if tried else n)
    polarity, modality, cues = assess(n, quoted[n.i])
    if n.dep_ == "pobj" and n.head.lower_ in _TOPIC_PREPS and n.head.head.lemma_.lower() in _TOPICS:
        # "turned to the question of negotiations with X": a subject of talk, not a happening
        modality, cues = _max_mood(modality, "hypothetical"), cues + [f"topic:{n.head.head.lower_}"]
    if n.dep_ == "pobj" and n.head.lower_ == "for" and any(
            t.lemma_.lower() in _PREPARING for t in (n.head.head, n.head.head.head)):
        # "assembled a fleet for the invasion of England": what it was gathered for, not yet done
        modality, cues = _max_mood(modality, "intended"), cues + ["purpose:for"]
    if any(c.dep_ == "det" and c.lower_ == "no" for c in n.children):
        polarity, cues = "negative", cues + ["no " + n.lower_]
    weighed = next((c.lower_ for c in n.children if c.dep_ == "amod" and c.lower_ in _WEIGHED), None)
    if weighed:  # "a possible withdrawal", "the proposed conference": weighed or planned, not done
        modality, cues = _max_mood(modality, "hypothetical" if weighed in _MAYBE else "intended"), cues + [weighed]
    # A deed the phrase dates to a past day of its own ("a clarification of his statement in the Diet of January 25")
    # was done, whatever is asked or planned about it further up.
    own_day = any(n.left_edge.i <= ts and te <= n.right_edge.i + 1 and n.i < ts and _dates_noun(sdoc[ts], n, lex)
                   for ts, te, cs, ce in date_ents if any(t.like_num for t in sdoc[ts:te]))
    # The verb (or noun) the phrase hangs on decides whether the event happened at all.
    node, verb = n, None
    for _ in range(5):
        if node.dep_ == "ROOT" or node.head is node:
            break
        node = node.head
        low = node.lemma_.lower()
        if low in _PENDING and not (adjunct_of is not None and node.i == adjunct_of.i and _setting_prep(n) in _SETTING) \
                and not (low in _DONE_ON_OBJECT and n.dep_ == "dobj" and n.head.i == node.i) \
                and not (own_day and node.i != n.head.i) \
                and not (commanded and node.i == head.i) \
                and not (tried and node.i == n.head.i and entry.type in _FORCE_TYPES):
            # ("a breakout attempt by the squadron": an attempt at force is itself the deed)
            # ("told him in a conversation": the talk is where the telling happened, not what was asked)
            modality, cues = _max_mood(modality, "intended"), cues + [f"pending:{node.lower_}"]
        if node.pos_ in ("VERB", "AUX"):
            verb = node
            if node.dep_ in ("relcl", "acl") and node.head.lemma_.lower() in _PENDING:
                # "any proposal which involved negotiations": what a plan would bring about
                modality, cues = _max_mood(modality, "intended"), cues + [f"pending:{node.head.lower_}"]
            break
    if verb is not None and not (verb.lemma_.lower() in _PRESUPPOSING and n.dep_ == "dobj"):
        vpol, vmod, vcues = assess(verb, quoted[verb.i])
        if vpol == "negative" and n.dep_ in _OBJECT_DEPS | {"nsubj"}:  # "did not get the note"
            polarity, cues = "negative", cues + vcues
        if vmod != "asserted":
            modality, cues = _max_mood(modality, vmod), cues + vcues
        if n.dep_ in ("nsubj", "csubj") and unreal_predicate(n.head):
            modality, cues = _max_mood(modality, "hypothetical"), cues + ["impossible"]  # "a victory became impossible"
    etype, emode, erule = entry.type, entry.mode, entry.rule + ":noun"
    if etype == "TRAVEL" and emode in ("arrive", "leave") and _military_noun_doer(n):
        etype, emode, erule = "MOBILIZE", "troops", entry.rule + ":troops:noun"  # "the arrival of the brigades"
    frame = EventFrame(
        document=document_id, start=pieces[0][0], end=pieces[-1][1],
        sentence_start=offset + sent.start_char, sentence_end=offset + sent.end_char,
        trigger=n.text, trigger_start=offset + n.idx, trigger_end=offset + n.idx + len(n),
        lemma=lemma, type=etype, mode=emode, rule=erule, pieces=pieces,
        args=args,
        dates=[(offset + cs, offset + ce) for ts, te, cs, ce in date_ents
               if sent.start <= ts and te <= sent.end and ts in idx_set],
        polarity=polarity, modality=modality, cues=cues, require=entry.require, confidence=0.7,
    )
    if not frame.dates:
        frame.dates = _trailing_day(n, sdoc, offset, date_ents)
        frame.pieces = sorted(frame.pieces + frame.dates)  # (where the binder looks for the clause's dates)
    if not frame.dates and any(c.dep_ == "amod" and c.lower_ in _EARLIER for c in n.children):
        return None  # "his previous declarations": earlier deeds, neither told nor dated here
    # a talk told with its clause happens when that clause's speech does; so does a happening that is the
    # setting of a clause's deed ("It happened in a phone call during a final meeting": at that time)
    setting = adjunct_of is not None and n.head.head is adjunct_of and _setting_prep(n) in _SETTING
    frame.nominal = not borrowed and not conducted and not setting and not hosted
    # (a noun outside the lexicon, made from its verb; a sitting named again by its noun alone)
    frame.nominalized = entry.derived_from is not None or anaphoric
    if conveyed is not None:  # "the inquiry which he had made of me on May 3": a look back
        frame.perfect = conveyed.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lower_ in ("had", "'d") and c.tag_ == "VBD" for c in conveyed.children)
    if borrowed:  # "During the meeting, X explained ...": a talk already told is only recalled
        frame.temporal = n.head.lower_
    # "In a conversation with the minister on May 3, ...": an adjunct of a clause takes its date.
    if adjunct_of is not None:
        frame.outer = [(_chunk_of(sdoc, offset).clause(adjunct_of), "stated")]
    happened = _happening_verb(n.head if tried else n)
    if happened is None and n.dep_ in ("nsubj", "nsubjpass", "dobj") and head.pos_ == "VERB" \
            and any(dated_prep(c) for c in head.children):
        happened = head  # "Repeated attacks by X broke the front on June 5", "X's raids were repulsed in
        #                   May": done when what they did, or what was done to them, was; "forced the
        #                   surrender of the outpost in 1781": when it was brought about
    if happened is not None:  # "the last offensive took place on May 4": when the clause says it happened
        # (and, failing that, by the clauses it hangs on: "On 18 February, as the talks broke down, ...")
        frame.outer = [(_chunk_of(sdoc, offset).clause(happened), "stated")] + _outer_clauses(happened, sdoc, offset)
    told = _told_happening(n)
    if told is not None:  # "the clash that took place on Monday, involving the shooting of X": its time
        frame.outer = [(_chunk_of(sdoc, offset).clause(told), "stated")] + frame.outer
    # "three days after the fall of Kessring": before the clause's time, by how much the text may not say
    frame.before_clause = _fight_before(n, lex)
    return frame


#: Adjectives by which a deed a noun names is only weighed ("a possible withdrawal") or planned ("the proposed
#: conference"), not told as done.
_MAYBE = frozenset({"possible", "potential", "eventual", "likely", "probable", "hypothetical", "conceivable"})
_WEIGHED = _MAYBE | frozenset({"proposed", "planned", "projected", "contemplated", "intended", "prospective",
                               "future", "suggested", "envisaged", "impending", "forthcoming"})
#: Nouns of a deed tried (the modality's words of an attempt, and an operation), which may carry the deed's
#: own noun as a modifier ("a breakout attempt", "a rescue operation").
_ATTEMPTS = frozenset(ATTEMPT | {"operation"})

#: Possessive pronouns that, on a verb's object, stand for the verb's subject ("began its march").
_OWN_PRONOUNS = frozenset({"its", "his", "her", "their"})


def _told_happening(n):
    """The clause dating a happening the event noun ``n`` is part of: "the clash that took place on
    Monday, involving the shooting of two sailors" (the relative clause of "clash")."""
    if n.dep_ != "dobj" or n.head.dep_ != "acl" or n.head.lemma_.lower() not in ("involve", "include", "see"):
        return None
    whole = n.head.head
    return next((c for c in whole.children if c.dep_ == "relcl" and c.lemma_.lower() in _HAPPEN | {"take"}), None)


#: Verbs that act on a happening already under way: whether or not they succeed, or are only planned, the
#: happening itself is real ("failed to intercept the enemy's retreat", "tried to halt the advance").
_PRESUPPOSING = frozenset({"intercept", "stop", "halt", "check", "block", "slow", "repel", "resist", "counter",
                           "pursue", "harass", "hamper", "contain", "exploit", "oppose", "delay"})


#: Verbs whose subject is a happening and which say no more than when or where it happened
#: ("the offensive took place on May 4", "the battle began on March 13", "a battle was fought on ...").
_HAPPEN = frozenset({"occur", "happen", "begin", "start", "commence", "open", "end", "close", "conclude",
                     "resume", "follow", "ensue", "erupt", "culminate", "unfold"})


#: Verbs by which a happening (talks, an offensive) comes to nothing: it took place, and ended then.
_BREAK_DOWN = frozenset({"collapse", "fail", "stall", "founder", "falter"})


def _happening_verb(n):
    """The verb of which the event noun ``n`` is the subject and which only places it in time."""
    if n.dep_ == "attr" and n.head.lemma_.lower() == "be":
        return n.head  # "In the 1917 battle the one success was the capture of the ridge": the clause's time
    if n.dep_ not in ("nsubj", "nsubjpass") or n.head.pos_ not in ("VERB", "AUX"):
        return None
    v, low = n.head, n.head.lemma_.lower()
    if n.dep_ == "nsubj" and (low in _HAPPEN or (low == "take" and any(
            c.dep_ == "dobj" and c.lower_ == "place" for c in v.children))):
        return v
    if n.dep_ == "nsubj" and (low in _BREAK_DOWN or (low == "break" and any(
            c.dep_ in ("prt", "advmod") and c.lower_ in ("down", "off") for c in v.children))):
        return v  # "the negotiations broke down on 18 February": they were held, and ended then
    if n.dep_ == "nsubjpass" and low in ("fight", "wage", "hold", "launch", "stage", "mount", "conduct"):
        return v  # "a battle at the ford was fought on 3 May"
    return None


#: Adjectives by which a noun names undated deeds of some earlier time ("his earlier statements").
_EARLIER = {"previous", "earlier", "former", "past", "prior"}

#: Verbs and nouns of getting ready: a deed named as what they are for is still to come.
_PREPARING = frozenset({"muster", "prepare", "preparation", "gather", "assemble", "raise", "mobilize", "mobilise",
                        "train", "plan", "equip", "build", "amass", "mass", "concentrate", "ready"})

#: Verbs by which their subject has the deed their object names done ("ordered the arrest of X").
_COMMANDING = frozenset({"order", "command", "decree"})

#: Verbs by which their subject carries on the talk their object names ("resumed the conversation"), or
#: makes known a deed of its own ("announced its refusal", "announced the withdrawal of its troops").
_CONDUCT = {"continue", "resume", "begin", "start", "open", "conduct", "pursue", "renew", "reopen", "undertake",
            "launch", "mount", "stage", "make", "pay", "carry", "hold", "institute", "initiate",
            "announce", "voice", "express"}


#: Prepositions of a phrase that tells where or when a clause's deed was done ("in a conversation").
_SETTING = {"in", "during", "at", "over", "through", "throughout", "amid", "on"}


def _setting_prep(n) -> "str | None":
    """The preposition by which the phrase holding ``n`` hangs on its verb ("In the course of X")."""
    node = n
    while node.dep_ == "pobj" and node.head.dep_ == "prep":
        if node.head.head.pos_ in ("VERB", "AUX"):
            return node.head.lower_
        node = node.head.head
    return None


def _trailing_day(n, sdoc, offset: int, date_ents: list) -> list:
    """"responded to the invasion of X on 6 June", "the fall of X, on 2 September, was ...", "the invasion of X
    launched on May 3", "the Battle of X (2-4 May 1716)": a day named right after a happening's noun phrase
    (after a bare participle that follows it, or in brackets) is that happening's day, even when the parser
    hangs the phrase on the verb."""
    r = n.right_edge.i + 1
    if r < len(sdoc.tokens) and sdoc[r].text == ",":
        r += 1  # ("The fall of X, on 2 September 1864, was ...": the day set off by commas)
    if r + 1 < len(sdoc.tokens) and sdoc[r].tag_ == "VBN" and sdoc[r].dep_ in ("acl", "advcl") \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in sdoc[r].children):
        r += 1  # ("the invasion of X launched on May 3": the day the happening was set going, whatever
        #          the parser hangs the participle on)
    bracket = _bracket_days(n, sdoc, offset, date_ents)
    if bracket:
        return bracket  # "the Battle of Varna (2-4 May 1716)": the days a bracket gives right after a name
    if r >= len(sdoc.tokens) or sdoc[r].lower_ != "on" or sdoc[r].dep_ != "prep":
        return []
    return [(offset + cs, offset + ce) for ts, te, cs, ce in date_ents
            if ts == r + 1 and any(t.text.isdigit() and len(t.text) <= 2 for t in sdoc.tokens[ts:te])][:1]


#: Small words inside a happening's name ("the Battle of the Hook", "Siege of Port Arthur").
_NAME_LINKS = frozenset({"of", "the", "de", "la", "le", "du", "des", "del", "von", "van", "-", "'s", "at", "on"})


def _bracket_days(n, sdoc, offset: int, date_ents: list) -> list:
    """The first day of a bracket right after a happening's name, its "of" phrase included ("the Battle of
    Varna (2-4 May 1716)"), wherever the parser hangs the bracket."""
    # the name's own words run up to the bracket: read by the words, not the parse, which may hang the
    # bracket's days inside the name's "of" phrase
    r = n.i + 1
    while r < len(sdoc.tokens) and sdoc[r].text != "(" and r - n.i <= 8 and (
            sdoc[r].pos_ == "PROPN" or sdoc[r].text[:1].isupper() or sdoc[r].lower_ in _NAME_LINKS):
        r += 1
    if r >= len(sdoc.tokens) or sdoc[r].text != "(":
        return []
    close = next((k for k in range(r + 1, min(len(sdoc.tokens), r + 14)) if sdoc[k].text == ")"), r + 1)
    # (the model may leave a range's first day out of the date: "(6-15 October 1952)" -> "October 1952")
    return [(offset + sdoc[r + 1].idx if ts <= r + 4 else offset + cs, offset + ce)
            for ts, te, cs, ce in date_ents if r < ts < close][:1]


def _named_happening(n, lex) -> bool:
    """The head noun of a name that is itself a happening the lexicon knows: inside the phrase an entry
    takes it in ("at the Battle of X"), or told with its sides ("the Concordat of 1801 between X and Y").
    The name is the event's, so the noun still tells it."""
    entries = lex.nouns.get(n.lemma_.lower(), ())
    if entries and any(c.dep_ == "prep" and c.lower_ == "between" for c in n.children):
        return True  # "the Concordat of 1801 between X and Y": a named deal told with its sides
    if entries and n.dep_ == "nsubj" and n.pos_ == "PROPN" and _happened(n.head):
        return True  # "the Siege of Medina began in June": a named happening told as taking place
    return n.dep_ == "pobj" and (n.ent_type_ == "EVENT" or n.pos_ == "PROPN") and any(
        n.head.lower_ in e.within for e in entries)


#: Verbs by which a happening named as their subject takes place ("the Siege of X began", "the Battle of Y
#: raged for three days", "the Battle of Z took place").
_TAKING_PLACE = frozenset({"begin", "commence", "start", "open", "continue", "rage", "last", "ensue", "erupt",
                           "resume", "occur"})


def _happened(v) -> bool:
    """The verb tells that its subject took place ("began", "raged", "took place"), not what it did."""
    if v.lemma_.lower() == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in v.children)
    return v.lemma_.lower() in _TAKING_PLACE and not any(c.dep_ == "neg" for c in v.children)


#: Nouns of why a deed was done: a gerund hung on one ("the aim in calling the council") names the deed
#: to explain it, not to tell it.
_MOTIVES = frozenset({"purpose", "aim", "object", "objective", "reason", "motive", "intention", "goal", "point"})


def _adjunct_verb(n):
    """The verb whose clause a noun is an adjunct of, by prepositional phrases only ("In a talk with
    X on May 3, he ...", "In the course of conversation today he ...")."""
    node = n
    for _ in range(3):
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return None
        up = node.head.head
        if up.pos_ in ("VERB", "AUX"):
            return up
        if up.pos_ == "ADV" and up.dep_ in ("advmod", "prt") and up.head.pos_ in ("VERB", "AUX"):
            return up.head  # "was thrown back at the Battle of X": the phrase hangs on the particle
        node = up
    return None


def _max_mood(a: str, b: str) -> str:
    return a if _MOOD_RANK[a] >= _MOOD_RANK[b] else b


def _message_verb(v, offset: int) -> "int | None":
    """Offset of the verb that sends or receives the message whose words ``v`` gives: a participle
    hanging on it ("handed me the terms, stating that ...") or a relative clause on the message
    noun ("received a telegram, which said ...")."""
    head = None
    for c in v.children:  # "In a letter to me X suggested ...": the letter is what said it
        if c.dep_ == "prep" and c.lower_ in ("in", "through"):
            for o in c.children:
                if o.dep_ == "pobj" and o.lemma_.lower() in _MESSAGE_NOUNS \
                        and any(d.dep_ in ("det", "poss") for d in o.children):
                    return offset + o.idx
    if v.dep_ in ("advcl", "xcomp") and v.tag_ == "VBG" and v.head.pos_ == "VERB":
        head = v.head
    elif v.dep_ == "relcl" and v.head.lemma_.lower() in _MESSAGE_NOUNS and v.head.head.pos_ == "VERB":
        head = v.head.head
    elif v.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ == "which" for c in v.children) \
            and v.head.dep_ == "pobj":
        # "a telegram from the envoy, which said": "which" is no person, so it is the telegram
        up = v.head.head.head  # the noun or verb the "from ..." phrase hangs on
        if up.lemma_.lower() in _MESSAGE_NOUNS and up.head.pos_ == "VERB":
            head = up.head
        elif up.pos_ == "VERB" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _MESSAGE_NOUNS
                                       for c in up.children):
            head = up
    return offset + head.idx if head is not None else None


def _present_main(sent, quoted) -> bool:
    """The sentence's main verb (or its auxiliary) is in the present tense, outside quotation marks; not a
    historian's word on what was just told ("Petrovic describes the retreat as a wise move": a comment, after
    which the story goes on where it was)."""
    root = sent.root
    if quoted[root.i] or root.pos_ not in ("VERB", "AUX"):
        return False
    if root.lemma_.lower() in _COMMENTING and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "")
                                                  for c in root.children):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "MD") for c in root.children):
        return False
    return root.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in root.children)


#: Verbs by which a writer of history comments on what the story told ("X describes it as", "Y argues").
_COMMENTING = frozenset({"describe", "argue", "call", "note", "write", "suggest", "claim", "consider", "regard",
                         "see", "view", "characterize", "characterise", "judge", "estimate", "contend", "maintain"})


def _past_main(sent, quoted) -> bool:
    """The sentence's main verb is a simple past (active or passive), outside quotation marks: the
    narration of the story's own deeds."""
    root = sent.root
    if quoted[root.i] or root.pos_ not in ("VERB", "AUX"):
        return False
    aux = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    if not aux:
        return root.tag_ == "VBD"
    return root.tag_ == "VBN" and all(c.tag_ == "VBD" and c.lemma_ == "be" for c in aux)


def _when_clause(c) -> bool:
    """A clause that says when its head's deed happened, at the same time: "rioted when they learned
    of the verdict that evening", "fired as the column crossed the river on 3 May" (not "after"/"before":
    another time)."""
    return c.dep_ == "advcl" and any(m.dep_ == "advmod" and m.lower_ in ("when", "whenever") or
                                     m.dep_ == "mark" and m.lower_ in ("when", "as", "while") for m in c.children)


def _outer_clauses(v, sdoc, offset) -> list[tuple[list[tuple[int, int]], str]]:
    """Pieces of the clauses governing ``v`` (nearest first) with how surely a date carries over."""
    out = []
    node, how = v, "stated"
    for _ in range(4):
        head, dep = _governing_verb(node)
        if head is None:
            break
        link = _DATE_LINK.get(dep)
        if link is None:
            break
        if node.i < head.i and any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS and node.i < c.i < head.i
                                   for c in head.children):
            break  # "I said ...; that X inquired ...": the parse hung the main clause on a later "that"-clause
        if link == "inherited":
            how = "inherited"
        out.append((_chunk_of(sdoc, offset).clause(head), how))
        node = head
    return out
