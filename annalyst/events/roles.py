"""Who is the source, the target and the place of a verb: reading roles off the dependency parse.

Why a module of its own: the same few grammatical facts (subject, object, dative, prepositions,
passive agent, coordination, control verbs, possessors) decide the roles of every event type; the
lexicon only says how each grammatical slot maps to a role for a given verb.
"""
from __future__ import annotations

from typing import Iterable, Optional

from ..time import rules as time_rules
from .lexicon import (AGENCY_NOUNS, CAUSERS, COMPANION, DOCUMENT_NOUNS, DWELLER_NOUNS, FORCE_TYPES, PARTITIVE,
                      PERSON_NOUNS, PLACE_NOUNS, Entry, is_military)
from .model import PRONOUNS, PRONOUNS_ORDINAL, Arg

#: Children that end a noun phrase (its tail is not part of the name).
_NP_CUT = {"relcl", "acl", "appos", "conj", "cc", "prep", "advcl", "ccomp", "poss", "case", "punct"}
#: Adverbs under which a destination may hang ("accompanied him back to the capital").
_DIRECTIONAL = {"back", "home", "away", "there", "out", "over", "down", "up", "off"}
#: What is asked of a people or a state by naming it: "requested Soviet assistance", "asked for French troops".
_ASKED_FOR = frozenset({"assistance", "aid", "help", "support", "intervention", "troops", "forces", "protection",
                        "mediation", "arms", "weapons", "loan", "loans", "credit", "credits", "backing"})
_PERSONAL_OBJECTS = {"me", "him", "her", "us", "them"}
_RELATIVE = {"who", "which", "that", "whom"}
_VERBAL = {"VERB", "AUX"}
#: Nouns whose infinitive is done by someone else than their possessor ("his request to send
#: troops": the addressee would send them).
_ADDRESSED = {"request", "demand", "appeal", "call", "order", "invitation", "plea", "instruction", "proposal"}


def conjuncts(tok) -> list:
    """``tok`` and the nouns coordinated with it ("Stalin and Voroshilov")."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ == "conj" and c.pos_ not in _VERBAL)
    return sorted(out, key=lambda t: t.i)


def np_bounds(tok) -> tuple[int, int]:
    """Token index range [lo, hi] of the noun phrase headed by ``tok``, without its tail."""
    lo = hi = tok.i
    for c in tok.children:
        if c.dep_ in _NP_CUT and not (c.dep_ == "punct" and c.text in "-–" and c.i < tok.i):
            continue
        lo = min(lo, c.left_edge.i)
        hi = max(hi, c.right_edge.i)
    return lo, hi


#: Forms of address that stand before the one they address, in apposition: "by His Excellency the Chinese
#: Ambassador" names the ambassador.
_HONORIFICS = {"excellency", "excellencies", "majesty", "highness", "eminence", "lordship", "grace"}


def make_arg(tok, role: str, offset: int, prep: Optional[str] = None, *, possessive: bool = False,
             subject: bool = False, main: bool = False, obj: bool = False) -> Arg:
    if tok.lower_ in _HONORIFICS:
        tok = next((c for c in tok.children if c.dep_ == "appos" and c.i > tok.i), tok)
    sdoc = tok.doc
    lo, hi = np_bounds(tok)
    while lo < hi and (sdoc[lo].is_punct or (sdoc[lo].ent_type_ in ("DATE", "TIME") and tok.pos_ == "NOUN"
                                              and sdoc[lo].i < tok.i)):
        lo += 1  # (a date the parser hung on a description: "On 13 May 1958 [May 1958] an army junta ...")
    while hi > lo and sdoc[hi].is_punct:
        hi -= 1
    start, end = sdoc[lo].idx, sdoc[hi].idx + len(sdoc[hi])
    low = tok.lower_
    # The span's own text: ``Doc.text`` would rebuild the whole chunk's text for every argument.
    return Arg(role=role, start=offset + start, end=offset + end, head_start=offset + tok.idx,
               head_end=offset + tok.idx + len(tok), text=sdoc[lo:hi + 1].text, prep=prep,
               pronoun=low if ((tok.pos_ == "PRON" and low in PRONOUNS)
                               or (low in PRONOUNS_ORDINAL and not any(c.dep_ == "poss" for c in tok.children)
                                   and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "dative"))) else None,
               possessive=possessive, subject=subject, main=main, obj=obj,
               tail_end=offset + tok.right_edge.idx + len(tok.right_edge))


def is_passive(verb) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ == "acl" and not misread_finite(verb)) or _predicative_passive(verb) \
        or _participle_opening(verb)


def _participle_opening(verb) -> bool:
    """"Jailed in the capital, X escaped", "In May, pressed by the rebels, X left": a bare past participle set
    before a clause's verb tells what was done to that clause's subject (which undergoes it), as "after being
    jailed" would. (After the verb, "chose the town, located north of X", it may describe another noun.)"""
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX") and verb.i < verb.head.i \
        and not any(c.dep_ in ("aux", "nsubj", "dobj", "expl") for c in verb.children)


def misread_finite(verb) -> bool:
    """"The militia converged on the town, ...": a sentence the parser read as one noun phrase, its finite
    verb (right after the opening noun phrase, with no by-agent) taken for a modifier of its subject."""
    head = verb.head
    return verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and head.dep_ == "ROOT" \
        and head.pos_ in ("NOUN", "PROPN") and verb.i == head.i + 1 and head.left_edge.i == head.sent.start \
        and not any(c.dep_ in ("agent", "aux", "auxpass") for c in verb.children)


def _predicative_passive(verb) -> bool:
    """"X was this morning told by Y": an adverb between the auxiliary and the participle can make the
    parser read the participle as an adjective of "was" (acomp); its by-agent shows it is a passive."""
    return verb.tag_ == "VBN" and verb.dep_ == "acomp" and verb.head.lemma_ == "be" \
        and any(c.dep_ == "agent" for c in verb.children)


#: inflections stripped to mend a lemma, longest first ("carried" -> "carry", "hoped" -> "hope")
_INFLECTIONS = (("ied", "y"), ("ed", ""), ("d", ""), ("ing", ""), ("ing", "e"), ("es", ""), ("s", ""))


def mended_lemma(tok, known) -> Optional[str]:
    """The token's lemma if ``known`` has it, else its written form with an inflection stripped that
    ``known`` has, else None. Why: the small model's lemmatizer stumbles on some verbs ("dined" -> "din",
    "hoped" -> "hop", "staged" -> "stag")."""
    lemma = tok.lemma_.lower()
    if lemma in known:
        return lemma
    low = tok.lower_
    for suffix, repl in _INFLECTIONS:
        if low.endswith(suffix) and low[: -len(suffix)] + repl in known:
            return low[: -len(suffix)] + repl
    return None


def dated_prep(c) -> bool:
    """A preposition whose object is a date ("fell on April 9", "crossed on Christmas night")."""
    return c.dep_ == "prep" and any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in c.children)


def that_clauses(verb) -> list:
    """The verb's "that" clauses ("requested that the USSR send helicopters")."""
    return [c for c in verb.children if c.dep_ == "ccomp"
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]


def _direct(verb, deps: Iterable[str]) -> list:
    return [c for c in verb.children if c.dep_ in deps]


#: nouns naming a message: a participle on one ("a note asking ...") is said by its sender
_MESSAGES = frozenset({"reply", "answer", "note", "letter", "message", "memorandum", "telegram", "cable",
                       "communication", "dispatch", "despatch", "response", "statement", "aide-memoire"})


#: Nouns of a stretch of time: "spent the next months rebuilding his army" (the months rebuild nothing).
_TIME_SPANS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "time",
                         "while", "summer", "winter", "spring", "autumn", "fall", "season", "night", "morning",
                         "evening", "afternoon", "period", "weekend"})


def _a_stretch_of_time(tok) -> bool:
    return tok.ent_type_ in ("DATE", "TIME") or tok.lemma_.lower() in _TIME_SPANS


def _name_in_date_phrase(verb) -> list:
    """"In April Kessler left Varna", "On 3 May Norvalia denied it": the parser ran the name into the date
    phrase before it ("In [April Kessler]"); a finite verb with no subject of its own, right after that
    phrase, is done by the name."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return []
    before = verb.doc[verb.i - 1]
    if before.dep_ != "pobj" or before.pos_ != "PROPN" or before.head.dep_ != "prep" or before.head.head != verb:
        return []
    months = time_rules.lexicon()["month"]
    if any(c.dep_ in ("compound", "nmod") and c.lower_ in months for c in before.children):
        return conjuncts(before)
    return []


def _with_absolute_subject(verb) -> list:
    """"... with Britain and France sending troops into the harbours": a "with" phrase right before a
    participle that has no subject of its own names who does it (the parser hangs both on the noun before)."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl", "pcomp", "conj"):
        return []
    for c in verb.head.children:
        if c.dep_ == "prep" and c.lower_ == "with" and c.i < verb.i:
            pobj = [p for p in c.children if p.dep_ == "pobj"]
            if pobj:
                last = max(t.i for t in pobj[0].subtree)
                if last + 1 == verb.i and verb.doc[last].text != ",":  # ("with 900 men, besieging": the leader's)
                    return conjuncts(pobj[0])
    return []


#: Nouns of a stretch of land a force leaves or holds ("left the area to ..."), never the doer of a purpose.
#: (beside PLACE_NOUNS, which has "area", "zone", "sector" and "positions")
_STRETCHES_OF_LAND = frozenset({"front", "line", "lines", "position", "valley", "coast", "border", "frontier",
                                "country", "countryside"})


#: Verbs of giving way that have no passive ("was routed and retreated"): after a passive verb the tagger may
#: read one as a participle, but its doer is still the one the first verb befell.
_GIVING_WAY = frozenset({"retreat", "retire", "flee", "escape", "surrender", "capitulate"})


def _befallen(undergoers: list, passive) -> list:
    """Who a passive verb befell, given its passive subjects: the subject itself, or for a "which"/"that" the noun
    its relative clause hangs on ("outflanked X, which were forced to retreat": X). A "who" is left alone: its
    clause describes someone ("X, who was forced to step down as ...") rather than telling the story."""
    if not undergoers:
        return []
    if undergoers[0].lower_ not in _RELATIVE:
        return conjuncts(undergoers[0])
    if undergoers[0].lower_ in ("which", "that") and passive.dep_ == "relcl" and passive.head.pos_ in ("NOUN", "PROPN"):
        return conjuncts(passive.head)
    return []


#: The place in a row a subject takes for a deed: "was the first to sign", "the last to surrender".
_RANKS = frozenset({"first", "second", "third", "last", "only", "next"})


def ranked_deed(verb):
    """The "was" of "X was the first (the last, the only) to sign" when ``verb`` is that deed, else None: X,
    the subject of "was", does it, and its place in a row tells that it was done."""
    head = verb.head
    if verb.dep_ in ("relcl", "acl") and head.lower_ in _RANKS and head.dep_ in ("attr", "acomp") \
            and head.head.lemma_ == "be" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return head.head
    return None


def logical_subject(verb, depth: int = 0) -> list:
    """The doer: nsubj, the by-agent of a passive, or the subject a non-finite verb inherits."""
    if is_passive(verb):
        agents = [p for c in _direct(verb, ("agent",)) for p in c.children if p.dep_ == "pobj"]
        if not agents and verb.dep_ == "ccomp" and verb.head.lemma_ in CAUSERS and verb.head.i < verb.i:
            agents = _direct(verb.head, ("nsubj",))  # "X had the envoys executed": X had it done
        return [t for a in agents for t in conjuncts(a)]
    subj = _direct(verb, ("nsubj", "csubj"))
    # "On August 15, 1716 Varna surrendered", "In mid-May 1716, the rebels attacked": a piece of the date the
    # parser took for a subject beside the real one
    subj = [t for t in subj if t.ent_type_ not in ("DATE", "TIME")] or subj
    if subj:
        s = subj[0]
        if s.lower_ in _RELATIVE and verb.dep_ == "relcl":
            s = verb.head
        if s.pos_ == "NOUN" and s.lemma_.lower() in _ACTS and verb.dep_ in ("ccomp", "advcl") \
                and verb.head.pos_ in _VERBAL and depth < 4 and verb.head.i < s.i \
                and not any(c.dep_ in ("poss", "det") for c in s.children) \
                and not any(c.dep_ == "mark" for c in verb.children) and not _direct(verb.head, ("dobj",)):
            # "made overtures threatening ...", parsed with the overtures as the subject: the makers threaten
            return logical_subject(verb.head, depth + 1)
        # "the police, led by X, and the rest of the guard did ...": the parser may hang each conjunct on the
        # verb as a subject of its own, the "and" on the first
        joined = [t for t in subj[1:]
                  if t.i < verb.i and any(c.dep_ == "cc" and s.i < c.i < t.i for c in s.children)]
        if not joined and len(subj) > 1 and subj[-1].i < verb.i and subj[-1].lower_ not in _RELATIVE \
                and subj[-1].left_edge.i > 0 and verb.doc[subj[-1].left_edge.i - 1].text == "," \
                and any(t.tag_.startswith("VB") and t.dep_ in ("compound", "amod", "nmod") for t in subj[-2].subtree):
            # "When X, the commander at Y, retook Z, Clark returned": a clause the parser could not read (a verb
            # it does not know) hangs its subject on the main verb too; the subject next to the verb is its own
            return conjuncts(subj[-1])
        return conjuncts(s) + [x for t in joined for x in conjuncts(t)]
    named = _name_in_date_phrase(verb)
    if named:
        return named
    if depth >= 4 or verb.dep_ == "ROOT":
        return []
    head = verb.head
    absolute = _with_absolute_subject(verb)
    if absolute:
        return absolute
    stray = _stray_conjunct_subject(verb)
    if stray is not None:
        return [stray]
    if verb.dep_ == "xcomp":
        # Object control: "persuaded X to agree", "asked X to send": X does the second verb.
        obj = _direct(head, ("dobj",))
        if obj and head.lemma_ not in ("take", "make", "have", "use", "employ") and not _a_stretch_of_time(obj[0]) \
                and not (obj[0].ent_type_ in ("LOC", "FAC") or (obj[0].pos_ == "NOUN" and (
                    obj[0].lemma_.lower() in PLACE_NOUNS or obj[0].lemma_.lower() in _STRETCHES_OF_LAND))):
            return conjuncts(obj[0])  # (not "left the Harlan area to menace X": a place does nothing)
        if is_passive(head) and head.pos_ in _VERBAL:
            # "X was forced to withdraw", "Y was asked to leave": the one acted upon does the second verb
            undergoers = _direct(head, ("nsubjpass",))
            if not undergoers and head.dep_ == "conj" and not _direct(head, ("nsubj",)):
                # "X resisted Y, and was obliged to retreat": the conjuncts share their subject
                undergoers = _direct(head.head, ("nsubj", "nsubjpass"))
            if undergoers and undergoers[0].lemma_.lower() in _ATTEMPTS:
                return logical_subject(head, depth + 1)  # "an attempt was made by X to take the city"
            befallen = _befallen(undergoers, head)
            if befallen:
                return befallen
    if verb.dep_ == "acl" and head.lemma_.lower() in _ATTEMPTS \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        own = [t for c in head.children if c.dep_ == "prep" and c.lower_ == "by"
               for p in c.children if p.dep_ == "pobj" for t in conjuncts(p)]
        own += [c for c in head.children if c.dep_ == "poss" and c.lower_ not in _RELATIVE]
        own += [c for c in head.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")]
        if own:
            return own  # "an attempt by X to block the harbour", "the Japanese attempt to block it"
        if head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ in _VERBAL:
            return logical_subject(head.head, depth + 1)  # "attempts were made by X to take the city"
    ranked = ranked_deed(verb)
    if ranked is not None:  # "X was the first to sign an armistice", "the garrison was the last to surrender"
        return [t for c in ranked.children if c.dep_ == "nsubj" for t in conjuncts(c)]
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.lemma_.lower() in _ACTS \
            and head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ in _VERBAL:
        return logical_subject(head.head, depth + 1)  # "held a meeting arguing ...", "made overtures threatening ..."
    if verb.dep_ == "conj" and head.pos_ in _VERBAL and is_passive(head) \
            and (verb.tag_ in ("VBD", "VBZ", "VBP") or verb.lemma_.lower() in _GIVING_WAY):
        # "the army was routed and retreated": the one the first verb befell does the second (a bare participle,
        # "was tracked and hunted down", is passive too, and keeps the first verb's doer)
        befallen = _befallen(_direct(head, ("nsubjpass",)), head)
        if befallen:
            return befallen
    if verb.dep_ in ("conj", "xcomp", "advcl") and head.pos_ in _VERBAL:
        return logical_subject(head, depth + 1)
    if misread_finite(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ == "ROOT"
                                 and head.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "aux" for c in verb.children)
                                 and any(misread_finite(c) for c in head.children if c.i < verb.i)):
        # "The militia converged on the town, bottling up ...": a sentence read as one noun phrase, its
        # verb a modifier of what is really its subject
        return conjuncts(head)
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in _VERBAL:
        return logical_subject(head.head, depth + 1)  # "after asking X, Litvinov indicated"
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in ("before", "after"):
        # "retreated to X until May, Y until June, and Z before retreating to W": the parser hangs the
        # phrase on a stage of the route (an adverbial noun); its doer is the verb's subject
        node = head.head
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
        if node.dep_ in ("npadvmod", "advcl") and node.pos_ in ("PROPN", "NOUN") and node.head.pos_ in _VERBAL:
            return logical_subject(node.head, depth + 1)
    if verb.dep_ in ("acl", "xcomp") and head.pos_ in ("NOUN", "ADJ"):
        # "his request to send troops": the possessor asks; "ready to accept": the adjective's subject.
        poss = _direct(head, ("poss",))
        if poss and head.lemma_.lower() not in _ADDRESSED:
            return poss
        if head.pos_ == "ADJ" and head.head.pos_ in _VERBAL:
            return logical_subject(head.head, depth + 1)
        if verb.tag_ == "VBG" and head.lemma_.lower() in _MESSAGES and head.dep_ in ("dobj", "nsubjpass") \
                and head.head.pos_ in _VERBAL:
            # "sent a reply asking for details": the message's sender asks
            return logical_subject(head.head, depth + 1)
    return []


#: Nouns of an attempt: its infinitive is done by whoever made the attempt.
_ATTEMPTS = {"attempt", "attempts", "effort", "efforts", "bid", "bids"}
#: Nouns of an act of speech or a sitting: a participle on one ("a meeting arguing that ...",
#: "overtures threatening ...") is done by whoever held or made it.
_ACTS = {"meeting", "conference", "session", "overture", "overtures", "move", "gesture", "step", "speech",
         "proclamation", "decree", "resolution", "manifesto", "appeal", "announcement", "declaration", "campaign"}


def _stray_conjunct_subject(verb):
    """"X rejected Y's demand and Z denounced W": the parser may hang Z on the object ("demand and Z")
    and leave the second verb without a subject. Z, a name standing right before the verb after "and",
    coordinated with the first verb's object, is that verb's subject."""
    if verb.dep_ != "conj" or verb.i < 2:
        return None
    prev = verb.doc[verb.i - 1]
    if prev.dep_ == "conj" and prev.pos_ in ("PROPN", "NOUN", "PRON") and prev.head.dep_ in ("dobj", "pobj") \
            and prev.head.i < prev.i and any(c.dep_ == "cc" for c in prev.head.children) \
            and (prev.ent_type_ or prev.pos_ == "PRON") and verb.head.i < prev.i:
        return prev
    return None


def logical_objects(verb) -> list:
    """The undergoer: direct object of an active verb, subject of a passive."""
    if is_passive(verb):
        objs = _direct(verb, ("nsubjpass",))
        if objs and objs[0].lower_ in _RELATIVE and verb.dep_ == "relcl":
            objs = [verb.head]  # "the republic, which was drawn into the war": the republic
        if not objs and verb.dep_ == "acl":
            objs = [verb.head]
        if not objs and verb.dep_ == "acomp":
            objs = _direct(verb.head, ("nsubj", "nsubjpass"))  # the subject of "was"
        if not objs and verb.dep_ == "xcomp" and verb.head.pos_ in _VERBAL:
            # "the plans had to be abandoned", "ordered the fort to be razed": the one the governing verb holds
            # (its object, else its subject) undergoes the infinitive
            objs = [o for o in _direct(verb.head, ("dobj",)) or _direct(verb.head, ("nsubj", "nsubjpass"))
                    if o.lower_ not in _RELATIVE]
        if not objs and verb.dep_ == "conj" and verb.head.pos_ in _VERBAL:
            # "the fleet sought to hold the strait, but was beaten": the first verb's subject undergoes
            objs = [o for o in _direct(verb.head, ("nsubj", "nsubjpass")) if o.lower_ not in _RELATIVE]
        if not objs and (verb.dep_ == "advcl" or (verb.dep_ == "pcomp" and verb.head.dep_ == "prep")):
            # "After being beaten at the ford, the duke surrendered": the main clause's subject undergoes
            main = verb.head if verb.dep_ == "advcl" else verb.head.head
            if main.pos_ in _VERBAL:
                objs = [o for o in _direct(main, ("nsubj",)) if o.lower_ not in _RELATIVE]
        return [t for o in objs for t in conjuncts(o)]
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.pos_ in _VERBAL and _passive_series(verb.head) \
            and not _direct(verb, ("nsubj", "nsubjpass", "dobj", "csubj")):
        # "were arrested, imprisoned or executed": the later participles share the first one's undergoer
        return logical_objects(verb.head)
    direct = _direct(verb, ("dobj",))
    if direct and direct[0].lower_ in _RELATIVE and verb.dep_ == "relcl":
        # "the island, which the duchy had lost": the island (but in "it was then that X unleashed the gas",
        # read with "that" as a second object, the gas)
        direct = [d for d in direct if d.lower_ not in _RELATIVE] or [verb.head]
    if not direct and verb.lemma_.lower() in _HELPING:
        # "helped China resist Japan": the parser makes the one helped the subject of the bare infinitive
        direct = [s for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VB" and c.i > verb.i
                  for s in c.children if s.dep_ == "nsubj" and s.i < c.i]
    if not direct:
        stray = stray_object(verb)
        direct = [stray[0]] if stray else []
    return [t for o in direct for t in conjuncts(o)]


#: Verbs taking the one they help and a bare infinitive of what that one does ("helped China resist").
_HELPING = frozenset({"help", "assist", "aid", "enable"})


def _passive_series(verb, depth: int = 0) -> bool:
    """A passive verb, or a bare participle coordinated with one ("were arrested, imprisoned and ...")."""
    if is_passive(verb):
        return True
    return depth < 6 and verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.pos_ in _VERBAL \
        and not _direct(verb, ("nsubj", "nsubjpass", "dobj", "csubj")) and _passive_series(verb.head, depth + 1)


def stray_object(verb):
    """(object, host) when the parser hung a verb's object on a noun of its adverbial phrase as an
    apposition with no comma ("obtained today in confidence from the ministry certain information"):
    the object of the verb, and the noun whose phrases are really the verb's."""
    if is_passive(verb) or _direct(verb, ("dobj", "ccomp", "xcomp")):
        return None
    for c in verb.children:
        if c.dep_ != "prep":
            continue
        stack = [p for p in c.children if p.dep_ == "pobj"]
        for _ in range(2):
            nxt = []
            for host in stack:
                for a in host.children:
                    if a.dep_ == "appos" and a.pos_ == "NOUN" and a.i > host.i \
                            and not any(t.text in (",", ";", "(", "—", "-") for t in verb.doc[host.i:a.i]):
                        return a, host
                    if a.dep_ == "prep":
                        nxt.extend(q for q in a.children if q.dep_ == "pobj")
            stack = nxt
    return None


def prep_phrases(tok) -> list[tuple[str, object]]:
    """(preposition, object) pairs under ``tok``, including under "back"/"home"-style adverbs."""
    out = []
    holders = [tok] + [c for c in tok.children if c.dep_ in ("advmod", "prt") and c.lower_ in _DIRECTIONAL]
    for h in holders:
        for c in h.children:
            if c.dep_ in ("prep", "dative") and c.pos_ == "ADP":
                name = c.lower_
                for p in c.children:
                    if p.dep_ == "pobj":
                        out.append((name, p))
                    elif p.dep_ == "prep" and p.pos_ == "ADP":  # "out of", "away from"; "along with"
                        inner = f"{name} with" if name in COMPANION and p.lower_ == "with" else p.lower_
                        out.extend((inner, q) for q in p.children if q.dep_ == "pobj")
    for c in tok.children:  # "bottling up the garrison": a particle the parser gave the object to
        if c.dep_ == "prt" and c.pos_ == "ADP":
            out.extend((c.lower_, p) for p in c.children if p.dep_ == "pobj")
    return out


#: Verbs of a phase of a deed ("began to arrive", "continued fighting"): their subject does the deed itself.
_PHASE_VERBS = frozenset({"begin", "start", "continue", "resume", "keep", "cease", "stop", "finish", "go"})


def _phase_subject(tok, verb) -> bool:
    """``tok`` is the subject of a phase verb that governs ``verb`` ("the troops began to arrive"), or the one
    a governing verb makes do it (its passive subject or its object)."""
    if verb.dep_ != "xcomp" or tok.head.i != verb.head.i:
        return False
    if tok.dep_ == "nsubjpass" or tok.dep_ == "dobj":
        return True  # "officials were forced to acknowledge it", "persuaded the officials to resign": theirs
    return verb.head.lemma_.lower() in _PHASE_VERBS and tok.dep_ == "nsubj"


def _trailing_participle_subject(tok, verb) -> bool:
    """"The women marched to the town hall, demanding that ...": a participle trailing its clause is done by
    that clause's subject as surely as the clause's own verb is."""
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i > verb.head.i and tok.dep_ == "nsubj" \
        and tok.head is verb.head and not any(c.dep_ == "mark" for c in verb.children)


def _relative_antecedent(tok, verb) -> bool:
    """"the priests who took the oath": the noun a relative clause hangs on, which its "who" stands for, is
    the clause's own participant (not one borrowed from a governing clause). Only "who": a "which" the parser
    hangs on the nearest noun often stands for one before it ("a despatch to his Government which recounted")."""
    return verb.dep_ == "relcl" and tok is verb.head and any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lower_ in ("who", "whom") for c in verb.children)


def _shared_subject(tok, verb) -> bool:
    """``tok`` is the subject of a verb ``verb`` is coordinated with ("the fleet waited and headed back"):
    the second verb's own subject as much as the first's, not one borrowed from a governing clause."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    node = verb
    for _ in range(6):
        if node.dep_ != "conj" or node.head is node:
            return False
        node = node.head
        if tok.head is node:
            return True
    return False


def _hangs_on(tok, verb) -> bool:
    """``tok`` is a dependent of ``verb`` itself, through coordination, prepositions, a passive's agent
    or the object it is a phrase of (not a subject the verb borrows from a governing clause)."""
    node = tok
    for _ in range(6):
        if node.head.i == verb.i:
            return True
        if node.dep_ not in ("conj", "pobj", "prep", "agent", "poss", "dobj", "dative") or node.head.i == node.i:
            return False
        node = node.head
    return False


#: Places where a body publishes what it says: a paper found there is that body's.
_OUTLETS = frozenset({"website", "site", "page", "account", "blog", "channel", "feed", "homepage"})


def _side_of(tok) -> list:
    """The side an armed body or a mouthpiece belongs to: its possessor ("Zhang's army", "Erdogan's
    office") or "of" phrase ("the forces of Chiang", "a spokesman for the ministry" is not covered); the
    place a place noun names ("the town of Babruysk"); nothing for any other noun."""
    if tok.lemma_.lower() in DOCUMENT_NOUNS:  # "an analysis by the Budget Office (that says ...)": its author
        by = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from")]
        by += [a for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in _ISSUING  # "issued by X"
               for a in c.children if a.dep_ == "agent"]
        pobjs = [p for c in by for p in c.children if p.dep_ == "pobj"]
        # ("a statement from X's office": the office speaks for X)
        pobjs += [o for p in pobjs if p.lemma_.lower() in AGENCY_NOUNS for o in _side_of(p)]
        # ("a statement on the Harlan League website", "a post on X's account": whose site or account it is)
        pobjs += [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "in")
                  for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in _OUTLETS
                  for o in p.children if o.i < p.i and (o.dep_ in ("compound", "poss") or (
                      o.dep_ == "amod" and o.text[:1].isupper()))]  # (a name the tagger read as an adjective)
        return [t for p in pobjs if p.ent_type_ or p.pos_ == "PROPN" or p.lower_ in PERSON_NOUNS
                for t in conjuncts(p)] + \
            [t for c in tok.children if c.dep_ == "poss" for t in conjuncts(c)
             if t.lower_ not in ("its", "their", "whose")]
    if tok.lemma_.lower() in PLACE_NOUNS:  # "the town of Babruysk was captured", "Ancona city": Babruysk, Ancona
        return [t for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN" for t in conjuncts(p)] + \
            [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == tok.i - 1]
    if tok.lower_ in PARTITIVE or tok.lemma_.lower() in PARTITIVE:
        return _partitive_side(tok, 0)
    if tok.lower_ in _FORCE_MEASURES:  # a body's numbers, not a person's vigour ("Harlan's strength grew")
        return [t for t in _side_of_body(tok, 0) if t.ent_type_ != "PERSON" and t.lower_ not in ("his", "her")]
    if not (is_military(tok) or tok.lemma_.lower() in AGENCY_NOUNS or tok.lower_ in AGENCY_NOUNS):
        return []
    return _side_of_body(tok, 0)


#: Nouns of how big a force is: "the rebels' ranks grew", "the army's strength rose": that force's side.
_FORCE_MEASURES = frozenset({"ranks", "strength", "size"})


def _partitive_side(tok, depth: int) -> list:
    """The side a part belongs to: the named group or the armed body its "of" phrase gives."""
    out = []
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ != "of":
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            if p.ent_type_ in ("NORP", "ORG", "GPE", "PERSON"):
                out.extend(conjuncts(p))
            elif is_military(p):
                out.extend(t for t in p.children if t.dep_ in ("amod", "compound") and t.ent_type_ in ("NORP", "ORG", "GPE"))
                out.extend(_side_of_body(p, 1))
            elif p.lemma_.lower() in PLACE_NOUNS:  # "most of Ancona city", "part of the town of X"
                out.extend(_side_of(p))
            elif depth < 2 and (p.lower_ in PARTITIVE or p.lemma_.lower() in PARTITIVE):
                out.extend(_partitive_side(p, depth + 1))  # "hundreds of thousands of X"
    return out


#: Verbs by which a participle names a document's author: "a proclamation issued by X".
_ISSUING = {"issue", "sign", "write", "publish", "release", "draft", "send", "deliver"}
#: Verbs by which someone puts out a text that then speaks for them ("announced the Plan, which called for ...").
_PUTTING_OUT = _ISSUING | {"announce", "proclaim", "adopt", "present", "unveil", "propose", "promulgate", "launch"}


def _document_author(verb) -> list:
    """Who speaks through a text a relative clause makes the speaker: "the abbot published the Charter of
    Lenz, which called for the release of the serfs" (the abbot); nobody when the text's maker is not named."""
    v = verb
    while v.dep_ == "conj" and v.head.pos_ in _VERBAL:
        v = v.head
    if v.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in v.children):
        return []
    text = v.head
    if not (text.pos_ == "PROPN" or text.lemma_.lower() in DOCUMENT_NOUNS):
        return []
    issuer = text.head.head if text.dep_ == "appos" else text.head
    if text.dep_ not in ("dobj", "appos", "oprd") or issuer.lemma_.lower() not in _PUTTING_OUT:
        return []
    return [t for t in logical_subject(issuer) if t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")]


#: Verbs by which a participle names who leads an armed body ("troops led by X", "a force commanded by Y").
_LEADING = {"lead", "command", "control", "head", "direct"}
#: Nouns of leadership: "under the command of X".
_COMMAND = {"command", "leadership", "orders", "order", "direction", "control"}


def _side_of_body(tok, depth: int) -> list:
    out = [t for c in tok.children if c.dep_ == "poss" for t in conjuncts(c) if t.lower_ not in ("its", "their", "whose")]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "under"):
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                if p.ent_type_:  # "the forces of X", "a column under General Y"
                    out.extend(conjuncts(p))
                elif c.lower_ == "under" and p.lemma_.lower() in _COMMAND:  # "under the command of X"
                    out.extend(t for q in p.children if q.dep_ == "prep" and q.lower_ == "of"
                               for r in q.children if r.dep_ == "pobj" and r.ent_type_ for t in conjuncts(r))
                elif c.lower_ == "of" and depth < 2 and is_military(p):  # "a squadron of British ships"
                    out.extend(t for t in p.children if t.dep_ == "amod" and t.ent_type_ == "NORP")
                    out.extend(_side_of_body(p, depth + 1))
        elif c.dep_ == "acl" and c.lemma_.lower() in _LEADING and c.tag_ == "VBN" and depth < 2:
            # "troops led by X", "the expedition, commanded by Y": the leader acts with the body
            for ag in c.children:
                if ag.dep_ == "agent":
                    for p in ag.children:
                        if p.dep_ == "pobj" and p.ent_type_:
                            out.extend(conjuncts(p))
                        elif p.dep_ == "pobj":
                            out.extend(_side_of_body(p, depth + 1))
                for p in c.children:
                    if p.dep_ == "prep" and p.lower_ == "under":
                        out.extend(t for q in p.children if q.dep_ == "pobj" and q.ent_type_ for t in conjuncts(q))
    return out


#: Verbs whose "it" subject is empty before a clause ("it seems that", "it appears that").
_IMPERSONAL = {"be", "seem", "appear", "happen", "turn", "remain", "follow", "matter", "mean", "take"}


def _office_holder(tok) -> list:
    """"the president of the Republic Jan Novak": the small parser glues the holder's name to the
    office's domain as one "of" object; the name (a person the model tagged, after words that are not
    part of it) is who the office stands for."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in PERSON_NOUNS:
        return []
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
            if p.dep_ == "pobj" and p.ent_type_ == "PERSON"
            and any(k.dep_ == "compound" and k.pos_ == "PROPN" and k.ent_type_ != "PERSON" for k in p.children)]


def args_for(verb, entry: Entry, offset: int) -> list[Arg]:
    """Every argument of ``verb`` under the roles ``entry`` gives its grammatical slots."""
    args: list[Arg] = []
    seen: set[int] = set()

    def add(tok, role, prep=None, **kw):
        if role in (None, "none") or tok.i in seen:
            return
        if tok.lower_ == "it" and (tok.dep_ == "expl" or (
                any(c.dep_ in ("ccomp", "xcomp") for c in tok.head.children)
                and (is_passive(tok.head) or tok.head.lemma_.lower() in _IMPERSONAL))):
            return  # "It was agreed that ...", "it seems that ...": no one is "it" ("It said that": a body)
        seen.add(tok.i)
        arg = make_arg(tok, role, offset, prep, **kw)
        arg.own = _hangs_on(tok, verb) or (tok is verb.head and misread_finite(verb)) or _phase_subject(tok, verb) \
            or _trailing_participle_subject(tok, verb) or _relative_antecedent(tok, verb) or _shared_subject(tok, verb)
        args.append(arg)
        if role in ("source", "target"):
            # "the forces of X", "X's army": X is the side that acts; "the duke's envoy, Karl Brandt":
            # the name in apposition to a description (or to a name the model did not tag: "the Northern
            # People's Militia (NPM)") is who it is
            named = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                     and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")] \
                if tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and not tok.ent_type_) else []
            named += _office_holder(tok)
            # "Bavaria, along with the Saxon regiments, invaded ...": companions act beside it
            named += [t for c in tok.children if c.dep_ == "prep" and c.lower_ in COMPANION
                      for w in c.children if w.dep_ == "prep" and w.lower_ == "with"
                      for p in w.children if p.dep_ == "pobj" for t in conjuncts(p)]
            for side in _side_of(tok) + named:
                if side.i not in seen:
                    seen.add(side.i)
                    extra = make_arg(side, role, offset, prep)
                    extra.own = arg.own
                    args.append(extra)

    main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
    for t in logical_subject(verb):
        add(t, entry.subject, subject=True, main=main and t.head == verb)
    if entry.subject == "source":
        for t in _document_author(verb):  # "X published the Charter of Y, which called for ...": X speaks through it
            add(t, "source")
    objects = logical_objects(verb)
    for t in objects:
        if entry.object_role != "none" and not (entry.is_frame and t.lemma_.lower() in entry.objects
                                                and not entry.object_is_party):
            add(t, entry.object_role, obj=True)
        elif entry.object_role == "none" and t.lower_ in _PERSONAL_OBJECTS and not is_passive(verb):
            add(t, "target")  # "handed me the terms": a person is the recipient, not the thing
        elif entry.object_role == "none" and is_passive(verb) and any(o.pos_ == "NOUN" for o in _direct(verb, ("dobj",))):
            add(t, "target")  # "the marshal was given leave": who is given it, the thing kept as object
        elif entry.object_role == "none" and entry.is_frame and t.pos_ == "PROPN" \
                and t.ent_type_ in ("ORG", "LAW", "EVENT", ""):
            # "formed the Free Alliance", "signed the Treaty of X", "Operation Y was launched": the named
            # thing takes part
            add(t, "target")
        # The author of a thing acted upon: "refused his request", "Chiang's reply was sent".
        if (t.pos_ == "NOUN" or entry.object_role == "none") and (
                t.lemma_.lower() not in PERSON_NOUNS or t.lower_ in DWELLER_NOUNS):
            for p in _direct(t, ("poss",)):
                add(p, entry.possessor, possessive=True)
            if entry.object_role == "none" and entry.is_frame and entry.possessor == "target" \
                    and entry.type not in FORCE_TYPES \
                    and (t.lemma_.lower() in entry.objects or t.lower_ in entry.objects):
                # "froze German assets", "guaranteed Polish independence": the nation the thing is named for
                # owns it, as a possessive would (not "sent French troops": troops are their own nation's force)
                for p in t.children:
                    if p.dep_ in ("amod", "compound") and p.i < t.i and p.ent_type_ in ("NORP", "GPE"):
                        add(p, "target", possessive=True)
            body = next((p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                         if p.dep_ == "pobj"), t) if t.lower_ in PARTITIVE else t  # "half of the contingent"
            if entry.object_role == "none" and entry.type in ("MOBILIZE", "RETREAT") and is_passive(verb) \
                    and is_military(body) and not any(c.dep_ == "agent" for c in verb.children):
                # "the Persian army was gathered": whose the body moved is, when no one is named moving it;
                # with no side named, the body itself moved ("a detachment was sent out")
                sides = [p for p in body.children if p.dep_ in ("amod", "compound") and p.ent_type_ in ("NORP", "GPE")]
                for p in sides or [body]:
                    add(p, "source")
    for d in _direct(verb, ("dative",)):
        if d.pos_ != "ADP":
            for t in conjuncts(d):
                add(t, "target")
    for o in objects:
        # "promised Romania large territories", which the parser reads as one noun phrase with the name as a
        # modifier: a name opening the object, before its adjective, is the one the thing goes to
        first = min((c for c in o.children if c.i < o.i), key=lambda c: c.i, default=None)
        if entry.prep_role("to") == "target" and first is not None and first.dep_ == "nmod" \
                and first.pos_ == "PROPN" and first.i == o.left_edge.i and o.i - first.i >= 2 \
                and first.doc[first.i + 1].dep_ == "amod":
            add(first, "target")
    if entry.type == "REQUEST":
        # "requested Soviet military assistance", "asked for British troops": whose help is asked for is
        # whom it is asked of
        asked = objects + [p for prep, p in prep_phrases(verb) if prep == "for"]
        for o in asked:
            if o.lemma_.lower() in _ASKED_FOR:
                for c in o.children:
                    if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG") and c.i < o.i:
                        add(c, "target")
    if entry.type == "REQUEST" and not objects:
        # "requested that the USSR send helicopters": the one asked to act is the clause's subject
        for c in that_clauses(verb):
            for s in _direct(c, ("nsubj",)):
                if s.ent_type_ in ("GPE", "ORG", "NORP", "PERSON"):
                    for t in conjuncts(s):
                        add(t, "target")
    explicit = {p for p, _ in entry.preps}
    stray = stray_object(verb) if not _direct(verb, ("dobj",)) else None
    hosts = [stray[1]] if stray else []  # "in confidence from the ministry <object>": the verb's "from"
    if entry.subject == "none" and any(o.startswith("@subject:") for o in entry.objects):
        # "war between X and Y broke out": the subject that names the event carries its sides
        hosts += [s for s in _direct(verb, ("nsubj",))]
    for h in [verb] + objects + hosts:
        for prep, pobj in prep_phrases(h):
            if h in hosts and prep in explicit:
                role = entry.prep_role(prep)
                sides = _two_sides(pobj) if prep == "between" and role == "source" else conjuncts(pobj)
                for k, t in enumerate(sides):  # "war between X and Y broke out": one side each
                    add(t, "target" if k and prep == "between" and role == "source" else role, prep)
                continue
            if h is not verb and not entry.is_frame and prep not in explicit and not (
                    entry.prep_role(prep) == "place" and pobj.pos_ == "PROPN"):
                continue  # "relayed the conversation to X", "visited the governor in Canton"; not "the war of X"
            role = entry.prep_role(prep)
            if h is not verb and prep == "of" and entry.mode == "multilateral":
                role = "target"  # "a meeting of senior staff"
            if role == "source" and prep.endswith(" with") and h is verb and _passive_series(verb):
                role = "target"  # "X was seized and executed along with his brother": the companion undergoes it
            for t in conjuncts(pobj):
                add(t, role, prep)
                if t.pos_ == "NOUN" and role in ("source", "target"):
                    for p in _direct(t, ("poss",)):  # "anger at Chiang's request"
                        add(p, role, prep, possessive=True)
    for prep, pobj in prep_phrases(verb):
        # "brought to the attention of X": the phrase the frame is made of names the participant
        if any(prep == p and pobj.lemma_.lower() in objs for p, objs in entry.pobjects):
            for p2, q in prep_phrases(pobj):
                if p2 in explicit:
                    for t in conjuncts(q):
                        add(t, entry.prep_role(p2), p2)
    if entry.mode == "multilateral":
        # "a meeting ... attended by X, Y and Z": the attendees are the other participants.
        for o in objects:
            for acl in _direct(o, ("acl",)):
                for ag in _direct(acl, ("agent",)):
                    for p in _direct(ag, ("pobj",)):
                        for t in conjuncts(p):
                            add(t, "target", "by")
    return args


#: Entity labels of a modifier that names the author of a nominal event ("the German note").
_AUTHOR_ENTS = {"NORP", "ORG", "PERSON"}
#: ... or the place it was held at ("the Brussels meeting").
_PLACE_ENTS = {"GPE", "LOC", "FAC"}


def noun_prep_phrases(noun, entry: Entry) -> list[tuple[str, object]]:
    """(preposition, object) pairs of a nominal trigger's phrase: its own prepositional phrases, and
    those the entry names that the parser hung on one of their objects ("the call by X on Y")."""
    own = prep_phrases(noun)
    if noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and noun.head.i < noun.i:
        # "the capture and execution of the regent": a phrase after the last of two coordinated nouns, which the
        # parser hangs on the first, belongs to both
        mine = {p for p, _ in own}
        own = own + [(p, o) for p, o in prep_phrases(noun.head) if p not in mine and o.i > noun.i]
    explicit = {p for p, _ in entry.preps}
    out = list(own)
    for _, pobj in own:
        out.extend((p, q) for p, q in prep_phrases(pobj) if p in explicit)
    return out


#: Verbs by which a relative clause tells who made, sent or handed what a noun names.
_CONVEYING = {"make", "send", "address", "deliver", "present", "hand", "give", "write", "transmit", "lodge", "submit"}


def conveying_clause(noun):
    """The relative clause by which a noun's maker or sender is told ("the inquiry which he had made
    of me on May 3"), or None."""
    for c in noun.children:
        if c.dep_ == "relcl" and c.lemma_.lower() in _CONVEYING \
                and any(d.dep_ == "dobj" and d.lower_ in ("which", "that") for d in c.children):
            return c
    return None


#: Modifiers that name the side doing a deed a noun names ("insurgent attacks", "guerrilla raids").
_SIDE_MODIFIERS = frozenset({"insurgent", "rebel", "guerrilla", "partisan", "enemy", "militia", "mutineer",
                             "loyalist", "royalist", "separatist", "terrorist", "militant", "government",
                             "coalition", "police"})


#: Nouns of what befalls one person: a person's own ("his arrest", "X's execution") is the one it befell.
_FATES = frozenset({"execution", "assassination", "murder", "killing", "arrest", "detention", "imprisonment",
                    "deportation", "expulsion", "capture", "kidnapping", "abduction", "exile", "banishment"})


def _one_persons_fate(noun) -> bool:
    """"Huerta ordered Villa's execution", "after his arrest": a singular noun of such a fate with no "of"
    phrase of its own; with one ("the general's arrest of the mayor") the possessor is the doer."""
    return noun.lemma_.lower() in _FATES and noun.tag_ == "NN" \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def args_for_noun(noun, entry: Entry, offset: int) -> list[Arg]:
    """Arguments of a noun that names an event: its possessor ("the envoy's visit"), a nationality
    or organisation modifier ("the German note"), and its prepositional phrases by the entry's roles."""
    args: list[Arg] = []
    seen: set[int] = set()

    def add(tok, role, prep=None):
        if role in (None, "none", "other") or tok.i in seen:
            return
        seen.add(tok.i)
        args.append(make_arg(tok, role, offset, prep))
        if role in ("source", "target"):
            named = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                     and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")] if tok.pos_ in ("NOUN", "ADJ") else []
            for side in _side_of(tok) + named:  # "the retreat of the forces of X"; "the killing of the queen's adviser, X"
                if side.i not in seen:
                    seen.add(side.i)
                    args.append(make_arg(side, role, offset, prep))

    fate = _one_persons_fate(noun)
    for c in noun.children:
        if c.dep_ == "poss":
            for t in conjuncts(c):
                one = t.lower_ in ("his", "her") or (t.pos_ == "PROPN" and t.ent_type_ not in ("NORP", "GPE", "LOC"))
                add(t, "target" if fate and one else entry.possessor)
        elif c.dep_ in ("amod", "compound") and c.ent_type_ in _AUTHOR_ENTS:
            add(c, entry.possessor)
        elif c.dep_ in ("amod", "compound") and c.ent_type_ in _PLACE_ENTS:
            # "the Varenholt landings": where; "the Pell Ford invasion", "the Harlan bombing": what was struck
            struck = entry.type in ("ASSAULT", "COERCE") and entry.prep_role("of") == "target" and c.dep_ == "compound"
            add(c, "target" if struck else "place")
        elif c.dep_ in ("amod", "compound") and not c.ent_type_ and c.lower_ in _SIDE_MODIFIERS \
                and entry.possessor == "source":
            add(c, "source")  # "insurgent attacks", "rebel raids": the side that makes them
        elif c.dep_ == "amod" and not c.ent_type_ and c.pos_ == "ADJ" and c.text[:1].isupper() \
                and c.i < noun.i and entry.possessor == "source":
            add(c, "source")  # "Federate raids", untagged by the model: a name if the corpus knows it
    c = conveying_clause(noun)  # "the inquiry which he had made of me", "the note which X sent to Y"
    if c is not None:
        for d in c.children:
            if d.dep_ == "nsubj":
                for t in conjuncts(d):
                    add(t, "source")
            elif d.dep_ == "dative":
                add(d, "target")
            elif d.dep_ == "prep" and d.lower_ in ("to", "of"):
                for o in d.children:
                    if o.dep_ == "pobj":
                        add(o, "target", d.lower_)
    for prep, pobj in noun_prep_phrases(noun, entry):
        if pobj.ent_type_ in ("DATE", "TIME"):
            continue  # "the protests of May 1718": when, not who
        role = entry.prep_role(prep)
        if prep == "between" and role == "source":
            # "clashes between X and Y", "clashes between the Red and White forces": one side each
            sides = _two_sides(pobj)
            if len(sides) >= 2:
                add(sides[0], "source", prep)
                for t in sides[1:]:
                    add(t, "target", prep)
                continue
        for t in conjuncts(pobj):
            # "the visit to Moscow": a named place is where it went on, not who was visited
            add(t, "place" if prep in ("to", "in", "at", "into") and t.ent_type_ in _PLACE_ENTS else role, prep)
    return args


def _two_sides(pobj) -> list:
    """The sides a "between" phrase names: its conjoined objects ("X and Y"), or the conjoined modifiers of
    one plural noun ("the Red and White forces")."""
    both = conjuncts(pobj)
    if len(both) >= 2:
        return both
    mods = [c for c in pobj.children if c.dep_ in ("amod", "compound", "nmod") and c.i < pobj.i]
    for m in mods:
        group = conjuncts(m)
        if len(group) >= 2 and all(t.ent_type_ or t.text[:1].isupper() for t in group):
            return group
    return both
