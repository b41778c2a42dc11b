"""Moves of force and sides taken, told in ways a plain verb list misses: a commander's journey (his army
goes with him), a body sent out with no one named sending it, a victory forced, a country drawn into a war
or entering it as someone's ally, departures ("set off"), camps, fleets assembled, crowds of fighters
flocking to a camp; a battle named as where a clause's subject fought; fines and titles stripped; bombs and
bridges blown up; crowds marching; and a name standing beside an office ("the envoy Smith") saying who the
office is.

Every sentence below is our own invention; each runs through the whole pipeline.
"""
from __future__ import annotations

import pytest

from event_helpers import events_in, extract_text, who

#: (why, text, snippet, trigger, type, role, name): the one event told there, its type and one participant
TYPED = [
    ("a general's journey is his army's march",
     "In 1712 General Oskar Varenholt led the northern army.\n\nIn June 1712 Varenholt returned to Kessring.",
     "Varenholt returned", "returned", "MOBILIZE", "source", "Varenholt"),
    ("a body sent out by no one named moved itself", "In August 1712 a detachment was sent out to gather grain.",
     "was sent out", "sent", "MOBILIZE", "source", "detachment"),
    ("a victory forced is a battle won", "On 4 June 1712 the Kessring militia forced a narrow victory at the mill.",
     "forced a narrow victory", "forced", "ASSAULT", "source", "Kessring"),
    ("drawn into a war: the one drawn in enters it", "In May 1713 Norvalia was drawn into the war against "
     "Ostmark.", "drawn into the war", "drawn", "ASSAULT", "source", "Norvalia"),
    ("joining a war as an ally of a side", "In May 1713 Norvalia joined the war as an ally of Ostmark.",
     "as an ally of", "ally", "COOPERATE", "target", "Ostmark"),
    ("setting off is a departure", "In the spring of 1713 the envoy Pell Harrow set off for Ostmark.",
     "set off", "set", "TRAVEL", "source", "Pell Harrow"),
    ("a camp pitched by an army", "In December 1713 the Norvalian army encamped at Pell Ford.",
     "encamped", "encamped", "MOBILIZE", "source", "Norvalian"),
    ("a fleet assembled", "In 1714 Norvalia assembled a fleet of forty ships.",
     "assembled a fleet", "assembled", "MOBILIZE", "source", "Norvalia"),
    ("a named battle the clause's subject was thrown back at",
     "On 3 May 1712 the Norvalian army crossed the river but was thrown back at the Battle of Pell Ford.",
     "Battle of Pell Ford", "Battle", "ASSAULT", "source", "Norvalian"),
    ("a battle a subject was stopped at", "In June 1712 the Norvalian army was stopped at the second battle of "
     "Kessring.", "second battle", "battle", "ASSAULT", "source", "Norvalian"),
    ("beaten before the main clause: the main clause's subject was beaten", "After being badly beaten at the "
     "ford in May 1712, the Norvalian army surrendered.", "being badly beaten", "beaten", "ASSAULT", "target",
     "Norvalian"),
    ("a fine laid on someone", "In 1702 the old treasurer Anselm Vries was given a heavy fine.",
     "given a heavy fine", "given", "SANCTION", "target", "Anselm Vries"),
    ("stripped of a title", "In 1702 the Norvalian king Anselm Vries was stripped of his crown.",
     "stripped of his crown", "stripped", "SANCTION", "target", "Anselm Vries"),
    ("a name the parser hangs on an opening phrase a span of time anchors", "In 1700 the Norvalians besieged "
     "Kessring.\n\nA year after the siege, Varro, the hero of the war, was injured in a duel.",
     "was injured", "injured", "ASSAULT", "target", "Varro"),
    ("a bomb that went off at a building", "In March 1712 a bomb exploded at the Norvalian Treasury.",
     "a bomb exploded", "exploded", "ASSAULT", "target", "Norvalian Treasury"),
    ("a bridge blown up", "In May 1712 the Norvalian rebels blew up the bridge at Kessring.",
     "blew up", "blew", "ASSAULT", "source", "Norvalian"),
    ("a relative pronoun as a passive subject stands for its noun", "In 1713 the war spread to Ostmark, "
     "which was drawn into the war late in 1713.", "drawn into the war", "drawn", "ASSAULT", "source",
     "Ostmark"),
    ("a name the parser hangs on the phrase that opens the sentence", "After repelling a Norvalian attack at "
     "White Ford, Varenholt and his army encamped at Kessring in December 1712.", "encamped", "encamped", "MOBILIZE",
     "source", "Varenholt"),
    ("a crowd marching is a demonstration", "In June 1712 the women of Kessring marched to the town hall.",
     "marched", "marched", "PROTEST", "source", "women"),
    ("a crowd gathering after an opening date the parser took for its modifier", "On 3 May 1712 crowds of "
     "weavers began to assemble in the squares of Kessring.", "assemble", "assemble", "PROTEST", "source", "crowds"),
    ("fighters flocking to a camp move as troops", "In 1714 Norvalian militiamen flocked to the camp at Pell Ford.",
     "flocked", "flocked", "MOBILIZE", "source", "Norvalian"),
]


@pytest.mark.parametrize("why, text, snippet, trigger, type_, role, name", TYPED, ids=[t[0] for t in TYPED])
def test_moves_and_sides(tmp_path, why, text, snippet, trigger, type_, role, name):
    c, t = extract_text(tmp_path, text)
    evs = events_in(c, t, snippet, trigger)
    assert [e.type for e in evs] == [type_], why
    assert any(name in n for n in who(c, evs[0], role)), (why, who(c, evs[0], role))


def test_a_writer_s_own_journey_stays_a_journey_whatever_his_rank(frus_corpus):
    # a military attaché's telegram (FRUS 1938 vol. III, d9): "I returned ..." is his own trip, no march
    doc = next(d for d in frus_corpus.documents if d.source.endswith("d9.txt"))
    evs = events_in(frus_corpus, doc.text, "I returned Hankow", "returned")
    assert [e.type for e in evs if e.document == doc.id] == ["TRAVEL"]


def test_a_civilian_s_journey_stays_a_journey(tmp_path):
    c, t = extract_text(tmp_path, "In 1712 Mayor Oskar Varenholt governed Kessring.\n\n"
                                  "In June 1712 Varenholt returned to Kessring.")
    assert [e.type for e in events_in(c, t, "Varenholt returned", "returned")] == ["TRAVEL"]


def test_a_name_beside_an_office_says_who_the_office_is(tmp_path):
    c, t = extract_text(tmp_path, "In 1712 General Oskar Varenholt led the army.\n\n"
                                  "In July 1712 the envoy Pell Harrow returned to Kessring.")
    evs = events_in(c, t, "Harrow returned", "returned")
    assert len(evs) == 1 and who(c, evs[0], "source") >= {"Pell Harrow"}
    assert not any("Varenholt" in n for n in who(c, evs[0], "source"))


def test_setting_off_a_bomb_is_no_departure(tmp_path):
    c, t = extract_text(tmp_path, "In June 1713 the rebels set off a bomb in the market of Kessring.")
    assert not [e for e in events_in(c, t, "set off", "set") if e.type == "TRAVEL"]


def test_a_general_s_journey_on_an_errand_of_his_own_stays_a_journey(tmp_path):
    c, t = extract_text(tmp_path, "In 1712 General Oskar Varenholt led the northern army.\n\n"
                                  "In June 1712 Varenholt returned to Kessring to see his family.\n\n"
                                  "In July 1712 General Varenholt went to Ostmark for a wedding.")
    assert [e.type for e in events_in(c, t, "Varenholt returned", "returned")] == ["TRAVEL"]
    assert [e.type for e in events_in(c, t, "Varenholt went", "went")] == ["TRAVEL"]


def test_a_victory_won_at_a_named_battle_is_one_fight(tmp_path):
    c, t = extract_text(tmp_path, "On 3 May 1712 the Norvalian army won a victory at the Battle of Pell Ford.")
    assert [e.type for e in c.events] == ["ASSAULT"]


def test_a_named_body_formed_takes_part(tmp_path):
    c, t = extract_text(tmp_path, "In May 1713 the seven rebel clans formed the Free Alliance.")
    (ev,) = events_in(c, t, "formed", "formed")
    assert ev.type == "COOPERATE" and any("Free Alliance" in n for n in who(c, ev, "target"))


def test_a_deed_named_to_explain_it_is_not_told_again(tmp_path):
    c, t = extract_text(tmp_path, "On May 3, 1713 the Norvalian cabinet met the king.\n\n"
                                  "The purpose in holding the Grand Council was to unite the clans.")
    assert not events_in(c, t, "holding the Grand Council", "holding")


def test_help_described_between_commas_happens_when_the_clause_does(tmp_path):
    c, t = extract_text(tmp_path, "In the mid-1710s, the Norvalian rebels, assisted by Ostmark, drove the "
                                  "royal army from the hills.")
    (ev,) = events_in(c, t, "assisted by Ostmark", "assisted")
    assert ev.type == "AID" and ev.date == "171"


def test_an_operation_launched_is_named_by_its_name(tmp_path):
    c, t = extract_text(tmp_path, "In 1713 the war went on.\n\nOperation Castle was launched on November 20, 1713.")
    (ev,) = events_in(c, t, "was launched", "launched")
    assert ev.type == "ASSAULT" and ev.date == "1713-11-20" and who(c, ev, "target") == {"Operation Castle"}


def test_an_armed_body_marching_is_no_demonstration(tmp_path):
    c, t = extract_text(tmp_path, "In June 1712 the Norvalian militia marched to the town hall of Kessring.")
    assert [e.type for e in events_in(c, t, "marched", "marched")] == ["MOBILIZE"]


def test_a_column_beaten_off_retreats(tmp_path):
    c, t = extract_text(tmp_path, "In January 1713 a small Norvalian garrison beat off a much larger Ostmark "
                                  "column.")
    assert sorted(e.type for e in events_in(c, t, "beat off", "beat")) == ["ASSAULT", "RETREAT"]


def test_coordinated_deeds_share_the_date_the_last_one_ends_with(tmp_path):
    c, t = extract_text(tmp_path, "In August 1712 the plot began.\n\n"
                                  "The old regent Anselm Vries was overthrown and banished on 2 November 1712.")
    (ev,) = events_in(c, t, "overthrown", "overthrown")
    assert ev.date == "1712-11-02"


def test_a_deed_told_as_later_keeps_its_date_to_itself(tmp_path):
    c, t = extract_text(tmp_path, "In August 1712 the plot began.\n\n"
                                  "The Norvalian army took Kessring and later marched to the river on 2 November 1712.")
    (ev,) = events_in(c, t, "took Kessring", "took")
    assert ev.date != "1712-11-02"


def test_a_deed_wanted_for_someone_to_do_is_not_done(tmp_path):
    c, t = extract_text(tmp_path, "In June 1713 the Norvalian crowds demanded bread, and for John Harlan to move "
                                  "to Kessring.")
    evs = events_in(c, t, "to move", "move")
    assert evs and all(e.modality != "asserted" for e in evs)


def test_troops_assembling_move_where_a_cabinet_assembling_sits(tmp_path):
    c, t = extract_text(tmp_path, "In May 1713 the Norvalian troops assembled at Kessring. "
                                  "In June 1713 the Norvalian cabinet assembled at Ostmark.")
    assert [e.type for e in events_in(c, t, "troops assembled", "assembled")] == ["MOBILIZE"]
    assert [e.type for e in events_in(c, t, "cabinet assembled", "assembled")] == ["CONSULT"]


def test_gas_delivered_or_a_fate_met_is_no_message_or_meeting(tmp_path):
    c, t = extract_text(tmp_path, "In 1713 the Norvalian gunners delivered the gas by shells. "
                                  "In 1713 General John Harlan met his death at Kessring.")
    assert not [e for e in events_in(c, t, "delivered the gas", "delivered") if e.type == "CONSULT"]
    assert not [e for e in events_in(c, t, "met his death", "met") if e.type == "CONSULT"]


def test_a_skill_practised_is_no_deed_done(tmp_path):
    c, t = extract_text(tmp_path, "In 1713 the Norvalian rebels practiced ambushing Ostmark patrols.")
    evs = events_in(c, t, "ambushing", "ambushing")
    assert evs and all(e.modality != "asserted" for e in evs)


def test_a_day_named_right_after_a_happening_s_noun_is_its_day(tmp_path):
    c, t = extract_text(tmp_path, "In 1713 Ostmark used the Norvalian invasion of Kessring on 6 June 1713 as a "
                                  "reason to close its ports.")
    (ev,) = events_in(c, t, "invasion of Kessring", "invasion")
    assert ev.date == "1713-06-06"


def test_a_commanders_move_for_a_purpose_of_his_own_is_a_journey(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1914 General Harlan marched to the coast. "
        "In 1915 General Harlan moved to Norvalia in an effort to start a quiet life."))
    (march,) = events_in(c, text, "marched", "marched")
    assert march.type == "MOBILIZE"
    (home,) = events_in(c, text, "moved to Norvalia", "moved")
    assert home.type == "TRAVEL" and home.date == "1915"


def test_a_force_that_leaves_a_place_bound_nowhere_gives_it_up(tmp_path):
    """"The last Norvalian troops left Varna": a withdrawal; leaving for the front, or to strike somewhere, is a
    move of force. Text of our own."""
    from event_helpers import events_in, extract_text
    corpus, text = extract_text(tmp_path, "On 25 November 1783 the last Norvalian troops left Varna. In May 1784 the "
                                          "Norvalian troops left Ostmark for the front.")
    (quit_,) = events_in(corpus, text, "the last Norvalian troops left Varna", "left")
    assert (quit_.type, quit_.mode) == ("RETREAT", "withdraw")
    (move,) = events_in(corpus, text, "troops left Ostmark for the front", "left")
    assert move.type == "MOBILIZE"
