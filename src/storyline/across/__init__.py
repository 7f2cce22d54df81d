"""The steps across articles that each committed chunk runs inside its transaction: outlet names made canonical,
stories and near-duplicates (``stories``), and dates for undated articles (``dating``, ``undated``).

Everything here works on the store and plain dataclasses: nothing imports spaCy (dates are resolved again
with the analyser's rules, which need no parse)."""

from __future__ import annotations

from .update import update

__all__ = ["update"]
