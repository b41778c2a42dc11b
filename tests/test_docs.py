"""Docs are tested: the CLI reference matches the commands' --help, every command is documented."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _generator():
    spec = importlib.util.spec_from_file_location("gen", ROOT / "docs" / "generate_cli_reference.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_docs_cli_reference_is_current():
    gen = _generator()
    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == gen.render(), \
        "docs/cli.md is stale: run .venv/bin/python docs/generate_cli_reference.py"


def test_docs_every_command_is_documented():
    from annalyst.cli import app

    names = {c.name or c.callback.__name__ for c in app.registered_commands}
    gen = _generator()
    assert names == set(gen.COMMANDS)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in names:
        assert f"annalyst {name}" in readme
