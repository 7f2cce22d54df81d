"""Limits on what a reader accepts, so hostile input costs bounded memory and time."""

from __future__ import annotations

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Largest file (or decompressed stream, HTTP body, or archive record) read as input. WARC and ARC archives
themselves have no limit: they are streamed record by record."""

MAX_ARTICLE_CHARS = 500_000
"""Largest single article body kept after decoding; longer bodies are refused, not truncated."""

MAX_LINE_CHARS = 200_000
"""Longest JSONL line accepted."""

HTTP_TIMEOUT_S = 20.0
"""Seconds to wait for a connection, or for the next bytes of a response."""

MAX_FETCH_SECONDS = 120.0
"""Longest a single HTTP response may take to arrive in full (a server dripping bytes is cut off)."""

USER_AGENT = "storyline/0.1 (+https://github.com/storyline-news/storyline; news story reconstruction)"

MAX_REDIRECTS = 10
"""Redirects followed for one fetch; each is checked as a request of its own."""

FETCH_BUDGET_REQUESTS = 10_000
"""Requests one ingest may send in all (redirects count): enough for an OPML list of 200 feeds whose 50 entries
each need their page, and a bound on what hostile content can make an ingest send."""

FETCH_BUDGET_BYTES = 2 * 1024**3
"""Bytes one ingest may receive over HTTP in all."""
