"""The report lint's title checks: a caption on a group of people run on after a headline is flagged, a plural
name inside an ordinary headline is not."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

LINT = Path(__file__).resolve().parents[1] / "benchmarks" / "report_lint.py"


def _lint() -> ModuleType:
    """The lint module, loaded from its file (the benchmarks folder is no package)."""
    spec = importlib.util.spec_from_file_location("report_lint_under_test", LINT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


lint = _lint()
GLUED = "a caption or standfirst glued on"


@pytest.mark.parametrize(
    "title",
    [
        "Ferry sinking: Islanders mourn their neighbours Norwegians living in the town light candles",
        "Port strike: Pickets wait at the gates Dockers gathering on the quay",
        "Drought: Farmers fear for their crops Growers inspecting parched fields",
        "Storm: Power cut to thousands of homes Villagers wading through floods",
    ],
)
def test_lint_flags_a_caption_on_a_group_run_on_after_a_plural_noun(title: str) -> None:
    assert GLUED in lint.title_problems(title)


@pytest.mark.parametrize(
    "title",
    [
        "Senate passes the budget as the two Senators leading the talks agree",
        "Visa rules tighten for Americans living abroad",
        "Poll finds most Norwegians opposed to the new toll",
        "Minister meets Icelanders stranded by the ash cloud",
        "Fishing quotas: talks on the rules Brussels proposed stall",
        "Island votes on its future at last",
        "Tolls: the fares Islanders paid last year rise again",
    ],
)
def test_lint_leaves_a_plural_name_inside_a_headline(title: str) -> None:
    assert GLUED not in lint.title_problems(title)
