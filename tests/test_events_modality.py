"""Polarity and modality through the real parser, on sentences of our own: which clauses are not
plain facts (questions, beliefs, hedges, listed terms) and which stay facts."""
from __future__ import annotations

import pytest

from annalyst.events import find_frames


@pytest.fixture(scope="module")
def nlp():
    from annalyst import nlp as nlp_mod

    return nlp_mod.load()


def _frame(nlp, text, trigger):
    frames = [f for f in find_frames(nlp(text), 0, "t") if hasattr(f, "trigger") and f.trigger == trigger]
    assert frames, f"no frame for {trigger!r} in {text!r}"
    return frames[0]


def test_a_question_is_not_a_statement_of_fact(nlp):
    f = _frame(nlp, 'The envoy said to him "Why do you continue to encourage the rebels to fight the army" and left.',
               "encourage")
    assert f.modality == "hypothetical" and "question" in f.cues
    assert _frame(nlp, "Did the envoy visit the minister?", "visit").modality == "hypothetical"
    assert _frame(nlp, "The envoy visited the minister.", "visited").modality == "asserted"


def test_a_question_does_not_spread_past_the_closing_quotation_mark(nlp):
    text = '"Why do you continue to encourage the rebels" and the consul commented that nobody did.'
    f = _frame(nlp, text, "commented")
    assert "question" not in f.cues and f.modality == "asserted"


def test_content_of_a_thought_or_rumour_is_not_vouched_for(nlp):
    f = _frame(nlp, "The press was spreading the thought that the army was indeed fighting bandits in the north.",
               "fighting")
    assert f.modality == "hypothetical"
    f = _frame(nlp, "The army was fighting bandits in the north.", "fighting")
    assert f.modality == "asserted"


def test_hedged_clause_is_hypothetical_but_a_hedge_elsewhere_in_the_sentence_is_not_inherited(nlp):
    f = _frame(nlp, "The envoy stated that apparently the government was recalling all of its advisers.", "recalling")
    assert f.modality == "hypothetical" and "apparently" in f.cues
    f = _frame(nlp, "Presumably, the general knew the enemy better, so he reluctantly left the capital on the 7th.",
               "left")
    assert f.modality == "asserted"


@pytest.mark.parametrize("text,trigger", [
    ("He stressed that (1) the republic accepts these conditions as a basis for talks; (2) the north shall stay free.",
     "accepts"),
    ("The terms were: (a) the army withdraws from the province; (b) the republic pays an indemnity.", "withdraws"),
    ("1st. The republic to abandon its policy and to cooperate with the kingdom.", "cooperate"),
])
def test_items_of_a_list_of_terms_are_demands_not_deeds(nlp, text, trigger):
    f = _frame(nlp, text, trigger)
    assert f.modality == "intended" and "listed term" in f.cues


@pytest.mark.parametrize("text,trigger", [
    ("3. The envoy stated that the cabinet had agreed.", "stated"),
    ("2. The envoy visits the minister every week.", "visits"),
    ("The envoy visited the minister.", "visited"),
])
def test_numbered_paragraphs_and_plain_clauses_stay_facts(nlp, text, trigger):
    f = _frame(nlp, text, trigger)
    assert "listed term" not in f.cues and f.modality == "asserted"


def test_frame_flags_for_dating(nlp):
    assert _frame(nlp, "The consul said that the envoy had met the minister.", "met").perfect
    assert not _frame(nlp, "The envoy met the minister.", "met").perfect
    assert _frame(nlp, "The envoy repeatedly warned the minister.", "warned").habitual == "repeatedly"
    f = _frame(nlp, "The marshal must have been in a dark mood when he left the capital.", "left")
    assert f.temporal == "when"
    assert _frame(nlp, "He left the capital.", "left").temporal is None


def test_words_of_a_message_point_to_the_message_event(nlp):
    text = "The marshal sent a telegram to the premier, solemnly stating that the treaty stood."
    sent, stating = _frame(nlp, text, "sent"), _frame(nlp, text, "stating")
    assert stating.content_of == sent.trigger_start
    text = "The republic received a telegram from the envoy, which roughly said that the staff wanted peace."
    assert _frame(nlp, text, "said").content_of == _frame(nlp, text, "received").trigger_start
    # a person's own words are an event of their own
    assert _frame(nlp, "The envoy met the premier and said that the treaty stood.", "said").content_of is None
    assert _frame(nlp, "The premier thanked the envoy, who said that the treaty stood.", "said").content_of is None


def test_a_forecast_is_not_a_fact(nlp):
    f = _frame(nlp, "The marines are expected to enter the port today.", "enter")
    assert f.modality == "hypothetical" and any("expected" in c for c in f.cues)
    assert _frame(nlp, "The cabinet is likely to accept the terms.", "accept").modality == "hypothetical"
    assert _frame(nlp, "The marines entered the port today.", "entered").modality == "asserted"


def test_an_infinitival_relative_is_a_plan(nlp):
    f = _frame(nlp, "The villagers are now arranging a delegation to meet the governor.", "meet")
    assert f.modality == "intended"


def test_a_possibility_or_a_topic_is_not_a_deed(nlp):
    f = _frame(nlp, "It is possible that a friendly conversation by the consul with the governor might be useful.",
               "conversation")
    assert f.modality == "hypothetical"
    f = _frame(nlp, "The consul spoke of the question of bringing the troops out of the city.", "bringing")
    assert f.modality == "hypothetical"
    assert _frame(nlp, "After bringing the troops out of the city, the general left.", "bringing").modality == "asserted"
    assert _frame(nlp, "The cabinet had considered withdrawing the garrison from the port.",
                  "withdrawing").modality == "intended"


def test_an_indirect_question_does_not_make_the_asking_hypothetical(nlp):
    f = _frame(nlp, "The envoy asked the minister if he would state the terms.", "asked")
    assert f.modality == "asserted" and f.type == "REQUEST"
    assert _frame(nlp, "The envoy asked the minister if he would state the terms.", "state").modality == "hypothetical"
    f = _frame(nlp, "The counselor inquired whether the terms were final.", "inquired")
    assert (f.type, f.modality) == ("REQUEST", "asserted")


def test_a_bare_verb_whose_modal_the_parse_lost_is_not_a_deed(nlp):
    text = ("I said that the matter of the consulate is one on which we have views; that in the event the rebels "
            "should take the port we could upon the announcement of such, however, withdraw our consulate at the "
            "port, leaving possibly a clerk.")
    assert _frame(nlp, text, "withdraw").modality == "hypothetical"


def test_a_main_clause_hung_on_a_later_that_clause_does_not_borrow_its_date(nlp):
    text = ("After talking with the consul on another matter, I said that I desired to speak to him regarding the "
            "question of the garrison; that some weeks ago the cabinet inquired whether we were ready to bring them "
            "out and we had replied that the time was premature.")
    said = _frame(nlp, text, "said")
    assert said.outer == []  # not "some weeks ago", the date of the clause the parse put above it
    talking = _frame(nlp, text, "talking")
    assert all("inquired" not in text[p[0][0]:p[-1][1]] for p, _ in talking.outer)


def test_a_that_clause_coordinated_with_an_if_clause_does_not_take_its_condition(nlp):
    text = ("A telegram had been received stating that the consul had been informed by the minister that about May 2 "
            "the envoy had asked the minister if he would state the terms which could be conveyed to the king through "
            "the consul, and that the minister had then stated the terms which he had repeated to our envoy.")
    assert _frame(nlp, text, "state").modality == "hypothetical"
    assert _frame(nlp, text, "stated").modality == "reported"


def test_an_infinitive_hung_on_an_adjective_is_an_aim_unless_it_is_done_in_the_saying(nlp):
    f = _frame(nlp, "The guilds were keen to persuade the council.", "persuade")
    assert f.modality == "intended" and "intended:keen" in f.cues
    f = _frame(nlp, "The ministry is glad to inform the legation that the road is open.", "inform")
    assert f.modality == "asserted" and f.present and not f.outer


def test_a_wish_to_act_oneself_is_asked_of_nobody(nlp):
    frames = [f for f in find_frames(nlp("The council voiced its wish to remain in close touch with the guild."), 0, "t")
              if getattr(f, "type", None) == "REQUEST"]
    assert not frames
    assert _frame(nlp, "The envoy expressed a desire that the garrison should leave.", "expressed").type == "REQUEST"


def test_a_hyphenated_message_noun_split_by_the_parser_is_still_a_message(nlp):
    f = _frame(nlp, "The envoy in his aide-mémoire of May 3 thanked the council.", "mémoire")
    assert f.type == "CONSULT" and f.mode == "message"
    f = _frame(nlp, "Her caller intimated that a reply was not needed.", "intimated")
    assert f.type == "STATEMENT"


def test_what_a_causative_would_bring_about_is_as_unreal_as_the_causing(nlp):
    f = _frame(nlp, "The new guns would make the Norvalian intervention a clever maneuver furthering the rebel cause.",
               "furthering")
    assert f.modality == "hypothetical"
    assert _frame(nlp, "The new guns made the rebels abandon the fort.", "abandon").modality == "asserted"


def test_one_won_over_to_a_deed_did_it_but_one_asked_to_did_not_yet(nlp):
    assert _frame(nlp, "In May the envoy persuaded the council to authorize an invasion of Ostmark.",
                  "authorize").modality == "asserted"
    assert _frame(nlp, "In May the envoy asked the council to authorize an invasion of Ostmark.",
                  "authorize").modality == "intended"
    assert _frame(nlp, "In May the envoy tried to persuade the council to authorize an invasion of Ostmark.",
                  "authorize").modality != "asserted"


def test_having_someones_support_is_support_unless_it_is_little_or_none(nlp):
    f = _frame(nlp, "The Varen mobs soon had the support of the Kessring Guard.", "had")
    assert f.type == "SUPPORT" and f.polarity == "positive"
    assert [a.text for a in f.args if a.role == "source"] == ["the Kessring Guard"]
    assert _frame(nlp, "The Varen party had very little support from the Kessring population.",
                  "had").polarity == "negative"
    assert _frame(nlp, "The Varen infantry had neither heavy fire support nor light weapons.",
                  "had").polarity == "negative"


def test_a_deed_almost_done_fell_short_but_harm_almost_done_was_done(nlp):
    assert _frame(nlp, "By October the Varen columns almost reached the walls of Ostmark.",
                  "reached").polarity == "negative"
    assert _frame(nlp, "By October the Varen columns had nearly encircled the Kessring garrison.",
                  "encircled").polarity == "negative"
    # "almost" grading another adverb: the conquest was made, nearly in full
    assert _frame(nlp, "By October the Varen columns had almost entirely conquered the northern provinces.",
                  "conquered").polarity == "positive"
    # graded harm: the fleet was attacked, whatever was left of it
    assert _frame(nlp, "In May the Kessring fleet was almost destroyed off Ostmark.",
                  "destroyed").polarity == "positive"


def test_the_month_of_may_after_a_day_is_no_modal(nlp):
    assert _frame(nlp, "On 3 May the city police arrested the Varen envoy.", "arrested").modality == "asserted"
    assert _frame(nlp, "The Varen police may restrain the mob.", "restrain").modality == "hypothetical"


def test_a_deed_one_binds_oneself_to_is_only_intended(nlp):
    assert _frame(nlp, "In June 1789 the Varen deputies had bound themselves to meet until Ostmark had a "
                       "constitution.", "meet").modality == "intended"


def test_deeds_longed_for_pressed_for_or_impossible_are_not_told_as_done(nlp):
    for text, trigger in (("In 1910 the young regent dreamed of conquering Ostmark.", "conquering"),
                          ("In 1911 the league began pressuring Norvalia to withdraw its troops from Varna.", "withdraw"),
                          ("In 1911 the senate showed no interest in supporting the regent.", "supporting")):
        assert _frame(nlp, text, trigger).modality == "intended", text
    assert _frame(nlp, "For the senate, allowing a total Norvalian victory over the league became politically "
                       "impossible.", "victory").modality == "hypothetical"
    assert _frame(nlp, "The new forts made any Norvalian attack impossible.", "attack").modality == "hypothetical"
    # a clause joined to the impossible one, with its own subject, tells a deed done
    assert _frame(nlp, "By then a truce had become impossible, and the regent sent troops to Varna.",
                  "sent").modality == "asserted"


def test_a_deed_refrained_from_was_not_done(nlp):
    assert _frame(nlp, "In May 1921 the Norvalian army refrained from attacking Varna.",
                  "attacking").polarity == "negative"


def test_in_the_event_that_is_a_condition(nlp):
    assert _frame(nlp, "Norvalia promised support in the event that Ostmark attacked Varna.",
                  "attacked").modality == "hypothetical"


def test_an_aim_focused_on_or_a_deed_feared_is_not_done(nlp):
    assert _frame(nlp, "In 1776 the Norvalian general now focused on capturing Varna.",
                  "capturing").modality == "intended"
    assert _frame(nlp, "In 1920 the Norvalian cabinet was fearful of reprisals by Ostmark.",
                  "reprisals").modality == "intended"
    # troops concentrated somewhere are moved, no aim
    assert _frame(nlp, "In 1777 the general concentrated his troops near Varna.", "concentrated").modality == "asserted"


def test_what_one_would_allow_is_as_unreal_as_the_allowing(nlp):
    assert _frame(nlp, "If the league allows Norvalia to occupy Varna, the war will spread.",
                  "occupy").modality == "hypothetical"
    assert _frame(nlp, "In 1920 the league allowed Norvalia to occupy Varna.", "occupy").modality == "asserted"


def test_going_to_do_a_deed_is_a_plan_and_worth_doing_is_no_deed(tmp_path):
    from event_helpers import events_in, extract_text
    c, text = extract_text(tmp_path, (
        "In 1965 General Harlan said that the Ostmark army was going to attack Kessring. "
        "In 1966 the Varna council met once, because it was not worth negotiating with Norvalia."))
    (attack,) = events_in(c, text, "going to attack", "attack")
    assert attack.modality == "intended"
    (talks,) = events_in(c, text, "worth negotiating", "negotiating")
    assert talks.modality == "hypothetical"


def test_a_visit_undertaken_was_made_and_one_undertaken_to_make_is_a_plan(tmp_path):
    from event_helpers import events_in, extract_text
    c, text = extract_text(tmp_path, (
        "In May 1956 President Harlan undertook a ten-day state visit to Norvalia. "
        "In June 1956 President Harlan undertook to visit Ostmark."))
    (made,) = events_in(c, text, "state visit", "visit")
    assert made.modality == "asserted" and made.date == "1956-05"
    (plan,) = events_in(c, text, "undertook to visit", "visit")
    assert plan.modality == "intended"


def test_the_first_or_last_to_do_a_deed_did_it(tmp_path):
    """"X was the first to sign", "the garrison was the last to surrender": a place in a row of deeds done,
    by the subject of "was" (not a purpose, nor "the farther ..., the more ..."). Text of our own."""
    from event_helpers import events_in, extract_text, who
    corpus, text = extract_text(tmp_path, "In 1918 Norvalia was the first to sign an armistice at Varna. In 1919 "
                                          "the Varna garrison of Kessler was the last to surrender.")
    (sign,) = events_in(corpus, text, "the first to sign", "sign")
    assert (sign.type, sign.modality, sign.polarity) == ("AGREE", "asserted", "positive")
    assert who(corpus, sign, "source") == {"Norvalia"}
    (surrender,) = events_in(corpus, text, "the last to surrender", "surrender")
    assert (surrender.type, surrender.modality) == ("RETREAT", "asserted")
