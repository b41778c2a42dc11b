"""Events benchmark: precision and recall by type against tests/fixtures/events/gold.json.

Not a test: prints tables. An event counts right when its type, its date and at least one
participant match a gold event (see the gold file's "about"). Recall matches gold and predicted events
one to one (one prediction finds at most one gold event); a prediction counts right for precision when
it matches any gold event (a retelling of one event is not an error). Also prints how the stage treats
statements that must not come out as plain facts, and the share of pipeline time spent on events.

    .venv/bin/python benchmarks/events.py [--oracle-time]

The gold's "splits" name the dev documents (read while developing), earlier held-out splits (since
studied: now seen) and the split the gold's "unseen" names (chosen by a fixed rule before development and
annotated at its end); each split gets its own tables. The unseen split is scored only with ``--unseen``,
and ``-v`` lists misses and false positives for all but it, so that it stays unseen while tuning.

Only events the system states as facts are scored for P/R (polarity positive, modality asserted or
reported); negated, hypothetical and intended ones are checked in the second table.

The first line printed names the code scored: the ``annalyst`` package this script imports is always
the one in the checkout it sits in (its folder goes first on ``sys.path``, ahead of PYTHONPATH), so to
score another commit, run that commit's checkout (a ``git worktree``) with its own copy of the script.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus"
GOLD = ROOT / "tests" / "fixtures" / "events" / "gold.json"

import annalyst  # noqa: E402
from annalyst.pipeline import Timings  # noqa: E402


def _tokens(name: str) -> set[str]:
    return set(re.sub(r"[^\w\s-]", " ", name.lower()).replace("the ", " ").split())


def names_match(alias: str, gold: str) -> bool:
    """An entity alias names a gold participant when its words are among the gold name's words."""
    a = _tokens(alias)
    return bool(a) and any(a <= _tokens(alt) for alt in gold.split("|"))


_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def _week_days(value: str) -> list[str]:
    """The days of an ISO week value ("1937-W52"), Monday to Sunday, Thursday (which names the week's
    month) fourth."""
    import datetime as dt
    m = _WEEK.match(value)
    if not m:
        return []
    monday = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    return [(monday + dt.timedelta(days=i)).isoformat() for i in range(7)]


def date_match(pred, gold) -> bool:
    if gold is None:
        return True
    golds = gold if isinstance(gold, list) else [gold]
    for g in golds:
        if pred is None:
            continue
        days = _week_days(pred)
        if days and ((len(g) == 7 and days[3].startswith(g)) or g in days):
            return True  # a week matches its month (by its Thursday) or a day within it
        if len(pred) >= len(g) and pred.startswith(g):
            return True
        if len(pred) >= 10 and g.startswith(pred):
            return True
    return False


def is_fact(ev) -> bool:
    return ev.polarity == "positive" and ev.modality in ("asserted", "reported")


def participants_match(ev, gold, aliases) -> bool:
    """A named participant (an entity's name or spelling) or a described one ("my informant": the
    phrase without its article) names a gold participant, compared by words in the same way."""
    ids = list(ev.source) + list(ev.target)
    names = [a for i in ids for a in aliases.get(i, ())] + [d.text for d in ev.described]
    return any(names_match(a, g) for a in names for g in gold["participants"])


def matches(ev, gold, aliases, *, check_date=True) -> bool:
    if ev.type != gold["type"]:
        return False
    if check_date and not gold.get("optional") and not date_match(ev.date, gold["date"]):
        return False
    return participants_match(ev, gold, aliases)


def _one_to_one(required, by_doc, aliases, check_date) -> set[int]:
    """Gold events found, each by a prediction of its own: one prediction never counts for several gold
    events ("X said" once cannot stand for five statements of X on one day)."""
    return one_to_one([[(g["doc"], j) for j, e in enumerate(by_doc[g["doc"]])
                        if matches(e, g, aliases, check_date=check_date)] for g in required])


def one_to_one(cands: list[list]) -> set[int]:
    """The indices of the gold events that get a prediction of their own, given each one's candidate
    predictions (any hashable ids): a maximum bipartite matching, by Kuhn's augmenting paths."""
    owner: dict = {}

    def augment(i: int, seen: set) -> bool:
        for c in cands[i]:
            if c in seen:
                continue
            seen.add(c)
            if c not in owner or augment(owner[c], seen):
                owner[c] = i
                return True
        return False

    for i in range(len(cands)):
        augment(i, set())
    return set(owner.values())


def score(corpus, gold, doc_ids, check_date=True):
    aliases = {e.id: [e.name, *e.aliases] for e in corpus.entities}
    by_doc = {k: [e for e in corpus.events if e.document == doc_ids[k] and is_fact(e)] for k in doc_ids}
    rows: dict[str, Counter] = {}
    missed, wrong, optional = [], [], []
    required = [g for g in gold["events"] if not g.get("optional") and g["doc"] in doc_ids]
    found = _one_to_one(required, by_doc, aliases, check_date)
    for i, g in enumerate(required):
        r = rows.setdefault(g["type"], Counter())
        r["gold"] += 1
        if i in found:
            r["found"] += 1
        else:
            missed.append(g)
    for k, evs in by_doc.items():
        golds = [g for g in gold["events"] if g["doc"] == k]
        for e in evs:
            r = rows.setdefault(e.type, Counter())
            r["pred"] += 1
            hits = [g for g in golds if matches(e, g, aliases, check_date=check_date)]
            if any(not g.get("optional") for g in hits):
                r["right"] += 1
            elif hits:
                r["optional"] += 1
                optional.append(e)
            else:
                wrong.append(e)
    return rows, missed, wrong, optional


def nonfact_table(corpus, gold, doc_ids, texts):
    ok = bad = absent = 0
    lines = []
    for n in gold["nonfacts"]:
        if n["doc"] not in doc_ids:
            continue
        text = texts[n["doc"]]
        at = text.find(n["sentence"])
        lo, hi = at, at + len(n["sentence"])
        evs = [e for e in corpus.events if e.document == doc_ids[n["doc"]] and e.trigger == n["trigger"]
               and lo <= e.trigger_start < hi]
        if not evs:
            absent += 1
            lines.append(f"  (not extracted)   {n['sentence']}")
            continue
        e = evs[0]
        want_neg = n.get("polarity") == "negative"
        good = (e.polarity == "negative") if want_neg else (e.modality == n.get("modality"))
        good = good or not is_fact(e)  # not asserted as a plain fact is what matters most
        ok += good
        bad += not good
        lines.append(f"  {'ok ' if good else 'BAD'} {e.polarity:8} {e.modality:12} {n['sentence']}")
    return ok, bad, absent, lines


def print_table(label, rows) -> None:
    print(f"\n## {label}")
    print(f"{'type':10} {'gold':>5} {'found':>5} {'recall':>7} {'pred':>5} {'right':>5} {'opt':>4} {'prec':>6} {'strict':>7}")
    tot = Counter()
    for t in sorted(rows):
        r = rows[t]
        tot.update(r)
        rec = r["found"] / r["gold"] if r["gold"] else float("nan")
        scored = r["pred"] - r["optional"]
        prec = r["right"] / scored if scored else float("nan")
        strict = r["right"] / r["pred"] if r["pred"] else float("nan")
        print(f"{t:10} {r['gold']:5} {r['found']:5} {rec:7.2f} {r['pred']:5} {r['right']:5} {r['optional']:4} {prec:6.2f} {strict:7.2f}")
    scored = tot["pred"] - tot["optional"]
    print(f"{'ALL':10} {tot['gold']:5} {tot['found']:5} {tot['found'] / max(1, tot['gold']):7.2f} {tot['pred']:5} "
          f"{tot['right']:5} {tot['optional']:4} {tot['right'] / max(1, scored):6.2f} {tot['right'] / max(1, tot['pred']):7.2f}")


def oracle_timexes(corpus, gold):
    """Replace stub/real timexes by none: not used (kept for symmetry with --oracle-time)."""
    return corpus


def document_paths(documents: dict[str, str]) -> dict[str, Path]:
    """Gold document id -> file: a path under ../shared/corpus, "wikiwars:<id>" for an excerpt that
    ``wikiwars_excerpts.py`` writes from ../shared, "te3:<id>" for a news text that ``te3_texts.py``
    writes from ../shared, or "frusvol:<id>" for a FRUS document ``frus_volume.py`` writes from a local copy of
    its TEI volume, left out when there is none (no text is kept in this repo)."""
    written = {}
    if any(v.startswith("wikiwars:") for v in documents.values()):
        from wikiwars_excerpts import write_excerpts
        written.update({f"wikiwars:{k}": p for k, p in write_excerpts().items()})
    if any(v.startswith("te3:") for v in documents.values()):
        from te3_texts import write_texts
        written.update({f"te3:{k}": p for k, p in write_texts().items()})
    volume = [v.split(":", 1)[1] for v in documents.values() if v.startswith("frusvol:")]
    if volume:
        from frus_volume import write_documents
        written.update({f"frusvol:{k}": p for k, p in write_documents(volume).items()})
    return {k: written[v] if v in written else CORPUS / v for k, v in documents.items()
            if not v.startswith("frusvol:") or v in written}  # (a volume's documents only with the volume at hand)


def code_scored() -> str:
    """The package scored and the commit of its checkout (with '+changes' when its files differ from
    that commit), so that a comparison between two versions shows which one each run measured."""
    import subprocess
    where = Path(annalyst.__file__).resolve().parent
    def git(*cmd: str) -> str:
        try:
            return subprocess.run(["git", "-C", str(where), *cmd], capture_output=True, text=True,
                                  check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return ""
    commit = git("rev-parse", "--short", "HEAD") or "unknown commit"
    changed = git("status", "--porcelain", "--", ".")
    return f"{where} at {commit}{' +changes' if changed else ''}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-date", action="store_true", help="also show scores with dates unchecked")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and false positives (dev only)")
    ap.add_argument("--heldout-details", action="store_true",
                    help="also list them for the unseen documents (not while developing: do not tune on them)")
    ap.add_argument("--unseen", action="store_true",
                    help="also score the unseen split (the gold's 'unseen'): run once, after annotating it")
    args = ap.parse_args()
    print(f"# code scored: {code_scored()}")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    paths = document_paths(gold["documents"])
    timings = Timings()
    t0 = time.perf_counter()
    corpus = annalyst.extract([str(p) for p in paths.values()], timings=timings, strict=True)  # a crash is no score
    total = time.perf_counter() - t0
    doc_ids = {}
    for k, p in paths.items():
        d = next(d for d in corpus.documents if Path(d.source).name == p.name)
        doc_ids[k] = d.id
    texts = {k: next(d.text for d in corpus.documents if d.id == doc_ids[k]) for k in paths}

    splits = gold.get("splits") or {"dev": list(doc_ids)}
    unseen = gold.get("unseen", "heldout")
    unseen = {unseen} if isinstance(unseen, str) else set(unseen)
    for split, keys in splits.items():
        if any(k not in doc_ids for k in keys):
            print(f"\n# {split}: {', '.join(keys)} (not scored: its texts are not at hand; see frus_volume.py)")
            continue
        if split in unseen and not args.unseen:
            print(f"\n# {split}: {', '.join(keys)} (unseen: not scored; --unseen)")
            continue
        ids = {k: doc_ids[k] for k in keys}
        details = args.verbose and (split not in unseen or args.heldout_details)
        print(f"\n# {split}: {', '.join(keys)}")
        for label, check in (("type + date + participant", True),) + ((("type + participant (dates unchecked)", False),) if args.no_date else ()):
            rows, missed, wrong, optional = score(corpus, gold, ids, check)
            print_table(label, rows)
            if details:
                names = {e.id: e.name for e in corpus.entities}
                show = lambda e: (f"  {e.type:9} {e.date} {[names[i] for i in e.source]}->{[names[i] for i in e.target]}"
                                  + "".join(f" {d.role}~{d.text!r}" for d in e.described)
                                  + f"  {e.text[:80]!r}")
                print("missed:")
                for g in missed:
                    print(f"  {g['doc']:5} {g['type']:9} {g['date']}  {g['sentence']}")
                print("false positives:")
                for e in wrong:
                    print(show(e))
                print("matching optional gold (strict precision counts these wrong):")
                for e in optional:
                    print(show(e))
        ok, bad, absent, lines = nonfact_table(corpus, gold, ids, texts)
        n = sum(1 for x in gold["nonfacts"] if x["doc"] in ids)
        print(f"\n## not plain facts: {ok} marked, {bad} asserted as fact, {absent} not extracted (of {n})")
        if details:
            print("\n".join(lines))
    ev = timings.seconds.get("events", 0.0)
    print(f"\n## time: events {ev:.3f}s of {total:.2f}s pipeline ({100 * ev / total:.1f}%); "
          + ", ".join(f"{k} {v:.2f}s" for k, v in sorted(timings.seconds.items())))


if __name__ == "__main__":
    main()
