"""All errors annalyst raises on purpose, with coded messages.

The CLI turns an ``AnnalystError`` into a one-line message (never a traceback);
library users can catch the specific subclasses.
"""
from __future__ import annotations


class AnnalystError(Exception):
    """Base class. ``code`` is stable (for scripts); ``str()`` is for people."""

    code = "A000"


class InputError(AnnalystError):
    """A file could not be read as a document."""

    code = "A100"

    def __init__(self, path: str, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class UsageError(AnnalystError):
    code = "A200"


class StoreError(AnnalystError):
    code = "A300"
