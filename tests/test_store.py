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
