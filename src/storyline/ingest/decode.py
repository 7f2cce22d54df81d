"""Bytes to text: BOMs, the declared charset, UTF-8, then a detector; binary data is refused by name."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", re.I)


class NotText(ValueError):
    """The bytes are not text in any encoding we can trust."""


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML/XML head declares (``<meta charset>``, ``<?xml encoding>``), if any."""
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def looks_binary(data: bytes) -> bool:
    """True for data with NUL bytes or many control characters (and no BOM explaining them)."""
    head = data[:8192]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(head) * 0.05


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode bytes as text: BOM, then the declared charset, then strict UTF-8, then charset detection.

    Raises NotText for binary data or bytes no encoding explains.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace")
    if looks_binary(data):
        raise NotText("binary data, not text")
    candidates = [c for c in (declared, declared_charset(data)) if c]
    for enc in candidates:
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise NotText("undecodable bytes: no text encoding fits")
    return data.decode(best.encoding, errors="replace")
