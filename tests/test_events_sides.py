"""Who takes part, told by the shape of the phrase: companions set off by commas, a part of a side ("the last
of the rebel forces"), help named by its noun ("with the help of X"), a leave given in the passive, the
coalition words the NER leaves untagged; and deeds a plain verb list misses (urging someone on, resistance
broken, reprisals, holding apart from a pact, troops received, force unleashed, a speech's own date).

Every sentence below is our own invention; each runs through the whole pipeline.
"""
from __future__ import annotations

import pytest

from event_helpers import events_in, extract_text, names_of, who

#: (why, text, snippet, trigger, type, role, name): the one event told there, its type and one participant
TYPED = [
    ("a subject before a companion phrase, after a date",
     "On 3 May 1809, Bavaria, along with the Saxon regiments, invaded the Tyrol.",
     "invaded the Tyrol", "invaded", "ASSAULT", "source", "Bavaria"),
    ("the companions act beside the subject",
     "On 3 May 1809, Bavaria, along with the Saxon regiments, invaded the Tyrol.",
     "invaded the Tyrol", "invaded", "ASSAULT", "source", "Saxon"),
    ("a name the parser hangs on the opening date, before an aside",
     "On March 1, 1866, Prussia and Saxony - a client state in 1866 - attacked Bohemia.",
     "attacked Bohemia", "attacked", "ASSAULT", "source", "Saxony"),
    ("the last of a side's forces", "On 9 May 1849 the last of the Hungarian troops surrendered at Vilagos.",
     "surrendered", "surrendered", "RETREAT", "source", "Hungarian"),
    ("thousands of a named group", "In 1850 thousands of Carlists fled across the border.",
     "fled across the border", "fled", "RETREAT", "source", "Carlists"),
    ("help named by its noun goes from the helper", "In 1849 the royalists retook Palermo with the help of the "
     "Swiss regiments.", "with the help of", "help", "AID", "source", "Swiss"),
    ("help named by its noun goes to the clause's subject", "In 1849 the Neapolitans retook Palermo with the help "
     "of the Swiss regiments.", "with the help of", "help", "AID", "target", "Neapolitans"),
    ("leave given in the passive goes to its subject", "On 8 July 1859, General Lamarmora was given permission to "
     "cross the Mincio.", "given permission", "given", "AGREE", "target", "Lamarmora"),
    ("a coalition word the NER leaves untagged", "In 1813 the Prussian advance forced the Allies to evacuate.",
     "to evacuate", "evacuate", "RETREAT", "source", "Allies"),
    ("urging someone on to a deed asks it of them", "In 1851 the Danish crown encouraged the Holsteiners to "
     "surrender their arms.", "encouraged the Holsteiners", "encouraged", "REQUEST", "source", "Danish"),
    ("resistance broken", "On 10 May 1849 the Austrian army broke the resistance of the Hungarian rebels.",
     "broke the resistance", "broke", "ASSAULT", "source", "Austrian"),
    ("reprisals against a side", "After 1849 there were harsh Austrian reprisals against the Hungarians.",
     "reprisals against the Hungarians", "reprisals", "ASSAULT", "target", "Hungarians"),
    ("holding oneself apart from a pact", "In 1866 the Bavarian cabinet dissociated itself from the Prussian "
     "proposal.", "dissociated itself", "dissociated", "REJECT", "source", "Bavarian"),
    ("troops received by a commander", "In March 1866 General Benedek received two more Saxon divisions.",
     "received two more", "received", "MOBILIZE", "source", "Benedek"),
    ("force unleashed", "On 3 July 1866 the Prussian gunners unleashed a heavy barrage on Chlum.",
     "unleashed a heavy barrage", "unleashed", "ASSAULT", "source", "Prussian"),
    ("a sentence carried out", "In 1572 the Spanish garrison put the Dutch envoys to death.",
     "put the Dutch envoys to death", "put", "ASSAULT", "target", "Dutch"),
    ("a coup quashed is fought down", "In May 1921 the Polish troops quashed a coup in Vilna.",
     "quashed a coup", "quashed", "ASSAULT", "source", "Polish"),
    ("clashes between two sides: the first", "In 1932 there were bloody clashes between Bolivia and Paraguay.",
     "clashes between", "clashes", "ASSAULT", "source", "Bolivia"),
    ("clashes between two sides: the second", "In 1932 there were bloody clashes between Bolivia and Paraguay.",
     "clashes between", "clashes", "ASSAULT", "target", "Paraguay"),
    ("a battle between two sides", "On 3 July 1866 there was a short battle between the Saxons and the "
     "Prussians near the river.", "battle between", "battle", "ASSAULT", "target", "Prussians"),
    ("the sides as the modifiers of one noun", "In 1932 there were bloody clashes between the Bolivian and "
     "Paraguayan garrisons.", "clashes between", "clashes", "ASSAULT", "target", "Paraguayan"),
    ("a part of an armed body on the move", "In March 1866 elements of the Bavarian army corps arrived in Dresden.",
     "arrived in Dresden", "arrived", "MOBILIZE", "source", "Bavarian"),
    ("most of a city named before its noun", "On 15 May 1849 the bombardment destroyed most of Ancona city.",
     "destroyed most", "destroyed", "ASSAULT", "target", "Ancona"),
    ("whose help is asked for is whom it is asked of", "In May 1911 the regent of Albania requested Austrian "
     "military assistance.", "requested Austrian", "requested", "REQUEST", "target", "Austrian"),
    ("large numbers of a side's forces", "In the spring, large numbers of Austrian troops began to land at Durazzo.",
     "land at Durazzo", "land", "MOBILIZE", "source", "Austrian"),
    ("a body's leadership meets for it", "In March 1957, the leadership of the Wafd met in Alexandria.",
     "met in Alexandria", "met", "CONSULT", "source", "Wafd"),
]


@pytest.mark.parametrize("why, text, snippet, trigger, type_, role, name", TYPED, ids=[row[0] for row in TYPED])
def test_who_takes_part(tmp_path, why, text, snippet, trigger, type_, role, name):
    c, text = extract_text(tmp_path, text, "sides.txt")
    (ev,) = events_in(c, text, snippet, trigger)
    assert ev.type == type_, why
    assert any(name in w for w in who(c, ev, role)), (why, names_of(c, ev.source), names_of(c, ev.target))


def test_a_speech_takes_the_date_it_went_out(tmp_path):
    text = "In March 1849 the war ended. The king proclaimed a pardon in a speech broadcast on 4 April."
    c, text = extract_text(tmp_path, text, "speech.txt")
    (ev,) = events_in(c, text, "proclaimed a pardon", "proclaimed")
    assert ev.date == "1849-04-04"


def test_help_asked_for_is_no_help_given(tmp_path):
    text = "In 1849 the Neapolitans asked for the help of the Swiss regiments."
    c, text = extract_text(tmp_path, text, "asked.txt")
    assert not [e for e in c.events if e.type == "AID"]


def test_clashes_that_break_out_are_one_event(tmp_path):
    text = "In 1932 fierce clashes between Bolivia and Paraguay broke out."
    c, text = extract_text(tmp_path, text, "broke.txt")
    (ev,) = [e for e in c.events if e.type == "ASSAULT"]
    assert names_of(c, ev.source) == {"Bolivia"} and names_of(c, ev.target) == {"Paraguay"}


def test_each_place_taken_in_a_chain_has_its_own_date(tmp_path):
    text = ("In 1848 General Radetzky took Verona on 5 May, and Vicenza on 10 June, and finally Padua on 13 "
            "June.")
    c, text = extract_text(tmp_path, text, "chain.txt")
    dates = sorted(e.date for e in c.events if e.type == "ASSAULT")
    assert dates == ["1848-05-05", "1848-06-10", "1848-06-13"]


def test_a_name_the_model_took_for_a_person_falls_as_a_town(tmp_path):
    text = "In 1950 the rebels shelled the hills south of Ban Khiet for a week. Ban Khiet fell on 18 September."
    c, text = extract_text(tmp_path, text, "fell.txt")
    (ev,) = events_in(c, text, "Ban Khiet fell", "fell")
    assert ev.type == "ASSAULT" and ev.date == "1950-09-18" and names_of(c, ev.target) == {"Ban Khiet"}


def test_a_general_who_falls_ill_is_no_town_taken(tmp_path):
    text = "In January 1952 General Lattre fell ill in Hanoi and flew home."
    c, text = extract_text(tmp_path, text, "ill.txt")
    assert not [e for e in c.events if e.trigger == "fell"]


def test_people_captured_are_prisoners_taken_too(tmp_path):
    text = "On 2 May 1809 the Tyrolean militia surprised the camp, capturing nearly 600 Bavarians."
    c, text = extract_text(tmp_path, text, "prisoners.txt")
    types = sorted(e.type for e in events_in(c, text, "capturing nearly 600 Bavarians", "capturing"))
    assert types == ["ASSAULT", "COERCE"]


def test_a_town_captured_is_no_prisoners_taken(tmp_path):
    text = "On 2 May 1809 the Tyrolean militia captured Innsbruck."
    c, text = extract_text(tmp_path, text, "town.txt")
    assert [e.type for e in events_in(c, text, "captured Innsbruck", "captured")] == ["ASSAULT"]


def test_a_text_put_out_by_someone_speaks_for_them(tmp_path):
    text = "In 1911 Zapata announced the Plan of Tlaltizapan, which called for the return of the village lands."
    c, text = extract_text(tmp_path, text, "plan.txt")
    (ev,) = events_in(c, text, "called for the return", "called")
    assert ev.type == "REQUEST" and "Zapata" in names_of(c, ev.source)


def test_an_offset_counts_from_the_fall_of_the_town_it_names(tmp_path):
    text = ("In 1809 the war went on. Kufstein fell on 14 January, and the rebels lost Hall on 7 February. "
            "Four days after the fall of Hall, the last resistance in the valley was broken.")
    c, text = extract_text(tmp_path, text, "offset.txt")
    (ev,) = events_in(c, text, "was broken", "broken")
    assert ev.date == "1809-02-11"


def test_he_after_an_opening_clause_is_that_clause_s_subject(tmp_path):
    text = ("In 1911 General Orozco took the border town. After Madero defeated the federal army, on 21 May 1911, "
            "he signed a treaty with the old regime.")
    c, text = extract_text(tmp_path, text, "he.txt")
    (ev,) = events_in(c, text, "signed a treaty", "signed")
    assert names_of(c, ev.source) & {"Madero"}, names_of(c, ev.source)


def test_words_the_tagger_takes_for_verbs_that_are_adjectives_here(tmp_path):
    text = ("In January 1905 the Second Army attacked the enemy left flank near the river. "
            "The beaten corps broke up as fighting units.")
    c, text = extract_text(tmp_path, text, "adjectives.txt")
    assert not [e for e in c.events if e.trigger in ("left", "fighting")]


def test_the_city_of_a_siege_told_over_several_sentences(tmp_path):
    text = ("In 490 BC the fleet sailed on to its first target, Karystos. The townsmen made no attempt to stop "
            "the landing. For five days the besiegers stormed the walls in vain. On the sixth day "
            "the city was razed.")
    c, text = extract_text(tmp_path, text, "siege.txt")
    (ev,) = events_in(c, text, "the city was razed", "razed")
    assert names_of(c, ev.target) == {"Karystos"}


def test_a_present_tense_heading_or_a_historian_s_comment_keeps_the_story_s_time(tmp_path):
    text = ("In June 1912 the Serbian army crossed the river.\n\nSerbia advances but the war goes on\n\n"
            "On 20 June 1912 the king withdrew his guards from the border.\n"
            "Petrovic describes the withdrawal as a wise move.\n"
            "The Bulgarians rejected the Serbian offer of a truce.")
    c, text = extract_text(tmp_path, text, "comment.txt")
    (ev,) = events_in(c, text, "rejected the Serbian", "rejected")
    assert ev.date == "1912-06-20"
