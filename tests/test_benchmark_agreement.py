"""The re-annotation benchmark (benchmarks/agreement.py): its scorer and its second annotation file.

The scorer must hold a second annotation to the rules the events benchmark holds annalyst to, so that the
two figures can be compared; the file must locate each event in the very excerpt the gold covers.
"""
import copy
import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))
import agreement  # noqa: E402
import events as bench  # noqa: E402

GOLD = json.loads(bench.GOLD.read_text(encoding="utf-8"))
SECOND = json.loads(agreement.SECOND.read_text(encoding="utf-8"))["events"]
DOCS = sorted({e["doc"] for e in SECOND})


def test_the_gold_agrees_fully_with_itself():
    for doc in DOCS:
        c = agreement.agreement(GOLD["events"], GOLD["events"], {doc}, any_value=False)
        assert c["found"] == c["gold"] > 0
        assert c["wrong"] == 0 and c["right"] + c["optional"] == c["pred"]


def test_a_wrong_type_wrong_date_or_stranger_loses_the_event():
    doc = DOCS[0]
    required = [e for e in GOLD["events"] if e["doc"] == doc and not e.get("optional")]
    spoiled = copy.deepcopy(required)
    spoiled[0]["type"] = "PROTEST" if spoiled[0]["type"] != "PROTEST" else "AID"
    spoiled[1]["date"] = "1066"
    spoiled[2]["participants"] = ["Nobody Anywhere"]
    c = agreement.agreement(GOLD["events"], spoiled, {doc}, any_value=False)
    # each spoiled entry may still match another gold event of its document, never its own alone: at most
    # the three are lost, and at least one is (the made-up participant matches nothing at all)
    assert c["gold"] - 3 <= c["found"] < c["gold"]
    assert c["wrong"] >= 1


def test_only_the_first_date_counts_unless_any_value_is_asked():
    doc = DOCS[0]
    event = copy.deepcopy(next(e for e in GOLD["events"] if e["doc"] == doc and not e.get("optional")))
    right = event["date"][0] if isinstance(event["date"], list) else event["date"]
    event["date"] = ["1066", right]
    strict = agreement.agreement(GOLD["events"], [event], {doc}, any_value=False)
    loose = agreement.agreement(GOLD["events"], [event], {doc}, any_value=True)
    assert loose["right"] == 1 and loose["found"] == 1
    assert strict["found"] == 0


def test_second_annotation_covers_gold_excerpts_and_quotes_them_exactly(tmp_path):
    assert DOCS and all(d in GOLD["documents"] for d in DOCS)
    if not (bench.ROOT.parent / "shared" / "benchmarks" / "wikiwars").is_dir():
        pytest.skip("../shared/benchmarks/wikiwars is not here")
    from wikiwars_excerpts import write_excerpts
    texts = {k: p.read_text(encoding="utf-8") for k, p in write_excerpts(tmp_path).items() if k in DOCS}
    types = {e["type"] for e in GOLD["events"]}
    for e in SECOND:
        assert e["sentence"] in texts[e["doc"]], e["sentence"]
        assert e["type"] in types and e["participants"] and "date" in e
