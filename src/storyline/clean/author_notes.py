"""An author's note at the top of a page, run into the lead it stood above ("Dr Ann Lee is Director of the
Harbour Institute Fishermen along the coast have ..."): a line about who wrote or answers the piece, which a
page sets apart and scraped text glues to the first sentence. It is no headline and no news: it goes to the
boilerplate and the lead keeps its own start. Only a note that opens the page's first paragraph is read so; one
under a headline stays a paragraph of its own."""

from __future__ import annotations

import re

from ..analyse.lexicon import is_english_word, may_be_finite_verb
from .junction import titles_a_name
from .word_classes import TITLE_CASE_SMALL

_NOTE = re.compile(
    r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\.?\s+[A-Z][\w'’-]+|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,2})"
    r"\s+is\s+(?:(?:a|an)\s+)?(?P<role>(?:[A-Z][\w'’-]+\s+){0,3}(?P<title>[A-Z][\w'’-]+))\s+(?:of|at|to|for|with|in)\s+"
)
"""A person (an honorific and a surname, or a name of two or three words), "is", a role in Title Case ending on
a title ("Director", "Senior Fellow") and the preposition before its body ("Jon Berg is a Visiting Fellow at",
"Prof Ann Lee is Head of"). Not "was": a past post is a life's story, news maybe."""
_NEWLY = re.compile(r"\b(?:New|Acting|Interim)\b")
_VERB_WITHIN = 6
"""Words from the lead's first word within which its verb comes."""


def author_note_opening(paragraph: str) -> str | None:
    """The author's note a paragraph opens on, when a lead runs on after it: the note's body (the body the role
    belongs to) is capitalised words and the small words of a name; the lead opens on a capitalised word that
    lower-case words follow up to its finite verb ("... of the RNLI Crews along the coast have ..."), a common
    word, no name or title. None when no lead follows (the note stands alone, or goes on with "and", a comma, a
    clause of its own) or it opens on a name ("... Institute Police Chief Per Olsen said")."""
    m = _NOTE.match(paragraph)
    if not m or not (titles_a_name(m["title"]) or m["title"] == "Fellow") or _NEWLY.search(m["role"]):
        return None  # "Ann Lee is New Chief of ...": an appointment, news
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
            common = is_english_word(word) or word.endswith("men")
            if not common or titles_a_name(word):
                return None  # the lead opens on a name or a title: where its subject starts is not clear
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
