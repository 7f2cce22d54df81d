"""The quick checks that spare a pattern a text it cannot match: they pass every text the pattern matches in."""

from __future__ import annotations

import re
import sys

import pytest

from storyline.analyse.claims import find_numbers as F
from storyline.analyse.claims import patterns as P
from storyline.analyse.claims.words import holds_any, lowered, written_before


def test_lowering_keeps_each_character_one_character_that_matches_what_it_matched() -> None:
    """What makes a lower-case pattern searched without IGNORECASE in ``lowered(text)`` find what it finds with
    IGNORECASE in ``text``: each character lowers to one, with the same classes, and to an ASCII letter exactly
    when a case-insensitive pattern reads it as that letter."""
    ascii_letter = re.compile("[a-z]", re.IGNORECASE)
    classes = re.compile(r"(?=(\w))?(?=(\s))?(?=(\d))?")
    for char in (chr(code) for code in range(sys.maxunicode + 1)):
        low = lowered(char)
        assert len(low) == 1
        if low != char:
            assert [g is None for g in classes.match(char).groups()] == [
                g is None for g in classes.match(low).groups()
            ]
            assert not (low.isascii() and not low.isalpha())
        if ascii_letter.fullmatch(char) or (low.isascii() and low.isalpha()):
            assert low in "abcdefghijklmnopqrstuvwxyz" and re.fullmatch(low, char, re.IGNORECASE)


@pytest.mark.parametrize("pattern", [F.WORD_NUMBER_RE, F.OUT_OF_RE])
def test_a_pattern_searched_in_the_lowered_text_is_all_lower_case(pattern: re.Pattern[str]) -> None:
    assert pattern.pattern == pattern.pattern.lower() and not pattern.flags & re.IGNORECASE


@pytest.mark.parametrize(
    "text",
    [
        "Twenty-Five boats, A DOZEN cars, half a million, ONE out of every FIVE homes, Two of three.",
        "thİrty-one and fİve out of ſix, \u212aeys: three hundred and six; one in 10 said",
    ],
)
def test_the_lowered_search_finds_what_the_case_insensitive_one_finds(text: str) -> None:
    for pattern in (F.WORD_NUMBER_RE, F.OUT_OF_RE):
        insensitive = re.compile(pattern.pattern, re.IGNORECASE)
        assert [m.span() for m in pattern.finditer(lowered(text))] == [
            m.span() for m in insensitive.finditer(text)
        ]


@pytest.mark.parametrize(
    ("pattern", "words", "text"),
    [
        (F.VAGUE_RE, F.VAGUE_WORDS, "Dozens of boats and TENS OF THOUSANDS of fans; thouſands of them."),
        (
            F.FRACTION_WORD_RE,
            F.FRACTION_WORDS,
            "Two-Thirds of the vote, a HALF of it, one fifth of the rest.",
        ),
        (F.HYPHENED_FRACTION_RE, F.HYPHENED_WORDS, "a three-QUARTERS share and a two-thirds majority"),
        (P.URLISH_RE, F.URLISH_WORDS, "see www.example.net, mail a@b or https://x.y/z.html today"),
        (
            F.FRACTION_OF_UNIT_RE,
            ("half", "quarter"),
            "Half an hour, a quarter-point cut, a HALF percentage point",
        ),
    ],
)
def test_a_text_the_pattern_matches_holds_one_of_its_words(
    pattern: re.Pattern[str], words, text: str
) -> None:
    assert pattern.search(text) and holds_any(lowered(text), words)


EVERY_WORD = " ".join([*F.VAGUE_WORDS, *F.FRACTION_WORDS, *F.HYPHENED_WORDS, "fold"])


@pytest.mark.parametrize(
    "text",
    [
        "The ferry left at noon and the council met on Tuesday.",
        "Scores rose; the fold-out map showed a third lane at half-time.",
        "Prices fell by a tenth as the quarterly report came out, a threefold rise in millions of homes.",
        "Two-thirds of voters, half a percentage point, one out of five, 1/4 of the seats.",
    ],
)
def test_the_checks_leave_the_numbers_found_as_they_are(text: str) -> None:
    low = lowered(text)
    every = f"{low} {EVERY_WORD}"  # the lowered text, then every word the checks look for
    assert F._fractions(text, low) == F._fractions(text, every)
    assert F._vague_numbers(text, low) == F._vague_numbers(text, every)
    assert F._multiples(text, low) == F._multiples(text, every)


@pytest.mark.parametrize(
    "pattern",
    [
        re.compile(r"\b\d{1,2}(?:-foot-|\s(?:foot|feet)\s)$", re.I),
        re.compile(r"\w\s\(\s?$"),
        re.compile(r"\b(?:Route|Road|I)[\s-]$"),
        re.compile(r"\ba\s+factor\s+of\s+$", re.I),  # no bound: searched from the beginning
        re.compile(r"(?:ab|b)$|x"),  # not ending with $ everywhere: searched from the beginning
    ],
)
def test_what_is_written_before_a_place_is_found_as_a_search_from_the_beginning_finds_it(pattern) -> None:
    text = "He is 6 foot 2 (and 5-foot-10) on Road 7, grew by a factor of  3 or\nab\nI-95 (x) 5 feet \n"
    for end in range(len(text) + 1):
        found, expected = written_before(pattern, text, end), pattern.search(text, 0, end)
        assert (found and found.span()) == (expected and expected.span())


def test_a_bounded_pattern_is_tried_only_near_the_place() -> None:
    from storyline.analyse.claims.units import FEET_BEFORE_RE, HYPHENED_FEET_BEFORE_RE
    from storyline.analyse.claims.words import _reach

    assert (_reach(FEET_BEFORE_RE), _reach(HYPHENED_FEET_BEFORE_RE)) == (9, 9)
    assert _reach(re.compile(r"\bper\s+$")) == sys.maxsize


def test_a_factor_before_a_number_is_found_as_the_plain_search_finds_it() -> None:
    from storyline.analyse.claims.units import FACTOR_BEFORE_RE, _by_a_factor

    text = "Costs rose by a factor of 3, by A  Factor\tOF\n 10, and a factor of\n2; the factory of 5 and of 6 factor of 7"
    for end in range(len(text) + 1):
        assert _by_a_factor(text, end) == (FACTOR_BEFORE_RE.search(text, 0, end) is not None)
    assert sum(_by_a_factor(text, end) for end in range(len(text) + 1)) == 4  # two ends after "OF\n "
