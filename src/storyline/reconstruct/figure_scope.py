"""What one claim counts, of what, where and over which span of time, read from the clause it stands in.

A figure is one quantity, so before claims are grouped each is read in its clause (its sentence cut at
semicolons, dashes, brackets, "while" and "compared with"):

- the *family* it counts (deaths, cases, ...), for counts only: a percentage or a price is another quantity, and
  "a 6.4-magnitude quake" measures the quake;
- the *part* it counts, when its noun is not the family's whole ("11 peacekeepers", "24 of its staff"), and
  whether it is an *increment* on the total ("31 more deaths") or *another set* ("27 other deaths");
- the *place* a preposition, a possessive or an event noun puts it in ("died in Haiti", "Mexico's toll", "the
  Haiti earthquake", "the Syrian conflict", named by its people), or the world ("worldwide", "in 15
  countries");
- its *scope*: this event so far, or history (a date before the story began, "a previous quake"), a rate or an
  average ("each year", "seasonal", "a day"), or a forecast ("will die", "could kill", "predicted");
- its *status*: "confirmed" or "suspected" ("18 confirmed deaths", "142 suspected deaths");
- the *level* a change reached, when the change word and a bound stand before the number ("has risen above
  12,000" is a level of at least 12,000, not a rise of 12,000);
- the *cause* it is told with ("the quake", "swine flu"), which a figure's label can name.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections import OrderedDict
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from ..analyse.claims.patterns import SPEECH_VERBS, UNITS
from ..models import Analysis, Article, Claim, Mention
from ..textsim import bare_words
from ..timeml import WEEKDAYS
from . import figure_words as P

Scope = Literal["event", "history", "rate", "forecast"]

AFTER_WORDS = 6
"""Words after a claim that can say what it counts ("... are homeless")."""
CONCEPT_HEAD = 4
"""Words at the head of a claim's concept that can say what it counts; further ones belong to other clauses."""
HISTORY_MARGIN_DAYS = 30
"""A date this many days or more before a story's first report is history, not the story's own time."""
MEASURE_UNITS = frozenset(UNITS.values())
"""Units that measure (percent, dollar, kilometre); any other unit is the noun a count counts."""
_POSSESSIVE_S = re.compile(r"^\s*'\s*s\b")
"""The possessive "'s" right after a name ("New York City's mayor"), read past."""
_SPEECH_FORMS = frozenset(
    {f"{v}s" for v in SPEECH_VERBS}
    | {f"{v}ed" for v in SPEECH_VERBS}
    | {f"{v}d" for v in SPEECH_VERBS if v.endswith("e")}
    | {"said", "told", "thought", "wrote", "found", "put", "showed", "shown", "feared", "fears", "believed"}
)
_PARTITIVE_RE = re.compile(r"\bof\s+(?:its|their|his|her|our|the)\s+((?:[A-Z][\w-]*\s+)?[A-Za-z][\w-]*)")
_ATTRIBUTE_RE = re.compile(r"\d-[A-Za-z]")
_TIMESTAMP_RE = re.compile(r"^\d{4}$")


@dataclass(frozen=True)
class Reading:
    """What a claim counts (family, part), where, over which span, how sure, and the cause it is told with."""

    family: str | None
    part: str | None = None
    place: str | None = None
    scope: Scope = "event"
    status: str | None = None
    increment: bool = False
    other_set: bool = False
    cause: str | None = None
    level: str | None = None
    by_people: bool = False


def family_of(claim: Claim, after: str = "") -> str | None:
    """The quantity family a claim points to: by its own words, else the few words after it ("1.2 million
    islanders are homeless"), else the head of its concept (the verb or noun it is about), if any."""
    concept = bare_words(claim.concept or "")[:CONCEPT_HEAD]
    for tokens in (bare_words(claim.text), bare_words(after)[:AFTER_WORDS], concept):
        for label, cues in P.CONCEPT_FAMILIES.items():
            if set(tokens) & cues:
                return label
    return None


class MentionIndex:
    """An article's mentions found by where they start (a long page has thousands; a clause holds a few)."""

    def __init__(self, mentions: tuple[Mention, ...]) -> None:
        self.mentions = mentions
        self.order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        self.starts = [mentions[i].start for i in self.order]

    def starting(self, low: int, high: int) -> tuple[Mention, ...]:
        """The mentions starting in [low, high), in their own order."""
        found = self.order[bisect_left(self.starts, low) : bisect_left(self.starts, high)]
        return tuple(self.mentions[i] for i in sorted(found))


HEADING_REACH = 45
"""How far before a clause a heading that places its counts may start ("US: one death, ...")."""


def read_claim(
    claim: Claim,
    article: Article,
    analysis: Analysis,
    first_day: str | None,
    mentions: MentionIndex | None = None,
) -> Reading:
    """The claim read in its clause (see the module's docstring); ``mentions`` indexes the analysis's mentions
    (built here when not given)."""
    return _dated(_draft(claim, article, analysis, mentions), first_day)


def read_claims(article: Article, analysis: Analysis, first_day: str | None) -> tuple[Reading, ...]:
    """Every claim of the analysis read in its article, in order: ``read_claim`` of each. What a reading owes
    to the article alone is remembered for the analysis (``DRAFTS_REMEMBERED``): a story's figures and its
    storyline's read the same claims, with another first day."""
    return tuple(_dated(draft, first_day) for draft in _DRAFTS.of(article, analysis))


@dataclass(frozen=True)
class _Draft:
    """A claim's reading but for the first day of its story: ``reading`` as when no date in the clause is history,
    and ``oldest``, the earliest end of the clause's dates that make it history when they ended well before
    that day (:func:`_oldest_date`)."""

    reading: Reading
    oldest: str | None


def _draft(claim: Claim, article: Article, analysis: Analysis, mentions: MentionIndex | None) -> _Draft:
    text = article.text
    start, end = _clause(text, _sentence(analysis, claim, len(text)), claim)
    clause = text[start:end]
    noun = _counted_noun(claim)
    family = _count_family(claim, noun, text[claim.end : end])
    part, increment, other_set = _part(claim, noun, family)
    after = bare_words(text[claim.end : end])[:1]
    increment = increment or _increment_before(text, claim.start) or (noun is None and after[:1] == ["more"])
    index = mentions if mentions is not None else MentionIndex(analysis.mentions)
    place, by_people = _place(text, start, end, claim, index.starting(start - HEADING_REACH, end))
    reading = Reading(
        family=family,
        part=part,
        place=place,
        by_people=by_people,
        scope=_undated_scope(text, start, end, claim, clause),
        status=_status(text, start, claim),
        increment=increment,
        other_set=other_set,
        cause=_cause(clause, claim.start - start),
        level=_level(claim),
    )
    return _Draft(reading, _oldest_date(text, start, end, analysis))


def _dated(draft: _Draft, first_day: str | None) -> Reading:
    """The reading of a draft in a story that began on ``first_day``."""
    if first_day is None or draft.oldest is None or draft.oldest >= _history_bound(first_day):
        return draft.reading
    return replace(draft.reading, scope="history")


DRAFTS_REMEMBERED = 2_000
"""Analyses whose claims' drafts are remembered (:class:`_Drafts`)."""


class _Drafts:
    """The drafts of an analysis's claims, remembered for the analysis (the object itself, held, so that its id
    stays its own) read in an article of the same text: the most recently used ``size``."""

    def __init__(self, size: int = DRAFTS_REMEMBERED) -> None:
        self.size = size
        self._known: OrderedDict[int, tuple[Analysis, str, tuple[_Draft, ...]]] = OrderedDict()
        self._lock = threading.Lock()

    def of(self, article: Article, analysis: Analysis) -> tuple[_Draft, ...]:
        with self._lock:
            found = self._known.get(id(analysis))
            if found is not None and found[0] is analysis and found[1] == article.text:
                self._known.move_to_end(id(analysis))
                return found[2]
        mentions = MentionIndex(analysis.mentions)
        drafts = tuple(_draft(c, article, analysis, mentions) for c in analysis.claims)
        with self._lock:
            self._known[id(analysis)] = (analysis, article.text, drafts)
            self._known.move_to_end(id(analysis))
            while len(self._known) > self.size:
                self._known.popitem(last=False)
        return drafts


_DRAFTS = _Drafts()


def _level(claim: Claim) -> str | None:
    """The qualifier of the level a change reached ("risen above 150,000" -> ">="), or None."""
    if claim.qualifier not in ("up", "down"):
        return None
    m = P.LEVEL_REACHED_RE.search(claim.text)
    if m is None:
        return None
    return ">=" if m.group(1).lower().split()[0] in ("above", "past", "beyond", "over", "more") else "<="


# ---- the clause ------------------------------------------------------------------------------------------------


def _sentence(analysis: Analysis, claim: Claim, length: int) -> tuple[int, int]:
    for s in analysis.sentences:
        if s.start <= claim.start < s.end:
            return s.start, s.end
    return max(0, claim.start - 200), min(length, claim.end + 200)


def _clause(text: str, sentence: tuple[int, int], claim: Claim) -> tuple[int, int]:
    """The stretch of the sentence between clause breaks that holds the claim's first character."""
    start, end = sentence
    lo, hi = start, end
    for m in P.CLAUSE_BREAK_RE.finditer(text, start, end):
        if m.end() <= claim.start and not (m.start() < claim.start < m.end()):
            lo = max(lo, m.end())
        elif m.start() >= claim.end:
            hi = min(hi, m.start())
            break
    return lo, hi


# ---- what is counted -------------------------------------------------------------------------------------------


def _counted_noun(claim: Claim) -> str | None:
    """The noun a count counts: its partitive ("36 of its staff"), else its unit when that is not a measure."""
    partitive = _PARTITIVE_RE.search(claim.text)
    if partitive and not any(ch.isdigit() for ch in partitive.group(1)):
        return partitive.group(1)
    if claim.unit and claim.unit not in MEASURE_UNITS:
        return claim.unit
    return None


def _count_family(claim: Claim, noun: str | None, after: str) -> str | None:
    """The family of a count; None for a measure (a percentage, a price), a property of a thing ("a 6.4-magnitude
    quake", "an 8.1 earthquake"), a ratio ("1 in 100 people", "one death in 1,480 cases") or a share ("a third
    of all deaths")."""
    if claim.unit in MEASURE_UNITS or _ATTRIBUTE_RE.search(claim.text) or P.RATIO_AFTER_RE.match(after):
        return None
    if 0 < abs(claim.value) < 1:
        return None  # "a third of all deaths": a share, not a count
    head = bare_words(noun)[-1:] if noun else []
    if head and (head[0] in P.PROPERTY_NOUNS or head[0] in P.EVENT_KINDS):
        return None
    return family_of(claim, after)


def _part(claim: Claim, noun: str | None, family: str | None) -> tuple[str | None, bool, bool]:
    """The part a count counts (None for the whole), whether it is an increment, whether it is another set."""
    if noun is None:
        return None, False, False
    words = noun.split()
    first = words[0].lower() if words else ""
    increment = first in P.INCREMENT_AFTER
    other = first in P.OTHER_SET
    cues = P.CONCEPT_FAMILIES.get(family or "", frozenset())
    kept = [w for w in words if w.lower() not in P.NEUTRAL_MODIFIERS | P.OTHER_SET | P.EVENT_KINDS]
    if not kept:
        return None, increment, other
    head = kept[-1].lower()
    named = [w for w in kept[:-1] if w[:1].isupper()]
    if (head in P.WHOLE_NOUNS or head in cues) and not named:
        return None, increment, other
    return " ".join(kept), increment, False


def _increment_before(text: str, start: int) -> bool:
    """ "another 10 people", "a further 20": the count adds to a total."""
    before = bare_words(text[max(0, start - 15) : start])
    return bool(before) and before[-1] in P.INCREMENT_BEFORE


# ---- where -----------------------------------------------------------------------------------------------------


def _place(
    text: str, start: int, end: int, claim: Claim, mentions: tuple[Mention, ...]
) -> tuple[str | None, bool]:
    """The place the clause puts the count in, and whether it is named by its people ("the Syrian conflict"):
    the nearest place named with a preposition, a possessive or an event noun, after the count first; one
    before it only when no reporting verb stands between them."""
    after: list[tuple[int, str, bool]] = []
    before: list[tuple[int, str, bool]] = []
    for m in mentions:
        if m.label not in ("GPE", "LOC", "NORP") or not (start <= m.start and m.end <= end):
            continue
        if claim.start <= m.start < claim.end or claim.start < m.end <= claim.end:
            continue
        how = _event_adjective(text, m) if m.label == "NORP" else _placed(text, m, start, end)
        if how is None:
            continue
        name = {"outside": f"outside {m.text}", "world": "world"}.get(how, m.text)
        people = m.label == "NORP"
        if m.start >= claim.end:
            after.append((m.start - claim.end, name, people))
        elif not _speech_between(text[m.end : claim.start]):
            before.append((claim.start - m.end, name, people))
    if after or before:
        _, name, people = min(after or before)
        return name, people
    if P.WORLD_RE.search(text, start, end):
        return "world", False
    found = _subject_place(text, start, claim.start, mentions) or _heading_place(text, start, mentions)
    if found is not None:
        return found, False
    return _speaker_place(text, start, claim.start, mentions)


def _subject_place(text: str, start: int, at: int, mentions: tuple[Mention, ...]) -> str | None:
    """A place that opens the clause before the count ("Norway has reported 4,312 cases with 97 deaths"), or
    the clause a verb of saying reports ("The agency said Norway has reported …", "officials said on Friday that
    Iceland had …"), when no relative pronoun or "says" stands between it and the count ("Russia says ... the war,
    which has killed ...")."""
    for m in mentions:
        if m.label == "GPE" and start <= m.start and m.end <= at:
            lead = bare_words(text[start : m.start])
            between = set(bare_words(text[m.end : at]))
            opens = all(w in _CLAUSE_OPENING for w in lead) or _reported_clause(lead)
            if opens and not between & P.CLAUSE_LINKS:
                return m.text
    return None


def _reported_clause(lead: list[str]) -> bool:
    """Whether words end on a verb of saying, perhaps with "that" after it (and a day between them), so that
    what follows opens the clause it reports."""
    words = [w for w in lead if w not in _SAID_WHEN]
    if words and words[-1] == "that":
        words = words[:-1]
    return bool(words) and words[-1] in _SPEECH_FORMS


_CLAUSE_OPENING = frozenset(
    """the in and but so however meanwhile also elsewhere separately now neighbouring neighboring nearby
    fellow""".split()
)
"""Words that may stand before a place opening its clause ("However, neighbouring Sweden has two cases")."""
_SAID_WHEN = frozenset(WEEKDAYS) | frozenset("on today yesterday tonight earlier later".split())


def _speaker_place(text: str, start: int, at: int, mentions: tuple[Mention, ...]) -> tuple[str | None, bool]:
    """The place of the officials who give a count that its clause places nowhere ("French health officials said
    four cases were under investigation", "New York City's mayor said 28 cases were confirmed"): a place or a
    people in the subject of the verb of saying, before a noun of office, and whether it is a people."""
    for m in mentions:
        if m.label not in ("GPE", "NORP") or not (start <= m.start and m.end <= at):
            continue
        if _speech_between(text[start : m.start]):
            continue
        after = bare_words(_POSSESSIVE_S.sub(" ", text[m.end : at]))
        office = next((k for k, w in enumerate(after[:4]) if w in _OFFICES), None)
        if office is not None and _speech_between(" ".join(after[office + 1 :])):
            return m.text, m.label == "NORP"
    return None, False


_OFFICES = frozenset(
    """official officials ministry minister ministers mayor governor government authorities authority president
    premier spokesman spokeswoman spokesperson department officer officers""".split()
)
"""Nouns of an office whose holder gives a place's counts."""


def _heading_place(text: str, start: int, mentions: tuple[Mention, ...]) -> str | None:
    """A place heading its counts before a colon ("Norway: one death, at least 73 confirmed cases"), the counts
    after it listed with commas ("Iceland: 4 confirmed, 11 probable cases"): the place ends right at the last colon
    before the clause, with no stop or line break between the colon and the clause."""
    colon = text.rfind(":", max(0, start - HEADING_REACH), start)
    if colon < 0 or re.search(r"[.;!?\n]", text[colon + 1 : start]):
        return None
    ends = len(text[:colon].rstrip())
    return next((m.text for m in mentions if m.label == "GPE" and m.end == ends), None)


def _placed(text: str, m: Mention, start: int, end: int) -> str | None:
    """How a place mention places a count: "in" (a preposition), "outside", "'s" (a possessive of a count or an
    event), "event" ("the Haiti earthquake"), or None when it places nothing ("told US network CNN")."""
    words_before = bare_words(text[max(start, m.start - 40) : m.start])
    if len(words_before) > 1 and words_before[-1] not in P.PLACE_PREPOSITIONS:
        skip = (
            words_before[-1] == "the"
            or words_before[-1].isalpha()
            and words_before[-2] in P.PLACE_PREPOSITIONS
        )
        if skip:  # "in the United States", "in nearby Colombia"
            words_before = words_before[:-1]
    previous = words_before[-1] if words_before else ""
    if bare_words(text[m.end : m.end + 20])[:1] and bare_words(text[m.end : m.end + 20])[0] in P.PLACE_NOUNS:
        return None  # "the Caribbean country": an adjective of another place
    if previous == "outside":
        return "outside"
    if previous in P.PLACE_PREPOSITIONS and set(words_before[-4:-1]) & P.MOSTLY:
        return "world"  # "most in Mexico", "most severe in Mexico": a count larger than the place
    if previous in P.PLACE_PREPOSITIONS or previous in P.EVENT_VERBS:
        return "in"
    after = text[m.end : min(end, m.end + 40)]
    if re.match(r"\s*,?\s*(?:(?:in|on)\s+[^,;]{1,25}?\s+)?where\b", after):
        return "in"
    following = bare_words(_POSSESSIVE_S.sub(" ", after))[:2]
    nouns = P.EVENT_KINDS | {"death", "deaths", "toll", "dead", "casualties", "cases"}
    if following and (following[0] in nouns or len(following) > 1 and following[1] in nouns):
        return "'s"
    return None


def _event_adjective(text: str, m: Mention) -> str | None:
    """A nationality places a count only as the adjective of its event ("the Syrian conflict")."""
    following = bare_words(text[m.end : m.end + 30])[:1]
    return "'s" if following and following[0] in P.EVENT_KINDS else None


def _speech_between(text: str) -> bool:
    return any(w in _SPEECH_FORMS for w in bare_words(text))


# ---- when ------------------------------------------------------------------------------------------------------


def _undated_scope(text: str, start: int, end: int, claim: Claim, clause: str) -> Scope:
    """The claim's scope when no date in its clause makes it history (:func:`_oldest_date`)."""
    if _other_event(clause):
        return "history"
    if P.RATE_RE.search(clause):
        return "rate"
    window = text[max(start, claim.start - 50) : min(end, claim.end + 25)]
    if P.FORECAST_RE.search(window):
        return "forecast"
    return "event"


@lru_cache(maxsize=1024)
def _history_bound(first_day: str) -> str:
    """The day before which a date is history in a story that began on ``first_day``."""
    return (date.fromisoformat(first_day) - timedelta(days=HISTORY_MARGIN_DAYS)).isoformat()


def _oldest_date(text: str, start: int, end: int, analysis: Analysis) -> str | None:
    """The earliest end of the clause's dates that can make a count history, if any: a date in the clause that
    ended well before the story began ("the 1918 pandemic", "in 2008") makes it history; a bare four-digit number
    opening a sentence is a time stamp, and "the worst since 1968" only compares."""
    ends = []
    for ref in analysis.dates:
        if ref.type != "DATE" or not ref.latest or not (start <= ref.start and ref.end <= end):
            continue
        if _TIMESTAMP_RE.match(ref.text) and not bare_words(text[start : ref.start]):
            continue
        head = text[start : ref.start]
        if re.search(r"\bsince\s+$", head) and P.SUPERLATIVE_RE.search(head):
            continue
        ends.append(ref.latest)
    return min(ends, default=None)


def _other_event(clause: str) -> bool:
    """ "another quake", "the previous pandemic": the count belongs to an event other than the story's."""
    words = bare_words(clause)
    return any(w in P.OTHER_EVENT and nxt in P.EVENT_KINDS for w, nxt in zip(words, words[1:], strict=False))


# ---- how sure, and told with which cause ---------------------------------------------------------------------


def _status(text: str, start: int, claim: Claim) -> str | None:
    """ "confirmed" or "suspected": the status word nearest the count, in its words or just before them."""
    lo = max(start, claim.start - 25)
    best: tuple[int, str] | None = None
    for m in re.finditer(r"[A-Za-z-]+", text[lo : claim.end + 12]):
        status = P.STATUS_WORDS.get(m.group(0).lower())
        if status is None:
            continue
        distance = abs(lo + m.start() - claim.start)
        if best is None or distance < best[0]:
            best = (distance, status)
    return best[1] if best else None


def _cause(clause: str, at: int) -> str | None:
    """The event noun nearest the count in its clause, with the word before it that names its kind ("swine
    flu", "oil spill"; lower case, or opening the clause); None when the clause names none."""
    best: tuple[int, str] | None = None
    previous = ""
    for m in re.finditer(r"(?<![\w.-])[A-Za-z][A-Za-z-]*", clause):
        word = m.group(0)
        if word.lower() in P.EVENT_KINDS and (word.islower() or m.start() == 0):
            kind = previous.lower()
            named = previous.isalpha() and (previous.islower() or clause.startswith(previous))
            ok = named and kind not in P.STOP | P.EVENT_KINDS | P.NOT_KINDS
            name = f"{kind} {word.lower()}" if ok else word.lower()
            distance = abs(m.start() - at)
            if best is None or distance < best[0]:
                best = (distance, name)
        previous = word
    return best[1] if best else None


def story_start(days: list[str]) -> str | None:
    """The first day a story was reported, if any article is dated."""
    return min(days) if days else None
