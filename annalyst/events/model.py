"""Plain-data records passed from parsing (find_frames) to binding (bind).

Why plain data: the pipeline drops each spaCy Doc right after ``find_frames``; binding happens
once the whole corpus has entities and dates, so frames carry only offsets and strings.
All offsets are ``Document.text`` indices.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..model import Described, Event  # noqa: F401  (re-exported for the events stage)

PRONOUNS_PERSON = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
PRONOUNS_GROUP = {"it", "its", "itself", "they", "them", "their", "theirs", "themselves"}
PRONOUNS_FIRST = {"i", "me", "my", "myself", "mine"}
#: in a signed letter or telegram, the writer's mission ("we obtained today", "informed us")
PRONOUNS_FIRST_PLURAL = {"we", "us", "our", "ours", "ourselves"}
#: "the latter", "the former": the last (or the first of the last two) person named before
PRONOUNS_ORDINAL = {"latter", "former"}
PRONOUNS = PRONOUNS_PERSON | PRONOUNS_GROUP | PRONOUNS_FIRST | {"we", "us", "our", "ours", "you", "your"}


@dataclass
class Arg:
    """One argument of an event: a noun phrase (or pronoun) with its role."""

    role: str  # source | target | place | other
    start: int  # noun phrase span (without relative clauses, appositions, prepositional tails)
    end: int
    head_start: int  # the head word, the most reliable point to meet a mention
    head_end: int
    text: str
    prep: Optional[str] = None  # preposition that introduced it ("to", "with", "in" ...)
    pronoun: Optional[str] = None  # lower-cased pronoun when the argument is one
    possessive: bool = False  # the possessor of a non-participant noun ("Chiang's reply")
    subject: bool = False  # grammatical subject (pronoun resolution prefers subjects)
    main: bool = False  # subject of the sentence's main clause (the discourse topic)
    obj: bool = False  # the verb's (logical) direct object
    #: the phrase hangs on the trigger itself (not a subject borrowed from a governing verb)
    own: bool = True
    #: where the head's whole phrase ends, tail included ("thousands of settlers"): what an "of" phrase read
    #: from the text may name stops here, never running on into the verb and its object ("... left Algeria")
    tail_end: Optional[int] = None


@dataclass
class EventFrame:
    """An event as the parse states it, before names and dates are known."""

    document: str
    start: int  # clause span: the trigger's clause without embedded clauses
    end: int
    sentence_start: int
    sentence_end: int
    trigger: str
    trigger_start: int
    trigger_end: int
    lemma: str
    type: str
    mode: Optional[str]
    rule: str
    pieces: list[tuple[int, int]] = field(default_factory=list)  # the clause's own tokens as spans
    args: list[Arg] = field(default_factory=list)
    dates: list[tuple[int, int]] = field(default_factory=list)  # date phrases of the clause (parse)
    polarity: str = "positive"
    modality: str = "asserted"
    cues: list[str] = field(default_factory=list)  # words that set polarity/modality
    #: clauses governing this one, nearest first: (pieces, "stated"|"inherited"); a clause with no
    #: date of its own borrows theirs ("On December 7, X compiled ... and submitted it to Y").
    outer: list[tuple[list[tuple[int, int]], str]] = field(default_factory=list)
    require: Optional[str] = None
    confidence: float = 0.8
    present: bool = False  # present tense: in a dated letter, the time of writing
    #: present perfect ("I have replied"): present in form, a deed done before the writing
    present_perfect: bool = False
    #: past perfect ("had met"): before the narrative's current time, so that time is not its date
    perfect: bool = False
    #: the conjunction of a temporal clause the trigger heads ("when he left the capital"): such
    #: clauses usually recall an event already told rather than tell a new one
    temporal: Optional[str] = None
    #: trigger offset of the message event whose words this speech clause gives ("sent a telegram,
    #: stating ...", "a letter which said ..."): the same event, not a second one
    content_of: Optional[int] = None
    #: an adverb of repetition or habit ("repeatedly warned"): many occasions, no one date
    habitual: Optional[str] = None
    #: told by a noun ("the envoy's visit", "the note of May 3"): dated only by its own phrase or the
    #: clause it is an adjunct of; a mere reference back to an event already told is dropped
    nominal: bool = False
    #: a journey made for an errand its clause names ("returned to see his doctors"): the traveller's own
    errand: bool = False
    #: told by a noun the lexicon lacks, made from a lexicon verb ("the occupation of X"), or by a sitting's
    #: noun alone standing for a body named before ("the conference on January 12"): kept only when dated
    nominalized: bool = False
    #: a fight named to date the clause's deed after it ("following an attack on the barracks"): done before
    #: the clause's time, so a date borrowed from the clause is kept only to its month
    before_clause: bool = False
    #: "then", "thereupon" ... in a past-perfect clause ("X had asked Y ... and Y had then stated"):
    #: the event follows the one told just before it, and shares its date when the text gives no other
    sequel: bool = False
    #: (type, mode, rule) of the entry that applies instead when the object, a name the parser could not
    #: class, turns out to be a place ("took Lida": a capture, not a journey with Lida)
    place_alt: Optional[tuple[str, Optional[str], str]] = None
    #: the frame holds only if its subject turns out a place ("Ban Khiet fell": a name the NER took for a
    #: person, which the whole corpus may show to be a town)
    place_subject: bool = False
    #: date words that modify one of the clause's nouns ("the 2010 raid"): not the verb's own date
    argument_dates: list[tuple[int, int]] = field(default_factory=list)
    #: date words a "since" phrase on a noun measures a record from ("the largest battle since 1650"): the date
    #: of no deed of the sentence, in the clause that names them or in another
    record_dates: list[tuple[int, int]] = field(default_factory=list)
    #: the trigger heads a relative clause ("X, who first met him in 2005, said"): it describes a
    #: participant; the scene the narration goes on with is not there
    relative: bool = False


@dataclass
class Subjects:
    """Subject noun phrases of a chunk (any verb): pronouns prefer antecedents that are subjects."""

    document: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    main: list[tuple[int, int]] = field(default_factory=list)  # subjects of main clauses
    #: starts of sentences whose main verb is in the present tense outside quotation marks (in an
    #: undated narrative: the narrator's comment or background, not the story's time)
    present: list[int] = field(default_factory=list)
    #: starts of sentences whose main verb is a simple past outside quotation marks (the story told again)
    past: list[int] = field(default_factory=list)
