"""The command line (``storyline``): ``commands`` parses arguments and calls the library, ``demo`` runs the
bundled sample, ``progress`` prints progress on long work."""

from __future__ import annotations

from .commands import cli, main

__all__ = ["cli", "main"]
