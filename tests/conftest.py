"""Shared fixtures: paths to the shared dev data (skipping when absent) and the spaCy pipeline the analysers use."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a skip naming what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not available: {path}")
    return path


@pytest.fixture
def geneva2() -> Path:
    return shared_path("corpus", "geneva2")


@pytest.fixture(scope="session")
def nlp():
    """The analysers' spaCy pipeline, loaded once (``load_nlp`` caches it)."""
    from storyline.analyse.nlp import load_nlp

    return load_nlp()
