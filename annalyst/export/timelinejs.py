"""TimelineJS3 JSON: one slide per dated event, grouped by event type.

TimelineJS places a slide from ``start_date`` ({year, month, day, hour,
minute}, only the parts known) and shows ``display_date`` if given. It has no
notion of uncertain dates, so the certainty goes into the displayed date
("c. December 1937", "2 December 1937 (inferred)") and a date known only as a
range becomes ``start_date``..``end_date``. Undated events cannot be placed
and are left out. ``text`` fields are HTML for TimelineJS, so the document
text is escaped before it goes in.
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

from ..model import Corpus
from .common import entity_index, names
from .dates import interval

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_KEYS = ("year", "month", "day", "hour", "minute")


def _date_obj(parts: tuple) -> dict:
    return {k: v for k, v in zip(_KEYS, parts)}


def _spoken(iv) -> str:
    p = iv.parts
    if iv.precision == "minute":
        return f"{p[2]} {_MONTHS[p[1] - 1]} {p[0]}, {p[3]:02d}:{p[4]:02d}"
    if iv.precision == "day":
        return f"{p[2]} {_MONTHS[p[1] - 1]} {p[0]}"
    if iv.precision == "month":
        return f"{_MONTHS[p[1] - 1]} {p[0]}"
    if iv.precision == "year":
        return str(p[0])
    return f"{iv.start} – {iv.end}"


def _ymd(iso: str) -> tuple:
    y, m, d = iso[:10].split("-")
    return int(y), int(m), int(d)


def _slug(raw: str, used: set) -> str:
    """TimelineJS uses unique_id as an HTML id and URL hash: keep it to safe characters, and unique."""
    base = re.sub(r"[^A-Za-z0-9_-]", "-", raw) or "event"
    cand, n = base, 1
    while cand in used:
        n += 1
        cand = f"{base}-{n}"
    used.add(cand)
    return cand


def timeline(corpus: Corpus) -> dict:
    """The TimelineJS3 object (``title`` and ``events``)."""
    ents = entity_index(corpus)
    titles = {d.id: d.title or d.id for d in corpus.documents}
    events, used = [], set()
    for e in corpus.events:
        iv = interval(e.date)
        if iv is None:
            continue
        # The report's wording: "Tao Deman → Kong Xiangxi: visit", with what is not a fact said so.
        who = ", ".join(names(e.source, ents)) or "?"
        whom = ", ".join(names(e.target, ents))
        headline = f"{who}" + (f" → {whom}" if whom else "") + f": {e.mode or e.trigger or e.type.lower()}"
        if e.polarity == "negative":
            headline += " (not a fact: negated)"
        elif e.modality in ("hypothetical", "intended"):
            headline += f" (not a fact: {e.modality})"
        display = _spoken(iv)
        if e.date_certainty == "approximate":
            display = "c. " + display
        elif e.date_certainty == "inherited":
            display += " (date inferred from context)"
        body = f"<p>{html.escape(e.text or '')}</p><p><small>{html.escape(e.type)}"
        if e.modality and e.modality != "asserted":
            body += f" · {html.escape(e.modality)}"
        body += f" · {html.escape(titles.get(e.document, e.document))}, characters {e.start}–{e.end}</small></p>"
        slide = {"unique_id": _slug(e.id, used), "group": html.escape(e.type), "display_date": display,
                 "text": {"headline": html.escape(headline), "text": body}}
        if iv.is_point or iv.precision in ("month", "year"):
            slide["start_date"] = _date_obj(iv.parts)  # only the parts stated: TimelineJS shows a month as a month
        else:
            # A week, season or decade: show it as the stretch it is, not as its first day.
            slide["start_date"] = _date_obj(_ymd(iv.start))
            slide["end_date"] = _date_obj(_ymd(iv.end))
        events.append(slide)
    first = corpus.documents[0] if corpus.documents else None
    name = (first.title or first.id) if first and len(corpus.documents) == 1 else f"{len(corpus.documents)} documents"
    return {"title": {"text": {"headline": html.escape(name),
                               "text": f"<p>{len(events)} dated events read by annalyst.</p>"}},
            "events": events}


def write(corpus: Corpus, out: Path) -> Path:
    out.write_text(json.dumps(timeline(corpus), ensure_ascii=False, indent=1), encoding="utf-8")
    return out
