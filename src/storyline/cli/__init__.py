"""The command line (``storyline``): ``commands`` parses arguments and calls the library, ``follow`` holds the
commands of following feeds, ``demo`` runs the bundled sample, ``progress`` prints progress on long work."""

from __future__ import annotations

from . import follow as _follow  # noqa: F401  (registers follow, changes and watch on the group)
from .commands import cli, main

__all__ = ["cli", "main"]
