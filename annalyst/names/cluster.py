"""Grouping distinct person names into people.

Why this shape:
- We compare *distinct surface forms*, never all mentions (fast on big corpora), and only
  forms that share a blocking key (a token's syllables, skeleton or folded spelling).
- Full names (two words or more, or a one-word name that is nobody's surname here) are
  merged by ``compare.name_match`` with union-find, strongest evidence first, and a merge
  is refused when it would put two conflicting full names (same family name, different given
  names) into one cluster.
- A bare family name ("Chiang", "Hsu") is never a node of that graph — that is how two
  Chiangs end up merged. Each of its mentions is attached afterwards to the one compatible
  cluster present in its document (the nearest preceding one when there are several),
  else to the only compatible cluster of the corpus, else left unresolved.
- A merge on sound alone (a phonetic likeness, a back-transliteration) is refused between names
  that only occur in documents of different times (``apart``): "Hartmann" in a text on 1890 and
  "Hardman" in one on 1950 sound alike but are two people.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Callable, Optional

from ..model import Mention
from . import compare, romanize


@dataclass
class Node:
    """One distinct person name and where it occurs."""

    key: str
    text: str  # most frequent spelling
    name: compare.Name
    mentions: list[Mention] = field(default_factory=list)
    locked: Optional[int] = None  # index of the user alias entry that owns it


class UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.members: dict[int, list[int]] = {i: [i] for i in range(n)}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> int:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra].extend(self.members.pop(rb))
        return ra


def blocking_keys(n: compare.Name) -> set[str]:
    keys = set()
    for t, is_zh in zip(n.tokens, n.chinese):
        if is_zh:
            for r in romanize.syllabify(t):
                for p in r[0]:
                    keys.add(f"z:{len(r)}:{p}")
        else:
            keys.add("f:" + compare.japanese_fold(t))
            keys.add("s:" + compare.skeleton(t))
    if len(n.tokens) >= 2 and n.all_chinese:
        keys.add("s:" + compare.skeleton("".join(n.tokens)))
    return keys


@dataclass
class Link:
    """Why node ``a`` joined node ``b``."""

    a: int
    b: int
    rule: str
    confidence: float


#: below this confidence a link rests on sound alone (compare.token_match's "phonetic", "backtransliteration")
SOUND_ONLY = 0.8


def cluster_full(nodes: list[Node], apart: Optional[Callable[[set[str], set[str]], bool]] = None
                 ) -> tuple[UnionFind, list[Link]]:
    """Merge full names; returns the union-find over ``nodes`` and the accepted links.
    ``apart(docs_a, docs_b)``: the two sets of documents tell of different times (no sound-only merge)."""
    uf = UnionFind(len(nodes))
    links: list[Link] = []
    first_of: dict[int, int] = {}
    for i, nd in enumerate(nodes):  # the user's alias file first: its entries are merged as given
        if nd.locked is not None:
            if nd.locked in first_of:
                uf.union(first_of[nd.locked], i)
                links.append(Link(first_of[nd.locked], i, "user.alias", 1.0))
            else:
                first_of[nd.locked] = i
    index: dict[str, list[int]] = {}
    for i, nd in enumerate(nodes):
        for k in blocking_keys(nd.name):
            index.setdefault(k, []).append(i)
    pairs: dict[tuple[int, int], tuple[str, float]] = {}
    for members in index.values():
        if len(members) > 200:  # a key that common carries no information
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                if (i, j) in pairs:
                    continue
                m = compare.name_match(nodes[i].name, nodes[j].name)
                if m:
                    pairs[(i, j)] = m
    for (i, j), (rule, conf) in sorted(pairs.items(), key=lambda kv: -kv[1][1]):
        ri, rj = uf.find(i), uf.find(j)
        if ri == rj:
            continue
        li = {nodes[k].locked for k in uf.members[ri]} - {None}
        lj = {nodes[k].locked for k in uf.members[rj]} - {None}
        if li and lj and li != lj:
            continue  # the user said these are different entities
        if any(compare.conflict(nodes[a].name, nodes[b].name) for a in uf.members[ri] for b in uf.members[rj]):
            continue
        if apart is not None and conf < SOUND_ONLY and apart(_documents(nodes, uf.members[ri]),
                                                               _documents(nodes, uf.members[rj])):
            continue
        uf.union(i, j)
        links.append(Link(i, j, rule, conf))
    return uf, links


def _documents(nodes: list[Node], members: list[int]) -> set[str]:
    return {m.document for k in members for m in nodes[k].mentions}


@dataclass
class Attachment:
    cluster: Optional[int]  # root index, or None (unresolved)
    rule: str
    confidence: float
    other: Optional[str] = None


def _family_name_of(bare: Node, nodes: list[Node], uf: UnionFind, root: int) -> bool:
    """Is the bare word the family name of someone in the cluster, not just their first word? In a document
    that names nobody in full, a bare "Leonidas" is no clue to a man of another document who bore it as his
    given name ("Leonidas Polk"); a Chinese family name put first ("Chiang Kai-shek") still is."""
    return any(compare.surname_fits(bare.name, nodes[k].name, chinese_first_only=True) for k in uf.members[root])


def attach_bare(bare: Node, nodes: list[Node], uf: UnionFind) -> dict[int, Attachment]:
    """Attach each mention (by id) of a bare family name to a full-name cluster, or not."""
    compat: dict[int, tuple[str, float, str]] = {}
    for i, nd in enumerate(nodes):
        if len(nd.name.tokens) < 2 and not nd.name.initials:
            continue
        m = compare.surname_fits(bare.name, nd.name)
        if m:
            r = uf.find(i)
            if r not in compat or m[1] > compat[r][1]:
                compat[r] = (m[0], m[1], nd.text)
    out: dict[int, Attachment] = {}
    if not compat:
        return out
    # positions of every compatible cluster's full-name mentions, per document
    pos: dict[str, list[tuple[int, int]]] = {}
    titles: dict[int, set[str]] = {}
    for r in compat:
        for k in uf.members[r]:
            for mm in nodes[k].mentions:
                pos.setdefault(mm.document, []).append((mm.start, r))
                if mm.title:
                    titles.setdefault(r, set()).add(mm.title)
    for v in pos.values():
        v.sort()
    for m in bare.mentions:
        here = pos.get(m.document, [])
        in_doc = {r for _, r in here}
        att: Optional[Attachment] = None
        if m.title:
            same = [r for r in compat if m.title in titles.get(r, ())]
            if len(same) == 1:
                att = Attachment(same[0], "surname.title", 0.85)
        if att is None and len(in_doc) == 1:
            att = Attachment(next(iter(in_doc)), "surname.context", 0.9)
        elif att is None and in_doc:
            # "Chiang warned Chiang Kai-shek": a bare name beside another full name of the same
            # sentence is somebody else, if only one other candidate is left.
            same_sentence = {r for r in in_doc for k in uf.members[r] for mm in nodes[k].mentions
                             if mm.document == m.document and m.sentence is not None and mm.sentence == m.sentence}
            rest = in_doc - same_sentence
            if same_sentence and len(rest) == 1:
                att = Attachment(next(iter(rest)), "surname.other_than_sentence", 0.6)
        if att is None and len(in_doc) > 1:
            i = bisect_left(here, (m.start, -1))
            if i > 0:
                att = Attachment(here[i - 1][1], "surname.nearest_preceding", 0.7)
            else:
                att = Attachment(here[0][1], "surname.nearest_following", 0.5)
        elif att is None and len(compat) == 1 and _family_name_of(bare, nodes, uf, next(iter(compat))):
            att = Attachment(next(iter(compat)), "surname.corpus", 0.6)
        if att is not None:
            rule, conf, other = compat[att.cluster]
            att.confidence = round(min(att.confidence, conf), 2)
            att.other = other
            if rule != "exact":
                att.rule += "+" + rule
            out[id(m)] = att
    return out
