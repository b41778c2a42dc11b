"""Visible text of an HTML page (what a reader sees), as the text every offset refers to."""
from __future__ import annotations

import re
from typing import Optional

from ..errors import InputError

_SKIP = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object", "button", "form", "nav"}
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
          "article", "header", "footer", "blockquote", "pre", "dd", "dt", "dl", "figure", "figcaption", "hr",
          "main", "aside", "title"}


def html_to_text(source: str, path: str) -> tuple[str, Optional[str]]:
    """Return (visible text, title). Blocks become lines; runs of blank space collapse."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(source)
    except (etree.ParserError, ValueError) as e:
        raise InputError(path, f"not parseable as HTML ({e})") from None
    title_el = root.find(".//title")
    title = " ".join(title_el.text_content().split()) if title_el is not None else None
    parts: list[str] = []

    def walk(el):
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if tag in _SKIP or not isinstance(el.tag, str):
            if el.tail:
                parts.append(el.tail)
            return
        if tag in _BLOCK:
            parts.append("\n")
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
        if tag in _BLOCK:
            parts.append("\n")
        if el.tail:
            parts.append(el.tail)

    body = root.find("body")
    walk(body if body is not None else root)
    text = "".join(parts)
    text = re.sub(r"[ \t\r\f\v\u00a0]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    if not text:
        raise InputError(path, "HTML page has no visible text")
    return text, title
