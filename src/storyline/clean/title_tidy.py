"""A title's own debris, left when a page's headline line is taken whole: the headline printed twice ("Timeline:
Ferry Strike Timeline: Ferry Strike", a kicker in capitals and the headline under it), or the label of a
"follow us" widget before it ("Follow The Harbour Desk On: Ferry Line Cuts Routes")."""

from __future__ import annotations

import re


def tidy_title(title: str) -> str:
    """The title without a widget's "follow" label before it and said once when it is said twice over."""
    label = _FOLLOW.match(title)
    return _said_once(title[label.end() :] if label else title)


_FOLLOW = re.compile(
    r"^[\"'“”‘’\s]*(?i:follow)\s+(?:(?i:us|me)|@\w+|(?:[A-Z][\w'’&.-]*\s+){1,4}"
    r"|(?:[A-Za-z][\w'’&.-]*\s+){0,4}(?i:desk|team|blog|newsroom|editors|section)\s+)\s*(?i:on)\s*:\s+"
    r"(?=[A-Z0-9\"“'‘])"
)
"""A "follow" widget's label: following us, a handle, a writer or outlet with every word capitalised, or a desk
or team ("Follow The World Desk On:", "Follow Ann Lee on:", "Follow our politics team on:"; not the kicker
"Follow the Money On:")."""


def _said_once(title: str) -> str:
    """A title whose words (three or more) run twice, the second time as the first (whatever their case or
    punctuation), once: the half with fewer words set in capitals."""
    words = title.split()
    if len(words) < 6 or len(words) % 2:
        return title
    half = len(words) // 2
    first, second = words[:half], words[half:]
    if first[-1].endswith(",") or [_key(w) for w in first] != [_key(w) for w in second]:
        return title  # "New York, New York": a name said twice on purpose
    return " ".join(min((first, second), key=_in_capitals))


def _in_capitals(words: list[str]) -> int:
    return sum(len(w) > 1 and w.isupper() for w in words)


def _key(word: str) -> str:
    return re.sub(r"[^\w]", "", word).lower()
