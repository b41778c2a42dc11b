"""The verb lexicon is data with examples: every example must come out of the real parser as stated."""
from __future__ import annotations

import pytest

from annalyst.events import find_frames
from annalyst.events.lexicon import load, parse_entries
from annalyst.resources import path as resource_path

ENTRIES = [e for e in load().entries if e.example]


@pytest.fixture(scope="module")
def nlp():
    from annalyst import nlp as nlp_mod

    return nlp_mod.load()


def _frames(nlp, text):
    return [f for f in find_frames(nlp(text), 0, "t") if hasattr(f, "trigger")]


def test_every_entry_has_an_example():
    assert len(ENTRIES) == len(load().entries)


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.rule for e in ENTRIES])
def test_lexicon_example(nlp, entry):
    ex = entry.example
    frames = [f for f in _frames(nlp, ex["text"]) if f.lemma in entry.lemmas]
    assert frames, f"no frame for {entry.lemmas} in {ex['text']!r}"
    f = frames[0]
    assert f.type == ex["type"]
    if "mode" in ex:
        assert f.mode == ex["mode"]
    for role in ("source", "target", "place"):
        heads = {a.text.split()[-1] for a in f.args if a.role == role}
        for want in ex.get(role, []):
            assert want in heads, f"{role} {want!r} not in {heads} for {ex['text']!r}"
    assert f.polarity == ex.get("polarity", "positive")
    assert f.modality == ex.get("modality", "asserted")


COUNTERS = [(e, text) for e in load().entries for text in e.counter]


@pytest.mark.parametrize("entry,text", COUNTERS, ids=[f"{e.rule}:{t[:30]}" for e, t in COUNTERS])
def test_lexicon_counter_example(nlp, entry, text):
    """A sense the entry rules out ("arrived at a conclusion") gives no frame by this entry."""
    assert not [f for f in _frames(nlp, text) if f.rule == entry.rule], f"{entry.rule} applied in {text!r}"


def test_unless_rules_out_a_sense_and_keeps_the_others():
    (e,) = parse_entries([{"lemma": "arrive", "type": "TRAVEL", "unless": {"pobject": {"at": ["conclusion"]}}}])
    from annalyst.events.lexicon import Lexicon
    lex = Lexicon([e])
    assert lex.lookup("arrive", set(), {("at", "conclusion")}, {"at"}) is None
    assert lex.lookup("arrive", set(), {("at", "station")}, {"at"}) is e
    with pytest.raises(ValueError):
        parse_entries([{"lemma": "arrive", "type": "TRAVEL", "unless": {"subject": ["news"]}}])


def test_bare_on_is_rejected_because_yaml_reads_it_as_true():
    with pytest.raises(ValueError):
        parse_entries([{"lemma": "call", "type": "CONSULT", "preps": {True: "target"}}])
    with pytest.raises(ValueError):
        parse_entries([{"lemma": "call", "type": "PARTY"}])


def test_lexicon_names_no_actor_of_the_seed():
    text = resource_path("events/lexicon.yaml").read_text(encoding="utf-8")
    for name in ("Chiang", "Todman", "Tao Deman", "Dixon", "Hirota", "Stalin", "Voroshilov", "Yang Jie",
                 "Nanjing", "Nanking", "Wuhan", "Kong", "Xu Mo", "Hsu"):
        assert name not in text


def _nominal(nlp, text, trigger):
    return [f for f in _frames(nlp, text) if f.trigger == trigger and getattr(f, "nominal", False)]


def test_nominal_events_take_their_arguments_from_the_phrase(nlp):
    (f,) = _nominal(nlp, "The call by the consul on the governor lasted an hour.", "call")
    assert (f.type, f.mode) == ("CONSULT", "visit")
    assert {a.text.split()[-1]: a.role for a in f.args} == {"consul": "source", "governor": "target"}
    (f,) = _nominal(nlp, "The consul's visit to the governor was brief.", "visit")
    assert {a.text.split()[-1]: a.role for a in f.args} == {"consul": "source", "governor": "target"}
    (f,) = _nominal(nlp, "The visit to Paris led by the general was long.", "visit")
    assert [a.role for a in f.args if a.text == "Paris"] == ["place"]
    # a visit that is the setting of a clause happens when the clause does: not left undated
    (f,) = [f for f in _frames(nlp, "During the visit to Paris led by the general, the envoy fell ill.")
            if f.trigger == "visit"]
    assert not f.nominal and [a.role for a in f.args if a.text == "Paris"] == ["place"]
    (f,) = _nominal(nlp, "The envoy's note of May 3 to the ministry was brief.", "note")
    assert f.mode == "message" and f.dates and "May 3" in [nlp_text for nlp_text in [
        "The envoy's note of May 3 to the ministry was brief."[s:e] for s, e in f.dates]]


def test_a_call_without_a_callee_and_a_name_are_not_nominal_events(nlp):
    assert not _nominal(nlp, "The consul's call for calm was ignored.", "call")
    assert not _nominal(nlp, "The Imperial Conference adjourned.", "Conference")
    # the verb's own frame tells it: no second, nominal event
    assert not _nominal(nlp, "The envoy held talks with the premier.", "talks")
    assert not _nominal(nlp, "The premier attended the meeting of the council.", "meeting")
    # ... but a visit that is mentioned is still a visit
    assert _nominal(nlp, "The minister mentioned the envoy's visit to the governor.", "visit")


def test_nominal_events_that_only_mark_time_or_are_pending_are_not_facts(nlp):
    assert not _nominal(nlp, "Prior to his meeting with the envoy, the marshal convened his staff.", "meeting")
    assert not _nominal(nlp, "After the consul's visit to the governor, the marshal left.", "visit")
    (f,) = _nominal(nlp, "The consul asked for a meeting with the governor.", "meeting")
    assert f.modality != "asserted"
    (f,) = _nominal(nlp, "The consul's visit to the governor did not take place.", "visit")
    assert f.polarity == "negative"


def test_a_body_meeting_on_its_own_is_a_meeting(nlp):
    (f,) = [f for f in _frames(nlp, "The council met at noon.") if f.trigger == "met"]
    assert (f.type, f.mode) == ("CONSULT", "multilateral") and [a.text for a in f.args if a.role == "source"] == ["The council"]
    (g,) = [f for f in _frames(nlp, "The envoy met the governor at noon.") if f.trigger == "met"]
    assert g.mode == "meet"


def test_a_noun_entry_needs_noun_or_lemma():
    with pytest.raises(ValueError):
        parse_entries([{"lemma": "visit", "noun": "visit", "type": "CONSULT"}])


def test_a_message_asking_is_its_senders_request(nlp):
    text = "The council returned a curt reply merely asking for further details about the tax."
    fs = {f.trigger: f for f in _frames(nlp, text)}
    assert (fs["returned"].type, fs["returned"].mode) == ("CONSULT", "message")
    ask = fs["asking"]
    assert ask.type == "REQUEST" and [a.text for a in ask.args if a.role == "source"] == ["The council"]


@pytest.mark.parametrize("name", ["events/lexicon.yaml", "events/wordnet.yaml", "time/rules.yaml", "time/lexicon.yaml"])
def test_no_resource_entry_repeats_a_key(name):
    """YAML keeps the last of two equal keys without a word: a second "unless" would silently drop
    the first one's exceptions. Every mapping in the language resources must name each key once."""
    import yaml

    repeated = []

    class Strict(yaml.SafeLoader):
        pass

    def mapping(loader, node, deep=False):
        keys = [k.value for k, _ in node.value]
        repeated.extend((k, node.start_mark.line + 1) for k in set(keys) if keys.count(k) > 1)
        return yaml.SafeLoader.construct_mapping(loader, node, deep)

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    yaml.load(resource_path(name).read_text(encoding="utf-8"), Loader=Strict)
    assert not repeated


def test_no_entry_states_a_field_twice():
    # YAML keeps the last of two equal keys without a word: a second "example:" would silently drop the first
    import yaml

    root = yaml.compose(resource_path("events/lexicon.yaml").read_text(encoding="utf-8"))
    twice = []
    for node in root.value:
        keys = [k.value for k, _ in node.value]
        twice += [(node.start_mark.line + 1, k) for k in set(keys) if keys.count(k) > 1]
    assert twice == []
