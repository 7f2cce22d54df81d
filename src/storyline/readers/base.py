"""What every reader yields: raw articles, a named reason why a source (or part of one) was skipped, or a
library's warning about a source."""

from __future__ import annotations

import gzip
import io
import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..models import RawArticle
from .limits import MAX_FILE_BYTES


@dataclass(frozen=True)
class Skipped:
    """A source, or a part of one (``file.jsonl:17``, ``feed.xml#3``), that could not be read as an article, and
    why, in one line."""

    source: str
    reason: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "reason", one_line(self.reason))

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(frozen=True)
class Notice:
    """A warning a library gave while reading a source: not a refusal, but worth the user's eye."""

    source: str
    message: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "message", one_line(self.message))

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


def one_line(text: str, limit: int = 300) -> str:
    """``text`` on one line (whitespace runs made one space), cut at ``limit`` characters."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


@dataclass(frozen=True)
class Unreachable(Skipped):
    """A URL whose host could not be reached (refused, timed out, no such host): its host's other links need
    not be tried again in the same feed."""

    host: str = ""


@dataclass(frozen=True)
class HttpRefusal(Skipped):
    """A response with an error status; ``retry_after`` is the wait in seconds its ``Retry-After`` asks for (on
    429 and 503), if any."""

    status: int = 0
    retry_after: float | None = None


Item = RawArticle | Skipped | Notice


def host_of(url: str) -> str:
    """The lower-case host name of a URL ("" when it has none or is malformed)."""
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


_LANGUAGE = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*\s*$")


def language_tag(value: object) -> str | None:
    """The primary language of a declared tag, lower case (``en-GB``, ``EN``, ``en_US`` -> ``en``); None for
    anything that is not a language tag, so the cleaner detects the language instead."""
    if not isinstance(value, str):
        return None
    m = _LANGUAGE.match(value)
    return m.group(1).lower() if m else None


class TooLarge(ValueError):
    """Input over the configured size limit."""


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """A file's bytes, refusing files over ``limit`` before reading them."""
    size = path.stat().st_size
    if size > limit:
        raise TooLarge(f"file is {size:,} bytes, over the {limit:,}-byte limit")
    return path.read_bytes()


def gunzip(data: bytes, limit: int = MAX_FILE_BYTES) -> bytes:
    """Decompress gzip data, stopping at ``limit`` bytes of output (gzip bombs) and naming truncation."""
    out = io.BytesIO()
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
            while chunk := f.read(1 << 20):
                out.write(chunk)
                if out.tell() > limit:
                    raise TooLarge(f"decompresses to over the {limit:,}-byte limit")
    except (EOFError, OSError, zlib.error) as exc:
        raise ValueError(f"truncated or corrupt gzip data ({exc})") from exc
    return out.getvalue()
