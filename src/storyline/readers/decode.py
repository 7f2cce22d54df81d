"""Bytes to text: BOMs, the declared charset, UTF-8 (mixed with stray cp1252 bytes), then a detector.

Binary data is refused by name.
"""

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
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_NON_ASCII = re.compile(rb"[\x80-\xff]")
_MIXED = "storyline-utf8-cp1252"


def _stray_bytes_as_cp1252(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: bytes that are not UTF-8 are read as cp1252 (U+FFFD where cp1252 has a hole)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or "\ufffd" for b in bad), exc.end


codecs.register_error(_MIXED, _stray_bytes_as_cp1252)


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


def mostly_utf8(data: bytes) -> bool:
    """True when most non-ASCII bytes form valid UTF-8 sequences: UTF-8 text with some stray legacy bytes
    (files joined from several sources), rather than a single-byte encoding such as cp1251 or latin-1."""
    sample = data[:2_000_000]
    in_sequences = sum(len(m) for m in _UTF8_MULTIBYTE.findall(sample))
    return in_sequences > 0 and in_sequences * 2 >= len(_NON_ASCII.findall(sample))


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode bytes as text: BOM, then the declared charset, then UTF-8 (with stray cp1252 bytes read as such
    when most of the text is UTF-8), then charset detection.

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
        if mostly_utf8(data):
            return data.decode("utf-8", errors=_MIXED)
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise NotText("undecodable bytes: no text encoding fits")
    return data.decode(best.encoding, errors="replace")
