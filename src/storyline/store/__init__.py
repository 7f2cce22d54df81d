"""The store: one SQLite file, the only owner of SQL in the project.

``database`` holds the ``Store`` (connections, the single writer's transactions, articles, analyses and search);
``stories`` and ``duplicates`` the story engine's tables; ``derived`` the reconstructions kept for readers; ``migrations`` the named schema steps each of them
registers; ``codec`` turns the model's dataclasses into JSON columns and back; ``lock`` keeps to one ingest at
a time per store.
"""

from __future__ import annotations

from .database import Store

__all__ = ["Store"]
