"""Checks of the JSON export contract, shared by the tests."""
from __future__ import annotations

import re

ENTITY_TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW", "WORK_OF_ART"}
TIMEX_TYPES = {"DATE", "TIME", "DURATION", "SET"}
# TIMEX3 values annalyst produces: dates/times with X for unknown parts, durations, sets, refs, quarters...
TIMEX_VALUE = re.compile(
    r"^(?:[0-9X]{2,4}(?:-[0-9X]{2}(?:-[0-9X]{2})?)?(?:T(?:[0-9X]{2}(?::[0-9X]{2}(?::[0-9X]{2})?)?|MO|AF|EV|NI|DT))?"
    r"|[0-9X]{4}-(?:W[0-9X]{2}(?:-WE)?|Q[1-4X]|H[12X]|SP|SU|FA|WI)"
    r"|P(?:[0-9X.]+[YMWDE]|[0-9X]+[CL]E?)*(?:T(?:[0-9X.]+[HMS])+)?|PX[YMWDHS]?|P[0-9X.]+[YMWD]|PT[0-9X.]+[HMS]"
    r"|PRESENT_REF|PAST_REF|FUTURE_REF|[0-9X]{1,3})$")


def check_contract(data: dict) -> None:
    """Assert the export obeys the contract (README: "The export contract")."""
    assert set(data) >= {"documents", "entities", "mentions", "timexes", "events"}
    docs = {d["id"]: d for d in data["documents"]}
    assert len(docs) == len(data["documents"]), "document ids are unique"
    for d in data["documents"]:
        assert {"id", "source", "text", "date"} <= set(d)
        assert d["date"] is None or TIMEX_VALUE.match(d["date"]), d["date"]
    ents = {e["id"]: e for e in data["entities"]}
    assert len(ents) == len(data["entities"]), "entity ids are unique"
    for e in data["entities"]:
        assert e["type"] in ENTITY_TYPES, e
        assert e["name"] and isinstance(e["aliases"], list) and e["aliases"]
        assert len(set(e["aliases"])) == len(e["aliases"]), "aliases are distinct"
    seen_forms: dict[str, set] = {}
    for m in data["mentions"]:
        text = docs[m["document"]]["text"]
        assert 0 <= m["start"] < m["end"] <= len(text)
        assert text[m["start"]:m["end"]] == m["text"], m
        assert m["entity"] in ents, m
        seen_forms.setdefault(m["entity"], set()).add(m["text"])
    for eid, forms in seen_forms.items():
        assert forms <= set(ents[eid]["aliases"]), (eid, forms - set(ents[eid]["aliases"]))
    for t in data["timexes"]:
        text = docs[t["document"]]["text"]
        assert 0 <= t["start"] < t["end"] <= len(text)
        assert text[t["start"]:t["end"]] == t["text"], t
        assert t["type"] in TIMEX_TYPES, t
        assert TIMEX_VALUE.match(t["value"]), t["value"]
    for ev in data["events"]:
        assert {"id", "document", "start", "end", "type", "mode", "trigger", "date", "source", "target", "described",
                "place", "confidence"} <= set(ev)
        text = docs[ev["document"]]["text"]
        assert 0 <= ev["start"] < ev["end"] <= len(text)
        assert ev["type"] == ev["type"].upper()
        assert ev["date"] is None or TIMEX_VALUE.match(ev["date"]), ev["date"]
        for role in ("source", "target"):
            assert all(x in ents for x in ev[role]), ev
        assert ev["place"] is None or ev["place"] in ents
        for d in ev["described"]:  # participants only described: offsets into the document's text
            assert set(d) == {"role", "start", "end", "text"}, d
            assert d["role"] in ("source", "target"), d
            assert 0 <= d["start"] < d["end"] <= len(text) and text[d["start"]:d["end"]] == d["text"], d
        assert 0.0 <= ev["confidence"] <= 1.0
