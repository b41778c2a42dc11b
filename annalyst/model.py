"""The one central data model of annalyst.

Every annotation carries the id of the document it was read from, character
offsets (Python ``str`` indices into ``Document.text``, exactly the text that was
read) and the name of the stage/rule that produced it, so every fact in the
annals can be traced back to the sentence that states it.

Stages read and enrich these objects; the store, the exports and the report
only ever see them (or their ``to_dict`` form, which is the JSON export
contract).
"""
from __future__ import annotations

from dataclasses import dataclass, field, asdict
from typing import Any, Optional

#: Entity types allowed in the export (spaCy's OntoNotes labels that name things).
ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW", "WORK_OF_ART")
#: TIMEX3 types.
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass
class Note:
    """An editor's note (TEI ``note``) kept beside the text it annotates, not inside it.

    Why: a footnote is not part of the reading text (offsets must not move), yet it is the
    best evidence a volume has of who "the German Ambassador" was. ``anchor`` is the offset in
    ``Document.text`` where the note stood (right after the words it annotates).
    """

    id: Optional[str]  # xml:id ("d1fn4")
    n: Optional[str]  # the printed number ("4")
    text: str  # the note's text, whitespace collapsed
    anchor: int
    kind: Optional[str] = None  # note/@type ("source" for the archive locator), else None


@dataclass
class Document:
    """A text as read. ``text`` is what every offset refers to. ``notes`` is side data (TEI
    editors' notes), not part of the export contract."""

    id: str
    source: str
    text: str
    date: Optional[str] = None  # TIMEX3 value of the document's own date
    date_source: Optional[str] = None  # "dct" (user), "tei", "dateline", ...
    date_span: Optional[tuple[int, int]] = None  # where the date was read in ``text``
    title: Optional[str] = None
    format: str = "txt"  # txt | html | tei
    meta: dict[str, Any] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "source": self.source,
            "text": self.text,
            "date": self.date,
            "date_source": self.date_source,
            "title": self.title,
            "format": self.format,
        }


@dataclass
class Sentence:
    document: str
    start: int
    end: int


@dataclass
class Mention:
    """A span naming something. ``label`` is the (possibly corrected) entity type."""

    document: str
    start: int
    end: int
    text: str
    label: str
    entity: Optional[str] = None
    title: Optional[str] = None  # "Chairman", "Marshal", "Dr." ... kept as a feature
    ner_label: Optional[str] = None  # what the NER model said before correction
    rule: str = "ner"
    sentence: Optional[int] = None  # index into the document's sentences

    def to_dict(self) -> dict:
        return {
            "document": self.document,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "entity": self.entity,
            "type": self.label,
            "title": self.title,
            "ner_label": self.ner_label,
            "rule": self.rule,
        }


@dataclass
class Merge:
    """Why an alias was attached to an entity (provenance of resolution)."""

    alias: str
    rule: str
    confidence: float = 1.0
    other: Optional[str] = None  # the alias it was matched against

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Entity:
    id: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    merges: list[Merge] = field(default_factory=list)
    wikidata: Optional[str] = None
    latitude: Optional[float] = None
    longitude: Optional[float] = None
    rule: str = "exact"

    def to_dict(self) -> dict:
        d = {
            "id": self.id,
            "type": self.type,
            "name": self.name,
            "aliases": list(self.aliases),
            "merges": [m.to_dict() for m in self.merges],
            "wikidata": self.wikidata,
        }
        if self.latitude is not None and self.longitude is not None:
            d["latitude"] = self.latitude
            d["longitude"] = self.longitude
        return d


@dataclass
class Timex:
    """A TimeML TIMEX3 temporal expression."""

    document: str
    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str  # TIMEX3 value, e.g. 1937-12-02, 1937-12-02T17:00, PT4H, XXXX-11-26
    mod: Optional[str] = None  # TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER ...
    anchor: Optional[str] = None  # how the value was anchored: explicit, dct, narrative, corpus, lookahead ...
    rule: str = "time"
    confidence: float = 1.0

    def to_dict(self) -> dict:
        return {
            "document": self.document,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            "anchor": self.anchor,
            "rule": self.rule,
        }


@dataclass
class Described:
    """A participant of an event the text names only by a description ("my informant", "a Chief of
    Mission"): no entity exists for it, so the phrase itself stands in the role, with its offsets into
    the document's text (``text == document.text[start:end]``, without article or possessive)."""

    role: str  # source | target
    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"role": self.role, "start": self.start, "end": self.end, "text": self.text}


@dataclass
class Event:
    id: str
    document: str
    start: int  # the clause or sentence that states the event
    end: int
    type: str  # PLOVER type, upper case
    mode: Optional[str] = None
    trigger: Optional[str] = None
    trigger_start: Optional[int] = None
    trigger_end: Optional[int] = None
    date: Optional[str] = None  # TIMEX3 value
    date_certainty: Optional[str] = None  # stated | inherited | approximate
    timex: Optional[int] = None  # index of the timex in corpus.timexes the date comes from
    source: list[str] = field(default_factory=list)  # entity ids
    target: list[str] = field(default_factory=list)
    place: Optional[str] = None
    polarity: str = "positive"  # positive | negative
    modality: str = "asserted"  # asserted | hypothetical | reported | intended
    confidence: float = 1.0
    rule: str = "events"
    text: Optional[str] = None  # the clause text (document.text[start:end])
    #: participants only described, for the roles no entity fills ("my informant stated ...")
    described: list[Described] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "document": self.document,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "mode": self.mode,
            "trigger": self.trigger,
            "trigger_start": self.trigger_start,
            "trigger_end": self.trigger_end,
            "date": self.date,
            "date_certainty": self.date_certainty,
            "source": list(self.source),
            "target": list(self.target),
            "described": [d.to_dict() for d in self.described],
            "place": self.place,
            "polarity": self.polarity,
            "modality": self.modality,
            "confidence": self.confidence,
            "rule": self.rule,
        }


@dataclass
class Corpus:
    """Everything annalyst knows about a set of documents read together."""

    documents: list[Document] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)  # files that could not be read

    def to_dict(self) -> dict:
        """The JSON export contract (see README)."""
        return {
            "documents": [d.to_dict() for d in self.documents],
            "entities": [e.to_dict() for e in self.entities],
            "mentions": [m.to_dict() for m in self.mentions],
            "timexes": [t.to_dict() for t in self.timexes],
            "events": [e.to_dict() for e in self.events],
        }
