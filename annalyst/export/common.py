"""Small lookups every export needs (names of entity ids, mention counts)."""
from __future__ import annotations

from collections import Counter

from ..model import Corpus, Entity

PLACE_TYPES = ("GPE", "LOC", "FAC")


def entity_index(corpus: Corpus) -> dict[str, Entity]:
    return {e.id: e for e in corpus.entities}


def mention_counts(corpus: Corpus) -> Counter:
    return Counter(m.entity for m in corpus.mentions if m.entity)


def names(ids: list[str], ents: dict[str, Entity]) -> list[str]:
    """Display names of entity ids; an id with no entity is kept as is, so nothing is silently lost."""
    return [ents[i].name if i in ents else i for i in ids]


def has_coordinates(e: Entity) -> bool:
    return e.latitude is not None and e.longitude is not None
