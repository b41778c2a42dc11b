"""Exports: each format is read back the way its tool would read it."""
from __future__ import annotations

import csv
import io
import json
import re
import zipfile

import networkx as nx
import pytest
from lxml import etree

from annalyst.export import FORMATS, UnknownFormat, export
from annalyst.export.dates import interval
from report_fixtures import PAYLOADS, hostile_corpus, seed_corpus

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
W3C = re.compile(r"^-?\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}:\d{2})?)?)?$")


@pytest.fixture(scope="module")
def corpus():
    return seed_corpus()


def test_formats_listed_and_unknown_refused(tmp_path, corpus):
    assert set(FORMATS) == {"json", "csv", "timelinejs", "gexf", "tei", "geojson"}
    with pytest.raises(UnknownFormat):
        export(corpus, "docx", tmp_path / "x")


def test_export_into_a_directory_uses_default_names(tmp_path, corpus):
    for fmt in FORMATS:
        out = export(corpus, fmt, tmp_path)
        assert out == tmp_path / FORMATS[fmt] and out.exists()


def test_json_is_the_contract(tmp_path, corpus):
    out = export(corpus, "json", tmp_path / "a.json")
    assert json.loads(out.read_text(encoding="utf-8")) == corpus.to_dict()


def _read_csv(text):
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize("target", ["tables", "tables.zip"])
def test_csv_tables_link_by_id(tmp_path, corpus, target):
    out = export(corpus, "csv", tmp_path / target)
    if out.suffix == ".zip":
        with zipfile.ZipFile(out) as z:
            data = {n: z.read(n).decode("utf-8") for n in z.namelist()}
    else:
        data = {p.name: p.read_text(encoding="utf-8") for p in out.iterdir()}
    assert set(data) == {"documents.csv", "entities.csv", "mentions.csv", "timexes.csv", "events.csv"}
    ents = {r["id"]: r for r in _read_csv(data["entities.csv"])}
    assert len(ents) == len(corpus.entities)
    assert ents["e20"]["coordinates"] == "32.0603,118.7969"  # Palladio's single "lat,lon" column
    assert ents["e20"]["latitude"] == "32.0603"
    assert "Nanking <- postal-romanisation" in ents["e20"]["merge_reasons"]
    ments = _read_csv(data["mentions.csv"])
    assert len(ments) == len(corpus.mentions) and all(m["entity"] in ents for m in ments)
    text = corpus.documents[0].text
    assert all(text[int(m["start"]):int(m["end"])] == m["text"] for m in ments)
    evs = {r["id"]: r for r in _read_csv(data["events.csv"])}
    assert len(evs) == len(corpus.events)
    assert evs["ev4"]["date_start"] == "1937-12-02" and evs["ev4"]["date_certainty"] == "inherited"
    assert evs["ev10"]["date_start"] == "1937-04-01" and evs["ev10"]["date_end"] == "1937-04-30"
    assert evs["ev15"]["source_names"] == "Joseph Stalin|Kliment Voroshilov"
    assert evs["ev9"]["date_start"] == ""  # undated stays empty, never invented


def test_timelinejs_follows_its_format(tmp_path, corpus):
    data = json.loads(export(corpus, "timelinejs", tmp_path / "t.json").read_text(encoding="utf-8"))
    dated = [e for e in corpus.events if interval(e.date)]
    assert len(data["events"]) == len(dated) < len(corpus.events)
    ids = [s["unique_id"] for s in data["events"]]
    assert len(set(ids)) == len(ids)
    allowed = {"year", "month", "day", "hour", "minute"}
    for s in data["events"]:
        for key in ("start_date", "end_date"):
            if key in s:
                d = s[key]
                assert set(d) <= allowed and isinstance(d["year"], int)
                assert 1 <= d.get("month", 1) <= 12 and 1 <= d.get("day", 1) <= 31
        assert s["text"]["headline"] and s["text"]["text"] and s["group"] and s["display_date"]
    by = {s["unique_id"]: s for s in data["events"]}
    assert by["ev4"]["start_date"] == {"year": 1937, "month": 12, "day": 2, "hour": 17, "minute": 0}
    assert by["ev10"]["start_date"] == {"year": 1937, "month": 4}
    assert by["ev10"]["display_date"].startswith("c. ")
    assert "inferred" in by["ev1"]["display_date"] and "inferred" not in by["ev3"]["display_date"]
    assert "Chiang met with Todman" in by["ev4"]["text"]["text"]


def test_timelinejs_escapes_document_text(tmp_path):
    data = json.loads(export(hostile_corpus(), "timelinejs", tmp_path / "t.json").read_text(encoding="utf-8"))
    blob = json.dumps(data)
    assert "<script" not in blob and "<img" not in blob
    assert "&lt;script&gt;" in blob


def test_gexf_loads_back_with_typed_dated_edges(tmp_path, corpus):
    out = export(corpus, "gexf", tmp_path / "n.gexf")
    g = nx.read_gexf(out)
    assert g.number_of_nodes() == len(corpus.entities)
    assert g.nodes["e1"]["label"] == "Chiang Kai-shek" and g.nodes["e20"]["latitude"] == pytest.approx(32.0603)
    edges = list(g.edges(data=True))
    types = {d["event_type"] for _, _, d in edges}
    assert {"CONSULT", "REJECT", "REQUEST"} <= types
    assert any(a == "e1" and b == "e8" and d["event_type"] == "REQUEST" for a, b, d in edges)
    assert any(a == "e1" and b == "e20" and d["role"] == "place" for a, b, d in edges)  # "left Nanking"
    root = etree.parse(str(out)).getroot()
    ns = {"g": root.nsmap[None]}
    graph = root.find("g:graph", ns)
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    spells = root.findall(".//g:edge/g:spells/g:spell", ns)
    assert spells and all(re.match(r"^\d{4}-\d{2}-\d{2}$", s.get("start")) for s in spells)
    assert not root.findall(".//g:edge[@timestamp]", ns)  # intervals only: Gephi refuses a mix


def test_gexf_of_hostile_text_is_well_formed(tmp_path):
    g = nx.read_gexf(export(hostile_corpus(), "gexf", tmp_path / "h.gexf"))
    assert PAYLOADS[0] in {d["label"] for _, d in g.nodes(data=True)}


def _check_tei(path, corpus):
    """The TEI structure we promise: header, standOff lists, text; every pointer resolves; dates are W3C."""
    root = etree.parse(str(path)).getroot()
    assert root.tag == TEI + "TEI"
    kids = [k.tag for k in root]
    assert kids == [TEI + "teiHeader", TEI + "standOff", TEI + "text"]
    fd = root.find(f"{TEI}teiHeader/{TEI}fileDesc")
    assert [k.tag for k in fd] == [TEI + "titleStmt", TEI + "publicationStmt", TEI + "sourceDesc"]
    assert fd.find(f"{TEI}titleStmt/{TEI}title").text
    ids = [e.get(XML_ID) for e in root.iter() if e.get(XML_ID)]
    assert len(ids) == len(set(ids)), "xml:id must be unique"
    assert all(re.match(r"^[A-Za-z_][\w.-]*$", i) for i in ids)
    for e in root.iter():
        for att in ("ref", "corresp", "where", "source", "resp"):
            v = e.get(att)
            if v is not None:
                assert v.startswith("#") and v[1:] in ids, (e.tag, att, v)
        for att in ("when", "notBefore", "notAfter"):
            if e.get(att) is not None:
                assert W3C.match(e.get(att)), (att, e.get(att))
    for lst, item, name in (("listPerson", "person", "persName"), ("listPlace", "place", "placeName"),
                            ("listOrg", "org", "orgName")):
        for it in root.iter(TEI + item):
            assert it.getparent().tag == TEI + lst and it.find(TEI + name) is not None
    # The marked-up text must still be the documents' text, character for character.
    divs = root.findall(f"{TEI}text/{TEI}body/{TEI}div")
    assert len(divs) == len(corpus.documents)
    for div, doc in zip(divs, corpus.documents):
        paras = ["".join(p.itertext()) for p in div.findall(TEI + "p")]
        assert paras == [line for line in doc.text.split("\n") if line.strip()]
    return root


def test_tei_structure_names_and_dates(tmp_path, corpus):
    root = _check_tei(export(corpus, "tei", tmp_path / "c.xml"), corpus)
    chiang = root.find(f".//{TEI}person[@{XML_ID}='e1']")
    spellings = {p.text: p for p in chiang.findall(TEI + "persName")}
    assert set(spellings) == {"Chiang Kai-shek", "Chairman Chiang", "Chiang", "Jiang"}
    assert spellings["Jiang"].get("subtype") == "pinyin-variant" and spellings["Jiang"].get("cert") == "medium"
    nanjing = root.find(f".//{TEI}place[@{XML_ID}='e20']")
    assert nanjing.find(f"{TEI}location/{TEI}geo").text == "32.0603 118.7969"
    refs = [p.get("ref") for p in root.iter(TEI + "persName") if p.getparent().tag != TEI + "person"]
    assert refs.count("#e1") >= 10  # mentions in the text point into listPerson
    ev = root.find(f".//{TEI}event[@{XML_ID}='ev10']")
    assert (ev.get("notBefore"), ev.get("notAfter"), ev.get("cert")) == ("1937-04-01", "1937-04-30", "low")
    ev4 = root.find(f".//{TEI}event[@{XML_ID}='ev4']")
    assert ev4.get("when") == "1937-12-02T17:00:00" and ev4.get("cert") == "medium" and ev4.get("where") == "#e20"
    assert root.find(f".//{TEI}date[@when='1937-11-11']").text == "November 11, 1937"
    assert root.find(f".//{TEI}date[@dur='PT4H']").text == "four hours"


def test_tei_of_hostile_text_is_well_formed_and_faithful(tmp_path):
    c = hostile_corpus()
    root = _check_tei(export(c, "tei", tmp_path / "h.xml"), c)
    assert PAYLOADS[0] in "".join(root.itertext())
    assert not list(root.iter("script")) and not list(root.iter(TEI + "script"))


def test_geojson_points_are_lon_lat_with_events(tmp_path, corpus):
    data = json.loads(export(corpus, "geojson", tmp_path / "p.geojson").read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    feats = {f["id"]: f for f in data["features"]}
    assert set(feats) == {e.id for e in corpus.entities if e.latitude is not None}
    nj = feats["e20"]
    assert nj["geometry"] == {"type": "Point", "coordinates": [118.7969, 32.0603]}
    assert {"Nanjing", "Nanking"} == set(nj["properties"]["names"])
    assert {e["id"] for e in nj["properties"]["events"]} == {"ev3", "ev4", "ev8", "ev14"}
    assert nj["when"]["timespans"][0]["start"]["earliest"].startswith("1937-")
    for f in data["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_geojson_without_coordinates_is_empty_not_broken(tmp_path, corpus):
    for e in corpus.entities:
        e.latitude = e.longitude = None
    data = json.loads(export(corpus, "geojson", tmp_path / "p.geojson").read_text(encoding="utf-8"))
    assert data == {"type": "FeatureCollection", "features": []}


@pytest.mark.parametrize("value,expected", [
    ("1937-12-02", ("1937-12-02", "1937-12-02", "day")),
    ("1937-12-02T17:00", ("1937-12-02T17:00", "1937-12-02T17:00", "minute")),
    ("1937-02", ("1937-02-01", "1937-02-28", "month")),
    ("1937", ("1937-01-01", "1937-12-31", "year")),
    ("1937-W49", ("1937-12-06", "1937-12-12", "week")),
    ("1937-WI", ("1937-12-01", "1938-02-28", "season")),
    ("193", ("1930-01-01", "1939-12-31", "decade")),
    ("XXXX-11-26", None), ("PT4H", None), ("PRESENT_REF", None), ("1937-02-30", None), (None, None),
])
def test_timex_values_to_intervals(value, expected):
    iv = interval(value)
    assert (iv.start, iv.end, iv.precision) == expected if expected else iv is None
