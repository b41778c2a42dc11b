"""Event extraction (STUB — replaced by the events issue).

Public interface used by the pipeline:

- ``find_frames(sdoc, offset, document_id) -> list[EventFrame]``: called once per spaCy ``Doc``
  chunk of a document (``offset`` = the chunk's start in ``Document.text``); must not keep
  references to ``sdoc`` (frames are plain data: the spaCy Doc is dropped after this call).
- ``bind(frames, corpus) -> list[Event]``: after names and time are resolved for the whole
  corpus, turn frames into events with entity ids, dates and places.
"""
from __future__ import annotations

from typing import Any

from ..model import Corpus, Event


def find_frames(sdoc: Any, offset: int, document_id: str) -> list:
    return []


def bind(frames: list, corpus: Corpus) -> list[Event]:
    return []
