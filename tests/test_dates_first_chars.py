"""The date rules' places found by their first characters are the places one pattern of every rule finds."""

from __future__ import annotations

import pytest

from storyline.analyse.dates.first_chars import StartScanner, first_chars, heads
from storyline.analyse.dates.resolution import RULES, _any_rule
from storyline.analyse.dates.rules import START


@pytest.mark.parametrize(
    ("body", "chars"),
    [
        (r"(?:last|next)\s+week", set("ln")),
        (r"\d{4}-\d\d", set("0123456789")),
        (r"(?:the\s+)?(?:spring|summer)", set("ts")),
        (r"[A-C]\w+", set("abc")),
        (r"(?:the\s+)?", None),
        (r"[^a]x", None),
    ],
)
def test_first_chars_are_read_from_the_parse(body: str, chars: set[str] | None) -> None:
    found = first_chars(body)
    assert (found if found is None else set(found)) == chars


@pytest.mark.parametrize(
    ("body", "full", "opened"),
    [
        (r"(?:last|next)\s+week", {"las", "nex"}, set()),
        (
            r"in\s+(?:may|june)",
            {"in ", "in\t", "in\n", "in\r", "in\x0b", "in\x0c"} | {f"in{c}" for c in "\x1c\x1d\x1e\x1f"},
            set(),
        ),
        (r"Q[1-4]", set(), {"q1", "q2", "q3", "q4"}),
        (r"(?:the\s+)?(?:fall|[^x]+)", {"the", "fal"}, {""}),
        (
            r"\d{2,}",
            {f"{a}{b}{c}" for a in "0123456789" for b in "0123456789" for c in "0123456789"},
            {f"{a}{b}" for a in "0123456789" for b in "0123456789"},
        ),
    ],
)
def test_a_rule_s_first_three_characters_are_read_from_its_parse(
    body: str, full: set[str], opened: set[str]
) -> None:
    assert heads(body) == (full, opened)


TEXTS = [
    "The ferry sank on Tuesday, 3 May 2011, and last week the inquiry opened; by mid-November it had reported.",
    "LAST WEEK the council met. Next year? In the spring of 1998-99 the fleet grew.",
    "Le 3 mai, l'équipe est partie; ٣ مايو; the Ⅻ century; Kelvin sign at 10 a.m. and ſummer.",
    "",
    "  \n\n 2009-04-28T10:00 ... $5 on Monday; £3bn a year ago; €2 at noon; 24/7, 9-to-5 jobs.",
    "They said the talks, which ended Friday, would resume at the end of the month or early next spring. Q3 a",
    "Two weeks ago, half an hour ago, a couple of days earlier, the Thirties, on the 4th and 5th; mid-2000s; x",
    "The vote is due in 2",
    "the  following week, the\nnext day, THE PAST month, the weekend, the other day, this time, the\u00a0day, the",
    "they met then; there, the 1990s and the nineties, the summer of the year, this past spring; thi",
    "the \u212aey week, the \u017fummer, THE LAST WEEK, the\tnext day, the \u201cnew\u201d year",
    "Back on the 21",
    "see Q3",
]


@pytest.mark.parametrize("text", TEXTS)
def test_each_rule_is_tried_at_every_place_where_it_matches(text: str) -> None:
    places = _any_rule().places(text)
    assert [at for at, _ in places] == sorted({at for at, _ in places})
    for index, rule in enumerate(RULES):
        matched = {at for at in range(len(text) + 1) if rule.pattern.match(text, at)}
        assert matched <= {at for at, rules in places if index in rules}, rule.name


def test_an_ordinary_word_is_tried_with_no_rule_and_a_date_word_with_its_own() -> None:
    scanner = _any_rule()
    assert scanner.rules_for("sai") == scanner.rules_for("gov") == scanner.rules_for("of ") == ()
    names = {RULES[k].name for k in scanner.rules_for("las")}
    assert "weekday" in names and "ago" not in names
    assert len(scanner.rules_for("the")) >= 16  # read by six characters
    scanner.places("the last year, and the government")
    deeper = scanner._deeper["the"]
    assert deeper.rules_for("the go") == () and "month" in {RULES[k].name for k in deeper.rules_for("the la")}


def test_a_rule_that_may_start_with_anything_makes_every_place_tried_with_every_rule() -> None:
    scanner = StartScanner(START, [r"ferry", r"[^x]arbour"])
    text = "The harbour ferry, the Harbour."
    expected = [(m.start(), (0, 1)) for m in scanner.full.finditer(text)]
    assert not scanner.known and scanner.places(text) == expected


def test_deeper_beginnings_keep_only_the_characters_allowed_at_each_place() -> None:
    from storyline.analyse.dates.first_chars import _PLAIN

    within = [frozenset("t"), frozenset("h"), frozenset("e"), _PLAIN, _PLAIN, _PLAIN]
    assert heads(r"(?:the\s+)?(?:last|next)\s+week", 6, within) == (
        {"the la", "the ne", "the  l", "the  n", "the   "},
        set(),
    )
    assert heads(r"(?:this|that)\s+day", 6, within) == (set(), set())
    assert heads(r"then|they", 6, within) == (set(), {"then", "they"})  # whole words, shorter than six
