"""A force driven back, told in the ways a war history tells it: what is left of an army that retreats, a
force "which was forced to retreat", an advance that was halted; a happening dated by the participle that
set it going; one phrase shared by two coordinated deeds. Text of our own."""
from __future__ import annotations

from event_helpers import events_in, extract_text, who

STORY = ("In May 1716 the Norvalian army crossed into Ostmark. "
         "On 2 June 1716 the Ostmark militia outflanked the Norvalian columns, which were forced to retreat. "
         "In July the Norvalian advance toward Kessring was halted. "
         "In August the remains of the Ostmark militia retreated towards Varna. "
         "In September the Norvalian invasion of Varna launched on September 9 ended in the capture and "
         "execution of General Anton Kessler.")


def test_a_force_which_was_forced_to_retreat_retreats(tmp_path):
    corpus, text = extract_text(tmp_path, STORY)
    (retreat,) = events_in(corpus, text, "which were forced to retreat", "retreat")
    assert retreat.type == "RETREAT" and retreat.date == "1716-06-02"
    assert any("Norvalian" in n for n in who(corpus, retreat, "source"))


def test_an_advance_that_was_halted_is_the_advancing_side_driven_back(tmp_path):
    corpus, text = extract_text(tmp_path, STORY)
    halted = [e for e in events_in(corpus, text, "advance toward Kessring was halted", "halted")]
    assert [e.type for e in halted] == ["RETREAT"] and halted[0].date == "1716-07"
    assert any("Norvalian" in n for n in who(corpus, halted[0], "source"))


def test_the_remains_of_a_force_stand_for_the_force(tmp_path):
    corpus, text = extract_text(tmp_path, STORY)
    (retreat,) = events_in(corpus, text, "the remains of the Ostmark militia retreated", "retreated")
    assert retreat.type == "RETREAT" and retreat.date == "1716-08"
    assert any("Ostmark" in n for n in who(corpus, retreat, "source"))


def test_a_happening_is_dated_by_the_participle_that_set_it_going_and_shares_a_phrase(tmp_path):
    corpus, text = extract_text(tmp_path, STORY)
    (invasion,) = events_in(corpus, text, "invasion of Varna launched", "invasion")
    assert invasion.type == "ASSAULT" and invasion.date == "1716-09-09"
    # "the capture and execution of X": the "of" phrase the parser hangs on the first noun is the second's too
    (execution,) = events_in(corpus, text, "capture and execution of General", "execution")
    assert any("Kessler" in n for n in who(corpus, execution, "target"))
