"""The SQLite store: round trip, atomic writes, a schema Datasette users can query."""
from __future__ import annotations

import json
import sqlite3

import pytest

import annalyst
from annalyst import store
from annalyst.errors import StoreError


def test_store_round_trip_equals_extract(seed_corpus, tmp_path):
    path = store.save(seed_corpus, tmp_path / "annalyst.sqlite")
    back = store.load(path)
    assert json.dumps(back.to_dict(), sort_keys=True) == json.dumps(seed_corpus.to_dict(), sort_keys=True)


def test_store_schema_is_queryable(seed_corpus, tmp_path):
    path = store.save(seed_corpus, tmp_path / "annalyst.sqlite")
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"documents", "entities", "aliases", "merges", "mentions", "timexes", "events",
            "event_participants"} <= tables
    n = conn.execute("SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity").fetchone()[0]
    assert n == len(seed_corpus.mentions)
    if "documents_fts" in tables:
        hits = conn.execute("SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'Voroshilov'").fetchall()
        assert len(hits) == 1


def test_store_failed_write_leaves_previous_store_intact(seed_corpus, tmp_path, monkeypatch):
    path = store.save(seed_corpus, tmp_path / "annalyst.sqlite")
    before = path.read_bytes()

    def boom(conn, corpus):
        conn.execute("INSERT INTO meta VALUES ('x', 'y')")
        raise KeyboardInterrupt

    monkeypatch.setattr(store, "_write", boom)
    with pytest.raises(KeyboardInterrupt):
        store.save(seed_corpus, path)
    assert path.read_bytes() == before
    assert not (tmp_path / "annalyst.sqlite.tmp").exists()
    assert store.load(path).to_dict() == seed_corpus.to_dict()


def test_store_load_errors_are_clear(tmp_path):
    with pytest.raises(StoreError, match="no annalyst store"):
        annalyst.load(tmp_path)
    (tmp_path / "annalyst.sqlite").write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match="not a readable SQLite database|damaged"):
        annalyst.load(tmp_path)


def test_store_keeps_described_participants(tmp_path):
    """A participant only described ("my informant") is stored in ``event_described`` and read back."""
    src = tmp_path / "letter.txt"
    src.write_text("The Consul at Verona (Harlan) to the Secretary of State\nVerona, March 4, 1921—3 p.m.\n\n"
                   "12. My informant stated today that the council would meet again.\n\nHarlan\n", encoding="utf-8")
    corpus = annalyst.extract([str(src)])
    assert any(e.described for e in corpus.events)
    path = store.save(corpus, tmp_path / "annalyst.sqlite")
    assert json.dumps(store.load(path).to_dict(), sort_keys=True) == json.dumps(corpus.to_dict(), sort_keys=True)
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT d.role, d.text FROM event_described d JOIN events e ON e.id = d.event").fetchall()
    assert ("source", "informant") in rows
