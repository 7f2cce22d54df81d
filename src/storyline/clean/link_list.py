"""A list of links to others' writing that a blog's page sets above its post ("Ann Lee of the Harbour Institute
argues that ...", "Bo Berg and Cy Dahl compare the two ports."): each item one short sentence whose subject is
the names of writers or a body and whose verb, in the present tense, says what they wrote. A run of such items
at the top of a page, under a promotion that was cut, on subjects of their own and not the post's, is the page's
furniture, not the post."""

from __future__ import annotations

import re
from collections import Counter

from ..analyse.lexicon import is_english_word, may_be_finite_verb
from ..textsim import content_words
from .junction import titles_a_name
from .word_classes import bare_name

MIN_ITEMS = 3
"""Items a run needs to be a list (two such lines may be the post's own opening)."""
MAX_ITEM_WORDS = 30
MAX_SUBJECT_WORDS = 12
_CONNECTORS = frozenset("of and the for at on in de van von du da del la le y &".split())
_SENTENCE_INSIDE = re.compile(r"[.!?][\"”’']?\s+[A-Z]")
POST_PARAGRAPHS = 6
"""Paragraphs after the list read as the post whose subject the items must not share."""


def item(line: str) -> bool:
    """Whether a line reads as an item of a link list: one sentence of at most ``MAX_ITEM_WORDS`` words, ending
    on a full stop, whose words before its first lower-case word other than a name's connector ("of", "and",
    "the") are two or more capitalised words (writers' names, a body's name: "Ann Lee and Bo Berg", "The Harbour
    Policy Institute"; not opening on a title or role, "Police Chief Ann Lee", whose news is reported), and
    whose first lower-case word is a verb of writing in the present tense: "argues", "notes", "proposes", or
    after names joined by "and" its plain form ("compare", "review") or a word of no word list (a misspelt
    one)."""
    words = line.split()
    if (
        not (4 <= len(words) <= MAX_ITEM_WORDS)
        or not line.rstrip().endswith(".")
        or _SENTENCE_INSIDE.search(line)
    ):
        return False
    if titles_a_name(bare_name(words[0])):
        return False
    subject: list[str] = []
    for word in words[: MAX_SUBJECT_WORDS + 1]:
        bare = word.strip(",")
        if bare[:1].isupper():
            subject.append(bare)
        elif bare.lower() in _CONNECTORS:
            subject.append(bare.lower())
        else:
            return _writes(bare, plural="and" in subject) and sum(w[:1].isupper() for w in subject) >= 2
    return False


def _writes(word: str, plural: bool) -> bool:
    """Whether a word is a verb of writing in the present tense, for one writer or (``plural``) for several."""
    if not re.fullmatch(r"[a-z]+", word):
        return False
    if word.endswith("s") and (word[:-1] in WRITING or (word.endswith("es") and word[:-2] in WRITING)):
        return True
    return plural and (
        word in WRITING or not (word.endswith("ed") or is_english_word(word) or may_be_finite_verb(word))
    )


WRITING = frozenset(
    """argue note write explain compare review propose wonder examine ask suggest discuss outline consider
    look make offer lay estimate find show predict question challenge rebut respond reply recommend assess
    survey study analyse analyze chart map trace describe""".split()
)
"""Verbs that say what a writer's piece does ("argues that ...", "compares A and B", "looks at ...")."""


def list_end(lines: list[str], start: int) -> int | None:
    """The index after a link list opening at ``lines[start]`` (at least ``MIN_ITEMS`` items in a row), when no
    item shares the subject of the post after it (two content words or more with its first
    ``POST_PARAGRAPHS`` paragraphs); None where no such list opens there."""
    end = start
    while end < len(lines) and item(lines[end]):
        end += 1
    if end - start < MIN_ITEMS:
        return None
    post = Counter(content_words(" ".join(lines[end : end + POST_PARAGRAPHS])))
    if not post:
        return None
    for line in lines[start:end]:
        if sum(1 for w in set(content_words(line)) if post[w]) >= 2:
            return None
    return end
