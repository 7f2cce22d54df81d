"""``http(s)://`` sources fetched with httpx under one ingest's policy: http and https only, timeouts, a size and
time limit per response, a budget of requests and bytes per ingest, and addresses checked for links found in
content. What comes back is bytes and their content type; reading them is the dispatcher's job.

What the user names (a URL on the command line, a feed in an OPML list) is *trusted*: it is fetched wherever it
is, so that a newsroom can read its own intranet, and so is a redirect that stays on the host the user named.
Everything else (a feed entry's link, a redirect to another host) must resolve to public addresses only, checked
after DNS resolution and again at every redirect, unless the policy allows private addresses.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from .addresses import Refused, Resolver, ResolvingBackend, public_addresses, system_resolver
from .base import HttpRefusal, Skipped, Unreachable, host_of
from .limits import (
    FETCH_BUDGET_BYTES,
    FETCH_BUDGET_REQUESTS,
    HTTP_TIMEOUT_S,
    MAX_FETCH_SECONDS,
    MAX_FILE_BYTES,
    MAX_REDIRECTS,
    USER_AGENT,
)

SCHEMES = ("http", "https")


@dataclass(frozen=True)
class FetchPolicy:
    """What one ingest may fetch.

    ``links_of_files``: whether links found in local files (a feed entry's link) are fetched at all; links in
    fetched documents always may be. ``allow_private``: whether links found in content may reach loopback,
    private and link-local addresses. The budget bounds what one ingest sends and receives.
    """

    links_of_files: bool = False
    allow_private: bool = False
    max_requests: int = FETCH_BUDGET_REQUESTS
    max_bytes: int = FETCH_BUDGET_BYTES


@dataclass(frozen=True)
class Fetched:
    """A response's body, its content type (lower case) and the address it came from after redirects; its
    status (304: not modified since the validators sent, no body) and the validators it gave (``etag``,
    ``last-modified``) for the next conditional request."""

    url: str
    final_url: str
    data: bytes
    content_type: str
    status: int = 200
    validators: Mapping[str, str] = field(default_factory=dict)

    @property
    def charset(self) -> str | None:
        """The charset the content type declares, if any."""
        if "charset=" not in self.content_type:
            return None
        return self.content_type.split("charset=")[-1].split(";")[0].strip()


def replace_url(fetched: Fetched, url: str, final_url: str) -> Fetched:
    """``fetched`` as the answer to ``url``, having come from ``final_url``."""
    return Fetched(url, final_url, fetched.data, fetched.content_type, fetched.status, fetched.validators)


def _conditional(validators: Mapping[str, str] | None) -> dict[str, str]:
    """The request headers that make a GET conditional on an earlier response's validators."""
    headers = {}
    if validators and validators.get("etag"):
        headers["If-None-Match"] = validators["etag"]
    if validators and validators.get("last-modified"):
        headers["If-Modified-Since"] = validators["last-modified"]
    return headers


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """The seconds a ``Retry-After`` header asks to wait: a number of seconds or an HTTP date; None when absent
    or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def link_problem(url: str) -> str | None:
    """Why ``url`` cannot be fetched at all (a scheme other than http and https, no host), or None."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "is not a valid URL"
    if parts.scheme.lower() not in SCHEMES:
        return f"is not an http(s) link ({parts.scheme or 'no'} scheme)"
    if not parts.hostname:
        return "has no host"
    return None


class Fetcher:
    """Fetches for one ingest: counts its requests and bytes against the policy's budget."""

    def __init__(self, policy: FetchPolicy | None = None, resolver: Resolver | None = None) -> None:
        self.policy = policy or FetchPolicy()
        self.resolver = resolver or system_resolver
        self.requests = 0
        self.received = 0
        self._clients: dict[bool, httpx.Client] = {}

    def close(self) -> None:
        for client in self._clients.values():
            client.close()
        self._clients.clear()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(
        self, url: str, trusted: bool = False, validators: Mapping[str, str] | None = None
    ) -> Fetched | Skipped:
        """The body at ``url``; refusals, network and HTTP failures are Skipped with the reason (HttpRefusal for
        an error status). ``validators`` (``etag``, ``last-modified`` from an earlier response) make the request
        conditional: an unchanged resource comes back as status 304 with no body."""
        problem = link_problem(url)
        if problem:
            return Skipped(url, f"link {problem} (not fetched)")
        started = time.monotonic()
        first_host = host_of(url)
        current = url
        try:
            for _ in range(MAX_REDIRECTS + 1):
                hop_trusted = trusted and host_of(current) == first_host
                outcome = self._get(current, hop_trusted, started, _conditional(validators))
                if isinstance(outcome, str):
                    problem = link_problem(outcome)
                    if problem:
                        return Skipped(url, f"redirect to {outcome} refused: link {problem}")
                    current = outcome
                    continue
                if isinstance(outcome, Skipped):
                    return replace(outcome, source=url)
                return replace_url(outcome, url, current)
        except Refused as exc:
            where = "" if current == url else f"redirect to {current}: "
            return Skipped(url, f"{where}{exc}")
        except httpx.TransportError as exc:
            return Unreachable(url, f"could not fetch ({type(exc).__name__}: {exc})", host_of(current))
        except (httpx.HTTPError, httpx.InvalidURL, httpcore.UnsupportedProtocol) as exc:
            return Skipped(url, f"could not fetch ({type(exc).__name__}: {exc})")
        return Skipped(url, f"more than {MAX_REDIRECTS} redirects")

    def _get(
        self, url: str, trusted: bool, started: float, headers: Mapping[str, str]
    ) -> str | Skipped | Fetched:
        """One request: the next URL for a redirect, or the response."""
        self._spend_request()
        guarded = not (trusted or self.policy.allow_private)
        if guarded:
            parts = urlsplit(url)
            public_addresses(parts.hostname or "", parts.port or 443, self.resolver)
        with self._client(guarded).stream("GET", url, headers=dict(headers)) as resp:
            if resp.is_redirect and "location" in resp.headers:
                return urljoin(url, resp.headers["location"])
            validators = {k: resp.headers[k] for k in ("etag", "last-modified") if k in resp.headers}
            if resp.status_code == 304:
                return Fetched(url, url, b"", "", 304, validators)
            if resp.status_code >= 400:
                wait = (
                    retry_after(resp.headers.get("retry-after")) if resp.status_code in (429, 503) else None
                )
                return HttpRefusal(url, f"HTTP {resp.status_code}", resp.status_code, wait)
            chunks, size = [], 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                self._spend_bytes(len(chunk))
                if size > MAX_FILE_BYTES:
                    return Skipped(url, f"response over the {MAX_FILE_BYTES:,}-byte limit")
                if time.monotonic() - started > MAX_FETCH_SECONDS:
                    return Skipped(url, f"response took over {MAX_FETCH_SECONDS:.0f}s to arrive")
                chunks.append(chunk)
            content_type = resp.headers.get("content-type", "").lower()
            return Fetched(url, url, b"".join(chunks), content_type, resp.status_code, validators)

    def _spend_request(self) -> None:
        if self.requests >= self.policy.max_requests:
            raise Refused(f"this ingest's budget of {self.policy.max_requests:,} requests is spent")
        self.requests += 1

    def _spend_bytes(self, n: int) -> None:
        self.received += n
        if self.received > self.policy.max_bytes:
            raise Refused(f"this ingest's budget of {self.policy.max_bytes:,} bytes fetched is spent")

    def _client(self, guarded: bool) -> httpx.Client:
        if guarded not in self._clients:
            transport = httpx.HTTPTransport()
            transport._pool = httpcore.ConnectionPool(  # the one way to give httpx a network backend
                ssl_context=httpx.create_ssl_context(),
                network_backend=ResolvingBackend(self.resolver, public_only=guarded),
            )
            self._clients[guarded] = httpx.Client(
                transport=transport,
                timeout=HTTP_TIMEOUT_S,
                follow_redirects=False,
                headers={"User-Agent": USER_AGENT},
            )
        return self._clients[guarded]
