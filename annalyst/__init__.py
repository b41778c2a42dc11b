"""annalyst — turn historical narrative text into sourced annals.

The library API (the CLI is a thin layer over it)::

    import annalyst
    corpus = annalyst.extract(["chapter.txt"], dct=None)
    data = corpus.to_dict()                       # the JSON export contract
    annalyst.build(["chapter.txt"], "out")        # out/annalyst.sqlite (+ report)
    corpus = annalyst.load("out")                 # read a store back
"""
from __future__ import annotations

__version__ = "0.1.0"

from .model import Corpus, Document, Entity, Event, Mention, Timex  # noqa: E402
from .pipeline import Options, extract  # noqa: E402
from .api import build, load  # noqa: E402

__all__ = ["Corpus", "Document", "Entity", "Event", "Mention", "Timex", "Options", "extract", "build", "load",
           "__version__"]
