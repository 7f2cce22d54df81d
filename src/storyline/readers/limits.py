"""Limits on what a reader accepts, so hostile input costs bounded memory and time."""

from __future__ import annotations

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Largest file (or decompressed stream, or HTTP body) read as input."""

MAX_ARTICLE_CHARS = 500_000
"""Largest single article body kept after decoding; longer bodies are refused, not truncated."""

MAX_LINE_CHARS = 200_000
"""Longest JSONL line accepted."""

HTTP_TIMEOUT_S = 20.0
"""Seconds to wait for a connection, or for the next bytes of a response."""

MAX_FETCH_SECONDS = 120.0
"""Longest a single HTTP response may take to arrive in full (a server dripping bytes is cut off)."""

USER_AGENT = "storyline/0.1 (+https://github.com/storyline-news/storyline; news story reconstruction)"
