"""Following 200 feeds: how long a poll round takes, from a backfill to rounds where nothing or a little moved.

A local HTTP server serves ``--feeds`` RSS feeds spread over ``--hosts`` host names (all resolving to the
server, so requests to different hosts go side by side and a host's requests one at a time), each answering
conditional requests with its ETag. The entries are Timeline17 articles (read from ../shared in place, dated
by their folders). Rounds, each one ``follow_round`` into one store:

1. backfill: every feed holds ``--entries`` entries, all new;
2. nothing changed: every feed answers 304;
3. a tenth of the feeds gained one entry;
4. every feed gained one entry.

For each round: seconds, requests by status, articles added, changes recorded, and the most requests one host
served at once (must be 1).

Run: ``.venv/bin/python benchmarks/bench_follow.py [--feeds 200] [--hosts 10] [--entries 3] [--workers 1]``
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

from storyline.analyse.parallel import make_analyser
from storyline.follow.follower import follow_round
from storyline.follow.poll import Poller
from storyline.readers import Fetcher, FetchPolicy
from storyline.store import Store

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "timeline17"


def articles() -> list[tuple[str, str, str]]:
    """(day, title, text) of every Timeline17 input article, in a fixed order."""
    found = []
    for path in sorted(DATA.glob("*/InputDocs/*/*")):
        text = path.read_text(encoding="utf-8", errors="replace").strip()
        if not text:
            continue
        words = text.split()
        found.append((path.parent.name, " ".join(words[:12]), text))
    return found


class Server:
    """Feeds by path, each with its ETag; records when each request to each host began and ended."""

    def __init__(self) -> None:
        self.feeds: dict[str, tuple[str, bytes]] = {}
        self.log: list[tuple[str, int, float, float]] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                began = time.monotonic()
                etag, body = server.feeds.get(self.path, ("", b""))
                status = 200 if body else 404
                if body and self.headers.get("If-None-Match") == etag:
                    status, body = 304, b""
                self.send_response(status)
                self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
                if etag:
                    self.send_header("ETag", etag)
                self.send_header("Content-Length", str(len(body)))
                ended = time.monotonic()  # before the answer is sent: the client cannot have it earlier
                self.end_headers()
                with server.lock:
                    server.log.append((self.headers.get("Host", "").split(":")[0], status, began, ended))
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_port
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def most_at_once(self) -> int:
        """The most requests one host was serving at the same moment."""
        worst = 0
        by_host: dict[str, list[tuple[float, float]]] = {}
        for host, _, began, ended in self.log:
            by_host.setdefault(host, []).append((began, ended))
        for spans in by_host.values():
            events = sorted(
                [(b, 1) for b, _ in spans] + [(e, -1) for _, e in spans], key=lambda x: (x[0], x[1])
            )
            now = 0
            for _, step in events:
                now += step
                worst = max(worst, now)
        return worst


def rss(feed: int, entries: list[tuple[str, str, str]]) -> bytes:
    items = "".join(
        f"<item><title>{escape(title)}</title><guid>urn:bench:{feed}:{n}</guid>"
        f"<pubDate>{format_datetime(datetime.fromisoformat(day).replace(tzinfo=UTC))}</pubDate>"
        f"<description>{escape(text)}</description></item>"
        for n, (day, title, text) in enumerate(entries)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {feed}</title>{items}</channel></rss>'.encode()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--hosts", type=int, default=10)
    parser.add_argument("--entries", type=int, default=3, help="entries per feed in the backfill")
    parser.add_argument("--workers", type=int, default=1, help="analysis processes")
    args = parser.parse_args()
    if not DATA.is_dir():
        sys.exit(f"skipped: {DATA} not found")
    pool = articles()
    needed = args.feeds * (args.entries + 2)
    if len(pool) < needed:
        sys.exit(f"only {len(pool)} articles for {needed} entries: ask for fewer feeds or entries")
    server = Server()
    held: dict[int, list[tuple[str, str, str]]] = {}
    taken = 0

    def publish(feed: int, n: int) -> None:
        nonlocal taken
        held.setdefault(feed, [])
        held[feed] = pool[taken : taken + n] + held[feed]
        taken += n
        server.feeds[f"/feed/{feed}.xml"] = (f'"v{len(held[feed])}"', rss(feed, held[feed]))

    urls = [f"http://feed-{f % args.hosts:02d}.test:{server.port}/feed/{f}.xml" for f in range(args.feeds)]
    poller = Poller(
        FetchPolicy(), fetcher_factory=lambda policy: Fetcher(policy, lambda host, port: ["127.0.0.1"])
    )
    analyser = make_analyser(args.workers)
    rounds = [
        ("backfill", lambda: [publish(f, args.entries) for f in range(args.feeds)]),
        ("nothing changed", lambda: None),
        ("a tenth gained one entry", lambda: [publish(f, 1) for f in range(0, args.feeds, 10)]),
        ("every feed gained one entry", lambda: [publish(f, 1) for f in range(args.feeds)]),
    ]
    print(f"{args.feeds} feeds on {args.hosts} hosts, {args.workers} analysis process(es)")
    print(f"{'round':<30} {'seconds':>8} {'requests':>9}  {'statuses':<22} {'added':>6} {'changes':>8}")
    try:
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "follow.db") as store:
            for name, change in rounds:
                change()
                before = len(server.log)
                report = follow_round(urls, store, analyser, poller=poller)
                statuses = Counter(status for _, status, _, _ in server.log[before:])
                told = ", ".join(f"{n}×{s}" for s, n in sorted(statuses.items()))
                print(
                    f"{name:<30} {report.seconds:>8.1f} {len(server.log) - before:>9}  {told:<22} "
                    f"{report.ingest.added:>6} {report.changes:>8}"
                )
    finally:
        analyser.close()
        server.httpd.shutdown()
    print(f"most requests one host served at once: {server.most_at_once()}")


if __name__ == "__main__":
    main()
