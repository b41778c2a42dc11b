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
