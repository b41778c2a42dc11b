"""FRUS documents read from a whole TEI volume, for the events benchmark's splits beyond ``../shared``.

The shared corpus holds the first 36 documents of *FRUS 1938, vol. III* (chapter I). The next ones, d37-d61,
d62-d86 and d87-d111, were annotated as blind splits ("frus-2", "frus-3", "frus-4" in the gold): of all texts they are the closest to what
annalyst is for, US diplomatic papers. They are not in ``../shared`` and not copied into this repo: the benchmark reads them from a
local copy of the volume's TEI, the public-domain file ``volumes/frus1938v03.xml`` of the Office of the Historian's
repository HistoryAtState/frus (commit 373e9ebc85ed2eb15b6349e56a454261bf1a197f), named by the environment variable
``ANNALYST_FRUS_VOLUME``. Without it those documents are skipped, and the benchmark says so.

Each document is written as annalyst's own TEI reader gives its reading text (``annalyst.formats.tei``: heading,
dateline, body; footnotes left out), to ``benchmarks/out/frus/<id>.txt``, so that the gold's quotes and offsets are
those of the text a user would get from the same file.

    ANNALYST_FRUS_VOLUME=/path/to/frus1938v03.xml .venv/bin/python benchmarks/frus_volume.py d37 d38
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Iterable, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "benchmarks" / "out" / "frus"
ENV = "ANNALYST_FRUS_VOLUME"


def volume_path() -> Optional[Path]:
    """The local copy of the volume the environment names, or None."""
    p = os.environ.get(ENV)
    return Path(p) if p and Path(p).is_file() else None


def write_documents(ids: Iterable[str], out: Path = OUT) -> dict[str, Path]:
    """Document id ("d37") -> the file its reading text was written to; empty without the volume."""
    from annalyst.formats.tei import tei_documents

    wanted, vol = set(ids), volume_path()
    if vol is None or not wanted:
        return {}
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for key, text, *_ in tei_documents(vol.read_bytes(), str(vol)):
        if key in wanted:
            p = out / f"{key}.txt"
            p.write_text(text, encoding="utf-8")
            written[key] = p
    return written


if __name__ == "__main__":
    got = write_documents(sys.argv[1:])
    if not got:
        sys.exit(f"set {ENV} to a local copy of volumes/frus1938v03.xml (HistoryAtState/frus)")
    for k, p in sorted(got.items()):
        print(k, p)
