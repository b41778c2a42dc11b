"""The pipeline: read → analyse each document → resolve across the corpus.

Per document (streamed; only annotations are kept, never spaCy Docs):
  readers → spaCy (tokens, sentences, parse, NER) per paragraph → mentions, event frames
  → document date (dateline / TEI / --dct) → temporal expressions.
Across the corpus (once every document is read):
  time.resolve_corpus (years from neighbouring documents) → names.resolve (entities)
  → events.bind (participants, dates, places).
"""
from __future__ import annotations

import re
import time as _clock
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional, Union

from . import events as events_stage
from . import names as names_stage
from . import nlp as nlp_mod
from . import time as time_stage
from .errors import InputError
from .mentions import mentions_from_spacy
from .model import Corpus, Document, Sentence
from .readers import DEFAULT_MAX_BYTES, discover, read_path


@dataclass
class Options:
    dct: Optional[str] = None  # document creation time for every input (TIMEX3 value)
    aliases: Optional[Path] = None  # user alias file (YAML or CSV)
    strict: bool = False  # stop at the first bad file instead of skipping it
    max_bytes: int = DEFAULT_MAX_BYTES
    batch_size: int = 64


@dataclass
class Timings:
    seconds: dict[str, float] = field(default_factory=dict)

    def add(self, stage: str, dt: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + dt


ProgressFn = Callable[[str, int, int], None]  # (path, done, total)


def extract(paths: Iterable[Union[str, Path]], options: Optional[Options] = None, *,
            progress: Optional[ProgressFn] = None, on_error: Optional[Callable[[InputError], None]] = None,
            timings: Optional[Timings] = None, **kw) -> Corpus:
    """Read ``paths`` (files or directories) as one corpus and return everything found.

    Bad files are recorded in ``corpus.errors`` (and passed to ``on_error``) and skipped, unless
    ``options.strict`` is set, in which case the first one raises ``InputError``.
    """
    opts = options or Options(**kw)
    timings = timings if timings is not None else Timings()
    corpus = Corpus()
    frames: list = []
    files = list(discover(paths))
    used_ids: set[str] = set()
    nlp = None
    for i, (path, err) in enumerate(files):
        if progress:
            progress(path, i, len(files))
        try:
            if err is not None:
                raise err
            t0 = _clock.perf_counter()
            docs = read_path(path, used_ids, opts.max_bytes)
            timings.add("read", _clock.perf_counter() - t0)
        except InputError as e:
            if opts.strict:
                raise
            corpus.errors.append({"path": e.path, "reason": e.reason})
            if on_error:
                on_error(e)
            continue
        if nlp is None:
            t0 = _clock.perf_counter()
            nlp = nlp_mod.load()
            timings.add("load_model", _clock.perf_counter() - t0)
        for doc in docs:
            failed = len(corpus.errors)
            analyse_document(doc, corpus, frames, nlp, opts, timings)
            if on_error:
                for e in corpus.errors[failed:]:
                    on_error(InputError(e["path"], e["reason"]))
    if progress:
        progress("", len(files), len(files))
    resolve_corpus(corpus, frames, opts, timings)
    return corpus


def analyse_document(doc: Document, corpus: Corpus, frames: list, nlp, opts: Options, timings: Timings) -> None:
    """Per-document stages; appends to ``corpus`` and ``frames``."""
    if opts.dct:
        doc.date, doc.date_source = opts.dct, "dct"
    elif doc.date is None:
        t0 = _clock.perf_counter()
        found = time_stage.find_document_date(doc.text)
        timings.add("time", _clock.perf_counter() - t0)
        if found is not None:
            doc.date, doc.date_source, doc.date_span = found.value, found.rule, (found.start, found.end)
    corpus.documents.append(doc)
    sentences: list[tuple[int, int]] = []
    t0 = _clock.perf_counter()
    pieces = list(nlp_mod.chunks(doc.text))
    sdocs = nlp.pipe((p for _, p in pieces), batch_size=opts.batch_size)
    t_spacy = 0.0
    t_mentions = 0.0
    t_events = 0.0
    t_prev = _clock.perf_counter()
    for (offset, _), sdoc in zip(pieces, sdocs):
        t1 = _clock.perf_counter()
        t_spacy += t1 - t_prev
        first_sentence = len(sentences)
        for s in sdoc.sents:
            sentences.append((offset + s.start_char, offset + s.end_char))
        for m in mentions_from_spacy(sdoc, offset, doc.id, doc.text):
            m.sentence = _sentence_index(sentences, m.start, first_sentence)
            corpus.mentions.append(m)
        t2 = _clock.perf_counter()
        t_mentions += t2 - t1
        try:
            frames.extend(events_stage.find_frames(sdoc, offset, doc.id))
        except Exception as e:  # a rule's bug costs one passage's events, not a whole corpus run
            if opts.strict:
                raise
            corpus.errors.append(_stage_failure("events", doc, offset, offset + len(sdoc.text), e))
        t_prev = _clock.perf_counter()
        t_events += t_prev - t2
    timings.add("spacy", t_spacy)
    timings.add("mentions", t_mentions)
    timings.add("events", t_events)
    corpus.sentences.extend(Sentence(doc.id, s, e) for s, e in sentences)
    t0 = _clock.perf_counter()
    try:
        corpus.timexes.extend(time_stage.tag_document(doc.text, doc.id, dct=doc.date, sentences=sentences))
    except Exception as e:
        if opts.strict:
            raise
        corpus.errors.append(_stage_failure("time", doc, 0, len(doc.text), e))
    timings.add("time", _clock.perf_counter() - t0)


def _stage_failure(stage: str, doc: Document, start: int, end: int, exc: Exception) -> dict:
    """An error record (as for a bad file) for a stage that failed on a passage: an internal error, reported
    with where it happened so that it can be reproduced, while the rest of the corpus is still read."""
    return {"path": doc.source, "reason": f"internal error in the {stage} stage on characters {start}-{end} of "
                                           f"document {doc.id} ({type(exc).__name__}: {exc}); what that stage "
                                           f"finds there is missing, everything else was read (please report it)"}


def _sentence_index(sentences: list[tuple[int, int]], pos: int, lo: int) -> Optional[int]:
    for i in range(len(sentences) - 1, lo - 1, -1):
        if sentences[i][0] <= pos:
            return i
    return None


_YEAR = re.compile(r"^(BC)?(\d{4})")


def _periods(timexes_by_doc: dict[str, list]) -> dict[str, tuple[int, int]]:
    """The span of years each document's dates name (TIMEX3 values with a year; BC years negative):
    what the names stage needs to keep a title of one time from the holder another time names."""
    out = {}
    for doc, timexes in timexes_by_doc.items():
        years = []
        for t in timexes:
            m = _YEAR.match(t.value or "") if t.type == "DATE" else None
            if m:
                years.append(-int(m.group(2)) if m.group(1) else int(m.group(2)))
        if years:
            out[doc] = (min(years), max(years))
    return out


def resolve_corpus(corpus: Corpus, frames: list, opts: Options, timings: Timings) -> None:
    """Stages that need the whole corpus: time context, entity resolution, event binding."""
    t0 = _clock.perf_counter()
    by_doc: dict[str, list] = {d.id: [] for d in corpus.documents}
    for t in corpus.timexes:
        by_doc[t.document].append(t)
    time_stage.resolve_corpus(corpus.documents, by_doc, actors=_people_by_doc(corpus.mentions))
    corpus.timexes = [t for d in corpus.documents for t in by_doc[d.id]]
    t1 = _clock.perf_counter()
    timings.add("time", t1 - t0)
    corpus.entities = names_stage.resolve(corpus.mentions, corpus.documents, aliases=opts.aliases,
                                          periods=_periods(by_doc))
    _order_mentions(corpus)
    t2 = _clock.perf_counter()
    timings.add("names", t2 - t1)
    corpus.events = events_stage.bind(frames, corpus)
    timings.add("events", _clock.perf_counter() - t2)


def _people_by_doc(mentions: list) -> dict[str, set[str]]:
    """The words of the people each document names ("Chiang Kai-shek" -> chiang, kai-shek): what tells the
    time stage that two documents read together tell one story."""
    out: dict[str, set[str]] = {}
    for m in mentions:
        if m.label == "PERSON":
            words = (re.sub(r"['’]s$", "", w) for w in m.text.lower().split())
            out.setdefault(m.document, set()).update(w for w in words if len(w) > 2)
    return out


def _order_mentions(corpus: Corpus) -> None:
    """Keep mentions in reading order (resolution may add some it recovered) with their sentence."""
    order = {d.id: i for i, d in enumerate(corpus.documents)}
    corpus.mentions.sort(key=lambda m: (order[m.document], m.start, m.end))
    starts: dict[str, list[int]] = {}
    for s in corpus.sentences:
        starts.setdefault(s.document, []).append(s.start)
    for m in corpus.mentions:  # index into the document's own sentences, as analyse_document sets it
        if m.sentence is None and m.document in starts:
            k = bisect_right(starts[m.document], m.start) - 1
            if k >= 0:
                m.sentence = k
