"""Events: who did what to whom, when and where — typed (PLOVER), dated and sourced.

Two steps, because names and dates are only settled once the whole corpus is read:

- ``find_frames(sdoc, offset, document_id) -> list``: per parsed chunk, the event frames the
  dependency parse and the verb lexicon (resources/events/lexicon.yaml) give: trigger, clause,
  roles as character spans, date phrases, polarity and modality cues. Plain data only.
- ``bind(frames, corpus) -> list[Event]``: after names and time are resolved, map argument spans
  to entities (pronouns and possessives included), date each event from its clause or from the
  narrative's current time, split coordinated dates, and number the events.
"""
from __future__ import annotations

from .bind import bind
from .frames import find_frames
from .model import Arg, EventFrame, Subjects

__all__ = ["find_frames", "bind", "Arg", "EventFrame", "Subjects"]
