"""Reading files into Documents: plain text, HTML and TEI XML, in any common encoding.

Text from documents is untrusted. A bad file raises ``InputError`` naming the file and the
reason; the pipeline reports it and goes on with the others (or stops with ``--strict``).
"""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from .errors import InputError
from .model import Document

SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "txt", ".html": "html", ".htm": "html",
            ".xml": "tei", ".tei": "tei"}
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

TEI_NS = "http://www.tei-c.org/ns/1.0"
FRUS_NS = "http://history.state.gov/frus/ns/1.0"


def discover(paths: Iterable[Union[str, Path]]) -> Iterator[tuple[str, Optional[InputError]]]:
    """Yield (path, error) for every file named or found (recursively) under a directory.

    Files named explicitly are always read (whatever their suffix); files in directories only
    when their suffix is one annalyst reads. Order is stable (sorted) so ids are reproducible.
    """
    for p in paths:
        p = str(p)
        if os.path.isdir(p):
            found = []
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in files:
                    if Path(f).suffix.lower() in SUFFIXES and not f.startswith("."):
                        found.append(os.path.join(root, f))
            for f in sorted(found, key=_natural_key):
                yield f, None
        elif os.path.exists(p):
            yield p, None
        else:
            yield p, InputError(p, "no such file or directory")


def _natural_key(s: str):
    return [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", s)]


def read_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    try:
        size = os.path.getsize(path)
    except OSError as e:
        raise InputError(path, f"cannot read ({e.strerror or e})") from None
    if size > max_bytes:
        raise InputError(path, f"file is {size:,} bytes, over the limit of {max_bytes:,} (see --max-bytes)")
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError as e:
        raise InputError(path, f"cannot read ({e.strerror or e})") from None


def decode(data: bytes, path: str) -> str:
    """Decode bytes to text: BOMs first, then strict UTF-8, then charset-normalizer."""
    if not data.strip():
        raise InputError(path, "file is empty")
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                raise InputError(path, f"not valid {enc} despite its byte-order mark") from None
            return _check_text(text, path)
    if b"\x00" in data:
        raise InputError(path, "binary content (NUL bytes), not a text file")
    try:
        return _check_text(data.decode("utf-8"), path)
    except UnicodeDecodeError:
        pass
    western = _try_western(data)
    if western is not None:
        return _check_text(western, path)
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(path, "undecodable bytes: not UTF-8 and no known encoding fits")
    return _check_text(str(best), path)


def _try_western(data: bytes) -> Optional[str]:
    """Windows-1252 when the bytes decode cleanly and read as mostly-Latin text.

    Detectors guess badly on short English texts with a few accented letters (they pick Baltic or
    Central European code pages); English-language sources in a legacy encoding are nearly always
    Windows-1252 or Latin-1, whose printable range Windows-1252 covers.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    sample = text[:20000]
    ascii_letters = sum(1 for c in sample if c.isascii() and (c.isalpha() or c.isspace()))
    return text if ascii_letters >= 0.75 * len(sample) else None


def _check_text(text: str, path: str) -> str:
    if "\x00" in text:
        raise InputError(path, "binary content (NUL characters), not a text file")
    if not text.strip():
        raise InputError(path, "file is empty")
    bad = sum(1 for c in text[:10000] if ord(c) < 32 and c not in "\n\r\t\f")
    if bad > 0.01 * min(len(text), 10000) + 3:
        raise InputError(path, "binary content (control characters), not a text file")
    return text


def doc_id_for(path: str, used: set[str]) -> str:
    """A short, readable, unique id: the file stem, de-duplicated with a hash of the path."""
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "-", Path(path).stem).strip("-") or "doc"
    if stem not in used:
        used.add(stem)
        return stem
    h = hashlib.sha1(path.encode("utf-8")).hexdigest()[:6]
    i = f"{stem}-{h}"
    while i in used:
        i += "x"
    used.add(i)
    return i


def read_path(path: str, used_ids: set[str], max_bytes: int = DEFAULT_MAX_BYTES) -> list[Document]:
    """Read one file into one or more Documents (a TEI volume may hold many documents)."""
    kind = SUFFIXES.get(Path(path).suffix.lower(), "txt")
    data = read_bytes(path, max_bytes)
    text = decode(data, path)
    if kind == "txt" and text.lstrip().startswith("<"):
        head = text.lstrip()[:500].lower()
        if "<html" in head or "<!doctype html" in head:
            kind = "html"
        elif "<tei" in head or "tei-c.org" in head:
            kind = "tei"
    if kind == "html":
        from .formats.html import html_to_text

        body, title = html_to_text(text, path)
        return [Document(id=doc_id_for(path, used_ids), source=path, text=body, title=title, format="html")]
    if kind == "tei":
        from .formats.tei import tei_documents

        docs = []
        for key, body, title, date, notes in tei_documents(data, path):
            did = doc_id_for(f"{path}#{key}" if key else path, used_ids) if not key else _unique(key, used_ids)
            docs.append(Document(id=did, source=path if not key else f"{path}#{key}", text=body,
                                 title=title, date=date, date_source="tei" if date else None, format="tei",
                                 notes=notes))
        if not docs:
            raise InputError(path, "TEI file has no text")
        return docs
    return [Document(id=doc_id_for(path, used_ids), source=path, text=text, format="txt")]


def _unique(key: str, used: set[str]) -> str:
    i, n = key, 1
    while i in used:
        n += 1
        i = f"{key}-{n}"
    used.add(i)
    return i
