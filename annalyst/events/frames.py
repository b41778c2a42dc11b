"""From a parsed paragraph to event frames: trigger, clause, roles, date phrases, moods.

Why frames and not events: names and dates are only known once the whole corpus is read, but
the parse is only available now. A frame keeps exactly what the parse tells (spans, roles,
cues) as plain data for ``bind``.
"""
from __future__ import annotations

from typing import Any

from . import lexicon as lexicon_mod
from .modality import assess
from .model import EventFrame, Subjects
from .roles import args_for, is_passive, logical_objects, np_bounds

#: Dependents that open a clause of their own: not part of the trigger's clause.
_CLAUSAL = {"conj", "ccomp", "advcl", "relcl", "acl", "xcomp", "parataxis", "csubj", "pcomp"}
#: Relations along which a clause borrows the date of the clause governing it, and how surely.
_DATE_LINK = {"conj": "stated", "xcomp": "stated", "advcl": "stated", "acl": "stated", "pcomp": "stated",
              "ccomp": "inherited", "relcl": "inherited"}
_QUOTES_OPEN = {'"', "“"}
_QUOTES_CLOSE = {'"', "”"}


def _clause_tokens(v) -> list[int]:
    """Token indices of ``v``'s own clause: its subtree minus embedded clauses."""
    out, stack = [], [v]
    while stack:
        t = stack.pop()
        out.append(t.i)
        for c in t.children:
            if c.dep_ in _CLAUSAL and (c.pos_ in ("VERB", "AUX") or c.dep_ in ("relcl", "acl", "ccomp", "advcl")):
                continue
            stack.append(c)
    return sorted(out)


def _pieces(sdoc, idxs: list[int], offset: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    prev = None
    for i in idxs:
        s, e = sdoc[i].idx + offset, sdoc[i].idx + len(sdoc[i]) + offset
        if prev is not None and i == prev + 1:
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
        prev = i
    return spans


def _quote_mask(sdoc) -> list[bool]:
    """True for tokens inside double quotation marks (straight quotes toggle)."""
    mask, inside = [], False
    for t in sdoc:
        if t.text in _QUOTES_OPEN and not (t.text == '"' and inside):
            inside = True
            mask.append(False)
            continue
        if t.text in _QUOTES_CLOSE and inside:
            inside = False
            mask.append(False)
            continue
        mask.append(inside)
    return mask


def _object_keys(v) -> tuple[set[str], set[tuple[str, str]], set[str]]:
    objs = set()
    for o in logical_objects(v):
        objs.update((o.lemma_.lower(), o.lower_))
    pobjs = set()
    for c in v.children:
        if c.dep_ == "prep":
            for p in c.children:
                if p.dep_ == "pobj":
                    pobjs.add((c.lower_, p.lemma_.lower()))
    particles = {c.lower_ for c in v.children if c.dep_ in ("prt", "prep")}
    return objs, pobjs, particles


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


def _lemma(v, lex) -> "str | None":
    """The verb's lemma, or a plain suffix-stripped form when the lemmatizer stumbles ("dined" -> "din")."""
    lemma = v.lemma_.lower()
    if lemma in lex:
        return lemma
    low = v.lower_
    for suffix, repl in (("ied", "y"), ("ed", ""), ("d", ""), ("ing", ""), ("ing", "e"), ("es", ""), ("s", "")):
        if low.endswith(suffix) and low[: -len(suffix)] + repl in lex:
            return low[: -len(suffix)] + repl
    return None


def find_frames(sdoc: Any, offset: int, document_id: str, lexicon=None) -> list:
    """Event frames of one parsed chunk, plus one ``Subjects`` record (for pronoun resolution)."""
    lex = lexicon or lexicon_mod.load()
    frames: list = []
    subjects = Subjects(document_id)
    quoted = _quote_mask(sdoc)
    for sent in sdoc.sents:
        for v in sent:
            if v.dep_ in ("nsubj", "nsubjpass") and v.pos_ in ("PROPN", "NOUN"):
                lo, hi = np_bounds(v)
                span = (offset + sdoc[lo].idx, offset + sdoc[hi].idx + len(sdoc[hi]))
                subjects.spans.append(span)
                if v.head.dep_ == "ROOT" or (v.head.dep_ == "conj" and v.head.head.dep_ == "ROOT"):
                    subjects.main.append(span)
            if v.pos_ != "VERB" or v.dep_ in ("amod", "compound"):
                continue
            lemma = _lemma(v, lex)
            if lemma is None:
                continue
            entry = lex.lookup(lemma, *_object_keys(v))
            if entry is None:
                continue
            if v.dep_ == "acl" and is_passive(v) and v.head.dep_ in ("dobj", "nsubjpass") \
                    and v.head.head.lemma_.lower() in lex:
                continue  # "convened a meeting attended by X": the meeting is already the event
            idxs = _clause_tokens(v)
            pieces = _pieces(sdoc, idxs, offset)
            polarity, modality, cues = assess(v, quoted[v.i])
            frame = EventFrame(
                document=document_id,
                start=pieces[0][0], end=pieces[-1][1],
                sentence_start=offset + sent.start_char, sentence_end=offset + sent.end_char,
                trigger=v.text, trigger_start=offset + v.idx, trigger_end=offset + v.idx + len(v),
                lemma=lemma, type=entry.type, mode=entry.mode, rule=entry.rule, pieces=pieces,
                args=args_for(v, entry, offset),
                dates=[(offset + e.start_char, offset + e.end_char) for e in sent.ents
                       if e.label_ in ("DATE", "TIME") and e.start in idxs],
                polarity=polarity, modality=modality, cues=cues, require=entry.require,
                confidence=0.85 if entry.is_frame else 0.8,
            )
            frame.outer = _outer_clauses(v, sdoc, offset)
            frame.present = v.tag_ in ("VBZ", "VBP") or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") and c.lower_ not in ("do", "does")
                for c in v.children)
            if is_passive(v):
                frame.cues.append("passive")
            frames.append(frame)
    frames.append(subjects)
    return frames


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
        if link == "inherited":
            how = "inherited"
        out.append((_pieces(sdoc, _clause_tokens(head), offset), how))
        node = head
    return out
