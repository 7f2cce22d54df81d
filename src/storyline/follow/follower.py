"""Following feeds: rounds of polling, each ingested through the same pipeline as a batch, with what it changed.

A round expands the sources (an OPML list, a local file or a URL, gives its feeds), polls every feed
(``poll``), stores their articles in committed chunks through ``pipeline.ingest_items`` with the changes each
chunk made (``changes``) recorded in the chunk's transaction, and then remembers each feed's state (validators,
back-off). Asked to stop, a round ends after the current request or chunk; a feed whose articles were not all
committed keeps its old state, so the next round asks for it again and stores what is missing (ids are content
hashes: what is stored is skipped).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from ..pipeline import Analyser, IngestReport, ingest_items
from ..readers import FetchPolicy
from ..readers.base import Skipped
from ..readers.opml import looks_like_opml, opml_feeds
from ..store import Store
from .changes import record_changes
from .poll import FeedPoll, Poller

CHUNK = 50
"""Articles analysed and committed together while following: small, so that a stop comes soon."""

Log = Callable[[str, str], None]
"""log(kind, line): ``feed`` for a feed's poll, ``problem`` for a feed that failed or must wait, ``round`` for a
round's summary."""


@dataclass
class RoundReport:
    """One round: each feed's poll, what the ingest did, the changes recorded, and the time it took."""

    polls: list[FeedPoll] = field(default_factory=list)
    ingest: IngestReport = field(default_factory=IngestReport)
    changes: int = 0
    refused: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def stopped(self) -> bool:
        return self.ingest.stopped

    def summary(self) -> str:
        counts: dict[str, int] = {}
        for p in self.polls:
            counts[p.outcome] = counts.get(p.outcome, 0) + 1
        told = ", ".join(f"{n} {outcome}" for outcome, n in sorted(counts.items()))
        return (
            f"{len(self.polls)} feeds ({told or 'none'}); {self.ingest.added} articles added, "
            f"{self.changes} changes in {self.seconds:.1f}s"
        )


def feeds_of(sources: Sequence[str]) -> tuple[list[str], list[Skipped]]:
    """The URLs to poll: URLs as given, and the feeds of local OPML lists; anything else is refused."""
    urls: list[str] = []
    refused: list[Skipped] = []
    for source in sources:
        if source.startswith(("http://", "https://")):
            urls.append(source)
            continue
        path = Path(source)
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            refused.append(Skipped(source, f"cannot read file ({exc.strerror or exc})"))
            continue
        if not (path.suffix.lower() == ".opml" or looks_like_opml(text)):
            refused.append(
                Skipped(source, "not a feed URL or an OPML list (ingest files with `storyline ingest`)")
            )
            continue
        try:
            found = opml_feeds(text)
        except ValueError as exc:
            refused.append(Skipped(source, str(exc)))
            continue
        if not found:
            refused.append(Skipped(source, "OPML list names no feeds (no xmlUrl)"))
        urls += found
    return list(dict.fromkeys(urls)), refused


def follow_round(
    sources: Sequence[str],
    store: Store,
    analyser: Analyser,
    policy: FetchPolicy | None = None,
    stop: Callable[[], bool] = lambda: False,
    log: Log | None = None,
    poller: Poller | None = None,
) -> RoundReport:
    """One round over ``sources``: poll, store, record changes, remember the feeds' states."""
    started = time.perf_counter()
    report = RoundReport()
    poller = poller or Poller(policy or FetchPolicy(), stop=stop)
    urls, report.refused = feeds_of(sources)
    states = {s.url: s for s in store.follow.feeds()}
    pending = urls
    while pending:  # a polled OPML list gives feeds to poll in the same round
        polls = poller.poll(pending, states)
        report.polls += polls
        listed = [f for p in polls for f in p.feeds]
        pending = [f for f in dict.fromkeys(listed) if f not in {p.url for p in report.polls}]
    for p in report.polls:
        if log:
            log("problem" if p.outcome in ("failed", "throttled") else "feed", p.line)
    items = [item for p in report.polls for item in p.items if not _own_refusal(item, p)]

    def record(chunk_store: Store, added: list[str]) -> None:
        report.changes += record_changes(chunk_store, added)

    if not stop():
        report.ingest = ingest_items(items, store, analyser, chunk=CHUNK, on_chunk=record, stop=stop)
    else:
        report.ingest.stopped = True
    with store.write():
        for p in report.polls:
            if p.outcome == "read" and report.stopped:
                continue  # its articles may not all be stored: ask again next round
            store.follow.put_feed(p.state)
    report.seconds = time.perf_counter() - started
    return report


def follow(
    sources: Sequence[str],
    store: Store,
    analyser: Analyser,
    every: float,
    policy: FetchPolicy | None = None,
    once: bool = False,
    stop: Callable[[], bool] = lambda: False,
    log: Log | None = None,
    writing: Callable[[], AbstractContextManager[object]] = nullcontext,
    sleep: Callable[[float], None] = time.sleep,
) -> list[RoundReport]:
    """Rounds every ``every`` seconds (one with ``once``) until ``stop`` says so; ``writing`` is held around
    each round (the store's ingest lock, so that a batch ingest waits for the round and not for the follower)."""
    rounds = []
    while True:
        began = time.monotonic()
        with writing():
            report = follow_round(sources, store, analyser, policy, stop, log)
        rounds.append(report)
        if log:
            log("round", ("stopped: " if report.stopped else "round: ") + report.summary())
        if once or stop():
            return rounds
        while not stop() and time.monotonic() - began < every:
            sleep(min(1.0, max(0.0, every - (time.monotonic() - began))))
        if stop():
            return rounds


_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)?\s*$", re.IGNORECASE)
_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def duration(text: str) -> float:
    """Seconds from "90", "30s", "15m", "2h" or "1d"; ValueError for anything else or for zero."""
    m = _DURATION.match(text)
    if not m:
        raise ValueError(f"{text!r} is not a duration (say 30s, 15m, 2h or 1d)")
    seconds = float(m.group(1)) * _SECONDS[(m.group(2) or "s").lower()]
    if seconds <= 0:
        raise ValueError(f"{text!r}: the interval must be more than zero")
    return seconds


def _own_refusal(item: object, poll: FeedPoll) -> bool:
    """The failure of the feed's own request (told in the poll's line, not as a skipped article)."""
    return poll.outcome in ("failed", "throttled") and isinstance(item, Skipped)
