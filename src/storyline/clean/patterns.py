"""Patterns of page debris, kept as data: general shapes of web furniture, never one site's phrases."""

from __future__ import annotations

import re

from ..timeml import MONTHS as MONTH_NUMBERS

_I = re.I

# Whole lines that are page furniture wherever they appear.
DEBRIS_LINE = [
    re.compile(p, _I)
    for p in (
        r"^(please )?(support|donate to|subscribe to|become a member of|sign up for|join) .{1,60}[!.]?$",
        r"^(read|see|view|show|load) (more|also|full story|comments?|all)\b.{0,40}$",
        r"^(related|more|recommended|popular|latest|top)( \w+){0,3}( articles?| stories| news| content| posts?| reads?)?\s*:?$",
        r"^(you (might|may) (also )?(like|enjoy|be interested in))\b.{0,30}$",
        r"^(follow|like|find) us( on)?\b.{0,60}$",
        r"^(share|tweet|email|print)( (this|the))?( (article|story|page|post))?( on \w+)?\s*:?$",
        r"^(advertisement|advertising|sponsored( content)?|ad)$",
        r"^(click|tap) here\b.{0,80}$",
        r"^(sign up|subscribe)\b.{0,80}(newsletter|updates|alerts|inbox).{0,40}$",
        r"^(comments?|leave a comment|\d+ comments?)$",
        r"^(skip to (main )?content|back to top|menu|home|search|log ?in|sign in|register)$",
        r"^(copyright|©|\(c\)) .{0,120}$",
        r"^all rights reserved\.?$",
        r"^(tags?|topics?|filed under)\s*:.{0,120}$",
    )
]

# Lines after which the rest of a page is furniture (teaser headlines, link lists).
FOOTER_MARKER = re.compile(
    r"^(related|more|recommended|popular|latest|top)( \w+){0,3}( articles?| stories| news| content| posts?| reads?)?\s*:?$"
    r"|^(you (might|may) (also )?(like|enjoy|be interested in))\b.{0,30}$"
    r"|^(read|see) (more|also)\b.{0,40}$",
    _I,
)

# "Original url:" lines: the URL is kept as the article's url.
ORIGINAL_URL = re.compile(
    r"^(original|source|canonical)\s+(url|link)\s*:?\s*<?(?P<url>https?://\S+?)?>?$", _I
)
BARE_URL = re.compile(r"^<?(?P<url>https?://\S+?)>?$", _I)

# Credit lines that name the outlet (and sometimes the author), with how strongly each names the article's own
# outlet (a "for OUTLET" credit beats the page banner, which beats "Material from", which may name a source).
# The outlet is kept, the line removed.
CREDIT_LINES = [
    (strength, re.compile(p, _I))
    for strength, p in (
        (
            1,
            r"^(?:material|content) (?:from|by) (?P<outlet>.+?)(?: (?:is|was|were) (?:included|used) in this (?:report|article|story))?\.?$",
        ),
        (
            3,
            r"^(?P<author>[A-Z][^,;:]{2,60}?) with (?:inputs|reporting|additional reporting) from .{2,60}? for (?P<outlet>.{3,60})$",
        ),
        # A name is capitalised even under re.I: "The firm's revenue for the year…" is a sentence, not a credit.
        (
            3,
            r"^(?P<author>(?-i:[A-Z])[\w.'-]+(?: (?-i:[A-Z])[\w.'-]+){1,3}) (?:for|/) (?P<outlet>the .{3,50})$",
        ),
        (
            1,
            r"^(?:this (?:article|story) (?:was )?(?:first |originally )?(?:appeared|published) (?:in|on|by)) (?P<outlet>.+?)\.?$",
        ),
    )
]
BANNER_STRENGTH = 2

# Banners that name the outlet the page belongs to ("Support The Valley Courier!").
OUTLET_BANNER = re.compile(
    r"^(?:please )?(?:support|subscribe to|donate to) (?P<outlet>(?:the )?[A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*){0,5})\s*[!.]?$",
    _I,
)

BYLINE = re.compile(
    r"^by\s+(?P<author>[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){0,4}(?:\s+(?:and|&)\s+[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})?)\s*[,|]?.{0,40}$",
    _I,
)

# Photo captions: a line ending in an agency or photographer credit.
CAPTION_CREDIT = re.compile(
    r"(\[(?:AP|AFP|Reuters|EPA|Getty|Getty Images|Xinhua|TASS|RIA Novosti|PA|ANP)\]"
    r"|\((?:AP|AFP|Reuters|EPA|Getty Images)(?: Photo)?(?:/[^)]{1,40})?\)"
    r"|\b(?:Photo|Photograph|Image|Picture)(?: credit)?\s*[:/]\s*[A-Z][^.]{1,60}"
    r"|\s\*\*[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}\*\*)\s*$"
)

NAV_SEPARATORS = re.compile(r"\s(\||»|›|•)\s")

MONTHS = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
# A line that is a date, optionally with a time: "March 04, 2014", "March 4, 2014, 8:13 am", "4 March 2014".
DATE_LINE = re.compile(
    rf"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"(?:(?P<m1>{MONTHS})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{MONTHS})\.?,?\s+(?P<y2>(?:19|20)\d\d)"
    rf"|(?P<y3>(?:19|20)\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d))"
    rf"(?:[,\s|]+(?:\d{{1,2}}[:.]\d\d\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*[A-Z]{{2,4}})?|updated.*|gmt.*))*\s*$",
    _I,
)
# A full date inside running text (the "text" method): same shapes, not anchored.
DATE_IN_TEXT = re.compile(
    rf"\b(?:(?P<m1>{MONTHS})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{MONTHS})\.?\s*,?\s+(?P<y2>(?:19|20)\d\d))\b",
    _I,
)

MARKDOWN_LINK = re.compile(r"!?\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*\)")
# Emphasis opens and closes at a word's edge: "Schüler*innen und Lehrer*innen" keeps its gender stars.
MARKDOWN_EMPHASIS = re.compile(r"(?<!\w)(\*{1,3}|_{2,3})(?=\S)(.+?)(?<=\S)\1(?!\w)")


def top_branches(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression's source ("a|(b|c)" -> ["a", "(b|c)"])."""
    branches, current, depth, in_set, i = [], [], 0, False, 0
    while i < len(pattern):
        step = 2 if pattern[i] == "\\" else 1
        if in_set and pattern[i] == "]":
            in_set = False
        elif not in_set and pattern[i] == "[":
            in_set = True
            step += len(re.match(r"\^?\]?", pattern[i + 1 :]).group())  # a "]" first in a set is a character
        elif not in_set and pattern[i] in "()":
            depth += 1 if pattern[i] == "(" else -1
        elif not in_set and depth == 0 and pattern[i] == "|":
            branches.append("".join(current))
            current, i = [], i + 1
            continue
        current.append(pattern[i : i + step])
        i += step
    return [*branches, "".join(current)]


class AnyLine:
    """Whether any of ``patterns`` is found in a line, as one search of them all says, in about a third of its
    time: every top-level branch opens on ``^`` (tried at the line's start only) or on ``\\b`` (all searched
    behind one word boundary, ``\\bA|\\bB`` being ``\\b(?:A|B)``), so that a place where no word starts costs
    one test, not one per branch. The patterns share ``flags`` (not MULTILINE)."""

    def __init__(self, patterns: list[str], flags: int) -> None:
        branches = [b for p in patterns for b in top_branches(p)]
        odd = [b for b in branches if not b.startswith(("^", r"\b"))]
        if odd or flags & re.MULTILINE:
            raise ValueError(f"branches that open neither on ^ nor on \\b: {odd}")
        at_start = [b[1:] for b in branches if b.startswith("^")]
        at_word = [b[2:] for b in branches if b.startswith(r"\b")]
        self._at_start = re.compile("|".join(f"(?:{b})" for b in at_start) or "(?!)", flags)
        self._at_word = re.compile(r"\b(?:" + ("|".join(f"(?:{b})" for b in at_word) or "(?!)") + ")", flags)

    def search(self, line: str) -> bool:
        return self._at_start.match(line) is not None or self._at_word.search(line) is not None
