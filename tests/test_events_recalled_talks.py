"""A memorandum and a telegram of our own invention (no real document), for four things a diplomatic paper
does often: it recalls an earlier talk by name ("referred to his conversation of some three weeks ago"),
which must not become the scene of what follows; it counts a past talk vaguely from its own date ("several
days ago"); it opens on a reference line ending in a clock time ("Your 42, March 2, 3 p.m."), after which a
new sentence begins; and it names someone by office with a nationality before the noun ("my British
colleague"), whom a following "he" stands for."""
from __future__ import annotations

import pytest

from event_helpers import events_in, extract_text, names_of, who

MEMO = """Memorandum of Conversation, by the Secretary of State

[Lisbon,] March 18, 1921.

The Norvalian Minister called at his own request. He referred to his conversation of some three weeks ago with Mr. Pell about the harbor dues.

I asked the Minister to state his proposal, although I had talked the matter over with Mr. Pell several days ago. The Minister replied that his Government would lower the dues.
"""

TELEGRAM = """The Minister in Portugal (Oakes) to the Secretary of State

Lisbon, March 4, 1921—6 p.m.

Your 42, March 2, 3 p.m. The Foreign Office spokesman on March 3 made a statement to the press.

My British colleague informs me that he saw the Prime Minister yesterday.
"""


@pytest.fixture(scope="module")
def memo(tmp_path_factory):
    return extract_text(tmp_path_factory.mktemp("memo"), MEMO, "memo.txt")


@pytest.fixture(scope="module")
def telegram(tmp_path_factory):
    return extract_text(tmp_path_factory.mktemp("tel"), TELEGRAM, "tel.txt")


def test_a_talk_recalled_by_name_does_not_date_what_follows(memo):
    c, text = memo
    (recalled,) = events_in(c, text, "his conversation of some three weeks ago", "conversation")
    assert recalled.type == "CONSULT" and recalled.date == "1921-W08"  # the talk itself: three weeks before
    (asked,) = events_in(c, text, "I asked the Minister", "asked")
    assert asked.date == "1921-03-18"  # the day of the memorandum, not the recalled talk's week
    (replied,) = events_in(c, text, "The Minister replied", "replied")
    assert replied.date == "1921-03-18"


def test_several_days_ago_is_counted_back_from_the_papers_date(memo):
    c, text = memo
    (talked,) = events_in(c, text, "had talked the matter over", "talked")
    assert talked.type == "CONSULT" and talked.date == "1921-03"
    assert "Pell" in names_of(c, talked.target)


def test_a_reference_line_ending_in_a_clock_time_is_a_sentence_of_its_own(telegram):
    c, text = telegram
    (made,) = events_in(c, text, "spokesman on March 3 made a statement", "made")
    assert made.type == "STATEMENT" and made.date == "1921-03-03"
    assert not any("Department" in n or "Secretary" in n for n in names_of(c, made.source))
    assert "Foreign Office" in names_of(c, made.source) | who(c, made, "source")


def test_he_stands_for_a_colleague_named_by_office_and_nationality(telegram):
    c, text = telegram
    (saw,) = events_in(c, text, "he saw the Prime Minister", "saw")
    assert saw.type == "CONSULT" and saw.date == "1921-03-03"
    assert any("colleague" in s for s in who(c, saw, "source"))


RELAYED = """The Secretary of State to the Minister in Ostmark (Harlan)

Washington, March 6, 1921—3 p.m.

12. Under date March 4, Minister Oakes telegraphed from Lisbon in part as follows:

“Minister for Foreign Affairs this morning told me that he had instructed Spanish Minister to Ostmark to leave Varna. I have replied as follows.”

Mr. Castro left with me a note on the harbor dues. Hereby Portugal from the outset stressed that its attitude was neutral.

Hull
"""


@pytest.fixture(scope="module")
def relayed(tmp_path_factory):
    return extract_text(tmp_path_factory.mktemp("relay"), RELAYED, "relay.txt")


def test_an_office_that_opens_a_telegraphic_sentence_is_a_person_and_its_he(relayed):
    c, text = relayed
    (told,) = events_in(c, text, "Minister for Foreign Affairs this morning told me", "told")
    assert any("Minister for Foreign Affairs" in n for n in names_of(c, told.source))
    (instructed,) = events_in(c, text, "he had instructed Spanish Minister", "instructed")
    assert any("Minister for Foreign Affairs" in n for n in names_of(c, instructed.source))
    assert any("Spanish Minister" in n for n in names_of(c, instructed.target))  # no article, as telegrams write


def test_i_and_me_in_a_quoted_message_are_its_author_up_to_its_end(relayed):
    c, text = relayed
    (told,) = events_in(c, text, "this morning told me", "told")
    assert "Oakes" in names_of(c, told.target)
    (replied,) = events_in(c, text, "I have replied as follows", "replied")
    assert replied.type == "STATEMENT" and "Oakes" in names_of(c, replied.source)  # a reply sent, no aside
    (note,) = events_in(c, text, "Mr. Castro left with me a note", "left")
    assert (note.type, note.mode) == ("CONSULT", "message")  # a paper left with someone, no journey
    assert names_of(c, note.target) & {"Hull", "Secretary of State"}  # after the quotation, "me" is the signer again


def test_a_quoted_message_counts_its_days_from_its_own_date(relayed):
    c, text = relayed
    (told,) = events_in(c, text, "this morning told me", "told")
    assert told.date == "1921-03-04TMO"  # the morning of the quoted telegram's day, not of the quoting one
    (replied,) = events_in(c, text, "I have replied as follows", "replied")
    assert replied.date == "1921-03-04"  # undated inside the quotation: by the day it was sent
    (note,) = events_in(c, text, "Mr. Castro left with me a note", "left")
    assert note.date.startswith("1921-03-06")  # after the quotation: the telegram's own day again


def test_a_sentence_adverb_is_no_part_of_the_name_after_it(relayed):
    c, text = relayed
    (stressed,) = events_in(c, text, "Portugal from the outset stressed", "stressed")
    assert names_of(c, stressed.source) == {"Portugal"}
    assert not any(n.startswith("Hereby") for e in c.entities for n in [e.name, *e.aliases])


def test_a_post_said_of_someone_is_no_second_person(tmp_path):
    # "resigned as Chinese Ambassador": what he was, not another man; "the British Minister" after it is one
    c, text = extract_text(tmp_path, "Paris, March 6, 1921.\n\nDr. Anton Varen, who recently resigned as Chinese "
                                     "Ambassador in Moscow, called on me this morning. He said that the war would "
                                     "go on.\n\nWalsh\n")
    assert not any("Chinese Ambassador" in e.name for e in c.entities)
    (said,) = events_in(c, text, "He said that the war", "said")
    assert "Anton Varen" in names_of(c, said.source)


def test_a_word_keeps_its_accent_when_matched_against_the_lexicon(tmp_path):
    # "chargé" (a diplomat left in charge) is no explosive "charge" planted; a split "aide-mémoire" is a paper
    c, text = extract_text(tmp_path, "The Minister in Portugal (Oakes) to the Secretary of State\n\nLisbon, March 6, "
                                     "1921.\n\nWe could close the legation, leaving possibly a chargé. Mr. Castro left "
                                     "with me the attached aide-mémoire.\n\nOakes\n")
    assert not any(e.type == "ASSAULT" for e in c.events)
    (left,) = events_in(c, text, "Mr. Castro left with me", "left")
    assert (left.type, left.mode) == ("CONSULT", "message") and "Oakes" in names_of(c, left.target)


def test_a_numbered_paragraph_is_parsed_without_its_number(tmp_path):
    # "48." read as a sentence of its own made the parser cut "the following instruction" off its verb
    c, text = extract_text(tmp_path, "The Minister in Portugal (Oakes) to the Secretary of State\n\nLisbon, March 6, "
                                     "1921—11 a.m.\n\n48. I have today addressed to the Consul General the following "
                                     "instruction:\n\nPlease report on the harbor dues.\n\nOakes\n")
    (addressed,) = events_in(c, text, "I have today addressed", "addressed")
    assert (addressed.type, addressed.mode, addressed.date) == ("CONSULT", "message", "1921-03-06")
    assert "Oakes" in names_of(c, addressed.source)
    assert not any(s.start <= text.index("48.") < s.end for s in c.sentences)  # the number is no sentence


def test_a_letter_addressed_to_a_general_does_not_make_a_historys_journey_a_march(tmp_path):
    import annalyst
    history = tmp_path / "1-history.txt"
    history.write_text("In March 1921 Anton Varen left Pell.", encoding="utf-8")
    letter = tmp_path / "2-letter.txt"
    letter.write_text("The Secretary of State to the Minister in Portugal (Oakes)\n\nWashington, March 6, 1921.\n\n"
                      "Please deliver the following message to General Anton Varen: the Government thanks him.\n\n"
                      "Hull\n", encoding="utf-8")
    c = annalyst.extract([str(history), str(letter)])
    doc = next(d for d in c.documents if d.source == str(history))
    (left,) = [e for e in c.events if e.document == doc.id and e.trigger == "left"]
    assert left.type == "TRAVEL"  # the history's own words make him no commander


def test_a_form_of_address_names_the_one_in_apposition_and_an_office_is_not_anothers(tmp_path):
    c, text = extract_text(tmp_path, "The Secretary of State to the Minister in Portugal (Oakes)\n\nWashington, March 6, "
                                     "1921.\n\nYour letter was delivered to me by His Excellency the Spanish Minister on "
                                     "March 2. His Majesty the King received the envoy.\n\nHull\n")
    (delivered,) = events_in(c, text, "was delivered to me", "delivered")
    assert any("Spanish Minister" in n for n in names_of(c, delivered.source))  # not "His Excellency", unnamed
    (received,) = events_in(c, text, "the King received the envoy", "received")
    assert not any("Spanish Minister" in n for n in names_of(c, received.source))  # a king is no minister


def test_we_and_our_in_one_clause_are_both_the_writer(tmp_path):
    # two first-person pronouns in one role ("we are transmitting ... our reply") once crashed the stage
    c, text = extract_text(tmp_path, "The Minister in Portugal (Oakes) to the Secretary of State\n\nLisbon, March 6, "
                                     "1921.\n\nWe are transmitting to the Department our reply exactly as it was "
                                     "received.\n\nOakes\n")
    (sent,) = events_in(c, text, "We are transmitting", "transmitting")
    assert sent.type == "CONSULT" and "Oakes" in names_of(c, sent.source)


def test_referring_to_a_past_talk_is_said_today_and_the_talk_keeps_its_own_date(memo):
    c, text = memo
    (referred,) = events_in(c, text, "He referred to his conversation", "referred")
    assert referred.type == "STATEMENT" and referred.date == "1921-03-18"  # the date is the conversation's
    (talk,) = events_in(c, text, "his conversation of some three weeks ago", "conversation")
    assert talk.date == "1921-W08"
