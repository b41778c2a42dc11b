"""Find the browser libraries the report inlines, and read them.

The report must open offline, so the JavaScript libraries are copied *into*
the HTML at build time. They come from the project's own ``node_modules/``
(installed by ``make setup`` from package.json) and are never committed.
``ANNALYST_ASSETS`` points at another ``node_modules`` directory when the
package is installed elsewhere (a wheel, a site-packages tree).
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

ENV = "ANNALYST_ASSETS"

#: (name, path inside node_modules, kind). Only minified, self-contained builds: no modules, no workers.
FILES = (
    ("vis-timeline", "vis-timeline/standalone/umd/vis-timeline-graph2d.min.js", "js"),
    ("cytoscape", "cytoscape/dist/cytoscape.min.js", "js"),
    ("leaflet", "leaflet/dist/leaflet.js", "js"),
    ("leaflet-css", "leaflet/dist/leaflet.css", "css"),
    ("topojson-client", "topojson-client/dist/topojson-client.min.js", "js"),
    ("world-atlas", "world-atlas/countries-110m.json", "json"),
)


class AssetsMissing(RuntimeError):
    """The browser libraries are not installed where we looked."""


@dataclass
class Asset:
    name: str
    kind: str
    text: str
    version: str


def _candidates() -> list[Path]:
    env = os.environ.get(ENV)
    if env:
        return [Path(env)]  # an explicit override is never second-guessed
    here = Path(__file__).resolve()
    out = [Path.cwd() / "node_modules"]
    out += [p / "node_modules" for p in here.parents]
    return out


def find_node_modules() -> Optional[Path]:
    """The first directory that holds every file in FILES, or None."""
    for c in _candidates():
        if all((c / rel).is_file() for _, rel, _ in FILES):
            return c
    return None


def _version(root: Path, rel: str) -> str:
    import json

    pkg = rel.split("/")[0]
    try:
        return json.loads((root / pkg / "package.json").read_text(encoding="utf-8")).get("version", "?")
    except (OSError, ValueError):
        return "?"


def _clean_js(text: str) -> str:
    """Make a library safe to sit inside <script>…</script> and quiet offline.

    Source-map comments would make devtools try to fetch a file that is not
    there; a literal ``</script`` would end our script element early.
    """
    text = re.sub(r"//[#@] sourceMappingURL=\S+", "", text)
    return text.replace("</script", "<\\/script").replace("<!--", "<\\!--")


def _clean_css(text: str) -> str:
    # Leaflet's icon sprites are files next to the CSS; we draw only vector shapes, so drop the references.
    text = re.sub(r"url\(images/[^)]*\)", "none", text)
    text = re.sub(r"/\*# sourceMappingURL=[^*]*\*/", "", text)
    return text.replace("</style", "<\\/style")


def load_assets() -> dict[str, Asset]:
    """Read every library the report needs, or raise AssetsMissing with how to fix it."""
    root = find_node_modules()
    if root is None:
        looked = ", ".join(str(c) for c in _candidates()[:4])
        missing = [rel for _, rel, _ in FILES]
        raise AssetsMissing(
            "The report's browser libraries are not installed. Run `make setup` (or `npm ci`) in the annalyst "
            f"checkout, or set {ENV} to a node_modules directory that holds: {', '.join(missing)}. "
            f"Looked in: {looked}")
    out = {}
    for name, rel, kind in FILES:
        text = (root / rel).read_text(encoding="utf-8")
        if kind == "js":
            text = _clean_js(text)
        elif kind == "css":
            text = _clean_css(text)
        out[name] = Asset(name, kind, text, _version(root, rel))
    return out
