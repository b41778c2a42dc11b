"""Name resolution on real text (seed chapter, FRUS telegrams) and small hand-made cases."""
from __future__ import annotations

import glob
from pathlib import Path

import pytest

from annalyst.model import Document, Mention
from annalyst.names import resolve
from annalyst.names.compare import analyse, conflict, name_match
from annalyst.names.gazetteer import lookup
from annalyst.names.typing import person_shape

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
SEED = SHARED / "seed" / "peace-talks-4.txt"
FRUS = sorted(glob.glob(str(SHARED / "frus-1938-v03" / "text" / "*.txt")))


@pytest.fixture(scope="module")
def seed():
    import annalyst

    return annalyst.extract([str(SEED)])


@pytest.fixture(scope="module")
def frus():
    import annalyst

    return annalyst.extract(FRUS)


def entity_of(corpus, text, start=None):
    for m in corpus.mentions:
        if m.text == text and (start is None or m.start == start):
            return next(e for e in corpus.entities if e.id == m.entity)
    raise AssertionError(f"no mention {text!r}")


# --- comparison rules -------------------------------------------------------------------

@pytest.mark.parametrize("a,b,rule", [
    ("Jiang Tinghuang", "Chiang Tinghuang", "romanization"),
    ("Xu Mo", "Hsu Mo", "romanization"),
    ("Todman", "Tao Deman", "backtransliteration"),
    ("Todman", "Todmann", "phonetic"),
    ("Todman", "Trautmann", "phonetic"),
    ("Dixon", "Dirksen", "phonetic"),
    ("Suetsugu", "Suyetsugu", "spelling.fold"),
    ("H. H. Kung", "Kong Xiangxi", "initials"),
    ("Tingfu Tsiang", "Tsiang Tingfu", "token.order"),
    ("Chiang Kai Shek", "Chiang Kai-shek", "exact"),
])
def test_same_person_across_spellings(a, b, rule):
    m = name_match(analyse(a), analyse(b))
    assert m is not None and m[0] == rule


@pytest.mark.parametrize("a,b", [
    ("Chiang Tinghuang", "Chiang Kai-shek"),
    ("Xu Mo", "Xu Yongchang"),
    ("Frank Kruezberg", "Frederick Kruezberg"),
    ("C. T. Wang", "Wang Chonghui"),
])
def test_conflicting_given_names_never_match(a, b):
    assert name_match(analyse(a), analyse(b)) is None
    assert conflict(analyse(a), analyse(b))


def test_short_skeletons_do_not_match():
    assert name_match(analyse("Eden"), analyse("Adon")) is None
    assert name_match(analyse("Wang"), analyse("Wong Ka")) is None


# --- gazetteer ----------------------------------------------------------------------------

def test_gazetteer_historical_and_namesakes():
    assert lookup("Nanking").key == lookup("Nanjing").key
    assert lookup("Soviet Union").key == lookup("Russia").key
    assert lookup("Canton").country == "CN"  # not Canton, Ohio
    assert lookup("Berlin").country == "DE" and lookup("Moscow").country == "RU"
    for old in ("Hankow", "Peiping", "Kuling"):
        p = lookup(old)
        assert p is not None and p.country == "CN" and p.latitude is not None
    assert lookup("Todman") is None


def test_person_shapes():
    assert person_shape("Bai Chongxi") == "chinese_personal_name"
    assert person_shape("Hirota") == "japanese_name"
    assert person_shape("Voroshilov") == "slavic_surname"
    assert person_shape("Nanjing") is None and person_shape("Johnson") is None


# --- hand-made documents -----------------------------------------------------------------

def _doc(text: str, names: list[tuple[str, str, int]], did="d1"):
    """Mentions of ``names`` (text, NER label, occurrence) in ``text``."""
    ms = []
    for name, label, occ in names:
        pos = -1
        for _ in range(occ + 1):
            pos = text.index(name, pos + 1)
        ms.append(Mention(did, pos, pos + len(name), name, label, ner_label=label, sentence=text.count(".", 0, pos)))
    return Document(did, did, text), ms


def test_bare_surname_goes_to_nearest_preceding_and_never_bridges():
    text = ("Chiang Kai-shek met Chiang Tinghuang. Later Chiang Tinghuang wrote. "
            "Chiang replied. Then Chiang Kai-shek left. Chiang slept.")
    doc, ms = _doc(text, [("Chiang Kai-shek", "PERSON", 0), ("Chiang Tinghuang", "PERSON", 0),
                          ("Chiang Tinghuang", "PERSON", 1), ("Chiang", "PERSON", 3), ("Chiang Kai-shek", "PERSON", 1),
                          ("Chiang", "PERSON", 5)])
    ents = resolve(ms, [doc])
    by = {m.start: m.entity for m in ms}
    kai, ting = ms[0].entity, ms[1].entity
    assert kai != ting
    assert by[ms[3].start] == ting  # nearest preceding full name
    assert by[ms[5].start] == kai
    assert len([e for e in ents if e.type == "PERSON"]) == 2


def test_ambiguous_bare_surname_without_context_stays_unresolved():
    d1, m1 = _doc("Chiang Kai-shek spoke.", [("Chiang Kai-shek", "PERSON", 0)], "a")
    d2, m2 = _doc("Chiang Tinghuang spoke.", [("Chiang Tinghuang", "PERSON", 0)], "b")
    d3, m3 = _doc("Chiang spoke.", [("Chiang", "PERSON", 0)], "c")
    ms = m1 + m2 + m3
    resolve(ms, [d1, d2, d3])
    assert len({m.entity for m in ms}) == 3


def test_user_alias_file_forces_merge_split_and_name(tmp_path):
    text = "Todman met Chiang. Dixon wrote to Hirota. Todman left."
    doc, ms = _doc(text, [("Todman", "NORP", 0), ("Dixon", "ORG", 0), ("Hirota", "GPE", 0), ("Todman", "PERSON", 1)])
    f = tmp_path / "aliases.yaml"
    f.write_text("- name: Oskar Trautmann\n  type: PERSON\n  aliases: [Todman]\n  wikidata: Q77326\n"
                 "- name: Herbert von Dirksen\n  aliases: [Dixon]\n")
    ents = {e.name: e for e in resolve(ms, [doc], aliases=f)}
    t = ents["Oskar Trautmann"]
    assert t.wikidata == "Q77326" and set(t.aliases) == {"Todman"} and t.type == "PERSON"
    assert all(m.label == "PERSON" for m in ms if m.text == "Todman")
    assert ents["Herbert von Dirksen"].aliases == ["Dixon"]
    assert any(mg.rule == "user.alias" for mg in ents["Herbert von Dirksen"].merges)
    csv = tmp_path / "aliases.csv"
    csv.write_text("name,type,aliases,wikidata\nNanking,GPE,Nanjing|Nanking,\n")
    doc2, ms2 = _doc("Nanjing fell.", [("Nanjing", "GPE", 0)])
    e2 = resolve(ms2, [doc2], aliases=csv)
    assert e2[0].name == "Nanking"


# --- the seed chapter ---------------------------------------------------------------------

def test_seed_spelling_pairs(seed):
    same = [("Todman", "Tao Deman"), ("Jiang Tinghuang", "Chiang Tinghuang"), ("Chiang", "Chiang Kai-shek"),
            ("Jiang", "Chiang Kai-shek"), ("Russia", "Soviet Union")]
    for a, b in same:
        assert entity_of(seed, a).id == entity_of(seed, b).id, (a, b)
    assert entity_of(seed, "Jiang Tinghuang").id != entity_of(seed, "Chiang Kai-shek").id
    assert entity_of(seed, "Xu Mo").id != entity_of(seed, "Xu Yongchang").id


def test_seed_titles_and_types(seed):
    chairman = [m for m in seed.mentions if m.title == "Chairman"]
    assert chairman and all(m.entity == entity_of(seed, "Chiang Kai-shek").id for m in chairman)
    marshal = [m for m in seed.mentions if m.title == "Marshal"]
    assert marshal and marshal[0].text == "Voroshilov"
    assert len({m.entity for m in seed.mentions if m.text == "Voroshilov"}) == 1
    for name in ("Bai Chongxi", "Hirota", "Dixon", "Todman", "Voroshilov", "Chiang"):
        assert {m.label for m in seed.mentions if m.text == name} == {"PERSON"}, name
    assert entity_of(seed, "Nanjing").type == "GPE" and entity_of(seed, "Nanjing").latitude


def test_seed_every_merge_has_a_reason(seed):
    for e in seed.entities:
        for a in e.aliases:
            if a != e.name:
                mg = [x for x in e.merges if x.alias == a]
                assert mg and 0 < mg[0].confidence <= 1 and mg[0].rule, (e.id, a)


def test_seed_ids_stable(seed):
    import annalyst

    again = annalyst.extract([str(SEED)])
    assert [e.id for e in again.entities] == [e.id for e in seed.entities]


def test_seed_other_chiang_in_the_same_sentence(seed):
    # "Although Chiang repeatedly warned Chiang Kai-shek ...": the ambassador, not Chiang Kai-shek
    text = SEED.read_text()
    pos = text.index("Although Chiang repeatedly") + len("Although ")
    assert entity_of(seed, "Chiang", pos).id == entity_of(seed, "Chiang Tinghuang").id


# --- FRUS telegrams -----------------------------------------------------------------------

def test_frus_spellings_and_types(frus):
    assert entity_of(frus, "Suetsugu").id == entity_of(frus, "Suyetsugu").id
    assert entity_of(frus, "Hsu").id == entity_of(frus, "Hsu Mo").id
    assert entity_of(frus, "Chiang Kai Shek").id == entity_of(frus, "Chiang Kai-shek").id
    assert entity_of(frus, "Davis").id == entity_of(frus, "Norman Davis").id
    assert entity_of(frus, "Frank Kruezberg").id != entity_of(frus, "Frederick Kruezberg").id
    for name in ("Litvinov", "Hirota"):
        assert {m.label for m in frus.mentions if m.text == name} == {"PERSON"}, name
    for name in ("Tsingtao", "Chungking", "Alma Ata"):
        assert {m.label for m in frus.mentions if m.text == name} <= {"GPE", "LOC"}, name


def test_frus_german_ambassador_depends_on_the_post(frus):
    """Hankow telegrams' German Ambassador (Trautmann) is not the one in Tokyo (Dirksen)."""
    text = {d.id: d.text for d in frus.documents}
    amb = [m for m in frus.mentions if m.text == "German Ambassador"]
    # d1 is a Hankow telegram; its first German Ambassador is the footnoted Trautmann (309-330)
    hankow = {m.entity for m in amb if m.document == "d1" and 309 <= m.start < 330}
    tokyo = {m.entity for m in amb if text[m.document][m.end:m.end + 9] in (" in Tokyo", " at Tokyo")}
    assert hankow and tokyo and not hankow & tokyo
