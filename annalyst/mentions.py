"""Mentions from spaCy's NER, cleaned: no leading article, no possessive, titles kept apart.

Why: "the Soviet Union's" and "Soviet Union" must meet as one name, and "Chairman Chiang"
must be compared as "Chiang" with the title "Chairman" as evidence of who it is.

The small model types many single Western surnames as organisations or places ("Gage
commented", "told Craigie", "Souritz, Soviet Ambassador in Paris"). While the parse of the
paragraph is at hand we look at the words around such a name (``person_context``); when they
say "a person", the mention's ``label`` becomes PERSON while ``ner_label`` keeps the model's
answer. That is one vote, weighed with all the others for the same name by ``names.typing``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Optional

from .model import ENTITY_TYPES, Mention
from .resources import load_lines
from .time import rules as time_rules

#: An era marker the parser took into a name ("In 264 BC the Mamertines" -> ORG "BC the Mamertines", or
#: "BC" alone as an ORG): it belongs to the year before it.
ERA = re.compile(r"^(?:BCE|BC|B\.C\.E?\.?|AD|A\.D\.|CE)(?:\s+|$)")
#: a leading article is no part of a name ("the Kuomintang"; "summoned a Grand Council of the Realm")
_ARTICLE = re.compile(r"^(?:the|The|THE|an?(?=\s+[A-Z]))\s+")
_OPENERS = "“”\"'‘([{«"
_CLOSERS = "“”\"'’)]}»"
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_INITIAL_END = re.compile(r"(?:^|[\s.])[A-Z]\.$|\b(?:Dr|Mr|Mrs|Jr|Sr|St)\.$")


@lru_cache(maxsize=1)
def titles() -> tuple[str, ...]:
    """Titles and honorifics, longest first (resources/names/titles.txt)."""
    return tuple(sorted(load_lines("names/titles.txt"), key=len, reverse=True))


#: a regnal number ending a sentence inside a span the model ran on ("Charles XII. The king ...", "Ottokar II.
#: Ottokar mustered ..."); one letter may be a middle initial ("George V. Allen"), so it ends the sentence only
#: when the name's first word comes again after it
_REGNAL_STOP = re.compile(r"( (?:[IVX]{2,4}|[IVX]))\. ([A-Z][\w'’-]*)")


def clean_span(text: str, start: int, end: int) -> tuple[int, int, Optional[str]]:
    """Return the span of the bare name inside ``text[start:end]`` and the title found.

    Offsets stay true: we only move ``start``/``end`` inward.
    """
    s = text[start:end]
    while s and s[0] in _OPENERS:  # '“Provisional Government' -> 'Provisional Government'
        start += 1
        s = s[1:]
    m = ERA.match(s)  # '[264 ]BC the Mamertines' -> 'the Mamertines': the year's era is no part of a name
    if m:
        start += m.end()
        s = s[m.end():]
    cut = s.find(" (")  # 'Shanghai (Gauss' -> 'Shanghai'
    if cut > 0:
        end = start + cut
        s = s[:cut]
    m = _REGNAL_STOP.search(s)  # 'Ottokar II. Ottokar' -> 'Ottokar II': a sentence ends after the regnal number
    if m and (len(m.group(1)) > 2 or m.group(2) == s.split()[0]):
        end = start + m.start() + len(m.group(1))
        s = s[:m.start() + len(m.group(1))]
    m = _ARTICLE.match(s)
    if m:
        start += m.end()
        s = s[m.end():]
    month = _month_after_day(text, start, s)
    if month:  # 'On 23 [May Germany] denied': the day's month is no part of the name
        start += month
        s = s[month:]
    m = _POSSESSIVE.search(s)
    if m and len(s) > m.end() - m.start():
        end -= m.end() - m.start()
        s = s[: m.start()]
    title = None
    for t in titles():
        if s.startswith(t + " ") and len(s) > len(t) + 1:
            title = t.rstrip(".")
            start += len(t) + 1
            s = s[len(t) + 1:]
            while s.startswith(" "):
                start += 1
                s = s[1:]
            break
    while s and (s[-1] in " ,;:" + _CLOSERS or (s[-1] == "." and not _INITIAL_END.search(s))):
        end -= 1
        s = s[:-1]
    return start, end, title


#: What stands before a month or a weekday that opens a date rather than a name: a day's number ("On 23 May
#: Germany denied") or a preposition of time ("In April Kessler marched", "by Tuesday").
_DATE_OPENER = re.compile(r"(?:\b\d{1,2}(?:st|nd|rd|th)?|\b(?:[Ii]n|[Oo]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ss]ince|[Ff]rom|"
                          r"[Ee]arly|[Ll]ate|[Mm]id|[Dd]uring|[Bb]efore|[Aa]fter|[Tt]hrough|[Ll]ast|[Nn]ext|[Tt]his|"
                          r"[Tt]hat)),?\s+$")


def opens_a_date(text: str, start: int) -> bool:
    """The month or weekday at ``start`` belongs to a date ("On 29 May", "In April"), not to a name after it
    ("May" of "Theresa May" follows a capitalised word, not these)."""
    return _DATE_OPENER.search(text, max(0, start - 12), start) is not None


def _month_after_day(text: str, start: int, s: str) -> int:
    """Length of a month name (and its space) that opens the span after a day's number or a preposition of
    time ("On 29 [May Churchill] flew", "In [April Kessler] marched"): the model ran the date into the name.
    The months are the time stage's own."""
    first, _, rest = s.partition(" ")
    if not rest or not rest[:1].isupper() or first.lower() not in time_rules.lexicon()["month"] \
            or not opens_a_date(text, start):
        return 0
    return len(first) + 1


@lru_cache(maxsize=1)
def _title_before() -> re.Pattern:
    alts = "|".join(re.escape(t.rstrip(".")) for t in titles())
    return re.compile(r"(?:^|[\s(“\"])(" + alts + r")\.?\s+$")


def title_before(text: str, start: int) -> Optional[str]:
    """The title written just before a name ("Chairman Chiang": spaCy's entity is "Chiang")."""
    m = _title_before().search(text, max(0, start - 40), start)
    return m.group(1) if m else None


def role_mentions(text: str, offset: int, chunk: str, document_id: str) -> list[Mention]:
    """'the German Ambassador', 'the Minister for Foreign Affairs': a person named by office.

    Post roles need a nationality ("the German Ambassador") or an explicit post ("the
    Ambassador in China", "the Consul General at Shanghai (Gauss)"); an office without one must
    be a capitalised phrase of two words or more ("the Minister for Foreign Affairs"), so that
    "the ambassador" or "the President" alone are not taken for someone. Without "the", a role counts
    in apposition with a nationality ("Souritz, Soviet Ambassador in Paris") or where a telegram drops the
    article, at the opening of a sentence or a quotation ("Minister for Foreign Affairs told me").
    """
    from .names.roles import role_pattern, roles

    out = []
    for m in role_pattern().finditer(chunk):
        role = m.group("role")
        if m.group("bare") is not None and not (m.group("nat") and m.group("nat")[0].isupper() and role[0].isupper()
                                                 and not _NAME_AFTER.match(chunk, m.end())
                                                 and not _NOT_A_HOLDER_BEFORE.search(chunk, max(0, m.start() - 12),
                                                                                      m.start())):
            continue  # (telegraphese "instructed Chinese Ambassador to leave"; "German Ambassador Trautmann" is a name;
            # "resigned as Chinese Ambassador", "a former Chinese Ambassador" say what someone was, not who)
        if not m.group("nat"):
            if not (m.group("the") or m.group("open") is not None) or not role[0].isupper():
                continue
            if roles().get(role.lower()) == "post":
                if not _POST_OR_NAME.match(chunk, m.end()):
                    continue
            elif " " not in role:
                continue
        s, e = offset + m.start("span"), offset + m.end("span")
        out.append(Mention(document=document_id, start=s, end=e, text=text[s:e], label="PERSON",
                           ner_label=None, title=role, rule="role"))
    return out


#: words before a role without its article that make it a description of someone, not a person named by office
_NOT_A_HOLDER_BEFORE = re.compile(r"\b(?:as|a|an|former|new|then|late|acting|his|her|its|their|our|your|my|whose)\s+$",
                                  re.I)
#: a capitalised word right after a role: the holder's name ("German Ambassador Trautmann")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
#: after a role: " in China", " at Tokyo" (the post) and/or " (Johnson)" (the holder)
_POST_OR_NAME = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z]|\s*\(\s*[A-Z][\w'’-]+\s*\)")
_HOLDER = re.compile(r"(?:\s+(?:in|at|to)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?\s*\(\s*"
                     r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’.-]*|von|van|de))*)\s*\)")


def role_holders(text: str, found: list[Mention]) -> list[Mention]:
    """The name in brackets after a role — "the British Ambassador (Lindsay)", "the Ambassador
    in China (Johnson)" — as a PERSON mention: headings of diplomatic papers name people this
    way and the NER model often misses them."""
    out = []
    for r in found:
        h = _HOLDER.match(text, r.end, min(len(text), r.end + 80))
        if h:
            s, e = h.start("name"), h.end("name")
            out.append(Mention(document=r.document, start=s, end=e, text=text[s:e], label="PERSON",
                               ner_label=None, title=None, rule="role.holder"))
    return out


#: Verbs whose subject is a person when it is a bare name ("Gage commented", "Caldwell inquires").
SPEAKING = frozenset(("say state tell reply ask answer inform comment remark repeat explain express add "
                      "declare stress agree refuse promise warn urge inquire enquire suggest insist confirm "
                      "deny observe mention emphasize emphasise assure advise admit confide complain "
                      "believe think feel hope fear doubt indicate intimate hint respond argue "
                      "concede acknowledge recall remind").split())
#: Verbs whose direct object is a person ("told Craigie", "assured Delbos").
ADDRESSING = frozenset("tell inform ask advise assure warn urge notify remind thank congratulate instruct".split())
#: Verbs followed by "to <person>" ("said to Gage", "repeated to Delbos"); not "telegraphed to
#: Tokyo" or "reported to London", where the name after "to" is a place.
SAYING_TO = frozenset(("say repeat explain speak talk remark mention state reply complain suggest express "
                       "confide admit declare hint intimate").split())
_CONTEXT_LABELS = frozenset(("ORG", "GPE", "NORP", "PRODUCT", "LOC", "FAC"))


@lru_cache(maxsize=1)
def _generic_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in load_lines("names/generic_heads.txt"))


@lru_cache(maxsize=1)
def _apposition() -> re.Pattern:
    """", [the] [Nationality] Role" right after a name: "Souritz, Soviet Ambassador in Paris"."""
    from .names.typing import demonyms

    rs = sorted((line.split("\t")[0].strip() for line in load_lines("names/roles.txt")), key=len, reverse=True)
    nat = sorted((d for d in demonyms() if " " not in d), key=len, reverse=True)
    return re.compile(r"\s*,\s+(?:the\s+)?(?:(?:" + "|".join(w.capitalize() for w in nat) + r")\s+)?(?:"
                      + "|".join(re.escape(r) for r in rs) + r")\b")


def person_context(ent, text: str, end: int) -> Optional[str]:
    """Why the words around ``ent`` (a spaCy span not typed PERSON) say it names a person, or None.

    Only short capitalised names qualify ("Gage", "Van Zeeland"), never a phrase with a
    lower-case word ("Government of Japan"). ``end`` is the end of the cleaned name in ``text``.
    """
    if ent.label_ not in _CONTEXT_LABELS or len(ent) > 3:
        return None
    words = list(ent)
    if not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in words):
        return None
    doc = ent.doc
    # "the Bolsheviks refused", "urged the Politburo": a name after "the" is a body, not a person
    if words[0].lower_ == "the" or ent.start > 0 and doc[ent.start - 1].lower_ == "the":
        return None
    if words[-1].lower_ in _generic_heads():  # "the 2nd Colonial Division refused"
        return None
    root = ent.root
    head = root.head
    dep = root.dep_
    if dep == "nsubj" and head.lemma_ in SPEAKING and head.pos_ in ("VERB", "AUX"):
        return "context.subject_of_speech"
    if dep in ("dobj", "dative") and head.lemma_ in ADDRESSING:
        return "context.addressee"
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "to" and doc[ent.start - 2].lemma_ in SAYING_TO:
        return "context.said_to"
    if _apposition().match(text, end, min(len(text), end + 80)):
        return "context.apposition_role"
    # compared to a person: "Leger was less pessimistic than Chautemps" (not mere
    # coordination, "Pleiku and Kontum": the model's PERSON on the other conjunct is too weak)
    if dep == "pobj" and head.lower_ == "than":
        v = head.head
        for _ in range(3):
            if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
                break
            v = v.head
        if any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in v.children):
            return "context.compared_with_person"
    return None


@lru_cache(maxsize=1)
def combining_forms() -> frozenset[str]:
    """Combining forms of peoples ("Franco", "Sino"): resources/names/combining_forms.txt."""
    return frozenset(load_lines("names/combining_forms.txt"))


_JOINT = re.compile(r"-[A-Z][a-z]+")


def _joint_adjective(text: str, start: int, end: int) -> Optional[int]:
    """Where a joint adjective of two peoples ends ("Franco-British" from "Franco"), or None: the name the
    NER tagged on its own is a combining form followed by a hyphen and a capitalised word."""
    if text[start:end] not in combining_forms():
        return None
    m = _JOINT.match(text, end)
    return m.end() if m else None


def _hyphenated_places(sdoc) -> list:
    """The document's entities, with two places the tokenizer split at a hyphen made one again ("Austria-Hungary",
    "Alsace-Lorraine", "Schleswig-Holstein"): a state or a region named by two names joined without a space."""
    ents, out = list(sdoc.ents), []
    i = 0
    while i < len(ents):
        e = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if nxt is not None and e.label_ in ("GPE", "LOC") and nxt.label_ in ("GPE", "LOC") \
                and sdoc.text[e.end_char:nxt.start_char] == "-":
            joined = sdoc.char_span(e.start_char, nxt.end_char, label=e.label_)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        out.append(e)
        i += 1
    return out


def _at_parts(ent) -> list:
    """A surname and the place of the deed run into one name ("defeated [Villa at Celaya]", "surrendered to
    [Grant at Appomattox]"): one capitalised word, "at", and a capitalised name of at most three words are a
    person or a body, and the place where the clause happened. Longer names keep their "at" ("the University
    of X at Y")."""
    words = ent.text.split(" ")
    if ent.label_ not in ("PERSON", "ORG") or len(words) < 3 or len(words) > 5 or words[1] != "at" \
            or not all(w[:1].isupper() for w in words[:1] + words[2:]):
        return [ent]
    cut = ent.start_char + len(words[0])
    parts = [ent.doc.char_span(ent.start_char, cut, label=ent.label_),
             ent.doc.char_span(cut + len(" at "), ent.end_char, label="GPE")]
    return parts if all(p is not None for p in parts) else [ent]


def _clause_parts(ent) -> list:
    """A name span the NER ran across a comma that ends a clause ("after pursuing Harlan, Varenholt was called
    off"): each side hangs on a word of its own outside the span, so each is a name of its own. A place's
    "town, state" and a span whose sides belong together (an apposition) are kept whole."""
    commas = [t for t in ent if t.text == ","]
    if len(commas) != 1 or ent.label_ not in ("PERSON", "ORG", "NORP"):
        return [ent]
    k = commas[0].i
    left, right = ent.doc[ent.start:k], ent.doc[k + 1:ent.end]
    if not len(left) or not len(right):
        return [ent]
    heads = []
    for side in (left, right):
        roots = [t for t in side if not side.start <= t.head.i < side.end]
        if len(roots) != 1 or ent.start <= roots[0].head.i < ent.end or roots[0].dep_ in ("appos", "conj"):
            return [ent]
        heads.append(roots[0].head.i)
    if heads[0] == heads[1]:
        return [ent]
    parts = [ent.doc.char_span(side.start_char, side.end_char, label=ent.label_) for side in (left, right)]
    return parts if all(p is not None for p in parts) else [ent]


def _name_parts(ent) -> list:
    """The names one NER span holds: a name and the place run into it by "at", or two names across a clause's
    comma, or the span itself."""
    return _at_parts(ent) if " at " in ent.text else _clause_parts(ent)


@lru_cache(maxsize=1)
def _opening_adverbs() -> frozenset[str]:
    return frozenset(w.lower() for w in load_lines("names/opening_adverbs.txt"))


def _without_opening_adverb(ent):
    """The span without a sentence adverb the model ran into the name after it ("Hereby Germany stressed",
    "Definitely Leftist in appearance"): an adverb by its tag, or one of the connectives that open sentences."""
    if len(ent) > 1 and (ent[0].pos_ == "ADV" or ent[0].lower_ in _opening_adverbs()):
        part = ent.doc[ent.start + 1:ent.end]
        part.label_ = ent.label_
        return part
    return ent


def mentions_from_spacy(sdoc, offset: int, document_id: str, text: str) -> Iterable[Mention]:
    """One Mention per named entity of ``sdoc`` whose label names a thing, plus role mentions.

    spaCy entities inside a role ("German" in "the German Ambassador") give way to the role.
    """
    found = role_mentions(text, offset, sdoc.text, document_id)
    spans = [(r.start, r.end) for r in found]
    yield from found
    named: list[tuple[int, int]] = []
    for ent in (_without_opening_adverb(part) for e in _hyphenated_places(sdoc) for part in _name_parts(e)):
        if ent.label_ not in ENTITY_TYPES:
            continue
        start, end, title = clean_span(text, offset + ent.start_char, offset + ent.end_char)
        if end <= start or not any(c.isalpha() for c in text[start:end]):
            continue
        if any(s < end and start < e for s, e in spans):
            continue
        joint = _joint_adjective(text, start, end)
        if joint is not None:  # "a Franco-British force": one joint name of two sides, not General Franco
            spans.append((start, joint))
            named.append((start, joint))
            yield Mention(document=document_id, start=start, end=joint, text=text[start:joint], label="NORP",
                          ner_label=ent.label_, title=None, rule="combining-form")
            continue
        if title is None:
            title = title_before(text, start)
        label = ent.label_
        if label != "PERSON" and title is None and person_context(ent, text, end):
            label = "PERSON"
        named.append((start, end))
        yield Mention(
            document=document_id,
            start=start,
            end=end,
            text=text[start:end],
            label=label,
            ner_label=ent.label_,
            title=title,
            rule="spacy.ner",
        )
    for h in role_holders(text, found):
        if not any(s < h.end and h.start < e for s, e in named):
            yield h
