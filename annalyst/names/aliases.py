"""The user's alias file: names the user knows better than any rule.

Format — YAML (a list of entries, or ``{entities: [...]}``)::

    - name: Oskar Trautmann        # canonical display name (required)
      type: PERSON                 # PERSON, GPE, ORG, ... (optional, default PERSON)
      aliases: [Todman, Tao Deman, Todmann]   # surface forms forced into this entity
      wikidata: Q77326             # optional

or CSV with a header ``name,type,aliases,wikidata`` where ``aliases`` is separated by ``|``::

    name,type,aliases,wikidata
    Oskar Trautmann,PERSON,Todman|Tao Deman|Todmann,Q77326

Semantics (applied before everything else):
- merge: every mention whose text is ``name`` or one of ``aliases`` (case-blind) belongs to the
  entry's entity, with the entry's type and name (merge rule ``user.alias``);
- split: two entries are never merged with each other by the automatic rules, even when their
  names look alike ("Chiang" listed under one person stays out of another Chiang);
- other names may still join an entry by the automatic rules (a surname, a spelling variant).

When to write one: annalyst links names, titles and roles only on evidence in the corpus
(spellings, a title next to a name, an apposition "Trautmann, the German Ambassador"). What
the texts never state — that "the Generalissimo" of a 1938 telegram is Chiang Kai-shek, or
that "Frank" and "Frederick Kruezberg" are one man whose name was misheard — stays apart
until the user says so. A title used alone is a surface form like any other::

    - name: Chiang Kai-shek
      aliases: [Chiang Kai Shek, Generalissimo]
    - name: Frederick Kruezberg
      aliases: [Frank Kruezberg]

A complete example is ``tests/fixtures/names/frus_aliases.yaml``. Role mentions ("the German
Ambassador") are not matched by alias forms: who holds a role depends on the post and the
date, so roles are linked to a person only where the text names the holder beside them.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from ..errors import UsageError as AnnalystError
from ..model import ENTITY_TYPES


@dataclass
class AliasEntry:
    name: str
    type: str = "PERSON"
    aliases: list[str] = field(default_factory=list)
    wikidata: Optional[str] = None

    def forms(self) -> list[str]:
        return [self.name] + [a for a in self.aliases if a]


def form_key(text: str) -> str:
    return " ".join(text.split()).casefold()


def load(path: Path) -> list[AliasEntry]:
    """Read a YAML or CSV alias file (by extension; YAML otherwise)."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as e:
        raise AnnalystError(f"cannot read alias file {path}: {e}")
    if path.suffix.lower() in (".csv", ".tsv"):
        rows = csv.DictReader(raw.splitlines(), delimiter="\t" if path.suffix.lower() == ".tsv" else ",")
        items = [{"name": r.get("name", ""), "type": r.get("type") or "PERSON",
                  "aliases": [a.strip() for a in (r.get("aliases") or "").split("|") if a.strip()],
                  "wikidata": (r.get("wikidata") or "").strip() or None} for r in rows]
    else:
        import yaml

        data = yaml.safe_load(raw) or []
        items = data.get("entities", []) if isinstance(data, dict) else data
    out = []
    for i, it in enumerate(items):
        if not isinstance(it, dict) or not str(it.get("name", "")).strip():
            raise AnnalystError(f"alias file {path}: entry {i + 1} has no name")
        typ = str(it.get("type") or "PERSON").upper()
        if typ not in ENTITY_TYPES:
            raise AnnalystError(f"alias file {path}: entry {i + 1} has unknown type {typ!r}")
        als = it.get("aliases") or []
        if isinstance(als, str):
            als = [als]
        out.append(AliasEntry(str(it["name"]).strip(), typ, [str(a).strip() for a in als],
                              (str(it["wikidata"]).strip() if it.get("wikidata") else None)))
    return out
