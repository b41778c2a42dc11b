"""Linked CSV tables (Palladio, spreadsheets, Datasette, nodegoat imports).

One table per kind of record — documents, entities, mentions, timexes,
events — joined by ids. Choices made for the tools that read them: dates as
``YYYY-MM-DD`` (Palladio's format) in ``date_start``/``date_end`` next to the
raw TIMEX3 value; coordinates both as ``latitude``/``longitude`` (Datasette's
map plugin finds them by name) and as one ``"lat,lon"`` column (Palladio);
several ids in one cell joined with ``|``.
"""
from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from ..model import Corpus
from .common import entity_index, has_coordinates, mention_counts, names
from .dates import interval

SEP = "|"


def tables(corpus: Corpus) -> dict[str, list[list]]:
    """Every table as rows (the first row is the header)."""
    ents = entity_index(corpus)
    counts = mention_counts(corpus)
    out: dict[str, list[list]] = {}
    out["documents"] = [["id", "title", "source", "date", "date_source", "format", "characters"]] + [
        [d.id, d.title or "", d.source, d.date or "", d.date_source or "", d.format, len(d.text)]
        for d in corpus.documents]
    rows = [["id", "name", "type", "aliases", "merge_reasons", "mentions", "wikidata", "latitude", "longitude",
             "coordinates"]]
    for e in corpus.entities:
        geo = has_coordinates(e)
        reasons = SEP.join(f"{m.alias} <- {m.rule}" + (f" ({m.other})" if m.other else "") for m in e.merges)
        rows.append([e.id, e.name, e.type, SEP.join(e.aliases), reasons, counts.get(e.id, 0), e.wikidata or "",
                     e.latitude if geo else "", e.longitude if geo else "",
                     f"{e.latitude},{e.longitude}" if geo else ""])
    out["entities"] = rows
    rows = [["document", "start", "end", "text", "entity", "entity_name", "type", "title", "rule"]]
    for m in corpus.mentions:
        rows.append([m.document, m.start, m.end, m.text, m.entity or "",
                     ents[m.entity].name if m.entity in ents else "", m.label, m.title or "", m.rule])
    out["mentions"] = rows
    rows = [["index", "document", "start", "end", "text", "type", "value", "mod", "anchor", "date_start", "date_end",
             "rule"]]
    for i, t in enumerate(corpus.timexes):
        iv = interval(t.value) if t.type in ("DATE", "TIME") else None
        rows.append([i, t.document, t.start, t.end, t.text, t.type, t.value, t.mod or "", t.anchor or "",
                     iv.start_day if iv else "", iv.end_day if iv else "", t.rule])
    out["timexes"] = rows
    rows = [["id", "document", "start", "end", "type", "mode", "trigger", "date", "date_start", "date_end",
             "date_certainty", "source", "source_names", "target", "target_names", "described", "place", "place_name",
             "place_coordinates", "polarity", "modality", "confidence", "rule", "text"]]
    for e in corpus.events:
        iv = interval(e.date)
        place = ents.get(e.place) if e.place else None
        rows.append([e.id, e.document, e.start, e.end, e.type, e.mode or "", e.trigger or "", e.date or "",
                     iv.start_day if iv else "", iv.end_day if iv else "", e.date_certainty or "",
                     SEP.join(e.source), SEP.join(names(e.source, ents)), SEP.join(e.target),
                     SEP.join(names(e.target, ents)), SEP.join(f"{d.role}:{d.text}" for d in e.described),
                     e.place or "", place.name if place else "",
                     f"{place.latitude},{place.longitude}" if place is not None and has_coordinates(place) else "",
                     e.polarity, e.modality, e.confidence, e.rule, e.text or ""])
    out["events"] = rows
    return out


def _csv_text(rows: list[list]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def write(corpus: Corpus, out: Path) -> Path:
    """``out`` ending in ``.zip``: one archive; otherwise a directory of ``<table>.csv`` files (UTF-8)."""
    data = {f"{name}.csv": _csv_text(rows) for name, rows in tables(corpus).items()}
    if out.suffix.lower() == ".zip":
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for name, text in data.items():
                z.writestr(name, text.encode("utf-8"))
        return out
    out.mkdir(parents=True, exist_ok=True)
    for name, text in data.items():
        (out / name).write_text(text, encoding="utf-8", newline="")
    return out
