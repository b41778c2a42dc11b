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


SECTIONS = ("On 3 March 1718 the Norvalian army took Varna.\n\n"
            "Ostmark participation\n\n"
            "Ostmark had been allied with the Norvalian crown since 1690. When the Norvalian envoys promised Ostmark "
            "large territories in the south, the Ostmark council renounced its old neutrality, and on 2 August 1716 "
            "the Ostmark army launched an assault on Kessring. "
            "The Norvalian army was routed and retreated some sixty miles to the river. "
            "On 4 May 1717 Ostmark attached Varna to its territory. "
            "On 9 May 1717 Duke Harlan relieved General Anton Kessler, the commander in the south, from duty. "
            "The Ostmark horse fought hard in the Battle of Kessring (22-25 May 1717), "
            "the largest cavalry battle since 1650, and held the town.")


def test_a_look_back_that_opens_a_section_does_not_date_its_deeds(tmp_path):
    corpus, text = extract_text(tmp_path, SECTIONS)
    # "had been allied since 1690" opens the section; the deeds told after it come long after
    (renounced,) = events_in(corpus, text, "renounced its old neutrality", "renounced")
    assert renounced.date.startswith("1716")
    (promise,) = events_in(corpus, text, "envoys promised Ostmark large territories", "promised")
    assert promise.type == "AGREE" and any("Ostmark" in n for n in who(corpus, promise, "target"))


def test_a_force_routed_then_retreating_is_the_one_that_retreats(tmp_path):
    corpus, text = extract_text(tmp_path, SECTIONS)
    (retreat,) = events_in(corpus, text, "was routed and retreated", "retreated")
    assert retreat.type == "RETREAT" and any("Norvalian" in n for n in who(corpus, retreat, "source"))


def test_land_attached_to_a_territory_and_a_commander_relieved_from_duty(tmp_path):
    corpus, text = extract_text(tmp_path, SECTIONS)
    (attached,) = events_in(corpus, text, "attached Varna to its territory", "attached")
    assert attached.type == "COERCE" and attached.date == "1717-05-04"
    assert any("Varna" in n for n in who(corpus, attached, "target"))
    (relieved,) = events_in(corpus, text, "relieved General Anton Kessler", "relieved")
    assert relieved.type == "SANCTION" and any("Kessler" in n for n in who(corpus, relieved, "target"))


def test_a_battle_is_dated_by_its_bracket_not_by_the_record_it_set(tmp_path):
    corpus, text = extract_text(tmp_path, SECTIONS)
    lo = text.index("The Ostmark horse fought")
    told = [e for e in corpus.events if lo <= e.trigger_start]
    assert "1717-05-22" in {e.date for e in told} and not any((e.date or "").startswith("1650") for e in told)


def test_envoys_sent_asking_for_help_are_a_mission_and_a_deed_done_at_a_request_is_asked(tmp_path):
    corpus, text = extract_text(tmp_path, "In 1716 the Norvalian council sent emissaries to Ostmark demanding "
                                          "assistance. In 1716 the traitor was executed at the request of the "
                                          "Ostmark council. In 1716 the duchy stayed neutral despite repeated "
                                          "requests from the Norvalian council.")
    (sent,) = events_in(corpus, text, "sent emissaries to Ostmark", "sent")
    assert sent.type == "CONSULT" and any("Norvalian" in n for n in who(corpus, sent, "source"))
    (asked,) = events_in(corpus, text, "at the request of the Ostmark council", "request")
    assert asked.type == "REQUEST" and any("Ostmark" in n for n in who(corpus, asked, "source"))
    (pleas,) = events_in(corpus, text, "despite repeated requests", "requests")
    assert pleas.type == "REQUEST" and any("Norvalian" in n for n in who(corpus, pleas, "source"))


def test_battles_named_with_their_days_are_fights_of_their_own(tmp_path):
    corpus, text = extract_text(tmp_path, "The war went on into 1716. The chief fights of that long deadlock were "
                                          "the Battle of Kessring Ridge (18 August - 15 September 1716) and the "
                                          "Battle of Varna Hill (13 September - 15 October 1716).")
    fights = sorted((e.date, e.type) for e in corpus.events if e.trigger == "Battle")
    assert fights == [("1716-08-18", "ASSAULT"), ("1716-09-13", "ASSAULT")]


def test_a_clause_the_parser_could_not_read_does_not_lend_its_subject():
    # The parse the small model gives a "when" clause whose verb it does not know (seen on a real text, rebuilt
    # here with words of our own): the clause's subject and object hang on the main verb as a second subject.
    import spacy
    from spacy.tokens import Doc

    from annalyst.events.roles import logical_subject

    words = ["When", "Harlan", ",", "the", "commander", ",", "regained", "Varna", ",", "Kessler", "returned", "."]
    heads = [10, 10, 1, 4, 1, 1, 7, 1, 7, 10, 10, 10]
    deps = ["advmod", "nsubj", "punct", "det", "appos", "punct", "compound", "conj", "punct", "nsubj", "ROOT", "punct"]
    tags = ["WRB", "NNP", ",", "DT", "NN", ",", "VB", "NNP", ",", "NNP", "VBD", "."]
    pos = ["ADV", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert [t.text for t in logical_subject(doc[10])] == ["Kessler"]
    # two subjects the parser reads apart with nothing misread between them keep the first ("two ships, the X
    # and the Y slipped out": an apposition)
    words = ["Two", "ships", ",", "the", "Orla", "and", "the", "Vessa", "slipped", "out", "."]
    heads = [1, 8, 8, 4, 8, 4, 7, 4, 8, 8, 8]
    deps = ["nummod", "nsubj", "punct", "det", "nsubj", "cc", "det", "conj", "ROOT", "prt", "punct"]
    tags = ["CD", "NNS", ",", "DT", "NNP", "CC", "DT", "NNP", "VBD", "RP", "."]
    pos = ["NUM", "NOUN", "PUNCT", "DET", "PROPN", "CCONJ", "DET", "PROPN", "VERB", "ADP", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert [t.text for t in logical_subject(doc[8])][:1] == ["ships"]


def test_part_of_a_force_withdrawn_and_a_deed_done_to_a_person_named_in_apposition(tmp_path):
    corpus, text = extract_text(tmp_path, "In May 1716 the first half of the Norvalian contingent was withdrawn. "
                                          "The unrest in Ostmark ended in the killing of the queen's adviser, Anton "
                                          "Kessler, at the end of 1716.")
    (withdrawn,) = events_in(corpus, text, "contingent was withdrawn", "withdrawn")
    assert withdrawn.type == "RETREAT" and any("Norvalian" in n for n in who(corpus, withdrawn, "source"))
    (murder,) = events_in(corpus, text, "the killing of the queen's adviser", "killing")
    assert murder.type == "ASSAULT" and any("Kessler" in n for n in who(corpus, murder, "target"))


def test_votes_calls_and_a_deed_a_denial_runs_up_to(tmp_path):
    corpus, text = extract_text(tmp_path, (
        "In June 1716 the Ostmark clergy voted to join the Norvalian council. On 17 January 1717 the council tried "
        "General Anton Kessler: 361 voted to execute the general, 288 voted against. In October 1717 Duke Orrin "
        "Harlan's call on the Ostmark leaders to end the fighting was met with adamant refusal. In 1717 the Norvalian "
        "envoy's visit to Varna to meet the duke lasted a week. In 1718 the Norvalian "
        "army met little opposition until stopped at the Battle of Varna (20 September 1718)."))
    (joined,) = events_in(corpus, text, "voted to join", "join")
    assert joined.type == "COOPERATE" and joined.modality == "asserted"  # a body's vote for its own deed
    assert all(e.modality != "asserted" for e in events_in(corpus, text, "voted to execute", "execute"))  # a tally
    (call,) = events_in(corpus, text, "call on the Ostmark leaders", "call")
    assert call.type == "REQUEST" and any("Harlan" in n for n in who(corpus, call, "source"))
    assert not events_in(corpus, text, "was met with adamant refusal", "met")  # how it was taken, no meeting
    (visit,) = events_in(corpus, text, "envoy's visit to Varna", "visit")
    assert visit.type == "CONSULT"  # a journey with a purpose calls on no one to do anything
    (battle,) = events_in(corpus, text, "stopped at the Battle of Varna", "Battle")
    assert battle.modality == "asserted" and battle.date == "1718-09-20"


def test_a_piece_of_a_date_the_parser_took_for_a_subject_leaves_the_real_one():
    # The parse the small model gives "On August 15, 1716 Varna surrendered." on a real text (rebuilt with words of
    # our own): the year of the date hangs on the verb as a subject beside the real one.
    import spacy
    from spacy.tokens import Doc

    from annalyst.events.roles import logical_subject

    words = ["On", "August", "15", ",", "1716", "Varna", "surrendered", "."]
    heads = [6, 0, 1, 6, 6, 6, 6, 6]
    deps = ["prep", "pobj", "nummod", "punct", "nsubj", "nsubj", "ROOT", "punct"]
    tags = ["IN", "NNP", "CD", ",", "CD", "NNP", "VBD", "."]
    pos = ["ADP", "PROPN", "NUM", "PUNCT", "NUM", "PROPN", "VERB", "PUNCT"]
    ents = ["O", "B-DATE", "I-DATE", "I-DATE", "I-DATE", "B-GPE", "O", "O"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, ents=ents)
    assert [t.text for t in logical_subject(doc[6])] == ["Varna"]
