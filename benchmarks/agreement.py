"""How far two people annotating the same text agree, scored as ``events.py`` scores annalyst.

A system's figures mean little without the ceiling people reach on the same task: if a second careful
annotator, following the same conventions and never seeing the first one's list, finds only 70% of the
first one's events, a recall of 0.8 asks more of the system than of a person. This script takes a second,
independent annotation of excerpts the gold already covers (``tests/fixtures/events/second_annotations.json``,
same format as the gold's events) and scores it against the gold exactly as the benchmark scores
annalyst's output: the same type, a date that matches (``events.date_match``) and at least one participant
named alike (``events.names_match``), each gold event found at most once (one-to-one matching), events
the gold marks optional neither required nor counted against precision.

The second annotator writes a list of acceptable dates where the text is vague, as the gold does; a
system gives one value. Both readings are printed: "first value" takes the second annotator's first
value as its answer (as strict as a system is held to), "any value" accepts a match of any of them.

    .venv/bin/python benchmarks/agreement.py [--system]

``--system`` also runs annalyst on the same excerpts and prints its scores beside the annotator's.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import events as bench  # noqa: E402  (the benchmark's own matching rules)

SECOND = bench.ROOT / "tests" / "fixtures" / "events" / "second_annotations.json"


def _dates(value) -> list:
    return value if isinstance(value, list) else [value]


def _names_alike(second: dict, gold: dict) -> bool:
    alts = [a for p in second["participants"] for a in p.split("|")]
    return any(bench.names_match(a, g) for a in alts for g in gold["participants"])


def _matches(second: dict, gold: dict, any_value: bool) -> bool:
    if second["type"] != gold["type"]:
        return False
    if not gold.get("optional"):
        values = _dates(second.get("date")) if any_value else _dates(second.get("date"))[:1]
        if not any(bench.date_match(v, gold.get("date")) for v in values):
            return False
    return _names_alike(second, gold)


def _one_to_one(required: list[dict], predicted: list[dict], any_value: bool) -> int:
    """How many required gold events each find a second-annotator event of their own (the benchmark's matching)."""
    return len(bench.one_to_one([[j for j, p in enumerate(predicted) if p["doc"] == g["doc"] and _matches(p, g, any_value)]
                                 for g in required]))


def agreement(gold_events: list[dict], second: list[dict], docs: set[str], any_value: bool) -> Counter:
    """Counts for recall (gold required found) and precision (second's events right, optional, wrong)."""
    golds = [g for g in gold_events if g["doc"] in docs]
    required = [g for g in golds if not g.get("optional")]
    predicted = [p for p in second if p["doc"] in docs]
    c = Counter(gold=len(required), found=_one_to_one(required, predicted, any_value), pred=len(predicted))
    for p in predicted:
        hits = [g for g in golds if g["doc"] == p["doc"] and _matches(p, g, any_value)]
        c["right" if any(not g.get("optional") for g in hits) else "optional" if hits else "wrong"] += 1
    return c


def _line(label: str, c: Counter) -> str:
    scored = c["pred"] - c["optional"]
    return (f"{label:34} gold {c['gold']:4}  found {c['found']:4}  recall {c['found'] / max(1, c['gold']):.2f}  "
            f"predicted {c['pred']:4}  right {c['right']:4}  optional {c['optional']:3}  "
            f"precision {c['right'] / max(1, scored):.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--second", type=Path, default=SECOND, help="the second annotation (JSON with 'events')")
    ap.add_argument("--system", action="store_true", help="also score annalyst on the same excerpts")
    args = ap.parse_args()
    gold = json.loads(bench.GOLD.read_text(encoding="utf-8"))
    second = json.loads(args.second.read_text(encoding="utf-8"))["events"]
    docs = sorted({p["doc"] for p in second})
    unknown = [d for d in docs if d not in gold["documents"]]
    if unknown:
        sys.exit(f"documents not in the gold: {', '.join(unknown)}")
    corpus = None
    if args.system:
        import annalyst
        paths = bench.document_paths({d: gold["documents"][d] for d in docs})
        corpus = annalyst.extract([str(p) for p in paths.values()], strict=True)
        ids = {k: next(d.id for d in corpus.documents if Path(d.source).name == p.name) for k, p in paths.items()}
    for label, group in [(d, [d]) for d in docs] + ([("ALL", docs)] if len(docs) > 1 else []):
        print(f"\n# {label}")
        for any_value in (False, True):
            print(_line(f"second annotator ({'any value' if any_value else 'first value'})",
                        agreement(gold["events"], second, set(group), any_value)))
        if corpus is not None:
            rows = bench.score(corpus, gold, {k: ids[k] for k in group}, True)[0]
            tot = Counter()
            for r in rows.values():
                tot.update(r)
            print(_line("annalyst", tot))


if __name__ == "__main__":
    main()
