"""The corpus reshaped for the browser: compact, index-linked, dates pre-resolved.

The page reads one JSON object. Mentions and timexes are arrays rather than
objects (a few hundred documents give tens of thousands of them, and keys
would double the file), and every cross-reference is an index into a list, so
the page never has to look ids up. Dates are turned into intervals here, with
the same rules the exports use, so the timeline and a TimelineJS export agree.
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Optional

from ..export.dates import interval
from ..model import Corpus


def _iv(value: Optional[str]) -> Optional[list]:
    iv = interval(value)
    return [iv.start, iv.end, iv.precision] if iv else None


def _slice_ok(texts: dict[str, str], e) -> bool:
    return e.text is None or texts.get(e.document, "")[e.start:e.end] == e.text


def build_payload(corpus: Corpus) -> dict[str, Any]:
    """Everything the page shows, as plain JSON-able data."""
    doc_ix = {d.id: i for i, d in enumerate(corpus.documents)}
    ent_ix = {e.id: i for i, e in enumerate(corpus.entities)}
    texts = {d.id: d.text for d in corpus.documents}
    counts = Counter(m.entity for m in corpus.mentions if m.entity is not None)
    docs = [{"id": d.id, "title": d.title, "source": d.source, "date": d.date, "date_source": d.date_source,
             "date_iv": _iv(d.date), "format": d.format, "text": d.text} for d in corpus.documents]
    ents = [{"id": e.id, "type": e.type, "name": e.name, "aliases": list(e.aliases),
             "merges": [[m.alias, m.rule, m.confidence, m.other] for m in e.merges],
             "wikidata": e.wikidata, "lat": e.latitude, "lon": e.longitude, "n": counts.get(e.id, 0)}
            for e in corpus.entities]
    ments = [[doc_ix[m.document], m.start, m.end, ent_ix.get(m.entity, -1) if m.entity else -1, m.label,
              m.title, m.rule]
             for m in corpus.mentions if m.document in doc_ix]
    tx = []
    for t in corpus.timexes:
        if t.document not in doc_ix:
            continue
        iv = _iv(t.value) if t.type in ("DATE", "TIME") else None
        tx.append([doc_ix[t.document], t.start, t.end, t.type, t.value, t.mod, t.anchor, iv, t.rule])
    evs = []
    for e in corpus.events:
        if e.document not in doc_ix:
            continue
        trig = [e.trigger_start, e.trigger_end] if e.trigger_start is not None and e.trigger_end is not None else None
        evs.append({"id": e.id, "doc": doc_ix[e.document], "s": e.start, "e": e.end, "type": e.type or "EVENT",
                    "mode": e.mode, "trigger": e.trigger, "trig": trig, "date": e.date, "cert": e.date_certainty,
                    "iv": _iv(e.date), "src": [ent_ix[x] for x in e.source if x in ent_ix],
                    "tgt": [ent_ix[x] for x in e.target if x in ent_ix],
                    # participants the text only describes ("my informant"): role and phrase
                    "desc": [[d.role, d.text] for d in e.described],
                    "place": ent_ix.get(e.place) if e.place else None, "pol": e.polarity, "modality": e.modality,
                    "conf": e.confidence, "rule": e.rule,
                    # The clause is re-read from the document by offsets; keep the stored text only if they disagree.
                    "text": None if _slice_ok(texts, e) else e.text})
    sents = [[doc_ix[s.document], s.start, s.end] for s in corpus.sentences if s.document in doc_ix]
    dated = sorted(x["iv"][0] for x in evs if x["iv"])
    title = (corpus.documents[0].title or corpus.documents[0].id) if len(corpus.documents) == 1 else None
    return {
        "meta": {"title": title, "n_docs": len(docs), "n_ents": len(ents), "n_ments": len(ments),
                 "n_tx": len(tx), "n_evs": len(evs), "first": dated[0] if dated else None,
                 "last": dated[-1] if dated else None},
        "docs": docs, "ents": ents, "ments": ments, "tx": tx, "evs": evs, "sents": sents,
    }
