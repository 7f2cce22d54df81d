"""``storyline demo``: the whole pipeline on the sample corpus that ships with the package."""

from __future__ import annotations

from importlib.resources import as_file, files

from ..corpus import Corpus
from ..pipeline import ingest
from ..render.markdown import render_markdown
from ..store import Store
from .progress import ProgressPrinter


def sample_path():
    """A context manager giving the bundled sample articles folder as a real path."""
    return as_file(files("storyline") / "sample" / "articles")


def run_demo(db: str) -> str:
    """Ingests the sample into ``db`` and returns the report of its largest story, with an ingest summary."""
    with sample_path() as folder, Store(db) as store:
        report = ingest([folder], store, progress=ProgressPrinter())
        corpus = Corpus(store)
        stories = sorted(corpus.stories(), key=lambda s: (-len(s.articles), s.id))
        lines = [f"Ingested the sample corpus: {report.summary()}.", ""]
        for skipped in report.skipped:
            lines.append(f"skipped {skipped}")
        lines.append(f"{len(stories)} stories:")
        for s in stories:
            lines.append(f"  {s.id}  {len(s.articles)} articles  {s.title}")
        lines += ["", "Report of the main story:", "", ""]
        return "\n".join(lines) + render_markdown(corpus.bundle(stories[0].id))
