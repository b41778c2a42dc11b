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
