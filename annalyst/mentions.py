"""Mentions from spaCy's NER, cleaned: no leading article, no possessive, titles kept apart.

Why: "the Soviet Union's" and "Soviet Union" must meet as one name, and "Chairman Chiang"
must be compared as "Chiang" with the title "Chairman" as evidence of who it is.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Optional

from .model import ENTITY_TYPES, Mention
from .resources import load_lines

_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_OPENERS = "“”\"'‘([{«"
_CLOSERS = "“”\"'’)]}»"
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_INITIAL_END = re.compile(r"(?:^|[\s.])[A-Z]\.$|\b(?:Dr|Mr|Mrs|Jr|Sr|St)\.$")


@lru_cache(maxsize=1)
def titles() -> tuple[str, ...]:
    """Titles and honorifics, longest first (resources/names/titles.txt)."""
    return tuple(sorted(load_lines("names/titles.txt"), key=len, reverse=True))


def clean_span(text: str, start: int, end: int) -> tuple[int, int, Optional[str]]:
    """Return the span of the bare name inside ``text[start:end]`` and the title found.

    Offsets stay true: we only move ``start``/``end`` inward.
    """
    s = text[start:end]
    while s and s[0] in _OPENERS:  # '“Provisional Government' -> 'Provisional Government'
        start += 1
        s = s[1:]
    cut = s.find(" (")  # 'Shanghai (Gauss' -> 'Shanghai'
    if cut > 0:
        end = start + cut
        s = s[:cut]
    m = _ARTICLE.match(s)
    if m:
        start += m.end()
        s = s[m.end():]
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

    Post roles need a nationality ("the German Ambassador"); an office without one must be a
    capitalised phrase of two words or more ("the Minister for Foreign Affairs"), so that
    "the ambassador" or "the President" alone are not taken for someone.
    """
    from .names.roles import role_pattern, roles

    out = []
    for m in role_pattern().finditer(chunk):
        role = m.group("role")
        if not m.group("nat"):
            if roles().get(role.lower()) == "post" or " " not in role or not role[0].isupper():
                continue
        s, e = offset + m.start("span"), offset + m.end("span")
        out.append(Mention(document=document_id, start=s, end=e, text=text[s:e], label="PERSON",
                           ner_label=None, title=role, rule="role"))
    return out


def mentions_from_spacy(sdoc, offset: int, document_id: str, text: str) -> Iterable[Mention]:
    """One Mention per named entity of ``sdoc`` whose label names a thing, plus role mentions.

    spaCy entities inside a role ("German" in "the German Ambassador") give way to the role.
    """
    found = role_mentions(text, offset, sdoc.text, document_id)
    spans = [(r.start, r.end) for r in found]
    yield from found
    for ent in sdoc.ents:
        if ent.label_ not in ENTITY_TYPES:
            continue
        start, end, title = clean_span(text, offset + ent.start_char, offset + ent.end_char)
        if end <= start or not any(c.isalpha() for c in text[start:end]):
            continue
        if any(s < end and start < e for s, e in spans):
            continue
        if title is None:
            title = title_before(text, start)
        yield Mention(
            document=document_id,
            start=start,
            end=end,
            text=text[start:end],
            label=ent.label_,
            ner_label=ent.label_,
            title=title,
            rule="spacy.ner",
        )
