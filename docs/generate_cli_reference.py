"""Regenerate docs/cli.md from the commands' own --help (a test checks it is current)."""
from __future__ import annotations

import sys
from pathlib import Path

from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annalyst.cli import app  # noqa: E402

COMMANDS = ["extract", "build", "export"]


def render() -> str:
    runner = CliRunner()
    out = ["# annalyst command-line reference", "",
           "Generated from `--help` by `docs/generate_cli_reference.py`; `tests/test_docs.py` fails when it is stale.",
           ""]
    for name in [None, *COMMANDS]:
        args = ([name] if name else []) + ["--help"]
        res = runner.invoke(app, args, prog_name="annalyst", color=False,
                            env={"COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb"})
        text = "\n".join(line.rstrip() for line in res.output.strip("\n").splitlines()).strip("\n")
        out += [f"## annalyst {name or ''}".rstrip(), "", "```", text, "```", ""]
    return "\n".join(out)


if __name__ == "__main__":
    (ROOT / "docs" / "cli.md").write_text(render(), encoding="utf-8")
