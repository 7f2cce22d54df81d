"""Where a Title Case headline ends when the line runs on into a caption or lead about a person named in full
("Ferry Crews Weigh Strike | Transport Minister Jens Kvale walks with ..."): a headline names a person by surname
or not at all, a caption or lead by title, first name and surname, then goes on in lower case."""

from __future__ import annotations

import re

from ..analyse.lexicon import english_words, is_english_word
from .headline import quote_open
from .junction import title_case_headline
from .word_classes import (
    DETERMINERS,
    NAME_TITLES,
    PRE_TITLE,
    PRONOUNS,
    ROLES,
    SENTENCE_OPENERS,
    TITLE_CASE_SMALL,
    TITLES,
    bare_name,
)


def lead_on_a_name(
    title: str, common: frozenset[str], named: frozenset[str], proper: frozenset[str]
) -> str | None:
    """The headline of a Title Case title that runs on into a caption or lead whose subject is a person named in
    full, with the words that describe him or her ("... to Doubt Summers | Larry Summers file photo", "... in Focus
    | Carlos Barria was one of ...", "... Banking Industry | Former Treasury Secretary Henry M. Paulson Jr.
    proposed ...", "... and You | Eve Applebaum and Scott Dominick wonder ..."): the name stands just before
    the first word in lower case other than a title's small words, and what is left before it is a headline in
    Title Case (capitalising the article's ``common`` words, those it writes in lower case; three words at least,
    :func:`junction.title_case_headline`) that may end there, and opens on no such description (a lead:
    "Treasury Secretary Ann Lee and ..."). No word of the name is one of ``common``."""
    words = title.split()
    k = next(
        (k for k, w in enumerate(words) if w[:1].islower() and bare_name(w).lower() not in TITLE_CASE_SMALL),
        None,
    )
    start = _person_before(words, k, common) if k else None
    if start is None or start < 2:
        return None
    head = words[:start]
    if (
        len(head) < 3
        or head[0] == "By"  # a byline, no headline
        or _name_goes_on(head[-1], words[k - 1], proper)
        or head[-1].endswith((",", ";"))  # a name in apposition: "The chief, Ann Lee, said"
        or quote_open(head)
        or any(_describes(words, i) for i in (0, 1))
        or not title_case_headline(head, common, named, proper)
    ):
        return None
    last = bare_name(head[-1]).lower()
    return " ".join(head) if last not in TITLE_CASE_SMALL and not head[-1].endswith(("'s", "’s")) else None


def _name_goes_on(before: str, surname: str, proper: frozenset[str]) -> bool:
    """Whether the word before a name may be its first part: one of the article's names (``proper``: "Nordvik
    Ola Berg"), unless the name's surname said again ("... to Doubt Lee | Ann Lee ...")."""
    return bare_name(before) in proper and bare_name(before) != bare_name(surname)


def _person_before(words: list[str], k: int, common: frozenset[str]) -> int | None:
    """Where the description and name of a person ending just before ``words[k]`` start: one or two names
    joined by "and" (:func:`_name_start`), after the titles and roles before them ("Former Treasury Secretary",
    "Italy's Finance Minister", "Historian")."""
    start = _name_start(words, k, common)
    if start is None:
        return None
    if (
        start >= 3
        and words[start - 1] == "and"
        and (other := _name_start(words, start - 1, common)) is not None
    ):
        start = other
    while start > 0 and _describes(words, start - 1):
        start -= 1
    return start


def _name_start(words: list[str], end: int, common: frozenset[str]) -> int | None:
    """The start of a person's name of two words ending just before ``words[end]`` (a middle initial and "Jr."
    allowed: "Henry M. Paulson Jr."), one of the two no verb or adjective of the lexicon (a name, not "Rates
    Stocks"; the lexicon's nouns hold many first names)."""
    j = end - 1
    if j >= 0 and words[j].rstrip(",") in ("Jr.", "Sr.", "Jr", "Sr"):
        j -= 1
    if j < 1 or not _NAME_WORD.fullmatch(words[j].rstrip(",")):
        return None
    last = words[j].rstrip(",")
    j -= 1
    if j >= 1 and re.fullmatch(r"[A-Z]\.", words[j]):
        j -= 1
    first = words[j]
    if not _NAME_WORD.fullmatch(first) or {first.lower(), last.lower()} & (_NOT_NAMES | common):
        return None
    if is_english_word(first, _NAMELESS) and is_english_word(last, _NAMELESS):
        return None
    return None if _plural_noun(first) else j


def _plural_noun(word: str) -> bool:
    """Whether a capitalised word is the plural of a noun of the lexicon ("Thoughts", "Basics"), which no first
    name is."""
    lower = word.lower()
    return lower.endswith("s") and lower[:-1] in english_words(("noun",))


_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?")
_NAMELESS = ("verb", "adj")
_NOT_NAMES = SENTENCE_OPENERS | DETERMINERS | PRONOUNS | TITLES
_DEPARTMENT_TITLES = frozenset("minister secretary chairman governor director commissioner chief".split())


def _describes(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` belongs to the description before a name: a title or a noun for a person's role
    ("Secretary", "Historian", "Photographer"), a word before a title that stands before such a title
    ("Former", "Acting"), a department before an official title ("Treasury Secretary", "Finance Minister"), or
    a possessive before it ("Italy's Finance Minister")."""
    word = bare_name(words[i])
    lower = word.lower()
    if not word[:1].isupper():
        return False
    nxt = bare_name(words[i + 1]).lower()
    if _person_noun(lower):
        return True
    if lower in PRE_TITLE or re.fullmatch(r"[A-Z][\w.]*-[a-z]+", word):  # "Former", "Paris-based"
        return True
    if nxt in _DEPARTMENT_TITLES and re.fullmatch(r"[A-Z][a-z]+", words[i]):
        return True
    after = bare_name(words[i + 2]).lower() if i + 2 < len(words) else ""
    return bool(re.search(r"['’]s$", words[i])) and after in _DEPARTMENT_TITLES


def _person_noun(lower: str) -> bool:
    return (
        lower in NAME_TITLES
        or lower in ROLES
        or lower in _DEPARTMENT_TITLES
        or bool(_PERSON_NOUN.search(lower))
    )


_PERSON_NOUN = re.compile(r"(?:ist|ian|ator|grapher|ster|man|woman)$")
"""Endings of nouns for a person's role ("photographer", "senator", "economist", "historian", "chairman"), not
those of any noun in "-er" or "-or" ("Power", "Sector")."""
