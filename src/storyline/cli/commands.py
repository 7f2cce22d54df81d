"""The command line: parse arguments, call the library, print. No logic lives here.

Exit status: 0 success, 1 bad input or usage (one line naming the problem), 2 internal error.
"""

from __future__ import annotations

import contextlib
import json
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..errors import NotFound, StorylineError

if TYPE_CHECKING:
    from ..corpus import Corpus

DB_HELP = "SQLite store to use (default: storyline.db in the current folder)."

workers_option = click.option(
    "--workers",
    "-j",
    type=click.IntRange(1, 256),
    default=None,
    help="Processes that analyse articles (default: the number of cores).",
)
allow_private_option = click.option(
    "--allow-private",
    is_flag=True,
    help="Let links found in content reach loopback, private and link-local addresses.",
)


def _store(db: str, readonly: bool = True):
    from ..store import Store

    return Store(db, readonly=readonly)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="storyline")
def cli() -> None:
    """storyline: turn news articles into reconstructed, cited stories."""


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--db", default="storyline.db", show_default=True, help=DB_HELP)
@workers_option
@click.option(
    "--scheduler",
    default=None,
    metavar="tcp://HOST:PORT",
    help="Run the per-article analysis on this Dask distributed scheduler.",
)
@click.option(
    "--dask",
    "dask_mode",
    type=click.Choice(["local"]),
    default=None,
    help="Run the per-article analysis on a local Dask cluster (--workers processes).",
)
@click.option(
    "--fetch/--no-fetch",
    default=False,
    show_default=True,
    help="Fetch the pages that entries of local feed files link to (URLs named here are always fetched).",
)
@allow_private_option
@click.option("--quiet", "-q", is_flag=True, help="Print only the summary and problems.")
def ingest(
    sources: tuple[str, ...],
    db: str,
    workers: int | None,
    scheduler: str | None,
    dask_mode: str | None,
    fetch: bool,
    allow_private: bool,
    quiet: bool,
) -> None:
    """Read articles from files, folders, .jsonl(.gz) dumps, feeds, WARC files and URLs into the store."""
    from ..analyse.parallel import make_analyser
    from ..pipeline import ingest as run_ingest
    from ..readers import FetchPolicy
    from ..store.lock import ingest_lock
    from .progress import ProgressPrinter

    printer = ProgressPrinter(quiet=quiet)
    folder = Path(db).resolve().parent
    if not folder.is_dir():
        raise click.UsageError(f"cannot create the store {db}: no folder {folder}")

    def waiting() -> None:
        click.echo(f"waiting for another ingest into {db} to finish…", err=True)

    with ingest_lock(db, on_wait=waiting), _store(db, readonly=False) as store:
        analyser = make_analyser(workers, scheduler, dask_local=dask_mode == "local")
        if hasattr(analyser, "where") and not quiet:
            click.echo(analyser.where, err=True)
        try:
            policy = FetchPolicy(links_of_files=fetch, allow_private=allow_private)
            report = run_ingest(sources, store, analyser=analyser, progress=printer, fetching=policy)
        finally:
            analyser.close()
    printer.done()
    for notice in report.warnings:
        click.echo(f"warning {notice}", err=True)
    for skipped in report.skipped:
        click.echo(f"skipped {skipped}", err=True)
    click.echo(f"{report.summary()}; store {db} holds {_count(db)} articles")
    if report.read == 0:
        click.echo("error: no article could be read from the sources given", err=True)
        sys.exit(1)
    if report.skipped:
        sys.exit(1)


def _write_lines(records: Iterable[dict[str, Any]], output: str | None) -> None:
    """One JSON record a line, to ``output`` or stdout, each written as soon as it is made."""
    with Path(output).open("w", encoding="utf-8") if output else contextlib.nullcontext(sys.stdout) as target:
        for record in records:
            target.write(json.dumps(record, ensure_ascii=False) + "\n")
    if output:
        click.echo(f"wrote {output}", err=True)


def _write_document(corpus: Corpus, output: str | None) -> None:
    """The whole store's JSON export, to ``output`` or stdout, written as its records are made."""
    from .. import export

    with Path(output).open("w", encoding="utf-8") if output else contextlib.nullcontext(sys.stdout) as target:
        export.write_document(corpus.export_records(), target)
        target.write("\n")
    if output:
        click.echo(f"wrote {output}", err=True)


def _count(db: str) -> int:
    with _store(db) as store:
        return store.count()


@cli.command()
@click.option("--db", default="storyline.db", show_default=True, help=DB_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def stories(db: str, as_json: bool) -> None:
    """List the stories: id, title, article count, first and last date."""
    from ..corpus import Corpus
    from ..export import story_row

    with _store(db) as store:
        found = Corpus(store).stories()
    if as_json:
        rows = [story_row(s) for s in found]
        click.echo(json.dumps({"stories": rows}, ensure_ascii=False, indent=2))
        return
    if not found:
        click.echo("no stories yet: run `storyline ingest PATH` first")
        return
    for s in found:
        span = f"{s.first or '?'}..{s.last or '?'}"
        click.echo(f"{s.id}  {len(s.articles):>4} articles  {span:<23}  {s.title}")


@cli.command()
@click.option("--db", default="storyline.db", show_default=True, help=DB_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def storylines(db: str, as_json: bool) -> None:
    """List the storylines (stories that continue one another): id, stories, articles, first and last date."""
    from ..corpus import Corpus
    from ..export import storyline_row

    with _store(db) as store:
        found = Corpus(store).storylines()
    if as_json:
        rows = [storyline_row(line) for line in found]
        click.echo(json.dumps({"storylines": rows}, ensure_ascii=False, indent=2))
        return
    if not found:
        click.echo("no storylines yet: run `storyline ingest PATH` first")
        return
    for line in found:
        span = f"{line.first or '?'}..{line.last or '?'}"
        click.echo(
            f"{line.id}  {len(line.stories):>3} stor{'ies' if len(line.stories) != 1 else 'y  '}  "
            f"{len(line.articles):>4} articles  {span:<23}  {line.title}"
        )


@cli.command()
@click.argument("story_id")
@click.option("--db", default="storyline.db", show_default=True, help=DB_HELP)
def show(story_id: str, db: str) -> None:
    """Print one story (s-…) or storyline (l-…) as a readable report."""
    from ..corpus import Corpus
    from ..render.markdown import render_markdown

    with _store(db) as store:
        corpus = Corpus(store)
        if story_id.startswith("l-"):
            line = corpus.storyline(story_id)
            stories = {s.id: s for s in corpus.stories()}
            report = render_markdown(corpus.storyline_bundle(line.id), [stories[i] for i in line.stories])
        else:
            report = render_markdown(corpus.bundle(story_id))
    click.echo(report, nl=False)


@cli.command()
@click.option("--db", default="storyline.db", show_default=True, help=DB_HELP)
@click.option("--story", "story_id", default=None, help="Export only this story and its articles.")
@click.option(
    "--format", "fmt", type=click.Choice(["json", "jsonl", "md", "html"]), default="json", show_default=True
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None, help="File to write."
)
def export(db: str, story_id: str | None, fmt: str, output: str | None) -> None:
    """Write the whole store (or one story) as JSON (format storyline/1), JSON lines (one record a line, each
    with its kind, written as it is made), Markdown or an HTML page."""
    from ..corpus import Corpus
    from ..render.html import render_html
    from ..render.markdown import render_markdown

    with _store(db) as store:
        corpus = Corpus(store)
        if fmt == "jsonl":
            _write_lines(corpus.export_records(story_id), output)
            return
        if fmt == "json" and story_id is None:
            _write_document(corpus, output)
            return
        if fmt == "json":
            text = json.dumps(corpus.export(story_id), ensure_ascii=False, indent=2) + "\n"
        else:
            stories = [corpus.story(story_id)] if story_id else corpus.stories()
            text = "\n\n".join(render_markdown(corpus.bundle(s.id)) for s in stories)
            if fmt == "html":
                title = stories[0].title if len(stories) == 1 else f"storyline: {len(stories)} stories"
                text = render_html(text.replace("\n# ", "\n---\n\n# "), title)
    if output:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(text, nl=False)


@cli.command()
@click.option("--db", default="storyline.db", show_default=True, help=DB_HELP)
@click.option("--story", "story_id", default=None, help="Over one story.")
@click.option(
    "--query", default=None, metavar="WORDS", help="Over every article matching any of these words."
)
@click.option("--all", "everything", is_flag=True, help="Over every article in the store.")
@click.option(
    "--dates",
    "max_dates",
    type=click.IntRange(1, 1000),
    default=10,
    show_default=True,
    help="At most N dates.",
)
@click.option(
    "--per-date",
    type=click.IntRange(1, 100),
    default=2,
    show_default=True,
    help="At most K sentences a date.",
)
@click.option("--json", "as_json", is_flag=True, help='Print {"format": "storyline/1", "timeline": [...]}.')
def timeline(
    db: str,
    story_id: str | None,
    query: str | None,
    everything: bool,
    max_dates: int,
    per_date: int,
    as_json: bool,
) -> None:
    """Build a timeline over one story, the articles matching a query, or the whole store."""
    from ..corpus import Corpus
    from ..export import timeline_document

    if sum((story_id is not None, query is not None, everything)) != 1:
        raise click.UsageError("give exactly one of --story ID, --query WORDS or --all")
    with _store(db) as store:
        corpus = Corpus(store)
        entries = corpus.timeline(story_id, query, max_dates, per_date)
        titles = {a.id: a.outlet or a.title or a.id for a in store.articles(_cited(entries))}
    if as_json:
        click.echo(json.dumps(timeline_document(entries), ensure_ascii=False, indent=2))
        return
    if not entries:
        click.echo("no dated events found")
    for e in entries:
        span = f"  ({e.earliest}..{e.latest})" if e.earliest and e.earliest != e.latest else ""
        click.echo(f"{e.date}{span}")
        for s in e.sentences:
            sources = "; ".join(dict.fromkeys(titles.get(c.article, c.article) for c in s.citations))
            click.echo(f"  - {' '.join(s.text.split())}  [{sources}]")


def _cited(entries: list) -> list[str]:
    return list(dict.fromkeys(c.article for e in entries for s in e.sentences for c in s.citations))


@cli.command()
@click.option("--db", default="storyline.db", show_default=True, help=DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
def serve(db: str, host: str, port: int) -> None:
    """Serve the local web UI and JSON API over the store."""
    from ..web import serve as run_server

    if not Path(db).exists():
        raise click.UsageError(f"no store at {db}: run `storyline ingest PATH --db {db}` first")
    click.echo(f"storyline: serving {db} on http://{host}:{port}/ (Ctrl+C to stop)", err=True)
    run_server(db, host=host, port=port)


@cli.command()
@click.option(
    "--keep", type=click.Path(file_okay=True, dir_okay=False), default=None, help="Keep the store here."
)
def demo(keep: str | None) -> None:
    """Run the whole pipeline on the bundled sample corpus and print the report of its main story."""
    from .demo import run_demo

    with tempfile.TemporaryDirectory() as tmp:
        db = keep or str(Path(tmp) / "demo.db")
        click.echo(run_demo(db), nl=False)


def main() -> None:
    """Console-script entry point: maps errors to the contract's exit statuses."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        click.echo(f"error: {exc.format_message()}", err=True)
        sys.exit(1)
    except (NotFound, StorylineError) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(1)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # the contract's "internal error": say what, and where to report it
        click.echo(f"internal error: {type(exc).__name__}: {exc}", err=True)
        sys.exit(2)
