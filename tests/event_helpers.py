"""Lookups shared by the events tests: names of entity ids, events told inside a snippet of text."""
from __future__ import annotations


def names_of(corpus, ids) -> set[str]:
    """Every name and spelling of the entities ``ids``."""
    by_id = {e.id: e for e in corpus.entities}
    return {a for i in ids for a in [by_id[i].name, *by_id[i].aliases]}


def who(corpus, ev, role) -> set[str]:
    """The names (and descriptions) filling ``role`` ("source", "target" or "place") of event ``ev``."""
    if role == "place":
        return {e.name for e in corpus.entities if e.id == ev.place}
    return set(names_of(corpus, getattr(ev, role))) | {d.text for d in ev.described if d.role == role}


def events_in(corpus, text, snippet, trigger) -> list:
    """Events whose trigger word ``trigger`` lies inside the first occurrence of ``snippet``."""
    lo = text.index(snippet)
    return [e for e in corpus.events if e.trigger == trigger and lo <= e.trigger_start < lo + len(snippet)]


def extract_text(directory, text: str, name: str = "story.txt"):
    """Run the whole pipeline on ``text`` written as ``directory/name``: (corpus, the document's text).

    Why a file: the tests go through ``annalyst.extract`` exactly as a user's file would."""
    import annalyst

    p = directory / name
    p.write_text(text, encoding="utf-8")
    c = annalyst.extract([str(p)])
    return c, c.documents[0].text
