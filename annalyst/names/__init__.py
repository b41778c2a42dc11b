"""Entity resolution: one entity per person, place and organisation across spellings,
titles and documents.

Public interface used by the pipeline:

- ``resolve(mentions, documents, *, aliases=None) -> list[Entity]``: drops junk mentions
  (in place), corrects ``mention.label`` by corpus-wide evidence, sets ``mention.entity`` for
  every mention kept and returns the entities, each with the reason of every non-exact merge.

Order of work (why): names the NER model missed are recovered first (``recover``: a name
tagged somewhere and untagged elsewhere, a strong place name); the editors' notes of a TEI
volume are read (``notes``: "the German Ambassador" + note "Oskar Trautmann."; the office
phrase or family name before a note becomes a mention if the model missed it); then the
user's alias file (it overrides everything); then one type per distinct name (``typing``:
NER votes, titles, the parse context mentions.py read, the name's shape, a note naming the
person, and — in a second pass — whether it is the family name of a person named in full
elsewhere); then people (``cluster``: full names, then bare family names attached in
context); what the notes say (the note's full name an alias of the person it identifies);
titles used alone — "the Generalissimo" — joined to the person a note or the text puts
beside them, else to the one person the corpus (text or notes) shows with that title;
places (``gazetteer``), roles (``roles``: joined to the holder the text names
in apposition or a note names, else one entity per nationality, office and post), everything else by exact
name. Nothing is linked on general knowledge the corpus does not state; the user's alias
file supplies that. Only distinct surface forms are compared, so the cost grows with the vocabulary of
names, not with the number of mentions.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Optional

from ..mentions import titles
from ..model import Document, Entity, Merge, Mention
from . import aliases as aliases_mod
from . import cluster, compare, notes, recover, roles, typing
from .aliases import form_key
from .gazetteer import Place

__all__ = ["resolve"]

_WORD = re.compile(r"\b[a-z][a-z'-]+\b")


class _Group:
    """An entity under construction."""

    __slots__ = ("kind", "mentions", "merges", "entry", "place", "name", "labels", "order", "extra")

    def __init__(self, kind: str) -> None:
        self.kind = kind  # PERSON | PLACE | ORG | NORP | ... (coarse)
        self.mentions: list[Mention] = []
        self.merges: dict[str, Merge] = {}
        self.entry: Optional[aliases_mod.AliasEntry] = None
        self.place: Optional[Place] = None
        self.name: Optional[str] = None
        self.labels: Counter = Counter()
        self.order = 10**12
        self.extra: list[str] = []  # spellings read outside the text (an editor's note), no mention

    def add(self, ms: list[Mention]) -> None:
        self.mentions.extend(ms)
        for m in ms:
            self.labels[m.ner_label or m.label] += 1
            self.order = min(self.order, _pos(m))

    def note(self, alias: str, rule: str, confidence: float, other: Optional[str]) -> None:
        if alias not in self.merges or confidence > self.merges[alias].confidence:
            self.merges[alias] = Merge(alias, rule, round(confidence, 2), other)

    def alias(self, alias: str, rule: str, confidence: float, other: Optional[str]) -> None:
        """A spelling of this entity that no mention of the text has ("Oskar Trautmann" in a note)."""
        if alias not in self.extra:
            self.extra.append(alias)
        self.note(alias, rule, confidence, other)


_doc_rank: dict[str, int] = {}


def _pos(m: Mention) -> int:
    return _doc_rank.get(m.document, 0) * 10**9 + m.start


def _keep(m: Mention) -> bool:
    """Junk the NER produces: fragments starting in lower case ("for Foreign Affairs"), but not a
    surname that opens with its particle ("de Lattre", "von Moltke")."""
    t = m.text.strip()
    if not t or not any(c.isalpha() for c in t):
        return False
    if t[0].islower() and (m.ner_label or m.label) != "NORP":
        first, _, rest = t.partition(" ")
        return ((m.ner_label or m.label) == "PERSON" or bool(m.title)) and first in compare.PARTICLES \
            and rest[:1].isupper()
    return True


def resolve(mentions: list[Mention], documents: list[Document], *,
            aliases: Optional[Path] = None, periods: Optional[dict[str, tuple[int, int]]] = None) -> list[Entity]:
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
    # names the NER missed: known names untagged elsewhere, strong place names (recover.py)
    extra_forms = {f: e.type for e in entries for f in e.forms()}
    mentions.extend(recover.recover(mentions, documents, lowercase_words, extra_forms, titles()))
    # editors' notes (TEI): who a name or an office right before a note is (names/notes.py)
    idents = notes.identify(documents, mentions, lowercase_words, _bare_titles())
    named_by_note = {form_key(i.mention.text) for i in idents if not i.by_office}

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

    decided: list[list] = []  # [form key, mentions, text, evidence, type, alias entry]
    for key, ms in by_form.items():
        text = Counter(m.text for m in ms).most_common(1)[0][0]
        form_text[key] = text
        ev = typing.collect(text, ms, texts, lowercase_words)
        if key in named_by_note:  # an editor's note gives this name as a person's: as strong as a title
            ev.votes["PERSON"] += 3.0
            ev.reasons.append("typing.editor_note")
        kind, _ = typing.decide(text, ev, lowercase_words)
        entry_i = user.get(key)
        if entry_i is not None:
            kind = typing.coarse(entries[entry_i].type)
        decided.append([key, ms, text, ev, kind, entry_i])
    _event_places(decided, lowercase_words)
    _surname_votes(decided, lowercase_words)

    for key, ms, text, ev, kind, entry_i in decided:
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

    person_groups, root_group, title_only = _resolve_people(person_nodes, entries, groups, periods or {})
    holder_of, titles_seen = _read_notes(idents, documents, person_groups, groups, lowercase_words)
    _resolve_titles(title_only, root_group, person_groups, docs, groups, holder_of, titles_seen, periods or {})
    _resolve_roles(role_ms, docs, groups, person_groups, holder_of)
    return _entities(groups)


def _event_places(decided: list[list], lowercase_words: set[str]) -> None:
    """A name that is the place of an event name elsewhere in the corpus ("Teruel" beside
    "Battle of Teruel", "Ebro" beside "Battle of the Ebro") gets 1.5 more place votes, and its
    type is decided again (typing.event_place)."""
    by_text = {row[2]: row for row in decided}
    for row in list(decided):
        where = typing.event_place(row[2])
        other = by_text.get(where) if where else None
        if other is None or other is row or other[5] is not None:
            continue
        other[3].votes["PLACE"] += 1.5
        other[3].reasons.append("typing.event_place")
        other[4], _ = typing.decide(other[2], other[3], lowercase_words)


def _surname_votes(decided: list[list], lowercase_words: set[str]) -> None:
    """A one-word name not typed PERSON that is the family name (first or last word) of a
    full name typed PERSON elsewhere in the corpus gets one more PERSON vote, and its type is
    decided again. Places the gazetteer knows well, demonyms, organisation words and words
    also written in lower case are left alone ("Washington" beside "George Washington")."""
    ends: set[str] = set()
    for _, _, text, _, kind, _ in decided:
        if kind == "PERSON":
            n = compare.analyse(text)
            if len(n.tokens) >= 2:
                ends.update((n.tokens[0], n.tokens[-1]))
    if not ends:
        return
    for row in decided:
        key, ms, text, ev, kind, entry_i = row
        if kind == "PERSON" or entry_i is not None or " " in text.strip():
            continue
        n = compare.analyse(text)
        if not n.single or n.tokens[0] not in ends or text.lower() in lowercase_words:
            continue
        if (ev.place and ev.place.strong) or typing.is_demonym(text) or typing._ORG_WORDS.search(text):
            continue
        ev.votes["PERSON"] += 1.0
        ev.reasons.append("typing.surname_in_corpus")
        row[4], _ = typing.decide(text, ev, lowercase_words)


def _bare_titles() -> set[str]:
    """Titles in lower case, without full stop: a mention that is only one is a bare title."""
    return {t.rstrip(".").lower() for t in titles()}


def _resolve_people(nodes: list[cluster.Node], entries, groups: list[_Group],
                    periods: dict[str, tuple[int, int]]) -> tuple[dict[int, _Group], dict[int, _Group], list[cluster.Node]]:
    """Cluster person names: returns id(mention) -> group for every person mention but bare
    titles, the groups of full-name clusters (by union-find root), and the bare-title nodes."""
    titles = _bare_titles()
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
    def apart(docs_a: set[str], docs_b: set[str]) -> bool:
        return not docs_a & docs_b and not any(_same_period(d, docs_b, periods) for d in docs_a)

    uf, links = cluster.cluster_full(full, apart)
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
    return by_mention, root_group, title_only


def _read_notes(idents: list[notes.Identification], documents: list[Document], person_of: dict[int, _Group],
                groups: list[_Group], lowercase_words: set[str]
                ) -> tuple[dict[int, tuple[_Group, str, str]], dict[str, dict[int, tuple[_Group, str]]]]:
    """What editors' notes say (names/notes.py): the note's name becomes an alias of the person
    it identifies; an office or bare title right before the note gets that person as its
    holder (a new entity when the corpus names nobody of that name); every "Title Name" of a
    note is evidence of who carries the title.

    Returns id(office or bare-title mention) -> (person, note, the note's name), and title (lower case) ->
    {id(person): (person, the evidence)}.
    """
    holder_of: dict[int, tuple[_Group, str, str]] = {}
    titles_seen: dict[str, dict[int, tuple[_Group, str]]] = defaultdict(dict)
    if not any(d.notes for d in documents):
        return holder_of, titles_seen
    people = {id(g): g for g in person_of.values()}.values()
    index = notes.PersonIndex(lambda m: person_of.get(id(m)), (m for g in people for m in g.mentions))
    read_up_to: dict[int, int] = {}
    for it in idents:
        rid = f"editor's note {it.note.id or it.note.n or ''}".strip()
        name = it.person.name
        if it.by_office:
            g = index.holder(name, it.document, it.note.anchor)
            if g is None:
                g = _Group("PERSON")
                g.name = name
                groups.append(g)
                index.add(name, g, it.document, it.note.anchor)
            holder_of[id(it.mention)] = (g, rid, name)
        else:
            g = person_of.get(id(it.mention))
            if g is None:
                continue
        g.alias(name, "editor.note", 0.95, rid)
        for text in {m.text for m in g.mentions if m.rule != "role"} - set(g.merges):
            g.note(text, "editor.note", 0.95, rid)  # the note's name may become the display name
        for t in it.person.titles:
            titles_seen[t.lower()].setdefault(id(g), (g, f"{t} {name} ({rid})"))
        read_up_to[id(it.note)] = it.person.end
    for d in documents:
        for note in d.notes:
            for t, name in notes.title_pairs(note.text, lowercase_words, read_up_to.get(id(note), 0)):
                g = index.holder(name, d.id, note.anchor)
                if g is not None:
                    titles_seen[t.lower()].setdefault(id(g), (g, f"{t} {name} (editor's note {note.id or note.n})"))
    return holder_of, titles_seen


def _resolve_titles(title_only: list[cluster.Node], root_group: dict[int, _Group], by_mention: dict[int, _Group],
                    docs: dict[str, Document], groups: list[_Group], holder_of: dict[int, tuple[_Group, str, str]],
                    titles_seen: dict[str, dict[int, tuple[_Group, str]]],
                    periods: dict[str, tuple[int, int]]) -> None:
    """A title used alone ("the Generalissimo"): the person an editor's note or the text puts
    beside it ("the Generalissimo, Chiang Kai-shek,"), else the one person seen with that title
    anywhere in the corpus ("Generalissimo Chiang", in the text or in a note), if only one;
    several holders or none: left alone, never bridging two people. A document of another time
    (``periods``: the years each document's dates span) does not share the holder: "the King" of a
    text on 1789 is not the king a text on 1776 names."""
    persons_by_doc: dict[str, list[Mention]] = defaultdict(list)
    for g in {id(g): g for g in by_mention.values()}.values():
        for m in g.mentions:
            persons_by_doc[m.document].append(m)
    for t in title_only:
        want = t.text.rstrip(".").lower()
        beside: dict[int, tuple[_Group, str, str, float]] = {}
        for m in t.mentions:
            if id(m) in holder_of:
                g, rid, _ = holder_of[id(m)]
                beside[id(g)] = (g, rid, "editor.note", 0.95)
                continue
            doc = docs.get(m.document)
            p = _holder_beside(m, doc, persons_by_doc.get(m.document, ())) if doc is not None else None
            if p is not None:
                g = by_mention[id(p)]
                beside.setdefault(id(g), (g, p.text, "title.apposition", 0.8))
        if len(beside) == 1:
            g, other, rule, conf = next(iter(beside.values()))
            g.add(t.mentions)
            g.note(t.text, rule, conf, other)
            for m in t.mentions:
                by_mention[id(m)] = g
            continue
        owners = {id(g): (g, g.mentions[0].text) for g in root_group.values()
                  if any((m.title or "").lower() == want for m in g.mentions)}
        for gid, seen in titles_seen.get(want, {}).items():
            owners.setdefault(gid, seen)
        if len(beside) > 1:
            owners = {}  # the text names different holders: do not guess
        if len(owners) == 1:
            g, other = next(iter(owners.values()))
            held = {m.document for m in g.mentions}
            near, far = [], []
            for m in t.mentions:
                (near if _same_period(m.document, held, periods) else far).append(m)
            if near:
                g.add(near)
                g.note(t.text, "title.unique", 0.6, other)
                for m in near:
                    by_mention[id(m)] = g
            if far:
                lone = _Group("PERSON")
                groups.append(lone)
                lone.add(far)
                for m in far:
                    by_mention[id(m)] = lone
            continue
        g = _Group("PERSON")
        groups.append(g)
        g.add(t.mentions)
        for m in t.mentions:
            by_mention[id(m)] = g


def _same_period(doc: str, others: set[str], periods: dict[str, tuple[int, int]]) -> bool:
    """``doc`` is one of ``others`` or its dates' years overlap one of theirs (unknown years: yes)."""
    if doc in others or doc not in periods:
        return True
    lo, hi = periods[doc]
    return any(o not in periods or (periods[o][0] <= hi and lo <= periods[o][1]) for o in others)


_QUALIFIED = r"(?:\s+(?:in|at|to)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?"
_BETWEEN_AFTER = re.compile(r"^" + _QUALIFIED + r"(?P<sep>\s*[,(]\s*|\s+)$")
_BETWEEN_BEFORE = re.compile(r"^\s*,\s*(?:the\s+)?$")
_CLOSED = re.compile(r"^\s*(?:[,;:.)]|$)")
_ROLE_CLOSED = re.compile(r"^" + _QUALIFIED + r"\s*(?:[,;:.)]|$)")


def _holder_beside(m: Mention, doc: Document, persons: list[Mention]) -> Optional[Mention]:
    """The person the text names right beside role mention ``m``, as an apposition that is
    closed on both sides: "Trautmann, the German Ambassador, said", "the British Ambassador
    (Lindsay)", "the Chinese ambassador to the Soviet Union, Jiang Tinghuang, from", or the
    role used as a title ("German Ambassador Trautmann"). "... by the German Ambassador,
    Chiang Kai-shek replied" is two clauses, not an apposition."""
    text = doc.text
    for p in persons:
        if p.start >= m.end and p.start - m.end < 60:
            b = _BETWEEN_AFTER.match(text[m.end:p.start])
            if b:
                sep = b.group("sep")
                after = text[p.end:p.end + 3]
                if "(" in sep and after.lstrip().startswith(")") or "," in sep and _CLOSED.match(after) \
                        or not sep.strip() and p.title:
                    return p
        if p.end <= m.start and m.start - p.end < 60 and _BETWEEN_BEFORE.match(text[p.end:m.start]) \
                and _ROLE_CLOSED.match(text[m.end:m.end + 80]):
            return p
    return None


def _year(doc: Optional[Document]) -> Optional[str]:
    return doc.date[:4] if doc is not None and doc.date and doc.date[:4].isdigit() else None


def _resolve_roles(role_ms: list[Mention], docs: dict[str, Document], groups: list[_Group],
                   person_of: dict[int, _Group], holder_of: dict[int, tuple[_Group, str, str]]) -> None:
    """Roles become one entity per (nationality, office, post), or join the person the corpus
    names as the holder.

    Holders come only from the corpus: a name in apposition or in brackets beside a role
    mention, or an editor's note right after it (``holder_of``: "the German Ambassador" +
    "Oskar Trautmann."). A role key with one holder in the corpus joins that person in every document of
    the same year (offices change hands; undated documents count as the same year); a key
    with different holders joins each only where the corpus names it; elsewhere the role stays
    an entity of its own — we never guess.
    """
    if not role_ms:
        return
    persons_by_doc: dict[str, list[Mention]] = defaultdict(list)
    for g in {id(g): g for g in person_of.values()}.values():
        for m in g.mentions:
            persons_by_doc[m.document].append(m)
    for v in persons_by_doc.values():
        v.sort(key=lambda m: m.start)
    keys: dict[int, tuple] = {}
    # key -> holder group id -> (group, holder text, years seen, documents seen, evidence rules)
    holders: dict[tuple, dict[int, tuple[_Group, str, set, set, set]]] = defaultdict(dict)
    for m in role_ms:
        doc = docs.get(m.document)
        k = roles.role_key(m, doc)
        keys[id(m)] = k
        if doc is None:
            continue
        p = _holder_beside(m, doc, persons_by_doc.get(m.document, ()))
        if p is not None:
            g, text, rule = person_of[id(p)], p.text, "role.apposition"
        elif id(m) in holder_of:
            g, _, text = holder_of[id(m)]
            rule = "role.note"
        else:
            continue
        h = holders[k].setdefault(id(g), (g, text, set(), set(), set()))
        h[2].add(_year(doc))
        h[3].add(m.document)
        h[4].add(rule)
    role_groups: dict[tuple, _Group] = {}
    for m in role_ms:
        if id(m) in holder_of:  # the editors say who this is, here
            g, rid, _ = holder_of[id(m)]
            g.add([m])
            g.note(m.text, "editor.note", 0.95, rid)
            continue
        k = keys[id(m)]
        hs = list(holders.get(k, {}).values())
        chosen = None
        here = [h for h in hs if m.document in h[3]]
        if len(here) == 1:
            chosen = here[0]
        elif len(hs) == 1:
            y = _year(docs.get(m.document))
            if y is None or None in hs[0][2] or y in hs[0][2]:
                chosen = hs[0]
        if chosen is not None:
            g, other = chosen[0], chosen[1]
            g.add([m])
            if "role.apposition" in chosen[4]:
                g.note(m.text, "role.apposition", 0.8, other)
            else:
                g.note(m.text, "role.note", 0.75, other)
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
    if g.kind == "PERSON":  # a fuller name an editor's note gives ("Oskar Trautmann" for "Trautmann")
        counts.update({a: 1 for a in g.extra if a not in counts})
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
        aliases.extend(a for a in g.extra if a not in aliases)
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
