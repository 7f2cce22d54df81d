"""The documentation in docs/ says what the code does: commands, export fields, web routes, the Python API.

As sqlite-utils and Datasette test their docs: each test fails when the code and its page drift apart.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from typing import Any

import pytest
from fastapi.routing import APIRoute

from storyline.corpus import Corpus
from storyline.pipeline import ingest
from storyline.store import Store
from storyline.web import create_app
from tests.conftest import REPO, SHARED

DOCS = REPO / "docs"
SAMPLE = REPO / "src" / "storyline" / "sample" / "articles"
ROW = re.compile(r"^\| `([^|]+?)` \|", re.M)


def _script(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def field_paths(value: Any, prefix: str = "") -> set[str]:
    """Every field of a JSON value as a path: ``articles[].published.date``."""
    out: set[str] = set()
    if isinstance(value, dict):
        for key, inner in value.items():
            path = f"{prefix}.{key}" if prefix else key
            out |= {path} | field_paths(inner, path)
    elif isinstance(value, list):
        for inner in value:
            if isinstance(inner, dict | list):
                out |= field_paths(inner, f"{prefix}[]")
    return out


def documented(section: str) -> set[str]:
    """The field paths listed in the tables of one section (``## heading``) of docs/export.md."""
    text = (DOCS / "export.md").read_text()
    start = text.index(f"## {section}")
    end = text.find("\n## ", start + 1)
    body = text[start : end if end > 0 else len(text)]
    paths = {p for row in ROW.findall(body) for p in re.findall(r"[\w.\[\]]+", row)}
    return {p for p in paths if not p.endswith("[]")}  # "dates[]": a list documented in another section


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    store = Store(tmp_path_factory.mktemp("docs") / "s.db")
    ingest([SAMPLE], store)
    return Corpus(store)


def test_docs_cli_help_blocks_match_the_commands() -> None:
    make = _script("make_cli_docs")
    current = make.DOC.read_text()
    assert make.render(current) == current, "docs/cli.md is stale: run scripts/make_cli_docs.py"


def test_docs_cli_reference_covers_every_command() -> None:
    from storyline.cli import cli

    text = (DOCS / "cli.md").read_text()
    assert set(re.findall(r"<!-- help ([a-z-]+) -->", text)) == set(cli.commands)


def test_docs_export_fields_are_the_exported_fields(corpus: Corpus) -> None:
    assert field_paths(corpus.export()) == documented("The export")


def test_docs_story_document_fields_are_documented(corpus: Corpus) -> None:
    story = corpus.stories()[0]
    exported = documented("The export")
    as_in_export = {p.removeprefix("stories[].") for p in exported} | exported
    extra = documented("The story document")
    fields = field_paths(corpus.bundle(story.id).document(("l-0", "A storyline"))) | field_paths(
        corpus.bundle(story.id).document(stories=[story])
    )
    assert (fields - as_in_export - extra, extra - fields) == (set(), set())


def test_docs_article_document_fields_are_documented(corpus: Corpus) -> None:
    article = corpus.store.articles(limit=1)[0]
    exported = documented("The export")
    as_in_export = {p.removeprefix("articles[].") for p in exported} | exported
    extra = documented("The article document")
    fields = field_paths(corpus.article_document(article.id))
    assert (fields - as_in_export - extra, extra - fields - as_in_export) == (set(), set())


def test_docs_web_routes_are_the_served_routes(tmp_path: Path) -> None:
    Store(tmp_path / "s.db").close()
    app = create_app(tmp_path / "s.db")
    served = {r.path for r in app.routes if isinstance(r, APIRoute)} | {"/openapi.json"}
    table = (DOCS / "web.md").read_text().split("## Not yet")[0]
    assert set(ROW.findall(table)) == served


def test_docs_python_api_names_what_the_package_exports() -> None:
    import storyline

    text = (DOCS / "python.md").read_text()
    assert all(f"storyline.{name}" in text for name in storyline.__all__ if name != "__version__")


def test_docs_python_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    example = re.search(r"```python\n(.*?)```", (DOCS / "python.md").read_text(), re.S).group(1)
    (tmp_path / "articles").symlink_to(SAMPLE)
    monkeypatch.chdir(tmp_path)
    exec(compile(example, "docs/python.md", "exec"), {"print": lambda *a: None})
    assert Store(tmp_path / "news.db", readonly=True).count() > 0


def test_docs_carry_the_contract_as_written() -> None:
    contract = SHARED / "CONTRACT.md"
    if not contract.exists():
        pytest.skip(f"shared contract not available: {contract}")
    assert (DOCS / "contract.md").read_text() == contract.read_text()


@pytest.mark.parametrize("page", ["README.md", *(f"docs/{p.name}" for p in sorted(DOCS.glob("*.md")))])
def test_docs_links_stay_inside_the_repository(page: str) -> None:
    path = REPO / page
    links = re.findall(r"\]\(([^)\s]+)\)", path.read_text())
    local = [link.split("#")[0] for link in links if not re.match(r"[a-z]+:", link) and link.split("#")[0]]
    outside = [link for link in local if not (path.parent / link).resolve().is_relative_to(REPO)]
    missing = [link for link in local if not (path.parent / link).exists()]
    assert (outside, missing) == ([], [])
