"""Throughput: annalyst's whole pipeline vs bare spaCy ``nlp.pipe`` on the same paragraphs.

The seed chapter repeated 30 times (~44k words) as one document, in one run. Prints words/s of
each, the ratio (target: annalyst >= 0.8 of bare spaCy) and where annalyst's time goes per stage.

    .venv/bin/python benchmarks/throughput.py [--repeat 30] [--runs 2]
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

SEED = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "seed" / "peace-talks-4.txt"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--runs", type=int, default=2, help="best of N runs for each system")
    args = ap.parse_args()

    import annalyst
    from annalyst import nlp as nlp_mod
    from annalyst.pipeline import Timings

    text = "\n".join([SEED.read_text(encoding="utf-8")] * args.repeat)
    words = len(text.split())
    nlp = nlp_mod.load()
    paragraphs = [p for _, p in nlp_mod.chunks(text)]
    nlp("warm up")

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "seed-x.txt"
        path.write_text(text, encoding="utf-8")
        best_spacy = best_ann = float("inf")
        best_timings = None
        for _ in range(args.runs):
            t0 = time.perf_counter()
            for _doc in nlp.pipe(paragraphs, batch_size=64):
                pass
            best_spacy = min(best_spacy, time.perf_counter() - t0)
            timings = Timings()
            t0 = time.perf_counter()
            corpus = annalyst.extract([str(path)], timings=timings)
            dt = time.perf_counter() - t0
            if dt < best_ann:
                best_ann, best_timings = dt, timings

    print(f"corpus: seed x {args.repeat} = {words:,} words, {len(paragraphs)} paragraphs")
    print(f"{'system':<14}{'seconds':>10}{'words/s':>12}")
    print(f"{'bare spaCy':<14}{best_spacy:>10.2f}{words / best_spacy:>12,.0f}")
    print(f"{'annalyst':<14}{best_ann:>10.2f}{words / best_ann:>12,.0f}")
    print(f"ratio annalyst/spaCy throughput: {best_spacy / best_ann:.2f}  (target >= 0.80)")
    print("annalyst stages (seconds, share of run):")
    for stage, s in sorted(best_timings.seconds.items(), key=lambda kv: -kv[1]):
        print(f"  {stage:<12}{s:>8.2f}  {s / best_ann:>6.1%}")
    print(f"found: {len(corpus.entities)} entities, {len(corpus.mentions)} mentions, "
          f"{len(corpus.timexes)} timexes, {len(corpus.events)} events")


if __name__ == "__main__":
    main()
