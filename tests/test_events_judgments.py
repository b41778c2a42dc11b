"""Judgments: a thing named as something by someone is a judgment spoken ("called the treaty a disgrace");
a name given ("called themselves the Free Army", "calls them 'the northerners'") is no event; a proposal
voted down is refused, not fought. Text of our own."""
from __future__ import annotations

from event_helpers import events_in, extract_text, who

STORY = ('In 1921 the Norvalian council signed the treaty with Ostmark. President Harlan called it "a complete '
         'triumph for Ostmark." The rebels called themselves the Free Army. The old chronicler simply calls '
         'them "the northerners".')


def test_a_thing_called_a_disgrace_is_a_statement_and_a_name_given_is_none(tmp_path):
    corpus, text = extract_text(tmp_path, STORY)
    (said,) = events_in(corpus, text, 'Harlan called it', "called")
    assert said.type == "STATEMENT" and said.date == "1921"
    assert any("Harlan" in n for n in who(corpus, said, "source"))
    assert not [e for e in events_in(corpus, text, "called themselves", "called") if e.type == "STATEMENT"]
    assert not events_in(corpus, text, "simply calls them", "calls")


def test_a_name_taken_raises_no_army(tmp_path):
    corpus, text = extract_text(tmp_path, "In 1921 the rebels called themselves the Free Army.")
    assert not events_in(corpus, text, "called themselves", "called")


def test_a_resolution_defeated_is_rejected_not_attacked(tmp_path):
    """A vote against a proposal is a refusal of its author's proposal; "defeated" is no battle here."""
    corpus, text = extract_text(tmp_path, "In June 1921 President Harlan's resolution was defeated by the assembly. "
                                          "In July the Norvalian army defeated the rebels near Varna.")
    (vote,) = events_in(corpus, text, "resolution was defeated", "defeated")
    assert vote.type == "REJECT" and vote.date == "1921-06"
    assert any("Harlan" in n for n in who(corpus, vote, "target"))
    assert {e.type for e in events_in(corpus, text, "army defeated the rebels", "defeated")} == {"ASSAULT"}


def test_saying_nothing_is_no_statement_and_reaching_for_a_book_no_journey(tmp_path):
    corpus, text = extract_text(tmp_path, "In 1921 President Harlan raised his hand and said nothing. "
                                          "Later President Harlan fell while reaching for a book.")
    (said,) = events_in(corpus, text, "said nothing", "said")
    assert said.polarity == "negative"
    assert not events_in(corpus, text, "reaching for a book", "reaching")



def test_a_person_recognised_on_sight_is_not_backed(tmp_path):
    corpus, text = extract_text(tmp_path, "On 21 June 1791 President Harlan was recognised and arrested at Varna. "
                                          "In 1792 the league recognised Harlan as the head of the new state.")
    assert [e.type for e in events_in(corpus, text, "was recognised and arrested", "recognised")] == []
    assert [e.type for e in events_in(corpus, text, "recognised and arrested", "arrested")] == ["COERCE"]
    assert [e.type for e in events_in(corpus, text, "league recognised Harlan", "recognised")] == ["SUPPORT"]


def test_a_deadline_foretold_neither_dates_the_forecast_nor_moves_the_story(tmp_path):
    corpus, text = extract_text(tmp_path, "In June 1921 the Norvalian general outlined his plan. The general "
                                          "predicted victory by the end of 1923. Instead President Harlan "
                                          "emphasized continuity.")
    (said,) = events_in(corpus, text, "predicted victory", "predicted")
    assert said.date == "1921-06"
    (then,) = events_in(corpus, text, "emphasized continuity", "emphasized")
    assert then.date == "1921-06"


def test_a_quoted_plan_of_several_paragraphs_is_no_digression(tmp_path):
    """A plan quoted over several paragraphs, in the present tense ("Allied forces then mount ..."), is the
    plan's words, not the narrator's comment: the story goes on at its own time after it."""
    story = ("In June 1921 General Kessler outlined a plan to win the war:\n"
             "\"First, our forces halt the losing trend by the end of 1921.\n"
             "Allied forces then mount major offensives against the rebels.\n"
             "The last rebel bases are destroyed in the third phase.\"\n"
             "The plan was approved by President Harlan and the Norvalian council.\n")
    corpus, text = extract_text(tmp_path, story)
    (approved,) = events_in(corpus, text, "plan was approved", "approved")
    assert approved.date == "1921-06"
