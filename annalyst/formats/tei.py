"""TEI P5 input: the reading text of each document, without notes, with its date from metadata.

A TEI file may hold a whole volume (FRUS: one ``div[@type='document']`` per document); each
becomes its own Document. Footnotes (``note``) are left out of the text, as in print they sit
apart from it; ``lb`` is a line break; block elements (``p``, ``head``, ``dateline`` ...) are lines.
Each note is kept beside the text (``Document.notes``: its text and the offset where it stood),
because editors' notes identify people the text names only by office ("the German
Ambassador" — "Oskar Trautmann."); the text and its offsets are the same with or without them.
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

from ..errors import InputError
from ..model import Note

TEI = "{http://www.tei-c.org/ns/1.0}"
FRUS = "{http://history.state.gov/frus/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_SKIP = {"note", "teiHeader", "fw", "pb", "figure", "facsimile", "standOff"}
_BLOCK = {"p", "head", "dateline", "opener", "closer", "item", "list", "label", "signed", "salute", "l", "lg",
          "div", "table", "row", "quote", "postscript", "address", "addrLine", "ab", "byline", "docTitle",
          "titlePart", "epigraph", "trailer", "listBibl", "bibl"}


def _local(tag) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


_WS = re.compile(r"\s+")


class _Parts:
    """The pieces of the reading text, with their running length (to place notes)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def append(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)


def _note_text(el) -> str:
    return " ".join("".join(el.itertext()).split())


def _walk(el, parts: _Parts, notes: list[tuple[int, object]]) -> None:
    """Reading text: whitespace in XML text nodes is not significant, block ends and ``lb``
    are. A ``note`` adds nothing to the text; where it stood is recorded in ``notes``."""
    add = lambda s: parts.append(_WS.sub(" ", s))  # noqa: E731
    name = _local(el.tag)
    if name in _SKIP or not name:
        if name == "note":
            notes.append((parts.length, el))
        if el.tail:
            add(el.tail)
        return
    if name == "lb":
        parts.append("\n")
    after_label = name == "item" and el.getprevious() is not None and _local(el.getprevious().tag) == "label"
    if name in _BLOCK and not after_label:
        parts.append("\n\n" if name in ("p", "item", "head", "opener", "list", "div", "label") else "\n")
    if el.text:
        add(el.text)
    for c in el:
        _walk(c, parts, notes)
    if name == "label":
        parts.append(" ")
    elif name in _BLOCK:
        parts.append("\n")
    if el.tail:
        add(el.tail)


#: the clean-up of the joined text, in order (the positions of notes are carried through it)
_CLEANUP = ((re.compile(r"[ \t\r\f\v\u00a0]+"), " "), (re.compile(r" *\n *"), "\n"), (re.compile(r"\n{3,}"), "\n\n"))


def _sub_tracked(pattern: re.Pattern, repl: str, text: str, positions: list[int]) -> tuple[str, list[int]]:
    """``pattern.sub(repl, text)``, moving ``positions`` with the text: a position inside a
    replaced stretch goes to the start of its replacement."""
    out: list[str] = []
    moves: list[tuple[int, int, int]] = []  # (start, end, new start) of each replaced stretch
    last = shift = 0
    for m in pattern.finditer(text):
        out.append(text[last:m.start()])
        moves.append((m.start(), m.end(), m.start() + shift))
        out.append(repl)
        shift += len(repl) - (m.end() - m.start())
        last = m.end()
    out.append(text[last:])
    new_positions = []
    for p in positions:
        delta = 0
        for s, e, ns in moves:
            if p >= e:
                delta = ns + len(repl) - e
            elif p > s:
                delta = ns - p
                break
            else:
                break
        new_positions.append(p + delta)
    return "".join(out), new_positions


def _clean(raw: str, positions: list[int]) -> tuple[str, list[int]]:
    """The clean-up every TEI text gets, and where ``positions`` of ``raw`` end up."""
    text = raw
    for pattern, repl in _CLEANUP:
        text, positions = _sub_tracked(pattern, repl, text, positions)
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    return text, [min(max(0, p - lead), len(text)) for p in positions]


def _text_and_notes(el) -> tuple[str, list[Note]]:
    """The reading text of ``el`` and its editors' notes, each anchored where it stood."""
    parts = _Parts()
    found: list[tuple[int, object]] = []
    _walk(el, parts, found)
    text, anchors = _clean("".join(parts.parts), [p for p, _ in found])
    notes = [Note(id=n.get(XML_ID), n=n.get("n"), text=_note_text(n), anchor=a, kind=n.get("type"))
             for (_, n), a in zip(found, anchors)]
    return text, [n for n in notes if n.text]


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


def tei_documents(data: bytes, path: str) -> Iterator[tuple[Optional[str], str, Optional[str], Optional[str],
                                                              list[Note]]]:
    """Yield (key, text, title, date, editors' notes) per document in the TEI file."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as e:
        raise InputError(path, f"not well-formed XML ({e})") from None
    divs = root.findall(f".//{TEI}div[@type='document']")
    if divs:
        for div in divs:
            key = div.get(XML_ID)
            head = div.find(f"{TEI}head")
            title = " ".join("".join(head.itertext()).split()) if head is not None else None
            text, notes = _text_and_notes(div)
            if text:
                yield key, text, title, _date_from_frus(div), notes
        return
    body = root.find(f".//{TEI}text")
    if body is None:
        body = root
    title_el = root.find(f".//{TEI}titleStmt/{TEI}title")
    title = " ".join("".join(title_el.itertext()).split()) if title_el is not None else None
    text, notes = _text_and_notes(body)
    if text:
        yield None, text, title, _header_date(root), notes
