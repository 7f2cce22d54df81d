"""Where each date rule may match, found from the first characters a rule can start with.

One pattern holding every rule as a lookahead (``START(?=rule1|rule2|…)``) finds the places where some rule
matches, but tries all the rules at every word of a text, and each rule is then tried again at each place found.
A rule written as a regular expression says, from its parse, which three-character beginnings it can take
("las", "nex", "0", "1" followed by anything); a place is tried only with the rules that can begin with its first
three characters, and most places ("said", "they") with none. A rule is tried at every place where it matches,
as before; the places' lists are read from tables built once, rather than from one lookahead per character. A
place whose beginning many rules can take ("the") is read by six characters, from tables of its own ("the la"
may begin "the last week", "the go" nothing); with another blank than a space among them, its rules are tried
as one lookahead first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cached_property, lru_cache
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

ASCII = [chr(i) for i in range(128)]
HEAD = 3  # how many characters of a place pick the rules tried there
DEEP = 6  # how many pick them at a place many rules can begin ("the" and the next word's first two)
Within = Sequence[frozenset[str]]  # the characters a beginning may hold at each place, from its first
# The characters a deeper beginning is read in: a place with other blanks there is tried with one lookahead.
_PLAIN = frozenset(c for c in ASCII if c == " " or not c.isspace())
# A place whose beginning many rules can take ("the") is read further (DEEP).
_MANY_RULES = 16
_MOST_HEADS = 65536  # past this many beginnings, those of a rule are cut short (what follows them left open)
_CATEGORIES = {
    C.CATEGORY_DIGIT: r"\d",
    C.CATEGORY_NOT_DIGIT: r"\D",
    C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_WORD: r"\w",
    C.CATEGORY_NOT_WORD: r"\W",
    C.CATEGORY_UNI_DIGIT: r"\d",
    C.CATEGORY_UNI_NOT_DIGIT: r"\D",
    C.CATEGORY_UNI_SPACE: r"\s",
    C.CATEGORY_UNI_NOT_SPACE: r"\S",
    C.CATEGORY_UNI_WORD: r"\w",
    C.CATEGORY_UNI_NOT_WORD: r"\W",
}


def first_chars(body: str) -> frozenset[str] | None:
    """The lower-case ASCII characters a case-insensitive ``body`` can start a match with, or None when that is
    not known from its parse (it may start with anything, or with nothing at all)."""
    found, nullable = _first(P.parse(body, re.IGNORECASE).data)
    return None if found is None or nullable else frozenset(found)


class StartScanner:
    """The places where each rule may match (each rule ``START + body``, case-insensitive): a superset of those
    where it does, read from the rules' beginnings (or, when some rule can start with anything, the places where
    one pattern with every body as a lookahead matches)."""

    def __init__(self, start: str, bodies: Sequence[str]) -> None:
        self.start = start
        self.bodies = list(bodies)
        self._lookaheads: dict[tuple[int, ...], re.Pattern[str]] = {}
        self.every = tuple(range(len(self.bodies)))
        firsts = [first_chars(b) for b in bodies]
        self.known = all(f is not None for f in firsts)
        if self.known:
            chars = sorted(set().union(*firsts))  # type: ignore[arg-type]
            self.starts = re.compile(
                start + "(?=[" + re.escape("".join(chars)) + r"]|[^\x00-\x7f])", re.IGNORECASE
            )
            self.tables = Beginnings([(k, *heads(b)) for k, b in enumerate(bodies)], HEAD)
        self._deeper: dict[str, Beginnings] = {}

    @cached_property
    def full(self) -> re.Pattern[str]:
        """Where some rule matches: every body as one lookahead (for a place whose beginning is not ASCII)."""
        return re.compile(self.start + "(?=" + "|".join(f"(?:{b})" for b in self.bodies) + ")", re.IGNORECASE)

    def rules_for(self, head: str) -> tuple[int, ...]:
        """The rules that may begin with ``head``, HEAD lower-case ASCII characters (fewer at a text's end)."""
        return self.tables.rules_for(head)

    def places(self, text: str) -> list[tuple[int, tuple[int, ...]]]:
        """The places in ``text`` where some rule may match, in order, each with the rules that may match there
        (every place where a rule matches is among that rule's)."""
        if not self.known:
            return [(m.start(), self.every) for m in self.full.finditer(text)]
        out = []
        rules_for = self.rules_for
        for m in self.starts.finditer(text):
            at = m.start()
            head = text[at : at + HEAD]
            if head.isascii():
                rules = rules_for(head.lower())
                if len(rules) >= _MANY_RULES and len(head) == HEAD:  # a whole head: its deeper table
                    rules = self._deeply(text, at, head.lower(), rules)
            else:  # a place with a character past ASCII: the lookahead of every rule tells
                rules = self.every if self.full.match(text, at) else ()
            if rules:
                out.append((at, rules))
        return out

    def _deeply(self, text: str, at: int, head: str, rules: tuple[int, ...]) -> tuple[int, ...]:
        """The ``rules`` that may begin at ``at``, read by DEEP characters (its own tables, built when first
        needed: a few heads have many rules); with another blank or a character past ASCII among them, all of
        ``rules`` when their one lookahead matches there, else none."""
        deeper = text[at : at + DEEP]
        if deeper.isascii() and all(c in _PLAIN for c in deeper[HEAD:]):
            deeper = deeper.lower()
            if head not in self._deeper:
                within = [frozenset(c) for c in head] + [_PLAIN] * (DEEP - HEAD)
                found = [(k, *heads(self.bodies[k], DEEP, within)) for k in rules]
                self._deeper[head] = Beginnings(found, DEEP, head, _PLAIN)
            return self._deeper[head].rules_for(deeper)
        return rules if self._any_of(rules).match(text, at) else ()

    def _any_of(self, rules: tuple[int, ...]) -> re.Pattern[str]:
        """Whether one of ``rules`` matches at a place: their bodies as one lookahead, built when first needed
        (there are as many as the tables hold sets of rules, a few)."""
        found = self._lookaheads.get(rules)
        if found is None:
            bodies = "|".join(f"(?:{self.bodies[k]})" for k in rules)
            found = self._lookaheads[rules] = re.compile(f"(?={bodies})", re.IGNORECASE)
        return found


class Beginnings:
    """The rules that may begin with each beginning of ``size`` characters (``prefix`` and more of ``alphabet``):
    ``by_head`` for a full one, else ``by_start`` by its first ``size`` - 1 characters, or by all of them when
    fewer are left at a text's end (the rules that may go on with anything, or end, after them or after a
    shorter prefix of them)."""

    def __init__(
        self,
        found: Sequence[tuple[int, frozenset[str], frozenset[str]]],
        size: int,
        prefix: str = "",
        alphabet: Iterable[str] = ASCII,
    ) -> None:
        opened: dict[str, set[int]] = {}
        full: dict[str, set[int]] = {}
        for rule, full_heads, open_heads in found:
            for h in open_heads:
                opened.setdefault(h, set()).add(rule)
            for h in full_heads:
                full.setdefault(h, set()).add(rule)

        def from_prefixes(head: str) -> tuple[int, ...]:
            return tuple(sorted(set().union(*(opened.get(head[:n], ()) for n in range(len(head) + 1)))))

        self.size = size
        self.by_head = {h: tuple(sorted(rules.union(from_prefixes(h)))) for h, rules in full.items()}
        starts = [prefix]
        for _ in range(size - 1 - len(prefix)):
            starts += [s + c for s in starts if len(s) == len(starts[-1]) for c in alphabet]
        self.by_start = {s: from_prefixes(s) for s in starts}

    def rules_for(self, head: str) -> tuple[int, ...]:
        """The rules that may begin with ``head`` (lower case, in the alphabet, ``size`` characters or fewer)."""
        return self.by_head.get(head) or self.by_start[head[: self.size - 1]]


def heads(body: str, size: int = HEAD, within: Within = ()) -> tuple[frozenset[str], frozenset[str]]:
    """The lower-case ASCII beginnings of ``size`` characters a case-insensitive ``body`` can start a match with,
    and the shorter ones it can go on from with anything (its match may end there, or what follows them is not
    known from its parse); a place whose first characters are neither cannot start a match. With ``within``,
    only the beginnings whose characters are among those it allows at their places."""
    full, opened = _heads(P.parse(body, re.IGNORECASE).data, size, within)
    return frozenset(h for h in full if len(h) == size), frozenset(
        opened | {h for h in full if len(h) < size}
    )


def _heads(items: list, size: int, within: Within = ()) -> tuple[set[str], set[str]]:
    """A sequence's beginnings of up to ``size`` characters that agree with ``within``: those it reads in full
    (shorter when it ends there), and those after which anything may follow."""
    full, opened = {""}, set()
    for op, av in items:
        grown: set[str] = set()
        for h in full:
            if len(h) == size:
                grown.add(h)
                continue
            found = _heads_of(op, av, size - len(h), within[len(h) :])
            if found is None:
                opened.add(h)
                continue
            grown |= {h + g for g in found[0]}
            opened |= {h + g for g in found[1]}
        full = grown
        if len(full) > _MOST_HEADS:
            return set(), opened | {h[: size - 1] for h in full}
    return full, opened


def _heads_of(op: object, av: object, size: int, within: Within) -> tuple[set[str], set[str]] | None:
    """One parsed item's beginnings (as ``_heads``), or None when they are not known."""
    if op in (C.LITERAL, C.IN, C.CATEGORY):
        found, _ = _first_of(op, av)
        if found is None:
            return None
        return found & within[0] if within else found, set()
    if op is C.BRANCH:
        full: set[str] = set()
        opened: set[str] = set()
        for seq in av[1]:  # type: ignore[index]
            f, o = _heads(seq, size, within)
            full |= f
            opened |= o
        return full, opened
    if op is C.SUBPATTERN:
        return _heads(av[3], size, within)  # type: ignore[index]
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        return _repeated_heads(av[0], av[1], av[2], size, within)  # type: ignore[index]
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {""}, set()
    if op is C.ATOMIC_GROUP:
        return _heads(av, size, within)  # type: ignore[arg-type]
    return None


def _repeated_heads(
    least: int, most: int, items: list, size: int, within: Within
) -> tuple[set[str], set[str]]:
    """The beginnings of ``items`` repeated ``least`` to ``most`` times (that agree with ``within``)."""
    full: set[str] = set()
    opened: set[str] = set()
    seen: set[str] = set()
    # the items' own beginnings, by how many characters are read before them
    once: dict[int, tuple[set[str], set[str]]] = {}
    level, times = {""}, 0
    while level:
        if times >= least:
            level -= seen  # a beginning reached before goes on as it did then
            seen |= level
            full |= level
        else:
            full |= {h for h in level if len(h) == size}
        if times == most:
            break
        grown: set[str] = set()
        for h in level:
            if len(h) < size:
                if len(h) not in once:
                    once[len(h)] = _heads(items, size - len(h), within[len(h) :])
                f, o = once[len(h)]
                grown |= {h + g for g in f}
                opened |= {h + g for g in o}
        if len(grown) > _MOST_HEADS:
            opened |= {h for h in level if len(h) < size}
            break
        level, times = grown, times + 1
    return full, opened


def _first(items: list) -> tuple[set[str] | None, bool]:
    """The first characters of a sequence of parsed items, and whether it can match nothing."""
    out: set[str] = set()
    for op, av in items:
        found, nullable = _first_of(op, av)
        if found is None:
            return None, False
        out |= found
        if not nullable:
            return out, False
    return out, True


def _first_of(op: object, av: object) -> tuple[set[str] | None, bool]:
    if op is C.LITERAL:
        return _matching(re.escape(chr(av))), False  # type: ignore[arg-type]
    if op is C.IN:
        return _class(av), False  # type: ignore[arg-type]
    if op is C.CATEGORY:
        return _matching(_CATEGORIES[av]) if av in _CATEGORIES else None, False
    if op is C.BRANCH:
        out: set[str] = set()
        nullable = False
        for seq in av[1]:  # type: ignore[index]
            found, empty = _first(seq)
            if found is None:
                return None, False
            out |= found
            nullable = nullable or empty
        return out, nullable
    if op is C.SUBPATTERN:
        return _first(av[3])  # type: ignore[index]
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        found, empty = _first(av[2])  # type: ignore[index]
        return found, empty or av[0] == 0  # type: ignore[index]
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return set(), True  # takes no character (what it asserts only narrows the places further)
    if op is C.ATOMIC_GROUP:
        return _first(av)  # type: ignore[arg-type]
    return None, False


def _class(items: list) -> set[str] | None:
    """The ASCII characters a character class matches, case-insensitive; None for a negated class."""
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            out |= _matching(re.escape(chr(av)))
        elif op is C.RANGE:
            out |= _matching(f"[{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}]")
        elif op is C.CATEGORY and av in _CATEGORIES:
            out |= _matching(_CATEGORIES[av])
        else:
            return None
    return out


def _matching(pattern: str) -> set[str]:
    """The lower-case ASCII characters ``pattern`` (one character) matches, case-insensitive."""
    return set(_matching_once(pattern))


@lru_cache(maxsize=512)
def _matching_once(pattern: str) -> frozenset[str]:
    one = re.compile(pattern, re.IGNORECASE)
    return frozenset(c.lower() for c in ASCII if one.fullmatch(c))
