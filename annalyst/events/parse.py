"""A light, read-only copy of a spaCy parse for the events stage.

Why: the events stage walks the dependency tree many times per trigger (children, heads, subtrees,
edges), and every step on a spaCy ``Doc`` builds a fresh ``Token`` object. Reading the tokens'
attributes once per chunk (one ``Doc.to_array``) into plain Python objects makes those walks cheap.
The copy offers the few ``Token``/``Doc``/``Span`` attributes the stage uses, with the same meaning,
so every function of the stage also works on a real spaCy parse (the tests hand some of them one).

Two differences: tokens are built once per chunk, so ``a is b`` holds for the same token reached by
two paths, as ``a == b`` does on spaCy tokens; and a few misparses the small English model makes in
narrative history are mended (the ``_repair_*`` functions below), which spaCy's own parse keeps.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Any, Optional

import numpy
from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_PUNCT, LEMMA, LIKE_NUM, LOWER, ORTH, POS, SPACY, TAG

from ..mentions import ERA
from .lexicon import CAUSERS, COMPANION, HEADINGS

_ATTRS = [HEAD, DEP, POS, TAG, LOWER, LEMMA, ENT_TYPE, IS_PUNCT, LIKE_NUM, IDX, ORTH, SPACY]
#: string store -> (the store, hash -> string): the same few labels and words recur in every chunk
_NAMES: dict = {}


class LightToken:
    __slots__ = ("doc", "i", "text", "space", "idx", "dep_", "pos_", "tag_", "lower_", "lemma_", "ent_type_",
                 "is_punct", "like_num", "head", "children", "_l", "_r")

    def __len__(self) -> int:
        return len(self.text)

    @property
    def whitespace_(self) -> str:
        return " " if self.space else ""

    @property
    def text_with_ws(self) -> str:
        return self.text + " " if self.space else self.text

    def _edges(self) -> None:
        """First and last token of the subtree (spaCy's ``l_edge``/``r_edge``), worked out on demand
        (children before their heads, without recursion: a parse may be deep)."""
        stack = [(self, False)]
        while stack:
            t, ready = stack.pop()
            if ready:
                lo = hi = t.i
                for c in t.children:
                    if c._l < lo:
                        lo = c._l
                    if c._r > hi:
                        hi = c._r
                t._l, t._r = lo, hi
                continue
            stack.append((t, True))
            stack.extend((c, False) for c in t.children if c._l is None)

    @property
    def left_edge(self) -> "LightToken":
        if self._l is None:
            self._edges()
        return self.doc.tokens[self._l]

    @property
    def right_edge(self) -> "LightToken":
        if self._r is None:
            self._edges()
        return self.doc.tokens[self._r]

    @property
    def subtree(self) -> list:
        """The token and its descendants, as spaCy's ``Token.subtree`` yields them: each left
        child's subtree, the token, each right child's subtree."""
        if not self.children:
            return [self]
        out: list = []
        stack: list = [(self, False)]
        while stack:
            t, placed = stack.pop()
            if placed or not t.children:
                out.append(t)
                continue
            # pushed in reverse: left children's subtrees, the token itself, right children's subtrees
            i = t.i
            for c in reversed(t.children):
                if c.i > i:
                    stack.append((c, False))
            stack.append((t, True))
            for c in reversed(t.children):
                if c.i < i:
                    stack.append((c, False))
        return out

    @property
    def sent(self) -> "LightSpan":
        doc = self.doc
        return doc.sents[bisect_right(doc.sent_starts, self.i) - 1]

    def __repr__(self) -> str:
        return self.text


class LightSpan(list):
    """A run of tokens (a slice of the doc or a sentence)."""

    __slots__ = ("start", "end", "start_char", "end_char", "root")

    @property
    def text(self) -> str:
        if not self:
            return ""
        return "".join(t.text_with_ws for t in self[:-1]) + self[-1].text


_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}
#: nouns of a stretch of time that open a sentence ("During this period", "In that year")
_TIME_NOUNS = {"period", "time", "year", "years", "month", "months", "week", "weeks", "day", "days", "era", "decade",
               "century", "summer", "winter", "spring", "autumn", "fall", "night", "morning", "evening", "phase",
               "stage", "interval", "interim", "campaign", "war", "offensive", "battle", "siege"}


def _rehang(t: LightToken, head: LightToken, dep: str) -> None:
    """Move ``t`` (with its subtree) under ``head`` as ``dep``; ``head is t`` makes it a root. Every repair
    below edits the tree through this, so that heads and children always agree and children stay in text
    order, as spaCy's do."""
    if t.head is not t:
        t.head.children.remove(t)
    t.head, t.dep_ = head, dep
    if head is not t:
        head.children.append(t)
        head.children.sort(key=lambda c: c.i)


def _take_place(n: LightToken, old: LightToken) -> None:
    """``n`` takes the place of ``old`` in the tree: same head (a root if ``old`` was one), same relation."""
    _rehang(n, n if old.head is old else old.head, old.dep_)


def _hand_over(src: LightToken, dst: LightToken, keep=lambda c: False) -> None:
    """The children of ``src`` (but those ``keep`` holds back) go to ``dst``, with their relations."""
    for c in [c for c in src.children if not keep(c)]:
        _rehang(c, dst, c.dep_)


#: Prepositions of a phrase of time that opens a clause ("In 1940 ...", "During this period ...").
_OPENING_TIME_PREPS = frozenset({"in", "during", "by", "after"})


def _repair_fronted_year(toks: list[LightToken]) -> None:
    """A year (or a noun of time) opening the sentence that swallows the subject: in "In 1940 Germany
    invaded Norway" (or "In 1955 refugees fled") it reads "1940 Germany" as one noun phrase (the year a
    number modifying the noun, the noun the object of "In"), leaving the verb without its subject. When
    a verb has no subject and its opening "in"/"during"/"by" phrase holds a noun modified by a year-like
    number (or a noun of time: "During this period refugees moved") that precedes it, the noun becomes
    the verb's subject and the year the preposition's object, as the sentence means."""
    for t in toks:
        prep = t.head
        if t.dep_ != "pobj" or t.pos_ not in ("PROPN", "NOUN") or prep.lower_ not in _OPENING_TIME_PREPS \
                or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
            continue
        verb = prep.head
        year = next((c for c in t.children if c.dep_ == "nummod" and c.i == prep.i + 1 and c.pos_ == "NUM"
                     and c.text.isdigit() and len(c.text) <= 4), None)
        if year is None:  # "During this period refugees moved": a time noun read as a modifier of the subject
            year = next((c for c in t.children if c.dep_ == "compound" and c.lower_ in _TIME_NOUNS
                         and c.i < t.i and all(d.dep_ == "det" or d.i >= c.i for d in t.children if d.i < t.i)), None)
            if year is not None:
                for d in [d for d in t.children if d.dep_ == "det" and d.i < year.i]:
                    _rehang(d, year, d.dep_)
        if year is None or verb.i < t.i or any(c.dep_ in _SUBJECTS for c in verb.children) \
                or any(c.dep_ == "prep" and c.i < prep.i for c in verb.children):
            continue
        era = next((c for c in t.children if c.i == year.i + 1 and c.dep_ == "compound"
                    and ERA.match(c.text)), None)  # "In 491 BC Darius ordered"
        _rehang(t, verb, "nsubj")
        _rehang(year, prep, "pobj")
        if era is not None:
            _rehang(era, year, "compound")


def _repair_year_left_on_subject(toks: list[LightToken]) -> None:
    """The same misreading the other way round: in "In 1956 Kessring advocated ..." the model may keep the
    subject but hang the year on it as a number, leaving "In" with no object, so that the clause loses its
    date. A subject whose year-like number follows an object-less "in"/"during"/"by" of the same verb gives
    the year back to the preposition."""
    for prep in toks:
        if prep.dep_ != "prep" or prep.lower_ not in _OPENING_TIME_PREPS \
                or any(c.dep_ == "pobj" for c in prep.children) or prep.i + 2 >= len(toks):
            continue
        year = toks[prep.i + 1]
        subj = year.head
        if year.dep_ != "nummod" or not year.text.isdigit() or len(year.text) > 4 or subj.i <= year.i \
                or subj.dep_ not in ("nsubj", "nsubjpass") or subj.head is not prep.head:
            continue
        _rehang(year, prep, "pobj")


def _repair_passive_noun(toks: list[LightToken]) -> None:
    """Passive verbs the model misreads: it sometimes hangs the subject on the passive
    auxiliary instead of the verb ("the Netherlands and Belgium were overrun by Germany": "Netherlands"
    the subject of "were", "by Germany" a plain prepositional phrase), and sometimes tags the participle
    itself a noun. The subject becomes the verb's passive subject, a "by" phrase naming an actor its
    agent, and a participle built as a passive verb (with its auxiliary and a subject or agent) becomes
    the verb (VBN) it is."""
    for aux in toks:
        t = aux.head
        if aux.dep_ != "auxpass" or t.pos_ not in ("NOUN", "VERB") or any(c.dep_ == "dobj" for c in t.children):
            continue  # (a verb with a direct object is no passive, whatever the model made of "were")
        for subj in [c for c in aux.children if c.dep_ == "nsubj" and c.i < aux.i]:
            _rehang(subj, t, "nsubjpass")
        if not any(c.dep_ == "agent" for c in t.children):
            for by in t.children:  # "were overrun by Germany": the "by" of a passive names its agent
                if by.dep_ == "prep" and by.lower_ == "by" and any(
                        p.dep_ == "pobj" and p.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for p in by.children):
                    by.dep_ = "agent"
        if t.pos_ == "NOUN" and any(c.dep_ in ("nsubjpass", "agent") for c in t.children):
            t.pos_, t.tag_ = "VERB", "VBN"


def _repair_participle_attr(toks: list[LightToken]) -> None:
    """A participle read as a noun after "were": in "The Netherlands and Belgium were overrun ...", "were"
    taken for the main verb and "overrun" for a singular noun it predicates (which a plural subject rules
    out). A bare singular noun after "were"/"are" is the passive participle; "were" becomes its auxiliary
    and the subject its passive subject."""
    for t in toks:
        be = t.head
        if t.dep_ != "attr" or t.pos_ != "NOUN" or t.tag_ != "NN" or be.lower_ not in ("were", "are") \
                or any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in t.children):
            continue
        subj = [c for c in be.children if c.dep_ == "nsubj" and c.i < be.i]
        if not subj:
            continue
        _take_place(t, be)
        _hand_over(be, t)
        for c in subj:
            c.dep_ = "nsubjpass"
        _rehang(be, t, "auxpass")
        t.pos_, t.tag_ = "VERB", "VBN"


def _repair_stray_subject(toks: list[LightToken]) -> None:
    """A subject read as an apposition: after an opening clause, the model sometimes reads the main
    clause's subject as an apposition to that clause's last noun ("As the troops retook the valleys, the rebel
    governor declared ...": "governor" in apposition to "valleys"), leaving the main verb with
    no subject. A noun in apposition, set off by a comma and standing right before a verb that has no
    subject, becomes that verb's subject; so does one before a companion phrase set off by commas
    ("On 3 May, the league, together with its allies, attacked ..."), and a name hung on the phrase that opens
    the sentence ("On 1 May 1809, Bavaria and Saxony - old allies - attacked ...", "On 5 May crowds gathered")."""
    for v in toks:
        if v.pos_ not in ("VERB", "AUX") or v.i == 0 or v.dep_ not in ("ROOT", "conj") \
                or any(c.dep_ in _SUBJECTS for c in v.children):
            continue
        n = _appositive_before(toks, v) or _subject_in_opening_phrase(toks, v)
        if n is None:
            continue
        old = n.head
        for m in [m for m in n.children if m.i < n.i and m.ent_type_ == "DATE"]:
            _rehang(m, old, "pobj")  # ("On 5 May crowds ...": the date goes back to its preposition)
        _rehang(n, v, "nsubjpass" if any(c.dep_ == "auxpass" for c in v.children) else "nsubj")


def _repair_verb_as_modifier(toks: list[LightToken]) -> None:
    """A capitalised modifier read as a verb: in "Federate raids into X were repulsed" the model
    takes "Federate" for a verb, the subject of the sentence, with "raids" its object. A verb cannot
    be a subject; a capitalised word so read, with the noun right after it as its object, is that noun's
    modifier, and the noun takes its place in the sentence."""
    for v in toks:
        if v.pos_ != "VERB" or v.dep_ not in ("nsubj", "nsubjpass") or not v.text[:1].isupper() \
                or v.i + 1 >= len(toks):
            continue
        n = toks[v.i + 1]
        if n.head is not v or n.dep_ != "dobj" or n.pos_ != "NOUN":
            continue
        _take_place(n, v)
        _hand_over(v, n)  # its other words ("the") go with the noun
        _rehang(v, n, "amod")
        v.pos_, v.tag_ = "ADJ", "JJ"


def _repair_conjunct_verb_read_as_modifier(toks: list[LightToken]) -> None:
    """A second verb read as a modifier of its own object: in "launched an invasion and soon besieged
    Norvalian positions at Varna" the model takes "besieged" for an adjective of "positions", and
    "positions" for the conjunct of "launched". A participle right after the "and" of a verb (adverbs
    between), on a noun with no article before it, that the parse makes that verb's conjunct, is the second
    verb, and the noun its object ("the besieged positions", with an article, stay a noun phrase)."""
    for v in toks:
        n = v.head
        if v.tag_ not in ("VBD", "VBN") or v.dep_ != "amod" or n is v or n.i < v.i or n.dep_ != "conj" \
                or n.pos_ not in ("NOUN", "PROPN") or n.head.pos_ != "VERB" or n.head.i > v.i:
            continue
        cc = [c for c in n.head.children if c.dep_ == "cc" and c.i < v.i]
        if not cc or not all(toks[k].pos_ == "ADV" for k in range(cc[-1].i + 1, v.i)):
            continue
        if any(c.dep_ in ("det", "poss") and c.i < v.i for c in n.children):
            continue
        _take_place(v, n)
        _rehang(n, v, "dobj")
        for c in [c for c in n.children if c.dep_ == "advmod" and c.i < v.i]:
            _rehang(c, v, "advmod")
        v.pos_, v.tag_ = "VERB", "VBD"


def _repair_verbless_sentence(toks: list[LightToken]) -> None:
    """A sentence whose verb the model reads as a participle inside its subject: in "Talks with the NLV
    reopened at Varna in May 1961." it makes "Talks" the root and "reopened" a clause on "the NLV", so that
    the sentence has no verb and its date hangs on no deed. A sentence ending in a full stop has a verb: a
    root noun with a past participle in its phrase that has no subject of its own is the subject, and the
    participle its verb (a heading, with no full stop, keeps its parse)."""
    for r in toks:
        if r.head is not r or r.pos_ not in ("NOUN", "PROPN"):
            continue
        words = sorted(r.subtree, key=lambda t: t.i)
        if words[-1].text not in (".", "!") or any(t.pos_ in ("VERB", "AUX") and t.dep_ != "acl" for t in words):
            continue
        verbs = [t for t in words if t.dep_ == "acl" and t.tag_ in ("VBD", "VBN") and t.i > r.i
                 and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in t.children)]
        if len(verbs) != 1:
            continue
        v = verbs[0]
        _take_place(v, r)
        _rehang(r, v, "nsubj")
        for c in [c for c in r.children if c.i > v.i]:  # what follows the verb is the verb's ("." included)
            _rehang(c, v, c.dep_)
        v.pos_, v.tag_ = "VERB", "VBD"


def _repair_subject_read_as_conjunct_object(toks: list[LightToken]) -> None:
    """The subject of a second clause read as a second object of the first: in "the voters approved the plan
    and Kessler's government began talks" the model makes "government" a conjunct of "plan" and leaves "began"
    with no subject. A verb conjunct with no subject, right after a noun phrase that the parse makes a
    conjunct of the first verb's object, has that phrase as its subject."""
    for v in toks:
        if v.dep_ != "conj" or v.pos_ != "VERB" or v.head.pos_ != "VERB" or v.i == 0 \
                or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in v.children):
            continue
        n = toks[v.i - 1]
        while n.head is not n and n.head.i < v.i and n.dep_ != "conj" and n.head.i > n.i:
            n = n.head  # from the phrase's last word up to its head ("Kessler's government")
        if n.dep_ != "conj" or n.pos_ not in ("NOUN", "PROPN") or max(t.i for t in n.subtree) != v.i - 1:
            continue
        first = n.head
        if first.dep_ not in ("dobj", "pobj") or first.head is not v.head and first.head.head is not v.head:
            continue
        cc = [c for c in first.children if c.dep_ == "cc" and c.i < n.i]
        if not cc:
            continue
        _rehang(n, v, "nsubj")
        _rehang(cc[-1], v.head, "cc")


_CLOSING_QUOTES = frozenset({"\"", "''", "\u201d", "\u2019"})


def _repair_conjunct_after_quotation(toks: list[LightToken]) -> None:
    """A second verb after a quotation read as the quotation's: in 'X insisted, "we are too weary to fight" and
    demanded a truce at once' the model makes "demanded" a conjunct of "are", inside what X said, so that
    "we" demands. A verb conjunct that follows the closing quotation mark of the clause it hangs on, when that
    clause is what a verb before it says, is a conjunct of the saying verb (the speaker does it)."""
    for v in toks:
        q = v.head
        if v.dep_ != "conj" or v.pos_ != "VERB" or q.dep_ != "ccomp" or q.head.i > q.i \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            continue
        closing = [t for t in toks[q.i + 1:v.i] if t.text in _CLOSING_QUOTES and t.head is q]
        if not closing:
            continue
        cc = [c for c in q.children if c.dep_ == "cc" and closing[-1].i < c.i < v.i]
        _rehang(v, q.head, "conj")
        for c in cc:
            _rehang(c, q.head, "cc")


#: Words of a heading the model may read as a noun ("repelled the rebels northwards"); not "north", a noun too.
_HEADINGS = frozenset(w for w in HEADINGS if w.endswith(("ward", "wards")) or w == "inland") | {"backwards"}


def _repair_heading_as_object(toks: list[LightToken]) -> None:
    """A heading read as the head of the object: in "followed the rebel forces northwards" the model takes
    "northwards" for the noun the verb acts on, with "forces" its compound. A heading word ending the phrase
    is how the verb went; the word before it heads the object, and the heading modifies the verb."""
    for h in toks:
        if h.lower_ not in _HEADINGS or h.dep_ not in ("dobj", "pobj") or h.pos_ not in ("NOUN", "PROPN") \
                or h.i == 0:
            continue
        n = toks[h.i - 1]
        if n.head is not h or n.dep_ != "compound" or n.pos_ not in ("NOUN", "PROPN"):
            continue
        up = h.head
        verb = up.head if h.dep_ == "pobj" else up
        _take_place(n, h)
        _hand_over(h, n)  # "the", "rebel" go with the noun
        _rehang(h, verb, "advmod")
        h.pos_, h.tag_ = "ADV", "RB"


#: Participles of hearsay set between commas after a subject ("X, believed to be Y, attacked").
_ASIDES = frozenset({"believe", "think", "say", "report", "know", "allege", "rumour", "rumor", "suspect", "presume",
                     "estimate"})


def _repair_aside_read_as_main_verb(toks: list[LightToken]) -> None:
    """A hearsay participle between commas read as the main verb: in "Bombers, believed to be rebels, tore
    through the town" the model may make "believed" the root, with "tore" coordinated to it, and "tore" would
    then be only believed. The participle describes the subject; the verb after the second comma, which no
    "and" joins to it, is the sentence's own."""
    for v in toks:
        if v.tag_ not in ("VBN", "VBD") or v.lemma_ not in _ASIDES or v.head is not v or v.i < 2 \
                or toks[v.i - 1].text != "," or any(c.dep_ in ("aux", "auxpass") for c in v.children):
            continue
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i == v.i - 2), None)
        xcomp = next((c for c in v.children if c.dep_ == "xcomp"
                      and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if subj is None or xcomp is None:  # ("said to be", "believed to have": the hearsay's infinitive)
            continue
        # the verb after the second comma, hung on the participle or on its infinitive ("to be ..."), no "and"
        main = next((c for h in (v, xcomp) for c in h.children if c.dep_ == "conj" and c.tag_ == "VBD"
                     and toks[c.i - 1].text == "," and not any(x.dep_ == "cc" and h.i < x.i < c.i for x in h.children)),
                    None)
        if main is None:
            continue
        _rehang(main, main, v.dep_)
        # the subject, the closing punctuation go to the main verb
        _hand_over(v, main, keep=lambda c: not (c is subj or (c.dep_ == "punct" and c.i > main.i)))
        subj.dep_ = "nsubj"
        _rehang(v, subj, "acl")
        v.tag_ = "VBN"


def _repair_spliced_clause_read_as_content(toks: list[LightToken]) -> None:
    """A clause spliced on by a comma read as what the next verb says: in "X ordered that the court move, he
    ordered that the guard stay" the model hangs the first clause on the second "ordered" as its content (the
    parse of "The war is over, he said"), so the first order would be only reported. A verb whose own content
    follows it ("that ..." or "to ...", not a quotation after a colon) cannot also have one before it: the two
    clauses stand side by side, the second a conjunct of the first."""
    for v in toks:
        first = next((c for c in v.children if c.dep_ == "ccomp" and c.i < v.i
                      and any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)), None)
        if first is None:
            continue
        after = max(t.i for t in first.subtree) + 1  # (not right_edge: an earlier repair may have moved tokens)
        if after >= v.i or toks[after].text != ",":
            continue
        own = any(c.i > v.i and (c.dep_ == "ccomp" and any(d.dep_ == "mark" and d.lower_ == "that" for d in c.children)
                                 or c.dep_ == "xcomp" and any(d.dep_ == "aux" and d.lower_ == "to" for d in c.children))
                  for c in v.children)
        if not own:
            continue
        _take_place(first, v)
        _rehang(v, first, "conj")


def _repair_near_as_preposition(toks: list[LightToken]) -> None:
    """"near" as an adverb of degree read as a preposition: in "attacked the port with near simultaneous raids"
    the model leaves "with" empty and makes "near" govern the raids. A preposition with nothing to govern,
    followed by "near" hung on the same word, governs what "near" was given; "near" grades the word after it."""
    for p in toks[:-1]:
        q = toks[p.i + 1]
        if p.dep_ != "prep" or p.children or q.lower_ != "near" or q.dep_ != "prep" or q.head is not p.head:
            continue
        obj = next((c for c in q.children if c.dep_ == "pobj"), None)
        if obj is None or q.i + 1 >= obj.i:
            continue
        _hand_over(q, p)
        _rehang(q, toks[q.i + 1], "advmod")
        q.pos_, q.tag_ = "ADV", "RB"


#: Units of distance, which the model may take for a second object ("pushed them 200 kilometres west").
_DISTANCES = frozenset({"kilometre", "kilometer", "km", "mile", "mi", "metre", "meter", "yard", "league", "verst",
                        "kilometres", "kilometers", "miles", "metres", "meters", "yards", "leagues", "versts"})


def _repair_heading_on_a_distance(toks: list[LightToken]) -> None:
    """A heading hung on the distance before it: in "pushed the troops 200 kilometres west" the model makes
    "west" a modifier of "kilometres". The distance and the heading both tell how far and where the verb went."""
    for h in toks:
        d = h.head
        if h.lower_ not in HEADINGS or h.dep_ not in ("appos", "npadvmod", "advmod", "nmod", "compound") \
                or d is h or d.i > h.i or d.head.pos_ not in ("VERB", "AUX") \
                or not (d.dep_ == "npadvmod" or d.dep_ == "dobj" and d.lemma_.lower() in _DISTANCES):
            continue
        _rehang(h, d.head, "advmod")
        h.pos_, h.tag_ = "ADV", "RB"


def _repair_month_read_as_modal(toks: list[LightToken]) -> None:
    """The month read as the modal verb: in "On 3 May the police restrained the mob" the model may take "May"
    for "may", so that the deed would be only possible. "May" written with its capital after a day's number
    is the month of that day."""
    for m in toks[1:]:
        day = toks[m.i - 1]
        if m.text != "May" or m.dep_ != "aux" or not day.text.isdecimal() or not 1 <= int(day.text) <= 31:
            continue
        _rehang(m, day, "npadvmod")
        m.pos_, m.tag_, m.lemma_ = "PROPN", "NNP", "May"


def _repair_participle_read_as_past(toks: list[LightToken]) -> None:
    """A participle joined to a passive read as a past tense: in "X was arrested on 27 July and executed the
    next day" the tagger may take "executed" for a finite verb with no subject, so that no one is executed.
    A regular "-ed" form after "and", with no subject, object or auxiliary of its own, coordinated with a
    passive participle, shares that passive."""
    for v in toks:
        h = v.head
        if v.dep_ != "conj" or v.tag_ != "VBD" or not v.lower_.endswith("ed") or h.tag_ != "VBN" \
                or not any(c.dep_ == "auxpass" for c in h.children) \
                or any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for c in v.children) \
                or not any(c.dep_ == "cc" and h.i < c.i < v.i for c in h.children):
            continue
        v.tag_ = "VBN"


def _repair_causative_participle(toks: list[LightToken]) -> None:
    """A deed one has done to someone read as that someone's own: in "X had the envoys executed" the model makes
    "the envoys" the subject of "executed", as if they executed. A past participle with no auxiliary, hung on
    "have" or "get" as its complement, is done to its noun: the noun is its passive subject (and the one who
    had it done is its doer, ``roles.logical_subject``). The causing verbs are the lexicon module's CAUSERS."""
    for v in toks:
        h = v.head
        if v.dep_ != "ccomp" or v.tag_ != "VBN" or h.lemma_ not in CAUSERS or h.i > v.i \
                or any(c.dep_ in ("aux", "auxpass", "nsubjpass") for c in v.children):
            continue
        for c in v.children:
            if c.dep_ == "nsubj" and c.i < v.i:
                c.dep_ = "nsubjpass"


def _repair_participle_after_noun(toks: list[LightToken]) -> None:
    """A participle clause read as a conjunct of the noun before it: in "X marched north with 1,700 men,
    besieging and capturing the fort", the model makes "besieging" a conjunct of "men", so that nobody
    besieges. A present participle set off by a comma and hung as a conjunct on a noun belongs to the
    verb that governs that noun, as an adverbial clause (whose subject is the verb's)."""
    for v in toks:
        if v.dep_ != "conj" or v.tag_ != "VBG" or v.head.pos_ not in ("NOUN", "PROPN") or v.i == 0 \
                or toks[v.i - 1].text != ",":
            continue
        verb = v.head
        for _ in range(6):
            if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
                break
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or verb.i > v.i:
            continue
        _rehang(v, verb, "advcl")


def _repair_opening_phrase_read_as_conjunct(toks: list[LightToken]) -> None:
    """A phrase opening the second of two clauses read as a conjunct of the first verb: in "On 21 April the
    raiders disbanded and on 26 April X surrendered", the model makes "on" a conjunct of "disbanded", so that
    the first deed has two days and the second none. A preposition hung as a conjunct on a verb, with a later
    conjunct verb of that verb whose subject comes after the phrase, opens that later clause."""
    for p in toks:
        h = p.head
        if p.dep_ != "conj" or p.pos_ != "ADP" or h.pos_ not in ("VERB", "AUX") or h.i > p.i:
            continue
        later = next((c for c in h.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > p.i
                      and any(s.dep_ in ("nsubj", "nsubjpass") and p.right_edge.i < s.i < c.i for s in c.children)),
                     None)
        if later is not None:
            _rehang(p, later, "prep")


def _appositive_before(toks: list[LightToken], v: LightToken) -> Optional[LightToken]:
    """A noun in apposition, set off by a comma, standing right before ``v`` (or before its companion phrase)."""
    n = toks[_before_companion(toks, v)]
    if n.dep_ != "appos" or n.pos_ not in ("NOUN", "PROPN") or n.head.i >= n.i:
        return None
    first = min([n.i] + [c.i for c in n.children if c.i < n.i])
    return n if first > 0 and toks[first - 1].text == "," else None


def _subject_in_opening_phrase(toks: list[LightToken], v: LightToken) -> Optional[LightToken]:
    """A name the parser hung on the phrase that opens the sentence, before a verb with no subject ("On 1 May
    1809, Bavaria and Saxony - old allies - attacked": Bavaria in apposition to May), or on the noun of an
    opening phrase a date anchors ("A year after the siege, Varro, its hero, was wounded"), or as the object of
    the date's preposition ("On 5 May crowds gathered"): the verb's subject."""
    for c in v.children:
        if c.dep_ not in ("prep", "npadvmod") or c.i > v.i:
            continue
        # the date itself, or the last noun of a phrase that opens the sentence ("A year after the battle, X",
        # "After repelling an attack at the ford, X and his army camped")
        first = min(t.i for t in c.subtree)
        opening = first == 0 or toks[first - 1].text.strip() in ("", ".", "!", "?", ";", ":")
        for d in c.subtree:
            if d.dep_ == "pobj" and (d.ent_type_ == "DATE" or opening):
                for n in d.children:
                    if n.dep_ in ("appos", "conj") and n.pos_ == "PROPN" and n.ent_type_ not in ("DATE", "TIME") \
                            and n.i < v.i and n.ent_type_ and (d.ent_type_ == "DATE" or toks[n.i - 1].text == ","):
                        return n
        # a noun read as the object of the opening date's preposition, the date as its modifier ("On 3 May
        # 1712 crowds of weavers began ..."): the date's phrase ended before it
        for d in c.children:
            if c.dep_ == "prep" and d.dep_ == "pobj" and d.pos_ in ("NOUN", "PROPN") and not d.ent_type_ \
                    and d.i < v.i and any(m.i < d.i and m.ent_type_ == "DATE" for m in d.children) \
                    and not any(m.dep_ == "det" for m in d.children):
                return d
    return None


def _before_companion(toks: list[LightToken], v: LightToken) -> int:
    """The index of the token before ``v``, or, when a companion phrase of ``v`` set off by commas stands
    there (", along with its allies,"), of the token before that phrase."""
    if v.i < 2 or toks[v.i - 1].text != ",":
        return v.i - 1
    for c in v.children:
        if c.dep_ in ("prep", "advmod") and c.lower_ in COMPANION and c.i < v.i \
                and any(w.lower_ == "with" for w in c.children):
            if c.right_edge.i == v.i - 2 and c.i >= 2 and toks[c.i - 1].text == ",":
                return c.i - 2
    return v.i - 1


class LightDoc:
    """The tokens of one parsed chunk, with heads, children, edges and sentences."""

    def __init__(self, sdoc: Any):
        strings = sdoc.vocab.strings
        names = _NAMES.get(id(strings))
        if names is None or names[0] is not strings:
            names = _NAMES[id(strings)] = (strings, {0: ""})
        cache = names[1]
        arr = sdoc.to_array(_ATTRS)
        n = len(arr)
        toks: list[LightToken] = []
        self.tokens = toks
        self.sents: list[LightSpan] = []
        self.sent_starts: list[int] = []
        if not n:
            return
        heads = (arr[:, 0].view(numpy.int64) + numpy.arange(n)).tolist()  # HEAD is a signed offset
        _, dep, pos, tag, lower, lemma, ent, punct, num, idx, orth, space = arr.T.tolist()
        for h in set(dep + pos + tag + lower + lemma + ent + orth).difference(cache):
            cache[h] = strings[h]
        new = LightToken.__new__
        for i in range(n):
            lt = new(LightToken)
            lt.doc = self
            lt.i = i
            lt.text = cache[orth[i]]
            lt.space = space[i]
            lt.idx = idx[i]
            lt.dep_ = cache[dep[i]]
            lt.pos_ = cache[pos[i]]
            lt.tag_ = cache[tag[i]]
            lt.lower_ = cache[lower[i]]
            lt.lemma_ = cache[lemma[i]]
            lt.ent_type_ = cache[ent[i]]
            lt.is_punct = punct[i] == 1
            lt.like_num = num[i] == 1
            lt.children = []
            lt._l = lt._r = None
            toks.append(lt)
        for lt, h in zip(toks, heads):
            lt.head = head = toks[h]
            if head is not lt:
                head.children.append(lt)  # in text order, as spaCy's ``children``
        _repair_fronted_year(toks)
        _repair_year_left_on_subject(toks)
        _repair_participle_attr(toks)
        _repair_passive_noun(toks)
        _repair_stray_subject(toks)
        _repair_participle_after_noun(toks)
        _repair_verb_as_modifier(toks)
        _repair_conjunct_verb_read_as_modifier(toks)
        _repair_verbless_sentence(toks)
        _repair_subject_read_as_conjunct_object(toks)
        _repair_conjunct_after_quotation(toks)
        _repair_heading_as_object(toks)
        _repair_aside_read_as_main_verb(toks)
        _repair_spliced_clause_read_as_content(toks)
        _repair_near_as_preposition(toks)
        _repair_heading_on_a_distance(toks)
        _repair_month_read_as_modal(toks)
        _repair_participle_read_as_past(toks)
        _repair_causative_participle(toks)
        _repair_opening_phrase_read_as_conjunct(toks)
        for lt in toks:  # a repair may have read edges before it moved a token
            lt._l = lt._r = None
        for s in sdoc.sents:
            span = LightSpan(toks[s.start:s.end])
            span.start, span.end, span.start_char, span.end_char = s.start, s.end, s.start_char, s.end_char
            root = toks[s.root.i]
            while root.head is not root and root.head.i in range(s.start, s.end):  # (a repair may move it)
                root = root.head
            span.root = root
            self.sents.append(span)
            self.sent_starts.append(s.start)

    def release(self) -> None:
        """Break the references between tokens (heads, children, doc), so that the copy is freed as
        soon as it is dropped instead of waiting for the garbage collector (the copy of every chunk
        would otherwise pile up and make the collector's full passes longer)."""
        for t in self.tokens:
            t.doc = t.head = t.children = None
        self.tokens = []
        self.sents = []

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self):
        return iter(self.tokens)

    def __getitem__(self, key):
        if isinstance(key, slice):
            return LightSpan(self.tokens[key])
        return self.tokens[key]
