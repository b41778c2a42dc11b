"""TEI P5 input: the reading text of each document, without notes, with its date from metadata.

A TEI file may hold a whole volume (FRUS: one ``div[@type='document']`` per document); each
becomes its own Document. Footnotes (``note``) are left out of the text, as in print they sit
apart from it; ``lb`` is a line break; block elements (``p``, ``head``, ``dateline`` ...) are lines.
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

from ..errors import InputError

TEI = "{http://www.tei-c.org/ns/1.0}"
FRUS = "{http://history.state.gov/frus/ns/1.0}"
_SKIP = {"note", "teiHeader", "fw", "pb", "figure", "facsimile", "standOff"}
_BLOCK = {"p", "head", "dateline", "opener", "closer", "item", "list", "label", "signed", "salute", "l", "lg",
          "div", "table", "row", "quote", "postscript", "address", "addrLine", "ab", "byline", "docTitle",
          "titlePart", "epigraph", "trailer", "listBibl", "bibl"}


def _local(tag) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


_WS = re.compile(r"\s+")


def _text_of(el) -> str:
    """Reading text: whitespace in XML text nodes is not significant, block ends and ``lb`` are."""
    parts: list[str] = []
    add = lambda s: parts.append(_WS.sub(" ", s))  # noqa: E731

    def walk(e):
        name = _local(e.tag)
        if name in _SKIP or not name:
            if e.tail:
                add(e.tail)
            return
        if name == "lb":
            parts.append("\n")
        after_label = name == "item" and e.getprevious() is not None and _local(e.getprevious().tag) == "label"
        if name in _BLOCK and not after_label:
            parts.append("\n\n" if name in ("p", "item", "head", "opener", "list", "div", "label") else "\n")
        if e.text:
            add(e.text)
        for c in e:
            walk(c)
        if name == "label":
            parts.append(" ")
        elif name in _BLOCK:
            parts.append("\n")
        if e.tail:
            add(e.tail)

    walk(el)
    text = "".join(parts)
    text = re.sub(r"[ \t\r\f\v\u00a0]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def _date_from_frus(div) -> Optional[str]:
    lo = div.get(f"{FRUS}doc-dateTime-min")
    hi = div.get(f"{FRUS}doc-dateTime-max")
    if not lo:
        return None
    lo = lo.rstrip("Z")
    hi = (hi or lo).rstrip("Z")
    if lo[:10] != hi[:10]:
        return lo[:10] if lo[:7] != hi[:7] else lo[:7]
    if lo == hi and len(lo) >= 16:
        return lo[:16]
    return lo[:10]


def _header_date(root) -> Optional[str]:
    for xp in (f".//{TEI}profileDesc//{TEI}creation//{TEI}date", f".//{TEI}sourceDesc//{TEI}date"):
        el = root.find(xp)
        if el is not None:
            w = el.get("when") or el.get("notBefore")
            if w and re.match(r"^-?\d{4}(-\d\d(-\d\d)?)?", w):
                return w[:16]
    return None


def tei_documents(data: bytes, path: str) -> Iterator[tuple[Optional[str], str, Optional[str], Optional[str]]]:
    """Yield (key, text, title, date) per document in the TEI file."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as e:
        raise InputError(path, f"not well-formed XML ({e})") from None
    divs = root.findall(f".//{TEI}div[@type='document']")
    if divs:
        for div in divs:
            key = div.get("{http://www.w3.org/XML/1998/namespace}id")
            head = div.find(f"{TEI}head")
            title = " ".join("".join(head.itertext()).split()) if head is not None else None
            text = _text_of(div)
            if text:
                yield key, text, title, _date_from_frus(div)
        return
    body = root.find(f".//{TEI}text")
    if body is None:
        body = root
    title_el = root.find(f".//{TEI}titleStmt/{TEI}title")
    title = " ".join("".join(title_el.itertext()).split()) if title_el is not None else None
    text = _text_of(body)
    if text:
        yield None, text, title, _header_date(root)
