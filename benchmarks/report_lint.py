"""A lint for what a report tells: sentences and titles that carry page furniture, tokeniser debris or fragments.

Written as a reader's checklist, not from the cleaning rules: a told sentence should read as a sentence of news
(it starts with a capital, a digit or a quotation mark, ends with a full stop, a question or exclamation mark or
a closing quotation mark, holds at least five words, has balanced brackets and quotation marks), and carries no
tokeniser marks (``-LRB-``, two backticks, a space before a comma or full stop), no dateline or time stamp, no
byline, no list bullets, none of the words pages use about themselves (subscriptions, comments, clicking,
embedded media), and no second sentence run into it (a pronoun, article, quantifier or preposition capitalised
after a word with no stop: "... in the port The ferry ...", "... to Bergen In the harbour ..."). A title is a
headline: no dateline, byline, bullets, bars, ellipsis or tokeniser marks, three to 25 words, not ending on a
word that needs another after it or on a possessive, no caption glued on (a capitalised article inside a
sentence-case title), no instruction to the reader, no garbled letters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

TOKENISER = re.compile(r"-[LR][RSC]B-|``|''|\s[,.;:!?](?:\s|$)|\s(?:n't|'s)\b")
STAMP = re.compile(
    r"\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:GMT|BST|EDT|EST|CET|JST|UTC|UK time)\b"
    r"|\((?:Reuters|AP|AFP|Bloomberg|Xinhua|UPI|dpa)\)|^[A-Z][A-Z .'-]{2,}(?:,\s+[A-Za-z.]+)?\s*(?:\||\(|--|—)",
)
BYLINE = re.compile(r"^By\s+[A-Z]")
BULLETS = re.compile(r"(?:^|\s)[*•]\s")
PAGE_WORDS = re.compile(
    r"\b(?:click here|subscribe|subscription|newsletter|sign up|log in|inbox|javascript|flash player|cookies"
    r"|transcripts?|advertisement|all rights reserved|views expressed|comments? (?:may|will|are)|your comments"
    r"|editing by|reporting by|page last updated|share this|e-mail us|follow us|running order)\b|©",
    re.IGNORECASE,
)
OPENING = re.compile(r"^[\"“‘'(]?[A-Z0-9$£€]")
CLOSING = re.compile(r"[.!?][\"”’')]*$|[\"”’]$")
DANGLING = re.compile(
    r"\b(?:a|an|the|of|to|and|or|but|that|than|its|their|his|her|my|our|your)$", re.IGNORECASE
)
PAIRS = (("(", ")"), ("[", "]"))
GLUED_CAPTION = re.compile(r"[a-z,\"”’] (?:A|An|The) [a-z]")
RUN_ON = re.compile(
    r"(?<=[a-z0-9\"”’]) (?:The|A|An|He|She|It|They|We|There|This|These|Those|Some|Many|Most|Several|Thousands"
    r"|Hundreds|Dozens|Officials|Police) [a-z]|(?<=\w) (?:In|On|At|After|During|Despite|Amid) \S"
)
INSTRUCTION = re.compile(
    r"^(?:please\s+)?(?:click|tap|copy|paste|install|download)\s+(?:here|the|this|it|on)\b", re.I
)
SHORT_ENGLISH = frozenset(
    "a i an as at be by do go he if in is it me my no of on or so to up us we am uk un eu".split()
)
MIN_WORDS = 5


def sentence_problems(text: str) -> list[str]:
    """Why a told sentence would not read as news (empty when it does)."""
    problems = []
    if TOKENISER.search(text):
        problems.append("tokeniser marks")
    if STAMP.search(text):
        problems.append("dateline or time stamp")
    if BYLINE.search(text):
        problems.append("byline")
    if BULLETS.search(text):
        problems.append("list bullets")
    if PAGE_WORDS.search(text):
        problems.append("page furniture words")
    if len(text.split()) < MIN_WORDS:
        problems.append("fragment: too short")
    if not OPENING.search(text):
        problems.append("fragment: no capital at the start")
    if not CLOSING.search(text.strip()):
        problems.append("fragment: no end")
    if any(text.count(a) != text.count(b) for a, b in PAIRS) or (text.count('"') % 2):
        problems.append("unbalanced brackets or quotes")
    if RUN_ON.search(text):
        problems.append("two sentences run together")
    return problems


def title_problems(title: str) -> list[str]:
    """Why a title would not do as a headline (empty when it does)."""
    problems = []
    words = title.split()
    if TOKENISER.search(title):
        problems.append("tokeniser marks")
    if STAMP.search(title):
        problems.append("dateline or time stamp")
    if BYLINE.search(title):
        problems.append("byline")
    if BULLETS.search(title) or "|" in title:
        problems.append("bullets or bars")
    if "…" in title or title.endswith("..."):
        problems.append("cut short")
    if PAGE_WORDS.search(title):
        problems.append("page furniture words")
    if not 3 <= len(words) <= 25:
        problems.append(f"{len(words)} words")
    if not OPENING.search(title):
        problems.append("no capital at the start")
    quoted = re.search(r"(?:^|\s)['‘]", title)
    if (
        DANGLING.search(title.rstrip(" ."))
        or re.search(r"\w['’]s$", title)
        or (re.search(r"s['’]$", title) and not quoted)
    ):
        problems.append("ends on a word that needs another")
    if (GLUED_CAPTION.search(title) or RUN_ON.search(title)) and sum(
        w[:1].isupper() for w in words
    ) * 2 < len(words):
        problems.append("a caption or standfirst glued on")
    if INSTRUCTION.search(title):
        problems.append("an instruction to the reader")
    bare = [w.strip(".,'’") for w in words]
    odd = [w for w in bare if 0 < len(w) <= 2 and w.isalpha() and w.lower() not in SHORT_ENGLISH]
    if len(odd) >= 3 and 5 * len(odd) >= 2 * len(words):
        problems.append("garbled letters")
    return problems


def repeats(texts: Iterable[str], overlap: float = 0.6) -> list[int]:
    """Indexes of sentences whose words mostly repeat an earlier sentence of the same list."""
    seen: list[set[str]] = []
    out = []
    for i, text in enumerate(texts):
        words = {w.lower() for w in re.findall(r"\w+", text) if len(w) > 2}
        if any(words and len(words & s) / len(words | s) >= overlap for s in seen):
            out.append(i)
        seen.append(words)
    return out
