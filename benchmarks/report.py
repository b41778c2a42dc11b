"""Report load time and view switching in headless Chromium, on the seed, FRUS and a ~300-document corpus.

The large corpus is the FRUS volume's 36 documents read once through the pipeline and then copied
under new document ids until it holds ``--docs`` documents (entities are shared, as they would be in a
real corpus that keeps naming the same people). Prints, for each corpus: HTML size, time to write the
report, time until the first view is ready (target < 2 s), and the time to open every other view.
Timings live here, never in the tests.

    .venv/bin/python benchmarks/report.py [--docs 300] [--runs 3] [--keep DIR]
"""
from __future__ import annotations

import argparse
import dataclasses
import shutil
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "corpus" / "seed" / "peace-talks-4.txt"
FRUS = ROOT.parent / "shared" / "corpus" / "frus-1938-v03" / "text"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# Open a view by its hash and wait until the browser has painted it (two animation frames).
_OPEN = """async (hash) => {
  const t0 = performance.now();
  location.hash = hash;
  await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  return performance.now() - t0;
}"""


def replicate(corpus, n_docs: int):
    """``corpus`` copied under new document (and event) ids until it has ``n_docs`` documents."""
    from annalyst.model import Corpus

    base = corpus.documents
    out = Corpus(entities=list(corpus.entities))
    k = 0
    while len(out.documents) < n_docs:
        keep = {d.id for d in base[: n_docs - len(out.documents)]}
        ren = {d: f"{d}~{k}" if k else d for d in keep}
        out.documents += [dataclasses.replace(d, id=ren[d.id]) for d in base if d.id in keep]
        out.mentions += [dataclasses.replace(m, document=ren[m.document]) for m in corpus.mentions if m.document in keep]
        out.timexes += [dataclasses.replace(t, document=ren[t.document]) for t in corpus.timexes if t.document in keep]
        out.sentences += [dataclasses.replace(s, document=ren[s.document]) for s in corpus.sentences
                          if s.document in keep]
        out.events += [dataclasses.replace(e, id=f"{e.id}~{k}", document=ren[e.document]) for e in corpus.events
                       if e.document in keep]
        k += 1
    return out


def measure(browser, path: Path, runs: int) -> dict:
    ready, views = [], {}
    for _ in range(runs):
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(path.as_uri(), wait_until="load", timeout=60000)
        page.wait_for_function("() => window.annalystReady === true", timeout=60000)
        # From navigation start to the first view drawn (our script sets annalystReady at its end).
        page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        ready.append(page.evaluate("performance.now()"))
        first_doc = page.evaluate("window.annalystViews && document.querySelectorAll('#views .doc-text').length")
        for hash_ in ("#network", "#map", "#entities", "#entity/0", "#sources", "#source/1/0-40", "#timeline"):
            views.setdefault(hash_, []).append(page.evaluate(_OPEN, hash_))
        docs_drawn = page.evaluate("document.querySelectorAll('#views .doc-text').length")
        if errors:
            raise SystemExit(f"{path}: page errors: {errors}")
        if first_doc or docs_drawn != 1:
            raise SystemExit(f"{path}: the source view drew {docs_drawn} documents; it must draw one at a time")
        page.close()
    return {"ready_ms": min(ready), "views_ms": {k: min(v) for k, v in views.items()}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300, help="documents in the large synthetic corpus")
    ap.add_argument("--runs", type=int, default=3, help="best of N page loads")
    ap.add_argument("--keep", type=Path, help="write the reports here instead of a temporary directory")
    args = ap.parse_args()

    import annalyst
    from annalyst.report import write_report
    from playwright.sync_api import sync_playwright

    t0 = time.perf_counter()
    seed = annalyst.extract([str(SEED)])
    frus = annalyst.extract(sorted(str(p) for p in FRUS.glob("*.txt")))
    print(f"extraction: {time.perf_counter() - t0:.1f} s (seed + {len(frus.documents)} FRUS documents)")
    corpora = {"seed": seed, "frus": frus, f"frus-x{args.docs}": replicate(frus, args.docs)}

    tmp = Path(tempfile.mkdtemp(prefix="annalyst-report-bench-"))
    out_dir = args.keep or tmp
    out_dir.mkdir(parents=True, exist_ok=True)
    rows = []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM if Path(CHROMIUM).exists()
                                         else shutil.which("chromium"), args=ARGS)
            for name, corpus in corpora.items():
                t0 = time.perf_counter()
                path = write_report(corpus, out_dir / f"report-{name}.html").resolve()
                write_s = time.perf_counter() - t0
                m = measure(browser, path, args.runs)
                rows.append((name, corpus, path.stat().st_size, write_s, m))
            browser.close()
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)

    print(f"\n{'corpus':<14}{'docs':>6}{'events':>8}{'MB':>7}{'write s':>9}{'ready ms':>10}  views (ms)")
    for name, c, size, write_s, m in rows:
        views = "  ".join(f"{k}={v:.0f}" for k, v in m["views_ms"].items())
        flag = "" if m["ready_ms"] < 2000 else "  (over the 2 s target)"
        print(f"{name:<14}{len(c.documents):>6}{len(c.events):>8}{size / 1e6:>7.1f}{write_s:>9.2f}"
              f"{m['ready_ms']:>10.0f}  {views}{flag}")


if __name__ == "__main__":
    main()
