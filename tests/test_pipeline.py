"""The ingest pipeline over the store, with analysis replaced by an empty one so these stay fast.

(The real analysis runs end to end in test_cli.py and the analysers' own tests.)
"""

from __future__ import annotations

from pathlib import Path

from storyline.corpus import Corpus
from storyline.merge.furniture import paragraphs
from storyline.models import Analysis, Span
from storyline.pipeline import ingest, ingest_items
from storyline.readers.dispatch import read_all
from storyline.store import Store

BODY = "Ferry crews walked out on Tuesday over pay, stranding hundreds of passengers at the harbour. " * 3


def no_analysis(articles):
    return [Analysis(a.id) for a in articles]


def paragraph_sentences(articles):
    """An analysis whose sentences are the articles' paragraphs (enough to see what is told)."""
    return [Analysis(a.id, sentences=tuple(Span(s, e) for s, e in paragraphs(a.text))) for a in articles]


def write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_pipeline_a_line_recurring_across_an_outlets_articles_is_never_told(tmp_path: Path) -> None:
    bodies = [
        "Ferry crews walked out on Tuesday over pay, stranding hundreds of passengers at the harbour.",
        "Engineers closed the north bridge for repairs after divers found cracks in two of its piers.",
        "Parents protested at the town hall against the rise in school fees announced last month.",
    ]
    for i, body in enumerate(bodies):
        write(
            tmp_path / "in",
            f"{i}.txt",
            f"Title {i}\n\n{body}\n\nGet the Harbour Gazette app\n\n"
            "Material from The Harbour Gazette is included in this report.",
        )
    store = Store(tmp_path / "s.db")
    ingest([tmp_path / "in"], store, analyser=paragraph_sentences)
    articles = store.articles()
    told = Corpus(store).analyses(articles)
    furniture = [
        a.text[s.start : s.end]
        for a in articles
        for s in told[a.id].sentences
        if "Gazette app" in a.text[s.start : s.end]
    ]
    assert furniture == [] and all("Get the Harbour Gazette app" in a.text for a in articles)


def test_pipeline_same_article_from_two_paths_is_stored_once(tmp_path: Path) -> None:
    write(tmp_path / "a", "x.txt", f"Ferry strike\n\n{BODY}")
    write(tmp_path / "b", "y.txt", f"Ferry strike\n\n{BODY}")
    store = Store(tmp_path / "s.db")
    report = ingest([tmp_path / "a", tmp_path / "b"], store, analyser=no_analysis)
    assert (report.added, report.unchanged, store.count()) == (1, 1, 1)


def test_pipeline_site_outlet_takes_the_corpus_name(tmp_path: Path) -> None:
    write(tmp_path / "in", "1.txt", f"Ferry strike\n\n{BODY}\n\nSupport The Harbour Gazette!")
    write(
        tmp_path / "in",
        "2.txt",
        f"Bridge works\n\nBridge {BODY}\n\nOriginal url:\n\n<https://www.harbourgazette.example/2025/03/04/b>",
    )
    store = Store(tmp_path / "s.db")
    ingest([tmp_path / "in"], store, analyser=no_analysis)
    assert {a.outlet for a in store.articles()} == {"The Harbour Gazette"}


def test_pipeline_oversized_article_is_skipped_with_limit(tmp_path: Path) -> None:
    write(tmp_path / "in", "big.txt", "Big\n\n" + ("word " * 120_000))
    report = ingest([tmp_path / "in"], Store(tmp_path / "s.db"), analyser=no_analysis)
    assert report.added == 0 and "over the" in report.skipped[0].reason


def test_pipeline_non_english_article_is_marked_and_kept(tmp_path: Path) -> None:
    write(
        tmp_path / "in",
        "fr.txt",
        "Grève des ferries\n\n" + "Les équipages des ferries ont cessé le travail mardi "
        "pour protester contre les salaires, laissant des centaines de passagers au port. " * 3,
    )
    store = Store(tmp_path / "s.db")
    ingest([tmp_path / "in"], store, analyser=no_analysis)
    assert store.articles()[0].language == "fr"


def test_pipeline_articles_are_numbered_in_ingest_order_across_chunks_and_runs(tmp_path: Path) -> None:
    for name in "abcde":
        write(tmp_path / "in", f"{name}.txt", f"Story {name}\n\n{name.upper()} {BODY}")
    store = Store(tmp_path / "s.db")
    ingest([tmp_path / "in"], store, analyser=no_analysis, chunk=2)
    write(tmp_path / "more", "f.txt", f"Story f\n\nF {BODY}")
    ingest([tmp_path / "in", tmp_path / "more"], store, analyser=no_analysis, chunk=2)
    rows = store.conn.execute("SELECT seq, source FROM articles ORDER BY seq").fetchall()
    assert [seq for seq, _ in rows] == [1, 2, 3, 4, 5, 6]
    assert [Path(source).stem for _, source in rows] == list("abcdef")


def test_pipeline_a_lead_an_outlet_reuses_on_its_subject_is_still_told(tmp_path: Path) -> None:
    lead = "Ferry crews in Bergen walked out on Tuesday over pay, stranding passengers at the quay."
    details = [
        "The Bergen ferry company said it would meet the crews' union on Friday to discuss pay.",
        "Passengers stranded at the Bergen quay were offered hotel rooms by the ferry company.",
        "The union said crews in Bergen would stay out until the ferry company raised pay.",
    ]
    for i, detail in enumerate(details):
        write(tmp_path / "in", f"{i}.txt", f"Title {i}\n\n{lead}\n\n{detail}\n\nGet the Harbour Gazette app")
    store = Store(tmp_path / "s.db")
    ingest([tmp_path / "in"], store, analyser=paragraph_sentences)
    articles = store.articles()
    told = Corpus(store).analyses(articles)
    texts = {a.text[s.start : s.end] for a in articles for s in told[a.id].sentences}
    assert lead in texts and "Get the Harbour Gazette app" not in texts


class Deferred:
    """An analyser whose work "runs elsewhere": ``start`` hands back what waits for it, run only when waited
    for, and records the order in which the pipeline starts, waits and writes."""

    def __init__(self, events: list[str], fail_on: str | None = None) -> None:
        self.events = events
        self.fail_on = fail_on

    def __call__(self, articles):
        if any(self.fail_on and self.fail_on in a.text for a in articles):
            raise ValueError("cannot analyse")
        return paragraph_sentences(articles)

    def start(self, articles):
        self.events.append(f"start {len(articles)}")

        def wait():
            self.events.append(f"wait {len(articles)}")
            return self(articles)

        return wait


def test_pipeline_a_chunk_analysed_while_the_one_before_is_written_stores_and_reports_the_same(
    tmp_path: Path,
) -> None:
    """With an analyser that starts its work elsewhere, the next chunk's analysis starts before the chunk
    before it is written, and the store, its export and the report are those of writing chunk after chunk:
    an article read again in the next chunk counts as already stored, skips keep their order."""
    for i in range(7):  # chunks of 3: 0 1 2, 3 4 5, 5b 6 7
        write(tmp_path / "in", f"{i}.txt", f"Story {i}\n\nCrews in town {i} walked out. {BODY}")
    write(tmp_path / "in", "5b.txt", f"Broken\n\nUnreadable words. {BODY}")  # its analysis fails: skipped
    write(tmp_path / "in", "7.txt", f"Story 3\n\nCrews in town 3 walked out. {BODY}")  # 3.txt, a chunk later
    write(tmp_path / "in", "8.txt", "   \n\n   ")  # empty: skipped by its reader, after the failed analysis
    events: list[str] = []
    reports, exports = [], []
    for name, analyser in (("one", Deferred([], "Unreadable")), ("ahead", Deferred(events, "Unreadable"))):
        with Store(tmp_path / f"{name}.db") as store:
            if name == "one":
                analyser.start = None  # type: ignore[method-assign]  # analysed when written
            report = ingest([tmp_path / "in"], store, analyser=analyser, chunk=3)
            reports.append(report)
            exports.append(Corpus(store).export())
    one, ahead = reports
    assert exports[0] == exports[1]
    assert (ahead.added, ahead.unchanged, ahead.read) == (one.added, one.unchanged, one.read)
    assert ahead.skipped == one.skipped and ahead.warnings == one.warnings
    assert one.unchanged == 1 and len(one.skipped) == 2
    # the second chunk is started before the first is written
    assert events[:3] == ["start 3", "start 3", "wait 3"]


def test_pipeline_asked_to_stop_a_chunk_analysed_elsewhere_reads_no_more_than_one_by_one(
    tmp_path: Path,
) -> None:
    """Asked to stop, the ingest whose next chunk is analysed while the one before is written stops where
    writing chunk after chunk stops: the same articles stored, read and skipped."""
    for i in range(9):
        write(tmp_path / "in", f"{i}.txt", f"Story {i}\n\nCrews in town {i} walked out. {BODY}")
    reports = []
    for name in ("one", "ahead"):
        analyser = Deferred([])
        if name == "one":
            analyser.start = None  # type: ignore[method-assign]
        with Store(tmp_path / f"{name}.db") as store:
            items = read_all([tmp_path / "in"])
            reports.append(ingest_items(items, store, analyser, chunk=3, stop=lambda: True))
    one, ahead = reports
    assert (ahead.added, ahead.read, ahead.skipped, ahead.stopped) == (one.added, one.read, one.skipped, True)
