"""Temporal expressions on real text (the seed chapter, FRUS telegrams) and small hand-made cases."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from annalyst.model import Document
from annalyst.time import (find_document_date, is_citation, is_label, reference_time_at, resolve_corpus,
                           tag_document)

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SEED = SHARED / "corpus" / "seed" / "peace-talks-4.txt"
FRUS = SHARED / "corpus" / "frus-1938-v03"

SEED_GOLD = [
    ("November 26", "1937-11-26"), ("28", "1937-11-28"), ("the next day", "1937-11-29"),
    ("December 2", "1937-12-02"), ("5 p.m. on the same day", "1937-12-02T17:00"), ("December 2", "1937-12-02"),
    ("December 4", "1937-12-04"), ("December 7", "1937-12-07"), ("the 7th", "1937-12-07"),
    ("New Year's Day in 1938", "1938-01-01"), ("April 1937", "1937-04"), ("November 11, 1937", "1937-11-11"),
    ("That night", "1937-11-11TNI"), ("four hours", "PT4H"), ("November 30", "1937-11-30"),
    ("December 4", "1937-12-04"),
]


def _need(p: Path) -> Path:
    if not p.exists():
        pytest.skip(f"{p} not available")
    return p


@pytest.fixture(scope="module")
def seed_timexes():
    text = _need(SEED).read_text(encoding="utf-8")
    return text, tag_document(text, "seed")


def test_seed_every_date_right(seed_timexes):
    text, tx = seed_timexes
    dated = [(t.text, t.value) for t in tx if t.type in ("DATE", "TIME", "DURATION")
             and not t.value.endswith("_REF")]
    assert dated == SEED_GOLD
    for t in tx:
        assert text[t.start:t.end] == t.text


def test_seed_anchoring_is_explained(seed_timexes):
    _, tx = seed_timexes
    by_text = {t.text: t for t in tx}
    assert by_text["November 26"].anchor == "lookahead"  # the year comes paragraphs later
    assert by_text["November 11, 1937"].anchor == "explicit"
    assert by_text["That night"].anchor == "narrative"
    assert by_text["five p.m." if False else "5 p.m. on the same day"].type == "TIME"


def test_seed_has_no_document_date():
    assert find_document_date(_need(SEED).read_text(encoding="utf-8")) is None


def _frus_docs():
    return [json.loads(line) for line in _need(FRUS / "docs.jsonl").read_text(encoding="utf-8").splitlines()]


def _gold_date(d: dict) -> str:
    when = d["dates"][0]["when"]
    return when[:16] if "T" in when else when


def test_frus_document_dates():
    docs = _frus_docs()
    right = 0
    for d in docs:
        text = (FRUS / "text" / f"{d['id']}.txt").read_text(encoding="utf-8")
        found = find_document_date(text)
        if found is not None and found.value == _gold_date(d):
            right += 1
            assert text[found.start:found.end].startswith(d["dates"][0]["text"].split("—")[0].split(",")[0])
    assert right / len(docs) >= 0.95, right


def test_frus_d1_dateline_and_body():
    text = _need(FRUS / "text" / "d1.txt").read_text(encoding="utf-8")
    dd = find_document_date(text)
    assert dd is not None and dd.value == "1938-01-01T22:00"
    tx = {t.text: t.value for t in tag_document(text, "d1", dct=dd.value)}
    assert tx["December 31, 4 [2] p.m."] == "1937-12-31T14:00"  # editor's correction read
    assert tx["December 23"] == "1937-12-23"  # a year-less date in a January telegram is last year's
    assert tx["this morning"] == "1938-01-01TMO"


def test_bracketed_day_correction_in_dateline():
    assert find_document_date("Heading\nHankow, January 8 [5], 1938—noon.\nBody.").value == "1938-01-05T12:00"
    assert find_document_date("Memo\n[Washington,] January 10, 1938.\n\nText.").value == "1938-01-10"


def test_publication_date_is_not_the_story_time():
    text = "Updated on 2024-01-29\nOn November 2 the envoy left. Much later, in March 1938, he returned."
    tx = tag_document(text, "page")
    assert tx[0].anchor == "meta"
    nov = next(t for t in tx if t.text == "November 2")
    assert nov.value == "1937-11-02"  # from the year the story states, not the page date


def test_unknown_year_stays_unknown():
    """The year stays unknown; the days the text counts from a year-less date are still counted."""
    tx = tag_document("On November 2 the envoy left; the next day he arrived. That night he wrote. On 31 December "
                      "he fell ill; the next day he died, at 5 p.m. on the same day. A week later they met.", "x")
    assert [(t.value, t.anchor) for t in tx] == [
        ("XXXX-11-02", "unresolved"), ("XXXX-11-03", "yearless"), ("XXXX-11-03TNI", "yearless"),
        ("XXXX-12-31", "unresolved"), ("XXXX-01-01", "yearless"), ("XXXX-01-01T17:00", "yearless"),
        ("XXXX-WXX", "unresolved")]  # (a week is numbered by its year's calendar)


def test_a_weekday_before_the_date_it_names_is_one_expression():
    text = ("On 8 July 1911 the envoy left. The army crossed the river at Sunday dawn of 25 June 1911. "
            "On Monday the 26th of June the council met.")
    tx = {t.text: t.value for t in tag_document(text, "x")}
    assert tx["Sunday dawn of 25 June 1911"] == "1911-06-25TMO"  # not the Sunday after July 8
    assert "Sunday" not in tx


def test_a_date_a_plan_is_set_for_does_not_move_the_story():
    text = ("On 2 March 1788 the meeting of the Estates was set for 10 April 1788. "
            "The next day the King agreed to the proposition.")
    tx = {t.text: t.value for t in tag_document(text, "x")}
    assert tx["10 April 1788"] == "1788-04-10" and tx["The next day"] == "1788-03-03"


def test_flashback_year_does_not_move_the_thread():
    text = ("On 10 March 1975 the offensive began, the first step of a campaign planned for 1976. "
            "The defence collapsed on 11 March.")
    tx = {t.text: t.value for t in tag_document(text, "x")}
    assert tx["11 March"] == "1975-03-11"


def test_corpus_neighbours_give_the_year():
    a = Document("a", "a.txt", "In December 1937 the capital fell. On December 13 the city was taken.")
    b = Document("b", "b.txt", "On January 2 the envoy left; the next day he arrived.")
    by_doc = {d.id: tag_document(d.text, d.id) for d in (a, b)}
    assert by_doc["b"][0].value == "XXXX-01-02"
    resolve_corpus([a, b], by_doc)
    assert [(t.value, t.anchor) for t in by_doc["b"]] == [("1938-01-02", "corpus"), ("1938-01-03", "corpus")]


def test_reference_time_at(seed_timexes):
    text, tx = seed_timexes
    assert reference_time_at(tx, text.index("Prior to his meeting")) == "1937-12-02"
    assert reference_time_at(tx, text.index("Yang Jie quickly relayed")) == "1937-11-11TNI"
    assert reference_time_at(tx, 0) is None


def test_reference_time_in_a_telegram_stays_on_its_date():
    """FRUS d1: a date inside a clause ("handed ... on December 23 by the Minister") dates its own sentence;
    the telegram's later paragraphs are still told on the telegram's date."""
    text = _need(FRUS / "text" / "d1.txt").read_text(encoding="utf-8")
    dct = find_document_date(text).value
    tx = tag_document(text, "d1", dct=dct)
    at = text.index
    assert reference_time_at(tx, at("by the Japanese Minister"), document_date=dct, text=text) == "1937-12-23"
    assert reference_time_at(tx, at("3. Dr. Hsu Mo stated"), document_date=dct, text=text) == dct
    assert reference_time_at(tx, at("He stated he had not yet heard"), document_date=dct, text=text) == dct
    assert reference_time_at(tx, at("stating that they were"), document_date=dct, text=text) == "1938-01-01TMO"
    # without a document date the same timexes read as a narrative: the last date mentioned
    assert reference_time_at(tx, at("3. Dr. Hsu Mo stated")) == "1937-12-23"


def test_reference_time_in_a_dated_document_follows_an_opening_date():
    text = ("Hankow, January 1, 1938.\n\n1. The Minister said the terms were handed over on December 23 in Tokyo. "
            "He expects a reply.\n\n2. On December 26, the Ambassador saw the Minister. He gave no answer. "
            "That night the Ambassador cabled Berlin.\n\n3. Today the Minister repeated his view.")
    dct = find_document_date(text).value
    tx = tag_document(text, "t", dct=dct)
    ref = {k: reference_time_at(tx, text.index(k), document_date=dct, text=text)
           for k in ("He expects", "He gave no", "the Ambassador cabled", "the Minister repeated")}
    assert ref == {"He expects": "1938-01-01", "He gave no": "1937-12-26",
                   "the Ambassador cabled": "1937-12-26TNI", "the Minister repeated": "1938-01-01"}
    # sentences given as spans instead of text
    spans = [(m.start(), m.end()) for m in __import__("re").finditer(r"[^.\n]+\.?", text)]
    assert reference_time_at(tx, text.index("He gave no"), document_date=dct, sentences=spans) == "1937-12-26"
    assert reference_time_at(tx, text.index("He expects"), document_date=dct, sentences=spans) == "1938-01-01"


def test_reference_time_in_the_seed_narrative_still_follows_the_story(seed_timexes):
    text, tx = seed_timexes
    for kw in ({}, {"text": text}, {"document_date": None, "text": text}):
        assert reference_time_at(tx, text.index("Prior to his meeting"), **kw) == "1937-12-02"
        assert reference_time_at(tx, text.index("Yang Jie quickly relayed"), **kw) == "1937-11-11TNI"


def test_an_aside_in_a_sentence_does_not_move_the_story():
    text = ("On October 20, 1944 Riga was freed. The army then marched on Prussia, a drive that went on "
            "until the taking of Danzig in February 1945. By the start of July the Japanese had taken Changsha. "
            "The committee created at the conference on 5 November 1943 met again. On 15 July it decided.")
    tx = {t.text: t.value for t in tag_document(text, "x")}
    assert tx["February 1945"] == "1945-02"
    assert tx["the start of July"] == "1944-07"  # not 1945: the story is still in 1944
    assert tx["15 July"] == "1944-07-15"  # the 1943 flashback in the clause does not move it either


def test_a_section_that_goes_back_in_time_is_followed():
    text = ("On October 19, 1781 Cornwallis surrendered at Yorktown. Having held the city of Newport in 1776, the "
            "British turned to Philadelphia in 1777. They landed troops in late August and won on September 11, "
            "1777; on September 26 they entered the city.")
    tx = {t.text: t.value for t in tag_document(text, "x")}
    assert tx["late August"] == "1777-08"
    assert tx["September 26"] == "1777-09-26"


def test_that_year_points_back_to_the_year_just_mentioned():
    text = ("On May 11, 1941 the island held. The fighting in the south had stalled by 1940, and in August of that year "
            "the rebels launched an offensive.")
    tx = {t.text: t.value for t in tag_document(text, "x")}
    assert tx["August of that year"] == "1940-08"


def test_month_names_that_name_no_month():
    text = ("In 1934 the Red Army began the Long March from Jiangxi. The March to Versailles came later. "
            "In 1917 the Czar fell in the February Revolution.")
    tx = {t.text: t.value for t in tag_document(text, "x")}
    assert "March" not in tx
    assert tx["February"] == "1917-02"


def test_the_next_day_after_an_aside_counts_from_the_aside():
    text = ("The allies signed the truce on 2 March 1809. Austria joined the war again on 9 October 1809. "
            "The next day the war spread.")
    tx = {t.text: t.value for t in tag_document(text, "x")}
    assert tx["The next day"] == "1809-10-10"


def test_the_coming_winter_is_named_by_its_january_but_the_story_stays():
    text = ("In early December 1776 Washington crossed into Pennsylvania and the British entered winter quarters. "
            "By the end of the year his army had shrunk, yet on Christmas he crossed the river again.")
    tx = {t.text: t.value for t in tag_document(text, "x")}
    assert tx["winter"] == "1777-WI"
    assert tx["the end of the year"] == "1776"
    assert tx["Christmas"] == "1776-12-25"


def test_a_winter_spent_after_an_autumn_is_the_next_year_s_and_so_is_its_spring():
    text = ("The levies mustered during the autumn of 213 BC. They spent the winter on the coast. "
            "Early in spring they crossed the strait.")
    tx = {t.text: t.value for t in tag_document(text, "x")}
    assert tx["the winter"] == "BC0212-WI"
    assert tx["Early in spring"] == "BC0212-SP"


# ---------------------------------------------------------------- dates that label a document


def _frus(doc_id: str):
    text = _need(FRUS / "text" / f"{doc_id}.txt").read_text(encoding="utf-8")
    dct = find_document_date(text).value
    return text, dct, tag_document(text, doc_id, dct=dct)


def test_frus_citations_of_earlier_telegrams_are_marked():
    cited = {}
    for d in ("d1", "d3", "d12", "d28", "d30"):
        _, _, tx = _frus(d)
        cited[d] = [(t.text, t.value) for t in tx if is_citation(t)]
    assert cited["d1"] == [("December 31, 4 [2] p.m.", "1937-12-31T14:00")]
    assert cited["d3"] == [("December 31, 2 p.m.", "1937-12-31T14:00"), ("January 1, 10 p.m.", "1938-01-01T22:00")]
    assert cited["d12"] == [("January 1, 10 p.m.", "1938-01-01T22:00"), ("January 2, 10 a.m.", "1938-01-02T10:00")]
    assert cited["d28"] == [("January 12, 7 p.m.", "1938-01-12T19:00"), ("January 14, 5 p.m.", "1938-01-14T17:00"),
                            ("January 13, 6 p.m.", "1938-01-13T18:00"), ("January 12, 9 [11] p.m.", "1938-01-12T23:00"),
                            ("December 15, noon", "1937-12-15T12:00")]
    # "Tokyo's 23, January 12, 2 [11] p.m., and 25, January 13, 6 p.m.": the second number has no possessor
    assert cited["d30"] == [("January 12, 2 [11] p.m.", "1938-01-12T23:00"), ("January 13, 6 p.m.", "1938-01-13T18:00")]


def test_frus_labels_never_give_the_story_time():
    """Over the whole chapter: no offset's story time is a cited telegram's date or a receipt time (unless an
    ordinary expression says the same)."""
    for d in _frus_docs():
        text, dct, tx = _frus(d["id"])
        labels = {t.value for t in tx if is_label(t)}
        ordinary = {t.value for t in tx if not is_label(t)}
        for k in range(0, len(text), 97):
            got = reference_time_at(tx, k, document_date=dct, text=text)
            assert got not in labels - ordinary - {dct}, (d["id"], k, got)
            assert reference_time_at(tx, k) not in labels - ordinary, (d["id"], k)


def test_frus_receipt_time_is_marked_and_is_not_the_story_time():
    text, dct, tx = _frus("d1")
    received = [t for t in tx if is_label(t) and not is_citation(t)]
    assert [(t.text, t.value, t.rule.split(":")[0]) for t in received] == [
        ("January 1—9:15 p.m.", "1938-01-01T21:15", "received")]
    assert reference_time_at(tx, text.index("1. My 128"), document_date=dct, text=text) == dct


def test_a_paragraph_opening_with_a_citation_does_not_move_the_story():
    text, dct, tx = _frus("d1")
    assert reference_time_at(tx, text.index("1. Following is text"), document_date=dct, text=text) == dct
    assert reference_time_at(tx, text.index("My 128") + 20, document_date=dct, text=text) == dct
    text, dct, tx = _frus("d13")  # "23. My 1, January 1, 10 p.m. In a conversation which Peck had ..."
    assert reference_time_at(tx, text.index("In a conversation which Peck"), document_date=dct, text=text) == dct


def test_citations_made_up_are_marked_and_do_not_move_anything():
    text = ("Peiping, January 20, 1938—5 p.m.\n\n40. Embassy's 1, January 1, 10 p.m., and Hankow's 2, January 2. "
            "The Minister called.\n\n2. Your 5, January 3, 6 p.m. The reply was sent.\n\n"
            "3. Department's 12 of January 7 reached me late. On January 18 the Governor left. He went north.")
    dct = find_document_date(text).value
    tx = tag_document(text, "t", dct=dct)
    assert [t.text for t in tx if is_citation(t)] == ["January 1, 10 p.m.", "January 2", "January 3, 6 p.m.",
                                                      "January 7"]
    ref = {k: reference_time_at(tx, text.index(k), document_date=dct, text=text)
           for k in ("The Minister called", "The reply was", "reached me late", "He went north")}
    assert ref == {"The Minister called": dct, "The reply was": dct, "reached me late": dct,
                   "He went north": "1938-01-18"}


def test_a_citation_in_a_narrative_does_not_move_the_thread():
    text = ("In January 1938 the talks stalled. On January 10 the envoy left Hankow (see my 12, January 3, 4 p.m.). "
            "The next day he reached Changsha.")
    tx = tag_document(text, "x")
    by_text = {t.text: t for t in tx}
    assert is_citation(by_text["January 3, 4 p.m."])
    assert by_text["The next day"].value == "1938-01-11"
    assert reference_time_at(tx, text.index("he reached")) == "1938-01-11"
    assert reference_time_at(tx, text.index("(see my")) == "1938-01-10"


# ---------------------------------------------------------------- relative expressions in dated documents


def test_frus_relative_expression_in_a_clause_dates_that_clause_only():
    """FRUS d36: "...; that some three weeks ago the British Government inquired whether ...; that, in great
    confidence, it was my understanding the British now are concerned ..." — the week dates its clause."""
    text, dct, tx = _frus("d36")
    at = text.index
    ago = next(t for t in tx if t.text == "some three weeks ago")
    assert ago.value == "1937-W52"
    assert reference_time_at(tx, at("the British Government inquired"), document_date=dct, text=text) == "1937-W52"
    for later in ("it was my understanding", "that the question arises", "I expressed a desire"):
        assert reference_time_at(tx, at(later), document_date=dct, text=text) == dct, later


def test_relative_expressions_move_a_dated_document_only_when_they_open_the_sentence():
    text = ("Tokyo, January 14, 1938—7 p.m.\n\n1. The Ambassador said that the Cabinet met two days ago; the "
            "Minister is now in Kyoto. He expects a reply.\n\n2. Last week the Minister saw the Emperor. He gave "
            "no answer.\n\n3. Today the Minister repeated his view.")
    dct = find_document_date(text).value
    tx = tag_document(text, "t", dct=dct)
    ref = {k: reference_time_at(tx, text.index(k), document_date=dct, text=text)
           for k in ("; the", "the Minister is now", "He expects", "He gave no", "the Minister repeated")}
    assert ref == {"; the": "1938-01-12", "the Minister is now": dct, "He expects": dct,
                   "He gave no": "1938-W01", "the Minister repeated": "1938-01-14"}


def test_frus_the_early_part_of_a_month():
    _, _, tx = _frus("d34")
    t = next(t for t in tx if t.text.endswith("part of January"))
    assert (t.text, t.value, t.mod) == ("the early part of January", "1938-01", "START")


def test_a_flashback_in_passing_does_not_move_the_story_for_later_clauses():
    from annalyst.time import is_flashback, reference_time_at
    text = ("On 5 May 1940 the army crossed the river. The old bridge, which engineers had built in 1870, "
            "was soon taken. Its defenders retreated.")
    tx = tag_document(text, "x")
    old = next(t for t in tx if t.text == "1870")
    assert is_flashback(old) and old.value == "1870"  # the date itself is kept and right
    assert reference_time_at(tx, text.index("Its defenders")) == "1940-05-05"
    # a sentence that opens with the earlier date does move the story
    moved = "On 5 May 1940 the army crossed the river. In 1870 engineers built the bridge. They worked hard."
    tx2 = tag_document(moved, "x")
    assert not any(is_flashback(t) for t in tx2)
    assert reference_time_at(tx2, moved.index("They worked")) == "1870"


def test_a_glance_years_ahead_in_mid_paragraph_does_not_move_the_story():
    from annalyst.time import reference_time_at
    text = ("On March 3 1918 the treaty was signed at the fortress. In May 1991, historians held a similar "
            "ceremony there. The treaty was hated, and on March 14 the congress ratified it.\n"
            "In June 1925 the new state was recognised.")
    tx = tag_document(text, "x")
    got = {t.text: t.value for t in tx}
    assert got["May 1991"] == "1991-05"  # the glance keeps its own date
    assert got["March 14"] == "1918-03-14", got
    assert reference_time_at(tx, text.index("the congress")) == "1918-03-14"
    # a paragraph that opens with the later date moves the story
    assert reference_time_at(tx, text.index("the new state")) == "1925-06"


def test_a_look_back_before_both_lines_does_not_decide_which_the_story_keeps():
    text = ("The next year, 1777, the minister fell.\n\nThe Assembly of 1789\n\n"
            "The assembly had last met in 1614, and each estate held one vote. "
            "The king agreed to the proposal on 27 December. The assembly met in the spring of 1789.")
    got = {t.text: t.value for t in tag_document(text, "x")}
    # not 1777 again: the heading's year, whose spring follows, so its December is the one before that spring
    assert got["27 December"] == "1788-12-27", got


def test_news_names_a_later_month_of_the_past_year_rather_than_the_coming_one():
    text = ("March 22, 2013\n\nShe told the court in August that he had planned it after he lost his post at the "
            "bank in July.")
    got = {t.text: t.value for t in tag_document(text, "x", dct="2013-03-22")}
    assert got["July"] == "2012-07", got  # four months ahead is less likely than eight months back


def test_a_date_a_figure_was_counted_on_is_not_the_story_time():
    text = ("In May 1850 the fever reached the valley. The two towns account for 40% of the deaths (as of June 3, "
            "1861).\nMeanwhile, the governor closed the roads.")
    timexes = tag_document(text, "d")
    (counted,) = [t for t in timexes if t.text.startswith("June 3")]
    assert counted.value == "1861-06-03" and counted.rule.startswith("aside:")
    assert reference_time_at(timexes, text.index("closed")) == "1850-05"


def test_a_holiday_that_opens_a_name_is_no_date():
    text = ("In November 1935 the rebels crossed the river. During the Christmas Offensive they took three forts; "
            "on Christmas Day the front was quiet.")
    got = [(t.text, t.value) for t in tag_document(text, "x")]
    assert ("Christmas Day", "1935-12-25") in got and not [g for g in got if g[0] == "Christmas"], got


def test_a_day_behind_the_story_that_its_next_full_date_follows_is_next_year_s():
    text = ("The garrison of Varen held out through November 1847. Its relief column won at the ford on "
            "March 28, and the siege was lifted on April 2, 1848.")
    tx = {t.text: t.value for t in tag_document(text, "x")}
    assert tx["March 28"] == "1848-03-28"
    # with no full date close after it, a day behind the story is still read as a step back
    text = ("The garrison of Varen held out through November 1847. Its relief column had been formed on "
            "March 28. The siege was lifted late in 1848.")
    tx = {t.text: t.value for t in tag_document(text, "x")}
    assert tx["March 28"] == "1847-03-28"


def test_a_day_after_the_next_full_date_of_a_year_known_only_as_a_year_is_the_year_before_s():
    text = ("The Diet of 1848\n\nThe estates had not sat for decades. The king, however, agreed to the petition "
            "on 20 November. The vote took place in the spring of 1848, and the Diet opened on 3 May 1848.")
    tx = {t.text: t.value for t in tag_document(text, "x")}
    assert tx["20 November"] == "1847-11-20"
    # a day that does come before that date stays in the year
    text = ("The Diet of 1848\n\nThe estates had not sat for decades. The king agreed to the petition on "
            "20 February. The vote took place in the spring of 1848.")
    tx = {t.text: t.value for t in tag_document(text, "x")}
    assert tx["20 February"] == "1848-02-20"


def test_a_date_a_since_clause_looks_back_to_does_not_move_the_story():
    text = ("On 18 December 1906 the council's report counted the highest losses since the raids had begun in "
            "1904. The Varna militia burned the granaries. Eight officers were charged with the killings of "
            "villagers in Kessring in November 1904. On 30 December 1906 the governor resigned.")
    tx = tag_document(text, "t")
    since = next(t for t in tx if text[t.start:t.end] == "1904")
    assert since.value == "1904" and (since.rule or "").startswith(("aside:", "flashback:"))
    burned = text.index("burned")
    assert reference_time_at(tx, burned) == "1906-12-18"
    assert reference_time_at(tx, text.index("On 30 December")) == "1906-12-18"  # the charge's passing date neither


def test_a_day_told_before_the_first_stated_date_falls_before_it():
    """Before any year is written, a year-less day takes its year from the first date stated later, and a
    narrative tells its days in order: "May 9" read against "22 November 1921" is May 1921, although
    May 1922 lies a little closer."""
    text = ("Kessring left the capital on May 9. His letters reached Ostmark slowly. "
            "On 22 November 1921 the Norvalian council recognised the new border.")
    tx = {t.text: (t.value, t.anchor) for t in tag_document(text, "x")}
    assert tx["May 9"] == ("1921-05-09", "lookahead")


def test_a_document_starting_before_its_predecessor_ended_keeps_its_own_years():
    """A separate piece read after another (an anthology, excerpts) does not continue the story where the
    other ended: its year-less days take their years from its own later dates, not from the piece before."""
    a = Document("a", "a.txt", "In March 1944 the Norvalian army crossed the river at Varna.")
    b = Document("b", "b.txt", "Two weeks later the envoy was gone. On May 9 he sailed from Ostmark. "
                               "On 22 November 1921 the council recognised the new border.")
    by_doc = {d.id: tag_document(d.text, d.id) for d in (a, b)}
    resolve_corpus([a, b], by_doc)
    values = {t.text: t.value for t in by_doc["b"]}
    assert values["May 9"] == "1921-05-09"


def test_a_vague_offset_points_into_the_month_or_year_it_reaches():
    from annalyst.time import vague_offset_from
    assert vague_offset_from("A few months later", "1921-08") == "1921"
    assert vague_offset_from("a few months later", "1921-11") == "1922"
    assert vague_offset_from("several days after", "1921-03-03") == "1921-03"
    assert vague_offset_from("a few days later", "1921-03-30") == "1921-04"
    assert vague_offset_from("several months later", "1921-07") is None  # October to February: no one year
    assert vague_offset_from("a few months later", "1921") is None  # the story's month unknown
    # counted back from the time of writing: "I had talked it over with him several days ago"
    assert vague_offset_from("several days ago", "1921-01-18") == "1921-01"
    assert vague_offset_from("several days ago", "1921-01-03") == "1920-12"
    assert vague_offset_from("a few days ago", "1921-01-03") is None  # 30 December to 1 January


def test_a_document_starting_years_after_its_predecessor_ended_keeps_its_own_years():
    """Excerpts of different histories read together: the second states its first year a decade after the
    first ended, so it does not continue that story; its year-less days take their years from its own dates."""
    a = Document("a", "a.txt", "In March 1911 the Norvalian army crossed the river at Varna.")
    b = Document("b", "b.txt", "Two weeks later the envoy was gone. On May 9 he sailed from Ostmark. "
                               "On 22 November 1921 the council recognised the new border.")
    by_doc = {d.id: tag_document(d.text, d.id) for d in (a, b)}
    resolve_corpus([a, b], by_doc)
    assert {t.text: t.value for t in by_doc["b"]}["May 9"] == "1921-05-09"
    c = Document("c", "c.txt", "In March 1921 the Norvalian army crossed the river at Varna.")
    by_doc = {d.id: tag_document(d.text, d.id) for d in (c, b)}
    resolve_corpus([c, b], by_doc)  # within the same year or two: it continues the story before it
    assert {t.text: (t.value, t.anchor) for t in by_doc["b"]}["May 9"] == ("1921-05-09", "corpus")


def test_a_year_that_dates_a_cited_work_does_not_move_the_story():
    """"cited by X in his 1995 book" while the story is in 1921: when the book appeared, not where the story
    goes; the days told next stay in the story's year (a year-less "May 9" after it is May 1921)."""
    text = ("In March 1921 the Norvalian army crossed the river at Varna. The figure is cited by Anton Kessler "
            "in his 1995 book on the war. On May 9 the council recognised the new border.")
    tx = tag_document(text, "w")
    book = next(t for t in tx if t.text == "1995")
    assert book.value == "1995" and (book.rule or "").startswith("aside:")
    assert {t.text: t.value for t in tx}["May 9"] == "1921-05-09"
    assert reference_time_at(tx, text.index("the council")) == "1921-05-09"
    plain = tag_document("In March 1921 the army crossed the river. In 1995 the council met again.", "p")
    assert not any((t.rule or "").startswith("aside:") for t in plain)  # a year told on its own moves it


def test_a_number_that_counts_what_follows_it_is_no_year():
    """"to butcher 1400 victims", "about 2000 men": a quantity, not a year; after a word of time ("In 1793
    soldiers marched") or as a modifier ("the 1777 campaigns") a four-digit number stays a year."""
    text = ("In August 1792 the Commune sent gangs to butcher 1400 victims. In 1792 about 2000 men marched on the "
            "palace. In 1793 soldiers marched. The first of the 1777 campaigns failed.")
    tx = {t.text.split()[-1]: t.value for t in tag_document(text, "c")}
    assert "1400" not in tx and "2000" not in tx
    assert tx["1793"] == "1793" and tx["1777"] == "1777"


def test_a_count_of_days_past_any_calendar_is_left_unknown():
    """"982913 days earlier" (a number a garbled text puts before "days"): no calendar date, and no crash,
    from a known year or from a year-less day counted under a stand-in year."""
    tx = tag_document("On 10 September the envoy left. 982913 days earlier he had come. In 1911 he died; 4000000 days "
                      "later he was forgotten.", "x")
    values = {t.text: t.value for t in tx}
    assert values["982913 days earlier"].startswith("XXXX") and values["4000000 days later"].startswith("XXXX")


def test_a_message_quoted_with_its_own_date_counts_its_days_from_it():
    """"Under date March 4, X telegraphed as follows: “... this morning ...”": that morning is March 4's, in a
    telegram sent on March 6; outside the quotation, "yesterday" is still counted from March 6. Text of our own."""
    from annalyst.time import tag_document
    text = ("The Secretary of State to the Minister in Ostmark\n\nWashington, March 6, 1921.\n\n"
            "Under date March 4, Minister Oakes telegraphed from Lisbon as follows:\n\n"
            "“The Minister for Foreign Affairs told me this morning that the port would stay open.”\n\n"
            "The Norvalian Minister called yesterday.\n")
    values = {t.text: t.value for t in tag_document(text, "t", dct="1921-03-06")}
    assert values["this morning"] == "1921-03-04TMO"
    assert values["yesterday"] == "1921-03-05"


def test_a_note_dated_at_its_foot_is_dated_and_a_history_ending_on_a_year_is_not():
    """An aide-mémoire puts its place and date under the text; a history's last line names a year in a sentence.
    Texts of our own."""
    from annalyst.time import find_document_date
    note = ("The Norvalian Legation to the Department of State\n\nAide-Mémoire\n\n"
            "The Legation was asked some days ago whether to receive the new mayor. It would be grateful for advice.\n\n"
            "Washington , March 6, 1921.\n")
    found = find_document_date(note)
    assert found is not None and found.value == "1921-03-06" and found.rule == "closing-dateline"
    assert note[found.start:found.end] == "March 6, 1921"
    history = ("The war in the north\n\nThe army crossed the river and took the town.\n\n"
               "The treaty was signed at Varna.\n\nThe war ended on March 6, 1921.\n")
    assert find_document_date(history) is None


def test_last_december_in_an_undated_note_takes_no_later_years_december():
    """"Last December" counts back from the time of writing; in a note that gives no date, a year named later in it
    ("the Protocol of 1901") is no such time. Text of our own."""
    from annalyst.time import tag_document
    text = ("The Norvalian Legation to the Department of State\n\nundated\n\nLast December the Legation raised the "
            "question of the guards. The Protocol of 1911 allows them.\n")
    values = {t.text: t.value for t in tag_document(text, "n")}
    assert values["Last December"] == "XXXX-12"  # the month it says; no year it does not
