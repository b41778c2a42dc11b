"""Narrative histories of wars and participants named only by a description, on texts of our own
through the whole pipeline (and one real FRUS telegram): places taken, offensives launched, places
that fall, retreats, a range of dates that is one span; "my informant", "a Chief of Mission" standing
in a role no named entity fills, and never displacing a named one."""
from __future__ import annotations

from pathlib import Path

import pytest

from event_helpers import events_in, names_of

WAR = """1932

In March the Bolivian army launched a fresh offensive against Paraguay. On 4 April the Paraguayans took Shanghai after a short fight. The consul took the envoy to the station on 5 April.

In May the fortress fell to the Bolivians. The Paraguayan regiments fell back to the river in June, and the Bolivians laid siege to the river port.

The Bolivians' attack on the arsenal was repulsed in hard fighting between 8 July and 23 July.
"""

LETTER = """The Consul at Verona (Harlan) to the Secretary of State
Verona, March 4, 1921—3 p.m.

12. My informant stated today that the council would meet again. Mr. Brandt told my colleague that the reply was ready. My colleague told Mr. Brandt that he doubted it.

Harlan
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    import annalyst

    d = tmp_path_factory.mktemp("narrative")
    (d / "war.txt").write_text(WAR, encoding="utf-8")
    (d / "letter.txt").write_text(LETTER, encoding="utf-8")
    return annalyst.extract([str(d / "war.txt"), str(d / "letter.txt")])


def _text(corpus, name):
    return next(x.text for x in corpus.documents if x.source.endswith(name))


def test_an_offensive_launched_is_an_assault_dated_by_the_narrative(corpus):
    text = _text(corpus, "war.txt")
    (ev,) = events_in(corpus, text, "launched a fresh offensive", "launched")
    assert ev.type == "ASSAULT" and ev.mode == "offensive"
    assert ev.date == "1932-03"
    assert "Paraguay" in names_of(corpus, ev.target)


def test_a_place_taken_is_a_capture_and_a_person_taken_somewhere_a_journey(corpus):
    text = _text(corpus, "war.txt")
    (cap,) = events_in(corpus, text, "the Paraguayans took Shanghai", "took")
    assert (cap.type, cap.mode, cap.date) == ("ASSAULT", "capture", "1932-04-04")
    assert "Shanghai" in names_of(corpus, cap.target)
    trips = events_in(corpus, text, "took the envoy to the station", "took")
    assert all(e.type == "TRAVEL" for e in trips)


def test_a_place_that_falls_is_taken_by_those_it_falls_to(corpus):
    text = _text(corpus, "war.txt")
    (ev,) = events_in(corpus, text, "the fortress fell to", "fell")
    assert ev.type == "ASSAULT" and ev.mode == "capture" and ev.date == "1932-05"
    assert "Bolivians" in names_of(corpus, ev.source)


def test_falling_back_is_a_retreat_and_laying_siege_a_coercion(corpus):
    """PLOVER counts the blockade of a place as COERCE, not as an armed attack."""
    text = _text(corpus, "war.txt")
    (back,) = events_in(corpus, text, "regiments fell back", "fell")
    assert back.type == "RETREAT" and back.date == "1932-06"
    (siege,) = events_in(corpus, text, "laid siege", "laid")
    assert siege.type == "COERCE" and siege.mode == "siege"


def test_a_range_of_dates_is_one_span_not_two_events(corpus):
    text = _text(corpus, "war.txt")
    evs = events_in(corpus, text, "was repulsed in hard fighting between", "repulsed")
    assert [e.date for e in evs] == ["1932-07-08"]


def test_a_described_participant_stands_in_a_role_no_name_fills(corpus):
    text = _text(corpus, "letter.txt")
    (ev,) = events_in(corpus, text, "My informant stated", "stated")
    assert not ev.source and [(d.role, d.text) for d in ev.described] == [("source", "informant")]
    assert text[ev.described[0].start:ev.described[0].end] == "informant"
    assert ev.date == "1921-03-04"


def test_a_description_never_displaces_a_named_participant(corpus):
    text = _text(corpus, "letter.txt")
    (told,) = events_in(corpus, text, "Mr. Brandt told my colleague", "told")
    assert "Brandt" in " ".join(names_of(corpus, told.source))
    assert not told.target  # "my colleague" was told, not the writer ("my")
    assert [(d.role, d.text) for d in told.described] == [("target", "colleague")]
    (back,) = events_in(corpus, text, "My colleague told Mr. Brandt", "told")
    assert [(d.role, d.text) for d in back.described] == [("source", "colleague")]
    assert "Brandt" in " ".join(names_of(corpus, back.target))


def test_the_export_carries_described_participants(corpus):
    from tests.contract_check import check_contract

    data = corpus.to_dict()
    check_contract(data)
    docs = {d["id"]: d["text"] for d in data["documents"]}
    told = [ev for ev in data["events"] if ev["described"]]
    assert told and all("described" in ev for ev in data["events"])
    assert any(d == {"role": "source", "start": d["start"], "end": d["end"], "text": "informant"}
               for ev in told for d in ev["described"])
    assert all(docs[ev["document"]][d["start"]:d["end"]] == d["text"] for ev in told for d in ev["described"])


def test_a_real_telegram_informant_is_the_speaker(frus_dir: Path):
    """FRUS 1938 III, d17: a journalist's source is called "Informant" after he is first named."""
    import annalyst

    path = frus_dir / "d17.txt"
    if not path.exists():
        pytest.skip("FRUS text not available")
    c = annalyst.extract([str(path)])
    text = c.documents[0].text
    evs = events_in(c, text, "Informant stated that", "stated")
    assert evs and all(any(d.role == "source" and d.text == "Informant" for d in e.described) for e in evs)
    assert all(e.date and e.date.startswith("1938-01-12") for e in evs)
