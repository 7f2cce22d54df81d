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
def english_words(parts: tuple[str, ...] = ("noun", "verb", "adj", "adv")) -> frozenset[str]:
    """The lemmas of those parts of speech in the model's lemma index, in lower case; empty where the model
    ships none."""
    spec = util.find_spec(MODEL)
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    found = sorted(Path(next(iter(spec.submodule_search_locations))).glob("*/lemmatizer/lookups/lookups.bin"))
    if not found:
        return frozenset()
    from spacy.strings import get_string_id  # spaCy's hash of each table's name

    index = srsly.read_msgpack(found[0]).get("lemma_index", {})
    return frozenset(w for part in parts for w in index.get(get_string_id(part), ()) if "_" not in w)


def is_english_word(word: str, parts: tuple[str, ...] = ("noun", "verb", "adj", "adv")) -> bool:
    """Whether ``word`` (any case) is a word of the lexicon, or an inflection of one ("Braces", "Eased",
    "Bolstering", "Studies"), as one of ``parts`` of speech."""
    lower = word.lower()
    words = english_words(parts)
    return any(form in words for form in _lemma_forms(lower))


def _lemma_forms(word: str) -> tuple[str, ...]:
    """The word and the forms it may inflect: plural or third person, past, participle."""
    forms = [word]
    if word.endswith("ies"):
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
