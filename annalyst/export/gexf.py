"""Gephi GEXF: entities as nodes, events as typed, dated, directed edges.

Built with networkx (a MultiDiGraph, so two telegrams between the same people
stay two edges) and written with its GEXF writer. A dated event gets a spell
``start``..``end`` in ``YYYY-MM-DD`` (Gephi's ``timeformat="date"``), which
makes the graph ``mode="dynamic"`` for Gephi's timeline filter. Only
intervals are used, never timestamps: Gephi refuses graphs that mix them. An
undated event has no spell and so is present at every moment.

An event with actors on one side only (someone *left*, someone *arrived*)
links its actor to its place, typed like the event, with ``role="place"``. The
event's type is the edge ``label`` and the ``event_type`` attribute.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from ..model import Corpus
from .common import has_coordinates, mention_counts
from .dates import interval


def graph(corpus: Corpus) -> nx.MultiDiGraph:
    counts = mention_counts(corpus)
    g = nx.MultiDiGraph()
    for e in corpus.entities:
        attrs = {"label": e.name, "type": e.type, "mentions": counts.get(e.id, 0), "aliases": " | ".join(e.aliases)}
        if e.wikidata:
            attrs["wikidata"] = e.wikidata
        if has_coordinates(e):
            attrs["latitude"], attrs["longitude"] = float(e.latitude), float(e.longitude)
        g.add_node(e.id, **attrs)
    known = set(g.nodes)
    for ev in corpus.events:
        pairs = [(s, t, "target") for s in ev.source for t in ev.target if s != t]
        if not pairs and ev.place:
            pairs = [(a, ev.place, "place") for a in (ev.source or ev.target) if a != ev.place]
        iv = interval(ev.date)
        for k, (s, t, role) in enumerate(pairs):
            if s not in known or t not in known:
                continue  # an id the resolver never defined: Gephi would invent a bare node for it
            # Not "type": in GEXF an edge's type is directed/undirected.
            attrs = {"label": ev.type, "event_type": ev.type, "event": ev.id, "role": role, "mode": ev.mode or "",
                     "date": ev.date or "", "date_certainty": ev.date_certainty or "", "polarity": ev.polarity,
                     "modality": ev.modality, "document": ev.document, "weight": 1.0}
            if iv is not None:
                attrs["spells"] = [(iv.start_day, iv.end_day)]
            g.add_edge(s, t, key=f"{ev.id}#{k}", **attrs)
    return g


def write(corpus: Corpus, out: Path) -> Path:
    nx.write_gexf(graph(corpus), out, encoding="utf-8", prettyprint=True)
    return out
