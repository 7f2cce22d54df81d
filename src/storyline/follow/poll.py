"""One poll of the followed feeds: conditional requests, one at a time per host, and back-off.

Each feed is asked with the validators of its last good response (ETag, Last-Modified), so an unchanged feed
costs a 304 and nothing else. A host's feeds are asked one after another (never two requests to a host at
once); different hosts are asked side by side. A feed answering 429 or 503 is left alone for as long as its
``Retry-After`` asks (or a back-off, when it names none); a feed that fails (gone, unreachable, not a feed) is
left alone for a back-off that doubles with each failure in a row, from ``RETRY_S`` up to ``MAX_BACKOFF_S``.

A poll only reads: it returns each feed's articles and the state to remember for it, and the follower saves
that state once the articles are committed, so an interrupted round asks again for what it did not store.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import NamedTuple

from ..readers import Fetcher, FetchPolicy
from ..readers.base import HttpRefusal, Item, RawArticle, Skipped, host_of
from ..readers.decode import NotText, decode
from ..readers.dispatch import kind_of, read_fetched
from ..readers.fetch import Fetched
from ..readers.guard import guarded
from ..readers.opml import opml_feeds
from ..store.follow import FeedState

RETRY_S = 60.0
"""The first back-off after a failure (doubled for each failure in a row)."""
MAX_BACKOFF_S = 6 * 3600.0
"""The longest a failing feed is left alone."""
MAX_HOSTS = 8
"""Hosts asked side by side."""


@dataclass(frozen=True)
class FeedPoll:
    """What one feed's poll gave: how it went (``read``, ``unchanged``, ``throttled``, ``failed``, ``waiting``,
    ``list`` for an OPML subscription list), its articles and refusals, the feeds a list names, the state to
    remember once its articles are stored, and a line for the log."""

    url: str
    outcome: str
    state: FeedState
    line: str
    items: tuple[Item, ...] = ()
    feeds: tuple[str, ...] = ()
    seconds: float = 0.0


class _Answer(NamedTuple):
    """What one feed's request gave (None: not asked, it must wait), when, and how long it took."""

    state: FeedState
    fetched: Fetched | Skipped | None
    asked_at: float
    seconds: float


@dataclass
class Poller:
    """Polls feeds under a fetching policy; ``now`` and ``stop`` are the clock and the request to stop (asked
    before each request)."""

    policy: FetchPolicy = field(default_factory=FetchPolicy)
    now: Callable[[], float] = time.time
    stop: Callable[[], bool] = lambda: False
    fetcher_factory: Callable[[FetchPolicy], Fetcher] = Fetcher

    def poll(self, urls: Sequence[str], states: Mapping[str, FeedState]) -> list[FeedPoll]:
        """Every feed of ``urls`` polled once (in the order given), each host's one after another.

        Only the requests run side by side; what came back is read here, in the calling thread, one feed after
        another (readers watch the process's warnings and stderr, which threads would mix up)."""
        by_host: dict[str, list[str]] = {}
        for url in dict.fromkeys(urls):
            by_host.setdefault(host_of(url), []).append(url)
        answers: dict[str, _Answer] = {}
        with ThreadPoolExecutor(max_workers=max(1, min(MAX_HOSTS, len(by_host)))) as pool:
            for found in pool.map(lambda group: list(self._host(group, states)), by_host.values()):
                answers.update((a.state.url, a) for a in found)
        with self.fetcher_factory(self.policy) as links:
            return [self._outcome(answers[u], links) for u in dict.fromkeys(urls) if u in answers]

    def _host(self, urls: Sequence[str], states: Mapping[str, FeedState]) -> Iterator[_Answer]:
        with self.fetcher_factory(self.policy) as fetcher:
            for url in urls:
                if self.stop():
                    return
                yield self._ask(url, states.get(url) or FeedState(url), fetcher)

    def _ask(self, url: str, state: FeedState, fetcher: Fetcher) -> _Answer:
        """One feed's request, unless it must wait."""
        now = self.now()
        if state.not_before > now:
            return _Answer(state, None, now, 0.0)
        started = time.perf_counter()
        fetched = fetcher.fetch(url, trusted=True, validators=state.validators)
        return _Answer(replace(state, polled_at=_iso(now)), fetched, now, time.perf_counter() - started)

    def _outcome(self, answer: _Answer, links: Fetcher) -> FeedPoll:
        state, fetched, now, seconds = answer
        url = state.url
        if fetched is None:
            until = _iso(state.not_before)
            return FeedPoll(
                url, "waiting", state, f"{url}: not asked before {until} ({state.note or 'back-off'})"
            )
        if isinstance(fetched, Skipped):
            return self._failed(url, state, fetched, now, seconds)
        if fetched.status == 304:
            state = replace(state, status=304, failures=0, not_before=0.0, note=None)
            return FeedPoll(url, "unchanged", state, f"{url}: not modified", seconds=seconds)
        return self._read(url, state, fetched, links, seconds)

    def _failed(self, url: str, state: FeedState, refusal: Skipped, now: float, seconds: float) -> FeedPoll:
        failures = state.failures + 1
        backoff = min(MAX_BACKOFF_S, RETRY_S * 2 ** (failures - 1))
        status = refusal.status if isinstance(refusal, HttpRefusal) else None
        wait = refusal.retry_after if isinstance(refusal, HttpRefusal) else None
        throttled = status in (429, 503)
        pause = wait if throttled and wait is not None else backoff
        state = replace(
            state, status=status, failures=failures, not_before=now + pause, note=refusal.reason[:200]
        )
        outcome = "throttled" if throttled else "failed"
        line = f"{url}: {refusal.reason}; next try after {pause:.0f}s"
        return FeedPoll(url, outcome, state, line, items=(refusal,), seconds=seconds)

    def _read(
        self, url: str, state: FeedState, fetched: Fetched, fetcher: Fetcher, seconds: float
    ) -> FeedPoll:
        validators = fetched.validators
        state = replace(
            state,
            etag=validators.get("etag"),
            last_modified=validators.get("last-modified"),
            status=fetched.status,
            failures=0,
            not_before=0.0,
            note=None,
        )
        try:
            text = decode(fetched.data, fetched.charset)
        except NotText as exc:
            return self._failed(url, state, Skipped(url, str(exc)), self.now(), seconds)
        if kind_of(text, content_type=fetched.content_type) == "opml":
            try:
                feeds = tuple(opml_feeds(text))
            except ValueError as exc:
                return self._failed(url, state, Skipped(url, str(exc)), self.now(), seconds)
            return FeedPoll(url, "list", state, f"{url}: a list of {len(feeds)} feeds", feeds=feeds)
        items = tuple(guarded(read_fetched(fetched, fetcher), url))
        read = sum(isinstance(i, RawArticle) for i in items)
        line = f"{url}: {read} entries read"
        return FeedPoll(url, "read", state, line, items=items, seconds=seconds)


def _iso(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).isoformat(timespec="seconds")
