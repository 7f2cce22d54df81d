"""``http(s)://`` sources: fetched with httpx (timeouts, a size and time limit, a clear User-Agent), then read by
type."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from .base import Item, Skipped
from .decode import NotText, decode
from .limits import HTTP_TIMEOUT_S, MAX_FETCH_SECONDS, MAX_FILE_BYTES, USER_AGENT


@dataclass(frozen=True)
class Unreachable(Skipped):
    """A URL whose host could not be reached (refused, timed out, no such host): its host's other links need
    not be tried again in the same feed."""

    host: str = ""


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def fetch_url(url: str) -> Iterator[Item]:
    """The article (or feed entries) at ``url``; network and HTTP failures are Skipped with the reason."""
    from .feed import looks_like_feed, read_feed
    from .html import read_html
    from .text import read_text

    started = time.monotonic()
    try:
        with httpx.stream(
            "GET", url, timeout=HTTP_TIMEOUT_S, follow_redirects=True, headers={"User-Agent": USER_AGENT}
        ) as resp:
            if resp.status_code >= 400:
                yield Skipped(url, f"HTTP {resp.status_code}")
                return
            chunks, size = [], 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > MAX_FILE_BYTES:
                    yield Skipped(url, f"response over the {MAX_FILE_BYTES:,}-byte limit")
                    return
                if time.monotonic() - started > MAX_FETCH_SECONDS:
                    yield Skipped(url, f"response took over {MAX_FETCH_SECONDS:.0f}s to arrive")
                    return
                chunks.append(chunk)
            ctype = resp.headers.get("content-type", "").lower()
            final_url = str(resp.url)
    except httpx.TransportError as exc:
        yield Unreachable(url, f"could not fetch ({type(exc).__name__}: {exc})", host_of(url))
        return
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        yield Skipped(url, f"could not fetch ({type(exc).__name__}: {exc})")
        return
    charset = ctype.split("charset=")[-1].strip() if "charset=" in ctype else None
    try:
        text = decode(b"".join(chunks), charset)
    except NotText as exc:
        yield Skipped(url, str(exc))
        return
    if "xml" in ctype or looks_like_feed(text):
        yield from read_feed(text, url, fetch=fetch_url)
    elif "html" in ctype or "<html" in text[:2048].lower():
        yield from read_html(text, url, url=final_url)
    else:
        yield from read_text(text, url)
