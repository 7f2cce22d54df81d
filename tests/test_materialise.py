"""Kept kept in the store: an ingest keeps what the export and the pages ask for, reads take what is
kept, and what is kept never changes what they show."""

from __future__ import annotations

import gc
import io
import json
import shutil
from pathlib import Path

import pytest

from storyline import corpus as corpus_module
from storyline import export, materialise
from storyline.cli.demo import sample_path
from storyline.corpus import Corpus, build_documents
from storyline.materialise import Kept, _encoded, inputs_digest
from storyline.models import Analysis
from storyline.pipeline import ingest
from storyline.store import Store
from storyline.store.codec import to_data


def ask_all(store: Store) -> Kept:
    wanted = Kept(store.derived, collect=True)
    Corpus(store, wanted).ask_everything_kept()
    return wanted


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, set[str]]:
    """The bundled sample ingested in two runs, and the digests kept after the first run."""
    folder = tmp_path_factory.mktemp("sample")
    with sample_path() as articles:
        for i, f in enumerate(sorted(articles.iterdir())):
            half = folder / ("first" if i % 2 else "second")
            half.mkdir(exist_ok=True)
            shutil.copy(f, half / f.name)
    db = folder / "s.db"
    with Store(db) as store:
        ingest([folder / "first"], store)
        first = ask_all(store).asked
        ingest([folder / "second"], store)
    return db, first


@pytest.fixture
def sample_store(two_runs: tuple[Path, set[str]]) -> Path:
    return two_runs[0]


def test_materialise_an_ingest_keeps_every_reconstruction_the_reads_ask_for(sample_store: Path) -> None:
    with Store(sample_store) as store:
        wanted = ask_all(store)
        assert wanted.asked and not wanted.built
        assert store.derived.count() == len(wanted.asked)


@pytest.fixture
def sample_copy(sample_store: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "copy.db"
    shutil.copy(sample_store, copy)
    return copy


def reads(store: Store) -> str:
    """The export and every story's and storyline's page document."""
    corpus = Corpus(store)
    stories = [corpus.story_document(s.id) for s in corpus.stories()]
    lines = [corpus.storyline_document(line.id) for line in corpus.storylines()]
    return json.dumps([corpus.export(), stories, lines], ensure_ascii=False)


def test_materialise_reads_from_kept_results_equal_reads_built_afresh(
    sample_store: Path, sample_copy: Path
) -> None:
    with Store(sample_copy) as store:
        with store.write():
            store.derived.keep(())
        assert store.derived.count() == 0
        built = reads(store)
    with Store(sample_store, readonly=True) as store:
        assert reads(store) == built


def test_materialise_reads_take_the_kept_reconstruction_instead_of_rebuilding(sample_copy: Path) -> None:
    with Store(sample_copy) as store:
        corpus = Corpus(store)
        story = max(corpus.stories(), key=lambda s: len(s.articles))
        bundle = corpus.bundle(story.id)
        digest = inputs_digest(bundle.articles, bundle.analyses)
        kept = to_data(bundle.reconstruction)
        assert kept["summary"], "the largest sample story should have a summary"
        with store.write():
            store.derived.put(digest, {**kept, "summary": []})
        assert Corpus(store).bundle(story.id).document()["summary"] == []


def test_materialise_prebuilt_reconstructions_are_every_one_the_reads_then_ask_for(
    sample_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store(sample_copy) as store:
        with store.write():
            store.derived.keep(())
        wanted = Kept(store.derived, collect=True)
        corpus = Corpus(store, wanted)
        mapped: list[int] = []
        built = wanted.prebuild(
            corpus.reconstruction_jobs(), lambda f, jobs: mapped.append(len(jobs)) or map(f, jobs)
        )
        assert built == mapped[0] > 1

        def unexpected(*args: object) -> None:
            raise AssertionError("a reconstruction was built again after the prebuild")

        monkeypatch.setattr(materialise, "reconstruct_story", unexpected)
        corpus.ask_everything_kept()


def test_materialise_a_later_ingest_drops_what_nothing_asks_for(two_runs: tuple[Path, set[str]]) -> None:
    db, first = two_runs
    with Store(db, readonly=True) as store:
        now = ask_all(store).asked
        assert first - now, "the second run should change some of the first run's stories"
        assert not store.derived.known(first - now)


FOLLOW_UP = """Corvane leak: council orders more river tests

By Rhea Holt

The council has ordered weekly tests of the Vellin River below Carrow Weir after the solvent leak at the
Corvane Chemicals plant, officials said on Monday.

Samples taken at the weir last week still held traces of the solvent, the council's environment officer said.
Anglers have been told to stay off the stretch below the weir until two tests in a row come back clean.
"""


def test_materialise_a_small_ingest_keeps_what_its_stories_ask_for_and_drops_nothing(
    sample_copy: Path, tmp_path: Path
) -> None:
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "follow-up.txt").write_text(FOLLOW_UP, encoding="utf-8")
    with Store(sample_copy) as store:
        before = store.derived.count()
        report = ingest([tmp_path / "more"], store)
        assert report.added == 1 and report.kept is not None and report.kept.dropped == 0
        assert store.derived.count() > before
        new = store.added_since(store.last_seq() - 1)
        wanted = Kept(store.derived, collect=True)
        Corpus(store, wanted).ask_kept_for(new)
        assert wanted.asked and not wanted.built


def test_materialise_a_failing_prebuild_still_keeps_everything(sample_copy: Path) -> None:
    from storyline.pipeline import _keep_results

    def broken(function: object, jobs: list) -> list:
        raise RuntimeError("a worker died")

    with Store(sample_copy) as store:
        with store.write():
            store.derived.keep(())
        kept = _keep_results(store, 0, store.count(), None, broken)
        assert kept.built == kept.asked > 0


def test_materialise_the_streamed_export_reads_pages_and_gives_the_export_read_whole(
    sample_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store(sample_store, readonly=True) as store:
        whole = list(export.records(*Corpus(store)._export_parts(None)))
        pages: list[int] = []
        read = Store.article_pages

        def counted(self, size):
            for page in read(self, size):
                pages.append(len(page))
                yield page

        whole_read = Store.articles

        def by_id_only(self, ids=None, limit=None, offset=0):
            assert ids is not None, "the streamed export read every article at once"
            return whole_read(self, ids, limit, offset)

        monkeypatch.setattr(corpus_module, "EXPORT_PAGE", 3)
        monkeypatch.setattr(corpus_module, "READ_WHOLE", 0)
        monkeypatch.setattr(Store, "article_pages", counted)
        monkeypatch.setattr(
            Store, "articles", by_id_only
        )  # its digest finds the kept merge: none made afresh
        streamed = list(Corpus(store).export_records())
    assert streamed == whole and max(pages) == 3


@pytest.mark.parametrize("read_whole", [0, 5000])
def test_materialise_the_streamed_export_does_not_see_an_ingest_committed_while_it_runs(
    sample_copy: Path, tmp_path: Path, read_whole: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(corpus_module, "READ_WHOLE", read_whole)
    late = tmp_path / "late.txt"
    late.write_text("Harbour ferries ran again on Friday after the storm, the port said.\n", encoding="utf-8")
    with Store(sample_copy, readonly=True) as reader:
        before = reader.count()
        records = Corpus(reader).export_records()
        first = next(records)
        with Store(sample_copy) as writer:
            ingest([late], writer, analyser=lambda articles: [Analysis(a.id) for a in articles])
            assert writer.count() == before + 1
        rest = list(records)
    assert sum(r["kind"] == "article" for r in [first, *rest]) == before


@pytest.mark.parametrize(("empty", "read_whole"), [(False, 0), (False, 5000), (True, 0)])
def test_materialise_the_json_export_written_as_it_is_read_is_the_json_export_text(
    sample_store: Path, tmp_path: Path, empty: bool, read_whole: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(corpus_module, "READ_WHOLE", read_whole)
    db = tmp_path / "empty.db" if empty else sample_store
    with Store(db, readonly=not empty) as store:
        corpus = Corpus(store)
        whole = json.dumps(corpus.export(), ensure_ascii=False, indent=2)
        written = io.StringIO()
        export.write_document(corpus.export_records(), written)
    assert written.getvalue() == whole and ('\n  "figures": []' in whole) == empty


def test_materialise_prebuilt_documents_are_every_result_the_refresh_then_asks_for_and_the_same(
    sample_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The documents, reconstructions and the whole store's merge built through the map (``prebuild_documents``,
    as an ingest spreads them over its workers) are all that a refresh asks for, none built again after, and
    the same JSON as a refresh that builds each when asked."""
    with Store(sample_copy) as store:
        with store.write():
            store.derived.keep(())
        asked = Kept(store.derived, collect=True)
        Corpus(store, asked, remember_analyses=True).ask_everything_kept()
        wanted = Kept(store.derived, collect=True)
        corpus = Corpus(store, wanted, remember_analyses=True)
        mapped: list[int] = []
        built = wanted.prebuild_documents(
            corpus.document_jobs(), lambda f, jobs: mapped.append(len(jobs)) or map(f, jobs), build_documents
        )
        assert built > mapped[0] > 1
        assert wanted.prebuild(corpus.reconstruction_jobs(), lambda f, jobs: map(f, jobs)) == 0

        def unexpected(*args: object) -> None:
            raise AssertionError("something was built again after the prebuild")

        monkeypatch.setattr(materialise, "reconstruct_story", unexpected)
        monkeypatch.setattr(corpus_module, "merged", unexpected)
        corpus.ask_everything_kept()
        assert set(wanted.built) == set(asked.built) == wanted.asked
        assert {d: _encoded(b) for d, b in wanted.built.items()} == {
            d: _encoded(b) for d, b in asked.built.items()
        }


def test_refresh_makes_full_collections_rarer_while_it_runs_and_restores_the_collector(
    tmp_path: Path,
) -> None:
    before = gc.get_threshold()
    during: list[tuple[int, int, int]] = []

    def fail(wanted: Kept) -> None:
        raise RuntimeError("stopped")

    with Store(tmp_path / "empty.db") as store:
        materialise.refresh(store, lambda wanted: during.append(gc.get_threshold()))
        with pytest.raises(RuntimeError):
            materialise.refresh(store, fail)
    assert during == [(before[0], before[1], max(before[2], materialise.FULL_COLLECTION_EVERY))]
    assert gc.get_threshold() == before


def test_materialise_overlapping_refreshes_give_the_collector_its_settings_back() -> None:
    import gc

    from storyline.materialise import _few_full_collections

    before = gc.get_threshold()
    first, second = _few_full_collections(), _few_full_collections()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    second.__exit__(None, None, None)
    assert gc.get_threshold() == before
