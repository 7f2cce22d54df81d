"""Reads TimeML (``.tml``) files: the plain text of ``<TEXT>``, its TIMEX3 spans and the document date.

Offsets are Python string indices into the returned text (entities unescaped, tags removed), end exclusive,
so they compare directly with ``DateRef`` offsets.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>")
ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TimeMLDoc:
    name: str
    text: str
    created: date
    timexes: tuple[GoldTimex, ...]


def read_timeml(path: Path) -> TimeMLDoc:
    """One TimeML document: the ``<TEXT>`` body, the creation day from ``<DCT>`` and the gold TIMEX3s."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>\s*<TIMEX3[^>]*value=\"(\d{4})-?(\d\d)-?(\d\d)", raw)
    if not dct:
        raise ValueError(f"{path}: no document creation time")
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    pieces: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    timexes = []
    position = 0
    for tag in TAG.finditer(body):
        chunk = html.unescape(body[position : tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = tag.end()
        closing, name = tag.group(1) == "/", tag.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(ATTR.findall(tag.group(3))))
        elif open_timex:
            start, attrs = open_timex
            text = "".join(pieces)[start:length]
            timexes.append(GoldTimex(start, length, text, attrs.get("type", ""), attrs.get("value", "")))
            open_timex = None
    pieces.append(html.unescape(body[position:]))
    created = date(int(dct.group(1)), int(dct.group(2)), int(dct.group(3)))
    return TimeMLDoc(path.stem, "".join(pieces), created, tuple(timexes))
