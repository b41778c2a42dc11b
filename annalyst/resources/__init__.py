"""Language resources kept as data files (patterns, tables, lexicons), apart from code."""
from __future__ import annotations

from importlib import resources as _res
from pathlib import Path


def path(relative: str) -> Path:
    """Filesystem path of a resource file shipped inside the package."""
    return Path(str(_res.files(__name__).joinpath(relative)))


def load_lines(relative: str) -> list[str]:
    """Non-empty, non-comment lines of a text resource (``#`` starts a comment)."""
    out = []
    for line in path(relative).read_text(encoding="utf-8").splitlines():
        line = line.split(" #", 1)[0].strip() if not line.startswith("#") else ""
        if line:
            out.append(line)
    return out
