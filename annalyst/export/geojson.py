"""GeoJSON (RFC 7946): every place with coordinates, with the events that happened there.

A FeatureCollection of Points, ``[longitude, latitude]`` in that order. Each
feature carries the place's names and spellings, how often it is mentioned,
and its events (id, type, date, certainty, actors, the sentence), so a GIS or
a web map can show what happened where without the rest of the corpus. The
``when`` member follows Linked Places Format's shape (timespans with
earliest/latest), which World Historical Gazetteer reads.
"""
from __future__ import annotations

import json
from pathlib import Path

from ..model import Corpus
from .common import PLACE_TYPES, entity_index, has_coordinates, mention_counts, names
from .dates import interval


def collection(corpus: Corpus) -> dict:
    ents = entity_index(corpus)
    counts = mention_counts(corpus)
    by_place: dict[str, list] = {}
    for ev in corpus.events:
        if ev.place:
            by_place.setdefault(ev.place, []).append(ev)
    feats = []
    for e in corpus.entities:
        if not has_coordinates(e) or (e.type not in PLACE_TYPES and e.id not in by_place):
            continue
        evs, spans = [], []
        for ev in by_place.get(e.id, []):
            iv = interval(ev.date)
            evs.append({"id": ev.id, "type": ev.type, "mode": ev.mode, "date": ev.date,
                        "date_start": iv.start_day if iv else None, "date_end": iv.end_day if iv else None,
                        "date_certainty": ev.date_certainty, "source": names(ev.source, ents),
                        "target": names(ev.target, ents), "polarity": ev.polarity, "modality": ev.modality,
                        "document": ev.document, "start": ev.start, "end": ev.end, "text": ev.text})
            if iv:
                spans.append({"start": {"earliest": iv.start_day}, "end": {"latest": iv.end_day}})
        props = {"id": e.id, "title": e.name, "type": e.type, "names": list(e.aliases),
                 "mentions": counts.get(e.id, 0), "wikidata": e.wikidata, "events": evs}
        feat = {"type": "Feature", "id": e.id,
                "geometry": {"type": "Point", "coordinates": [float(e.longitude), float(e.latitude)]},
                "properties": props}
        if spans:
            feat["when"] = {"timespans": spans}
        feats.append(feat)
    return {"type": "FeatureCollection", "features": feats}


def write(corpus: Corpus, out: Path) -> Path:
    out.write_text(json.dumps(collection(corpus), ensure_ascii=False, indent=1), encoding="utf-8")
    return out
