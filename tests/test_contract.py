"""The export contract holds on the seed chapter and on every FRUS document."""
from __future__ import annotations

import pytest

from contract_check import check_contract


def test_contract_holds_on_seed(seed_export):
    check_contract(seed_export)
    assert len(seed_export["documents"]) == 1
    names = {a for e in seed_export["entities"] for a in e["aliases"]}
    # spaCy finds the chapter's main actors; articles and possessives are cleaned off
    assert {"Chiang Kai-shek", "Stalin", "Yang Jie", "Soviet Union", "Nanjing"} <= names
    assert "the Soviet Union" not in names and "Chiang Kai-shek's" not in names


def test_contract_holds_on_every_frus_text(frus_corpus, frus_dir):
    data = frus_corpus.to_dict()
    check_contract(data)
    files = sorted(p.stem for p in frus_dir.glob("*.txt"))
    assert sorted(d["id"] for d in data["documents"]) == files
    for d in data["documents"]:
        # text is exactly what was read
        assert d["text"] == (frus_dir / f"{d['id']}.txt").read_text(encoding="utf-8")


def test_tei_volume_reads_as_one_document_per_div():
    import annalyst
    from conftest import FRUS_TEI

    if not FRUS_TEI.exists():
        pytest.fail(f"missing {FRUS_TEI}")
    corpus = annalyst.extract([str(FRUS_TEI)])
    data = corpus.to_dict()
    check_contract(data)
    ids = [d["id"] for d in data["documents"]]
    assert ids[:3] == ["d1", "d2", "d3"] and len(ids) == 36
    d1 = data["documents"][0]
    assert d1["date"] == "1938-01-01T22:00"  # TEI metadata
    assert d1["text"].startswith("The Ambassador in China (Johnson) to the Secretary of State")
    assert "Oskar Trautmann" not in d1["text"]  # footnotes are not part of the reading text
    assert "Dr. Hsu Mo" in d1["text"]
