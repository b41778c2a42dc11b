"""The self-contained HTML report: one file, every view, no network.

``write_report(corpus, path)`` writes a single HTML page holding the corpus as
JSON, the browser libraries (inlined from node_modules at build time) and our
own script and stylesheet. A Content-Security-Policy with ``default-src
'none'`` forbids the page every network request, and scripts run only if
their hash is one we computed here: text from the documents is untrusted, and
even a slip in escaping could not run it.
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Union

from ..model import Corpus
from .assets import AssetsMissing, load_assets  # noqa: F401  (AssetsMissing is part of the API)
from .payload import build_payload

_HERE = Path(__file__).resolve().parent
_TEMPLATE = _HERE / "templates" / "report.html"
_CSS = _HERE / "static" / "report.css"
_JS = _HERE / "static" / "report.js"

__all__ = ["write_report", "build_html", "AssetsMissing"]


def json_for_script(data) -> str:
    """JSON that can sit inside a <script> element whatever the strings in it say.

    ``<``, ``>`` and ``&`` become \\u escapes, so no ``</script>`` or ``<!--`` can
    appear; U+2028/2029 are escaped too for old JavaScript parsers.
    """
    s = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _esc(text: str) -> str:
    import html

    return html.escape(text, quote=True)


def build_html(corpus: Corpus) -> str:
    """The whole report as one string."""
    assets = load_assets()
    payload = build_payload(corpus)
    payload["meta"]["generated"] = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    try:
        from .. import __version__
    except ImportError:  # pragma: no cover - only during partial checkouts
        __version__ = "?"
    payload["meta"]["version"] = __version__
    payload["meta"]["libs"] = {a.name: a.version for a in assets.values() if a.kind == "js"}
    scripts = [assets["vis-timeline"].text, assets["cytoscape"].text, assets["leaflet"].text,
               assets["topojson-client"].text, _JS.read_text(encoding="utf-8")]
    csp = ("default-src 'none'; script-src " + " ".join(_sha(s) for s in scripts)
           + "; style-src 'unsafe-inline'; img-src data:; font-src data:; connect-src 'none'; "
             "base-uri 'none'; form-action 'none'")
    title = payload["meta"]["title"] or f"{len(corpus.documents)} documents"
    body = "\n".join(f"<script>{s}</script>" for s in scripts)
    page = _TEMPLATE.read_text(encoding="utf-8")
    # World shapes are not ours to trust either; escape them like the corpus.
    world = json_for_script(json.loads(assets["world-atlas"].text))
    # The CSP has no double quotes, so only <>& need escaping; its single quotes must stay as they are.
    values = {"CSP": _esc(csp).replace("&#x27;", "'"), "TITLE": _esc(f"annalyst — {title}"),
              "LIBCSS": assets["leaflet-css"].text,
              "CSS": _CSS.read_text(encoding="utf-8").replace("</style", "<\\/style"),
              "DATA": json_for_script(payload), "WORLD": world, "SCRIPTS": body}
    # One pass over the template: text put in is never scanned again for placeholders.
    page = re.sub(r"@@([A-Z]+)@@", lambda m: values[m.group(1)], page)
    return page


def write_report(corpus: Corpus, path: Union[str, Path]) -> Path:
    """Write ``path`` (usually ``out/report.html``); raises AssetsMissing if the libraries are not installed."""
    path = Path(path)
    html = build_html(corpus)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(path)
    return path
