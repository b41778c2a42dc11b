"""Moods of diplomatic prose, on a note of our own invention (no real document): a request made as a conditional
wish ("would be grateful if"), which is asked in the writing and not a mere possibility, while what it asks for is
not done; a deed a noun names as weighed or planned ("a possible withdrawal", "the proposed conference"); and a
modal the small parser hangs on the wrong word ("most of the forces might in the near future be withdrawn")."""
from __future__ import annotations

import pytest

from event_helpers import events_in, extract_text, names_of

NOTE = """The Minister in Portugal (Oakes) to the Secretary of State

Lisbon, March 6, 1921.

The Norvalian Government would be grateful if the Department sent a reply. The Norvalian Legation would be glad to know whether the Department will recall its gunboats. I would appreciate your informing the consuls of this decision.

The Foreign Office informed me that most of the Norvalian forces might in the near future be withdrawn. It has in contemplation a possible withdrawal of the Norvalian troops from Varna. The proposed conference between Oakes and Castro was put off. The withdrawal of the marines began on March 2.

I am glad to report that the port is open. The Legation appreciated the gesture.

Oakes
"""


@pytest.fixture(scope="module")
def note(tmp_path_factory):
    return extract_text(tmp_path_factory.mktemp("note"), NOTE, "note.txt")


def test_a_conditional_wish_is_a_request_made(note):
    c, text = note
    for snippet, word, who in (("would be grateful if", "grateful", "Norvalian Government"),
                               ("would be glad to know", "glad", "Norvalian Legation"),
                               ("I would appreciate your informing", "appreciate", "Oakes")):
        (e,) = events_in(c, text, snippet, word)
        assert (e.type, e.modality, e.polarity) == ("REQUEST", "asserted", "positive"), snippet
        assert e.date == "1921-03-06" and who in names_of(c, e.source), snippet
    (informing,) = events_in(c, text, "your informing the consuls", "informing")
    assert informing.modality == "intended"  # what is asked for is not done
    assert not events_in(c, text, "I am glad to report", "glad")  # a wish that asks for nothing
    assert not [e for e in events_in(c, text, "The Legation appreciated the gesture", "appreciated")
                if e.type == "REQUEST"]


def test_a_deed_named_as_weighed_or_planned_is_no_fact(note):
    c, text = note
    (possible,) = events_in(c, text, "a possible withdrawal of the Norvalian troops", "withdrawal")
    assert possible.modality == "hypothetical"
    (proposed,) = events_in(c, text, "The proposed conference", "conference")
    assert proposed.modality == "intended"
    (done,) = events_in(c, text, "The withdrawal of the marines began", "withdrawal")
    assert done.modality == "asserted" and done.date == "1921-03-02"


def test_a_modal_the_parser_hung_on_a_noun_still_makes_the_clause_a_possibility(note):
    c, text = note
    (withdrawn,) = events_in(c, text, "might in the near future be withdrawn", "withdrawn")
    assert withdrawn.modality == "hypothetical"


TELEGRAM = """The Third Secretary of Embassy in China (Peterson) to the Secretary of State

Varna, March 8, 1921—5 p.m.

Yesterday afternoon Major General Kessring, the new garrison commander, gave a tea for the foreign representatives. Mr. Castro called on me this morning. The General warned the foreigners that their reports harmed his troops.

Instructions are requested as to how far this office should go. The consul was requested to leave.

Peterson
"""

REPLY = """The Secretary of State to the Third Secretary of Embassy in China (Peterson)

Washington, March 9, 1921—6 p.m.

The Department desires that you continue to keep it informed. The Department desires to have by telegram such information as you can obtain. The consul wished to resign.

Hull
"""


def test_the_general_is_the_man_the_text_gave_that_rank(tmp_path):
    c, text = extract_text(tmp_path, TELEGRAM, "tel.txt")
    (warned,) = events_in(c, text, "The General warned the foreigners", "warned")
    assert "Kessring" in names_of(c, warned.source)  # not Castro, the last man named


def test_a_request_in_the_passive_is_the_writers_own(tmp_path):
    c, text = extract_text(tmp_path, TELEGRAM, "tel.txt")
    (asked,) = events_in(c, text, "Instructions are requested", "requested")
    assert asked.type == "REQUEST" and "Peterson" in names_of(c, asked.source) and asked.modality == "asserted"
    (told,) = events_in(c, text, "The consul was requested to leave", "requested")
    assert "Peterson" not in names_of(c, told.source)  # told in the past, of someone else: not the writer's


def test_a_wish_said_of_the_addressee_is_a_request(tmp_path):
    c, text = extract_text(tmp_path, REPLY, "reply.txt")
    (that,) = events_in(c, text, "The Department desires that you continue", "desires")
    assert that.type == "REQUEST" and that.modality == "asserted" and "Department" in names_of(c, that.source)
    (kept,) = events_in(c, text, "keep it informed", "informed")
    assert kept.modality == "intended"  # asked for, not done
    (news,) = events_in(c, text, "The Department desires to have by telegram", "desires")
    assert news.type == "REQUEST"
    assert not [e for e in events_in(c, text, "The consul wished to resign", "wished") if e.type == "REQUEST"]


def test_a_foreign_secretary_a_copy_received_and_a_hard_period_gone_through(tmp_path):
    c, text = extract_text(tmp_path, "The Ambassador in the United Kingdom (Peterson) to the Secretary of State\n\n"
                                     "London, March 8, 1921—7 p.m.\n\nThe Secretary for Foreign Affairs, speaking in the "
                                     "House of Commons this afternoon, stated that the talks would go on. I was glad to "
                                     "receive on March 6 through the Norvalian Minister a copy of the treaty. Norvalia was "
                                     "going through the most trying period of its history.\n\nPeterson\n", "tel.txt")
    (stated,) = events_in(c, text, "stated that the talks", "stated")
    assert any("Secretary for Foreign Affairs" in n for n in names_of(c, stated.source))
    assert not any(n == "Secretary of State" for n in names_of(c, stated.source))  # not the telegram's addressee
    (received,) = events_in(c, text, "receive on March 6", "receive")
    assert received.type == "CONSULT" and received.date == "1921-03-06" and "Peterson" in names_of(c, received.target)
    assert not [e for e in events_in(c, text, "was going through", "going") if e.type == "TRAVEL"]


def test_a_deed_weighed_as_a_chance_or_denied_by_no_is_no_fact(tmp_path):
    c, text = extract_text(tmp_path, "Varna, March 8, 1921.\n\nThe Minister said that a declaration of war by Norvalia "
                                     "was less remote. There is no Ostmark government recognized by Norvalia. The "
                                     "government recognized by Norvalia signed the pact.\n", "tel.txt")
    (declared,) = events_in(c, text, "a declaration of war by Norvalia", "declaration")
    assert declared.modality == "hypothetical"
    (none,) = events_in(c, text, "no Ostmark government recognized", "recognized")
    assert none.polarity == "negative"
    (some,) = events_in(c, text, "The government recognized by", "recognized")
    assert some.polarity == "positive"


def test_news_given_out_is_a_statement_published(tmp_path):
    c, text = extract_text(tmp_path, "Varna, March 8, 1921.\n\nThis information has been released by the Norvalians.\n",
                           "tel.txt")
    (released,) = events_in(c, text, "has been released", "released")
    assert (released.type, released.mode) == ("STATEMENT", "publish") and "Norvalians" in names_of(c, released.source)


def test_a_deed_dated_to_a_day_of_its_own_was_done_whatever_is_asked_about_it(tmp_path):
    c, text = extract_text(tmp_path, "Varna, March 8, 1921.\n\nThe Norvalian Minister for Foreign Affairs, replying to a "
                           "request for clarification of his statement in the Diet of March 2, stated that the port "
                           "would stay open.\n", "tel.txt")
    (statement,) = events_in(c, text, "his statement in the Diet", "statement")
    assert statement.modality == "asserted" and statement.date == "1921-03-02"  # made on its day
    (clarification,) = events_in(c, text, "request for clarification", "clarification")
    assert clarification.modality != "asserted"  # asked for, not given (the date is the statement's)
