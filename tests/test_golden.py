"""Golden test of the whole pipeline on the seed chapter.

The golden file holds our annotations (offsets, values, ids), never the chapter's text itself:
document text is represented by its SHA-1. Regenerate after an intended change with
``pytest tests/test_golden.py --update-golden`` and review the diff.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

GOLDEN = Path(__file__).parent / "golden" / "seed.json"


def _summary(data: dict) -> dict:
    docs = [{"id": d["id"], "date": d["date"], "sha1": hashlib.sha1(d["text"].encode()).hexdigest(),
             "chars": len(d["text"])} for d in data["documents"]]
    ents = [{"id": e["id"], "type": e["type"], "name": e["name"], "aliases": e["aliases"]} for e in data["entities"]]
    ments = [[m["start"], m["end"], m["text"], m["entity"]] for m in data["mentions"]]
    tx = [[t["start"], t["end"], t["text"], t["type"], t["value"]] for t in data["timexes"]]
    evs = [{k: e[k] for k in ("id", "start", "end", "type", "mode", "trigger", "date", "source", "target", "place")}
           for e in data["events"]]
    return {"documents": docs, "entities": ents, "mentions": ments, "timexes": tx, "events": evs}


def test_golden_seed_export(seed_export, update_golden):
    got = _summary(seed_export)
    if update_golden or not GOLDEN.exists():
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    want = json.loads(GOLDEN.read_text(encoding="utf-8"))
    for key in want:
        assert got[key] == want[key], f"{key} differ from {GOLDEN.name} (run with --update-golden if intended)"
