"""Shared fixtures: real texts from ../shared (never copied into the repo), extracted once per session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpus" / "seed" / "peace-talks-4.txt"
FRUS = SHARED / "corpus" / "frus-1938-v03"
FRUS_TEXT = FRUS / "text"
FRUS_TEI = FRUS / "frus1938v03-ch1-d1-d36.xml"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="Rewrite golden files from the current output instead of comparing.")


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: needs headless Chromium")


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return bool(request.config.getoption("--update-golden"))


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.fail(f"shared corpus missing: {path} (tests read texts from ../shared/)")
    return path


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return _need(SEED)


@pytest.fixture(scope="session")
def seed_corpus(seed_path):
    import annalyst

    return annalyst.extract([str(seed_path)])


@pytest.fixture(scope="session")
def seed_export(seed_corpus) -> dict:
    return seed_corpus.to_dict()


@pytest.fixture(scope="session")
def frus_dir() -> Path:
    return _need(FRUS_TEXT)


@pytest.fixture(scope="session")
def frus_corpus(frus_dir):
    import annalyst

    return annalyst.extract([str(frus_dir)])
