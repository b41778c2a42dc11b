"""Narrative history: agentless passives on described groups, coordinated participles, light verbs with
event nouns, phrasal verbs of resigning, and verbs that are no journey or no telling.

Every sentence below is our own invention; each runs through the whole pipeline.
"""
from __future__ import annotations

import pytest

from event_helpers import events_in, extract_text, names_of

TEXT = """In the summer of 1921, dissident officers were arrested, imprisoned or exiled by the junta.
By 1923, some 9,000 political prisoners had been jailed.
In 1924 the king undertook a long state visit to Portugal.
In 1925 the king pledged his continued support to the governor.
The old chancellor stepped down in 1926.
The governor later went on to staff his ministries with loyal men.
Prosperity came at the expense of the peasants in 1927.
The Harbour Doctrine, which argued that every port should be neutral, was adopted in 1928.
"""


@pytest.fixture(scope="module")
def hist(tmp_path_factory):
    return extract_text(tmp_path_factory.mktemp("hist"), TEXT, "hist.txt")


def test_agentless_passive_on_a_described_group(hist):
    c, text = hist
    (e,) = events_in(c, text, "By 1923, some 9,000 political prisoners had been jailed", "jailed")
    assert (e.type, e.date) == ("COERCE", "1923")
    assert [(d.role, d.text) for d in e.described] == [("target", "political prisoners")]


def test_coordinated_participles_share_the_undergoer():
    from annalyst import nlp as nlp_mod
    from annalyst.events.roles import logical_objects

    sdoc = nlp_mod.load()("The rebels were arrested, imprisoned and executed.")
    for word in ("imprisoned", "executed"):
        verb = next(t for t in sdoc if t.text == word)
        assert [t.text for t in logical_objects(verb)] == ["rebels"]


def test_light_verb_gives_the_nominal_event_its_doer(hist):
    c, text = hist
    (e,) = events_in(c, text, "the king undertook a long state visit", "visit")
    assert (e.type, e.mode, e.date) == ("CONSULT", "visit", "1924")
    assert any(d.role == "source" and d.text == "king" for d in e.described) or e.source


def test_pledged_support(hist):
    c, text = hist
    (e,) = events_in(c, text, "the king pledged his continued support", "pledged")
    assert (e.type, e.date) == ("SUPPORT", "1925")


def test_stepping_down_is_a_retreat(hist):
    c, text = hist
    (e,) = events_in(c, text, "The old chancellor stepped down", "stepped")
    assert (e.type, e.mode, e.date) == ("RETREAT", "resign", "1926")


def test_went_on_to_and_at_the_expense_of_are_no_journeys(hist):
    c, text = hist
    assert events_in(c, text, "The governor later went on to staff", "went") == []
    assert events_in(c, text, "Prosperity came at the expense", "came") == []


def test_an_idea_that_argues_tells_nothing(hist):
    c, text = hist
    assert events_in(c, text, "which argued that every port", "argued") == []


SECTIONS = """In March 1809 the northern army laid siege to Kalmar. On 2 April 1809 the garrison surrendered to the army.

War at sea

At the outbreak of the war the frigates raided the merchant convoys. The squadron was finally sunk near Riga in June 1807.

The regency (1810-1818)

Queen Ulrika urged Duke Albrecht to dismiss his chancellor. On 4 May 1810 Albrecht dismissed Chancellor Moltke.
"""


def test_a_new_section_is_set_in_the_year_its_first_paragraph_names(tmp_path):
    """A heading opens another strand of the story: the time carried over it is not its time."""
    c, text = extract_text(tmp_path, SECTIONS, "sections.txt")
    (raid,) = events_in(c, text, "the frigates raided", "raided")
    assert raid.date == "1807" and raid.date_certainty == "inherited"
    (surrender,) = events_in(c, text, "the garrison surrendered", "surrendered")
    assert surrender.date == "1809-04-02"


def test_a_heading_span_of_years_opens_its_section_at_the_first_year(tmp_path):
    c, text = extract_text(tmp_path, SECTIONS, "sections.txt")
    (urged,) = events_in(c, text, "Queen Ulrika urged", "urged")
    assert urged.type == "REQUEST" and urged.date == "1810"


def test_a_when_clause_dates_the_deed_it_tells_the_time_of(tmp_path):
    text = ("On 3 May 1848 the Diet met at Pressburg. The students of Pest attacked the Austrian barracks "
            "when they heard the verdict the next day.")
    c, text = extract_text(tmp_path, text, "when.txt")
    (attack,) = events_in(c, text, "attacked the Austrian barracks", "attacked")
    assert attack.date == "1848-05-04"


def test_a_paragraph_opening_with_a_date_tells_the_story_in_any_tense(tmp_path):
    text = ("In March 1821 the rebels under Germanos gathered at Patras.\n\n"
            "On 25 March, the rebels raise the flag of revolt at Agia Lavra, and the bishop blesses them.\n\n"
            "Governor Yusuf Pasha withdrew from the town.")
    c, text = extract_text(tmp_path, text, "present.txt")
    (withdrew,) = events_in(c, text, "Yusuf Pasha withdrew", "withdrew")
    assert withdrew.date == "1821-03-25"


def test_a_month_after_on_is_a_date_not_a_march(tmp_path):
    c, text = extract_text(tmp_path, "On 25 March 1821, the rebels set their sights on the customs house.", "march.txt")
    assert events_in(c, text, "the rebels set", "set") == []


def test_an_untagged_body_and_a_movement_named_by_what_it_is_take_part(tmp_path):
    text = "In April 1921 the Cheka carried out raids against anarchists in Kiev."
    c, text = extract_text(tmp_path, text, "raids.txt")
    (raid,) = events_in(c, text, "carried out raids", "carried")
    assert raid.type == "ASSAULT" and {(d.role, d.text) for d in raid.described} >= {("source", "Cheka"),
                                                                                   ("target", "anarchists")}


def test_before_a_story_names_any_date_its_first_year_is_the_closest_guess(tmp_path):
    text = ("The northern fleet sailed south along the coast and landed its troops at Kessa.\n\n"
            "The truce (612-605 BC)\n\n"
            "In 612 BC the two kings signed a treaty at Nauros.")
    c, text = extract_text(tmp_path, text, "ahead.txt")
    (sailed,) = events_in(c, text, "The northern fleet sailed", "sailed")
    assert sailed.date == "BC0612" and sailed.date_certainty == "inherited"


def test_a_pronoun_after_the_one_person_of_its_sentence_is_that_person(tmp_path):
    text = ("On 3 March 1848 General Radetzky left the city. "
            "That evening the crowd accused Count Lamberg of treason and he was killed.")
    c, text = extract_text(tmp_path, text, "pronoun.txt")
    (killed,) = events_in(c, text, "he was killed", "killed")
    assert names_of(c, killed.target) >= {"Lamberg"}


def test_a_pledge_to_act_is_an_intention(tmp_path):
    c, text = extract_text(tmp_path, "In 1821 the island of Hydra pledged to defect to the rebels.", "pledge.txt")
    evs = events_in(c, text, "to defect", "defect")
    assert evs and all(e.modality == "intended" for e in evs)


def test_a_hope_or_a_preference_is_no_deed_even_when_the_lemmatizer_stumbles(tmp_path):
    text = ("In 1813 the volunteers hoped to continue fighting the French. "
            "In 1899 the new governor favored stepping up the attacks on the bandits.")
    c, text = extract_text(tmp_path, text, "hope.txt")
    (fight,) = events_in(c, text, "continue fighting", "fighting")
    (step,) = events_in(c, text, "stepping up", "stepping")
    assert fight.modality == "intended" and step.modality == "intended"


def test_a_deed_named_as_what_a_dated_clause_was_takes_its_date(tmp_path):
    text = ("On 20 September 1917 the armies rested near Ypres. In the 1917 Battle of Messines the only British "
            "success was the capture of Wytschaete by the Irish Division.")
    c, text = extract_text(tmp_path, text, "attr.txt")
    (capture,) = events_in(c, text, "the capture of Wytschaete", "capture")
    assert capture.date == "1917"  # the battle's year, not the day the story had reached


def test_the_subject_of_a_phase_verb_does_the_deed_itself(tmp_path):
    c, text = extract_text(tmp_path, "In May 1848 the cavalry began to arrive outside Vienna.", "phase.txt")
    (arrive,) = events_in(c, text, "began to arrive", "arrive")
    assert arrive.type == "MOBILIZE" and [d.text for d in arrive.described] == ["cavalry"]


def test_an_opening_purpose_infinitive_is_an_aim_even_when_parsed_as_a_subject(tmp_path):
    text = "To relieve the port of Tobruk, the commander, General Auchinleck, launched an offensive in November 1941."
    c, text = extract_text(tmp_path, text, "purpose.txt")
    evs = events_in(c, text, "To relieve", "relieve")
    assert evs and all(e.modality == "intended" for e in evs)


def test_ordering_a_use_of_force_is_the_deed_done_by_who_ordered_it(tmp_path):
    text = ("In 1921 the governor ordered the arrest of Colonel Vasquez. "
            "In 1922 the governor did not order the arrest of Colonel Ortega.")
    c, text = extract_text(tmp_path, text, "order.txt")
    (done,) = events_in(c, text, "ordered the arrest", "arrest")
    (not_done,) = events_in(c, text, "did not order the arrest", "arrest")
    assert (done.polarity, done.modality, done.date) == ("positive", "asserted", "1921")
    assert [d.text for d in done.described] == ["governor"] or done.source
    assert not_done.polarity == "negative"


def test_an_army_countering_with_divisions_says_nothing(tmp_path):
    c, text = extract_text(tmp_path, "In 1866 Prussia massed nine corps, while Austria countered with eight.", "counter.txt")
    assert events_in(c, text, "Austria countered", "countered") == []


def test_a_bound_told_in_an_earlier_sentence_is_no_time_the_story_reached(tmp_path):
    text = ("On 2 October 1826 the northern army reached the river. The advance went on until early 1828. "
            "Fighting broke out between the northern army and the Kurds. "
            "The Russians held the fort until the spring of 1829, and then they withdrew to Tabriz.")
    c, text = extract_text(tmp_path, text, "until.txt")
    (skirmish,) = events_in(c, text, "Fighting broke out", "broke")
    (withdrew,) = events_in(c, text, "then they withdrew", "withdrew")
    assert skirmish.date == "1826-10-02" and withdrew.date == "1829-SP"


def test_a_clause_before_a_semicolon_keeps_its_subject_as_the_topic(tmp_path):
    text = ("In March 1809 Archduke Charles was replaced by General Hiller. Hiller, too, proved unable to halt the "
            "French advance; despite his numbers, he was beaten at Landshut in April 1809. "
            "He was replaced by General Bellegarde in May 1809.")
    c, text = extract_text(tmp_path, text, "semicolon.txt")
    (replaced,) = events_in(c, text, "He was replaced", "replaced")
    assert names_of(c, replaced.target) >= {"Hiller"}


RELAYED = """The Consul at Canton (Linnell) to the Secretary of State
Canton, March 3, 1938—noon.

12. Following for Navy Department from Captain Overesch.

“I left Swatow March 2 for Amoy. No fighting seen on the coast.”

Linnell
"""


def test_the_i_of_a_relayed_message_is_its_author_not_the_signer(tmp_path):
    c, text = extract_text(tmp_path, RELAYED, "relay.txt")
    (left,) = events_in(c, text, "I left Swatow", "left")
    assert names_of(c, left.source) >= {"Overesch"} and left.date == "1938-03-02"


def test_a_deed_an_incident_involved_takes_the_incident_s_time(tmp_path):
    text = ("The Ambassador in Turkey (Bristol) to the Secretary of State\nConstantinople, May 4, 1921—noon.\n\n"
            "41. The Greek Minister said that the clash which took place yesterday, involving the shooting of two "
            "Greek sailors by Turkish guards, had angered the city.\n\nBristol\n")
    c, text = extract_text(tmp_path, text, "incident.txt")
    (shooting,) = events_in(c, text, "involving the shooting", "shooting")
    assert shooting.date == "1921-05-03"


def test_an_attack_feared_is_no_attack_made(tmp_path):
    c, text = extract_text(tmp_path, "In 1777 the fear of a Mohawk attack from the west spread among the settlers.",
                           "fear.txt")
    (attack,) = events_in(c, text, "Mohawk attack", "attack")
    assert attack.modality != "asserted"


def test_a_deed_troops_are_gathered_for_is_still_to_come(tmp_path):
    c, text = extract_text(tmp_path, "In 1588 King Philip began to assemble a fleet for the invasion of England.",
                           "armada.txt")
    (invasion,) = events_in(c, text, "the invasion of England", "invasion")
    assert invasion.modality == "intended"
