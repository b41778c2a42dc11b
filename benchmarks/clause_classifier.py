"""Would a classifier learned from the gold find the events the rules miss? A cross-validated experiment.

The events stage is rules and a lexicon; on text it was never fitted to it finds about half the events a
careful annotator lists. The obvious next step is to learn from the gold itself (about 5,800 events over
~150 texts). This script measures what the simplest learned addition buys before anyone builds it in:

1. Every verb of every gold text is a candidate clause (the verb with its own words, embedded clauses cut
   off). A clause is labelled with the types of the required gold events whose quote contains its verb.
2. Features: the verb's lemma, tag and relation; its subject's, objects' and prepositional objects'
   lemmas and entity types; the clause's content words; the verb's WordNet class and near verbs (the same
   walk the lexicon's borrowing uses); the lexicon's type for the verb, when it has one.
3. One logistic regression per type, cross-validated by article (GroupKFold, 8 folds: all excerpts of a
   WikiWars article, the FRUS telegrams, each news text are one group), so no text is scored by a model
   that saw it or its article.
4. For each clause whose probability for a type passes a threshold, when annalyst has no event of that
   type there and the clause names an entity, an event is added: its subject's entities as source, its
   objects' as target, the date of annalyst's nearest event at or before it.
5. The corpus with the additions is scored by ``events.py``'s rules (dates checked, and not), pooled per
   family of splits, against annalyst alone.

It needs scikit-learn (``pip install -e '.[bench]'``); annalyst itself does not.

    .venv/bin/python benchmarks/clause_classifier.py [--thresholds 0.4,0.3,0.2]
"""
from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import events as bench  # noqa: E402

#: relations that open a clause of its own: its words are not the governing verb's
_OWN_CLAUSE = {"ccomp", "advcl", "relcl", "conj", "xcomp", "acl", "parataxis", "csubj", "pcomp"}
#: prepositions of setting (time, place, means): their objects are no party to the deed
_SETTING = {"in", "at", "on", "during", "after", "before", "by", "since", "until", "from"}
_FAMILIES = ("dev", "heldout", "wikiwars", "news")


def _group(key: str) -> str:
    """The cross-validation group of a gold text: its WikiWars article, "frus", or itself."""
    m = re.match(r"ww\d+", key)
    return m.group(0) if m else ("frus" if re.fullmatch(r"d\d+", key) else key)


def _clause(v) -> list:
    out, stack = [v], [c for c in v.children if not (c.dep_ in _OWN_CLAUSE and c.pos_ in ("VERB", "AUX"))]
    while stack:
        c = stack.pop()
        out.append(c)
        stack.extend(x for x in c.children if not (x.dep_ in _OWN_CLAUSE and x.pos_ in ("VERB", "AUX")))
    return out


def _word_features(lemma: str, lex, net, memo: dict) -> dict:
    """What the lexicon and WordNet say of a verb, the same for every clause it heads."""
    if lemma not in memo:
        f = {}
        senses = net.senses.get(lemma, ()) if net is not None else ()
        if senses:
            f["lexname=" + net.synset(senses[0])[2]] = 1
            f.update(("wn=" + w, 1) for w, _ in net.kin(lemma, 2))
        entry = lex.lookup(lemma, set(), set(), set())
        if entry is not None:
            f["lex=" + entry.type] = 1
        memo[lemma] = f
    return memo[lemma]


def clauses(corpus, keys: dict, texts: dict, gold: dict) -> list[dict]:
    """One row per verb clause of the gold texts: features, gold labels, the entities it names."""
    from annalyst import nlp as nlp_mod
    from annalyst.events import lexicon as lexicon_mod, wordnet
    nlp, lex, net, memo = nlp_mod.load(), lexicon_mod.load(), wordnet.network(), {}
    mentions = defaultdict(list)
    for m in corpus.mentions:
        if m.entity:
            mentions[m.document].append(m)
    rows = []
    for key, did in keys.items():
        text = texts[key]
        quotes = [(i, i + len(g["sentence"]), g["type"]) for g in gold["events"]
                  if g["doc"] == key and not g.get("optional") and (i := text.find(g["sentence"])) >= 0]

        def entities(heads, off):
            spans = [(off + min(x.idx for x in h.subtree), off + max(x.idx + len(x) for x in h.subtree)) for h in heads]
            return list(dict.fromkeys(m.entity for m in mentions[did] for a, b in spans if a <= m.start and m.end <= b))

        for off, para in nlp_mod.chunks(text):
            for v in nlp(para):
                if v.pos_ != "VERB" or v.dep_ in ("aux", "auxpass", "amod", "compound"):
                    continue
                words, lemma = _clause(v), v.lemma_.lower()
                f = {"v=" + lemma: 1, "tag=" + v.tag_: 1, "dep=" + v.dep_: 1}
                f.update(_word_features(lemma, lex, net, memo))
                subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
                objs = [c for c in v.children if c.dep_ in ("dobj", "attr", "oprd")]
                passive = any(c.dep_ == "nsubjpass" for c in subj)
                f.update({"passive": int(passive), "neg": int(any(c.dep_ == "neg" for c in v.children))})
                for s in subj:
                    f["s=" + s.lemma_.lower()] = f["sent=" + (s.ent_type_ or "-")] = 1
                for o in objs:
                    f["o=" + o.lemma_.lower()] = f["vo=" + lemma + "|" + o.lemma_.lower()] = 1
                    f["oent=" + (o.ent_type_ or "-")] = 1
                pobjs = []
                for c in v.children:
                    if c.dep_ in ("prep", "agent", "dative", "prt"):
                        f["p=" + c.lower_] = f["vp=" + lemma + "|" + c.lower_] = 1
                        for p in c.children:
                            if p.dep_ == "pobj":
                                f["pp=" + c.lower_ + "|" + p.lemma_.lower()] = f["pent=" + (p.ent_type_ or "-")] = 1
                                if c.dep_ in ("prep", "dative") and c.lower_ not in _SETTING:
                                    pobjs.append(p)
                f.update(("w=" + x.lemma_.lower(), 1) for x in words
                         if x is not v and x.pos_ in ("NOUN", "VERB", "ADJ", "ADV", "ADP"))
                agents = [p for c in v.children if c.dep_ == "agent" for p in c.children]
                source = entities(agents if passive else subj, off)
                target = entities((subj if passive else []) + objs + pobjs, off)
                at = off + v.idx
                rows.append({"doc": key, "did": did, "features": f, "trigger": v.text,
                             "start": off + min(x.idx for x in words),
                             "end": off + max(x.idx + len(x) for x in words), "at": at, "at_end": at + len(v),
                             "labels": {t for a, b, t in quotes if a <= at < b},
                             "source": source, "target": [t for t in target if t not in source]})
    return rows


def cross_validated(rows: list[dict], types: list[str]):
    """Each row's probability for each type from models that never saw its article."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold
    x = DictVectorizer().fit_transform([r["features"] for r in rows])
    y = np.array([[t in r["labels"] for t in types] for r in rows], dtype=int)
    p = np.zeros(y.shape)
    for train, test in GroupKFold(n_splits=8).split(x, y, [_group(r["doc"]) for r in rows]):
        for j in range(len(types)):
            if y[train, j].sum() >= 5:
                model = LogisticRegression(max_iter=2000).fit(x[train], y[train, j])
                p[test, j] = model.predict_proba(x[test])[:, 1]
    return p


def with_additions(corpus, rows, probs, types, threshold: float):
    """The corpus plus one event per clause and type the classifier is sure enough of (see module doc)."""
    from annalyst.model import Event
    facts = defaultdict(list)
    for e in sorted(corpus.events, key=lambda e: e.trigger_start or 0):
        if bench.is_fact(e):
            facts[e.document].append(e)
    out = copy.copy(corpus)
    out.events = list(corpus.events)
    for r, p in zip(rows, probs):
        if not (r["source"] or r["target"]):
            continue
        known = facts[r["did"]]
        for t, prob in zip(types, p):
            if prob < threshold or any(e.type == t and r["start"] <= (e.trigger_start or -1) < r["end"] for e in known):
                continue
            dated = [e for e in known if (e.trigger_start or 0) < r["end"] and e.date]
            out.events.append(Event(id=f"learned-{len(out.events)}", document=r["did"], start=r["start"], end=r["end"],
                                    type=t, trigger=r["trigger"], trigger_start=r["at"], trigger_end=r["at_end"],
                                    date=dated[-1].date if dated else None, source=r["source"], target=r["target"],
                                    rule="learned", confidence=float(prob)))
    return out


def pooled(corpus, gold, keys, check_date: bool) -> dict[str, tuple[float, float, int]]:
    """Recall and precision per family of splits (precision leaves out matches of optional gold)."""
    out = {}
    for family in _FAMILIES:
        total = defaultdict(int)
        for split, members in gold["splits"].items():
            if split.startswith(family):
                for r in bench.score(corpus, gold, {k: keys[k] for k in members}, check_date)[0].values():
                    for k, v in r.items():
                        total[k] += v
        if total["gold"]:
            out[family] = (total["found"] / total["gold"], total["right"] / max(1, total["pred"] - total["optional"]),
                           total["pred"])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--thresholds", default="0.5,0.4,0.3,0.2", help="probabilities from which an event is added")
    args = ap.parse_args()
    try:
        import sklearn  # noqa: F401
    except ImportError:
        sys.exit("scikit-learn is needed: pip install -e '.[bench]'")
    import annalyst
    gold = json.loads(bench.GOLD.read_text(encoding="utf-8"))
    paths = bench.document_paths(gold["documents"])
    corpus = annalyst.extract([str(p) for p in paths.values()])
    keys = {k: next(d.id for d in corpus.documents if Path(d.source).name == p.name) for k, p in paths.items()}
    texts = {k: next(d.text for d in corpus.documents if d.id == keys[k]) for k in paths}
    rows = clauses(corpus, keys, texts, gold)
    types = sorted({g["type"] for g in gold["events"]})
    probs = cross_validated(rows, types)
    print(f"# {len(rows)} verb clauses, {sum(bool(r['labels']) for r in rows)} holding a required gold event")
    for check in (True, False):
        print(f"\n## {'type + date + participant' if check else 'type + participant (dates unchecked)'}: "
              "recall / precision (predictions) per family")
        print(f"{'':18}" + "".join(f"{f:>24}" for f in _FAMILIES))
        runs = [("annalyst", corpus)] + [(f"+ learned >= {t}", with_additions(corpus, rows, probs, types, float(t)))
                                         for t in args.thresholds.split(",")]
        for label, c in runs:
            scores = pooled(c, gold, keys, check)
            print(f"{label:18}" + "".join(f"{'%.3f / %.3f (%d)' % scores[f]:>24}" if f in scores else f"{'':>24}"
                                          for f in _FAMILIES))


if __name__ == "__main__":
    main()
