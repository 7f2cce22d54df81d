"""An author's note run into the lead it stood above ("Dr Ann Lee is Director of the Harbour Institute Fishermen
along the coast have ..."): a line about who wrote or answers the piece, which a page sets apart and scraped text
glues to the first sentence. It is no headline and no news: it goes to the boilerplate and the lead keeps its
own start."""

from __future__ import annotations

import re

from ..analyse.lexicon import may_be_finite_verb
from .word_classes import TITLE_CASE_SMALL

_NOTE = re.compile(
    r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){0,2}\s+(?:is|was)\s+(?:(?:a|an|the)\s+)?"
    r"(?:[A-Z][\w'’-]+\s+){1,4}(?:of|at|to|for|with|in)\s+"
)
"""A name, "is" or "was", a role in Title Case and the preposition before its body ("Jon Berg is a Senior
Fellow at", "Prof Ann Lee was Head of")."""
_VERB_WITHIN = 6
"""Words from the lead's first word within which its verb comes."""


def author_note_opening(paragraph: str) -> str | None:
    """The author's note a paragraph opens on, when a lead runs on after it: the note's body (the body the role
    belongs to) is capitalised words and the small words of a name; the lead opens on a capitalised word that
    lower-case words follow up to its finite verb ("... of the RNLI Crews along the coast have ..."). None when
    no lead follows (the note stands alone, or goes on with "and", a comma, a clause of its own)."""
    m = _NOTE.match(paragraph)
    if not m:
        return None
    rest = paragraph[m.end() :]
    words = [(w.start(), w.group()) for w in re.finditer(r"\S+", rest)]
    for k, (at, word) in enumerate(words):
        if not word[:1].isupper():
            if word not in TITLE_CASE_SMALL:
                return None  # the body ended on a lower-case word: no name runs on into a lead here
            continue
        if not re.fullmatch(r"[A-Z][\w'’&-]*", word):
            return None  # punctuation inside the body: a list or a clause, no name
        if k and _opens_a_lead([w for _, w in words[k + 1 : k + 1 + _VERB_WITHIN]]):
            return paragraph[: m.end() + at].rstrip()
    return None


def _opens_a_lead(after: list[str]) -> bool:
    """Whether the words after a capitalised one read as its sentence: lower-case words, none a small word of a
    name first, up to a finite verb."""
    if (
        not after
        or not after[0].islower()
        or after[0] in TITLE_CASE_SMALL - {"at", "in", "on", "from", "with"}
    ):
        return False
    for word in after:
        if not re.fullmatch(r"[a-z][a-z'’-]*", word):
            return False
        if may_be_finite_verb(word):
            return True
    return False
