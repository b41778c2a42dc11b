"""Entity resolution: one entity per person, place and organisation across spellings,
titles and documents.

Public interface used by the pipeline:

- ``resolve(mentions, documents, *, aliases=None) -> list[Entity]``: drops junk mentions
  (in place), corrects ``mention.label`` by corpus-wide evidence, sets ``mention.entity`` for
  every mention kept and returns the entities, each with the reason of every non-exact merge.

Order of work (why): the user's alias file first (it overrides everything); then one type
per distinct name (``typing``); then people (``cluster``: full names, then bare family names
attached in context), places (``gazetteer``), roles (``roles``), everything else by exact
name. Only distinct surface forms are compared, so the cost grows with the vocabulary of
names, not with the number of mentions.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Optional

from ..model import Document, Entity, Merge, Mention
from . import aliases as aliases_mod
from . import cluster, compare, roles, typing
from .aliases import form_key
from .gazetteer import Place

__all__ = ["resolve"]

_WORD = re.compile(r"\b[a-z][a-z'-]+\b")


class _Group:
    """An entity under construction."""

    __slots__ = ("kind", "mentions", "merges", "entry", "place", "name", "labels", "order")

    def __init__(self, kind: str) -> None:
        self.kind = kind  # PERSON | PLACE | ORG | NORP | ... (coarse)
        self.mentions: list[Mention] = []
        self.merges: dict[str, Merge] = {}
        self.entry: Optional[aliases_mod.AliasEntry] = None
        self.place: Optional[Place] = None
        self.name: Optional[str] = None
        self.labels: Counter = Counter()
        self.order = 10**12

    def add(self, ms: list[Mention]) -> None:
        self.mentions.extend(ms)
        for m in ms:
            self.labels[m.ner_label or m.label] += 1
            self.order = min(self.order, _pos(m))

    def note(self, alias: str, rule: str, confidence: float, other: Optional[str]) -> None:
        if alias not in self.merges or confidence > self.merges[alias].confidence:
            self.merges[alias] = Merge(alias, rule, round(confidence, 2), other)


_doc_rank: dict[str, int] = {}


def _pos(m: Mention) -> int:
    return _doc_rank.get(m.document, 0) * 10**9 + m.start


def _keep(m: Mention) -> bool:
    """Junk the NER produces: fragments starting in lower case ("for Foreign Affairs")."""
    t = m.text.strip()
    if not t or not any(c.isalpha() for c in t):
        return False
    if t[0].islower() and (m.ner_label or m.label) != "NORP":
        return False
    return True


def resolve(mentions: list[Mention], documents: list[Document], *,
            aliases: Optional[Path] = None) -> list[Entity]:
    global _doc_rank
    _doc_rank = {d.id: i for i, d in enumerate(documents)}
    docs = {d.id: d for d in documents}
    texts = {d.id: d.text for d in documents}
    entries = aliases_mod.load(aliases) if aliases else []
    user = {form_key(f): i for i, e in enumerate(entries) for f in e.forms()}
    mentions[:] = [m for m in mentions if _keep(m)]

    lowercase_words: set[str] = set()
    for t in texts.values():
        lowercase_words.update(_WORD.findall(t))

    role_ms = [m for m in mentions if m.rule == "role"]
    by_form: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.rule != "role":
            by_form[form_key(m.text)].append(m)

    groups: list[_Group] = []
    user_groups: dict[int, _Group] = {}
    keyed: dict[tuple, _Group] = {}
    person_nodes: list[cluster.Node] = []
    form_text: dict[str, str] = {}
    form_place: dict[str, Optional[Place]] = {}

    for key, ms in by_form.items():
        text = Counter(m.text for m in ms).most_common(1)[0][0]
        form_text[key] = text
        ev = typing.collect(text, ms, texts, lowercase_words)
        kind, _ = typing.decide(text, ev, lowercase_words)
        entry_i = user.get(key)
        if entry_i is not None:
            kind = typing.coarse(entries[entry_i].type)
        form_place[key] = ev.place
        if kind == "PERSON":
            person_nodes.append(cluster.Node(key, text, compare.analyse(text), ms, entry_i))
            continue
        if entry_i is not None:
            g = user_groups.get(entry_i)
            if g is None:
                g = user_groups[entry_i] = _Group(kind)
                g.entry = entries[entry_i]
                groups.append(g)
            rule, conf, other = "user.alias", 1.0, entries[entry_i].name
        elif kind == "PLACE" and ev.place is not None:
            gk = ("PLACE", ev.place.key)
            g = keyed.get(gk)
            if g is None:
                g = keyed[gk] = _Group(kind)
                g.place = ev.place
                groups.append(g)
            rule, conf, other = "gazetteer", 0.9 if ev.place.source != "country" else 1.0, ev.place.name
        else:
            gk = (kind, key)
            g = keyed.get(gk)
            if g is None:
                g = keyed[gk] = _Group(kind)
                groups.append(g)
            rule, conf, other = "spelling", 1.0, None
        g.add(ms)
        for t in {m.text for m in ms}:
            g.note(t, rule, conf, other)

    person_groups = _resolve_people(person_nodes, entries, groups)
    _resolve_roles(role_ms, docs, groups, person_groups)
    return _entities(groups)


def _resolve_people(nodes: list[cluster.Node], entries, groups: list[_Group]) -> dict[int, _Group]:
    """Cluster person names; returns id(mention) -> group for every person mention."""
    titles = {t.rstrip(".").lower() for t in typing.resources.load_lines("names/titles.txt")}
    multi = [n for n in nodes if len(n.name.tokens) >= 2 or n.name.initials]
    full: list[cluster.Node] = []
    bare: list[cluster.Node] = []
    title_only: list[cluster.Node] = []
    for n in nodes:
        if n.locked is None and n.text.rstrip(".").lower() in titles:
            title_only.append(n)
        elif n.locked is None and n.name.single and any(compare.surname_fits(n.name, f.name) for f in multi):
            bare.append(n)
        else:
            full.append(n)
    uf, links = cluster.cluster_full(full)
    root_group: dict[int, _Group] = {}
    by_mention: dict[int, _Group] = {}
    for i, n in enumerate(full):
        r = uf.find(i)
        g = root_group.get(r)
        if g is None:
            g = root_group[r] = _Group("PERSON")
            groups.append(g)
        if n.locked is not None:
            g.entry = entries[n.locked]
            for t in {m.text for m in n.mentions}:
                g.note(t, "user.alias", 1.0, g.entry.name)
        g.add(n.mentions)
        for m in n.mentions:
            by_mention[id(m)] = g
    for link in links:
        g = root_group[uf.find(link.a)]
        for t in {m.text for m in full[link.b].mentions}:
            g.note(t, link.rule, link.confidence, full[link.a].text)
        for t in {m.text for m in full[link.a].mentions}:
            g.note(t, link.rule, link.confidence, full[link.b].text)
    for b in bare:
        atts = cluster.attach_bare(b, full, uf)
        lone: Optional[_Group] = None
        for m in b.mentions:
            a = atts.get(id(m))
            if a is not None and a.cluster is not None:
                g = root_group[a.cluster]
                g.add([m])
                g.note(m.text, a.rule, a.confidence, a.other)
            else:
                if lone is None:
                    lone = _Group("PERSON")
                    groups.append(lone)
                g = lone
                g.add([m])
            by_mention[id(m)] = g
    # a title used alone ("Generalissimo"): the one cluster seen with that title, if only one
    for t in title_only:
        want = t.text.rstrip(".").lower()
        owners = {id(g): g for g in root_group.values()
                  if any((m.title or "").lower() == want for m in g.mentions)}
        if len(owners) == 1:
            g = next(iter(owners.values()))
            g.add(t.mentions)
            g.note(t.text, "title.unique", 0.6, g.mentions[0].text)
        else:
            g = _Group("PERSON")
            groups.append(g)
            g.add(t.mentions)
        for m in t.mentions:
            by_mention[id(m)] = g
    return by_mention


_BETWEEN_AFTER = re.compile(r"^(?:\s+(?:in|at|to)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?\s*[,(]\s*$")
_BETWEEN_BEFORE = re.compile(r"^\s*,\s*(?:the\s+)?$")


def _resolve_roles(role_ms: list[Mention], docs: dict[str, Document], groups: list[_Group],
                   person_of: dict[int, _Group]) -> None:
    """Roles become one entity per (nationality, office, post), or join a person in apposition."""
    if not role_ms:
        return
    persons_by_doc: dict[str, list[Mention]] = defaultdict(list)
    for g in {id(g): g for g in person_of.values()}.values():
        for m in g.mentions:
            persons_by_doc[m.document].append(m)
    for v in persons_by_doc.values():
        v.sort(key=lambda m: m.start)
    keys: dict[int, tuple] = {}
    joined: dict[tuple, tuple[_Group, str]] = {}
    for m in role_ms:
        doc = docs.get(m.document)
        k = roles.role_key(m, doc)
        keys[id(m)] = k
        if doc is None or k in joined:
            continue
        for p in persons_by_doc.get(m.document, ()):
            if p.start >= m.end and _BETWEEN_AFTER.match(doc.text[m.end:p.start]) or \
                    p.end <= m.start and _BETWEEN_BEFORE.match(doc.text[p.end:m.start]):
                if p.start - m.end < 60 and m.start - p.end < 60:
                    joined[k] = (person_of[id(p)], p.text)
                    break
    role_groups: dict[tuple, _Group] = {}
    for m in role_ms:
        k = keys[id(m)]
        if k in joined:
            g, other = joined[k]
            g.add([m])
            g.note(m.text, "role.apposition", 0.8, other)
            continue
        g = role_groups.get(k)
        if g is None:
            g = role_groups[k] = _Group("PERSON")
            g.name = roles.display(k)
            groups.append(g)
        g.add([m])
        g.note(m.text, "role", 0.8, g.name)


def _slug(s: str) -> str:
    s = compare.fold_ascii(s).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "x"


def _display_name(g: _Group) -> str:
    if g.entry is not None:
        return g.entry.name
    if g.name:
        return g.name
    counts = Counter(m.text for m in g.mentions if m.rule != "role")
    if not counts:
        counts = Counter(m.text for m in g.mentions)
    if g.kind == "PERSON":
        return max(counts.items(), key=lambda kv: (len(compare.analyse(kv[0]).tokens)
                                                   + len(compare.analyse(kv[0]).initials), kv[1], -len(kv[0])))[0]
    return max(counts.items(), key=lambda kv: (kv[1], -len(kv[0])))[0]


def _entities(groups: list[_Group]) -> list[Entity]:
    out: list[Entity] = []
    used: set[str] = set()
    for g in sorted((g for g in groups if g.mentions), key=lambda g: g.order):
        if g.entry is not None:
            label = g.entry.type
        elif g.kind == "PLACE":
            label = typing.fine_label("PLACE", g.labels, g.place)
        else:
            label = g.kind
        name = _display_name(g)
        base = f"{label.lower()}-{_slug(name)}"
        eid, n = base, 2
        while eid in used:
            eid, n = f"{base}-{n}", n + 1
        used.add(eid)
        aliases: list[str] = []
        for m in sorted(g.mentions, key=_pos):
            m.entity = eid
            m.label = label
            if m.text not in aliases:
                aliases.append(m.text)
        merges = [g.merges[a] for a in aliases if a in g.merges and a != name
                  and not (g.merges[a].rule == "spelling" and form_key(a) == form_key(name))]
        for mg in merges:
            if mg.rule == "spelling":
                mg.other = name
        e = Entity(id=eid, type=label, name=name, aliases=aliases, merges=merges,
                   wikidata=g.entry.wikidata if g.entry else None)
        if merges:
            e.rule = min(merges, key=lambda x: x.confidence).rule
        if g.place is not None and g.place.latitude is not None:
            e.latitude, e.longitude = g.place.latitude, g.place.longitude
        out.append(e)
    return out
