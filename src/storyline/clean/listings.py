"""A broadcast schedule's slot at the head of a paragraph: the time or hours of the slot, then the channel or
programme in capitals, then what the listing says of it ("7.00-9.00 pm HARBOUR RADIO 2 (simulcast) The ferry
quiz returns ..."). The slot is the page's furniture; the sentence after it is the listing's text."""

from __future__ import annotations

import re

_TIME = r"\d{1,2}(?:\s?[.:]\s?\d{2})?"
_HALF = r"\s?(?:[ap]\.?m\.?)"
_HOURS = re.compile(rf"(?:{_TIME}(?:{_HALF})?\s?[-–]\s?{_TIME}{_HALF}|{_TIME}{_HALF})\s+")
"""The slot's hours: "7.00-11.00 pm", "9pm", "10.30 p.m."."""
_CAPITALS = re.compile(r"(?:[A-Z0-9][A-Z0-9&'’.:/-]*[A-Z0-9]|[A-Z0-9]|&)(?=\s)")
_NOTE = re.compile(r"\([a-z][^()]{0,30}\)\s+")


def slot_end(line: str) -> int | None:
    """Where a schedule's slot opening ``line`` ends, when a sentence in sentence case follows it: its hours, the
    channel or programme in capitals ("NEWSNIGHT", "HARBOUR RADIO 2"), a bracketed note ("(simulcast)"). The
    sentence opens on a capitalised word in lower case after its first letter, or on a name in capitals that the
    slot named already ("... HARBOUR RADIO 2 | HARBOUR Radio's quiz ..."); None where no slot opens the line."""
    m = _HOURS.match(line)
    if m is None:
        return None
    at, names = m.end(), []
    while (word := _CAPITALS.match(line, at)) is not None and not _opens_sentence(line, at, names):
        names.append(word.group())
        at = line.index(" ", word.end()) + 1 if " " in line[word.end() :] else len(line)
        at += len(line[at:]) - len(line[at:].lstrip())
    if not any(re.search(r"[A-Z]", name) for name in names):
        return None  # hours and a count, no channel: "9pm 2 ..."
    if note := _NOTE.match(line, at):
        at = note.end()
    return at if _opens_sentence(line, at, names) else None


def _opens_sentence(line: str, at: int, names: list[str]) -> bool:
    """Whether a sentence in sentence case opens at ``line[at]``: a capitalised word ("The", "Jeremy"), or a name
    in capitals the slot named already, then such a word ("BBC Radio" after "BBC RADIO 1")."""
    rest = line[at:]
    if re.match(r"[A-Z][a-z]", rest):
        return True
    m = re.match(r"([A-Z]{2,})\s+[A-Z][a-z]", rest)
    return m is not None and m.group(1) in names
