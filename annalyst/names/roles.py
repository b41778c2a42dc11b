"""Role mentions ("the German Ambassador") as people.

Why: in diplomatic papers a role names one person *at one post*: "the German Ambassador" is
Trautmann in telegrams from Hankow and Dirksen in those from Tokyo. A role's identity is
therefore (nationality, office, country of the post). The country comes from an explicit
"in Tokyo"/"at Hankow"/"to the Soviet Union" after the role, else from the document's
dateline (except for an office named in the heading above the dateline — "to the Secretary
of State" is the addressee, not somebody at the dateline's place). Offices held at home ("Minister for Foreign Affairs") depend on the nationality
only. When the text puts a name next to the role ("Jiang Tinghuang, the Chinese ambassador";
"the German Ambassador (Trautmann)"), the role joins that person.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .. import resources
from ..model import Document, Mention
from . import gazetteer
from .typing import demonym_country, demonyms

_QUALIFIER = re.compile(r"^\s+(?:in|at|to)\s+(?:the\s+)?((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)*)")


@lru_cache(maxsize=1)
def roles() -> dict[str, str]:
    """role (lower case) -> 'post' | 'office'."""
    out = {}
    for line in resources.load_lines("names/roles.txt"):
        r, _, kind = line.partition("\t")
        out[r.strip().lower()] = kind.strip() or "office"
    return out


@lru_cache(maxsize=1)
def role_pattern() -> re.Pattern:
    """``the [Nationality] Role``, or ``, Nationality Role`` in apposition ("Souritz, Soviet
    Ambassador in Paris"), or a role that opens a sentence or a quotation without its article, as
    telegrams write ("Minister for Foreign Affairs told me", group ``open``), or anywhere with no article
    (group ``bare``: the caller decides, "instructed Chinese Ambassador to leave") — the role list longest
    first; case-blind on the role."""
    rs = sorted(roles(), key=len, reverse=True)
    nat = sorted((d for d in demonyms() if " " not in d), key=len, reverse=True)
    return re.compile(
        r"\b(?:(?P<the>the\s+)|(?<=,\s)|(?P<open>^|(?<=\n)|(?<=[.;:]\s)|(?<=[“\"(]))|(?P<bare>(?-i:(?=[A-Z]))))"
        r"(?P<span>(?:(?P<nat>" + "|".join(w.capitalize() for w in nat) + r")\s+)?"
        r"(?P<role>" + "|".join(re.escape(r) for r in rs) + r"))\b", re.IGNORECASE)


def parse(text: str) -> tuple[str, str]:
    """("german", "ambassador") from "German Ambassador"."""
    words = text.split(None, 1)
    if len(words) == 2 and words[0].lower() in demonyms():
        return words[0].lower(), " ".join(words[1].lower().split())
    return "", " ".join(text.lower().split())


def dateline_span(doc: Document) -> Optional[tuple[int, int]]:
    """Where the document's dateline date is written. A TEI document is dated from its
    metadata, yet its text has a dateline too ("Hankow, January 1, 1938—10 p.m."): it is found
    the way a plain text's is, so that a TEI volume and its plain-text copy place roles alike."""
    if doc.date_span or doc.date_source != "tei":
        return doc.date_span
    if not isinstance(doc.meta, dict):
        return None
    if "_names_dateline_span" not in doc.meta:
        from ..time.dateline import find_document_date

        found = find_document_date(doc.text)
        doc.meta["_names_dateline_span"] = (found.start, found.end) if found else None
    return doc.meta["_names_dateline_span"]


def dateline_country(doc: Document) -> str:
    """Country of the place written before the document's date ("Hankow, January 1, 1938")."""
    cached = doc.meta.get("_names_dateline_country") if isinstance(doc.meta, dict) else None
    if cached is not None:
        return cached
    country = ""
    span = dateline_span(doc)
    if span:
        s = span[0]
        line_start = doc.text.rfind("\n", 0, s) + 1
        head = doc.text[line_start:s].strip(" ,[]\t")
        head = head.split(",")[0].strip(" []")
        if head:
            p = gazetteer.lookup(head)
            if p:
                country = p.country
    if isinstance(doc.meta, dict):
        doc.meta["_names_dateline_country"] = country
    return country


def in_heading(m: Mention, doc: Document) -> bool:
    """Is ``m`` written above the dateline ("The Ambassador in China (Johnson) to the Secretary
    of State" / "Hankow, January 1, 1938")? The heading names sender and addressee, who are
    not at the dateline's place."""
    span = dateline_span(doc)
    if not span or doc.date_source == "dct":
        return False
    return m.start < doc.text.rfind("\n", 0, span[0]) + 1


def role_key(m: Mention, doc: Optional[Document]) -> tuple[str, str, str]:
    """(nationality, role, country of the post) — the identity of a role mention."""
    nat, role = parse(m.text)
    kind = roles().get(role, "office")
    country = ""
    if doc is not None:
        q = _QUALIFIER.match(doc.text[m.end:m.end + 60])
        if q:
            p = gazetteer.lookup(q.group(1))
            if p:
                country = p.country
        # a foreign post named in the heading ("Conversation With the British Ambassador") is
        # at the dateline's place; an office there ("to the Secretary of State") need not be
        if not country and (kind == "post" and nat or (kind == "post" or not nat) and not in_heading(m, doc)):
            country = dateline_country(doc)
    if kind == "office" and nat:
        country = demonym_country(nat) or country
    return nat, role, country


def display(key: tuple[str, str, str]) -> str:
    nat, role, country = key
    name = " ".join(w if w in ("for", "of", "the") else w.capitalize() for w in role.split())
    if nat:
        name = nat.capitalize() + " " + name
    kind = roles().get(role, "office")
    if country and (kind == "post" or not nat):
        name += f" ({country})"
    return name
