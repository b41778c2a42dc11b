"""Hand-made, realistic corpora for the report and export tests.

The extraction stages are still being written, so these fixtures annotate the
seed chapter (read from ../shared, never copied) the way a careful historian
would: merged spellings with their reasons, dated events of each certainty,
an undated event, places with coordinates. Offsets are found in the real text,
so every fact points at the sentence that states it.

``hostile_corpus`` carries markup and attribute-breaking strings in every field
a view displays, for the escaping tests.
"""
from __future__ import annotations

import re
from pathlib import Path

from annalyst.model import Corpus, Document, Entity, Event, Merge, Mention, Sentence, Timex

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "corpus" / "seed" / "peace-talks-4.txt"
FRUS_TEXT = ROOT.parent / "shared" / "corpus" / "frus-1938-v03" / "text"

# id, type, canonical name, [(alias, rule, confidence, matched against)], (lat, lon)
_ENTITIES = [
    ("e1", "PERSON", "Chiang Kai-shek", [("Chiang Kai-shek", "canonical", 1.0, None),
                                         ("Chairman Chiang", "title-strip", 0.95, "Chiang"),
                                         ("Chiang", "surname-of-full-name", 0.9, "Chiang Kai-shek"),
                                         ("Jiang", "pinyin-variant", 0.7, "Chiang")], None),
    ("e2", "PERSON", "Oskar Trautmann", [("Todman", "transliteration", 0.8, "Trautmann"),
                                         ("Tao Deman", "back-translation", 0.75, "Todman")], None),
    ("e3", "PERSON", "Kong Xiangxi", [("Kong Xiangxi", "canonical", 1.0, None)], None),
    ("e4", "PERSON", "Wang Chonghui", [("Wang Chonghui", "canonical", 1.0, None)], None),
    ("e5", "PERSON", "Xu Mo", [("Xu Mo", "canonical", 1.0, None)], None),
    ("e6", "PERSON", "Herbert von Dirksen", [("Dixon", "transliteration", 0.7, "Dirksen")], None),
    ("e7", "PERSON", "Hirota Koki", [("Hirota", "surname-of-full-name", 0.9, "Hirota Koki")], None),
    ("e8", "PERSON", "Joseph Stalin", [("Stalin", "surname-of-full-name", 0.95, "Joseph Stalin")], None),
    ("e9", "PERSON", "Kliment Voroshilov", [("Voroshilov", "surname-of-full-name", 0.9, "Kliment Voroshilov"),
                                            ("Marshal Voroshilov", "title-strip", 0.95, "Voroshilov")], None),
    ("e10", "PERSON", "Yang Jie", [("Yang Jie", "canonical", 1.0, None)], None),
    ("e11", "PERSON", "Jiang Tinghuang", [("Jiang Tinghuang", "canonical", 1.0, None),
                                          ("Chiang Tinghuang", "wade-giles-variant", 0.85, "Jiang Tinghuang")], None),
    ("e20", "GPE", "Nanjing", [("Nanjing", "canonical", 1.0, None),
                               ("Nanking", "postal-romanisation", 0.9, "Nanjing")], (32.0603, 118.7969)),
    ("e21", "GPE", "Wuhan", [("Wuhan", "canonical", 1.0, None)], (30.5928, 114.3055)),
    ("e22", "GPE", "Moscow", [("Moscow", "canonical", 1.0, None)], (55.7558, 37.6173)),
    ("e23", "GPE", "Berlin", [("Berlin", "canonical", 1.0, None)], (52.52, 13.405)),
    ("e24", "GPE", "Tokyo", [("Tokyo", "canonical", 1.0, None)], (35.6762, 139.6503)),
    ("e25", "GPE", "Brussels", [("Brussels", "canonical", 1.0, None)], (50.8503, 4.3517)),
    ("e26", "GPE", "Soviet Union", [("Soviet Union", "canonical", 1.0, None),
                                    ("Russia", "country-synonym", 0.8, "Soviet Union")], None),
    ("e27", "GPE", "Germany", [("Germany", "canonical", 1.0, None)], None),
    ("e28", "GPE", "Japan", [("Japan", "canonical", 1.0, None)], None),
    ("e29", "GPE", "China", [("China", "canonical", 1.0, None)], None),
    ("e30", "ORG", "Kuomintang", [("Kuomintang", "canonical", 1.0, None)], None),
    ("e31", "ORG", "Japanese General Staff Headquarters",
     [("Japanese General Staff Headquarters", "canonical", 1.0, None)], None),
    ("e32", "NORP", "Japanese", [("Japanese", "canonical", 1.0, None)], None),
    ("e33", "LAW", "Sino-Soviet Non-Aggression Pact", [("Sino-Soviet Non-Aggression Pact", "canonical", 1.0, None)],
     None),
]

# type, mode, trigger, nth occurrence of trigger, date, certainty, timex text (nth), sources, targets, place,
# polarity, modality
_EVENTS = [
    ("CONSULT", "visit", "visited Kong Xiangxi", 0, "1937-11-26", "inherited", ("November 26", 0),
     ["e2"], ["e3"], "e21", "positive", "asserted"),
    ("CONSULT", "talks", "held talks with Wang Chonghui", 0, "1937-11-29", "inherited", ("the next day", 0),
     ["e2"], ["e4"], "e21", "positive", "asserted"),
    ("CONSULT", "travel", "accompanied Todman back to Nanjing", 0, "1937-12-02", "stated", ("December 2", 0),
     ["e5"], ["e2"], "e20", "positive", "asserted"),
    ("CONSULT", "meet", "Chiang met with Todman", 0, "1937-12-02T17:00", "inherited", ("5 p.m. on the same day", 0),
     ["e1"], ["e2"], "e20", "positive", "asserted"),
    ("CONSULT", "telegram", "received a telegram from Dixon", 0, "1937-12-02", "stated", ("December 2", 1),
     ["e6"], ["e27"], "e24", "positive", "asserted"),
    ("DISAPPROVE", "memorandum", "handed over to Dixon", 0, "1937-12-04", "stated", ("December 4", 0),
     ["e27"], ["e6"], "e23", "positive", "asserted"),
    ("CONSULT", "submit", "submitted it to Hirota", 0, "1937-12-07", "stated", ("December 7", 0),
     ["e6"], ["e7"], "e24", "positive", "asserted"),
    ("RETREAT", "depart", "left Nanking on the 7th", 0, "1937-12-07", "inherited", ("the 7th", 0),
     ["e1"], [], "e20", "positive", "asserted"),
    ("REJECT", "refuse", "refused his request", 0, None, None, None,
     ["e26"], ["e1"], None, "positive", "asserted"),
    ("CONSULT", "report", "in the report provided by Chiang Tinghuang to the Kuomintang", 0, "1937-04", "approximate",
     ("April 1937", 0), ["e11"], ["e30"], None, "positive", "asserted"),
    ("CONSULT", "talk", "told Yang Jie", 0, "1937-11-11", "stated", ("November 11, 1937", 0),
     ["e9"], ["e10"], "e22", "positive", "asserted"),
    ("CONSULT", "talk", "long talk with Stalin", 0, "1937-11-11", "inherited", ("That night", 0),
     ["e10"], ["e8"], "e22", "positive", "asserted"),
    ("MOBILIZE", "send troops", "the Soviet Union can go to war with Japan", 0, None, None, None,
     ["e26"], ["e28"], None, "positive", "hypothetical"),
    ("REQUEST", "telegram", "personal telegram to Stalin", 0, "1937-11-30", "stated", ("November 30", 0),
     ["e1"], ["e8"], "e20", "positive", "asserted"),
    ("REJECT", "telegram", "joint telegram to Chiang Kai-shek", 0, "1937-12-04", "stated", ("December 4", 1),
     ["e8", "e9"], ["e1"], "e22", "positive", "asserted"),
]


def _nth(text: str, needle: str, n: int, start: int = 0) -> int:
    i = start - 1
    for _ in range(n + 1):
        i = text.find(needle, i + 1)
        if i < 0:
            raise ValueError(f"{needle!r} (#{n}) not in text")
    return i


def sentences_of(doc_id: str, text: str) -> list[Sentence]:
    """Crude sentence spans (period/question/exclamation mark or newline): enough for fixtures."""
    out, s = [], 0
    for m in re.finditer(r"[.!?]\"?(?=\s)|\n", text):
        e = m.end()
        if text[s:e].strip():
            lead = len(text[s:e]) - len(text[s:e].lstrip())
            out.append(Sentence(doc_id, s + lead, e))
        s = e
    if text[s:].strip():
        lead = len(text[s:]) - len(text[s:].lstrip())
        out.append(Sentence(doc_id, s + lead, len(text)))
    return out


def _sentence_at(sents: list[Sentence], pos: int) -> Sentence:
    for s in sents:
        if s.start <= pos < s.end:
            return s
    raise ValueError(pos)


def seed_corpus() -> Corpus:
    """The seed chapter annotated by hand (entities, merges, timexes, events, coordinates)."""
    text = SEED.read_text(encoding="utf-8")
    doc = Document(id="peace-talks-4", source=str(SEED), text=text, title="Peace talks after the Battle of Nanjing (4)",
                   date=None, format="txt")
    sents = sentences_of(doc.id, text)
    entities, mentions = [], []
    for eid, etype, name, spellings, coords in _ENTITIES:
        ent = Entity(id=eid, type=etype, name=name, aliases=[a for a, *_ in spellings])
        ent.merges = [Merge(alias=a, rule=r, confidence=c, other=o) for a, r, c, o in spellings if r != "canonical"]
        if coords:
            ent.latitude, ent.longitude = coords
        entities.append(ent)
    # Longest spellings first, so "Chairman Chiang" wins over "Chiang" and "Chiang Kai-shek" over "Chiang".
    spell = sorted(((a, e) for e in entities for a in e.aliases), key=lambda p: -len(p[0]))
    taken: list[tuple[int, int]] = []
    for alias, ent in spell:
        for m in re.finditer(r"(?<![\w-])" + re.escape(alias) + r"(?![\w-])", text):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            title = alias.split()[0] if alias.split()[0] in ("Chairman", "Marshal") else None
            mentions.append(Mention(doc.id, m.start(), m.end(), alias, ent.type, entity=ent.id, title=title,
                                    ner_label=ent.type, rule="fixture",
                                    sentence=sents.index(_sentence_at(sents, m.start()))))
    mentions.sort(key=lambda m: m.start)
    timexes: list[Timex] = []
    events: list[Event] = []
    for i, (etype, mode, trig, n, value, cert, tx, src, tgt, place, pol, modality) in enumerate(_EVENTS, 1):
        t0 = _nth(text, trig, n)
        sent = _sentence_at(sents, t0)
        tindex = None
        if tx:
            ttext, tn = tx
            s0 = _nth(text, ttext, tn)
            existing = [k for k, t in enumerate(timexes) if t.start == s0]
            if existing:
                tindex = existing[0]
            else:
                timexes.append(Timex(doc.id, s0, s0 + len(ttext), ttext, "TIME" if "T" in value else "DATE",
                                     value, mod="APPROX" if cert == "approximate" else None,
                                     anchor="explicit" if cert == "stated" else "narrative", rule="fixture"))
                tindex = len(timexes) - 1
        events.append(Event(id=f"ev{i}", document=doc.id, start=sent.start, end=sent.end, type=etype, mode=mode,
                            trigger=trig, trigger_start=t0, trigger_end=t0 + len(trig), date=value,
                            date_certainty=cert, timex=tindex, source=list(src), target=list(tgt), place=place,
                            polarity=pol, modality=modality, text=text[sent.start:sent.end], rule="fixture"))
    # A duration and an unanchored date, which views must list without placing.
    s0 = text.find("four hours")
    timexes.append(Timex(doc.id, s0, s0 + 10, "four hours", "DURATION", "PT4H", anchor="explicit", rule="fixture"))
    s0 = text.find("New Year's Day")
    timexes.append(Timex(doc.id, s0, s0 + 14, "New Year's Day", "DATE", "1938-01-01", anchor="explicit",
                         rule="fixture"))
    return Corpus(documents=[doc], entities=entities, mentions=mentions, timexes=timexes, events=events,
                  sentences=sents)


PAYLOADS = ('<script>window.__pwned="script"</script>', '"onerror="window.__pwned=\'attr\'',
            "<img src=x onerror=window.__pwned='img'>", "</script><script>window.__pwned='close'</script>",
            "javascript:window.__pwned='href'", "&lt;b&gt;entity&amp;")


def hostile_corpus() -> Corpus:
    """Every displayed field carries markup; a correct report shows it all as plain text."""
    p = PAYLOADS
    text = (f"{p[0]} met {p[2]} in {p[1]} on 2 December 1937.\n"
            f"{p[3]} wrote to {p[2]} about {p[5]}.\n{p[4]} left.\n")
    doc = Document(id=p[3], source=p[1], text=text, title=p[0], date="1937-12-02", date_source=p[2])

    def span(s, n=0):
        a = _nth(text, s, n)
        return a, a + len(s)

    ents = [Entity(id=p[1], type="PERSON", name=p[0], aliases=[p[0], p[3]],
                   merges=[Merge(alias=p[3], rule=p[2], confidence=0.5, other=p[0])]),
            Entity(id=p[2], type="PERSON", name=p[2], aliases=[p[2]]),
            Entity(id="place<x>", type="GPE", name=p[1], aliases=[p[1], p[4]], latitude=32.06, longitude=118.8,
                   wikidata=p[4]),
            Entity(id="org", type="ORG", name=p[5], aliases=[p[5]])]
    ments = []
    for s, n, ent in [(p[0], 0, ents[0]), (p[2], 0, ents[1]), (p[1], 0, ents[2]), (p[3], 0, ents[0]),
                      (p[2], 1, ents[1]), (p[5], 0, ents[3]), (p[4], 0, ents[2])]:
        a, b = span(s, n)
        ments.append(Mention(doc.id, a, b, s, ent.type, entity=ent.id, title=p[0], rule=p[1]))
    ments.sort(key=lambda m: m.start)
    a, b = span("2 December 1937")
    tx = [Timex(doc.id, a, b, "2 December 1937", "DATE", "1937-12-02", mod=p[0], anchor=p[2], rule=p[1]),
          Timex(doc.id, *span(p[4]), p[4], "DATE", p[0], rule=p[1])]
    first = text.index("\n")
    evs = [Event(id=p[0], document=doc.id, start=0, end=first, type=p[2], mode=p[1], trigger=p[0],
                 trigger_start=0, trigger_end=len(p[0]), date="1937-12-02", date_certainty="stated", timex=0,
                 source=[p[1]], target=[p[2]], place="place<x>", modality=p[0], polarity=p[3],
                 text=text[:first], rule=p[4]),
           Event(id=p[3], document=doc.id, start=first + 1, end=text.index("\n", first + 1), type=p[0],
                 mode=p[3], trigger=p[5], date=None, source=[p[1]], target=["org"], text=p[3], rule=p[0])]
    return Corpus(documents=[doc], entities=ents, mentions=ments, timexes=tx, events=evs,
                  sentences=sentences_of(doc.id, text))
