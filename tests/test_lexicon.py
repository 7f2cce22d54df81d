"""The model's word list, read for rules that must tell a common word from a name."""

from __future__ import annotations

import pytest

from storyline.analyse.lexicon import PART_KEYS, english_words, is_english_word, may_be_finite_verb


def test_lexicon_reads_the_word_list_the_model_ships() -> None:
    assert len(english_words()) > 50_000


@pytest.mark.parametrize("word", ["Braces", "Eased", "Bolstering", "Studies", "Pushes", "Stopped"])
def test_lexicon_finds_inflected_forms_of_its_words(word: str) -> None:
    assert is_english_word(word, ("verb", "noun"))


@pytest.mark.parametrize("word", ["Denied", "Carried", "Applied", "worried"])
def test_lexicon_finds_past_forms_that_turn_y_into_i(word: str) -> None:
    assert is_english_word(word, ("verb",))


@pytest.mark.parametrize("word", ["Olsenberg", "Tromsdal", "Bowes"])
def test_lexicon_does_not_take_a_name_or_a_false_inflection_for_a_verb(word: str) -> None:
    assert not is_english_word(word, ("verb", "adj"))


@pytest.mark.parametrize("word", ["fell", "said", "closed", "warns", "are", "won't"])
def test_lexicon_a_past_or_present_form_may_be_a_finite_verb(word: str) -> None:
    assert may_be_finite_verb(word)


@pytest.mark.parametrize("word", ["poets", "including", "fortnight", "harbour", "hungry"])
def test_lexicon_a_noun_participle_or_adjective_is_no_finite_verb(word: str) -> None:
    assert not may_be_finite_verb(word)


def test_lexicon_part_keys_are_spacys_hashes_of_the_part_names() -> None:
    from spacy.strings import get_string_id

    assert {part: get_string_id(part) for part in PART_KEYS} == PART_KEYS


def test_lexicon_reading_the_word_list_imports_no_spacy() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from storyline.analyse.lexicon import english_words; english_words(); "
        "print('spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
