"""The JSON contract: exactly ``Corpus.to_dict()``, nothing added, nothing dropped."""
from __future__ import annotations

import json
from pathlib import Path

from ..model import Corpus


def write(corpus: Corpus, out: Path) -> Path:
    out.write_text(json.dumps(corpus.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
    return out
