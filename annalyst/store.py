"""The SQLite store: one file a Datasette user can open, written in one transaction.

Schema (``SCHEMA`` below is the documentation; ``PRAGMA user_version`` carries its version):

- ``documents(id, source, text, date, date_source, title, format, position)``
- ``entities(id, type, name, wikidata, latitude, longitude, rule)``
- ``aliases(entity, alias, rule, confidence, position)`` — every spelling, with the rule that merged it
- ``merges(entity, alias, rule, confidence, other, position)`` — every merge decision and its reason
- ``mentions(id, document, start, end, text, entity, type, title, ner_label, rule)``
- ``timexes(id, document, start, end, text, type, value, mod, anchor, rule)``
- ``events(id, document, start, end, text, type, mode, trigger, trigger_start, trigger_end, date,
  date_certainty, place, polarity, modality, confidence, rule)``
- ``event_participants(event, entity, role, position)`` — role is ``source`` or ``target``
- ``event_described(event, role, start, end, text, position)`` — participants only described ("my
  informant"), with offsets into the event's document text
- ``documents_fts`` — FTS5 full-text index over document text (when SQLite has FTS5)

A build writes a new file next to the target and renames it into place only once everything is
committed, so a crash or Ctrl-C never leaves a half-written database behind.
"""
from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import Union

from .errors import StoreError
from .model import Corpus, Described, Document, Entity, Event, Merge, Mention, Timex

FILENAME = "annalyst.sqlite"
SCHEMA_VERSION = 2  # 2: event_described

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE documents (
    id TEXT PRIMARY KEY, source TEXT NOT NULL, text TEXT NOT NULL, date TEXT, date_source TEXT,
    title TEXT, format TEXT, position INTEGER NOT NULL
);
CREATE TABLE entities (
    id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, wikidata TEXT,
    latitude REAL, longitude REAL, rule TEXT, position INTEGER NOT NULL
);
CREATE TABLE aliases (
    entity TEXT NOT NULL REFERENCES entities(id), alias TEXT NOT NULL, rule TEXT, confidence REAL,
    position INTEGER NOT NULL
);
CREATE TABLE merges (
    entity TEXT NOT NULL REFERENCES entities(id), alias TEXT NOT NULL, rule TEXT NOT NULL, confidence REAL,
    other TEXT, position INTEGER NOT NULL
);
CREATE TABLE mentions (
    id INTEGER PRIMARY KEY, document TEXT NOT NULL REFERENCES documents(id), start INTEGER NOT NULL,
    "end" INTEGER NOT NULL, text TEXT NOT NULL, entity TEXT REFERENCES entities(id), type TEXT,
    title TEXT, ner_label TEXT, rule TEXT
);
CREATE TABLE timexes (
    id INTEGER PRIMARY KEY, document TEXT NOT NULL REFERENCES documents(id), start INTEGER NOT NULL,
    "end" INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL, value TEXT, mod TEXT, anchor TEXT,
    rule TEXT
);
CREATE TABLE events (
    id TEXT PRIMARY KEY, document TEXT NOT NULL REFERENCES documents(id), start INTEGER NOT NULL,
    "end" INTEGER NOT NULL, text TEXT, type TEXT NOT NULL, mode TEXT, trigger TEXT, trigger_start INTEGER,
    trigger_end INTEGER, date TEXT, date_certainty TEXT, timex INTEGER, place TEXT REFERENCES entities(id),
    polarity TEXT, modality TEXT, confidence REAL, rule TEXT, position INTEGER NOT NULL
);
CREATE TABLE event_participants (
    event TEXT NOT NULL REFERENCES events(id), entity TEXT NOT NULL REFERENCES entities(id),
    role TEXT NOT NULL, position INTEGER NOT NULL
);
CREATE TABLE event_described (
    event TEXT NOT NULL REFERENCES events(id), role TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    text TEXT NOT NULL, position INTEGER NOT NULL
);
CREATE INDEX mentions_document ON mentions(document, start);
CREATE INDEX mentions_entity ON mentions(entity);
CREATE INDEX timexes_document ON timexes(document, start);
CREATE INDEX events_date ON events(date);
CREATE INDEX participants_entity ON event_participants(entity);
CREATE INDEX aliases_entity ON aliases(entity);
CREATE INDEX merges_entity ON merges(entity);
"""

FTS = "CREATE VIRTUAL TABLE documents_fts USING fts5(text, content='documents', content_rowid='rowid')"


def save(corpus: Corpus, path: Union[str, Path]) -> Path:
    """Write ``corpus`` to ``path`` atomically (temp file, one transaction, rename)."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    if tmp.exists():
        tmp.unlink()
    conn = sqlite3.connect(tmp)
    try:
        conn.execute("PRAGMA journal_mode=MEMORY")
        with conn:
            conn.executescript(SCHEMA)
            _write(conn, corpus)
            conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        conn.close()
        os.replace(tmp, path)
    except BaseException:
        conn.close()
        if tmp.exists():
            tmp.unlink()
        raise
    return path


def _write(conn: sqlite3.Connection, c: Corpus) -> None:
    from . import __version__

    conn.executemany("INSERT INTO meta VALUES (?, ?)", [
        ("annalyst_version", __version__), ("schema_version", str(SCHEMA_VERSION)),
        ("errors", json.dumps(c.errors)),
    ])
    conn.executemany(
        "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?)",
        [(d.id, d.source, d.text, d.date, d.date_source, d.title, d.format, i) for i, d in enumerate(c.documents)])
    conn.executemany(
        "INSERT INTO entities VALUES (?,?,?,?,?,?,?,?)",
        [(e.id, e.type, e.name, e.wikidata, e.latitude, e.longitude, e.rule, i) for i, e in enumerate(c.entities)])
    rows, merges = [], []
    for e in c.entities:
        reasons: dict[str, Merge] = {}
        for j, m in enumerate(e.merges):
            reasons.setdefault(m.alias, m)
            merges.append((e.id, m.alias, m.rule, m.confidence, m.other, j))
        for i, a in enumerate(e.aliases):
            m = reasons.get(a)
            rows.append((e.id, a, m.rule if m else None, m.confidence if m else None, i))
    conn.executemany("INSERT INTO aliases VALUES (?,?,?,?,?)", rows)
    conn.executemany("INSERT INTO merges VALUES (?,?,?,?,?,?)", merges)
    conn.executemany(
        "INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?,?,?)",
        [(i, m.document, m.start, m.end, m.text, m.entity, m.label, m.title, m.ner_label, m.rule)
         for i, m in enumerate(c.mentions)])
    conn.executemany(
        "INSERT INTO timexes VALUES (?,?,?,?,?,?,?,?,?,?)",
        [(i, t.document, t.start, t.end, t.text, t.type, t.value, t.mod, t.anchor, t.rule)
         for i, t in enumerate(c.timexes)])
    conn.executemany(
        "INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(e.id, e.document, e.start, e.end, e.text, e.type, e.mode, e.trigger, e.trigger_start, e.trigger_end,
          e.date, e.date_certainty, e.timex, e.place, e.polarity, e.modality, e.confidence, e.rule, i)
         for i, e in enumerate(c.events)])
    conn.executemany(
        "INSERT INTO event_participants VALUES (?,?,?,?)",
        [(e.id, ent, role, j) for e in c.events for role in ("source", "target")
         for j, ent in enumerate(getattr(e, role))])
    conn.executemany(
        "INSERT INTO event_described VALUES (?,?,?,?,?,?)",
        [(e.id, d.role, d.start, d.end, d.text, j) for e in c.events for j, d in enumerate(e.described)])
    try:
        conn.execute(FTS)
        conn.execute("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')")
    except sqlite3.OperationalError:  # SQLite built without FTS5: the store still works
        pass


def load(path: Union[str, Path]) -> Corpus:
    """Read a store back into a Corpus (the same JSON export as the build produced)."""
    path = Path(path)
    if not path.exists():
        raise StoreError(f"{path}: no annalyst store here (run `annalyst build` first)")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        conn.row_factory = sqlite3.Row
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as e:
        raise StoreError(f"{path}: not a readable SQLite database ({e})") from None
    if version != SCHEMA_VERSION:
        raise StoreError(f"{path}: store schema version {version}, this annalyst reads {SCHEMA_VERSION}")
    try:
        return _read(conn)
    except sqlite3.DatabaseError as e:
        raise StoreError(f"{path}: damaged store ({e})") from None
    finally:
        conn.close()


def _read(conn: sqlite3.Connection) -> Corpus:
    c = Corpus()
    for r in conn.execute("SELECT * FROM documents ORDER BY position"):
        c.documents.append(Document(id=r["id"], source=r["source"], text=r["text"], date=r["date"],
                                    date_source=r["date_source"], title=r["title"], format=r["format"]))
    ents: dict[str, Entity] = {}
    for r in conn.execute("SELECT * FROM entities ORDER BY position"):
        e = Entity(id=r["id"], type=r["type"], name=r["name"], wikidata=r["wikidata"], latitude=r["latitude"],
                   longitude=r["longitude"], rule=r["rule"])
        ents[e.id] = e
        c.entities.append(e)
    for r in conn.execute("SELECT entity, alias FROM aliases ORDER BY entity, position"):
        ents[r["entity"]].aliases.append(r["alias"])
    for r in conn.execute("SELECT * FROM merges ORDER BY entity, position"):
        ents[r["entity"]].merges.append(Merge(alias=r["alias"], rule=r["rule"], confidence=r["confidence"],
                                              other=r["other"]))
    for r in conn.execute("SELECT * FROM mentions ORDER BY id"):
        c.mentions.append(Mention(document=r["document"], start=r["start"], end=r["end"], text=r["text"],
                                  label=r["type"], entity=r["entity"], title=r["title"], ner_label=r["ner_label"],
                                  rule=r["rule"]))
    for r in conn.execute("SELECT * FROM timexes ORDER BY id"):
        c.timexes.append(Timex(document=r["document"], start=r["start"], end=r["end"], text=r["text"],
                               type=r["type"], value=r["value"], mod=r["mod"], anchor=r["anchor"], rule=r["rule"]))
    parts: dict[str, dict[str, list[str]]] = {}
    for r in conn.execute("SELECT * FROM event_participants ORDER BY event, role, position"):
        parts.setdefault(r["event"], {"source": [], "target": []})[r["role"]].append(r["entity"])
    described: dict[str, list[Described]] = {}
    for r in conn.execute("SELECT * FROM event_described ORDER BY event, position"):
        described.setdefault(r["event"], []).append(Described(role=r["role"], start=r["start"], end=r["end"],
                                                              text=r["text"]))
    for r in conn.execute("SELECT * FROM events ORDER BY position"):
        p = parts.get(r["id"], {"source": [], "target": []})
        c.events.append(Event(id=r["id"], document=r["document"], start=r["start"], end=r["end"], text=r["text"],
                              type=r["type"], mode=r["mode"], trigger=r["trigger"], trigger_start=r["trigger_start"],
                              trigger_end=r["trigger_end"], date=r["date"], date_certainty=r["date_certainty"],
                              timex=r["timex"], source=p["source"], target=p["target"], place=r["place"],
                              polarity=r["polarity"], modality=r["modality"], confidence=r["confidence"],
                              rule=r["rule"], described=described.get(r["id"], [])))
    row = conn.execute("SELECT value FROM meta WHERE key='errors'").fetchone()
    c.errors = json.loads(row[0]) if row else []
    return c
