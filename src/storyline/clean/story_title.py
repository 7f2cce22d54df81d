"""Which of a story's member titles to show: a report's headline rather than a page about the story, with no
sentence run on after it.

The titles come from the cleaning (``headline``); this module judges them against each other's kind, for the
story's title (``across.stories.engine``).
"""

from __future__ import annotations

import re

from ..textsim import content_words
from .headline import MAX_TITLE_WORDS, _words
from .junction import MAX_WORDS, may_end_headline, run_on_start


def about_a_story(title: str) -> bool:
    """Whether a title is that of a page about a story rather than a report of it, which a story's own title
    should not be when a report's headline is there: a question ("Why did the ferry sink?"), its page's format
    named before a colon ("In pictures: ...", "Video: ...", "Q&A: ...", "As it happened: ..."; a topic before the
    colon, "Ferry strike: crews return", names no format), or a picture's caption ("An aerial view of the
    harbour", "A satellite image of the storm", "Mayor Ann Lee, left, flanked by ...", "Ann Lee gestures during
    ...": people named, then what the picture shows them doing)."""
    text = " ".join(title.split())
    return (
        text.rstrip("\"'”’)").endswith("?")
        or names_its_format(text)
        or bool(_PICTURE.match(text))
        or bool(_SHOWN.match(text))
    )


def names_its_format(text: str) -> bool:
    """Whether a line opens on its page's format before a colon ("As it happened: ...", "In pictures: ...",
    "Video: ..."): the title of a page about a story, wherever it stands."""
    return bool(_FORMAT_LABEL.match(" ".join(text.split())))


def headline_part(title: str) -> str:
    """A title without the sentence that runs into it at a junction :func:`run_on_start` is certain of
    ("Handling the crisis in Bergen Many people are ..."), at least three words kept, or, in a title too long for
    a headline, where a standfirst restates it (:func:`_restated`); else the title."""
    text = " ".join(title.split())
    at = run_on_start(text, frozenset())
    if at and _words(text[:at]) >= 3:
        return text[:at].rstrip()
    if _words(text) > MAX_TITLE_WORDS:
        return _restated(text.split()) or text
    return text


def _restated(words: list[str]) -> str | None:
    """The headline of a run-on title whose standfirst restates it ("Pilots rescue ferry crew off Bergen Harbour
    master Anna Olsen praised the pilots who rescued the crew ..."): the first capitalised word after a word that
    may end a sentence-case headline (the cleaning's ``may_end_headline``) from which the next
    ``RESTATED_WITHIN`` words say ``RESTATED_WORDS`` or more of the headline's content words again. A headline states what its standfirst then tells at length; one in Title
    Case (no word of four letters or more in lower case) shows no such end."""
    for i in range(3, min(len(words) - 6, MAX_WORDS + 1)):
        title_case = not any(w[:1].islower() for w in words[:i] if len(w) >= 4)
        if title_case or not words[i][:1].isupper() or not may_end_headline(words, i):
            continue
        head = set(content_words(" ".join(words[:i])))
        if len(head & set(content_words(" ".join(words[i : i + RESTATED_WITHIN])))) >= RESTATED_WORDS:
            return " ".join(words[:i])
    return None


RESTATED_WITHIN = 15
RESTATED_WORDS = 2


_PICTURE = re.compile(
    r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?(?:photo(?:graph)?|picture|image|micrograph|footage|still|scan|x-ray)s?"
    r"\s+(?:of|showing|from)\s|(?:(?:an?|the)\s+)?[\w-]+\s+view\s+(?:of|from)\s",
    re.IGNORECASE,
)
_FORMAT_LABEL = re.compile(
    r"(?:in\s+)?(?:pics|pictures|photos|images|video|videos|audio|graphics|maps?|quotes|numbers|full)\s*:"
    r"|(?:watch|listen|live|q\s*&\s*a|quiz|timeline|factbox|fact\s*file|profile|gallery|as\s+it\s+happened)\s*:",
    re.IGNORECASE,
)
_NAMED = r"(?:[A-Z][\w.'’-]*\s+)"
_SHOWN = re.compile(
    rf"{_NAMED}+(?:\((?:left|right|centre|center)\)|[A-Z][\w.'’-]*,\s*(?:left|right|centre|center),)\s+[a-z]+"
    rf"|{_NAMED}{{2,}}(?:(?:is\s+)?(?:flanked|surrounded|accompanied|escorted)\s+by\s"
    r"|(?:gestures|speaks|listens|pauses|waves|poses|smiles|reacts|looks\s+on)\s+(?:as|while)\s+(?:he|she|they)\s)",
)
"""A picture's caption: people named, then where they stand in the picture ("Ann Lee (left) ...", "Ann Lee,
center, ..."), or a full name (two capitalised words at least) flanked or surrounded by others, or gesturing,
speaking, pausing as he or she does something; not a headline such as "Lee speaks as talks collapse"."""
