"""Where a sentence starts inside a line that a headline, caption or standfirst runs into.

Scraped pages often lose the line break between a headline and the sentence under it ("Ferries stranded after
storm Hundreds of passengers spent ..."). Inside a sentence-case sentence only names are capitalised, so a
capitalised word that no name is made of (an article, a pronoun, a preposition, a count), a common word the text
writes in lower case elsewhere, a name said again or followed by its verb, or a sentence-case sentence after a
headline in Title Case shows where the sentence starts; a word that may be part of a name does not.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Container
from functools import lru_cache

from ..analyse.lexicon import finite_not_plural, is_english_word, may_be_finite_verb
from ..timeml import MONTHS
from .lead_openings import numbers_a_name
from .run_on_leads import name_again_after_place, second_clause_subject
from .word_classes import (
    CAPITALISED_OPENERS,
    COUNTS,
    DETERMINERS,
    FINITE,
    JOINING,
    KIND_LETTERED,
    LETTERED,
    LETTERS,
    LOWER_WORD,
    NAME_TITLES,
    OBJECT_OPENERS,
    OPEN_WHATEVER_FOLLOWS,
    PRE_TITLE,
    ROLES,
    SAYING,
    SENTENCE_OPENERS,
    SUBORDINATORS,
    TITLE_CASE_ENDERS,
    TITLE_CASE_SMALL,
    TITLES,
    VERB_ADJ,
    WORKS,
    bare_name,
    is_role,
)

MAX_WORDS = 14
"""A headline this long or shorter needs no cutting; an opening run into a sentence is no longer."""
SENTENCE_END = re.compile(r"[.!?][\"”’']?$")


def names_in(text: str) -> frozenset[str]:
    """The words a text writes as names: capitalised after a lower-case word or a comma at least twice (inside
    a sentence, where only a name is capitalised), and never written in lower case ("Bergen", "NASA", "H1N1",
    not "Rescuers", which a sentence opens on and the text also writes as "rescuers")."""
    lower = frozenset(map(str.lower, _LOWER_OPENED.findall(text)))
    inside: Counter[str] = Counter()
    for found, n in Counter(_INSIDE_NAME.findall(text)).items():
        inside[found.strip(",.;:")] += n
    return frozenset(w for w, n in inside.items() if n >= 2 and w.lower() not in lower)


_INSIDE_NAME = re.compile(r"[A-Z](?<=[a-z,] [A-Z])[\w.'’-]*")
"""A capitalised word after a lower-case word or a comma and a space (the capital first, so that a search jumps
from capital to capital)."""
_LOWER_OPENED = re.compile(r"\b[a-z][\w'’-]*")


def run_in_opening(
    paragraph: str,
    names: bool = False,
    common: frozenset[str] = frozenset(),
    named: frozenset[str] = frozenset(),
    proper: frozenset[str] = frozenset(),
) -> str | None:
    """The caption, standfirst or subheading that opens a paragraph and runs into its sentence ("Rescue teams at
    work in the harbour The divers found ..."), found only where the sentence opens on a word that no sentence
    carries capitalised inside it: a pronoun, an article, a quantifier or a preposition after a lower-case word
    (not a preposition or verb of saying), or an article or preposition after a name, and a lower-case word after
    it (so that a title set in capitals, "Alice In Wonderland", is no junction). Names after any word are left
    alone, since a name may stand anywhere in a sentence; so are words in capitals and a capital letter after a
    name or a noun it names a kind of ("Type A", "type A influenza"). With ``names``, for a paragraph known to
    open on a headline, a name that opens the sentence counts where the words around it show that it does
    (:func:`_names_again`, :func:`_name_then_verb`), so does a common word capitalised (one of ``common``, the
    article's lower-case words, unless the name before it and it are a name the article writes again, one of
    ``named``: :func:`_common_opens`), and an article after a name opens it whatever follows
    ("... in Bergen The UN says ..."). The opening must be 3 to 14 words and what follows a sentence of at least
    6 words."""
    words = paragraph.split()
    if not SENTENCE_END.search(paragraph) or len(words) < 10:
        return None
    for i in range(3, min(len(words) - 6, MAX_WORDS + 1)):
        if not names and not words[i][:1].isupper():
            continue  # without ``names`` every kind of start opens on a capital (as in :func:`_run_on_starts`)
        if sentence_starts_at(words, i, names, common, named, proper):
            return " ".join(words[:i])
    return None


def sentence_starts_at(
    words: list[str],
    i: int,
    names: bool,
    common: frozenset[str] = frozenset(),
    named: frozenset[str] = frozenset(),
    proper: frozenset[str] = frozenset(),
) -> bool:
    """Whether a sentence certainly starts at ``words[i]`` (see :func:`run_in_opening`)."""
    before, word, after = words[i - 1], words[i], words[i + 1]
    opener = (
        word[:1].isupper()
        and word.lower() in SENTENCE_OPENERS
        and (word[1:].islower() or (word == "A" and before not in LETTERED))
        and (
            (LOWER_WORD.fullmatch(before) is not None and before.lower().strip("'’”\"") not in JOINING)
            or _lettered_kind(words, i - 1)
        )
    )
    if word.lower() in SUBORDINATORS and sum(w[:1].isupper() for w in words[i + 1 : i + 4]) >= 2:
        return False  # a title in Title Case ("When the Saints Go Marching In"), not a clause
    if _opens_after_title_case(words, i):
        return True
    after_name = _article_after_name(words, i) and (
        re.match(r"[a-z0-9]", after) is not None or (names and word in ("The", "An", "A"))
    )
    article = (
        opener
        and names
        and word in ("The", "A", "An")
        and after[:1].isupper()
        and _titled(words, i)
        and not _lettered_kind(words, i - 1)  # "Plan B The Defamation of …": a title, not a sentence
    )
    if (opener and re.match(r"[a-z0-9]", after)) or after_name or article or _after_quotation(words, i):
        return True
    if _article_then_word(words, i):
        return True
    return names and (
        ((_names_again(words, i) or _name_then_verb(words, i)) and _titled(words, i))
        or _common_opens(words, i, common, named)
        or _plural_then_verb(words, i, named)
        or _lead_after_title_case(words, i, common, named, proper)
        or second_clause_subject(words, i, named, proper)
        or name_again_after_place(words, i, named, proper)
    )


def _lettered_kind(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a capital letter naming a kind of the noun before it ("influenza A", "Plan B"),
    which ends a phrase as a lower-case word does."""
    return i >= 1 and re.fullmatch(r"[A-Z]", words[i]) is not None and words[i - 1].lower() in KIND_LETTERED


def _opens_after_title_case(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` opens a sentence-case sentence after a headline in Title Case ("Ferry Strike Spreads
    to Northern Ports In a statement, the union said ..."): every word of four letters or more before it is
    capitalised (three at least in Title Case, not in capitals), no bracket or quotation is left open there (a
    title of a work, "(This Land Is Their Land)"), it is an article, pronoun, preposition or conjunction that
    opens sentences and no name, and the first word of four letters or more after it is in lower case, as it is
    in no Title Case headline ("... Threat to Shipping Along the Coast", "Harbour Lights and The Bergen
    Ramblers")."""
    word = words[i]
    if i < 3 or word not in TITLE_CASE_ENDERS or words[i - 1].endswith(":"):
        return False  # "Ferry Strike: What we know": a kicker and its headline
    long = [w for w in words[:i] if len(LETTERS.sub("", w)) >= 4]
    if any(w[:1].islower() for w in long) or sum(bool(re.match(r"[\"“‘'(]?[A-Z][a-z]", w)) for w in long) < 3:
        return False
    if _left_open(" ".join(words[:i])):
        return False
    after = next((w for w in words[i + 1 : i + 5] if len(LETTERS.sub("", w)) >= 4 and w[:1].isalpha()), "")
    return after[:1].islower()


def _lead_after_title_case(
    words: list[str], i: int, common: frozenset[str], named: frozenset[str], proper: frozenset[str]
) -> bool:
    """Whether ``words[i]`` opens a sentence-case lead under a headline in Title Case ("Ferry Strike Spreads to
    Northern Ports Harbour Line chief Ann Lee said ...", "... Threat to Tourism Hoping for calm, hotel owners
    ...", "... Brace for Losses Investors fled ..."). Before it, a headline in Title Case (three words of four
    letters or more, none in lower case) that capitalises two or more words the article writes in lower case
    (``common``) outside titles and names, ending on no small word and no possessive; from it up to the first
    word of four letters or more in lower case, no capitalised word the article writes in lower case except in
    a title before a name ("Finance Minister") or a name the article writes again (``named``: "Federal
    Reserve"). The lead opens on a name the article writes inside its sentences (``proper``) or writes again
    with the word after it ("Ann Lee"), after a common word, a closing quotation or the name it says again in
    full ("... to Doubt Lee | Ann Lee said"; after another name it is part of that one, "... Campaign John |
    Lee"), not the name it says again itself; on a title before a name, not after a word that stands before titles ("Comes First
    President ...", "Comes | First President ..."); or on a word of a kind that opens sentences and no name: an
    article or pronoun, a participle before a lower-case word or one modifier ("Hoping for", "Aspiring US
    politicians"; not "Waiting Ann Lee"), a preposition or conjunction before a lower-case
    word or a number (a Title Case headline capitalises "With McCain"), a conjunction opening a clause, or a
    plural before a lower-case word; or, under a headline with a verb, on a title before a full name and its
    verb ("... Slows the Recovery | Historian Ann Lee argued ..."), a profession, not an office that a body's
    name may stand before (``OFFICES``: "... Harbour Wall Council | Leader")."""
    word, before = bare_name(words[i]), words[i - 1]
    if bare_name(before).lower() in SENTENCE_OPENERS:
        return False  # "... Both | McCain and ...": a word that opens a phrase ends no headline
    opened = next((w for w in reversed(words[:i]) if re.match(r"[\"“‘']", w)), "")
    if i < 3 or not re.match(r"[A-Z$0-9]", word) or not _may_end_title_case(before, opened):
        return False
    shown = _title_case_head(words[:i], common, named)
    if not shown and not _title_case_head(words[:i], common, named, proper):
        return False
    end = next(
        (k for k in range(i + 1, len(words)) if re.fullmatch(r"[a-z][a-z'’-]{3,}[,;:]?", words[k])), None
    )
    if end is None or end - i > MAX_LEAD_NAME_WORDS or len(words) - end < 3:
        return False
    run = words[i:end]
    if any(_is_common(w, common) and not _in_title_or_name(run, k, named) for k, w in enumerate(run) if k):
        return False
    # "... Federal | Reserve": one name; "... Treasury Secretary | Henry ...": a title's name
    if f"{bare_name(before)} {word}" in named or is_role(bare_name(before).lower()):
        return False
    if titles_a_name(word) and _full_name_then_verb(run, words[end]) and _has_title_case_verb(words[1:i]):
        # a profession ("Historian"), not an office that its body's name may stand before ("Council | Leader")
        return word.lower() not in OFFICES and bare_name(before).lower() not in PRE_TITLE
    if not shown:
        return _name_after_listed_head(words, i, run, proper)
    after, lower = words[i + 1], word.lower()
    if lower in OPEN_WHATEVER_FOLLOWS:
        return True
    if lower in SENTENCE_OPENERS:
        return bool(re.match(r"[a-z0-9$]", after))
    then = words[i + 2] if i + 2 < len(words) else ""
    if word not in proper and (
        (re.fullmatch(r"[A-Z][a-z]{2,}ing", word) and (after[:1].islower() or then[:1].islower()))
        or (re.fullmatch(r"[A-Z][a-z]{2,}[^siu]s", word) and after[:1].islower())
    ):
        return True  # a participle ("Hoping", "Aspiring") or a plural before its verb ("Investors fled")
    if not _is_common(words[i], common):
        said = word in proper or f"{word} {bare_name(after)}" in named
        again = {bare_name(w) for w in run[1:]}
        ends = (
            _is_common(before, common)
            or bare_name(before) in again
            or re.search(r"[\")”’']$", before) is not None
            or (word in proper and bare_name(before) not in proper)
        )
        return said and ends and word not in again
    if _in_title_or_name(run, 0, named):
        return lower not in PRE_TITLE and bare_name(before).lower() not in PRE_TITLE
    return False


OFFICES = frozenset(
    """leader chief master minister secretary director chairman chairwoman chair head governor president
    commissioner officer spokesman spokeswoman spokesperson manager editor correspondent executive professor
    lecturer coach captain commander general mayor""".split()
)
"""Titles that the name of a body or a field may stand before ("Council Leader", "Fire Chief", "Law Professor")."""


def _full_name_then_verb(run: list[str], verb: str) -> bool:
    """Whether a title is followed by a full name and then the sentence's finite verb ("Historian Ann Lee
    argued"), as no headline in Title Case goes on."""
    return (
        len(run) >= 3
        and all(re.fullmatch(r"[A-Z][a-z'’-]+|[A-Z]\.", w) for w in run[1:])
        and finite_not_plural(verb)
    )


def _has_title_case_verb(head: list[str]) -> bool:
    """Whether a headline in Title Case has a finite verb ("Slows", "Accelerated"), as a subject cut from a lead
    ("Treasury Secretary Ann Lee and Central Bank") has not."""
    return any(re.fullmatch(r"[A-Z][a-z]+", w) and may_be_finite_verb(w.lower()) for w in head)


MAX_LEAD_NAME_WORDS = 6
"""Capitalised words a lead may open on before its first long word in lower case ("Transport Secretary Ola B.
Nilsen Jr. had")."""


def _name_after_listed_head(words: list[str], i: int, run: list[str], proper: frozenset[str]) -> bool:
    """Whether a lead under a headline shown to be one only by the word list opens on ``words[i]``: a name the
    article writes inside its sentences, after a word in Title Case that is no name of the article ("... Brace
    for Impact of Storm | Fjord Ferry Lines chief ..."), not said again in the lead's first words, under no byline
    ("By Ann Lee ...")."""
    word, before = bare_name(words[i]), bare_name(words[i - 1])
    return (
        word in proper
        and before not in proper
        and re.fullmatch(r"[A-Z][a-z'’]+", before) is not None
        and word not in {bare_name(w) for w in run[1:]}
        and words[0] != "By"
    )


def _may_end_title_case(word: str, quoted: str = "") -> bool:
    """Whether a headline in Title Case may end on ``word``: not a small word or a possessive, which need the
    words after them; a closing quotation mark (``quoted``: the headline's last word opening on a quotation mark,
    "'Stuff Happens'") is no possessive's."""
    return (
        bare_name(word).lower() not in TITLE_CASE_SMALL
        and re.search(r"[\w\")”’']$", word) is not None
        and (re.search(r"['’]s?$", word) is None or re.match(r"[\"“‘']", quoted) is not None)
    )


def _title_case_head(
    head: list[str], common: frozenset[str], named: frozenset[str], proper: frozenset[str] | None = None
) -> bool:
    """Whether the words before a lead are a headline in Title Case (see :func:`_lead_after_title_case`), with
    no bracket or quotation left open. With ``proper`` (the article's names), a word counts as common when it
    is a verb or adjective of the word list too (see :func:`_is_word`)."""
    long = [w for w in head if len(LETTERS.sub("", w)) >= 4]
    if len(long) < 3 or any(w[:1].islower() for w in long):
        return False
    if (
        sum(
            (_is_common(w, common) if proper is None else _is_word(w, common, proper))
            and not _in_title_or_name(head, k, named)
            for k, w in enumerate(head)
            if k
        )
        < 2
    ):
        return False
    return not _left_open(" ".join(head))


def title_case_headline(
    head: list[str], common: frozenset[str], named: frozenset[str], proper: frozenset[str]
) -> bool:
    """Whether words cut off a line read as a headline in Title Case, the article's common words capitalised in
    them (see :func:`_title_case_head`, with the word list's verbs and adjectives or without)."""
    return _title_case_head(head, common, named) or _title_case_head(head, common, named, proper)


def _is_common(word: str, common: frozenset[str]) -> bool:
    """Whether a capitalised word is one the article writes in lower case (a common word, not a name)."""
    bare = bare_name(word.lstrip("\"“‘'("))
    return bool(re.fullmatch(r"[A-Z][a-z'’-]+", bare)) and bare.lower() in common


def _is_word(word: str, common: frozenset[str], proper: frozenset[str]) -> bool:
    """Whether a capitalised word is a common word: one the article writes in lower case, or, where the article
    does not write it as a name, a verb or adjective of the word list ("Brace", "Bolster", "Defensive"; nouns
    are left out, the list's nouns holding many names: "Franklin", "York")."""
    if _is_common(word, common):
        return True
    bare = bare_name(word.lstrip("\"“‘'("))
    return bool(re.fullmatch(r"[A-Z][a-z]+", bare)) and bare not in proper and is_english_word(bare, VERB_ADJ)


def _in_title_or_name(run: list[str], k: int, named: frozenset[str]) -> bool:
    """Whether the capitalised common word ``run[k]`` belongs to a title or name: a title before a name
    ("President", "Secretary"), a word before such a title ("Finance Minister"), or one of a pair of capitalised
    words the article writes again ("Federal Reserve")."""
    bare = bare_name(run[k])
    after = bare_name(run[k + 1]) if k + 1 < len(run) and run[k + 1][:1].isupper() else ""
    if titles_a_name(bare) or (after and titles_a_name(after)):
        return True
    before = bare_name(run[k - 1]) if k else ""
    return f"{bare} {after}" in named or (bool(before) and f"{before} {bare}" in named)


def _left_open(text: str) -> bool:
    """Whether a bracket or quotation opened in ``text`` is not closed there (a title of a work, "(This Land Is
    Their Land)", goes on past it)."""
    return text.count("(") > text.count(")") or text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def titles_a_name(word: str) -> bool:
    """Whether a capitalised word is a title that may stand before a name ("Minister", "Chairman", "Dr"): a
    noun for a person's role long enough not to be a short word that ends like one ("Over", "After")."""
    lower = word.lower()
    return lower in NAME_TITLES or lower in ROLES or (len(lower) >= 6 and is_role(lower))


def _article_then_word(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a capitalised article before a lower-case word or a number after any lower-case
    word, a preposition or particle too ("... harbour search called off A 31-year-old man ..."): no name
    opens on an article followed by a word in lower case ("The Hague" does not), so a sentence starts there. Not
    a letter naming a kind ("type A flu", "the A list") or a range ("from A to B")."""
    before, word, after = words[i - 1], words[i], words[i + 1]
    return (
        word in ("The", "An", "A")
        and bool(re.fullmatch(r"[a-z0-9][\w'’-]*[a-z0-9]", before))
        and bool(re.match(r"[a-z0-9]", after))
        and not (
            word == "A" and (before in LETTERED | DETERMINERS or after in ("to", "or", "and", "through"))
        )
    )


def _titled(words: list[str], i: int) -> bool:
    """Whether an article before a name at ``words[i]`` opens the lead after a headline ("... for quake aid The
    UN says"), not a name after the noun of what it names ("runs the blog The Harbour Post", "read the
    newspaper The Times") in a sentence that a relative clause shows is no headline."""
    return words[i - 1] not in WORKS and not any(w in ("who", "which", "whose") for w in words[:i])


def _after_quotation(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` opens a sentence after a quotation that closes the headline before it ("Star on
    Bergen 'tragedy' Former member of the band ..."): a capitalised word after a closing quotation mark (with no
    stop inside it: that would end a sentence) whose quotation opened within the headline and holds a word in
    lower case (not a name in quotation marks), with a lower-case word after it that is not a verb of saying (a
    quotation followed by its speaker, "'We will sail' Olsen said", is one sentence)."""
    before, word, after = words[i - 1], words[i], words[i + 1]
    if not re.search(r"\w['’”\"]$", before) or not re.fullmatch(r"[A-Z][\w'’-]*", word):
        return False
    head = " ".join(words[:i])
    openings = [m.start() for m in re.finditer(r"(?:^|\s)[\"“‘']", head)]
    if len(openings) % 2 == 0 or not after[:1].islower() or after.strip(",") in SAYING:
        return False
    # A quoted name or nickname ("the 'Hyrule' Sword", "Anthony 'Fat Tony' Salerno") is no quotation.
    return bool(re.search(r"\s[\"“‘']?[a-z]|^\s*[\"“‘'][a-z]", head[openings[-1] :]))


def _common_opens(words: list[str], i: int, common: frozenset[str], named: frozenset[str]) -> bool:
    """Whether ``words[i]`` is a common noun or adjective capitalised because it opens the standfirst ("... in
    Bergen rubble Rescue teams are ..."): a word the article writes in lower case elsewhere (``common``: its
    lower-case words), capitalised after a lower-case word that is not a preposition or verb of saying, and
    followed by a lower-case word. A sentence-case headline capitalises no common word inside it."""
    return words[i].lower() in common and _may_open_as_common(words, i, named)


def _may_open_as_common(words: list[str], i: int, named: frozenset[str]) -> bool:
    """:func:`_common_opens` but for whether the word is one the article writes in lower case."""
    return (
        bool(re.fullmatch(r"[A-Z][a-z]{2,}", words[i]))
        and may_end_headline(words, i, named)
        and words[i + 1][:1].islower()
        and not (words[i - 1][:1].isupper() and numbers_a_name(words, i))
    )


def run_on_start(sentence: str, common: Container[str]) -> int:
    """Where the sentence proper starts in a stretch that a headline or caption runs into ("Divers search the
    wreck in the bay Rescue teams have found ..."): the offset of the last word, among the first
    ``2 * MAX_WORDS``, where :func:`run_in_opening` is certain a sentence starts, or that is one of ``common``
    (words the text around writes in lower case) capitalised after a lower-case word that may end a headline
    and before a lower-case word; 0 when there is none."""
    certain, if_common = _run_on_starts(sentence)
    return max((at for at, word in if_common if word in common), default=certain)


STARTS_REMEMBERED = 100_000
"""Sentences whose possible starts are remembered (:func:`_run_on_starts`): as many as ``reconstruct.text``
remembers, for a storyline built after every story of a refresh."""


@lru_cache(maxsize=STARTS_REMEMBERED)
def _run_on_starts(sentence: str) -> tuple[int, tuple[tuple[int, str], ...]]:
    """What :func:`run_on_start` finds whatever the words around: the offset of the last certain start (0 when
    there is none), and after it, in order, the offset of each word that starts the sentence when it is one of
    the text's lower-case words, with that word in lower case. Remembered: a story's sentences are read again
    in its storyline, with other words around."""
    spans = [m.span() for m in re.finditer(r"\S+", sentence)][: 2 * MAX_WORDS + 1]
    words = [sentence[a:b] for a, b in spans]
    certain = 0
    if_common: list[tuple[int, str]] = []
    for i in range(3, len(words) - 1):
        if not words[i][:1].isupper():  # every kind of start below opens on a capital
            continue
        after_lower = words[i - 1][:1].islower()  # not after a name: a story's words may be part of one
        if sentence_starts_at(words, i, names=False):
            certain, if_common = spans[i][0], []
        elif after_lower and _may_open_as_common(words, i, frozenset()):
            if_common.append((spans[i][0], words[i].lower()))
    return certain, tuple(if_common)


def _plural_then_verb(words: list[str], i: int, named: frozenset[str]) -> bool:
    """Whether ``words[i]`` is a plural noun capitalised because it opens the lead, its verb after it ("... on
    the quay camera Pictures have emerged ...", "... in Bergen Rescuers have begun ..."): a plural verb follows,
    which a one-word name would not take."""
    return (
        bool(re.fullmatch(r"[A-Z][a-z]+[a-rt-z]s", words[i]))
        and words[i + 1] in ("have", "are", "were")
        and may_end_headline(words, i, named)
    )


def may_end_headline(words: list[str], i: int, named: frozenset[str] = frozenset()) -> bool:
    """Whether the word before ``words[i]`` may end a headline: a lower-case word that no name or complement
    follows (not a preposition, article, verb of saying, finite verb — "who is People magazine's ..." — or a
    noun for a person's role), or a one-word name after such a word ("... in Bergen", "... capital Oslo") that
    does not make one name with ``words[i]`` (``named``: "Bergen University", written again elsewhere)."""
    before = words[i - 1]
    if re.fullmatch(r"[A-Z][a-z]+(?:-[a-z]+-[A-Z][a-z]+)?", before) and i >= 2:
        preceding = words[i - 2]
        return (
            f"{before} {words[i]}" not in named
            and bool(re.fullmatch(r"[a-z][a-z'’-]*", preceding))
            and preceding not in DETERMINERS
            and preceding not in FINITE  # "is Operations Chief for ...": a title-case role, not a name
        )
    return (
        bool(re.fullmatch(r"[a-z][a-z'’-]*", before))
        and before not in JOINING
        and before not in FINITE
        and not is_role(before)
    )


def _article_after_name(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a capitalised article or preposition after a name that ends the headline ("...
    arrive in the Netherlands The ministry says ...", "... flown to Bergen In the harbour, ..."), or after a
    day's date that ends it ("... Readers' pictures Monday 3 March The ferry ..."): inside a sentence-case
    sentence an article is capitalised only as part of a name, a preposition never, and a name does not follow a
    name. The name may be an acronym ("... fares rise in the UK For the first time ..."), and a count that
    opens a sentence counts as an opener ("... in the UK Two more ferries ...", "Three of the crew"), where a
    number after a name is otherwise part of it ("Channel Four", "BBC Two")."""
    before, word = words[i - 1], words[i]
    if before.lower() in MONTHS and words[i - 2].isdigit():
        return word[:1].isupper() and word[1:].islower() and word.lower() in SENTENCE_OPENERS
    count = word in COUNTS and i + 1 < len(words) and words[i + 1] in ("more", "of", "other")
    return (
        (word in CAPITALISED_OPENERS or count or (word == "A" and before.lower() not in LETTERED))
        and before[:1].isupper()
        and (bool(re.search(r"[a-z]$", before)) or bool(re.fullmatch(r"[A-Z]{2,5}", before)))
        and before.lower() not in JOINING
        and words[i - 2][:1].islower()
    )


def _name_then_verb(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` opens a standfirst whose subject is a person's name ("... united in grief Ann Lee
    believes ..."): two or three capitalised words after a lower-case word that is not a preposition, verb of
    saying, a noun for a person's role ("the ferry captain Anna Olsen said") or a word ending in "s" (a verb
    whose object the name may be: "storm hits Bergen Port workers ..."), then a verb of a finite clause. A
    headline before it holds no comma: after one, the noun and the name are more likely one phrase of a
    sentence ("On Monday, singer Ann Lee said ...")."""
    before = words[i - 1]
    if (
        not re.fullmatch(r"[a-z]*[a-rt-z]", before)
        or before in JOINING
        or before in PRE_TITLE
        or is_role(before)
    ):
        return False
    if any(w.endswith(",") for w in words[:i]):
        return False
    run = list(
        itertools.takewhile(
            lambda w: re.fullmatch(r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?", w), words[i : i + 4]
        )
    )
    if not 2 <= len(run) <= 3 or i + len(run) >= len(words):
        return False
    verb, then = words[i + len(run)], words[i + len(run) + 1 : i + len(run) + 2]
    return verb in FINITE or (
        bool(re.fullmatch(r"[a-z]{3,}(?:[^s]s|ed)", verb)) and bool(then) and then[0] in OBJECT_OPENERS
    )


def _names_again(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` opens a standfirst that names again whom its headline named ("Ferry captain praised
    for rescue | Captain Olsen said ..."): a run of up to four capitalised words, acronyms ("UK", "NATO") or
    nicknames in quotation marks ('Kari "Songbird" Holm') after a lower-case word (not a preposition, article or
    verb of saying) and before a lower-case one, one of its names
    already in the headline; after a capitalised word, a full name that the headline holds. Not after a title or a
    noun for a person's role ("Dr", "pop star", "actor"), which the name is part of."""
    before = words[i - 1]
    bare = before.lower().strip("'’.")
    if not re.search(r"[a-z'’]$", before) or bare in JOINING or bare in TITLES or is_role(bare):
        return False
    if before.lstrip("\"“‘'")[:1].isupper():  # a capitalised word, or a nickname's first word ('"Big Arne"')
        return _full_name_again(words, i)
    run = list(
        itertools.takewhile(
            lambda w: (
                re.fullmatch(r"[A-Z][a-z]+(?:['’]s)?|[A-Z]{2,5}|[\"“‘']?[A-Z][a-z]+[\"”’']?", w) is not None
            ),
            words[i : i + 5],
        )
    )
    if not 1 <= len(run) <= 4 or i + len(run) >= len(words) or not words[i + len(run)][:1].islower():
        return False
    named = {bare_name(w) for w in words[:i] if w[:1].isupper()}
    return any(bare_name(w) in named for w in run if bare_name(w).lower() not in TITLES)


def _full_name_again(words: list[str], i: int) -> bool:
    """Whether a full name of two or three words that the headline holds starts again at ``words[i]``, after
    another capitalised word, and a lower-case word follows it ("... rescued in Bergen Anna Olsen steered ...")."""
    for n in (3, 2):
        name = words[i : i + n]
        if (
            i + n < len(words)
            and words[i + n][:1].islower()
            and all(re.fullmatch(r"[A-Z][a-z]+", w) for w in name)
            and any(words[j : j + n] == name for j in range(i - n))
        ):
            return True
    return False
