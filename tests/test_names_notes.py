"""Editors' notes of a TEI volume as evidence of who people are, and bare titles resolved
from the corpus (names/notes.py, names/__init__.py), on the FRUS volume and on small texts
of our own."""
from __future__ import annotations

from pathlib import Path

import pytest

from annalyst.formats.tei import tei_documents
from annalyst.model import Document, Mention, Note
from annalyst.names import resolve
from annalyst.names.notes import identification, title_pairs

FRUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "frus-1938-v03"
VOLUME = FRUS / "frus1938v03-ch1-d1-d36.xml"


@pytest.fixture(scope="module")
def tei():
    import annalyst

    return annalyst.extract([str(VOLUME)])


def _entity(corpus, eid):
    return next(e for e in corpus.entities if e.id == eid)


def _mention(corpus, doc, text, nth=0):
    ms = [m for m in corpus.mentions if m.document == doc and m.text == text]
    return ms[nth]


# --- the TEI reader keeps notes beside the text ----------------------------------------------

def test_notes_are_kept_beside_an_unchanged_text():
    xml = ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>The envoy '
           '<note n="1" xml:id="fn1">Hans Weber.</note> left Canton<note n="2">See the annual '
           'report.</note>.\n   Then   he <note n="3">A third.</note> slept.</p></body></text></TEI>').encode()
    [(key, text, _, _, notes)] = list(tei_documents(xml, "x.xml"))
    assert text == "The envoy left Canton. Then he slept."
    assert [(n.id, n.n, n.text) for n in notes] == [("fn1", "1", "Hans Weber."), (None, "2", "See the annual report."),
                                                   (None, "3", "A third.")]
    assert text[:notes[0].anchor] == "The envoy"
    assert text[:notes[1].anchor] == "The envoy left Canton"
    assert text[:notes[2].anchor] == "The envoy left Canton. Then he"


def test_frus_volume_notes_stand_right_after_the_words_they_annotate(tei):
    d1 = next(d for d in tei.documents if d.id == "d1")
    fn4 = next(n for n in d1.notes if n.id == "d1fn4")
    assert fn4.n == "4" and fn4.text.startswith("Oskar")
    assert d1.text[:fn4.anchor].endswith("the German Ambassador")
    assert "Oskar" not in d1.text  # notes are not part of the text
    assert d1.to_dict().keys() == {"id", "source", "text", "date", "date_source", "title", "format"}


# --- what a note says ------------------------------------------------------------------------

@pytest.mark.parametrize("text,name,titles", [
    ("Hans Weber.", "Hans Weber", ()),
    ("Sir John A. Smith, British Consul at Canton.", "John A. Smith", ("Sir",)),
    ("Col. Peter van Dam, Military Attaché in Japan.", "Peter van Dam", ("Colonel",)),
    ("Admiral Karl Lutz of the Second Fleet.", "Karl Lutz", ("Admiral",)),
])
def test_a_note_that_starts_with_a_name_identifies_a_person(text, name, titles):
    p = identification(text, {"of", "the", "report", "reports"})
    assert p is not None and p.name == name and p.titles == titles


@pytest.mark.parametrize("text", [
    "British Consul at Canton.",  # a description
    "Secretary General of the Foreign Office.",  # titles and an office only
    "Annual Reports, 1930, vol. ii, p. 12.",  # a reference: its words are written in lower case
    "Vol. ii, p. 12.",
    "Admiral Lutz sailed for home on May 2.",  # a sentence about someone
    "Tokyo correspondent of a weekly.",
])
def test_a_note_that_describes_or_refers_identifies_nobody(text):
    assert identification(text, {"of", "the", "report", "reports"}) is None


def test_title_pairs_of_a_note():
    assert title_pairs("Marshal Lutz resigned in favor of Dr. K. L. Weber as Chairman of the Board.", set()) == [
        ("Marshal", "Lutz"), ("Dr", "K. L. Weber")]


# --- mechanism 1: identification notes on the FRUS volume ----------------------------------

def test_tei_german_ambassador_is_trautmann_by_the_editors_note(tei):
    m = _mention(tei, "d1", "German Ambassador")
    e = _entity(tei, m.entity)
    assert "Trautmann" in e.aliases and "Oskar Trautmann" in e.aliases
    mg = next(x for x in e.merges if x.alias == "German Ambassador")
    assert mg.rule == "editor.note" and "d1fn4" in mg.other and 0 < mg.confidence <= 1
    # the German Ambassador at Tokyo in the same telegram is somebody else
    assert _mention(tei, "d1", "German Ambassador", 1).entity != m.entity


def test_tei_office_with_no_name_in_the_text_becomes_the_person_of_the_note(tei):
    m = next(m for m in tei.mentions if m.document == "d28" and m.text == "Vice Minister for Foreign Affairs")
    e = _entity(tei, m.entity)
    assert e.name == "Kensuke Horinouchi" and e.type == "PERSON"
    hirota = _entity(tei, _mention(tei, "d1", "Japanese Minister for Foreign Affairs").entity)
    assert "Hirota" in hirota.aliases and "Koki Hirota" in hirota.aliases


def test_tei_surname_with_a_note_gets_the_full_name(tei):
    e = _entity(tei, _mention(tei, "d12", "Craigie").entity)
    assert "Robert L. Craigie" in e.aliases
    assert any(x.alias == "Craigie" and x.rule == "editor.note" and "d12fn26" in x.other for x in e.merges)


def test_tei_name_the_model_missed_before_a_note_becomes_a_mention(tei):
    text = next(d for d in tei.documents if d.id == "d6").text
    m = next(m for m in tei.mentions if m.document == "d6" and m.rule == "note")
    assert text[m.start:m.end] == m.text == "Chamberlain" and m.label == "PERSON"


def test_tei_no_note_merges_two_people(tei):
    assert _mention(tei, "d12", "Craigie").entity != _mention(tei, "d1", "German Ambassador").entity
    kruez = {m.entity for m in tei.mentions if m.text in ("Frank Kruezberg", "Frederick Kruezberg")}
    assert len(kruez) == 2  # conflicting given names stay apart


# --- mechanism 2: bare titles ------------------------------------------------------------------

def test_tei_generalissimo_joins_chiang_kai_shek_by_the_title_in_a_note(tei):
    chiang = _mention(tei, "d5", "Chiang Kai Shek").entity
    gen = [m for m in tei.mentions if m.text == "Generalissimo"]
    assert {m.document for m in gen} >= {"d13", "d20"}
    assert {m.entity for m in gen} == {chiang}
    e = _entity(tei, chiang)
    mg = next(x for x in e.merges if x.alias == "Generalissimo")
    assert mg.rule == "title.unique" and "d5fn13" in mg.other


def test_txt_generalissimo_stays_unresolved_without_the_notes():
    import annalyst

    c = annalyst.extract([str(FRUS / "text" / f"{d}.txt") for d in ("d5", "d13", "d20")])
    chiang = _mention(c, "d5", "Chiang Kai Shek").entity
    gen = [m for m in c.mentions if m.text == "Generalissimo"]
    assert gen and all(m.entity != chiang for m in gen)


def _doc(text, names, did="a", notes=()):
    """Mentions of ``names`` ((text, occurrence)) typed PERSON, with the title written before."""
    from annalyst.mentions import title_before

    ms = []
    for name, occ in names:
        pos = -1
        for _ in range(occ + 1):
            pos = text.index(name, pos + 1)
        ms.append(Mention(did, pos, pos + len(name), name, "PERSON", ner_label="PERSON",
                          title=title_before(text, pos), sentence=text.count(".", 0, pos)))
    return Document(did, did, text, notes=list(notes)), ms


def test_bare_title_with_one_holder_in_the_corpus_joins_him():
    d1, m1 = _doc("Marshal Lutz inspected the fleet.", [("Lutz", 0)], "a")
    d2, m2 = _doc("Karl Weber wrote. The Marshal answered him.", [("Karl Weber", 0), ("Marshal", 0)], "b")
    ents = {e.id: e for e in resolve(m1 + m2, [d1, d2])}
    assert m2[1].entity == m1[0].entity != m2[0].entity
    assert any(x.rule == "title.unique" for x in ents[m1[0].entity].merges)


def test_bare_title_with_two_holders_stays_unresolved():
    d1, m1 = _doc("Marshal Lutz and Marshal Weber inspected the fleet.", [("Lutz", 0), ("Weber", 0)], "a")
    d2, m2 = _doc("The Marshal answered.", [("Marshal", 0)], "b")
    resolve(m1 + m2, [d1, d2])
    assert m2[0].entity not in (m1[0].entity, m1[1].entity)


def test_bare_title_with_two_holders_one_only_in_a_note_stays_unresolved():
    text = "Marshal Lutz met Karl Weber. The Marshal answered."
    note = Note("n1", "1", "Marshal Weber retired in favor of Lutz.", text.index("Karl Weber") + len("Karl Weber"))
    d, ms = _doc(text, [("Lutz", 0), ("Karl Weber", 0), ("Marshal", 1)], notes=[note])
    resolve(ms, [d])
    assert ms[2].entity not in (ms[0].entity, ms[1].entity)
    d, ms = _doc(text, [("Lutz", 0), ("Karl Weber", 0), ("Marshal", 1)])  # without the note: one holder
    resolve(ms, [d])
    assert ms[2].entity == ms[0].entity


def test_identification_note_on_a_small_text_of_our_own():
    text = "The German Consul called today. Weber said the talks had failed. The German Consul left."
    anchor = text.index(" called")
    d, ms = _doc(text, [("Weber", 0)], notes=[Note("n7", "7", "Hans Weber, German Consul at Canton.", anchor),
                                              Note("n8", "8", "German Consul at Canton.", len(text))])
    for s in (text.index("German Consul"), text.rindex("German Consul")):
        ms.append(Mention("a", s, s + len("German Consul"), "German Consul", "PERSON", title="Consul", rule="role"))
    ents = {e.id: e for e in resolve(ms, [d])}
    weber = ents[ms[0].entity]
    assert ms[1].entity == ms[2].entity == weber.id  # the second one: the same office, the same holder
    assert "Hans Weber" in weber.aliases and weber.name == "Hans Weber"
    assert any(x.rule == "editor.note" and x.other.endswith("n7") for x in weber.merges)


def test_a_note_whose_name_does_not_fit_the_name_before_it_is_ignored():
    text = "Weber left Canton today."
    d, ms = _doc(text, [("Weber", 0)], notes=[Note("n1", "1", "Karl Lutz.", len("Weber"))])
    ents = resolve(ms, [d])
    assert ents[0].aliases == ["Weber"] and not ents[0].merges


def test_bare_title_in_a_text_of_another_time_does_not_join_the_holder():
    # one holder of the title in the corpus, but the second text tells of another century
    d1, m1 = _doc("In 1776 King Harald crossed the strait.", [("Harald", 0)], "a")
    d2, m2 = _doc("In 1789 the King summoned the council.", [("King", 0)], "b")
    d3, m3 = _doc("In 1777 the King crossed back.", [("King", 0)], "c")
    resolve(m1 + m2 + m3, [d1, d2, d3], periods={"a": (1776, 1776), "b": (1789, 1789), "c": (1777, 1777)})
    assert m2[0].entity != m1[0].entity  # another time, another king
    resolve(m1 + m3, [d1, d3], periods={"a": (1776, 1777), "c": (1777, 1777)})
    assert m3[0].entity == m1[0].entity  # the same years: the one holder
