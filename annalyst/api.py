"""Library verbs the CLI mirrors: build a store from files, load a store back."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Optional, Union

from .model import Corpus
from .pipeline import Options, extract


def build(paths: Iterable[Union[str, Path]], out: Union[str, Path], options: Optional[Options] = None,
          *, report: bool = True, **kw) -> Corpus:
    """Extract ``paths`` and write ``out/annalyst.sqlite`` in one transaction (and the report)."""
    from . import store

    corpus = extract(paths, options, **kw)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    store.save(corpus, out / store.FILENAME)
    if report:
        write_report_if_available(corpus, out / "report.html")
    return corpus


def load(path: Union[str, Path]) -> Corpus:
    """Read a store (a directory holding annalyst.sqlite, or the file itself) back into a Corpus."""
    from . import store

    p = Path(path)
    if p.is_dir():
        p = p / store.FILENAME
    return store.load(p)


def write_report_if_available(corpus: Corpus, path: Union[str, Path]) -> Optional[Path]:
    """Write the HTML report when the report module is present; return its path."""
    try:
        from .report import write_report
    except ImportError:
        return None
    write_report(corpus, Path(path))
    return Path(path)
