"""The bundled demo corpus through the whole pipeline, checked against its answer key (sample/answer_key.json)."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import pytest

from storyline.corpus import Corpus
from storyline.pipeline import ingest
from storyline.store import Store

SAMPLE = Path(str(files("storyline") / "sample"))
KEY = json.loads((SAMPLE / "answer_key.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    store = Store(tmp_path_factory.mktemp("sample") / "s.db")
    report = ingest([SAMPLE / "articles"], store)
    assert report.added == len(KEY["articles"]) and not report.skipped
    return Corpus(store)


def by_title(corpus: Corpus) -> dict[str, object]:
    return {a.title: a for a in corpus.store.articles()}


def test_sample_titles_outlets_and_stated_dates_match_the_key(corpus: Corpus) -> None:
    got = {
        a.title: (a.outlet, a.published.date)
        for a in corpus.store.articles()
        if a.published.method != "inferred"
    }
    want = {
        k["title"]: (k["outlet"], k["published"] if k["date_in_source"] else None) for k in KEY["articles"]
    }
    assert got == want


def test_sample_stories_match_the_key(corpus: Corpus) -> None:
    story_of = {k["title"]: k["story"] for k in KEY["articles"]}
    got = sorted(
        sorted(story_of[a.title] for a in corpus.store.articles(s.articles)) for s in corpus.stories()
    )
    want = sorted([name] * len(story["articles"]) for name, story in KEY["stories"].items())
    assert got == want


def test_sample_debris_lines_are_removed_from_bodies(corpus: Corpus) -> None:
    file_of = {k["key"]: k["title"] for k in KEY["articles"]}
    titles = by_title(corpus)
    left = [
        (key, line)
        for key, lines in KEY["debris"].items()
        for line in lines
        if line in titles[file_of[key]].text
    ]
    assert left == []


def test_sample_shared_quote_is_one_quote_in_two_outlets(corpus: Corpus) -> None:
    main = max(corpus.stories(), key=lambda s: len(s.articles))
    bundle = corpus.bundle(main.id)
    outlets = {a.id: a.outlet for a in bundle.articles}
    spoken = KEY["shared_quote"]["occurrences"][0]["text"][:30]
    (quote,) = [q for q in bundle.quotes if spoken.split(",")[0][:25] in q.text]
    assert (
        len({outlets[o.article] for o in quote.occurrences}) == 2
        and quote.speaker == KEY["shared_quote"]["speaker"]
    )
