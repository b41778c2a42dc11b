"""Polarity and modality: is the event stated as fact, denied, supposed, reported or intended?

Why: event coders that assert every verb turn "did not participate", "refused to believe" or
"if China is unfavorable, the Soviet Union can go to war" into facts. We read the cues around
the trigger and up its chain of governing clauses instead.
"""
from __future__ import annotations

import re

from .roles import dated_prep, mended_lemma, ranked_deed

#: Verbs (and adjectives) whose clausal complement is somebody's word or belief, not the narrator's.
SPEECH = {"say", "tell", "state", "stress", "emphasize", "emphasise", "declare", "announce", "remark",
          "comment", "explain", "add", "assert", "insist", "maintain", "indicate", "confirm", "mention",
          "write", "note", "report", "reply", "answer", "claim", "argue", "believe", "think", "judge",
          "know", "hear", "learn", "understand", "expect", "suppose", "assume", "doubt", "fear", "feel",
          "consider", "suggest", "warn", "assure", "promise", "deny", "lament", "complain", "relay",
          "inform", "admit", "acknowledge", "reveal", "allege", "rumor", "rumour", "telegraph", "cable",
          "intimate", "hint"}
#: Verbs, adjectives and nouns whose complement is a wish, plan or demand, not a deed. ("undertook to rule",
#: "undertook a visit" tell deeds done: "undertake" is not here.)
INTENT = {"want", "wish", "desire", "decide", "intend", "plan", "try", "attempt", "seek", "hope", "prepare", "ask",
          "request", "urge", "persuade", "press", "demand", "order", "propose", "offer", "threaten",
          "agree", "refuse", "aim", "mean", "need", "ready", "willing", "prepared", "eager", "determined",
          "able", "unable", "reluctant", "necessary", "intention", "promise", "proposal", "plan", "idea",
          "attempt", "decision", "readiness", "effort", "call", "encourage", "invite", "instruct", "tell",
          "arrange", "schedule", "await", "consider", "contemplate", "postpone", "defer", "delay", "pledge",
          "vow", "swear", "resolve", "favor", "favour", "advocate", "recommend", "bind", "commit", "undertake",
          "preparation", "warning", "fear", "threat", "danger", "risk", "capable",
          # pressed or longed for: "began pressuring them to withdraw", "dreamed of conquering", "no interest in"
          "pressure", "push", "dream", "aspire", "yearn", "interest", "desire", "ambition",
          # an aim set ("focused on capturing the city", "concentrated on taking the port")
          "focus", "concentrate",
          # skills drilled, not deeds done: "practised shooting at cars", "trained to lay mines"
          "practice", "practise", "rehearse", "train", "learn",
          # a vote for a deed is not the deed: "361 voted to execute the king"
          "vote"}
#: Verbs and adjectives whose infinitive is a forecast, not a deed ("are expected to enter the city",
#: "is likely to accept", "seemed to agree"): neither the narrator nor anyone vouches it happened.
EXPECT = {"expect", "likely", "unlikely", "due", "bound", "suppose", "schedule", "certain", "sure", "liable",
          "apt", "seem", "appear", "anticipate", "predict", "forecast", "rumor", "rumour", "say", "report",
          "believe", "think", "understand"}
#: Verbs whose that-clause is a wish or demand ("demanded that troops be sent").
INTENT_THAT = {"ask", "desire", "request", "urge", "demand", "propose", "suggest", "decide", "order", "insist",
               "recommend", "hope", "wish", "intend", "plan", "agree"}
#: Nouns whose content clause is somebody's belief, rumour or claim, not a happening the text vouches
#: for ("propagating the thought that the army was fighting bandits").
BELIEF_NOUNS = {"thought", "belief", "rumor", "rumour", "impression", "notion", "theory", "assumption",
                "suspicion", "allegation", "claim", "propaganda", "view", "opinion", "conviction", "illusion",
                "speculation", "possibility", "pretext", "pretence", "pretense", "legend", "myth"}
#: Nouns whose content clause tells what somebody reported ("reports that the cabinet had agreed"): the
#: clause is reported, whatever the sentence then does with the report.
REPORT_NOUNS = {"report", "news", "information", "word", "announcement", "statement", "communique", "communiqué",
                "bulletin", "dispatch", "despatch", "telegram", "message", "account", "story", "intelligence"}
#: Verbs whose "if"/"whether" clause is an indirect question, not a condition.
ASKING = {"ask", "inquire", "enquire", "query", "wonder", "question"}
#: Adjectives of "it is ... that": the that-clause is a possibility, a wish or a need, not a deed.
IMPERSONAL = {"possible", "likely", "unlikely", "probable", "improbable", "conceivable", "doubtful", "uncertain",
              "desirable", "advisable", "necessary", "essential", "important", "imperative", "preferable",
              "hoped", "expected", "feared", "intended", "proposed", "suggested"}
#: Sentence adverbs by which a writer declines to vouch for what the clause says.
HEDGES = {"apparently", "reportedly", "allegedly", "supposedly", "seemingly", "possibly", "probably", "perhaps",
          "presumably", "purportedly", "ostensibly", "maybe", "conceivably"}
_QUOTE_MARKS = {'"', "“", "”"}
_WH = {"WRB", "WP", "WDT", "WP$"}
_HYPO_MODALS = {"would", "could", "might", "may", "should", "can", "must", "'d", "ought"}
_FUTURE = {"will", "shall", "'ll"}
_NOBODY = {"nobody", "nothing", "none", "neither", "noone"}
#: Heads that deny their complement: "refused to send", "incapable of invading".
_DENYING = {"refuse", "decline", "fail", "incapable", "unable", "unwilling", "neglect", "avoid", "cease", "deny",
            "refrain", "abstain", "desist"}
#: Adjectives of feeling whose infinitive is done in the saying ("is pleased to inform", "am sorry to say").
_EMOTIVE = {"pleased", "glad", "happy", "delighted", "sorry", "proud", "honored", "honoured", "gratified"}
#: Adjectives of a stance towards a deed that may never be done ("keen on joining", "wary of attacking");
#: unlike the emotive ones ("proud of defeating them"), they do not say the deed was done.
_ATTITUDES = {"enthusiastic", "keen", "eager", "anxious", "reluctant", "hesitant", "wary", "cautious", "afraid",
              "fearful", "nervous", "open", "interested", "intent", "bent", "set", "capable", "incapable",
              "confident", "optimistic", "pessimistic", "skeptical", "sceptical", "doubtful", "serious", "opposed"}
_ATTITUDE_PREPS = {"about", "of", "on", "upon", "at", "towards", "toward", "to"}
_PRIORITY = {"asserted": 0, "reported": 1, "intended": 2, "hypothetical": 3}
#: Nouns by which "at no ...", "in no ...", "by no ..." deny the whole clause.
_NO_WAY = {"time", "point", "stage", "way", "case", "sense", "respect", "circumstances", "circumstance", "means",
           "account", "moment", "occasion", "condition", "conditions", "event"}


def mandative(c) -> bool:
    """A "that" clause in the bare form of its verb, with a subject and no auxiliary: the English subjunctive
    of demands ("insisted that the army withdraw", not "insisted that the army had withdrawn"). After a verb in
    the past, a present form ("insisted that the rebels accept") is that bare form too: the tenses disagree."""
    bare = c.tag_ == "VB" or (c.tag_ == "VBP" and c.head.tag_ in ("VBD", "VBN"))
    return bare and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) \
        and any(d.dep_ == "nsubj" for d in c.children) and not any(d.dep_ in ("aux", "auxpass") for d in c.children)


#: "almost" or "nearly" on one of these verbs still tells harm done ("the fleet was almost destroyed": it was
#: attacked); on any other verb the deed fell short ("almost reached the city": it did not).
_GRADED_HARM = frozenset({"destroy", "annihilate", "wipe", "ruin", "devastate", "obliterate", "exterminate",
                          "decimate", "cripple", "kill", "starve", "flood", "burn", "sink"})


def _fell_short(v, c) -> bool:
    """"almost reached", "nearly provoked": a bare "almost"/"nearly" before the verb (not "almost fully
    conquered", where it grades another adverb, nor a graded harm)."""
    return (c.dep_ == "advmod" and c.lower_ in ("almost", "nearly") and c.i < v.i and not any(c.children)
            and v.lemma_.lower() not in _GRADED_HARM)


def _own_negation(v) -> list[str]:
    cues = []
    for c in v.children:
        if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in ("never", "nowhere")) or _fell_short(v, c):
            cues.append(c.lower_)
        elif c.dep_ == "cc" and c.lower_ == "nor" and c.i < v.i:
            cues.append("nor")
        elif c.dep_ in ("dobj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
            cues.append("no " + c.lower_)  # "made no comment"
        elif c.dep_ == "dobj" and c.lower_ == "nothing" and not any(d.dep_ in ("amod", "advmod") for d in c.children):
            cues.append("nothing")  # "said nothing", "did nothing" (not "said nothing new", something said)
        elif c.dep_ == "dobj" and any(d.dep_ in ("preconj", "det") and d.lower_ == "neither" for d in c.children):
            cues.append("neither " + c.lower_)  # "had neither support nor arms"
        elif c.dep_ == "dobj" and any(d.dep_ == "amod" and d.lower_ == "little" and not any(
                a.lower_ == "a" for a in c.children) for d in c.children):
            cues.append("little " + c.lower_)  # "had very little support" (but "gave a little help": some)
        elif c.dep_ == "prep":
            for p in c.children:  # "at no time", "in no way"
                # (not "attacked with no support": the attack was made)
                if p.dep_ == "pobj" and p.lower_ in _NO_WAY and any(d.dep_ == "det" and d.lower_ == "no"
                                                                    for d in p.children):
                    cues.append(f"{c.lower_} no {p.lower_}")
        elif c.dep_ == "advmod" and c.lower_ == "longer" and any(d.lower_ == "no" for d in c.children):
            cues.append("no longer")
        elif c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in _NOBODY or any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children)):
            cues.append("no " + c.lower_)  # "no nation was encouraging", "nobody came"
    if v.dep_ == "acl" and v.tag_ == "VBN" and any(d.dep_ == "det" and d.lower_ == "no" for d in v.head.children):
        cues.append("no " + v.head.lower_)  # "there is no government recognized by Japan": Japan recognized none
    if v.dep_ in ("xcomp", "advcl") and v.head.pos_ in ("ADJ", "ADV") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in v.children) and any(
            c.dep_ == "advmod" and c.lower_ == "too" for c in v.head.children):
        cues.append("too " + v.head.lower_)  # "too weak to attack", "too weary to fight": it was not done
    return cues


def is_question(v) -> bool:
    """A question, not a statement: subject-auxiliary inversion after a wh-word ("Why do you
    continue ..."), or the clause ends at a question mark."""
    kids = list(v.children)
    subj = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass")]
    if subj:
        aux = [c for c in kids if c.dep_ in ("aux", "auxpass") and c.i < subj[0].i and c.lower_ != "to"]
        if aux and any(c.tag_ in _WH and c.i < aux[0].i for c in kids):
            return True
    doc = v.doc
    if v.right_edge.text == "?":
        return True
    end = v.right_edge.i + 1
    while end < len(doc) and doc[end].is_punct and doc[end].text not in ("?", ".", ";", "!"):
        end += 1
    return end < len(doc) and doc[end].text == "?"


_ENUM = re.compile(r"(?:\(\s*(?:\d{1,2}|[a-hA-H]|[ivxIVX]{1,4})\s*\)|\b\d{1,2}(?:st|nd|rd|d|th)\b\.?)\s*$")
_SEGMENT_END = {";", ":"}


def is_listed_term(v) -> bool:
    """An item of a numbered list of terms, conditions or demands ("(1) the republic accepts these
    conditions; (2) ...", "1st. The province to be evacuated"): in the present, the subjunctive or
    with shall/should/to, it states what is asked or offered, not what happened. So is a verbless
    heading "X to do Y" (its head a noun), numbered or not."""
    auxes = {c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")}
    node, infinitive = v, "to" in auxes
    while node.dep_ in ("conj", "relcl", "acl") and node.head.pos_ in ("VERB", "AUX", "NOUN", "PROPN"):
        node = node.head
        infinitive = infinitive or any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
    if infinitive and node.dep_ == "ROOT" and node.pos_ in ("NOUN", "PROPN"):
        return True
    if not (v.tag_ in ("VBZ", "VBP", "VB") or auxes & {"shall", "should", "must", "to"}):
        return False
    doc, sent = v.doc, v.sent
    lo = sent.start
    if lo > 0 and lo - doc[lo - 1].sent.start <= 3:
        lo = doc[lo - 1].sent.start  # "1st." parsed as a sentence of its own
    for i in range(v.i - 1, lo - 1, -1):
        if doc[i].text in _SEGMENT_END:
            lo = i + 1
            break
    toks = [t for t in v.subtree if t.i >= lo]
    while toks and (toks[0].dep_ in ("mark", "punct", "meta") or toks[0].tag_ == "LS"):
        toks = toks[1:]
    if not toks:
        return False
    prefix = "".join(t.text_with_ws for t in doc[lo:toks[0].i])  # not doc.text: the whole chunk
    prefix = re.sub(r"\bthat\s*$", "", prefix.rstrip()).rstrip()
    return bool(_ENUM.search(prefix))


def _own_modality(v, negated: bool) -> tuple[str, list[str]]:
    mod, cues = "asserted", []
    if is_question(v):
        mod, cues = "hypothetical", ["question"]
    asking = v.lemma_.lower() in ASKING
    for c in v.children:
        low = c.lower_
        if c.dep_ == "mark" and low in ("if", "unless", "whether", "lest"):
            mod, cues = "hypothetical", cues + [low]
        elif c.dep_ == "aux" and low in _HYPO_MODALS:
            # "could not accept" in a narrative is inability, a plain (negative) fact.
            if low == "would" and _future_in_past(v):
                cues = cues + ["would (later)"]  # "they would ultimately rise again": a narrator's glance ahead
            elif not (negated and low in ("could", "can")):
                mod, cues = _max(mod, "hypothetical"), cues + [low]
        elif c.dep_ == "aux" and low in _FUTURE:
            mod, cues = _max(mod, "intended"), cues + [low]
        elif c.dep_ == "aux" and low == "to" and v.dep_ == "ROOT":
            mod, cues = _max(mod, "intended"), cues + ["to-infinitive"]  # "China to abandon ...": a term
        elif c.dep_ == "advcl" and not asking and not _after_content(v, c) \
                and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
            # ("asked him if he would come": an indirect question, not a condition)
            mod, cues = "hypothetical", cues + ["if-clause"]
    stray = _stray_modal(v)
    if stray is not None and not (negated and stray in ("could", "can")):
        mod, cues = _max(mod, "hypothetical"), cues + [stray]
    if v.tag_ == "VB" and v.dep_ in ("ROOT", "dep", "parataxis") and not any(
            c.dep_ in ("aux", "auxpass") for c in v.children):
        # a bare base form with no auxiliary: an order, or a modal the parse lost ("we could,
        # upon such an announcement, however, withdraw ..."): not a deed told
        mod, cues = _max(mod, "hypothetical"), cues + ["bare infinitive"]
    return mod, cues


#: Words of a wish a diplomat's "would" makes a request: "would be grateful if", "would appreciate".
_POLITE_WORDS = frozenset({"glad", "grateful", "obliged", "thankful", "appreciative", "happy", "pleased", "appreciate",
                           "welcome"})


def polite_wish(v) -> bool:
    """A request made as a conditional wish: "His Majesty's Government would be grateful if ...", "would be glad to
    know whether ...", "I would appreciate your informing ...". It is made in the writing, not a mere possibility."""
    if not any(c.dep_ == "aux" and c.lower_ in ("would", "should", "'d") for c in v.children):
        return False
    if v.lemma_.lower() == "be":
        wish = [c for c in v.children if c.dep_ == "acomp" and c.lemma_.lower() in _POLITE_WORDS]
        return bool(wish) and any(c.dep_ in ("xcomp", "advcl", "ccomp") for t in [v, *wish] for c in t.children)
    return v.lemma_.lower() in _POLITE_WORDS and any(c.dep_ in ("ccomp", "dobj", "xcomp", "advcl") for c in v.children)


def _stray_modal(v) -> "str | None":
    """A modal the parse hung on the wrong word ("most of the forces might in the near future be withdrawn": "might"
    read as a noun of "most"): a lower-case modal between the verb's subject and the verb, with no other verb
    between them, is the verb's own."""
    doc = v.doc
    for t in doc[v.left_edge.i:v.i]:
        if t.lower_ in ("might", "may", "could", "would", "should") and t.text.islower() and t.dep_ != "aux" \
                and t.head is not v and not any(c.dep_ in ("det", "poss", "amod") for c in t.children) \
                and all(x.pos_ not in ("VERB", "AUX") or x.head is v for x in doc[t.i + 1:v.i]):
            return t.lower_
    return None


#: Adverbs by which a narrator's "would" tells what later happened ("would eventually sign"), not a wish.
_LATER = frozenset({"ultimately", "eventually", "later", "subsequently", "afterwards", "afterward", "thereafter",
                    "soon"})


def _future_in_past(v) -> bool:
    """"They would ultimately rise again", "she would follow him to the scaffold on 16 October": the clause is
    the narrator's own (no speech or thought above it) and an adverb says the deed came later, or a date of
    its own (a day or a year, written in figures) says when it came."""
    if not any(c.dep_ == "advmod" and c.lower_ in _LATER for c in v.children) and not _own_dated(v):
        return False
    node = v
    for _ in range(4):
        if node.dep_ in ("ccomp", "xcomp") or node.dep_ == "ROOT" or node.head is node:
            break
        node = node.head
    return node.dep_ == "ROOT" or node.head is node


def _own_dated(v) -> bool:
    """The verb carries a date phrase with a figure in it ("on 16 October", "in 1821"), not a span of time ("in
    a year") nor a condition."""
    phrases = [p for c in v.children if c.dep_ == "prep" and c.lower_ in ("on", "in")
               for p in c.children if p.dep_ == "pobj"] + [c for c in v.children if c.dep_ == "npadvmod"]
    return any(p.ent_type_ == "DATE" and any(t.text[:1].isdigit() for t in p.subtree) for p in phrases)


def _after_content(v, clause) -> bool:
    """"expressed the view that X might agree if Y asked": an if-clause hung on the verb after the
    that-clause it reports is that content's condition (the parse attaches it too high), not one on
    the telling."""
    def that_clause(t) -> bool:
        return t.dep_ in ("ccomp", "acl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in t.children)
    return any(d.i < clause.i and (that_clause(d) or (d.dep_ == "dobj" and any(that_clause(e) for e in d.children)))
               for d in v.children)


def _max(a: str, b: str) -> str:
    return a if _PRIORITY[a] >= _PRIORITY[b] else b


#: Verbs and nouns of an attempt: "attempted to block the port", "attempts to take the city". For acts of
#: force an attempt is itself the event (it was made, whether or not it succeeded).
ATTEMPT = {"attempt", "try", "endeavor", "endeavour", "effort", "bid"}
#: Adjectives by which a deed named as a subject could not, or would hardly, be done.
_UNREAL = frozenset({"impossible", "unthinkable", "inconceivable", "unlikely", "improbable", "futile", "hopeless",
                     "unfeasible", "infeasible", "impracticable", "unacceptable",
                     # a deed weighed as a chance: "a declaration of war was less remote", "an attack is likely"
                     "possible", "likely", "probable", "remote", "imminent", "conceivable", "feasible", "inevitable"})


def unreal_predicate(v) -> bool:
    """"... became impossible", "... was unthinkable", "made any attack impossible" (the adjective itself, when
    the parser makes the deed its subject): said of its subject, a deed that could not be done, or that is only
    weighed as a chance ("a declaration of war was less remote", "an attack seemed likely"). (Not of a clause
    joined to it: "it became impossible, and the president ordered ..." tells an order given.)"""
    if v.pos_ == "ADJ":
        return v.lemma_.lower() in _UNREAL
    return v.lemma_.lower() in ("be", "become") and any(c.dep_ == "acomp" and c.lemma_.lower() in _UNREAL
                                                        for c in v.children)


#: What one does when trying as hard as one can ("did their utmost to restrain the mob").
_UTMOST = frozenset({"utmost", "best", "uttermost"})
#: Conjunctions of a clause that is the condition or the limit of another ("would not agree until X
#: had been reached", "can be answered only after Y has consulted Z"): under a negated or modal clause,
#: not a deed told.
_LIMIT_MARKS = {"until", "till", "unless", "before", "after", "once"}


def _dated_by_itself(v) -> bool:
    """The verb carries a date of its own ("on the night of the 4th", "on 26 December")."""
    return any(dated_prep(c) or (c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME")) for c in v.children)


def _on_a_day(v) -> bool:
    """The verb is told on a day of its own ("on 26 December"), not in a season or year it may be planned for."""
    return any(c.dep_ == "prep" and c.lower_ == "on" and dated_prep(c) for c in v.children)


#: every word whose lemma a governing clause is tested against
_CUES = frozenset(SPEECH | INTENT | EXPECT | INTENT_THAT | ASKING | ATTEMPT | _DENYING | {"call", "able", "be"})


def _cue_lemma(t) -> str:
    """The lemma of a governing word, mended when the small model's lemmatizer stumbles on a cue word
    ("hoped" -> "hop", "staged" -> "stag"): the written form with its inflection stripped, if that is a cue."""
    return mended_lemma(t, _CUES) or t.lemma_.lower()


#: Auxiliaries of a past told from the story's own time ("would not reach ... until", "did not return until").
_PAST_AUX = frozenset({"would", "did", "could", "had", "was", "were"})


def _not_until(v) -> bool:
    """"The fleet would not reach the coast until May 1905", "he did not return until 3 June", "did not
    return until the war ended": a deed denied before a date or a happening, and done at it."""
    if not any(c.dep_ == "neg" for c in v.children) \
            or not all(c.lower_ in _PAST_AUX for c in v.children if c.dep_ == "aux"):
        return False
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ in ("until", "till") and any(
                (o.dep_ == "pobj" and o.ent_type_ == "DATE") or (o.dep_ == "pcomp" and o.tag_ in ("VBD", "VBN"))
                for o in c.children):
            return True  # (and "did not hand it over till just before the city was retaken": done then)
        if c.dep_ == "advcl" and c.tag_ in ("VBD", "VBN") and any(
                m.dep_ == "mark" and m.lower_ in ("until", "till") for m in c.children) \
                and not any(a.dep_ == "aux" and a.lower_ in ("would", "could") for a in v.children):
            return True  # "did not return until the war ended": done when it ended
    return False


#: Verbs of winning someone over: told in the past, the deed they were won over to was done.
_WON_OVER = frozenset({"persuade", "convince"})

#: Verbs whose small clause ("make X do Y", "allow X to do Y", parsed as a clause of their own) comes about
#: as they do: "if we allow X to occupy Y" is as unreal as the allowing.
_CAUSATIVES = frozenset({"make", "let", "render", "allow", "permit", "enable", "keep"})  # ("keep it informed")


def assess(v, in_quote: bool = False, attempts_happen: bool = False) -> tuple[str, str, list[str]]:
    """(polarity, modality, cues) of the event whose trigger is the verb ``v``. ``attempts_happen``:
    an attempt to do it ("tried to seize the port") counts as done (acts of force)."""
    neg = _own_negation(v)
    mod, cues = _own_modality(v, bool(neg))
    cues = neg + cues
    if _not_until(v):
        neg, mod, cues = [], "asserted", cues + ["not until"]
    if is_listed_term(v):
        mod, cues = _max(mod, "intended"), cues + ["listed term"]
    hedge = [c.lower_ for c in v.children if c.dep_ == "advmod" and c.lower_ in HEDGES]
    if hedge:  # the trigger's own hedge only: "presumably he knew ..., so he left" still left
        mod, cues = _max(mod, "hypothetical"), cues + hedge
    node, depth = v, 0
    while node.dep_ != "ROOT" and depth < 6:
        dep, head = node.dep_, node.head
        if dep == "conj" and any(c.dep_ == "nsubj" for c in node.children) and _dated_by_itself(node):
            break  # "X said that Y would invade, and on 22 June Z declared ...": a clause of its own, dated
        hl = _cue_lemma(head)
        step = None
        if attempts_happen and dep == "advcl" and node.i > head.i and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in node.children) and any(
                c.dep_ in ("nsubjpass", "dobj", "nsubj") and (c.lemma_.lower() in ATTEMPT or (
                    hl == "do" and c.dep_ == "dobj" and c.lower_ in _UTMOST)) for c in head.children):
            cues = cues + [f"attempt:{head.lower_}"]  # "attempts were made to take the city": the parse's advcl
            # ("did their utmost to hold the bridge": the same)
        elif attempts_happen and hl in ATTEMPT and dep in ("xcomp", "acl") and node.i > head.i:
            cues = cues + [f"attempt:{head.lower_}"]  # "attempted to block", "attempts to take": made
            if dep == "acl" and head.head.pos_ in ("VERB", "AUX") and head.dep_ in ("dobj", "nsubjpass", "nsubj"):
                node, depth = head.head, depth + 1  # the verb of the attempt ("were made") decides its mood
                hmod, hcues = _own_modality(node, bool(_own_negation(node)))
                if hmod != "asserted":
                    mod, cues = _max(mod, hmod), cues + hcues
                continue
        elif any(c.dep_ == "mark" and c.lower_ == "for" for c in node.children) \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            step = "intended"  # "demanded ... for the king to move to Paris": what was wanted, not done
        elif dep in ("ccomp", "xcomp", "advcl") and (polite_wish(head) or (head.dep_ == "acomp"
                                                                           and polite_wish(head.head))):
            step = "intended"  # "would appreciate your informing the officers": what is asked for, not done
        elif dep == "ccomp" and hl in SPEECH and not (hl in INTENT_THAT and mandative(node)):
            step = "reported"
        elif dep == "xcomp" and hl == "be" and head.pos_ == "AUX" and node.i > head.i \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            step = "intended"  # "Banks was to capture Mobile", "they were to meet in May": a plan
        elif dep == "xcomp" and hl in EXPECT:
            step = "hypothetical"  # "are expected to enter", "is likely to accept", "seemed to agree"
        elif dep == "xcomp" and head.lemma_.lower() == "go" and head.tag_ == "VBG" and node.i > head.i \
                and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in head.children) \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            step = "intended"  # "the army was going to attack": a plan, not a deed told
        elif dep == "xcomp" and head.lower_ == "worth":
            step = "hypothetical"  # "it was not worth discussing": a deed weighed, not done
        elif dep == "xcomp" and hl == "call" and not any(c.dep_ in ("dobj", "prep", "dative") for c in head.children):
            step = None  # "called to see me": a visit paid, not a call upon somebody to act
        elif dep == "xcomp" and hl == "able" and head.head.lemma_.lower() == "be" and head.head.tag_ == "VBD":
            step = None  # "was able to force them": done, as "managed to" (but not "would be able to")
        elif dep == "xcomp" and hl == "decide" and head.tag_ == "VBD" and _on_a_day(node) \
                and not _dated_by_itself(head) and not _own_negation(head):
            step = None  # "decided to surrender on 2 January": the deed carries its own day, so it was done
        elif dep == "xcomp" and hl in _WON_OVER and head.tag_ == "VBD" and not _own_negation(head) \
                and not any(c.dep_ == "aux" for c in head.children):
            step = None  # "persuaded the Congress to authorize it": won over, the one persuaded did it
        elif dep == "xcomp" and hl == "vote" and not any(
                c.dep_ == "nsubj" and (c.tag_ == "CD" or any(d.dep_ == "nummod" for d in c.children))
                for c in head.children):
            step = None  # "the clergy voted to join them": a body that votes for its own deed does it (but
            #              "361 voted to execute the king" is a tally, the vote's count, not the deed)
        elif (dep == "xcomp" and hl in INTENT) or (dep == "ccomp" and hl in INTENT_THAT):
            step = "intended"
        elif dep == "xcomp" and head.pos_ == "ADJ" and hl not in _EMOTIVE \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            step = "intended"  # an infinitive hung on an adjective is an aim ("keen to act"), not a deed
        elif attempts_happen and hl in ATTEMPT:
            step = None
        elif dep == "advcl" and any(c.dep_ == "mark" and c.lower_ in _LIMIT_MARKS for c in node.children) \
                and node.i > head.i and ((_own_negation(head) and node.tag_ not in ("VBD", "VBN")) or any(
                    c.dep_ == "aux" and c.lower_ in _HYPO_MODALS | _FUTURE for c in head.children)):
            step = "hypothetical"  # "would not agree until X had been reached": a condition, not a deed
            # (but a past deed a denial runs up to happened: "met little opposition until stopped at X")
        elif dep == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("until", "till", "unless") for c in node.children) \
                and node.i > head.i and (node.tag_ in ("VBZ", "VBP") or any(
                    c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in node.children)):
            step = "hypothetical"  # "to continue the war until X is overthrown": a goal, told in the present
        elif (ranked := ranked_deed(node)) is not None and ranked.tag_ == "VBD" and not _own_negation(ranked):
            step = None  # "X was the first to sign", "the last to surrender": a place in a row of deeds done
        elif dep in ("acl", "advcl", "relcl", "csubj") and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            step = "intended"  # purpose: "to help China", "in order to gain time", "a delegation to meet them"
            # (and "To relieve the port, the general ordered ...", which the parser may read as a subject)
        elif dep == "acl" and hl in INTENT:
            step = "intended"
        elif dep in ("acl", "ccomp") and head.pos_ == "NOUN" and hl in BELIEF_NOUNS:
            step = "hypothetical"  # "the thought that ...", "the rumour that ..."
        elif dep in ("acl", "relcl", "ccomp") and head.lower_ in ("event", "eventuality") and head.dep_ == "pobj" \
                and head.head.lower_ == "in" and node.i > head.i:
            step = "hypothetical"  # "in the event that an announcement was made": a condition
        elif dep == "csubj" and unreal_predicate(head):
            step = "hypothetical"  # "allowing a victory became impossible": what could not be done
        elif dep == "ccomp" and hl == "be" and node.i > head.i and any(
                c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children) and any(
                c.dep_ == "acomp" and c.lemma_.lower() in IMPERSONAL for c in head.children):
            step = "hypothetical"  # "it is possible that ...", "it is desirable that ..."
        elif dep == "pcomp" and node.tag_ == "VBG" and head.dep_ == "prep" and head.head.pos_ == "NOUN" \
                and head.lower_ in ("of", "for", "about", "regarding", "concerning", "on"):
            step = "hypothetical"  # "the question of bringing the troops out": a topic, not a deed
        elif ((dep == "pcomp" and node.tag_ == "VBG") or (dep == "pobj" and node.pos_ == "NOUN")) \
                and head.dep_ == "prep" and head.lower_ in _ATTITUDE_PREPS \
                and head.head.pos_ == "ADJ" and head.head.lower_ in _ATTITUDES:
            step = "intended"  # "enthusiastic about supporting X", "wary of attacking", "fearful of reprisals":
            # a stance, not a deed
        elif dep == "pcomp" and node.tag_ == "VBG" and head.dep_ == "prep" \
                and head.lower_ in ("on", "upon", "of", "in") and _cue_lemma(head.head) in INTENT:
            step = "intended"  # "focused on capturing the city", "capable of defending itself": an aim, a capacity
        if dep in ("acl", "ccomp") and head.pos_ == "NOUN" and hl in REPORT_NOUNS and node.i > head.i:
            mod, cues = _max(mod, "reported"), cues + [f"reported:{head.lower_}"]
            break  # "reports that the cabinet agreed": what the sentence does with the reports is another matter
        if step:
            mod, cues = _max(mod, step), cues + [f"{step}:{head.lower_}"]
        if hl in _DENYING and (dep in ("xcomp", "pcomp", "pobj", "prep") or (dep == "ccomp" and hl == "deny")) \
                and not neg:  # "denied accepting the funds", "denied that he had met them": said not to be so
            neg, cues = [hl], cues + [hl]
        if dep not in ("conj", "xcomp", "ccomp", "advcl", "acl", "pcomp", "pobj", "prep", "acomp"):
            break
        if dep == "advcl" and node.tag_ == "VBG" and node.i > head.i and _dated_by_itself(node):
            break  # "decided to take the offensive, crossing the river on the 4th": a deed the text dates
        if step == "hypothetical" and hl == "be":
            break
        if dep == "ccomp" and hl not in SPEECH and hl not in INTENT_THAT and hl not in _CAUSATIVES:
            break  # an odd attachment; do not borrow the head's moods (but "would make X a move furthering Y":
            # what a causative would bring about is as unreal as the causing)
        lo, hi = sorted((node.i, head.i))
        if dep == "conj" and any(t.text in _QUOTE_MARKS for t in node.doc[lo:hi]):
            break  # a quotation closed in between: the conjunct is the narrator's again
        if dep == "xcomp" and not neg:
            hneg = _own_negation(head)
            if hneg:  # "did not want to help", "would never take the initiative to send"
                neg, cues = hneg, cues + hneg
        hmod, hcues = _own_modality(head, bool(_own_negation(head)))
        own_mark = {c.lower_ for c in node.children if c.dep_ == "mark"}
        head_mark = {c.lower_ for c in head.children if c.dep_ == "mark"}
        if dep == "conj" and "that" in own_mark and "that" not in head_mark:
            hcues, hmod = [], "asserted"  # "... if he would state X and that he had then stated Y": parallel clauses
        if hmod != "asserted" and dep != "advcl":
            mod, cues = _max(mod, hmod), cues + hcues
        node, depth = head, depth + 1
    if in_quote and mod == "asserted":
        mod, cues = "reported", cues + ["quotation"]
    return ("negative" if neg else "positive"), mod, cues
