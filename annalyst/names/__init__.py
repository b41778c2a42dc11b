"""Entity resolution (STUB — replaced by the names issue).

Public interface used by the pipeline:

- ``resolve(mentions, documents, *, aliases=None) -> list[Entity]``: sets ``mention.entity``
  (and may correct ``mention.label``) for every mention, returns the entities.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from ..model import Document, Entity, Mention


def _key(m: Mention) -> tuple[str, str]:
    return (m.label, " ".join(m.text.lower().split()))


def resolve(mentions: list[Mention], documents: list[Document], *,
            aliases: Optional[Path] = None) -> list[Entity]:
    entities: dict[tuple[str, str], Entity] = {}
    for m in mentions:
        k = _key(m)
        e = entities.get(k)
        if e is None:
            e = Entity(id=f"e{len(entities) + 1}", type=m.label, name=m.text)
            entities[k] = e
        if m.text not in e.aliases:
            e.aliases.append(m.text)
        m.entity = e.id
    return list(entities.values())
