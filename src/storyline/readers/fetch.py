"""``http(s)://`` sources fetched with httpx: timeouts, a size and time limit, a clear User-Agent. What comes
back is bytes and their content type; reading them as an article or a feed is the dispatcher's job."""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from .base import Skipped, Unreachable, host_of
from .limits import HTTP_TIMEOUT_S, MAX_FETCH_SECONDS, MAX_FILE_BYTES, USER_AGENT


@dataclass(frozen=True)
class Fetched:
    """A response's body, its content type (lower case) and the address it came from after redirects."""

    url: str
    final_url: str
    data: bytes
    content_type: str

    @property
    def charset(self) -> str | None:
        """The charset the content type declares, if any."""
        if "charset=" not in self.content_type:
            return None
        return self.content_type.split("charset=")[-1].strip()


def fetch(url: str) -> Fetched | Skipped:
    """The body at ``url``; network and HTTP failures are Skipped with the reason."""
    started = time.monotonic()
    try:
        with httpx.stream(
            "GET", url, timeout=HTTP_TIMEOUT_S, follow_redirects=True, headers={"User-Agent": USER_AGENT}
        ) as resp:
            if resp.status_code >= 400:
                return Skipped(url, f"HTTP {resp.status_code}")
            chunks, size = [], 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > MAX_FILE_BYTES:
                    return Skipped(url, f"response over the {MAX_FILE_BYTES:,}-byte limit")
                if time.monotonic() - started > MAX_FETCH_SECONDS:
                    return Skipped(url, f"response took over {MAX_FETCH_SECONDS:.0f}s to arrive")
                chunks.append(chunk)
            content_type = resp.headers.get("content-type", "").lower()
            final_url = str(resp.url)
    except httpx.TransportError as exc:
        return Unreachable(url, f"could not fetch ({type(exc).__name__}: {exc})", host_of(url))
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        return Skipped(url, f"could not fetch ({type(exc).__name__}: {exc})")
    return Fetched(url, final_url, b"".join(chunks), content_type)
