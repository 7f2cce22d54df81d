"""Where a Title Case headline ends when the line runs on into a caption or lead about a person named in full
("Ferry Crews Weigh Strike | Transport Minister Jens Kvale walks with ..."): a headline names a person by surname
or not at all, a caption or lead by title, first name and surname, then goes on in lower case."""

from __future__ import annotations

import re

from ..analyse.lexicon import english_words, is_english_word, may_be_finite_verb
from .junction import title_case_headline, titles_a_name
from .lead_openings import quote_open
from .word_classes import (
    DETERMINERS,
    JOINING,
    LETTERS,
    NAME_PARTICLES,
    NAME_TITLES,
    PRE_TITLE,
    PREPOSITIONS,
    PRONOUNS,
    ROLES,
    SENTENCE_OPENERS,
    TITLE_CASE_SMALL,
    TITLES,
    bare_name,
    is_role,
)


def lead_on_a_name(
    title: str, common: frozenset[str], named: frozenset[str], proper: frozenset[str]
) -> str | None:
    """The headline of a Title Case title that runs on into a caption or lead whose subject is a person named in
    full, with the words that describe him or her ("... to Doubt Berg | Ola Berg file photo", "... in Focus |
    Kari Holm was one of ...", "... Ferry Industry | Former Transport Secretary Ola B. Nilsen Jr. proposed ...",
    "... and You | Anna Olsen and Per Lund wonder ..."). The name stands just before the
    first word in lower case other than a title's small words and a name's particles ("van", "de"), and that word
    is no preposition (a Title Case headline may keep "after" or "amid" in lower case). What is left before it
    must be a headline in Title Case (capitalising the article's ``common`` words, those it writes in lower case;
    three words at least, :func:`junction.title_case_headline`) that ends on a word no name is made of (a common
    word, a verb or adjective of the word list, or the surname said again: not "Resume Per | Ola Lund"),
    and opens on no description of a person (a lead: "Treasury Secretary Ann Lee and ..."). A description
    that opens on a role named by its ending ("Historian", "Officer") after another capitalised word is left
    whole, since the two may be one ("Police Officer")."""
    words = title.split()
    k = next((k for k, w in enumerate(words) if _opens_the_predicate(w)), None)
    if k is None or bare_name(words[k]).lower() in PREPOSITIONS:
        return None
    found = _person_before(words, k, common)
    if found is None:
        return None
    start, surname = found
    head = words[:start]
    if (
        len(head) < 3
        or head[0] == "By"  # a byline, no headline
        or head[-1].endswith((",", ";"))  # a name in apposition: "The chief, Ann Lee, said"
        or not _ends_a_headline(head[-1], surname, common)
        or quote_open(head)
        or any(_describes(words, i) for i in (0, 1))
        or not (
            title_case_headline(head, common, named, proper)
            or (
                _short_title_case(head, proper)
                and not any(is_english_word(w, _NAMELESS) for w in words[k - 2 : k])
            )
        )
    ):
        return None
    last = bare_name(head[-1]).lower()
    return " ".join(head) if last not in TITLE_CASE_SMALL and not head[-1].endswith(("'s", "’s")) else None


def _short_title_case(head: list[str], proper: frozenset[str]) -> bool:
    """Whether a short headline is in Title Case by the word list alone ("The Ferry Crisis and You", "Bergen -
    Storm in Focus"): two words or more of four letters or more, all capitalised, and after the first word two
    that are words of the list (nouns too, since a lead on a person named in full follows) and no name the
    article writes. The caller asks in turn that the name be no verb or adjective of the list ("... Strike |
    Explained Why are ...")."""
    long = [w for w in head if len(LETTERS.sub("", w)) >= 4]
    if len(long) < 2 or any(not w[:1].isupper() for w in long) or quote_open(head):
        return False
    words = [bare_name(w) for w in head[1:] if len(LETTERS.sub("", w)) >= 4]
    return (
        sum(
            re.fullmatch(r"[A-Z][a-z]+", w) is not None and w not in proper and is_english_word(w)
            for w in words
        )
        >= 2
    )


def _opens_the_predicate(word: str) -> bool:
    """Whether a word may be the first of what a caption or lead says of its subject: in lower case, and neither
    a small word a Title Case headline keeps in lower case nor a name's particle."""
    bare = bare_name(word).lower()
    return word[:1].islower() and bare not in TITLE_CASE_SMALL and bare not in NAME_PARTICLES


def _ends_a_headline(word: str, surname: str, common: frozenset[str]) -> bool:
    """Whether the word before a lead may end the headline: a closing mark, a word the article writes in lower
    case or a pronoun ("... and You"), a verb or adjective of the word list, a plural noun ("... Island Diaries"),
    or the person's surname said again ("... to Doubt Lee | Ann Lee ..."); not a word that may be the first part
    of the name ("Resume Per | Ola Lund")."""
    bare = bare_name(word)
    if re.search(r"[\"”’')?!]$", word) or bare == surname or bare.lower() in common | PRONOUNS:
        return True
    return is_english_word(bare, _NAMELESS) or (_plural_noun(bare) and not _people(bare))


def _person_before(words: list[str], k: int, common: frozenset[str]) -> tuple[int, str] | None:
    """Where the description and name of a person ending just before ``words[k]`` start, and the surname: one
    or two names joined by "and" (:func:`_name_start`), after the titles and roles before them ("Former
    Treasury Secretary", "Norway's Fisheries Minister", "Historian"); None where a role named by its ending has
    another capitalised word before it (``_derived_role``)."""
    found = _name_start(words, k, common)
    if found is None:
        return None
    start, surname = found
    if (
        start >= 3
        and words[start - 1] == "and"
        and (other := _name_start(words, start - 1, common)) is not None
    ):
        start = other[0]
    while start > 0 and _describes(words, start - 1):
        start -= 1
    if start > 0 and _derived_role(words[start]) and words[start - 1][:1].isupper():
        return None
    return start, surname


def _name_start(words: list[str], end: int, common: frozenset[str]) -> tuple[int, str] | None:
    """The start and the surname of a person's name of two words ending just before ``words[end]`` (a middle
    initial and "Jr." allowed: "Ola B. Nilsen Jr."), one of the two no verb or adjective of the lexicon (a
    name, not "Rates Stocks"; the lexicon's nouns hold many first names)."""
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
    return None if _plural_noun(first) else (j, last)


def _plural_noun(word: str) -> bool:
    """Whether a capitalised word is the plural of a noun of the lexicon ("Thoughts", "Basics", "Diaries",
    "Taxes"), which no first name is."""
    nouns = english_words(("noun",))
    return any(singular in nouns for singular in _singulars(word.lower()))


def _singulars(plural: str) -> tuple[str, ...]:
    """The forms a plural in "-s" may have come from: "-ies" from "-y", "-es" from the stem or the stem and "e"."""
    if plural.endswith("ies"):
        return (f"{plural[:-3]}y",)
    if plural.endswith("es"):
        return (plural[:-1], plural[:-2])
    return (plural[:-1],) if plural.endswith("s") else ()


def _people(plural: str) -> bool:
    """Whether a plural names people by what they are or do ("Candidates", "Members", "Heroes"): a description of
    the people named after it, not a headline's last word."""
    return any(
        is_role(singular) or titles_a_name(singular) or singular in _PEOPLE_NOUNS
        for singular in _singulars(plural.lower())
    )


_PEOPLE_NOUNS = frozenset(
    """candidate hero member champion leader official resident victim survivor parent student neighbour neighbor
    colleague friend rival partner veteran athlete delegate citizen""".split()
)
_NAME_WORD = re.compile(r"(?:O['’]|Ma?c)?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?")
_NAMELESS = ("verb", "adj")
_NOT_NAMES = SENTENCE_OPENERS | DETERMINERS | PRONOUNS | TITLES
_DEPARTMENT_TITLES = frozenset("minister secretary chairman governor director commissioner chief".split())


def _describes(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` belongs to the description before a name: a title or a noun for a person's role
    (``junction.titles_a_name``: "Secretary", "Historian"), a word that stands before a title ("Former",
    "Acting") or a place's adjective in "-based" ("Paris-based"), a department before an official title
    ("Treasury Secretary", "Finance Minister"), or a possessive before it ("Norway's Fisheries Minister")."""
    word = bare_name(words[i])
    if not word[:1].isupper() or word.lower() in PREPOSITIONS:
        return False
    nxt = bare_name(words[i + 1]).lower()
    if titles_a_name(word) or word.lower() in PRE_TITLE or re.fullmatch(r"[A-Z][\w.]*-[a-z]+", word):
        return True
    after_title = words[i + 2] if i + 2 < len(words) else ""
    if (
        nxt in _DEPARTMENT_TITLES
        and re.fullmatch(r"[A-Z][a-z]+", words[i])
        and not titles_a_name(after_title)
    ):
        return True  # "Treasury Secretary Ann Lee", not "... Record Profit | Chief Executive Ann Lee"
    after = bare_name(words[i + 2]).lower() if i + 2 < len(words) else ""
    return bool(re.search(r"['’]s$", words[i])) and after in _DEPARTMENT_TITLES


def _derived_role(word: str) -> bool:
    """Whether a word names a role only by its ending ("Historian", "Officer", "Negotiator"), not as a title
    ("Minister", "Chief"), which may be the second word of a compound role ("Police Officer")."""
    lower = bare_name(word).lower()
    return titles_a_name(word) and not (
        lower in NAME_TITLES or lower in ROLES or lower in _DEPARTMENT_TITLES or lower in PRE_TITLE
    )


def same_person_again(title: str, common: frozenset[str]) -> str | None:
    """The headline of a sentence-case title that runs on into a lead naming again, in full and with the words
    that describe him or her, the person the headline names by surname ("Lee has a cold, not new flu | Harbour
    Secretary of Transport Ann Lee has twice ..."): after a word in lower case that may end a headline, a run of
    capitalised words (with "of", "and", "the" inside) that ends on a person's name whose surname the headline
    holds, then a verb in lower case; not after a noun for a role, which describes the person ("... Hollywood
    actor | Ann Lee has"). At least three words stay."""
    words = title.split()
    for i in range(3, len(words) - 3):
        before = words[i - 1]
        said_before = {bare_name(w) for w in words[:i]}
        if not re.fullmatch(r"[a-z][a-z'’-]*", before) or before in PREPOSITIONS or before in JOINING:
            continue
        if is_role(before) or titles_a_name(before):
            continue  # the person's description goes on before the name: "Hollywood actor | Ann Lee has"
        end = i
        while end < min(len(words), i + 9) and (
            words[end][:1].isupper() or words[end] in ("of", "the", "and")
        ):
            end += 1
        if end == i or end >= len(words) or not may_be_finite_verb(words[end]):
            continue
        found = _name_start(words, end, common)
        if found is not None and found[0] >= i and found[1] in said_before:
            return " ".join(words[:i])
    return None


def title_again_after_title_case(title: str) -> str | None:
    """The headline of a Title Case title that runs on into a lead naming again, by a title and surname, the
    person the headline names ("Mayor Lee Says Port Will Reopen Soon | Mayor Lee said on Monday ...", "Lee Backs
    Ferry Deal | Prime Minister Ann Lee told ..."): at a capitalised title ("Mayor", "President", "Sen."), after
    three words or more with every word of four letters capitalised, a run of up to three capitalised words
    ending on a surname the headline holds, then a verb of speech, as a lead reports what the person said ("...
    Named Police Chief | Berg will start ..." is a headline that ends on a title, then its lead)."""
    words = title.split()
    for i in range(3, len(words) - 2):
        word = words[i].rstrip(".")
        if not word[:1].isupper() or word.lower() not in NAME_TITLES | PRE_TITLE_ROLES:
            continue
        long = [w for w in words[:i] if len(LETTERS.sub("", w)) >= 4]
        if len(long) < 3 or any(w[:1].islower() for w in long):
            continue
        end = i + 1
        while end < min(len(words), i + 5) and words[end][:1].isupper():
            end += 1
        said = {bare_name(w) for w in words[:i]}
        if (
            i + 1 < end < len(words)
            and _speaks(words[end : end + 2])
            and bare_name(words[end - 1]) in said
            and words[end - 1][:1].isupper()
        ):
            return " ".join(words[:i])
    return None


_SPEECH = frozenset(
    """said says told tells declared announced promised warned insisted argued urged added vowed pledged called
    asked acknowledged admitted denied claimed confirmed wrote explained stated revealed stressed noted""".split()
)


def _speaks(words: list[str]) -> bool:
    """Whether words open on a verb of speech, perhaps after its auxiliary ("said", "has said", "had told")."""
    first = [w.lower().strip(",") for w in words]
    return bool(first) and (
        first[0] in _SPEECH or (first[0] in ("has", "had", "have") and first[1:2] and first[1] in _SPEECH)
    )


PRE_TITLE_ROLES = frozenset(
    "mayor governor senator chancellor premier king queen pope chairman chief".split()
)
"""Titles for office that stand before a surname ("Mayor Lee", "Chancellor Berg")."""
