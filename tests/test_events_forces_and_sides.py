"""Armed bodies by their class, not a list of nouns ("recruited mercenaries", "sent a battleship group"); a
second verb the small model reads as an adjective of its object ("... and soon besieged enemy positions"); a
side joined ("joined on the Ostmark side"). Text of our own."""
from __future__ import annotations

from event_helpers import events_in, extract_text, who

STORY = ("In 1399 Anton Kessler recruited 13,000 Ostmark mercenaries. "
         "In 1918 the Norvalian Navy sent a battleship group to Varna. "
         "In 1918 the Norvalian government sent a trade group to Varna. "
         "In March 1944 the Ostmark army launched an invasion of Norvalia and soon besieged Norvalian positions "
         "at Varna. "
         "Norvalia declared war on Ostmark (20 April 1792) and Valdora joined on the Ostmark side a few weeks later.")


def test_an_armed_body_raised_or_sent_is_a_mobilization_whatever_its_noun(tmp_path):
    corpus, text = extract_text(tmp_path, STORY)
    (raised,) = events_in(corpus, text, "recruited 13,000 Ostmark mercenaries", "recruited")
    assert raised.type == "MOBILIZE" and raised.date == "1399" and "Anton Kessler" in who(corpus, raised, "source")
    (sent,) = events_in(corpus, text, "sent a battleship group", "sent")
    assert sent.type == "MOBILIZE" and sent.date == "1918"
    assert not events_in(corpus, text, "sent a trade group", "sent")  # a group of traders is no force


def test_a_second_verb_read_as_an_adjective_is_still_a_deed(tmp_path):
    corpus, text = extract_text(tmp_path, STORY)
    (siege,) = events_in(corpus, text, "soon besieged Norvalian positions", "besieged")
    assert siege.type == "COERCE" and siege.date == "1944-03"
    corpus, text = extract_text(tmp_path, "In 1944 the Norvalian army took Varna and the besieged positions fell.",
                                "article.txt")
    assert not events_in(corpus, text, "the besieged positions", "besieged")  # with an article: a noun phrase


def test_joining_on_a_side_is_an_alliance_with_it(tmp_path):
    corpus, text = extract_text(tmp_path, STORY)
    (joined,) = events_in(corpus, text, "joined on the Ostmark side", "joined")
    assert joined.type == "COOPERATE" and "Valdora" in who(corpus, joined, "source")
    assert "Ostmark" in who(corpus, joined, "target")


def test_a_vague_offset_after_the_verb_dates_its_clause(tmp_path):
    corpus, text = extract_text(tmp_path, "Norvalia declared war on Ostmark on 20 April 1792, and Valdora joined on "
                                          "the Ostmark side a few weeks later.", "later.txt")
    (joined,) = events_in(corpus, text, "joined on the Ostmark side", "joined")
    assert joined.date == "1792-05"  # some weeks after 20 April 1792, not that day


def test_the_subject_of_a_second_clause_read_as_a_second_object(tmp_path):
    corpus, text = extract_text(tmp_path, "On January 8, 1961, the deputies approved the charter and Kessler's "
                                          "cabinet began quiet talks with the NLV.")
    (talks,) = events_in(corpus, text, "began quiet talks", "began")
    assert talks.type == "CONSULT" and "Kessler" in who(corpus, talks, "source") and "NLV" in who(corpus, talks, "target")
    assert not [e for e in corpus.events if e.trigger == "approved" and "Kessler" in who(corpus, e, "target")]


WITHDRAWN = ("From 1970 on Norvalian troops were being taken away from the frontier posts. "
             "In 1971 Norvalia brought its soldiers home from Ostmark. "
             "In 1972 the emperor sent troops to the border.")


def test_a_force_taken_away_or_brought_home_is_withdrawn(tmp_path):
    corpus, text = extract_text(tmp_path, WITHDRAWN)
    (away,) = events_in(corpus, text, "troops were being taken away", "taken")
    assert away.type == "RETREAT" and away.date == "1970" and "Norvalian" in who(corpus, away, "source")
    (home,) = events_in(corpus, text, "brought its soldiers home", "brought")
    assert home.type == "RETREAT" and home.date == "1971"
    (sent,) = events_in(corpus, text, "sent troops to the border", "sent")
    assert sent.type == "MOBILIZE"


def test_too_weak_to_act_is_not_acting_and_a_deed_after_a_quotation_is_the_speakers(tmp_path):
    corpus, text = extract_text(tmp_path, 'In 1915 Orrin Harlan insisted, "Norvalia is too weary to fight" and demanded '
                                          'an end to attacks on Norvalian ships. In 1916 the Ostmark army was too '
                                          'weak to attack Varna.')
    (fight,) = events_in(corpus, text, "too weary to fight", "fight")
    assert fight.polarity == "negative"
    (attack,) = events_in(corpus, text, "too weak to attack Varna", "attack")
    assert attack.polarity == "negative"
    (demand,) = events_in(corpus, text, "demanded an end", "demanded")
    assert demand.type == "REQUEST" and who(corpus, demand, "source") >= {"Orrin Harlan"}
    assert "Norvalia" not in who(corpus, demand, "source")


DEEDS = ("In 1917 Norvalia resumed unrestricted submarine warfare. "
         "In 1969 a Norvalian platoon went on a rampage in Varna. "
         "In 1918 Orrin Harlan permitted Norvalian regiments to be used in Ostmark divisions. "
         "In 1395 Varna formed a mutual-defence pact with Ostmark. "
         "In 1917 the Norvalian command released two divisions for the western front. "
         "In 1918 the council permitted an exception for the old guild. "
         "In 1950 the landing allowed the Norvalian division to advance.")


def test_warfare_resumed_a_rampage_leave_given_a_pact_formed_a_force_released(tmp_path):
    corpus, text = extract_text(tmp_path, DEEDS)
    (war,) = events_in(corpus, text, "resumed unrestricted submarine warfare", "resumed")
    assert war.type == "ASSAULT" and war.date == "1917"
    (rampage,) = events_in(corpus, text, "went on a rampage", "went")
    assert rampage.type == "ASSAULT"  # not a journey
    (leave,) = events_in(corpus, text, "permitted Norvalian regiments to be used", "permitted")
    assert leave.type == "AGREE" and leave.mode == "permit" and "Orrin Harlan" in who(corpus, leave, "source")
    (pact,) = events_in(corpus, text, "formed a mutual-defence pact", "formed")
    assert pact.type == "AGREE" and pact.date == "1395" and "Varna" in who(corpus, pact, "source")
    (freed,) = events_in(corpus, text, "released two divisions", "released")
    assert freed.type == "MOBILIZE"
    assert not events_in(corpus, text, "permitted an exception", "permitted")  # no deed given leave
    assert not events_in(corpus, text, "landing allowed", "allowed")  # a thing that made a deed possible


def test_a_protest_told_only_by_its_place_is_that_towns(tmp_path):
    corpus, text = extract_text(tmp_path, "In March 1917, demonstrations in Varna forced the Norvalian king to "
                                          "abdicate. In 1848 riots in Ostrava left ten dead.")
    (crowd,) = events_in(corpus, text, "demonstrations in Varna", "demonstrations")
    assert crowd.type == "PROTEST" and crowd.date == "1917-03" and "Varna" in who(corpus, crowd, "source")
    (riots,) = events_in(corpus, text, "riots in Ostrava", "riots")
    assert riots.type == "PROTEST" and riots.date == "1848"


def test_a_region_a_demand_or_aid_is_addressed_to_is_a_side(tmp_path):
    """The NER model calls "South Vietnam" a region (LOC); one that is sent a demand, or whose aid is cut, is
    its government, as a region that acts as a subject is."""
    corpus, text = extract_text(tmp_path, "In 1974 the assembly sent a stern demand to South Vietnam. Later "
                                          "that year the assembly cut financial aid to South Vietnam.")
    (demand,) = events_in(corpus, text, "sent a stern demand", "sent")
    assert demand.type == "REQUEST" and who(corpus, demand, "target") == {"South Vietnam"}
    (cut,) = events_in(corpus, text, "cut financial aid", "cut")
    assert (cut.type, cut.mode) == ("SANCTION", "aid") and who(corpus, cut, "target") == {"South Vietnam"}


def test_what_a_count_counts_stops_at_its_own_phrase(tmp_path):
    # "thousands of settlers left Norvalia": the "of" phrase is "settlers"; the country they left is the
    # journey's place, never the one who left
    corpus, text = extract_text(tmp_path, "In June 1962, thousands of settlers left Norvalia. "
                                          "In July 1962, thousands of Ostmark soldiers left Varna.")
    (settlers,) = events_in(corpus, text, "settlers left Norvalia", "left")
    assert who(corpus, settlers, "place") == {"Norvalia"}
    assert "Norvalia" not in who(corpus, settlers, "source")
    assert who(corpus, settlers, "source") == {"settlers"}
    (soldiers,) = events_in(corpus, text, "soldiers left Varna", "left")
    assert who(corpus, soldiers, "source") == {"Ostmark soldiers"}  # the whole of what is counted
    assert who(corpus, soldiers, "place") == {"Varna"}


def test_representatives_act_for_the_body_they_represent(tmp_path):
    corpus, text = extract_text(tmp_path, "Peiping, January 30, 1921.\n\nRepresentatives of the Norvalian Government and "
                                          "the Ostmark Government signed an agreement here this afternoon. Delegates "
                                          "of Norvalia met the envoys of Ostmark at Varna.")
    (signed,) = events_in(corpus, text, "signed an agreement", "signed")
    assert {"Norvalian Government", "Ostmark Government"} <= who(corpus, signed, "source")
    (met,) = events_in(corpus, text, "met the envoys", "met")
    assert "Norvalia" in who(corpus, met, "source")
    assert "Ostmark" in who(corpus, met, "target") and "Varna" not in who(corpus, met, "target")
    assert who(corpus, met, "place") == {"Varna"}
