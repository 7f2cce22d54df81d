"""Bytes to text: a BOM, UTF-16 without one, the declared charset, UTF-8 (mixed with stray cp1252 bytes), then
a guess: multi-byte East Asian encodings by charset detection, single-byte code pages by letter frequencies
(``codepages``).

Binary data is refused by name.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from .codepages import guess_code_page

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
_WEB_ALIASES = {"iso8859_1": "cp1252", "latin_1": "cp1252", "ascii": "cp1252", "iso8859_9": "cp1254"}
"""Labels that browsers read as a wider code page (the WHATWG Encoding standard): pages labelled latin-1 are
written in cp1252 in practice, its quotes and dashes included."""
_EAST_ASIAN = (
    "gb18030",
    "big5",
    "shift_jis",
    "euc_jp",
    "euc_kr",
    "cp932",
    "cp949",
    "gbk",
    "gb2312",
    "big5hkscs",
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


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
    return codec_name(m.group(1).decode("ascii", "ignore"))


def codec_name(label: str | None) -> str | None:
    """Python's codec for a charset label, as browsers read it (latin-1 as cp1252); None if unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    return _WEB_ALIASES.get(name.replace("-", "_"), name)


def _plain_utf8(data: bytes) -> bool:
    """True for valid UTF-8 without control characters: UTF-16 text always has zeros or controls (the high
    bytes 0x00 of Latin letters, 0x04 of Cyrillic ones), so such data is not read as UTF-16."""
    head = data[:8192]
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3:  # not just a character cut at the sample's end
            return False
    return _CONTROL.search(head) is None


_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
"""A control character that no text holds: below 32, but for tab, line feed, form feed, return and escape."""


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when the bytes are UTF-16 text without a byte-order mark: the high byte
    of each character (0 for Latin letters, 4 for Cyrillic) repeats at every other position."""
    head = data[:4096]
    if len(head) < 8:
        return None
    head = head[: len(head) // 2 * 2]
    for name, high in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
        low = head[0::2] if name == "utf-16-le" else head[1::2]
        if len(set(high)) > 4 or len(set(low)) < 4 or high.count(high[0]) < len(high) * 0.6:
            continue
        try:
            text = data[: len(data) // 2 * 2].decode(name)
        except UnicodeDecodeError:
            continue
        printable = sum(ch.isprintable() or ch in "\n\r\t" for ch in text[:2048])
        if printable >= len(text[:2048]) * 0.95:
            return name
    return None


def looks_binary(data: bytes) -> bool:
    """True for data with NUL bytes or many control characters (and no BOM explaining them)."""
    head = data[:8192]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return False
    if b"\x00" in head:
        return True
    controls = len(_CONTROL.findall(head))
    return controls > len(head) * 0.05


def mostly_utf8(data: bytes) -> bool:
    """True when most non-ASCII bytes form valid UTF-8 sequences: UTF-8 text with some stray legacy bytes
    (files joined from several sources), rather than a single-byte encoding such as cp1251 or latin-1."""
    sample = data[:2_000_000]
    in_sequences = sum(len(m) for m in _UTF8_MULTIBYTE.findall(sample))
    return in_sequences > 0 and in_sequences * 2 >= len(_NON_ASCII.findall(sample))


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode bytes as text: BOM, UTF-16 without a BOM, then the declared charset, then UTF-8 (with stray
    cp1252 bytes read as such when most of the text is UTF-8), then a guess.

    Raises NotText for binary data or bytes no encoding explains.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace")
    utf16 = None if _plain_utf8(data) else utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    if looks_binary(data):
        raise NotText("binary data, not text")
    for enc in dict.fromkeys(c for c in (codec_name(declared), declared_charset(data)) if c):
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        if mostly_utf8(data):
            return data.decode("utf-8", errors=_MIXED)
    return data.decode(guess_encoding(data), errors="replace")


def guess_encoding(data: bytes) -> str:
    """The encoding of bytes that are neither declared nor UTF-8: a multi-byte East Asian encoding when charset
    detection finds one whose reading is mostly Chinese, Japanese or Korean, else the single-byte code page
    whose reading best fits its languages' letter frequencies."""
    if _maybe_east_asian(data):
        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding in _EAST_ASIAN:
            return best.encoding
    code_page = guess_code_page(data)
    if code_page is None:
        raise NotText("undecodable bytes: no text encoding fits")
    return code_page


def _maybe_east_asian(data: bytes) -> bool:
    sample = data[:65_536]
    for enc in _EAST_ASIAN[:5]:
        try:
            text = sample.decode(enc)
        except UnicodeDecodeError:
            continue
        wide = len(_CJK.findall(text))
        if wide >= 4 and wide >= 0.6 * sum(ord(ch) >= 0x80 for ch in text):
            return True
    return False
