"""TempEval-3 platinum news documents used as unseen text for the events benchmark.

The documents stay in ``../shared`` (not copied into this repo). Which ones was fixed by a rule before any
was read, one news agency per split: the five BBC documents (``bbc_*.tml``), then the five CNN documents
(``CNN_*.tml``), then the four Wall Street Journal documents (``WSJ_*.tml``), then the five New York Times documents
(``nyt_*.tml``), then the one Associated Press document (``AP_*.tml``). Each is written as a reader would get a news
article: its title, its date line (the TimeML document creation time, written "March 22, 2013") and its text
with the TimeML markup removed, to ``benchmarks/out/te3/<id>.txt``. The date line is what annalyst
anchors "yesterday" and "on Tuesday" to, as it does for a telegram's dateline.

    .venv/bin/python benchmarks/te3_texts.py
"""
from __future__ import annotations

import datetime
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
PLATINUM = ROOT.parent / "shared" / "benchmarks" / "tempeval3" / "platinum"
OUT = ROOT / "benchmarks" / "out" / "te3-events"


#: the files' name prefixes, one agency per split (see the module doc)
AGENCIES = ("bbc", "CNN", "WSJ", "nyt", "AP")


def chosen() -> dict[str, Path]:
    """Text id ("te3-bbc-1150") -> TimeML file, by the fixed rule (see the module doc)."""
    return {f"te3-{p.stem.split('_')[0].lower()}-{p.stem.rsplit('_', 1)[-1]}": p
            for agency in AGENCIES for p in sorted(PLATINUM.glob(f"{agency}_*.tml"))}


def plain_text(tml: Path) -> str:
    """Title, date line and body text of a TimeML file, markup removed."""
    root = etree.parse(str(tml), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
    title = " ".join("".join(root.find("TITLE").itertext()).split()) if root.find("TITLE") is not None else ""
    value = root.find("DCT").find("TIMEX3").get("value")[:10]
    dct = datetime.date.fromisoformat(value).strftime("%B %-d, %Y")
    body = "".join(root.find("TEXT").itertext()).strip("\n")
    return "\n\n".join(x for x in (title, dct, body) if x) + "\n"


def write_texts(out: Path = OUT) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = {}
    for key, tml in chosen().items():
        p = out / f"{key}.txt"
        p.write_text(plain_text(tml), encoding="utf-8")
        paths[key] = p
    return paths


if __name__ == "__main__":
    for key, p in write_texts().items():
        print(key, p, len(p.read_text(encoding="utf-8")), "characters")
