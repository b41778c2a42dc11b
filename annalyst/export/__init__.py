"""Exports: the corpus in the formats historians' tools already read.

``json`` is the contract (``Corpus.to_dict()``); the others are views of it
shaped for one tool each: Palladio and spreadsheets (``csv``), TimelineJS3
(``timelinejs``), Gephi (``gexf``), TEI P5 editions and Recogito (``tei``),
and GIS or web maps (``geojson``). ``export(corpus, fmt, out)`` is what the
CLI's ``annalyst export DIR --format F`` calls.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Union

from ..model import Corpus

#: Every format ``export`` accepts, with the file name it writes by default.
FORMATS = {
    "json": "annalyst.json",
    "csv": "annalyst-csv",  # a directory; give a path ending in .zip for one archive
    "timelinejs": "timeline.json",
    "gexf": "network.gexf",
    "tei": "annalyst.tei.xml",
    "geojson": "places.geojson",
}


class UnknownFormat(ValueError):
    """The format asked for is not one of FORMATS."""


def _writer(fmt: str) -> Callable[[Corpus, Path], Path]:
    # Imported lazily: each writer pulls in its own libraries (lxml, networkx) only when used.
    if fmt == "json":
        from .json_export import write
    elif fmt == "csv":
        from .csv_export import write
    elif fmt == "timelinejs":
        from .timelinejs import write
    elif fmt == "gexf":
        from .gexf import write
    elif fmt == "tei":
        from .tei import write
    elif fmt == "geojson":
        from .geojson import write
    else:
        raise UnknownFormat(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    return write


def default_path(fmt: str, directory: Union[str, Path]) -> Path:
    """Where ``fmt`` goes inside ``directory`` when the user names no file."""
    if fmt not in FORMATS:
        raise UnknownFormat(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    return Path(directory) / FORMATS[fmt]


def export(corpus: Corpus, fmt: str, out_path: Union[str, Path]) -> Path:
    """Write ``corpus`` as ``fmt`` to ``out_path`` and return the path written.

    If ``out_path`` is an existing directory, the format's default file name
    (FORMATS) is used inside it. ``csv`` writes a directory of tables, or one
    zip archive when ``out_path`` ends in ``.zip``.
    """
    write = _writer(fmt)
    out = Path(out_path)
    if out.is_dir() and not (fmt == "csv" and out.name == FORMATS["csv"]):
        out = default_path(fmt, out)
    out.parent.mkdir(parents=True, exist_ok=True)
    return write(corpus, out)


__all__ = ["FORMATS", "export", "default_path", "UnknownFormat"]
