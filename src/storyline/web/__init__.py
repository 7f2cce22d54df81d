"""The local web UI and JSON API (``storyline serve``)."""

from __future__ import annotations

from .app import create_app, serve

__all__ = ["create_app", "serve"]
