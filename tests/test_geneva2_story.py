"""The geneva2 story reconstructed end to end: ingest (dating the undated articles), then timeline, figures
and summary as the export and report show them."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.corpus import Corpus, StoryBundle
from storyline.pipeline import ingest
from storyline.store import Store
from tests.conftest import shared_path


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> StoryBundle:
    folder = shared_path("corpus", "geneva2")
    store = Store(Path(tmp_path_factory.mktemp("geneva2")) / "g.db")
    ingest([folder], store)
    corpus = Corpus(store)
    (story,) = corpus.stories()
    return corpus.bundle(story.id)


def told(bundle: StoryBundle) -> dict[str, str]:
    return {e.date: " ".join(s.text for s in e.sentences) for e in bundle.reconstruction.timeline}


def test_geneva2_timeline_runs_from_the_geneva_communique_to_the_november_meeting(
    bundle: StoryBundle,
) -> None:
    entries = told(bundle)
    assert "Geneva" in entries.get("2012-06", "")
    assert "Kerry" in entries.get("2013-05-07", "")
    assert "Kerry and Lavrov" in entries.get("2013-05-15", "") + entries.get("2013-05-14", "")
    assert "June" in entries.get("2013-05-16", "") + entries.get("2013-06", "")
    assert "agreed" in entries.get("2013-10-07", "")
    assert "preparatory meeting" in " ".join(v for k, v in entries.items() if k.startswith("2013-11"))


def test_geneva2_timeline_cites_the_words_it_tells(bundle: StoryBundle) -> None:
    texts = {a.id: a.text for a in bundle.articles}
    for entry in bundle.reconstruction.timeline:
        for sentence in entry.sentences:
            c = sentence.citations[0]
            assert " ".join(texts[c.article][c.start : c.end].split()) == sentence.text


def test_geneva2_death_toll_figure_gives_each_value_with_source_and_date(bundle: StoryBundle) -> None:
    toll = next(v for v in bundle.reconstruction.figures if v.measure == "death toll")
    values = {p.value for p in toll.points}
    assert {70000, 94000, 100000, 120000} <= values
    assert all(p.published and p.outlet and p.citation.end > p.citation.start for p in toll.points)


def test_geneva2_conference_date_figure_shows_the_date_moving(bundle: StoryBundle) -> None:
    planned = next(
        v for v in bundle.reconstruction.figures if v.figure.label == "planned date of the conference"
    )
    months = [(p.earliest or str(p.value))[:7] for p in planned.points]
    assert planned.changed and months[0] == "2013-05" and "2013-11" in months
    assert any(p.text in ("June 10-12", "the second week of June") for p in planned.points)


def test_geneva2_summary_cites_every_sentence(bundle: StoryBundle) -> None:
    summary = bundle.reconstruction.summary
    members = {a.id for a in bundle.articles}
    assert summary and all(s.citations and {c.article for c in s.citations} <= members for s in summary)
