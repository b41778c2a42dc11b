"""Events of a campaign told in a history: towns seized, sides that flee, places a phrase names itself.

The texts are our own; each checks one general mechanism on the real parser and gazetteer."""
from __future__ import annotations

from event_helpers import events_in, extract_text, names_of


def test_a_town_or_city_seized_is_captured_but_a_fort_or_land_seized_is_a_seizure(tmp_path):
    c, text = extract_text(tmp_path, (
        "In June 1793 the Ostmark rebels seized Lyon. "
        "In March 1794 the Varenholt militia seized the provincial capital. "
        "In May 1794 the Ostmark rebels seized the federal arsenal. "
        "In 1795 the Kingdom of Norvalia seized the Ostmark colonies."))
    (city,) = events_in(c, text, "seized Lyon", "seized")
    assert city.type == "ASSAULT" and city.mode == "capture" and city.date == "1793-06"
    assert "Lyon" in names_of(c, city.target)
    (capital,) = events_in(c, text, "seized the provincial capital", "seized")
    assert capital.type == "ASSAULT" and capital.date == "1794-03"
    (arsenal,) = events_in(c, text, "seized the federal arsenal", "seized")
    assert arsenal.type == "COERCE"
    (colonies,) = events_in(c, text, "seized the Ostmark colonies", "seized")
    assert colonies.type == "COERCE"


def test_the_town_of_a_name_is_that_town_not_the_last_place_named(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1796 the army took the fortress of Kessring. "
        "In 1797 the army took the town of Pell Ford."))
    (town,) = events_in(c, text, "took the town of Pell Ford", "took")
    assert town.type == "ASSAULT" and town.date == "1797"
    assert "Kessring" not in names_of(c, town.target)


def test_thousands_of_a_named_side_flee_as_a_side_thousands_of_villagers_as_people(tmp_path):
    c, text = extract_text(tmp_path, (
        "After the defeat in 1650, hundreds of thousands of Royalists fled abroad. "
        "In 1651 thousands of villagers fled to the hills."))
    (side,) = events_in(c, text, "Royalists fled", "fled")
    assert side.type == "RETREAT" and side.date == "1650"
    (people,) = events_in(c, text, "villagers fled", "fled")
    assert people.type == "TRAVEL"


def test_a_decision_to_act_on_a_day_of_its_own_was_carried_out(tmp_path):
    c, text = extract_text(tmp_path, (
        "General Varenholt decided to surrender to the Ostmark generals on 3 January 1905. "
        "On 9 January 1905, General Kessring decided to surrender to the Norvalian generals. "
        "General Harlan decided to attack the fort in the spring of 1906."))
    (done,) = events_in(c, text, "Varenholt decided to surrender", "surrender")
    assert done.type == "RETREAT" and done.modality == "asserted" and done.date == "1905-01-03"
    # the day is the decision's, the year's season a time planned for: both stay plans
    (decided,) = events_in(c, text, "Kessring decided to surrender", "surrender")
    assert decided.modality == "intended"
    (planned,) = events_in(c, text, "Harlan decided to attack", "attack")
    assert planned.modality == "intended"


def test_a_last_stage_of_a_route_told_with_before_is_the_same_sides_deed(tmp_path):
    # the parser hangs "before retreating" on a stage of the route, not on the verb
    c, text = extract_text(tmp_path, (
        "In 1951 the Liberal Party cabinet retreated from Kessring on April 23 successively to Lyon "
        "(Lugdunum) until October 15, Grenoble until November 25, and Valence before retreating to "
        "Marseille on December 10."))
    (last,) = events_in(c, text, "retreating to Marseille", "retreating")
    assert last.type == "RETREAT" and last.date == "1951-12-10"
    assert names_of(c, last.source) == {"Liberal Party"}


def test_what_followed_on_a_day_of_its_own_is_the_same_deed_again(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1939 Kessring fell on 14 January, followed by Lyon on 26 January. "
        "In 1940 the rebels took Varenholt on 3 May, followed by Grenoble on 9 May."))
    fell = sorted(events_in(c, text, "Kessring fell on 14 January, followed by Lyon on 26 January", "fell"),
                  key=lambda e: e.date)
    assert [(e.type, e.date) for e in fell] == [("ASSAULT", "1939-01-14"), ("ASSAULT", "1939-01-26")]
    assert "Kessring" in names_of(c, fell[0].target) and "Lyon" in names_of(c, fell[1].target)
    took = sorted(events_in(c, text, "took Varenholt", "took"), key=lambda e: e.date)
    assert [e.date for e in took] == ["1940-05-03", "1940-05-09"]
    assert "Grenoble" in {d.text for d in took[1].described} | names_of(c, took[1].target)


def test_a_group_adjective_opening_a_sentence_is_the_side_not_a_verb(tmp_path):
    # the parser reads the sentence's first word as a verb; the corpus knows it as a side
    c, text = extract_text(tmp_path, (
        "In 1861 Confederate forces attacked the fort. "
        "Confederate raids on the Varenholt farms were repulsed in 1862."))
    (raids,) = events_in(c, text, "Confederate raids", "raids")
    assert raids.type == "ASSAULT" and raids.date == "1862"  # made when they were repulsed
    assert names_of(c, raids.source) == {"Confederate"}
    (repulsed,) = events_in(c, text, "were repulsed", "repulsed")
    assert repulsed.type == "RETREAT" and names_of(c, repulsed.source) == {"Confederate"}


def test_where_a_side_with_an_army_goes_it_goes_as_a_force_but_its_envoy_travels(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 480 BC the Persian army gathered in Sardis. Early in the spring of 480 BC it moved to Abydos. "
        "In May 480 BC the Persian envoy Harpalus travelled to Athens."))
    (moved,) = events_in(c, text, "it moved to Abydos", "moved")
    assert moved.type == "MOBILIZE" and names_of(c, moved.source) == {"Persian"}
    (journey,) = events_in(c, text, "Harpalus travelled", "travelled")
    assert journey.type == "TRAVEL"


def test_an_area_freed_is_taken_and_waters_mined_are_blockaded(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1917 Serbian rebels liberated the area between the mountains and the river. "
        "In 1914 Britain mined the international waters of the north."))
    (freed,) = events_in(c, text, "liberated the area", "liberated")
    assert freed.type == "ASSAULT" and freed.date == "1917"
    (mined,) = events_in(c, text, "mined the international waters", "mined")
    assert mined.type == "COERCE" and names_of(c, mined.source) == {"Britain"}


def test_a_side_repelled_towards_a_heading_or_out_of_a_place_withdrew_too(tmp_path):
    c, text = extract_text(tmp_path, (
        "On 1 October 1950, the Norvalian army repelled the Kessring Brigade northwards, past the river. "
        "In May 1951 the Kessring Brigade repelled the Norvalian army from the eastern hills. "
        "In June 1951 the Norvalian army repelled the Kessring Brigade at the ford."))
    north = events_in(c, text, "repelled the Kessring Brigade northwards", "repelled")
    assert sorted(e.type for e in north) == ["ASSAULT", "RETREAT"]
    (back,) = [e for e in north if e.type == "RETREAT"]
    assert "Kessring Brigade" in names_of(c, back.source) and back.date == "1950-10-01"
    hills = events_in(c, text, "repelled the Norvalian army from", "repelled")
    assert {e.type for e in hills} == {"ASSAULT", "RETREAT"}
    # beaten off where it stood: the fight, and the side beaten off giving way
    ford = events_in(c, text, "repelled the Kessring Brigade at", "repelled")
    assert sorted(e.type for e in ford) == ["ASSAULT", "RETREAT"]


def test_a_deed_an_offset_counts_from_is_dated_back_from_the_sentences_stated_day(tmp_path):
    c, text = extract_text(tmp_path, (
        "The border war\n\n"
        "On 12 May 1871, two days after the Ostmark rebels crossed the river and three months before the "
        "August offensive, Chancellor Varenholt sent the 3rd Brigade to the border."))
    (crossed,) = events_in(c, text, "rebels crossed the river", "crossed")
    assert crossed.date == "1871-05-10"  # two days before the day the sentence states
    (sent,) = events_in(c, text, "sent the 3rd Brigade", "sent")
    assert sent.date == "1871-05-12"  # neither the offensive's month nor an offset counted from it


def test_a_side_following_another_northwards_racing_to_a_coast_or_attached_to_a_division_moves(tmp_path):
    c, text = extract_text(tmp_path, (
        "On 7 October 1950 the Norvalian forces followed the Ostmark forces northwards. "
        "On 10 October 1950 the 9th Rifle Battalion was attached to the 3rd Lancer Division. "
        "In November 1950 the Ostmark troops raced to the east coast. "
        "In December 1950 Harlan hastened to add that nothing was decided."))
    (followed,) = events_in(c, text, "followed the Ostmark", "followed")
    assert followed.type == "MOBILIZE" and "Norvalian" in " ".join(names_of(c, followed.source))
    assert "Ostmark" in " ".join(names_of(c, followed.target))  # the heading is no object of the verb
    (attached,) = events_in(c, text, "was attached", "attached")
    assert attached.type == "MOBILIZE" and attached.date == "1950-10-10"
    (raced,) = events_in(c, text, "raced to", "raced")
    assert raced.type == "MOBILIZE" and raced.date == "1950-11"
    assert not events_in(c, text, "hastened to add", "hastened")


def test_a_named_operation_launched_or_battle_fought_takes_part_in_its_event(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1953 the Norvalian army prepared a new plan. Operation Thunder was launched on November 20, 1953. "
        "After the Battle of Varen Ford, Kessring attacked the town on 2 December 1953."))
    (launch,) = events_in(c, text, "was launched", "launched")
    assert launch.type == "ASSAULT" and launch.date == "1953-11-20"
    assert any("Operation" in n for n in names_of(c, launch.target))
    (attack,) = events_in(c, text, "Kessring attacked", "attacked")
    assert not any("Battle" in n for n in names_of(c, attack.source + attack.target))


def test_a_series_of_attacks_launched_is_an_attack(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1915 the Norvalian army launched a series of attacks on the ridge. "
        "In 1916 the Norvalian army launched a series of lectures on the ridge."))
    (attacks,) = events_in(c, text, "launched a series of attacks", "launched")
    assert attacks.type == "ASSAULT" and attacks.date == "1915"
    assert not events_in(c, text, "launched a series of lectures", "launched")
