"""The report file itself: one self-contained page, data escaped, libraries inlined from node_modules."""
from __future__ import annotations

import json
import re

import pytest

from annalyst.report import AssetsMissing, build_html, json_for_script, write_report
from annalyst.report.assets import find_node_modules
from annalyst.report.payload import build_payload
from report_fixtures import FRUS_TEXT, PAYLOADS, hostile_corpus, seed_corpus

needs_assets = pytest.mark.skipif(find_node_modules() is None,
                                  reason="node_modules not installed (run `make setup`)")


def test_json_for_script_cannot_close_the_element():
    s = json_for_script({"a": "</script><!-- & \u2028"})
    assert "<" not in s and ">" not in s and "&" not in s and "\u2028" not in s
    assert json.loads(s) == {"a": "</script><!-- & \u2028"}


def test_payload_links_by_index_and_resolves_dates():
    c = seed_corpus()
    p = build_payload(c)
    assert p["meta"]["n_evs"] == len(c.events) and p["meta"]["first"] == "1937-04-01"
    chiang = next(i for i, e in enumerate(p["ents"]) if e["id"] == "e1")
    ev = next(e for e in p["evs"] if e["id"] == "ev14")
    assert ev["src"] == [chiang] and ev["iv"] == ["1937-11-30", "1937-11-30", "day"]
    undated = next(e for e in p["evs"] if e["id"] == "ev9")
    assert undated["iv"] is None
    assert all(p["docs"][m[0]]["text"][m[1]:m[2]] for m in p["ments"])


@needs_assets
def test_report_is_one_offline_file(tmp_path):
    out = write_report(seed_corpus(), tmp_path / "r" / "report.html")
    html = out.read_text(encoding="utf-8")
    # Nothing is fetched: no src/href to another file or host, and the CSP forbids it anyway.
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", html, re.I)
    assert "default-src 'none'" in html and "connect-src 'none'" in html
    assert "sourceMappingURL" not in html
    for lib in ("vis-timeline", "cytoscape", "leaflet", "topojson"):
        assert lib in html.lower()
    assert html.count("<script") == 7  # two JSON islands, four libraries, our code


@needs_assets
def test_document_text_never_lands_raw_in_the_page(tmp_path):
    html = build_html(hostile_corpus())
    for p in PAYLOADS:
        assert p not in html or not any(ch in p for ch in "<>&"), p
    assert "window.__pwned" in html  # the payload is there, but only as escaped JSON
    data = html.split('id="annalyst-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and json.loads(data)["docs"][0]["title"] == PAYLOADS[0]


def test_missing_assets_say_how_to_fix(monkeypatch, tmp_path):
    monkeypatch.setenv("ANNALYST_ASSETS", str(tmp_path / "nowhere"))
    with pytest.raises(AssetsMissing, match="make setup"):
        write_report(seed_corpus(), tmp_path / "report.html")
    assert not (tmp_path / "report.html").exists()


@needs_assets
def test_assets_override_points_at_another_node_modules(monkeypatch, tmp_path):
    monkeypatch.setenv("ANNALYST_ASSETS", str(find_node_modules()))
    assert "cytoscape" in build_html(seed_corpus())


def test_payload_keeps_participants_the_text_only_describes():
    # FRUS d19: "My informant said ..." — nobody is named, the description stands in the role
    import annalyst
    c = annalyst.extract([str(FRUS_TEXT / "d19.txt")])
    p = build_payload(c)
    ev = next(e for e in p["evs"] if e["desc"])
    assert ev["desc"] == [["source", "informant"]] and ev["src"] == []
    assert all(len(e["desc"]) == len(next(x for x in c.events if x.id == e["id"]).described) for e in p["evs"])
