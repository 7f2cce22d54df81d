"""``storyline follow``, ``changes`` and ``watch``: following feeds, reading what the ingests changed, saved
searches."""

from __future__ import annotations

import json
import signal
import sys
from datetime import UTC, datetime
from pathlib import Path

import click

from .commands import DB_HELP, _store, allow_private_option, cli, workers_option


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--db", default="storyline.db", show_default=True, help=DB_HELP)
@click.option(
    "--every", default="15m", show_default=True, metavar="INTERVAL", help="Time between rounds: 30s, 15m, 2h."
)
@click.option("--once", is_flag=True, help="Poll every feed once and exit (for cron and tests).")
@workers_option
@allow_private_option
@click.option("--quiet", "-q", is_flag=True, help="Print only each round's summary and problems.")
def follow(
    sources: tuple[str, ...],
    db: str,
    every: str,
    once: bool,
    workers: int | None,
    allow_private: bool,
    quiet: bool,
) -> None:
    """Poll RSS, Atom and JSON Feed URLs and OPML lists on a schedule, ingesting what is new.

    Each round asks every feed with conditional requests (one at a time per host, backing off on errors and on
    429/503), stores new articles through the same pipeline as `ingest`, and records what changed in each
    story (`storyline changes`). SIGINT or SIGTERM stops after the current request or chunk, leaving a
    consistent store.
    """
    from ..analyse.parallel import make_analyser
    from ..follow.follower import duration
    from ..follow.follower import follow as run_follow
    from ..readers import FetchPolicy
    from ..store.lock import ingest_lock

    try:
        interval = duration(every)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--every") from exc
    folder = Path(db).resolve().parent
    if not folder.is_dir():
        raise click.UsageError(f"cannot create the store {db}: no folder {folder}")
    stopping: list[int] = []

    def stop_on(signum: int, frame: object) -> None:
        stopping.append(signum)
        click.echo("stopping after the current request or chunk…", err=True)

    old = {s: signal.signal(s, stop_on) for s in (signal.SIGINT, signal.SIGTERM)}

    def log(kind: str, line: str) -> None:
        if kind == "round":
            click.echo(f"{_now()} {line}")
        elif kind == "problem" or not quiet:
            click.echo(f"{_now()} {line}", err=True)

    try:
        with _store(db, readonly=False) as store:
            analyser = make_analyser(workers)
            try:
                rounds = run_follow(
                    list(sources),
                    store,
                    analyser,
                    interval,
                    FetchPolicy(allow_private=allow_private),
                    once=once,
                    stop=lambda: bool(stopping),
                    log=log,
                    writing=lambda: ingest_lock(db),
                )
            finally:
                analyser.close()
    finally:
        for s, handler in old.items():
            signal.signal(s, handler)
    refused = [r for report in rounds for r in report.refused]
    for skipped in dict.fromkeys(refused):
        click.echo(f"skipped {skipped}", err=True)
    if refused and not any(report.polls for report in rounds):
        sys.exit(1)


@cli.command()
@click.option("--db", default="storyline.db", show_default=True, help=DB_HELP)
@click.option(
    "--since", default=None, metavar="TIME", help="Only changes at or after this UTC time (ISO 8601)."
)
@click.option("--story", "story_id", default=None, help="Only this story's changes.")
@click.option("--limit", type=click.IntRange(1), default=None, help="At most this many (newest first).")
@click.option("--json", "as_json", is_flag=True, help='Print {"format": "storyline/1", "changes": [...]}.')
def changes(db: str, since: str | None, story_id: str | None, limit: int | None, as_json: bool) -> None:
    """List what the ingests changed: new stories and articles, figure values, disagreements, quotes, dates."""
    from ..corpus import Corpus
    from ..export import changes_document

    if since:
        since = _iso_time(since)
    with _store(db) as store:
        found = Corpus(store).changes(since=since, story_id=story_id, limit=limit)
        if as_json:
            click.echo(json.dumps(changes_document(found), ensure_ascii=False, indent=2))
            return
        if not found:
            click.echo("no changes recorded (every `ingest` and `follow` records what it changes)")
            return
        for c in found:
            cited = ", ".join(f"{x.article}:{x.start}-{x.end}" for x in c.citations)
            click.echo(f"{c.at}  {c.story or '-':<18}  {c.kind:<12}  {c.text}  [{cited}]")


@cli.group()
def watch() -> None:
    """Saved searches: their new matches appear in their own Atom feed (/watches)."""


@watch.command("add")
@click.argument("query")
@click.option("--db", default="storyline.db", show_default=True, help=DB_HELP)
def watch_add(query: str, db: str) -> None:
    """Save a search; articles matching it that arrive from now on appear in its feed."""
    from ..ids import watch_id
    from ..models import Watch

    if not query.strip():
        raise click.BadParameter("the query is empty", param_hint="QUERY")
    with _store(db, readonly=False) as store, store.write():
        saved = Watch(watch_id(query), " ".join(query.split()), _now(), store.last_seq())
        added = store.follow.add_watch(saved)
    state = "saved" if added else "already saved"
    click.echo(f"{saved.id}  {saved.query}  ({state}; feed: /watches/{saved.id}/feed.atom)")


@watch.command("list")
@click.option("--db", default="storyline.db", show_default=True, help=DB_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def watch_list(db: str, as_json: bool) -> None:
    """List the saved searches and how many new articles matched each."""
    from ..corpus import Corpus
    from ..export import watch_dict

    with _store(db) as store:
        found = [watch_dict(w, matches) for w, matches in Corpus(store).watches()]
    if as_json:
        click.echo(json.dumps({"watches": found}, ensure_ascii=False, indent=2))
        return
    if not found:
        click.echo('no saved searches: `storyline watch add "words"` saves one')
    for w in found:
        click.echo(f"{w['id']}  {w['matches']:>4} new  {w['query']}")


@watch.command("remove")
@click.argument("watch_id")
@click.option("--db", default="storyline.db", show_default=True, help=DB_HELP)
def watch_remove(watch_id: str, db: str) -> None:
    """Forget a saved search."""
    from ..errors import NotFound

    with _store(db, readonly=False) as store, store.write():
        removed = store.follow.remove_watch(watch_id)
    if not removed:
        raise NotFound(f"no saved search with id {watch_id!r}")
    click.echo(f"removed {watch_id}")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _iso_time(text: str) -> str:
    """``text`` (an ISO date or time, UTC when it names no zone) as the form changes are stored in."""
    try:
        when = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError as exc:
        raise click.BadParameter(f"{text!r} is not an ISO 8601 date or time", param_hint="--since") from exc
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).isoformat(timespec="seconds")
