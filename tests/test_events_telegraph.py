"""Telegraph style and memoranda of conversation, on texts of our own through the whole pipeline:
"the latter", an office named without its article, a message a statement is made in, a parenthesis
that cites another telegram, "called to see me", an inquiry told by a relative clause, a look back
in the past perfect that must not date the scene after it."""
from __future__ import annotations

import pytest

from event_helpers import events_in, extract_text, names_of

TELEGRAM = """The Consul at Verona (Harlan) to the Secretary of State
Verona, March 4, 1921—3 p.m.

12. In a talk which Mr. Harlan had with Mr. Brandt recently, the latter stated that the reply would be sent soon. Vice Minister stated that the council was firm. Nothing more is known. Vice Minister stated that the members were united.

2. In a personal letter to me Mr. Osgood has proposed that the matter be dropped. I told him in reply that I agreed.

3. The soldiers gave up their arms to the guards (reported in Milan's 7, March 2, 9 a.m.).

Harlan
"""

MEMO = """Memorandum by the Secretary (Harlan)
[Verona,] March 6, 1921.

Mr. Brandt called to see me this morning. He thanked me for the letter which I had sent to him on March 2 in answer to the inquiry which he had made of me on February 27. He said that his government had decided to postpone making the announcement. Mr. Brandt then handed me a memorandum.

H[arlan]
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    import annalyst

    d = tmp_path_factory.mktemp("telegraph")
    (d / "t1.txt").write_text(TELEGRAM, encoding="utf-8")
    (d / "t2.txt").write_text(MEMO, encoding="utf-8")
    c = annalyst.extract([str(d / "t1.txt"), str(d / "t2.txt")])
    names = {e.id: e.name for e in c.entities}
    docs = {d.id: d.source.rsplit("/", 1)[-1] for d in c.documents}
    return c, names, docs


def _evs(corpus, doc, trigger):
    c, names, docs = corpus
    return [(e, [names[i] for i in e.source], [names[i] for i in e.target]) for e in c.events
            if docs[e.document] == doc and e.trigger == trigger]


def _facts(evs):
    return [x for x in evs if x[0].polarity == "positive" and x[0].modality in ("asserted", "reported")]


def test_the_latter_and_a_bare_office_name_the_person_spoken_of(corpus):
    evs = _facts(_evs(corpus, "t1.txt", "stated"))
    assert len(evs) == 3  # one statement per speech verb, however many "that"-clauses it has
    assert all(any("Brandt" in s for s in src) for _, src, _ in evs)


def test_a_statement_made_in_a_letter_is_the_letter(corpus):
    (letter,) = _facts(_evs(corpus, "t1.txt", "letter"))
    assert letter[0].type == "CONSULT" and any("Osgood" in s for s in letter[1])
    assert letter[0].date and letter[0].date.startswith("1921-03-04")
    assert not _facts(_evs(corpus, "t1.txt", "proposed"))  # what the letter said, not a second event


def test_in_reply_is_no_message_and_a_cited_telegram_is_no_event(corpus):
    assert not _evs(corpus, "t1.txt", "reply")
    assert _facts(_evs(corpus, "t1.txt", "told"))
    assert not _evs(corpus, "t1.txt", "reported")
    assert not [e for e, _, _ in _evs(corpus, "t1.txt", "gave") if e.type == "AID"]  # "gave up their arms"


def test_called_to_see_me_is_a_visit_paid(corpus):
    (see,) = _evs(corpus, "t2.txt", "see")
    assert see[0].modality == "asserted" and see[0].date.startswith("1921-03-06")


def test_an_inquiry_told_by_a_relative_clause_and_the_scene_after_a_look_back(corpus):
    (inq,) = _evs(corpus, "t2.txt", "inquiry")
    assert inq[0].type == "REQUEST" and inq[0].date == "1921-02-27"
    assert any("Brandt" in s for s in inq[1]) and any("Harlan" in t for t in inq[2])
    (handed,) = _evs(corpus, "t2.txt", "handed")
    assert handed[0].date.startswith("1921-03-06")  # not the March 2 or February 27 of the look back


def test_postponing_a_deed_is_not_doing_it(corpus):
    assert not _facts(_evs(corpus, "t2.txt", "making"))


def test_a_telegrams_verbless_report_of_a_move_is_dated_by_the_telegram(tmp_path):
    # "Many units withdrawn to X": the parser reads the sentence as one noun phrase; it tells a deed
    c, text = extract_text(tmp_path, (
        "Harlan, March 4, 1921—10 a.m.\n\n"
        "I returned Harlan March 3 from Kessring. Many units withdrawn to Varenholt area for rest."))
    (moved,) = events_in(c, text, "units withdrawn", "withdrawn")
    assert moved.type == "RETREAT" and moved.date and moved.date.startswith("1921-03")
    assert {d.text for d in moved.described} == {"units"}


def test_he_after_a_talk_with_someone_is_that_someone_not_the_person_talked_about(tmp_path):
    c, text = extract_text(tmp_path, (
        "The Consul at Verona (Harlan) to the Secretary of State\nVerona, March 4, 1921—3 p.m.\n\n"
        "12. During a long talk this morning with the Head of the Northern Section about the cabinet "
        "changes, in particular as they touch Karl Brandt, he remarked that the changes were hard to read."))
    (commented,) = events_in(c, text, "he remarked", "remarked")
    assert commented.type == "STATEMENT" and not names_of(c, commented.source)
    assert {d.text for d in commented.described if d.role == "source"} == {"Head of the Northern Section"}
