"""Happenings told as taking place ("the Siege of X began"); a part of a force stands for the force; a
ruler's family in flight gives way as a side; crowds that gather, speeches to a body, commanders sent and
reinforcements gathered; a name recovered right after a month. Text of our own."""
from __future__ import annotations

from event_helpers import events_in, extract_text, who

STORY = ("In June 1716 the Norvalian army crossed into Ostmark. The Siege of Kessring began on 3 July 1716. "
         "In August General Anton Kessler marched north. One wing of his army was routed at Varna. "
         "On 20 September 1716 the royal family fled the capital. "
         "In October an angry crowd gathered outside the palace of the duke. "
         "In October the troops gathered outside the palace of the duke. "
         "In November the duke addressed the assembly of Kessring. "
         "In November the council addressed the question of the harbour dues. "
         "In December President Harlan dispatched General Kessler to defend the coast. "
         "In January 1717 Kessler skirmished with the Ostmark army while gathering reinforcements. "
         "In April Kessler left Varna.")


def test_a_named_siege_that_began_is_a_siege_of_its_place(tmp_path):
    corpus, text = extract_text(tmp_path, STORY)
    (siege,) = events_in(corpus, text, "The Siege of Kessring began", "Siege")
    assert siege.type == "COERCE" and siege.date == "1716-07-03"
    assert any("Kessring" in n for n in who(corpus, siege, "target"))


def test_a_wing_of_an_army_stands_for_the_army_and_a_royal_flight_is_a_retreat(tmp_path):
    corpus, text = extract_text(tmp_path, STORY)
    (routed,) = events_in(corpus, text, "One wing of his army was routed", "routed")
    assert routed.type == "ASSAULT" and any("Kessler" in n for n in who(corpus, routed, "target"))
    (fled,) = events_in(corpus, text, "the royal family fled", "fled")
    assert fled.type == "RETREAT" and fled.date == "1716-09-20"


def test_a_crowd_that_gathers_protests_and_a_speech_to_a_body_is_a_statement(tmp_path):
    corpus, text = extract_text(tmp_path, STORY)
    (crowd,) = events_in(corpus, text, "an angry crowd gathered", "gathered")
    assert crowd.type == "PROTEST" and crowd.date == "1716-10"
    assert not events_in(corpus, text, "the troops gathered outside", "gathered")
    (speech,) = events_in(corpus, text, "the duke addressed the assembly", "addressed")
    assert speech.type == "STATEMENT" and speech.date == "1716-11"
    assert [d.text for d in speech.described if d.role == "target"] == ["assembly"] or who(corpus, speech, "target")
    assert not events_in(corpus, text, "the council addressed the question", "addressed")


def test_a_commander_sent_and_reinforcements_gathered_are_a_build_up(tmp_path):
    corpus, text = extract_text(tmp_path, STORY)
    (sent,) = events_in(corpus, text, "dispatched General Kessler", "dispatched")
    assert sent.type == "MOBILIZE" and any("Harlan" in n for n in who(corpus, sent, "source"))
    (gathered,) = events_in(corpus, text, "while gathering reinforcements", "gathering")
    assert gathered.type == "MOBILIZE" and gathered.date == "1717-01"
    assert any("Kessler" in n for n in who(corpus, gathered, "source"))


def test_a_name_right_after_a_month_is_still_a_name(tmp_path):
    corpus, text = extract_text(tmp_path, STORY)
    at = text.index("In April Kessler") + len("In April ")
    assert any(m.start == at and m.text == "Kessler" for m in corpus.mentions)
    (left,) = events_in(corpus, text, "In April Kessler left Varna", "left")
    assert any("Kessler" in n for n in who(corpus, left, "source")) and left.date == "1717-04"


def test_an_expedition_against_a_place_is_an_attack(tmp_path):
    corpus, text = extract_text(tmp_path, "In 1779 the Norvalian expeditions against the fort of Kessring failed. "
                                          "In 1780 the second expedition, led by General Kessler, went through the hills. "
                                          "In 1781 the duke's expedition to the northern lakes mapped the coast.")
    (against,) = events_in(corpus, text, "expeditions against the fort", "expeditions")
    assert against.type == "ASSAULT" and against.date == "1779"
    assert any("Kessring" in n for n in who(corpus, against, "target"))
    (led,) = events_in(corpus, text, "led by General Kessler", "led")  # the participle still tells who led it
    assert led.type == "ASSAULT" and any("Kessler" in n for n in who(corpus, led, "source"))
    assert not events_in(corpus, text, "expedition to the northern lakes", "expedition")


def test_calling_for_someone_to_act_is_a_demand_not_a_visit(tmp_path):
    """The parser makes "for" the mark of the clause after "called"; it is still the verb's "call for"."""
    corpus, text = extract_text(tmp_path, "In July 1791 the Norvalian assembly called for the city guards to "
                                          "keep order. In August the consul called at the palace of the duke.")
    (called,) = events_in(corpus, text, "called for the city guards", "called")
    assert called.type == "REQUEST" and called.date == "1791-07"
    (visit,) = events_in(corpus, text, "the consul called at the palace", "called")
    assert visit.type == "CONSULT"


def test_a_deed_brought_about_is_dated_by_the_verb_that_brought_it(tmp_path):
    """"took Varna in 1780 and forced a surrender of the garrison in 1781": the parser hangs "in 1781"
    on "forced"; the surrender is dated by it, not by the story's 1780."""
    corpus, text = extract_text(tmp_path, "General Kessler took Varna in 1780 and forced a surrender of "
                                          "the Ostmark garrison at Kessring in 1781.")
    (surrender,) = events_in(corpus, text, "a surrender of the Ostmark garrison", "surrender")
    assert surrender.type == "RETREAT" and surrender.date == "1781"


def test_a_fight_named_to_date_a_deed_after_it_is_told_as_done_before_it(tmp_path):
    """"following an attack on the barracks": the attack happened, before the clause's day (its month kept);
    a talk named the same way only gives a time ("after the envoy's visit")."""
    corpus, text = extract_text(tmp_path, "On 2 March 1921, following an attack on the Norvalian barracks at "
                                          "Varna, the Ostmark army crossed the river. On 9 April 1921, after the "
                                          "envoy's visit to Kessring, the king left the capital.")
    (attack,) = events_in(corpus, text, "following an attack", "attack")
    assert attack.type == "ASSAULT" and attack.date == "1921-03"
    assert not events_in(corpus, text, "after the envoy's visit", "visit")
