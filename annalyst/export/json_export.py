"""The JSON contract: exactly ``Corpus.to_dict()``, nothing added, nothing dropped.

Written by the contract module's own writer, so ``annalyst export --format json`` to stdout and
``export(corpus, "json", path)`` can never drift apart.
"""
from __future__ import annotations

from pathlib import Path

from ..contract import write_json
from ..model import Corpus


def write(corpus: Corpus, out: Path) -> Path:
    with open(out, "w", encoding="utf-8") as fh:
        write_json(corpus, fh)
    return out
