"""The English words the model's lemmatizer knows: a word list for rules that must tell a common word from a name
where one article alone cannot show it ("Brace", "Impact" and "Crisis" in a headline set in Title Case, which the
article never writes in lower case).

The list is the lemmatizer's index of nouns, verbs, adjectives and adverbs as the installed model ships it
(WordNet's lemmas); nothing is downloaded. Its nouns hold many names too ("stanley"), so a rule that asks it
should first rule out the words its article writes as names.
"""

from __future__ import annotations

import functools
import re
from importlib import util
from pathlib import Path

import srsly

from .model import MODEL


@functools.cache
def _tables() -> dict:
    """The lemmatizer's lookup tables as the installed model ships them (empty where it ships none)."""
    spec = util.find_spec(MODEL)
    if spec is None or not spec.submodule_search_locations:
        return {}
    found = sorted(Path(next(iter(spec.submodule_search_locations))).glob("*/lemmatizer/lookups/lookups.bin"))
    return srsly.read_msgpack(found[0]) if found else {}


PART_KEYS = {
    "noun": 16833663260455505849,
    "verb": 6360137228241296794,
    "adj": 12401032943472870168,
    "adv": 10054248821341768113,
}
"""The keys the tables file each part of speech under: spaCy's hash of its name (``spacy.strings.get_string_id``),
written here so that cleaning, which reads the list, need not import spaCy (a test checks them)."""


def _table(name: str, part: str) -> dict | list:
    return _tables().get(name, {}).get(PART_KEYS[part], {})


@functools.cache
def english_words(parts: tuple[str, ...] = ("noun", "verb", "adj", "adv")) -> frozenset[str]:
    """The lemmas of those parts of speech in the model's lemma index, in lower case."""
    return frozenset(w for part in parts for w in _table("lemma_index", part) if "_" not in w)


@functools.cache
def irregular_verbs() -> frozenset[str]:
    """The irregular forms of verbs other than their participles in -ing ("took", "fell", "said", "met")."""
    return frozenset(w for w in _table("lemma_exc", "verb") if not w.endswith("ing") and "_" not in w)


FINITE_AUXILIARIES = frozenset(
    """is are was were am has have had will would can could may might must shall should does do did isn't aren't
    wasn't weren't hasn't haven't hadn't won't wouldn't can't couldn't doesn't don't didn't""".split()
)


def may_be_finite_verb(word: str) -> bool:
    """Whether a word in lower case may be a finite verb: an auxiliary, an irregular form ("fell"), or a verb of
    the list with "-ed" or "-s" ("closed", "warns"); a plural that is also a verb ("reports") counts, so the
    answer errs towards a verb."""
    if word in FINITE_AUXILIARIES or word in irregular_verbs():
        return True
    if not re.fullmatch(r"[a-z]+(?:ed|s)", word) or word.endswith("ss"):
        return False
    return is_english_word(word, ("verb",))


def finite_not_plural(word: str) -> bool:
    """Whether a word in lower case may be a finite verb and is no plural noun ("sank", "warns"; not "hills",
    "nurses", "prices", which :func:`may_be_finite_verb` also lets through)."""
    return may_be_finite_verb(word) and not (word.endswith("s") and is_english_word(word, ("noun",)))


def is_english_word(word: str, parts: tuple[str, ...] = ("noun", "verb", "adj", "adv")) -> bool:
    """Whether ``word`` (any case) is a word of the lexicon, or an inflection of one ("Braces", "Eased",
    "Bolstering", "Studies", "Denied"), as one of ``parts`` of speech."""
    lower = word.lower()
    words = english_words(parts)
    return any(form in words for form in _lemma_forms(lower))


def _lemma_forms(word: str) -> tuple[str, ...]:
    """The word and the forms it may inflect: plural or third person, past, participle."""
    forms = [word]
    if word.endswith(("ies", "ied")):  # "studies", "denied"
        forms.append(word[:-3] + "y")
    if re.search(r"(?:[sxzo]|[cs]h)es$", word):
        forms.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        forms.append(word[:-1])
    for ending in ("ed", "ing"):
        if word.endswith(ending):
            stem = word[: -len(ending)]
            forms += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                forms.append(stem[:-1])
    return tuple(forms)


def has_finite_verb(text: str) -> bool:
    """Whether a stretch of a sentence holds a word that may be a finite verb (see
    :func:`may_be_finite_verb`), or a verb in its plain form after a pronoun or a
    plural ("they want", "prices rise", "Most Americans see")."""
    words = [w.strip(",.;:'’\"”") for w in text.split()]
    for k, w in enumerate(words):
        if not w[:1].islower():
            continue
        if may_be_finite_verb(w):
            return True
        before = words[k - 1] if k else ""
        plural = (
            before.lower() in _SUBJECT_PRONOUNS or re.fullmatch(r"[A-Za-z]{3,}[^s'’]s", before) is not None
        )
        if plural and w in english_words(("verb",)):
            return True
    return False


_SUBJECT_PRONOUNS = frozenset("i you we they".split())
