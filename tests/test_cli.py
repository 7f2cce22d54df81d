"""The command line as a user meets it: exit statuses, messages, and the geneva2 ingest/export round trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_helpers import storyline
from tests.conftest import shared_path

DEBRIS = (
    "Support The Moscow Times!",
    "Read more",
    "Related articles:",
    "Follow us on:",
    "You might also like",
    "Original url:",
    "Material from The Moscow Times",
    "with inputs from Agencies",
)


@pytest.fixture(scope="module")
def geneva_export(tmp_path_factory: pytest.TempPathFactory) -> dict:
    corpus = shared_path("corpus", "geneva2")
    tmp = tmp_path_factory.mktemp("cli")
    done = storyline("ingest", str(corpus), "--db", "g.db", cwd=tmp)
    assert done.returncode == 0, done.stderr
    out = storyline("export", "--db", "g.db", "--format", "json", cwd=tmp)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_cli_geneva2_export_has_five_articles_without_debris(geneva_export: dict) -> None:
    texts = [a["text"] for a in geneva_export["articles"]]
    assert len(texts) == 5 and not [d for d in DEBRIS for t in texts if d in t]


def test_cli_geneva2_titles_and_outlets(geneva_export: dict) -> None:
    got = sorted((a["title"], a["outlet"]) for a in geneva_export["articles"])
    assert got == [
        ("Russia and US agree to hold Syrian peace conference", None),
        ("Russia, US back Syria peace conference in Nov", "The BRICS Post"),
        ("Syria Peace Conference Tentatively Scheduled for Mid-June", "The Moscow Times"),
        ("Syria, Russia to Discuss Peace Conference on Monday", "The Moscow Times"),
        ("U.S. and Russia to Organize Syria Conference", "The Moscow Times"),
    ]


def test_cli_geneva2_stated_dates_are_found(geneva_export: dict) -> None:
    stated = {
        a["title"]: a["published"]["date"]
        for a in geneva_export["articles"]
        if a["published"]["method"] not in ("inferred", "unknown")
    }
    assert stated == {
        "U.S. and Russia to Organize Syria Conference": "2013-05-07",
        "Russia, US back Syria peace conference in Nov": "2013-10-07",
    }


def test_cli_reingest_adds_nothing(tmp_path: Path) -> None:
    corpus = shared_path("corpus", "geneva2")
    storyline("ingest", str(corpus), "--db", "g.db", cwd=tmp_path)
    again = storyline("ingest", str(corpus), "--db", "g.db", cwd=tmp_path)
    assert again.returncode == 0 and again.stdout.startswith("0 added, 5 already stored")


def test_cli_ingest_with_a_bad_file_names_it_keeps_the_rest_and_exits_1(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_text("")
    (tmp_path / "in" / "good.txt").write_text(
        "Ferry strike ends\n\nFerry crews returned to work on Tuesday after a two-day strike over pay, the union said."
    )
    done = storyline("ingest", "in", "--db", "s.db", cwd=tmp_path)
    assert (
        done.returncode == 1 and "empty.txt: empty file" in done.stderr and done.stdout.startswith("1 added")
    )


def test_cli_unknown_story_is_a_one_line_error_with_status_1(tmp_path: Path) -> None:
    storyline("ingest", "nothing-here", "--db", "s.db", cwd=tmp_path)
    done = storyline("show", "s-doesnotexist", "--db", "s.db", cwd=tmp_path)
    assert done.returncode == 1 and done.stderr.strip().count("\n") == 0 and "s-doesnotexist" in done.stderr


def test_cli_usage_error_exits_1(tmp_path: Path) -> None:
    done = storyline("export", "--format", "pdf", cwd=tmp_path)
    assert done.returncode == 1 and "pdf" in done.stderr


def test_cli_missing_store_is_named(tmp_path: Path) -> None:
    done = storyline("stories", "--db", "missing.db", cwd=tmp_path)
    assert done.returncode == 1 and "missing.db" in done.stderr
