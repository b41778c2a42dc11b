"""The verb lexicon, kept as data (resources/events/lexicon.yaml), and its lookup.

Why data and not code: which verbs state which PLOVER event is a judgement a historian should
be able to read, argue with and extend without touching the parser; every entry carries an
example sentence that the tests run through the real parser.
"""
from __future__ import annotations

import re

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Optional

import yaml

from ..resources import path as resource_path

#: Event types the lexicon may use: PLOVER's sixteen plus the two narrative types.
TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "REJECT",
         "ACCUSE", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "TRAVEL", "STATEMENT")
ROLES = ("source", "target", "place", "other", "none")
#: Prepositions that name where something happened, whatever the verb.
DEFAULT_PREPS = {"in": "place", "at": "place", "near": "place", "inside": "place",
                 "along with": "source", "together with": "source"}
#: Acts of force: an attempt at one is told as one; the thing it is done with belongs to the doer.
FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"})
#: Verbs by which one has a deed done to someone by others ("had the envoys executed", "got the bridge blown").
CAUSERS = frozenset({"have", "get"})
#: Words that open a companion phrase with "with" ("along with X", "together with X"): X acts beside the subject.
COMPANION = frozenset({"along", "together"})
#: Words of a heading, the way a force goes ("pressed southward", "repelled them northwards").
HEADINGS = frozenset({"north", "south", "east", "west", "northward", "southward", "eastward", "westward",
                      "northwards", "southwards", "eastwards", "westwards", "homeward", "homewards", "inland"})
#: Heads of a part of a whole ("most of the army", "the last of the rebel forces", "thousands of Carlists"): the
#: whole is what the phrase stands for, as a thing acted on and as a side.
PARTITIVE = frozenset({"most", "all", "part", "some", "many", "much", "bulk", "rest", "remainder", "half",
                       "portion", "majority", "remnant", "remnants", "several", "each", "both", "none", "few", "mass",
                       "body", "last", "first", "elements", "members", "group", "groups", "band", "bands",
                       "thousand", "thousands", "hundred", "hundreds", "million", "millions", "dozens", "tens",
                       "number", "numbers", "scores", "waves",
                       # a run of the thing ("launched a series of attacks"): the thing is what was done
                       "series", "wave", "string", "spate", "succession", "flurry", "sequence",
                       # a part of a force ("one wing of his army was defeated"): the force is the side
                       "wing", "wings", "flank", "column", "columns", "contingent", "contingents", "detachment",
                       "detachments", "unit", "units", "vanguard", "rearguard",
                       # what is left of a force ("the remains of the army retreated")
                       "remains"})
#: The governor an entry's ``within`` names for a noun that is the subject of a verb of taking place ("the
#: Battle of X began", "a battle took place at Y"): the happening is told as such.
TAKING_PLACE = "@took-place"
#: Pseudo-objects an entry may name in ``object`` or ``unless.object``: the verb's object (or its
#: subject) is a place, a named one (the parser's GPE, LOC, FAC) or a noun of a place held or fought
#: over. "took the city" is a capture, "took the envoy to the port" a journey; "the fortress fell".
PLACE_OBJECT = "@place"
PLACE_SUBJECT = "@place-subject"
#: "@town": the verb's object is a town or city, by its noun ("the capital") or a name the gazetteer
#: knows as a city ("seized Hanoi" is a capture; "seized the arsenal", "seized the colonies" a seizure).
TOWN_OBJECT = "@town"
TOWN_NOUNS = frozenset({"city", "cities", "town", "towns", "capital", "capitals", "village", "villages"})
#: "@person": the verb's object is a person, named (the parser's PERSON) or a personal pronoun ("he was
#: replaced", "replaced the general"): a post changes hands, not a thing.
PERSON_OBJECT = "@person"
#: "@force": the verb's object is an armed body (``is_military``), so that an entry for moving or raising troops
#: needs no list of every noun of soldiery ("recruited mercenaries", "sent a battleship group")
FORCE_OBJECT = "@force"
#: "@to-fight" in ``particle``: the verb has a purpose clause of fighting ("took 2,000 men to invade X").
TO_FIGHT = "@to-fight"
#: "@to-do" in ``particle``: the verb has a "to" clause of any deed ("put pressure on the council to resign"):
#: the deed is what the verb's act is for.
TO_DO = "@to-do"
#: "@subject:war" in ``object`` matches a verb whose (active) subject is that noun: "war broke out".
SUBJECT_PREFIX = "@subject:"
#: "@verb" as the object of a preposition in ``pobject``/``unless.pobject``: the preposition governs a
#: verb ("charged with overseeing the budget", "responded by expanding its navy"), not a noun.
VERB_COMPLEMENT = "@verb"
#: "@predicate" in ``object``: the verb names its object as something, a second noun phrase after the object
#: ("called the treaty a disgrace", 'called it "a complete triumph"'): a judgment spoken.
PREDICATE_OBJECT = "@predicate"
PLACE_NOUNS = frozenset({
    "city", "town", "capital", "village", "port", "harbour", "harbor", "fortress", "fort", "citadel", "base",
    "stronghold", "island", "islands", "province", "provinces", "region", "territory", "district", "county",
    "peninsula", "heights", "hill", "ridge", "bridgehead", "airfield", "railhead", "outskirts", "suburb", "suburbs",
    "oblast", "prefecture", "colony", "arsenal", "citadel",
    # the plurals a history names them by, and the works an army holds ("evacuated the outpost")
    "cities", "towns", "villages", "ports", "forts", "fortresses", "bases", "outpost", "outposts", "positions",
    "trenches", "redoubt", "redoubts", "strongholds", "airfields", "area", "areas", "zone", "zones", "sector", "sectors",
    # buildings a crowd or an army storms ("the prison fell that afternoon")
    "prison", "castle", "palace", "barracks", "bastion", "prisons", "castles", "palaces"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
#: Nouns that describe a person by role or office ("my informant", "a Chief of Mission"): such a
#: phrase may stand as a participant when no name does, and its possessor is no participant ("told
#: my colleague": the colleague was told, not the writer).
PERSON_NOUNS = frozenset({
    "informant", "informants", "colleague", "colleagues", "friend", "interlocutor", "counterpart", "visitor",
    "caller", "correspondent", "journalist", "reporter", "observer", "spokesman", "chief", "head", "leader",
    "member", "official", "officials", "representative", "representatives", "delegate", "delegates", "ambassador",
    "ambassadors", "minister", "ministers", "diplomat", "diplomats", "envoy", "envoys", "emissary", "emissaries",
    "general", "generals", "commander", "commanders", "negotiator", "negotiators", "intermediary", "mediator",
    "source", "consul", "secretary", "president", "premier", "chancellor", "counselor", "counsellor", "attaché",
    "attache", "chargé", "charge", "admiral", "governor", "king", "queen", "emperor", "officer",
    "adviser", "advisor", "mayor", "marshal", "generalissimo", "prince", "undersecretary", "under-secretary",
    "agent", "consul-general", "man", "woman", "men", "women",
    # the plural of the offices, for a body of them ("FLN leaders repudiated ...")
    "leaders", "chiefs", "members", "officers", "advisers", "advisors", "governors", "mayors", "spokesmen",
    "spokeswoman", "spokesperson", "consuls", "admirals", "secretaries", "presidents", "premiers", "kings",
    "emperors", "princes", "agents", "administrator", "administrators", "commissioner", "commissioners",
    "director", "directors", "chairman", "chairmen", "dictator", "dictators", "ruler", "rulers", "warlord",
    "warlords", "commandant", "colonel", "colonels", "captain", "captains", "lieutenant", "pilot", "pilots",
    "doctor", "doctors",
    # groups of people a history names by what they are rather than by name ("refugees fled south",
    # "suspected opponents were arrested")
    "refugee", "refugees", "civilian", "civilians", "prisoner", "prisoners", "opponent", "opponents", "dissident",
    "dissidents", "peasant", "peasants", "worker", "workers", "student", "students", "citizen", "citizens",
    "inhabitant", "inhabitants", "population", "populace", "townsfolk", "resident", "residents", "villager",
    "villagers", "demonstrator", "demonstrators",
    "protester", "protesters", "protestors", "striker", "strikers", "supporter", "supporters", "follower",
    "followers", "loyalist", "loyalists", "suspect", "suspects", "hostage", "hostages", "captive", "captives",
    "monk", "monks", "priest", "priests", "missionary", "missionaries", "elements", "settlers", "colonists",
    "landowners", "merchants", "nationalists", "communists", "revolutionaries", "rebel", "insurgent",
    "anarchist", "anarchists", "socialists", "monarchists", "separatists", "fascists", "militant", "militants",
    "bandit", "bandits", "pirate", "pirates", "raider", "raiders", "terrorist", "terrorists",
    # those whose word the news reports ("analysts said", "skeptics say", "economists contend")
    "analyst", "analysts", "economist", "economists", "expert", "experts", "investor", "investors", "critic",
    "critics", "skeptic", "skeptics", "sceptic", "sceptics", "scientist", "scientists", "researcher", "researchers",
    "historian", "historians", "lawmaker", "lawmakers", "legislator", "legislators", "senator", "senators",
    "attorney", "attorneys", "lawyer", "lawyers", "witness", "witnesses", "regulator", "regulators"})


#: People named by the place they live in: "its population was enslaved", "the city's inhabitants fled" are
#: that place's people, so the place a possessive names takes part, as a person's own possessor ("his wife")
#: does not.
DWELLER_NOUNS = frozenset({"population", "populace", "inhabitants", "residents", "citizens", "townspeople",
                           "townsfolk", "villagers"})
#: Groups a history names by what they are, not by name ("the militia converged", "the commoners appealed
#: to the clergy"): with no entity in the role, such a phrase stands as a described participant.
GROUP_NOUNS = frozenset({
    "militiaman", "militiamen", "minuteman", "minutemen", "commoner", "commoners", "noble", "nobles", "nobility",
    "aristocrat", "aristocrats", "aristocracy", "clergy", "clergyman", "clergymen", "bishop", "bishops", "deputy",
    "deputies", "notables", "estate", "estates", "patriot", "patriots", "northerner", "northerners", "southerner",
    "southerners", "volunteer", "volunteers", "regulars", "recruit", "recruits", "conscript", "conscripts", "men",
    "crowd", "crowds", "mob", "mobs", "tribe", "tribes", "family", "families", "chief", "chiefs", "colonist", "colonists", "settler",
    "coalition", "alliance", "league", "countries", "nations", "powers",
    "parliament", "parlement", "parlements", "assembly", "convention", "congress", "council", "senate", "legislature",
    "legislatures", "cabinet", "ministers", "government", "governments", "governor", "governors", "states", "colonies",
    "insurgent", "insurgents", "rebel", "rebels", "mutineer", "mutineers", "defender", "defenders", "attacker",
    "attackers", "besieger", "besiegers", "invader", "invaders", "enemy", "allies", "ally", "loyalist", "royalist",
    "royalists", "republican", "republicans", "radical", "radicals", "moderates", "bourgeoisie", "sans-culottes",
    "burghers", "townspeople", "parisians", "delegation", "delegations", "junta", "regime", "court", "crew", "crews",
    "faction", "factions", "parties", "sides", "belligerents", "combatants",
    # a movement named by what it does ("the resistance in the hills was broken", "the opposition protested")
    "resistance", "opposition", "underground", "partisans", "partisan", "mujahideen", "fedayeen", "refugees",
    "civilians", "prisoners",
    # a crowd named by what it does ("twenty rioters were killed"), a camp by its extreme ("the ultras rose")
    "rioter", "rioters", "looter", "looters", "marcher", "marchers", "deserter", "deserters", "pilgrim", "pilgrims",
    "extremist", "extremists", "ultra", "ultras",
    "rider", "riders", "messenger", "messengers", "scout", "scouts", "courier", "couriers", "sentries", "pickets",
    # the state's agents as the news names them ("police raided the offices", "inspectors returned")
    "police", "policeman", "policemen", "inspector", "inspectors", "investigator", "investigators", "prosecutor",
    "prosecutors", "authorities", "guard", "guards", "rescuer", "rescuers", "activist", "activists",
    # bodies the news names by what they are ("the agency says", "the company said")
    "agency", "agencies", "company", "companies", "firm", "firms", "bank", "banks"})


#: Nouns of armed bodies: "the forces of X", "X's army", "the Russian squadron". Such a phrase stands for
#: the side it belongs to (its "of" phrase or possessor, its nationality), and its journeys are troop
#: movements (MOBILIZE), not travels.
MILITARY_NOUNS = frozenset({
    "army", "armies", "force", "forces", "troop", "troops", "soldier", "soldiers", "fleet", "fleets", "navy",
    "squadron", "squadrons", "flotilla", "division", "divisions", "regiment", "regiments", "brigade", "brigades",
    "battalion", "battalions", "corps", "column", "columns", "unit", "units", "detachment", "detachments",
    "garrison", "garrisons", "cavalry", "infantry", "artillery", "militia", "militias", "guerrilla", "guerrillas",
    "warship", "warships", "battleship", "battleships", "cruiser", "cruisers", "destroyer", "destroyers",
    "gunboat", "gunboats", "frigate", "frigates", "corvette", "corvettes", "submarine", "submarines", "aircraft", "bomber",
    "bombers", "reinforcement", "reinforcements", "expedition", "contingent", "contingents", "marines", "sailors",
    "rebels", "insurgents", "partisans", "legion", "legions", "armada", "airmen", "paratroopers", "commando",
    "commandos", "troopers", "military", "legionaries", "legionnaires", "hoplites", "musketeers", "dragoons",
    "hussars", "lancers", "grenadiers", "riflemen", "gunners", "archers", "knights", "cossacks", "janissaries",
    "regulars", "levies", "auxiliaries", "mercenaries", "militiaman", "militiamen", "tanks", "panzers", "warplanes",
    "fighters"})


#: Ranks of command written before a name ("General X", "Admiral Y"); "Generalissimo", a head of state's
#: style as much as a rank, is left out.
MILITARY_RANKS = frozenset({
    "general", "lieutenant general", "major general", "brigadier general", "colonel general", "brigadier",
    "marshal", "field marshal", "admiral", "vice admiral", "rear admiral", "colonel", "lieutenant colonel"})


#: Written or spoken things that speak as subjects ("a 2009 report says", "Proclamation issued by X advised")
#: and through which their author speaks ("a report by the ministry", "X's note").
DOCUMENT_NOUNS = frozenset({
    "telegram", "cable", "wire", "letter", "note", "message", "memorandum", "reply", "answer", "report", "dispatch",
    "despatch", "radiogram", "communication", "statement", "aide-memoire", "analysis", "study", "survey", "poll",
    "review", "paper", "book", "article", "speech", "interview", "proclamation", "decree", "order", "declaration",
    "communique", "communiqué", "bulletin", "manifesto", "circular", "pamphlet", "leaflet", "editorial", "broadcast"})


#: Nouns of those who speak or act for someone ("Erdogan's office said", "the king's envoy"): with a
#: named possessor or "of" phrase, that name is the participant.
AGENCY_NOUNS = frozenset({
    "office", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "embassy", "ministry", "government",
    "administration", "cabinet", "camp", "aide", "aides", "envoy", "envoys", "emissary", "representative",
    "representatives", "delegation", "lawyer", "lawyers", "website", "press", "secretariat", "headquarters",
    "leadership", "committee", "council", "executive", "presidium", "politburo", "directorate"})


_MILITARY_LEMMAS = MILITARY_NOUNS | {w[:-1] for w in MILITARY_NOUNS if w.endswith("s")}


#: Modifiers that make a team or party an armed one ("an invasion team", "a commando party").
_ARMED_MODIFIERS = frozenset({"invasion", "assault", "strike", "commando", "combat", "raiding", "boarding"})
_ARMED_HEADS = frozenset({"team", "teams", "party", "parties", "group", "groups", "force"})


def is_military(tok) -> bool:
    """A token heading an armed body ("troops", "the squadron", "two battleships", "an invasion team")."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in ("PERSON", "GPE", "ORG"):
        return False
    if tok.lower_ in _MILITARY_LEMMAS or tok.lemma_.lower() in _MILITARY_LEMMAS:
        return True
    return tok.lower_ in _ARMED_HEADS and any(c.dep_ in ("compound", "amod") and (
        c.lower_ in _ARMED_MODIFIERS or c.lower_ in _MILITARY_LEMMAS or c.lemma_.lower() in _MILITARY_LEMMAS)
        for c in tok.children)  # ("a battleship group", "an infantry force")


def is_place(tok) -> bool:
    """A token heading a place: named as one by the parser, or a noun of place."""
    return tok.ent_type_ in _PLACE_ENTS or (tok.pos_ == "NOUN" and tok.lemma_.lower() in PLACE_NOUNS)


@dataclass(frozen=True)
class Entry:
    lemmas: tuple[str, ...]
    type: str
    mode: Optional[str] = None
    objects: tuple[str, ...] = ()
    pobjects: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: particle(s) or preposition(s) the verb must carry, any one of them ("fell back", "bottled up")
    particle: tuple[str, ...] = ()
    subject: str = "source"
    object_role: str = "target"
    preps: tuple[tuple[str, str], ...] = ()
    possessor: str = "target"
    require: Optional[str] = None
    #: "noun" for a nominal trigger ("the envoy's visit", "a conversation with the minister")
    pos: str = "verb"
    #: only without a direct object and without a "with" partner ("the cabinet met at noon")
    intransitive: bool = False
    #: senses of the verb that are no event of this entry: objects and (prep, objects) that rule it out
    #: ("arrived at a conclusion" is no journey)
    unless_objects: tuple[str, ...] = ()
    unless_pobjects: tuple[tuple[str, tuple[str, ...]], ...] = ()
    unless_particles: tuple[str, ...] = ()
    #: the event is told by denying the object ("have no dealings with"): the entry applies only when
    #: the object carries "no", and that "no" does not make the event negative
    denied_object: bool = False
    #: an idiom whose object carries no article, number or adjective: "paid tribute to" (praise), not
    #: "paid a heavy tribute to" (money)
    bare: bool = False
    #: the object that selects the frame is itself a participant ("resisted the rebel army": the army)
    object_is_party: bool = False
    #: its bare participle on a noun tells a state, no deed ("the troops stationed in the region")
    stative_participle: bool = False
    named: bool = False
    #: a request told as a wish, kept only in its asking form: "conditional" ("would be grateful if": with "would"
    #: or "should", and done as it is written), "addressed" ("desires that you ...", "desires to have such
    #: information": a "that" clause with its own subject, or a wish to be told)
    wish: Optional[str] = None
    #: (a noun) the prepositions one of which must govern it ("with the help of X": "with")
    within: tuple[str, ...] = ()
    #: (a noun) the role of the subject of the verb its phrase hangs on ("X took the town with the help
    #: of Y": X is helped, the target)
    host_subject: Optional[str] = None
    example: dict = field(default_factory=dict, compare=False, hash=False)
    #: sentences of our own in which the entry must not apply (tests run these)
    counter: tuple[str, ...] = field(default=(), compare=False, hash=False)
    index: int = 0  # position in the file, names the rule ("lexicon:12")
    #: (a noun the lexicon lacks) the lexicon verb it is made from, whose entry it speaks by ("occupy")
    derived_from: Optional[str] = None

    @property
    def is_frame(self) -> bool:
        return bool(self.objects or self.pobjects)

    def prep_role(self, prep: str) -> Optional[str]:
        for p, r in self.preps:
            if p == prep:
                return r
        return DEFAULT_PREPS.get(prep)

    def excluded(self, objects: set[str], pobjects: set[tuple[str, str]], particles: set[str] = frozenset()) -> bool:
        return bool(objects.intersection(self.unless_objects)) or bool(particles.intersection(self.unless_particles)) or any(
            (p, o) in pobjects for p, objs in self.unless_pobjects for o in objs)

    @property
    def rule(self) -> str:
        if self.derived_from:
            return f"lexicon:{self.index}:{self.derived_from}:wordnet:{self.lemmas[0]}<{self.derived_from}"
        return f"lexicon:{self.index}:{self.lemmas[0]}" + (f"+{self.objects[0]}" if self.objects else "")


def _as_tuple(v) -> tuple[str, ...]:
    if v is None:
        return ()
    if isinstance(v, str):
        return (v,)
    return tuple(str(x) for x in v)


def _raw_list(v) -> list:
    """A field that holds one value or a list, as a list of the values YAML read (booleans kept)."""
    return [] if v is None else list(v) if isinstance(v, (list, tuple)) else [v]


def parse_entries(raw: Iterable[dict]) -> list[Entry]:
    """Validate and freeze lexicon entries (raises ValueError on a malformed entry)."""
    out = []
    for i, d in enumerate(raw):
        t = str(d.get("type", "")).upper()
        if t not in TYPES:
            raise ValueError(f"lexicon entry {i}: unknown type {t!r}")
        for k in list((d.get("preps") or {})) + list((d.get("pobject") or {})) + _raw_list(d.get("particle")):
            if not isinstance(k, str):  # YAML 1.1 reads a bare on/off/no as a boolean
                raise ValueError(f"lexicon entry {i}: preposition {k!r} must be quoted")
        preps = tuple((str(k), str(v)) for k, v in (d.get("preps") or {}).items())
        for role in [d.get("subject", "source"), d.get("object_role", "target"), d.get("possessor", "target"),
                     d.get("host_subject", "target"), *(r for _, r in preps)]:
            if role not in ROLES:
                raise ValueError(f"lexicon entry {i}: unknown role {role!r}")
        pob = tuple((str(k), _as_tuple(v)) for k, v in (d.get("pobject") or {}).items())
        unless = d.get("unless") or {}
        if set(unless) - {"object", "pobject", "particle"}:
            raise ValueError(f"lexicon entry {i}: 'unless' takes 'object', 'pobject' and 'particle' only")
        for k in (unless.get("pobject") or {}):
            if not isinstance(k, str):
                raise ValueError(f"lexicon entry {i}: preposition {k!r} must be quoted")
        unless_pob = tuple((str(k), _as_tuple(v)) for k, v in (unless.get("pobject") or {}).items())
        if d.get("wish") not in (None, "conditional", "addressed"):
            raise ValueError(f"lexicon entry {i}: 'wish' is 'conditional' or 'addressed'")
        if ("lemma" in d) == ("noun" in d):
            raise ValueError(f"lexicon entry {i}: give either 'lemma' (a verb) or 'noun'")
        out.append(Entry(lemmas=_as_tuple(d.get("lemma") or d.get("noun")), type=t,
                         pos="noun" if "noun" in d else "verb", intransitive=bool(d.get("intransitive")), mode=d.get("mode"), objects=_as_tuple(d.get("object")),
                         pobjects=pob, particle=_as_tuple(d.get("particle")), subject=d.get("subject", "source"),
                         object_role=d.get("object_role", "target"), preps=preps,
                         possessor=d.get("possessor", "target"), require=d.get("require"),
                         unless_objects=_as_tuple(unless.get("object")), unless_pobjects=unless_pob,
                         unless_particles=_as_tuple(unless.get("particle")),
                         denied_object=bool(d.get("denied_object")), bare=bool(d.get("bare")),
                         object_is_party=bool(d.get("object_is_party")), within=_as_tuple(d.get("within")),
                         host_subject=d.get("host_subject"), stative_participle=bool(d.get("stative_participle")),
                         named=bool(d.get("named")), wish=d.get("wish"),
                         example=d.get("example") or {}, counter=_as_tuple(d.get("counter")), index=i))
    return out


class Lexicon:
    """Entries indexed by lemma; frames (verb + object) are tried before plain verbs."""

    def __init__(self, entries: list[Entry]):
        self.entries = entries
        self.frames: dict[str, list[Entry]] = {}
        self.plain: dict[str, list[Entry]] = {}
        self.nouns: dict[str, list[Entry]] = {}
        self._borrower = None
        self._derived: dict[str, tuple[Entry, ...]] = {}
        for e in entries:
            for lemma in e.lemmas:
                if e.pos == "noun":
                    self.nouns.setdefault(lemma, []).append(e)
                else:
                    (self.frames if e.is_frame else self.plain).setdefault(lemma, []).append(e)

    def __contains__(self, lemma: str) -> bool:
        return lemma in self.frames or lemma in self.plain

    def borrowed(self, lemma: str) -> Optional[str]:
        """The lexicon verb whose entries a verb the lexicon lacks may use, found through WordNet."""
        if self._borrower is None:
            from .wordnet import Borrower
            self._borrower = Borrower(self.__contains__)
        return self._borrower(lemma)

    def noun_entries(self, lemma: str) -> "tuple[Entry, ...] | list[Entry]":
        """The entries of a noun that names an event: the lexicon's own, else one made from the entry of
        the verb WordNet derives the noun from ("the occupation of the port" speaks as "occupied the port")."""
        own = self.nouns.get(lemma)
        if own:
            return own
        if lemma not in self._derived:
            self._derived[lemma] = self._nominalized(lemma)
        return self._derived[lemma]

    def _nominalized(self, noun: str) -> tuple[Entry, ...]:
        from .wordnet import nominalizations, settings
        if not noun.isalpha() or noun in _BODIES:
            return ()  # ("reinforcements", "recruits": the men a deed brings, not the deed)
        net = nominalizations()
        verb = net.verb_of(noun) if net is not None else None
        # a noun spelt as its verb ("war", "fire", "charge", "move") has too many senses beside the deed,
        # and one that does not begin as its verb does ("crime" <- "criminate") is no plain derivation
        if verb is None or verb == noun or not noun.startswith(verb[:max(3, len(verb) - 2)]):
            return ()
        lender = verb if verb in self else self.borrowed(verb)
        if lender is None or lender in (settings().get("never_borrowed") or ()):
            return ()  # ("movement" <- "move": a verb too general to say which deed its noun names)
        entry = next((e for e in self.plain.get(lender, ()) if not e.particle and not e.denied_object
                      and not e.bare), None)
        if entry is None:
            return ()
        # the doer is the possessor or the "by" phrase; the "of" phrase is the verb's object when the verb
        # acts on someone ("the occupation of the port"), else the doer ("the departure of the envoy")
        # ("under the protection of X": whoever is under it, X protects)
        acted_on = entry.object_role == "target" and not entry.intransitive
        others = tuple((p, r) for p, r in entry.preps if p not in ("by", "of"))
        unless = entry.unless_pobjects + ((("of", entry.unless_objects),) if acted_on and entry.unless_objects else ())
        made = [Entry(lemmas=(noun,), type=entry.type, mode=entry.mode, pos="noun", possessor=entry.subject,
                      preps=(("by", entry.subject), ("of", "target" if acted_on else entry.subject), *others),
                      require=entry.require, unless_pobjects=unless, index=entry.index, derived_from=lender)]
        if acted_on:
            made.insert(0, Entry(lemmas=(noun,), type=entry.type, mode=entry.mode, pos="noun",
                                 possessor=entry.subject, preps=(("of", entry.subject), *others), within=("under",),
                                 require=entry.require, index=entry.index, derived_from=lender))
        return tuple(made)

    def lookup(self, lemma: str, objects: set[str], pobjects: set[tuple[str, str]], particles: set[str]) -> Optional[Entry]:
        """The entry for a verb with these object lemmas, (prep, object) pairs and particles."""
        for e in self.frames.get(lemma, ()):
            if e.excluded(objects, pobjects, particles) or (e.particle and not particles.intersection(e.particle)):
                continue
            if e.objects and objects.intersection(e.objects):
                return e
            if any((p, o) in pobjects for p, objs in e.pobjects for o in objs):
                return e
        for e in self.plain.get(lemma, ()):
            if e.intransitive and ({o for o in objects if not o.startswith("@")}
                                   or any(p == "with" for p, _ in pobjects)):
                continue
            if e.excluded(objects, pobjects, particles):
                continue
            if not e.particle or particles.intersection(e.particle):
                return e
        return None

    def lookup_noun(self, lemma: str, preps: set[str], governor: Optional[str] = None) -> Optional[Entry]:
        """The entry for a noun that names an event, given the prepositions of its phrase and the one that
        governs the noun itself (``within``: "in full retreat")."""
        for e in self.noun_entries(lemma):
            if e.within and governor not in e.within:
                continue
            if not e.particle or preps.intersection(e.particle):
                return e
        return None


#: Nouns of people, bodies, places and papers: a noun made from a verb that names one ("reinforcements",
#: "recruits", "settlement", "report") is not read as the verb's deed.
_BODIES = PERSON_NOUNS | GROUP_NOUNS | _MILITARY_LEMMAS | PLACE_NOUNS | DOCUMENT_NOUNS | AGENCY_NOUNS

_HYPHENATED = re.compile(r"^[a-z]+(?:-[a-z]+)+$")


def hyphenated_words(lex: "Lexicon | None" = None) -> frozenset[str]:
    """The hyphenated words the lexicon names ("counter-offensive", "cease-fire", "pull-out"), with their
    plurals: the tokenizer keeps each as one word, so that the parser reads "the Soviet counter-offensive
    began" as a noun that began, not as "counter", "-" and an adjective."""
    lex = lex or load()
    words = set()
    for e in lex.entries:
        for w in (*e.lemmas, *e.objects, *(o for _, objs in e.pobjects for o in objs), *e.unless_objects):
            if _HYPHENATED.match(w):
                words.update((w, w + "s") if not w.endswith("s") else (w,))
    return frozenset(words)


@lru_cache(maxsize=1)
def load() -> Lexicon:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: same data, faster
    raw = yaml.load(resource_path("events/lexicon.yaml").read_text(encoding="utf-8"), Loader=loader)
    return Lexicon(parse_entries(raw))
