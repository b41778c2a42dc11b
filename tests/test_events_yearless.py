"""A text that names no year at all, read alone or beside other texts: its deeds keep the months and days it
tells, with the year unknown ("XXXX-09-10", as TimeML writes it), and take no year from an unrelated text read
before it. A text that goes on with the people of the one before it still continues that story's clock.
Text of our own."""
from __future__ import annotations

import annalyst
from event_helpers import events_in

DATED = ("In March 1911 the Norvalian army under General Anton Kessler crossed the river at Varna. "
         "On 2 April 1911 Kessler besieged the fortress of Pell.")
YEARLESS = ("On 10 September Orrin Harlan attacked the harbour of Ostmark. The next day Harlan left the town. "
            "On 14 September the governor sent a note to Harlan. Harlan refused the offer.")
GOES_ON = ("On 10 September Kessler attacked the harbour of Ostmark. On 14 September the governor sent a note "
           "to Kessler.")


def _read(tmp_path, *texts):
    paths = []
    for n, text in enumerate(texts):
        p = tmp_path / f"{n}-part.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(str(p))
    corpus = annalyst.extract(paths)
    return corpus, [next(d for d in corpus.documents if d.source == p) for p in paths]


def _in(corpus, doc, snippet, trigger):
    lo = doc.text.index(snippet)
    return [e for e in corpus.events if e.document == doc.id and e.trigger == trigger
            and lo <= e.trigger_start < lo + len(snippet)]


def test_a_text_without_a_year_keeps_its_months_and_days(tmp_path):
    corpus, (doc,) = _read(tmp_path, YEARLESS)
    (attack,) = events_in(corpus, doc.text, "Harlan attacked the harbour", "attacked")
    assert attack.date == "XXXX-09-10"
    (leaving,) = _in(corpus, doc, "Harlan left the town", "left")
    assert leaving.date == "XXXX-09-11"  # the day after, counted without a year
    (note,) = _in(corpus, doc, "the governor sent a note", "sent")
    assert note.date == "XXXX-09-14"
    (refusal,) = _in(corpus, doc, "Harlan refused", "refused")
    assert refusal.date == "XXXX-09-14" and refusal.date_certainty == "inherited"


def test_an_unrelated_text_read_before_gives_no_year(tmp_path):
    """Excerpts of different histories read together: the second names none of the first's people."""
    corpus, (_, doc) = _read(tmp_path, DATED, YEARLESS)
    (attack,) = _in(corpus, doc, "Harlan attacked the harbour", "attacked")
    assert attack.date == "XXXX-09-10"
    assert not any((t.value or "").startswith("1911") for t in corpus.timexes if t.document == doc.id)


def test_a_text_going_on_with_the_same_people_continues_the_story(tmp_path):
    corpus, (_, doc) = _read(tmp_path, DATED, GOES_ON)
    (attack,) = _in(corpus, doc, "Kessler attacked the harbour", "attacked")
    assert attack.date == "1911-09-10"
