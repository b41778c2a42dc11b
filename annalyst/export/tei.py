"""TEI P5: the texts with their names and dates marked up, and a standOff of who, where and what.

What editors and Recogito users asked for: names marked once in the text with
``@ref`` pointing into a ``listPerson``/``listPlace``/``listOrg`` that holds
every spelling (each variant saying why it was merged, and how sure), rather
than attributes repeated on every mention; dates in W3C form (``@when``, or
``@notBefore``/``@notAfter`` when only a range is known) with ``@cert`` and
``@resp``; events in a ``listEvent`` with their date, place and actors.

Inline markup must nest. A span that would cross another (an event clause
that starts inside a name, a date across a line break) is left out of the
inline text; it stays in the standOff, so no fact is lost, only its inline
pointer.
"""
from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

from lxml import etree

from ..model import Corpus, Entity
from .common import PLACE_TYPES
from .dates import CERT, interval

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_T = "{%s}" % TEI_NS

_NAME_EL = {"PERSON": "persName", "ORG": "orgName"}
_NCNAME_BAD = re.compile(r"[^A-Za-z0-9._-]")
_TOKEN_BAD = re.compile(r"\s+")
# Characters XML 1.0 cannot carry at all (control characters other than tab, newline, return).
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(s: Optional[str]) -> str:
    return _XML_BAD.sub("\ufffd", s or "")


def _el(parent, tag: str, text: Optional[str] = None, **attrs) -> etree._Element:
    e = etree.SubElement(parent, _T + tag) if parent is not None else etree.Element(_T + tag, nsmap={None: TEI_NS})
    for k, v in attrs.items():
        if v is not None and v != "":
            e.set(XML_ID if k == "xml_id" else k, _clean(str(v)))
    if text:
        e.text = _clean(text)
    return e


class _Ids:
    """Model ids made into unique xml:ids (NCNames): ``e1`` stays ``e1``, ``3 <x>`` becomes ``id-3__x_``."""

    def __init__(self):
        self.map: dict[tuple[str, str], str] = {}
        self.used: set[str] = set()

    def __call__(self, kind: str, raw: str) -> str:
        key = (kind, raw)
        if key not in self.map:
            base = _NCNAME_BAD.sub("_", raw) or "x"
            # Entities and events keep their model ids where they can (people cite "#e12"); documents and
            # sources are always prefixed, so a document called "e1" cannot collide with an entity.
            if kind in ("doc", "src") or not (base[0].isalpha() or base[0] == "_"):
                base = f"{kind}-{base}"
            cand, n = base, 1
            while cand in self.used:
                n += 1
                cand = f"{base}-{n}"
            self.used.add(cand)
            self.map[key] = cand
        return self.map[key]


def _token(s: Optional[str]) -> Optional[str]:
    return _TOKEN_BAD.sub("-", s.strip()) if s and s.strip() else None


def _conf_cert(c: Optional[float]) -> Optional[str]:
    if c is None:
        return None
    return "high" if c >= 0.9 else "medium" if c >= 0.7 else "low"


def _w3c(iv) -> dict:
    """@when for a day, minute, month or year; @notBefore/@notAfter for any other stretch."""
    if iv.precision == "minute":
        return {"when": iv.start + ":00"}
    if iv.precision == "day":
        return {"when": iv.start}
    if iv.precision == "month":
        return {"when": iv.start[:7]}
    if iv.precision == "year":
        return {"when": iv.start[:4]}
    return {"notBefore": iv.start_day, "notAfter": iv.end_day}


def date_attrs(value: Optional[str], mod: Optional[str] = None, certainty: Optional[str] = None) -> dict:
    """TEI dating attributes for a TIMEX3 value, its mod and its certainty."""
    iv = interval(value)
    if iv is None:
        return {}
    mod = (mod or "").upper()
    if mod == "BEFORE":
        return {"notAfter": iv.start_day}
    if mod in ("AFTER", "ON_OR_AFTER"):
        return {"notBefore": iv.start_day if mod == "ON_OR_AFTER" else iv.end_day}
    if mod == "ON_OR_BEFORE":
        return {"notAfter": iv.end_day}
    if certainty == "approximate" or mod == "APPROX":
        return {"notBefore": iv.start_day, "notAfter": iv.end_day, "cert": "low"}
    out = _w3c(iv)
    if certainty in CERT:
        out["cert"] = CERT[certainty]
    return out


def _header(root, corpus: Corpus, ids: _Ids) -> None:
    from .. import __version__

    head = _el(root, "teiHeader")
    fd = _el(head, "fileDesc")
    ts = _el(fd, "titleStmt")
    one = corpus.documents[0] if len(corpus.documents) == 1 else None
    title = (one.title or one.id) if one else f"{len(corpus.documents)} documents"
    _el(ts, "title", f"{title}: annotated by annalyst")
    rs = _el(ts, "respStmt", xml_id="annalyst")
    _el(rs, "resp", "Automatic annotation of names, dates and events (unreviewed)")
    _el(rs, "name", f"annalyst {__version__}")
    ps = _el(fd, "publicationStmt")
    _el(ps, "p", "Generated by annalyst on "
        f"{datetime.now(timezone.utc).strftime('%Y-%m-%d')}. Annotations are machine-made; check them against "
        "the sources before citing.")
    sd = _el(fd, "sourceDesc")
    lb = _el(sd, "listBibl")
    for d in corpus.documents:
        b = _el(lb, "bibl", xml_id=ids("src", d.id))
        _el(b, "title", d.title or d.id)
        _el(b, "idno", d.source, type="source")
        if d.date:
            _el(b, "date", d.date, **date_attrs(d.date))


def _entity_entry(parent, e: Entity, tag: str, name_tag: str, xid: str) -> None:
    entry = _el(parent, tag, xml_id=xid, type=_token(e.type) if tag in ("org", "place", "object") else None)
    holder = _el(entry, "objectIdentifier") if tag == "object" else entry
    _el(holder, name_tag, e.name, type="main")
    why = {m.alias: m for m in e.merges}
    for alias in e.aliases:
        if alias == e.name:
            continue
        m = why.get(alias)
        _el(holder, name_tag, alias, type="variant", subtype=_token(m.rule) if m else None,
            cert=_conf_cert(m.confidence) if m else None, resp="#annalyst" if m else None)
    if e.wikidata:
        (_el(holder, "idno", e.wikidata, type="wikidata") if tag == "object" else
         _el(entry, "idno", e.wikidata, type="wikidata"))
    if tag == "place" and e.latitude is not None and e.longitude is not None:
        loc = _el(entry, "location")
        _el(loc, "geo", f"{e.latitude} {e.longitude}")
    for m in e.merges:  # the reasons, in words, also for merges of spellings never seen as aliases
        _el(entry, "note", f"“{m.alias}” merged by rule {m.rule}"
            + (f" (matched against “{m.other}”)" if m.other else "") + f", confidence {m.confidence:.2f}",
            type="merge")


def _standoff(root, corpus: Corpus, ids: _Ids) -> dict[str, str]:
    """The lists of entities and events; returns entity id → xml:id."""
    so = _el(root, "standOff")
    groups = {"person": [], "place": [], "org": [], "object": []}
    for e in corpus.entities:
        kind = "person" if e.type == "PERSON" else "place" if e.type in PLACE_TYPES else \
            "org" if e.type == "ORG" else "object"
        groups[kind].append(e)
    ref: dict[str, str] = {}
    for kind, list_tag, name_tag in (("person", "listPerson", "persName"), ("place", "listPlace", "placeName"),
                                     ("org", "listOrg", "orgName"), ("object", "listObject", "objectName")):
        if not groups[kind]:
            continue
        lst = _el(so, list_tag)
        for e in groups[kind]:
            ref[e.id] = ids("ent", e.id)
            _entity_entry(lst, e, kind, name_tag, ref[e.id])
    if corpus.events:
        le = _el(so, "listEvent")
        ents = {e.id: e for e in corpus.entities}
        for ev in corpus.events:
            attrs = date_attrs(ev.date, None, ev.date_certainty)
            if attrs:
                attrs["resp"] = "#annalyst"
            x = _el(le, "event", xml_id=ids("ev", ev.id), type=_token(ev.type), subtype=_token(ev.mode),
                    where="#" + ref[ev.place] if ev.place in ref else None,
                    source="#" + ids("doc", ev.document), **attrs)
            _el(x, "label", " ".join(filter(None, [ev.type, ev.mode,
                                                  "(negated)" if ev.polarity == "negative" else None,
                                                  f"({ev.modality})" if ev.modality != "asserted" else None])))
            who = _el(x, "desc", type="participants")
            for role, lst in (("source", ev.source), ("target", ev.target)):
                for eid in lst:
                    r = _el(who, "rs", ents[eid].name if eid in ents else eid, role=role,
                            ref="#" + ref[eid] if eid in ref else None)
                    r.tail = " "
            if ev.text:
                _el(x, "desc", ev.text, type="clause")
    return ref


def _spans(corpus: Corpus, doc_id: str, ref: dict[str, str], ids: _Ids):
    """(start, end, rank, tag, attrs) for everything marked inline in one document."""
    out = []
    for ev in corpus.events:
        if ev.document == doc_id:
            out.append((ev.start, ev.end, 0, "seg", {"type": "event", "corresp": "#" + ids("ev", ev.id)}))
    for m in corpus.mentions:
        if m.document != doc_id:
            continue
        tag = _NAME_EL.get(m.label, "placeName" if m.label in PLACE_TYPES else "rs")
        attrs = {"ref": "#" + ref[m.entity] if m.entity in ref else None}
        if tag == "rs":
            attrs["type"] = _token(m.label.lower())
        out.append((m.start, m.end, 1, tag, attrs))
    for t in corpus.timexes:
        if t.document != doc_id:
            continue
        if t.type == "DURATION":
            attrs = {"type": "duration", "dur": t.value if t.value.startswith("P") else None}
        elif t.type == "SET":
            attrs = {"type": "set"}
        else:
            attrs = date_attrs(t.value, t.mod)
            if not attrs:
                attrs = {"type": "unplaced"}
            elif "cert" not in attrs:
                attrs["resp"] = "#annalyst"
        out.append((t.start, t.end, 2, "time" if t.type == "TIME" else "date", attrs))
    return out


def _inline(p_el, text: str, base: int, spans) -> None:
    """Fill ``p_el`` with ``text`` (which starts at ``base``) and the spans that nest, outermost first."""
    root = {"s": base, "e": base + len(text), "kids": []}
    stack = [root]
    for s, e, _rank, tag, attrs in sorted(spans, key=lambda x: (x[0], -x[1], x[2])):
        while stack[-1] is not root and stack[-1]["e"] <= s:
            stack.pop()
        top = stack[-1]
        if e > top["e"]:
            continue  # crosses an open span: kept in the standOff only
        node = {"s": s, "e": e, "tag": tag, "attrs": attrs, "kids": []}
        top["kids"].append(node)
        stack.append(node)

    def emit(el, node):
        cur, last = node["s"], None
        for k in node["kids"]:
            chunk = _clean(text[cur - base:k["s"] - base])
            if last is None:
                el.text = (el.text or "") + chunk
            else:
                last.tail = (last.tail or "") + chunk
            child = _el(el, k["tag"], **k["attrs"])
            emit(child, k)
            cur, last = k["e"], child
        chunk = _clean(text[cur - base:node["e"] - base])
        if last is None:
            el.text = (el.text or "") + chunk
        else:
            last.tail = (last.tail or "") + chunk

    emit(p_el, root)


def document(corpus: Corpus) -> etree._ElementTree:
    """The whole TEI document."""
    ids = _Ids()
    root = _el(None, "TEI")
    _header(root, corpus, ids)
    ref = _standoff(root, corpus, ids)
    body = _el(_el(root, "text"), "body")
    for d in corpus.documents:
        div = _el(body, "div", type="document", xml_id=ids("doc", d.id), source="#" + ids("src", d.id))
        _el(div, "head", d.title or d.id)
        spans = _spans(corpus, d.id, ref, ids)
        pos = 0
        for line in d.text.split("\n"):
            start, end = pos, pos + len(line)
            pos = end + 1
            if not line.strip():
                continue
            inside = [s for s in spans if start <= s[0] and s[1] <= end and s[1] > s[0]]
            _inline(_el(div, "p"), line, start, inside)
    return etree.ElementTree(root)


def write(corpus: Corpus, out: Path) -> Path:
    document(corpus).write(str(out), encoding="UTF-8", xml_declaration=True, pretty_print=False)
    return out
