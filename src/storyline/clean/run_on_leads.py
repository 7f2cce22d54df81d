"""Where a lead run on after a sentence-case headline starts, read from the clause or the name the headline
ends on: a second clause with a subject of its own ("... were lost at sea | Olsen has asked ..."), a name
the headline wrote said again after a place ("... in Bergen | Lee (left) ...")."""

from __future__ import annotations

import itertools
import re

from ..analyse.lexicon import has_finite_verb, is_english_word, may_be_finite_verb
from .word_classes import (
    AUXILIARIES,
    CLAUSE_BREAKS,
    JOINING,
    OPEN_WHATEVER_FOLLOWS,
    PRE_TITLE,
    TAKES_CLAUSE,
    bare_name,
    is_role,
)


def name_again_after_place(words: list[str], i: int, named: frozenset[str], proper: frozenset[str]) -> bool:
    """Whether ``words[i]`` opens a caption or standfirst that names again whom the headline named, after a
    name the headline ends on ("Ann Lee and crew sail for charity in Bergen | Lee (left) ...", "... with UN
    medics in Bergen | UN medics are ..."): the word, one the headline already wrote capitalised and one the
    article writes as a name by itself, after a name the article also writes by itself that makes no name
    with it, then a word in lower case or a bracket. After a first name ("Ann Lee tribute: Bo | Lee to sing"),
    which the article seldom writes alone, the name goes on."""
    word, before = bare_name(words[i]), bare_name(words[i - 1])
    after = words[i + 1] if i + 1 < len(words) else ""
    return (
        re.fullmatch(r"[A-Z][a-z]+|[A-Z]{2,5}", word) is not None
        and re.fullmatch(r"[A-Z][\w'’-]+", words[i - 1]) is not None
        and word in proper
        and before in proper
        and f"{before} {word}" not in named
        and any(bare_name(w) == word for w in words[: i - 1])
        and (after[:1].islower() or after.startswith("("))
    )


def second_clause_subject(words: list[str], i: int, named: frozenset[str], proper: frozenset[str]) -> bool:
    """Whether ``words[i]`` is the subject of a second clause run on after a headline that is a clause ("Two
    boats were lost at sea | Olsen has asked ...", "Crews are stranded in Bergen | Olsen Line has ...", "...
    taken down from the website | Ann Lee, 41, was sacked ..."): one to four capitalised words from it (an age in apposition after them), then a finite verb in
    lower case; before it, in the same
    stretch (no punctuation, subordinating conjunction or relative pronoun between), another finite verb in lower
    case. The word before it is a word in lower case that takes no clause after it (not a joining word or a
    verb or adjective of saying and knowing: "officials are confident Lee has ..."), or a name the article
    writes by itself that makes no name with it ("in Bergen Olsen Line", not "the Olsen Line Ferry ...")."""
    run = list(
        itertools.takewhile(lambda w: re.fullmatch(r"[A-Z][\w'’.-]*,?", w) is not None, words[i : i + 5])
    )
    verb = i + len(run)
    if run and run[-1].endswith(",") and re.fullmatch(r"\d{1,3},", words[verb] if verb < len(words) else ""):
        verb += 1  # an age in apposition: "Ann Lee, 24, was ..."
    elif any(w.endswith(",") for w in run):
        return False
    if not 1 <= len(run) <= 4 or verb >= len(words) or words[verb] not in AUXILIARIES:
        return False
    before = words[i - 1]
    if before[:1].isupper():
        if bare_name(before) not in proper or f"{bare_name(before)} {bare_name(words[i])}" in named:
            return False
    elif (
        not re.fullmatch(r"[a-z][a-z'’-]*", before)
        or before in JOINING
        or before in TAKES_CLAUSE
        or before in PRE_TITLE
        or is_role(before)
        or before in CLAUSE_BREAKS
        or before in JOINS_CLAUSE
        or before == "enough"
        or (i >= 2 and words[i - 2] in ("so", "too"))
    ):
        return False  # a conjunction opens the name's clause ("stalled because Lee has ..."), as "so" or
        # "enough" does with no "that" ("so strong Olsen had to ...", "close enough Kim has ...")
    for w in reversed(words[: i - 1]):
        if re.search(r"[,;:.!?\"”)]$", w) or w.lower() in CLAUSE_BREAKS:
            return False
        if w in AUXILIARIES:
            return True
    return False


JOINS_CLAUSE = frozenset("so before once than and or but nor yet".split())
"""Words after which a name opens a clause that they join to the one before: no second sentence."""


def short_lead_after_title_case(words: list[str], names: frozenset[str], shortest: int = 4) -> int | None:
    """Where a short sentence run on after a headline in Title Case starts ("Storm Shuts the Northern Ports Heavy
    rain kept ferries in."): at the last capitalised word, when it is an adjective, a determiner or a quantifier
    (not a name the text writes: ``names``) with the sentence's words after it all in lower case, a finite verb
    among them, and the headline before it three words or more with every word of four letters capitalised. A
    capitalised word followed by a verb ("The World Health Organization declared ...", "... Group Leader said
    ...") ends a name, not opens a sentence."""
    for i in range(len(words) - shortest, 2, -1):
        word, rest = words[i].strip("\"“‘'"), words[i + 1 :]
        if not word[:1].isupper() or word in names or bare_name(word) in names:
            continue
        if any(not w[:1].islower() for w in rest):
            return None
        lower = word.lower()
        head = [w for w in words[:i] if len(w) >= 4 and w[:1].isalpha()]
        return (
            i
            if head
            and all(w[:1].isupper() for w in head)
            and (lower in OPEN_WHATEVER_FOLLOWS or is_english_word(lower, ("adj",)))
            and not may_be_finite_verb(rest[0].strip(",;:"))
            and has_finite_verb(" ".join(rest))
            else None
        )
    return None
