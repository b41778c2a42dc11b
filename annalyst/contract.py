"""The JSON export contract, written as one object (json) or one record per line (jsonl).

JSON: ``{"documents": [...], "entities": [...], "mentions": [...], "timexes": [...], "events": [...]}``
(see ``Corpus.to_dict`` and the README). JSONL: one line per record, ``{"record": "<kind>", ...fields}``
with kinds document, entity, mention, timex, event — so a large corpus can be streamed by consumers.
"""
from __future__ import annotations

import json
from typing import TextIO

from .model import Corpus

KINDS = (("documents", "document"), ("entities", "entity"), ("mentions", "mention"), ("timexes", "timex"),
         ("events", "event"))


def write_json(corpus: Corpus, out: TextIO) -> None:
    json.dump(corpus.to_dict(), out, ensure_ascii=False, indent=1)


def write_jsonl(corpus: Corpus, out: TextIO) -> None:
    data = corpus.to_dict()
    first = True
    for key, kind in KINDS:
        for rec in data[key]:
            if not first:
                out.write("\n")
            first = False
            out.write(json.dumps({"record": kind, **rec}, ensure_ascii=False))
