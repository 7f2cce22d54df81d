"""A local feed server for the tests of following: feeds that change between rounds, conditional requests,
throttling and gone feeds, every request recorded with its host and time. The articles are our own (a flood in
an invented valley), written so that a story forms and its death toll moves."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

DAY = "Mon, {d:02d} Mar 2026 09:00:00 +0000"

ARTICLES = {
    "a1": (
        "Floods kill 12 in the Ossel valley",
        1,
        "At least 12 people have died after the Ossel river burst its banks on Sunday night, flooding the "
        "valley towns of Marrow and Kell, the regional emergency service said. Rescue teams in boats searched "
        'the lower streets of Marrow for residents trapped on upper floors. "We have never seen the water '
        'rise this fast," said Hanna Lindqvist, the mayor of Marrow. Roads into the valley were closed.',
    ),
    "b1": (
        "Ossel river floods leave 12 dead",
        1,
        "Floods in the Ossel valley have killed 12 people, the regional emergency service said on Monday, "
        "after the river burst its banks overnight. Hundreds of residents of Marrow and Kell spent the night in "
        "school halls. The service said rescue boats were still searching the flooded streets of Marrow, and "
        "that roads into the valley would stay closed while the water stayed high.",
    ),
    "c1": (
        "Marrow residents wait for the Ossel to fall",
        1,
        "Residents of Marrow waited on Monday for the flooded Ossel river to fall, after floods that the "
        "regional emergency service said had killed 12 people in the valley. Volunteers handed out blankets in "
        "the school halls where hundreds spent the night. The valley's roads stayed closed and the railway "
        "between Marrow and Kell was suspended until engineers could inspect the bridges.",
    ),
    "d1": (
        "Kell counts the cost of the Ossel flood",
        1,
        "Shopkeepers in Kell began clearing mud from their floors on Monday after the Ossel flood, which the "
        "regional emergency service said had killed 12 people across the valley. The town's bakery lost its "
        "ovens and the market square stood under half a metre of water. Insurers said they would send "
        "assessors to the valley as soon as the roads into Kell reopened.",
    ),
    "a2": (
        "Ossel flood death toll rises to 30",
        2,
        "The death toll from the Ossel valley floods has risen to 30, the regional emergency service said on "
        'Tuesday, as rescue teams reached villages cut off since Sunday. "Every hour we find more people who '
        'could not get out," said Tomas Berg, head of the emergency service. The mayor of Marrow, Hanna '
        "Lindqvist, said the town's school halls were full and asked for more blankets.",
    ),
    "b2": (
        "Ossel floods: 45 now confirmed dead",
        3,
        "The number of people killed by the Ossel valley floods has risen to 45, the regional emergency "
        "service said on Wednesday, as the river began to fall in Marrow and Kell. Engineers started to inspect "
        "the valley's bridges before the railway could reopen. \"The water is going down, but the work of "
        'finding everyone is not over," Tomas Berg, the head of the emergency service, told reporters.',
    ),
}
EDITED_A1 = ARTICLES["a1"][2].replace(
    "Roads into the valley were closed.", "Roads into the valley were closed on Monday."
)


def entry(key: str, host: str, text: str | None = None) -> str:
    title, day, body = ARTICLES[key]
    return (
        f"<item><title>{escape(title)}</title><link>http://{host}/news/{key}</link>"
        f"<guid>http://{host}/news/{key}</guid><pubDate>{DAY.format(d=day)}</pubDate>"
        f"<description>{escape(text or body)}</description></item>"
    )


def rss(title: str, *items: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{escape(title)}</title>'
        f"<link>http://example.invalid/</link>{''.join(items)}</channel></rss>"
    ).encode()


@dataclass
class Hit:
    host: str
    path: str
    status: int
    started: float
    ended: float


@dataclass
class FeedSite:
    """Serves ``routes`` (path -> (status, headers, body)); answers 304 when If-None-Match is the route's ETag;
    ``served`` keeps every 200 body, ``hits`` every request."""

    routes: dict[str, tuple[int, dict[str, str], bytes]] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)
    served: list[tuple[str, bytes]] = field(default_factory=list)
    delay: float = 0.0

    def __post_init__(self) -> None:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                started = time.monotonic()
                time.sleep(site.delay)
                status, headers, body = site.routes.get(self.path, (404, {}, b"not here"))
                if (
                    status == 200
                    and headers.get("ETag")
                    and self.headers.get("If-None-Match") == headers["ETag"]
                ):
                    status, body = 304, b""
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                ended = time.monotonic()  # before the answer is sent: the client cannot have it earlier
                self.end_headers()
                if status == 200:
                    site.served.append((self.path, body))
                site.hits.append(Hit(self.headers.get("Host", ""), self.path, status, started, ended))
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_port
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def feed(self, path: str, body: bytes, etag: str | None = None) -> None:
        headers = {"Content-Type": "application/rss+xml; charset=utf-8"}
        if etag:
            headers["ETag"] = etag
            headers["Last-Modified"] = format_datetime(datetime(2026, 3, 1, tzinfo=UTC), usegmt=True)
        self.routes[path] = (200, headers, body)

    def status(self, path: str, status: int, headers: dict[str, str] | None = None) -> None:
        self.routes[path] = (status, headers or {}, b"")

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def overlapping(self) -> list[tuple[Hit, Hit]]:
        """Pairs of requests to one host that were served at the same time."""
        found = []
        by_host: dict[str, list[Hit]] = {}
        for h in self.hits:
            by_host.setdefault(h.host.split(":")[0], []).append(h)
        for hits in by_host.values():
            hits.sort(key=lambda h: h.started)
            found += [(a, b) for a, b in zip(hits, hits[1:], strict=False) if b.started < a.ended]
        return found
