"""The reading commands on the bundled demo corpus: `show`, `timeline`, `export` (json, md, html), `serve`."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import pytest

from tests.cli_helpers import storyline

SAMPLE = Path(str(files("storyline") / "sample" / "articles"))
HOSTILE = {
    "id": "hostile-1",
    "title": "<script>alert('x')</script> Leak *inquiry* [opens](javascript:alert(1))",
    "outlet": "Carrow <b>Gazette</b>",
    "published": "2025-03-02",
    "text": "The Carrow Mills inquiry opened on Monday, the council said. <img src=x onerror=alert(1)>\n\n"
    "At least 40 people were treated after the solvent leak at the Corvane Chemicals plant, officials said.",
}


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("views")
    (tmp / "hostile.jsonl").write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    done = storyline("ingest", str(SAMPLE), str(tmp / "hostile.jsonl"), "--db", "s.db", cwd=tmp)
    assert done.returncode == 0, done.stderr
    return tmp


@pytest.fixture(scope="module")
def exported(store_dir: Path) -> dict:
    out = storyline("export", "--db", "s.db", cwd=store_dir)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def main_story(doc: dict) -> dict:
    return max(doc["stories"], key=lambda s: len(s["articles"]))


def test_export_jsonl_holds_the_json_export_one_record_a_line(store_dir: Path, exported: dict) -> None:
    out = storyline("export", "--db", "s.db", "--format", "jsonl", cwd=store_dir)
    assert out.returncode == 0, out.stderr
    lists: dict[str, list] = {key: [] for key in exported if key != "format"}
    plural = {"entity": "entities", "story": "stories"}
    for line in out.stdout.splitlines():
        record = json.loads(line)
        kind = record.pop("kind")
        record = {("kind" if k == f"{kind}_kind" else k): v for k, v in record.items()}
        lists[plural.get(kind, kind + "s")].append(record)
    assert {"format": exported["format"], **lists} == exported


def test_export_story_has_cited_summary_and_timeline(exported: dict) -> None:
    story = main_story(exported)
    texts = {a["id"]: a["text"] for a in exported["articles"]}
    cited = [c for s in story["summary"] for c in s["citations"]]
    cited += [c for e in story["timeline"] for s in e["sentences"] for c in s["citations"]]
    assert story["summary"] and story["timeline"]
    assert all(
        c["article"] in story["articles"] and 0 <= c["start"] < c["end"] <= len(texts[c["article"]])
        for c in cited
    )


def test_export_figures_are_listed_and_point_at_known_claims(exported: dict) -> None:
    story = main_story(exported)
    figures = {f["id"]: f for f in exported["figures"]}
    claims = {c["id"] for c in exported["claims"]}
    assert story["figures"] and set(story["figures"]) <= figures.keys()
    assert all(set(f["claims"]) <= claims for f in figures.values())


def test_show_report_cites_numbered_articles(store_dir: Path, exported: dict) -> None:
    out = storyline("show", main_story(exported)["id"], "--db", "s.db", cwd=store_dir)
    assert out.returncode == 0, out.stderr
    assert "## Summary" in out.stdout and "## Timeline" in out.stdout and "[1]" in out.stdout


def test_timeline_json_is_bounded_by_dates_and_per_date(store_dir: Path) -> None:
    out = storyline(
        "timeline", "--all", "--dates", "3", "--per-date", "1", "--json", "--db", "s.db", cwd=store_dir
    )
    doc = json.loads(out.stdout)
    assert doc["format"] == "storyline/1"
    assert 0 < len(doc["timeline"]) <= 3 and all(len(e["sentences"]) == 1 for e in doc["timeline"])


def test_timeline_query_tells_only_sentences_with_a_query_word(store_dir: Path) -> None:
    out = storyline("timeline", "--query", "hearings", "--json", "--db", "s.db", cwd=store_dir)
    sentences = [s["text"].lower() for e in json.loads(out.stdout)["timeline"] for s in e["sentences"]]
    assert sentences and all("hearings" in s for s in sentences)


def test_timeline_without_a_selection_is_a_usage_error(store_dir: Path) -> None:
    out = storyline("timeline", "--db", "s.db", cwd=store_dir)
    assert out.returncode == 1 and "--story" in out.stderr


def test_export_html_is_one_page_with_article_text_inert(store_dir: Path) -> None:
    out = storyline("export", "--format", "html", "--db", "s.db", "-o", "all.html", cwd=store_dir)
    page = (store_dir / "all.html").read_text(encoding="utf-8")
    assert out.returncode == 0 and page.startswith("<!doctype html>")
    assert "<script" not in page and "<b>" not in page and 'href="javascript' not in page


def test_serve_without_a_store_names_it_and_exits_1(tmp_path: Path) -> None:
    out = storyline("serve", "--db", "missing.db", "--port", "8765", cwd=tmp_path)
    assert out.returncode == 1 and "missing.db" in out.stderr


def test_show_report_of_articles_that_name_no_outlet_says_so(tmp_path: Path) -> None:
    lines = [
        {
            "id": f"bare-{i}",
            "title": "Ferry strike spreads to Bergen",
            "published": f"2025-03-0{i}",
            "text": text,
        }
        for i, text in enumerate(
            [
                "Ferry crews in Bergen walked out on Monday, the union said, stranding hundreds of passengers.",
                "The ferry strike in Bergen entered its second day on Tuesday as the union and owners met.",
            ],
            start=1,
        )
    ]
    (tmp_path / "bare.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    assert storyline("ingest", "bare.jsonl", "--db", "b.db", cwd=tmp_path).returncode == 0
    story = json.loads(storyline("export", "--db", "b.db", cwd=tmp_path).stdout)["stories"][0]
    out = storyline("show", story["id"], "--db", "b.db", cwd=tmp_path).stdout
    assert "no outlet named." in out.splitlines()[2] and "unknown outlets" not in out
