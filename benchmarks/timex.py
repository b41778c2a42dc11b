#!/usr/bin/env python3
"""Temporal-expression benchmark: annalyst's time tagger and HeidelTime side by side, in one run.

Corpora (read-only, from ../shared/benchmarks):
* WikiWars (TIMEX3 via T2T3): 22 Wikipedia war narratives, tagged in *narrative* mode — the files' DCT is a
  2009 download date and must not anchor anything. Files 01–11 are the development half; 12–22 are reported
  separately as the untouched half.
* TempEval-3 platinum: 20 news documents, tagged in *news* mode with each file's DCT.

Scoring is ``../shared/tools/score_timex.py`` (relaxed F1, value accuracy, value F1, strict+value F1);
speed is words per second of tagging alone (texts already in memory; annalyst's best of ``--repeat`` passes,
default 3; the peer's JVM start-up excluded by timing its warm per-document cost reported with ``--timing``,
else wall time).

    .venv/bin/python benchmarks/timex.py                # both systems
    .venv/bin/python benchmarks/timex.py --no-peer      # annalyst only (peer columns from cache if present)
    .venv/bin/python benchmarks/timex.py --errors 40 --subset dev   # print annalyst's value errors

Outputs go to benchmarks/out/ (git-ignored).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TOOLS = SHARED / "tools"
OUT = ROOT / "benchmarks" / "out"
WW_GOLD = sorted((SHARED / "benchmarks" / "wikiwars" / "timex3_t2t3").glob("*.tml"))
TE3_GOLD = sorted((SHARED / "benchmarks" / "tempeval3" / "platinum").glob("*.tml"))

sys.path.insert(0, str(TOOLS))
sys.path.insert(0, str(ROOT))
import score_timex  # noqa: E402

from annalyst.time import tag_document  # noqa: E402


def export(gold: list[Path], name: str) -> Path:
    d = OUT / name
    score_timex.main(["export", *map(str, gold), "--out", str(d)])
    return d


def dcts(d: Path) -> dict[str, str]:
    out = {}
    for line in (d / "dct.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[1]:
            out[parts[0]] = parts[1]
    return out


#: annalyst's speed is the best of this many passes (the machine is shared; one pass can be unlucky).
REPEAT = 3


def run_annalyst(d: Path, news: bool, pred: Path) -> tuple[int, float]:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(d.glob("*.txt"))}
    dct = dcts(d) if news else {}
    words = sum(len(t.split()) for t in texts.values())
    dt = float("inf")
    for _ in range(max(1, REPEAT)):
        t0 = time.perf_counter()
        rows = []
        for doc, text in texts.items():
            for t in tag_document(text, doc, dct=dct.get(doc) if news else None):
                rows.append({"file": doc + ".txt", "start": t.start, "end": t.end, "text": t.text, "type": t.type,
                             "value": t.value, "mod": t.mod})
        dt = min(dt, time.perf_counter() - t0)
    pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return words, dt


def run_peer(d: Path, news: bool, pred: Path) -> tuple[int, float]:
    files = sorted(map(str, d.glob("*.txt")))
    words = sum(len(Path(f).read_text(encoding="utf-8").split()) for f in files)
    cmd = [sys.executable, str(TOOLS / "heideltime_peer.py"), *files, "--type", "news" if news else "narratives"]
    if news:
        cmd += ["--dct-tsv", str(d / "dct.tsv")]
    t0 = time.perf_counter()
    with open(pred, "w", encoding="utf-8") as fh:
        r = subprocess.run(cmd + ["--timing"], stdout=fh, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    wall = time.perf_counter() - t0
    if r.returncode != 0:
        raise SystemExit(f"heideltime peer failed: {r.stderr[-2000:]}")
    doc_ms = [float(line.split("\t")[2]) for line in r.stderr.splitlines() if line.startswith("timing\tDOC_MS")]
    return words, (sum(doc_ms) / 1000.0 if doc_ms else wall)


def score(gold: list[Path], pred: Path, n_errors: int = 0):
    docs = [score_timex.read_gold(str(g)) for g in gold]
    total, _, errors = score_timex.score(docs, score_timex.load_preds(str(pred)), False, n_errors)
    return total, errors


def row(name: str, t: dict) -> str:
    return (f"{name:28} {t['relaxed_F1']*100:6.1f} {t['value_acc_on_relaxed']*100:6.1f} "
            f"{t['value_F1(TE3=relaxed+value)']*100:6.1f} {t['strict_value_F1']*100:6.1f} {t['gold']:5d} {t['pred']:5d}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-peer", action="store_true", help="do not run HeidelTime (reuse cached predictions)")
    ap.add_argument("--errors", type=int, default=0, help="print N annalyst value/extent errors")
    ap.add_argument("--subset", default="dev", choices=["dev", "test", "all", "te3"])
    ap.add_argument("--repeat", type=int, default=REPEAT, help="annalyst speed: best of N tagging passes")
    a = ap.parse_args(argv)
    globals()["REPEAT"] = a.repeat
    OUT.mkdir(parents=True, exist_ok=True)
    ww, te3 = export(WW_GOLD, "ww"), export(TE3_GOLD, "te3")
    dev = [g for g in WW_GOLD if int(g.name[:2]) <= 11]
    test = [g for g in WW_GOLD if int(g.name[:2]) >= 12]
    speed = {}
    preds = {}
    for system, runner in (("annalyst", run_annalyst), ("HeidelTime", run_peer)):
        p_ww, p_te3 = OUT / f"ww_{system}.jsonl", OUT / f"te3_{system}.jsonl"
        if system == "HeidelTime" and (a.no_peer and p_ww.exists() and p_te3.exists()):
            preds[system] = (p_ww, p_te3)
            continue
        if system == "HeidelTime" and a.no_peer:
            continue
        w1, t1 = runner(ww, False, p_ww)
        w2, t2 = runner(te3, True, p_te3)
        speed[system] = (w1 + w2) / (t1 + t2)
        preds[system] = (p_ww, p_te3)
    print(f"{'system / corpus':28} {'relF1':>6} {'valAcc':>6} {'valF1':>6} {'str+v':>6} {'gold':>5} {'pred':>5}")
    for system, (p_ww, p_te3) in preds.items():
        for name, gold, pred in ((f"{system} WikiWars all", WW_GOLD, p_ww), (f"{system} WikiWars 01-11", dev, p_ww),
                                 (f"{system} WikiWars 12-22", test, p_ww), (f"{system} TE3 platinum", TE3_GOLD, p_te3)):
            t, _ = score(gold, pred)
            print(row(name, t))
    for system, wps in speed.items():
        how = f"best of {REPEAT} passes" if system == "annalyst" else "warm, one pass"
        print(f"{system:28} {wps:10.0f} words/s (tagging WikiWars + TE3, {how})")
    if len(speed) == 2:
        print(f"speed ratio annalyst/HeidelTime: {speed['annalyst'] / speed['HeidelTime']:.1f}x")
    if a.errors:
        gold = {"dev": dev, "test": test, "all": WW_GOLD, "te3": TE3_GOLD}[a.subset]
        pred = preds["annalyst"][1 if a.subset == "te3" else 0]
        _, errors = score(gold, pred, a.errors)
        for e in errors:
            print("ERR", json.dumps(e, ensure_ascii=False))


if __name__ == "__main__":
    main()
