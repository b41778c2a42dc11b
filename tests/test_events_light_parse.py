"""The events stage reads a light copy of spaCy's parse (``annalyst.events.parse``). Every token attribute the
stage's code reads must exist on the copy with spaCy's value, or a sentence that happens to reach the one rule
reading it stops the whole run. Text of our own."""
from __future__ import annotations

import re
from pathlib import Path

from spacy.tokens import Token

from event_helpers import events_in, extract_text

EVENTS_CODE = Path(__file__).resolve().parent.parent / "annalyst" / "events"
SENTENCE = ("In 1920 Orrin Harlan went mad in the palace, and 2,000 Norvalian troops returned to Varna "
            "exhausted after forty days.")


def _token_attributes_read() -> set[str]:
    """The names the events code reads after a dot that are attributes of a spaCy ``Token``."""
    names = set()
    for p in EVENTS_CODE.glob("*.py"):
        names |= set(re.findall(r"\.([a-z]\w*_|is_\w+|like_\w+)\b", p.read_text(encoding="utf-8")))
    return {n for n in names if hasattr(Token, n)}


def test_the_light_copy_carries_every_token_attribute_the_stage_reads():
    from annalyst import nlp as nlp_mod
    from annalyst.events.parse import LightDoc

    read = _token_attributes_read()
    assert {"dep_", "lemma_", "like_num"} <= read  # (the scan finds what it should)
    sdoc = nlp_mod.load()(SENTENCE)
    light = LightDoc(sdoc)
    for tok, lt in zip(sdoc, light):
        for name in read:
            assert getattr(lt, name) == getattr(tok, name), (tok.text, name)


def test_a_change_of_state_somewhere_is_no_journey_and_no_crash(tmp_path):
    corpus, text = extract_text(tmp_path, SENTENCE)
    assert not events_in(corpus, text, "went mad in the palace", "went")
    (back,) = events_in(corpus, text, "returned to Varna exhausted", "returned")
    assert back.date == "1920"
