"""Narrative history: agentless passives on described groups, coordinated participles, light verbs with
event nouns, phrasal verbs of resigning, and verbs that are no journey or no telling.

Every sentence below is our own invention; each runs through the whole pipeline.
"""
from __future__ import annotations

import pytest

from event_helpers import events_in, extract_text, names_of

TEXT = """In the summer of 1921, dissident officers were arrested, imprisoned or exiled by the junta.
By 1923, some 7,000 political prisoners in all had been jailed.
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
    (e,) = events_in(c, text, "By 1923, some 7,000 political prisoners in all had been jailed", "jailed")
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

UNTIL = ("On 2 October 1826 the northern army reached the river. The advance went on until early 1828. "
         "Fighting broke out between the northern army and the Kurds. "
         "The Russians held the fort until the spring of 1829, and then they withdrew to Tabriz.")

#: (why, text, snippet, trigger, date, certainty or None): the one event told in ``snippet`` has this date
DATED = [
    # a heading opens another strand of the story: the time carried over it is not its time
    ("new section: its own year", SECTIONS, "the frigates raided", "raided", "1807", "inherited"),
    ("before the heading: its own date", SECTIONS, "the garrison surrendered", "surrendered", "1809-04-02", None),
    ("heading span: its first year", SECTIONS, "Queen Ulrika urged", "urged", "1810", None),
    ("when-clause", "On 3 May 1848 the Diet met at Pressburg. The students of Pest attacked the Austrian barracks "
     "when they heard the verdict the next day.", "attacked the Austrian barracks", "attacked", "1848-05-04", None),
    ("paragraph opening with a date, any tense",
     "In March 1821 the rebels under Germanos gathered at Patras.\n\n"
     "On 25 March, the rebels raise the flag of revolt at Agia Lavra, and the bishop blesses them.\n\n"
     "Governor Yusuf Pasha withdrew from the town.", "Yusuf Pasha withdrew", "withdrew", "1821-03-25", None),
    ("before any date: the first year named", "The northern fleet sailed south along the coast and landed its troops "
     "at Kessa.\n\nThe truce (612-605 BC)\n\nIn 612 BC the two kings signed a treaty at Nauros.",
     "The northern fleet sailed", "sailed", "BC0612", "inherited"),
    ("what a dated clause's subject was: the battle's year, not the day the story had reached",
     "On 20 September 1917 the armies rested near Ypres. In the 1917 Battle of Messines the only British "
     "success was the capture of Wytschaete by the Irish Division.", "the capture of Wytschaete", "capture", "1917",
     None),
    ("a bound in an earlier sentence is not reached", UNTIL, "Fighting broke out", "broke", "1826-10-02", None),
    ("a bound in the same sentence is gone on from", UNTIL, "then they withdrew", "withdrew", "1829-SP", None),
    ("a deed an incident involved: the incident's time",
     "The Ambassador in Turkey (Bristol) to the Secretary of State\nConstantinople, May 4, 1921—noon.\n\n"
     "41. The Greek Minister said that the clash which took place yesterday, involving the shooting of two "
     "Greek sailors by Turkish guards, had angered the city.\n\nBristol\n", "involving the shooting", "shooting",
     "1921-05-03", None),
]


@pytest.mark.parametrize("why, text, snippet, trigger, date, certainty", DATED, ids=[row[0] for row in DATED])
def test_the_date_a_history_gives_a_clause(tmp_path, why, text, snippet, trigger, date, certainty):
    c, text = extract_text(tmp_path, text, "dated.txt")
    (ev,) = events_in(c, text, snippet, trigger)
    assert ev.date == date
    assert certainty is None or ev.date_certainty == certainty


#: (why, text, snippet, trigger): every event told there is an aim, a fear or a capacity, not a deed done
NOT_DONE = [
    ("a pledge", "In 1821 the island of Hydra pledged to defect to the rebels.", "to defect", "defect"),
    ("a hope, the lemmatizer stumbling ('hoped' -> 'hop')", "In 1813 the volunteers hoped to continue fighting "
     "the French.", "continue fighting", "fighting"),
    ("a preference", "In 1899 the new governor favored stepping up the attacks on the bandits.", "stepping up",
     "stepping"),
    ("an opening purpose infinitive parsed as a subject", "To relieve the port of Tobruk, the commander, General "
     "Auchinleck, launched an offensive in November 1941.", "To relieve", "relieve"),
    ("a fear", "In 1777 the fear of a Mohawk attack from the west spread among the settlers.", "Mohawk attack",
     "attack"),
    ("what a fleet is gathered for", "In 1588 King Philip began to assemble a fleet for the invasion of England.",
     "the invasion of England", "invasion"),
]


@pytest.mark.parametrize("why, text, snippet, trigger", NOT_DONE, ids=[row[0] for row in NOT_DONE])
def test_an_aim_a_fear_or_a_capacity_is_no_deed_done(tmp_path, why, text, snippet, trigger):
    c, text = extract_text(tmp_path, text, "not_done.txt")
    evs = events_in(c, text, snippet, trigger)
    assert evs and all(e.modality != "asserted" for e in evs)


#: (why, text, snippet, trigger): no event is told there
SILENT = [
    ("a month after 'on' is a date, not a march", "On 25 March 1821, the rebels set their sights on the customs "
     "house.", "the rebels set", "set"),
    ("an army countering with divisions says nothing", "In 1866 Prussia massed nine corps, while Austria countered "
     "with eight.", "Austria countered", "countered"),
]


@pytest.mark.parametrize("why, text, snippet, trigger", SILENT, ids=[row[0] for row in SILENT])
def test_words_that_tell_no_event(tmp_path, why, text, snippet, trigger):
    c, text = extract_text(tmp_path, text, "silent.txt")
    assert events_in(c, text, snippet, trigger) == []


def test_an_untagged_body_and_a_movement_named_by_what_it_is_take_part(tmp_path):
    text = "In April 1921 the Cheka carried out raids against anarchists in Kiev."
    c, text = extract_text(tmp_path, text, "raids.txt")
    (raid,) = events_in(c, text, "carried out raids", "carried")
    assert raid.type == "ASSAULT" and {(d.role, d.text) for d in raid.described} >= {("source", "Cheka"),
                                                                                   ("target", "anarchists")}


#: (why, text, snippet, trigger, role, name): who the pronoun or the described subject stands for
WHO = [
    ("the one person of the sentence so far", "On 3 March 1848 General Radetzky left the city. That evening the "
     "crowd accused Count Lamberg of treason and he was killed.", "he was killed", "killed", "target", "Lamberg"),
    ("a clause before a semicolon keeps its subject as the topic", "In March 1809 Archduke Charles was replaced by "
     "General Hiller. Hiller, too, proved unable to halt the French advance; despite his numbers, he was beaten at "
     "Landshut in April 1809. He was replaced by General Bellegarde in May 1809.", "He was replaced", "replaced",
     "target", "Hiller"),
    ("the 'I' of a relayed message is its author, not the signer",
     "The Consul at Canton (Linnell) to the Secretary of State\nCanton, March 3, 1938—noon.\n\n"
     "12. Following for Navy Department from Captain Overesch.\n\n"
     "\u201cI left Swatow March 2 for Amoy. No fighting seen on the coast.\u201d\n\nLinnell\n", "I left Swatow", "left",
     "source", "Overesch"),
]


@pytest.mark.parametrize("why, text, snippet, trigger, role, name", WHO, ids=[row[0] for row in WHO])
def test_who_a_pronoun_stands_for(tmp_path, why, text, snippet, trigger, role, name):
    c, text = extract_text(tmp_path, text, "who.txt")
    (ev,) = events_in(c, text, snippet, trigger)
    assert name in names_of(c, getattr(ev, role))


def test_the_subject_of_a_phase_verb_does_the_deed_itself(tmp_path):
    c, text = extract_text(tmp_path, "In May 1848 the cavalry began to arrive outside Vienna.", "phase.txt")
    (arrive,) = events_in(c, text, "began to arrive", "arrive")
    assert arrive.type == "MOBILIZE" and [d.text for d in arrive.described] == ["cavalry"]


def test_ordering_a_use_of_force_is_the_deed_done_by_who_ordered_it(tmp_path):
    text = ("In 1921 the governor ordered the arrest of Colonel Vasquez. "
            "In 1922 the governor did not order the arrest of Colonel Ortega.")
    c, text = extract_text(tmp_path, text, "order.txt")
    (done,) = events_in(c, text, "ordered the arrest", "arrest")
    (not_done,) = events_in(c, text, "did not order the arrest", "arrest")
    assert (done.polarity, done.modality, done.date) == ("positive", "asserted", "1921")
    assert [d.text for d in done.described] == ["governor"]
    assert not_done.polarity == "negative"
