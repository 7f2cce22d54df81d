"""The claims bench's unit comparison: under the one-to-one rule both sides' units go through one last step,
which joins two spellings of one unit and keeps equal strings equal, however often it is run."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_claims.py"


def _bench() -> ModuleType:
    """The bench module, loaded from its file (the benchmarks folder is no package)."""
    spec = importlib.util.spec_from_file_location("bench_claims_under_test", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bench = _bench()


def _ours_and_gold(ours: str, gold: str) -> tuple[str, str]:
    """Our unit as ``main`` compares it (``unit_name`` then ``same_form``) and the gold's (``same_form``)."""
    [[(_, our_unit, _)]] = bench.same_form([[(1.0, bench.unit_name(ours), "=")]])
    [[(_, gold_unit, _)]] = bench.same_form([[(1.0, gold, "=")]])
    return our_unit, gold_unit


@pytest.mark.parametrize(
    ("ours", "gold"),
    [
        ("crises", "crises"),
        ("bosses", "bosses"),
        ("glasses", "glass"),
        ("crises", "crisis"),
        ("Americans", "americans"),
        ("Americans", "american"),
        ("kilowatt hour", "kilowatt-hour"),
        ("kilometre", "kilometer"),
        ("Israelis", "Israeli"),
        ("taxis", "taxi"),
        ("Iraqis", "iraqi"),
        ("bikinis", "bikini"),
        ("analyses", "analysis"),
    ],
)
def test_bench_units_two_spellings_of_one_unit_match(ours, gold):
    """A plural and its singular, a hyphen and a space, "-meter" and "-metre", and the same string twice."""
    our_unit, gold_unit = _ours_and_gold(ours, gold)
    assert our_unit == gold_unit


@pytest.mark.parametrize(
    ("ours", "gold"), [("kilometre", "mile"), ("citizens", "city"), ("boss", "bus"), ("crises", "cries")]
)
def test_bench_units_of_two_things_stay_apart(ours, gold):
    our_unit, gold_unit = _ours_and_gold(ours, gold)
    assert our_unit != gold_unit


@pytest.mark.parametrize(
    "word", ["crises", "crisis", "boss", "bosses", "bases", "celsius", "hours", "viruses"]
)
def test_bench_lemma_step_run_again_changes_nothing(word):
    """The lemma step is idempotent: a lemma stays itself ("crisis", never "crisi")."""
    once = bench.lemma_phrase(word)
    assert bench.lemma_phrase(once) == once
