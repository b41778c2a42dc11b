"""The command line: the commands a user types, their output and exit codes."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from contract_check import check_contract

ROOT = Path(__file__).resolve().parent.parent


def run(*args, **kw):
    exe = Path(sys.executable).parent / "annalyst"
    return subprocess.run([str(exe), *map(str, args)], capture_output=True, text=True, cwd=ROOT, **kw)


def test_cli_extract_prints_the_contract(seed_path, seed_export):
    r = run("extract", seed_path, "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    check_contract(data)
    assert data == json.loads(json.dumps(seed_export))


def test_cli_build_then_export_equals_extract(seed_path, seed_export, tmp_path):
    r = run("build", seed_path, "--out", tmp_path / "out")
    assert r.returncode == 0, r.stderr
    assert "documents" in r.stdout and "entities" in r.stdout and "events" in r.stdout
    assert (tmp_path / "out" / "annalyst.sqlite").exists()
    r = run("export", tmp_path / "out", "--format", "json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == json.loads(json.dumps(seed_export))


def test_cli_jsonl_has_one_record_per_line(seed_path, seed_export):
    r = run("extract", seed_path, "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    recs = [json.loads(line) for line in r.stdout.splitlines() if line.strip()]
    kinds = {k: sum(1 for x in recs if x["record"] == k) for k in ("document", "entity", "mention", "timex")}
    assert kinds == {"document": 1, "entity": len(seed_export["entities"]),
                     "mention": len(seed_export["mentions"]), "timex": len(seed_export["timexes"])}


def test_cli_bad_file_is_one_line_and_exit_1(tmp_path, seed_path):
    bad = tmp_path / "bin.txt"
    bad.write_bytes(b"\x00\x00garbage")
    r = run("extract", bad, seed_path)
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    lines = [line for line in r.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "bin.txt" in lines[0] and "binary content" in lines[0]
    assert len(json.loads(r.stdout)["documents"]) == 1  # the good file was still processed


def test_cli_strict_and_missing(tmp_path, seed_path):
    r = run("extract", tmp_path / "missing.txt", seed_path, "--strict")
    assert r.returncode == 1 and "missing.txt" in r.stderr and "no such file" in r.stderr
    assert r.stdout == "" and "Traceback" not in r.stderr


@pytest.mark.parametrize("args", [["extract"], ["extract", "x.txt", "--format", "xml"],
                                  ["extract", "x.txt", "--dct", "yesterday"], ["frobnicate"]])
def test_cli_usage_errors_exit_2(args):
    r = run(*args)
    assert r.returncode == 2, (r.returncode, r.stderr)
    assert "Traceback" not in r.stderr


def test_cli_dct_sets_document_date(tmp_path):
    p = tmp_path / "t.txt"
    p.write_text("The Generalissimo left Hankow this morning.\n")
    r = run("extract", p, "--dct", "1938-01-10")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["documents"][0]["date"] == "1938-01-10"


def test_cli_export_of_missing_store_is_clear(tmp_path):
    r = run("export", tmp_path)
    assert r.returncode == 1 and "no annalyst store" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.parametrize("fmt, marker", [("timelinejs", '"events"'), ("gexf", "<gexf"), ("tei", "<TEI"),
                                         ("geojson", '"FeatureCollection"')])
def test_cli_export_formats_to_stdout_and_file(seed_path, tmp_path, fmt, marker):
    store_dir = tmp_path / "out"
    assert run("build", seed_path, "--out", store_dir, "--no-report").returncode == 0
    r = run("export", store_dir, "--format", fmt)
    assert r.returncode == 0, r.stderr
    assert marker in r.stdout[:2000]
    target = tmp_path / f"x.{fmt}"
    r = run("export", store_dir, "--format", fmt, "--out", target)
    assert r.returncode == 0, r.stderr
    assert target.read_text(encoding="utf-8") == run("export", store_dir, "--format", fmt).stdout


def test_cli_export_csv_defaults_to_a_directory_in_the_store(seed_path, tmp_path):
    store_dir = tmp_path / "out"
    assert run("build", seed_path, "--out", store_dir, "--no-report").returncode == 0
    r = run("export", store_dir, "--format", "csv")
    assert r.returncode == 0, r.stderr
    names = {p.name for p in (store_dir / "annalyst-csv").iterdir()}
    assert names >= {"entities.csv", "events.csv", "mentions.csv", "timexes.csv"}
