"""A story's timeline: the days (or months) its events happened on, each with the sentences that tell them.

The shape follows news-tls's DATEWISE generator (Ghalandari & Ifrim, ACL 2020), unsupervised:

1. every sentence is dated by the first day or month a date expression in it resolves to (the event date), not
   counting one in a relative clause ("letters from sailors who left in March" dates the departures, not the news; a
   story's page, which tells a sentence under every date it names, counts it). The
   first few sentences of an article report the news of its publication day and of the day before (what an
   article leads with happened that day or overnight): an undated one is placed on those days, and so is one
   that names only later dates (a plan announced that day is that day's news). A sentence stamped with a
   calendar date and a clock time (a comment, a live update, a page header) is left out: the stamp dates a
   posting, not an event;
2. dates are ranked by how many articles name them in a sentence about the story (one that matches the query),
   plus the articles published then (each article's coverage shared between the days its lead sentences are
   placed on, the publication day first), plus how central the date's most central sentence is to the story;
3. each date in rank order is told by a few of its sentences (``day_summary``: what the sentences naming the day
   and the day's lead sentences both say, summarised around the centroid of that), each citing every article
   that says the same. Only whole sentences are told (not captions, headlines or broken pieces, nor one that
   opens on "And" or "But" and leans on the sentence before it), a report before a quote, and a question, the
   writer's own voice, a speaker's turn in a transcript or a sentence that points back to the one before it (``points_back``: a bare "This",
   "These" or "That" as its subject, "That's because ...", "This means ...", "It was the second ...") or whose
   subject is a personal pronoun ("She told the crowd ...": who she is, the sentence before says) only when
   nothing else of the day can be, and so is a month's sentence less close to the story than its sentences are
   on average (a month has no lead of its own to keep it on the story: a month named in passing, "orders in
   April", "a deadline at the end of May", is an aside); a sentence and its copies are told on one date only.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from ..analyse.lexicon import FINITE_AUXILIARIES, finite_not_plural, irregular_verbs, may_be_finite_verb
from ..clean.story_title import names_its_format
from ..models import Analysis, Article, DateRef, QuoteSpan, TimelineEntry
from ..textsim import row_dot, take_rows
from ..timeml import bounds, key_of, shift, unit_of, within
from .day_summary import SAME_EVENT, Candidate, summarise_day, term_matrix, unit
from .text import (
    SAME_IN_THE_PAST,
    Sentence,
    asks_or_speaks_in_person,
    cite,
    continuation,
    display,
    matches,
    opens_on_a_pronoun,
    points_back,
    sentences_of,
    states,
    whole,
)

LEAD_SENTENCES = 5
"""How many opening sentences of an article report the news of its publication day (news-tls: 5)."""
LEAD_DAYS = 2
"""Undated lead sentences count for the publication day and the days before it, this many in all."""
PUBLISHED_WEIGHT = 0.5
"""What one article published adds to the rank of the LEAD_DAYS it reports (shared among them, the publication day
taking the largest share), against 1 for an article naming a date."""
CENTRAL_WEIGHT = 1.0
"""What a date's most central sentence (cosine with the story's centroid, 0..1) adds to its rank."""

COPY = 0.8
"""TF-IDF cosine from which two sentences are copies of one report: a sentence told on one date, its copies are
not told on another (a statement merely alike may be the next day's development)."""

_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_CLOCK = re.compile(r"T\d\d:\d\d")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Dated:
    """A sentence with the date it is placed on; ``named`` when a date expression in it says so."""

    sentence: Sentence
    key: str
    named: bool


def stamped(text: str, refs: Sequence[DateRef]) -> bool:
    """True when a clock time stands next to a date with its year (nothing but spaces and punctuation between
    them, or in one expression): how postings are stamped ("March 4, 2014 8:13 AM", "At 09:48 14th Feb
    2012"), where a report of an event says "at 4:53pm on Tuesday". ``refs`` lie in ``text``'s offsets."""
    clocks = [r for r in refs if r.type == "TIME" and r.value and _CLOCK.search(r.value)]
    if not clocks:
        return False
    years = [r for r in refs if _YEAR.search(r.text)]
    for clock in clocks:
        if _YEAR.search(clock.text):
            return True
        for year in years:
            gap = text[min(clock.end, year.end) : max(clock.start, year.start)]
            if year is not clock and not _LETTER.search(gap):
                return True
    return False


def date_sentences(
    sentences: Sequence[Sentence],
    analyses: Mapping[str, Analysis],
    units: Sequence[str] = ("day", "month"),
    every_date: bool = False,
) -> list[Dated]:
    """Each sentence placed on the day/month it names first (with ``every_date``, on every one it names: a
    story's page tells a sentence under each date it names), never on a date that only names when a thing it
    mentions happened: in passing (``dates_a_noun_in_passing``), in a relative clause (``in_relative_clause``) or
    in a participle after its noun (``after_a_participle``); a lead sentence that names no date, or only later
    ones, also on its publication days. Stamped sentences are left out."""
    refs: dict[str, list[DateRef]] = {}
    starts: dict[str, list[int]] = {}
    for s in sentences:
        if s.article not in refs:
            refs[s.article] = sorted(analyses[s.article].dates, key=lambda d: (d.start, d.end))
            starts[s.article] = [d.start for d in refs[s.article]]
    out: list[Dated] = []
    for s in sentences:
        at = starts[s.article]
        inside = refs[s.article][bisect_left(at, s.start) : bisect_left(at, s.end)]
        if stamped(s.text, [_shifted(d, -s.start) for d in inside]):
            continue
        main = [
            d
            for d in inside
            if not dates_a_noun_in_passing(s.text, d.start - s.start, d.end - s.start)
            and not in_relative_clause(s.text, d.start - s.start)
            and not after_a_participle(s.text, d.start - s.start, d.end - s.start)
        ]
        keys = [k for d in main if (k := key_of(d)) is not None and unit_of(k) in units]
        keys = list(dict.fromkeys(keys))[: None if every_date else 1]
        if keys:
            out.extend(Dated(s, k, True) for k in keys)
        lead = s.index < LEAD_SENTENCES and s.published and "day" in units
        if lead and all(bounds(k)[0] > s.published for k in keys):
            out.extend(Dated(s, shift(s.published, -k), False) for k in range(LEAD_DAYS))
    return out


def forecast(text: str) -> bool:
    """Whether a sentence tells what is to come or may be ("The ferry will sail on May 7.", "The council is to vote
    on Thursday.", "The trial is due to open in June.", "The fund might run dry by March."): written before its
    date, it tells what was expected, whether the sentence says it or quotes it, and a report of what happened
    that day is told first (the caller checks the publication day: "could not reach the village on Monday",
    written after, is a report). Not "is to blame"."""
    return bool(_FUTURE.search(text))


_FUTURE = re.compile(
    r"\b(?:will|shall|might|may|could|would)\s+\w|\b(?:is|are)\s+(?:(?:due|set|scheduled|expected)\s+)?to\s+(?!blame\b)\w"
)


def in_relative_clause(text: str, at: int) -> bool:
    """Whether the date at offset ``at`` of a sentence stands in a relative clause ("crews read letters from
    sailors who left in March", "boats which sank on May 3"): it dates what the clause says of a noun, not the
    sentence's news. The clause runs from "who", "whom", "whose" or "which" inside the sentence to the date, at
    most ``RELATIVE_WORDS`` words on with no comma, colon or bracket between: further on the sentence's own verb
    may have come ("A driver who was hurt in the crash died on March 3"). Not a question reported after a verb
    of saying or knowing ("did not say which roads would reopen on Monday")."""
    before = text[:at]
    found = list(_RELATIVE.finditer(before))
    if not found or found[-1].start() == 0:
        return False
    clause = before[found[-1].end() :]
    asked = before[: found[-1].start()].split()[-1:]
    return (
        not _CLAUSE_BREAK.search(clause)
        and len(clause.split()) <= RELATIVE_WORDS
        and not (asked and asked[0].lower().strip(",.") in _ASKING)
    )


def after_a_participle(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start``-``end`` of a sentence closes a participle phrase that tells when a thing it
    names was done ("well above the range given in May", "the report, released last week, said ..."): like a
    relative clause, it dates the noun, not the sentence's news. The
    participle stands right before the date (a preposition between): a form only a participle takes
    (``PARTICIPLES``: "given", "taken", "shown") after anything but a form of "be", "have" or "get" ("was given
    in May" is the sentence's own verb, "was quietly taken in May" too: adverbs between are passed over), or an
    "-ed" form in a phrase set off by commas after a word that is no
    verb (", approved last week,"), which a sentence's own past tense ("Crews arrived in May") is not. Not when
    a verb in the past follows the date ("readings taken on Monday showed ..."): what the thing did then is the
    sentence's news of that date."""
    words = text[:start].split()
    while words and words[-1].lower() in _BEFORE_DATE:
        words.pop()
    if len(words) < 2:
        return False
    verb = words[-1].lower()
    rest = words[:-1]
    while len(rest) > 1 and (rest[-1].lower().endswith("ly") or rest[-1].lower() in _ADVERBS):
        rest.pop()  # "was finally withdrawn on Friday": the auxiliary stands before the adverb
    before = rest[-1].lower()
    if _past_verb_next(text[end:]):
        return False
    if verb in PARTICIPLES:
        return before.strip(",") not in _AUXILIARIES
    return (
        verb.endswith("ed")
        and verb.isalpha()
        and before.endswith(",")
        and len(words) > 2
        and not may_be_finite_verb(before.strip(","))
        and text[end:].lstrip().startswith(",")
    )


_ADVERBS = frozenset("only since later just already also never not still then soon first".split())


def _past_verb_next(after: str) -> bool:
    """Whether the words after a date open on a verb in the past ("readings taken on Monday showed ..."): the
    thing the participle names is the subject of what happened then, and the date is its news's too."""
    following = after.lstrip(" ,").split()
    word = following[0].lower().strip(",.;:") if following else ""
    if word in ("was", "were", "had", "did") or word in SAME_IN_THE_PAST:
        return True
    present = word in FINITE_AUXILIARIES or word.endswith("s")
    return not present and (word in irregular_verbs() or word.endswith("ed")) and may_be_finite_verb(word)


PARTICIPLES = frozenset(
    """given taken shown written seen known done begun chosen spoken drawn broken driven eaten fallen forgotten
    frozen hidden risen stolen sworn thrown worn grown blown flown forbidden forgiven mistaken shaken undertaken
    overtaken withdrawn proven torn ridden beaten bitten arisen""".split()
)
"""Forms English gives only to a past participle, never to a past tense."""
_AUXILIARIES = frozenset(
    """be is are was were been being am has have had having get gets got gotten getting 's 're 've not never
    also already just""".split()
)
_BEFORE_DATE = frozenset("in on at during since by until early late earlier later this last".split())


def dates_a_noun_in_passing(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start``-``end`` of a sentence is a possessive naming when a thing after a preposition
    happened ("treated for symptoms linked to last month's leak", "the inquiry into February's spill", "seats won
    in Sunday's election", "repairs after Monday's storm"): it dates that thing, not the sentence's news, which
    news reports after the fact. A phrase of place or time that opens the sentence ("In Monday's vote, the council
    ...", "During Tuesday's debate, ...") sets the news's own scene, and a possessive subject ("Monday's vote was
    postponed") may be the news, unless its verb tells the state now (:func:`_subject_now`)."""
    if not (possessive := _POSSESSIVE_NOUN.match(text, end)):
        return False
    before = text[:start].split()
    if before and before[-1].lower() in ("last", "this", "next"):
        before = before[:-1]
    if not before:
        return _subject_now(text[possessive.end() - 1 :])
    if before[-1].lower() not in _INTO:
        return False
    return len(before) > 1 or before[0].lower() not in _SCENE


def _subject_now(after: str) -> bool:
    """Whether a possessive subject's verb tells the state at the time of writing ("Sunday's flood | has left 300
    families homeless", "Sunday's floods have left ...", "Monday's fire is still burning"): its first finite verb
    after its noun, before any comma, is "has", "have", "is", "are" or "remain(s)", and not one that looks
    ahead ("is expected to", "is due to", "has yet to"): the date names the thing, not the news."""
    tokens = list(re.finditer(r"[\w'’-]+|[,;:(]", after))[:10]
    for k, token in enumerate(tokens):
        word = token.group()
        if not word[0].isalnum():
            return False
        if word in _NOW:
            rest = re.sub(r"^\s*,[^,]*,", " ", after[token.end() :])
            ahead = [
                w
                for w in re.findall(r"[\w'’-]+", rest)[:7]
                if w not in _ADVERBS and (w == "likely" or not w.endswith("ly"))
            ]
            return not _AHEAD.match(" ".join(ahead[:2]))
        if k and finite_not_plural(word):  # the first word is the subject's noun, a plural maybe ("floods")
            return False
    return False


_NOW = frozenset("has have is are remains remain".split())
_ADVERBS = frozenset("now still no longer not also already again once more however".split())
_AHEAD = re.compile(r"(?:expected|due|scheduled|yet|likely|to|going|about\s+to|set\s+(?:to|for))\b")


_POSSESSIVE_NOUN = re.compile(r"['’]s\s+[a-z]")
_INTO = frozenset(
    """to into of after since from over in for by following about before during amid despite on at with against""".split()
)
_SCENE = frozenset("in at during on at by with before".split())
"""Prepositions that, opening a sentence, set the scene of its news ("In Monday's vote, ...")."""
RELATIVE_WORDS = 6
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which)\b")
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–]")
_ASKING = frozenset(
    """say says said know knows knew known ask asks asked decide decided establish determine clear tell told
    explain explained show showed reveal revealed disclose disclosed unclear sure certain see saw wonder""".split()
)


def _shifted(ref: DateRef, by: int) -> DateRef:
    return DateRef(ref.start + by, ref.end + by, ref.text, ref.type, ref.value)


def rank_dates(
    dated: Sequence[Dated],
    published: Sequence[str],
    central: Mapping[str, float],
    relevant: Mapping[tuple[str, int], bool] | None = None,
) -> list[str]:
    """Dates by the articles that name them in a relevant sentence (``relevant``: (article, start) -> whether the
    sentence matches the query; all do when not given), plus the articles published then (``published``: one
    day per article, shared among the LEAD_DAYS it reports), plus how central the date's most central sentence
    is to the whole story (``central``: date -> cosine with the story's centroid). Ties go to the earlier date."""
    docs: dict[str, set[str]] = defaultdict(set)
    for d in dated:
        if d.named and (relevant is None or relevant.get((d.sentence.article, d.sentence.start), False)):
            docs[d.key].add(d.sentence.article)
    score: dict[str, float] = defaultdict(float)
    for key, articles in docs.items():
        score[key] += len(articles) + CENTRAL_WEIGHT * central.get(key, 0.0)
    shares = [LEAD_DAYS - back for back in range(LEAD_DAYS)]  # the publication day most, then each day before
    for day in published:
        for back, share in enumerate(shares):
            score[shift(day, -back)] += PUBLISHED_WEIGHT * share / sum(shares)
    return sorted(score, key=lambda k: (-score[k], k))


def build_timeline(
    articles: Sequence[Article],
    analyses: Mapping[str, Analysis],
    max_dates: int = 10,
    per_date: int = 2,
    query: Sequence[str] | None = None,
    *,
    between: tuple[str, str] | None = None,
    units: Sequence[str] = ("day", "month"),
    every_date: bool = False,
    sentences: Sequence[Sentence] | None = None,
) -> list[TimelineEntry]:
    """The dated events of ``articles``: at most ``max_dates`` entries of at most ``per_date`` sentences.

    ``query``: only sentences containing one of these words (case-insensitive) are told, and only they make a
    date count as named; ``between``: an inclusive day interval the dates must lie in; ``units``: which
    precisions an entry may have; ``every_date``: a sentence that names several dates may tell any of them
    (news-tls keeps the first; a story of a few articles needs all: "agreed this month on a plan reached last
    June" tells both). ``sentences``: ``sentences_of(articles, analyses)`` when the caller has them already.
    """
    if sentences is None:
        sentences = sentences_of(articles, analyses)
    sentences = sorted(sentences, key=lambda s: (s.article, s.start))
    if not sentences or max_dates <= 0 or per_date <= 0:
        return []
    dated = [d for d in date_sentences(sentences, analyses, units, every_date) if within(d.key, between)]
    matrix = term_matrix([s.text for s in sentences])
    row = {(s.article, s.start): i for i, s in enumerate(sentences)}
    relevant = [matches(s.text, query) for s in sentences]
    story = unit(np.asarray(take_rows(matrix, [i for i, r in enumerate(relevant) if r]).sum(axis=0)).ravel())
    to_story = np.asarray(matrix @ story).ravel() if matrix.shape[1] else np.zeros(len(sentences))
    aside = _subject_bar(matrix, relevant)  # less close to the story than its sentences on average
    central: dict[str, float] = defaultdict(float)
    for d in dated:
        i = row[(d.sentence.article, d.sentence.start)]
        if d.named and relevant[i]:
            central[d.key] = max(central[d.key], float(to_story[i]))
    published = [p for _, p in sorted({(s.article, s.published) for s in sentences if s.published})]
    about = {at: relevant[i] for at, i in row.items()}
    ranked = [k for k in rank_dates(dated, published, central, about) if within(k, between)]
    by_key: dict[str, list[Dated]] = defaultdict(list)
    for d in dated:
        by_key[d.key].append(d)
    quotes = {a: analyses[a].quotes for a in {s.article for s in sentences}}
    used: set[tuple[str, int]] = set()
    entries: list[TimelineEntry] = []
    for key in ranked:
        if len(entries) >= max_dates:
            break
        candidates = []
        for d in by_key.get(key, []):
            at = (d.sentence.article, d.sentence.start)
            if at not in used:
                quoted = _quoted(d.sentence, quotes[d.sentence.article])
                shown = display(d.sentence.text)
                tellable = relevant[row[at]] and whole(shown) and not continuation(shown)
                last = asks_or_speaks_in_person(shown) or points_back(shown) or names_its_format(shown)
                last = last or opens_on_a_pronoun(
                    shown
                )  # "She told ...": who she is, the sentence before says
                last = last or d.sentence.spoken  # a speaker's turn in a transcript
                last = last or not states(shown)  # a noun phrase: a caption or a headline
                last = last or (forecast(shown) and (d.sentence.published or "9999") < bounds(key)[0])
                # a month has no lead of its own to keep it on the story: a sentence naming it in passing waits
                last = last or (unit_of(key) == "month" and aside[row[at]])
                candidates.append(Candidate(d.sentence, row[at], d.named, tellable, quoted, last))
        told = summarise_day(candidates, matrix, story, per_date)
        if not told:
            continue
        for representative, members in told:
            told_row = row[(representative.article, representative.start)]
            used.add((representative.article, representative.start))
            used.update(
                (m.article, m.start)
                for m in members
                if row_dot(matrix, told_row, row[(m.article, m.start)]) >= COPY
            )
        first, last = bounds(key)
        entries.append(TimelineEntry(key, first, last, tuple(cite(rep, members) for rep, members in told)))
    entries = _months_not_retelling_days(entries, matrix, row)
    return sorted(entries, key=lambda e: (e.earliest or e.date, e.date))


def _subject_bar(matrix: sparse.csr_matrix, relevant: Sequence[bool]) -> np.ndarray:
    """For each sentence, whether it is less close to the story than the story's sentences are on average: its
    summed cosine with the relevant sentences other than itself (its own words, or a rare aside's, would
    otherwise weigh in a small story) below their mean."""
    rows = [i for i, r in enumerate(relevant) if r]
    if not rows or not matrix.shape[1]:
        return np.zeros(len(relevant), dtype=bool)
    total = np.asarray(take_rows(matrix, rows).sum(axis=0)).ravel()
    own = np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel() * np.asarray(relevant, dtype=float)
    closeness = np.asarray(matrix @ total).ravel() - own
    return closeness < closeness[rows].mean()


def _months_not_retelling_days(
    entries: list[TimelineEntry], matrix: sparse.csr_matrix, row: Mapping[tuple[str, int], int]
) -> list[TimelineEntry]:
    """A month's entry without the sentences that say what one of its days already tells ("declared a pandemic
    earlier this month" beside the day it was declared): alike at ``SAME_EVENT`` or more. A month left with
    nothing to tell is dropped."""
    days = [e for e in entries if unit_of(e.date) == "day"]
    out = []
    for entry in entries:
        if unit_of(entry.date) != "month":
            out.append(entry)
            continue
        inside = [
            row[(c.article, c.start)]
            for d in days
            if d.date.startswith(entry.date)
            for s in d.sentences
            for c in s.citations[:1]
        ]
        kept = tuple(
            s
            for s in entry.sentences
            if not inside
            or float(
                (
                    take_rows(matrix, inside)
                    @ take_rows(matrix, [row[(s.citations[0].article, s.citations[0].start)]]).T
                ).max()
            )
            < SAME_EVENT
        )
        if kept:
            out.append(TimelineEntry(entry.date, entry.earliest, entry.latest, kept))
    return out


def _quoted(sentence: Sentence, quotes: Sequence[QuoteSpan]) -> float:
    """The share of the sentence's characters inside direct quotations."""
    inside = sum(
        max(0, min(q.end, sentence.end) - max(q.start, sentence.start)) for q in quotes if q.kind == "direct"
    )
    return min(1.0, inside / max(1, sentence.end - sentence.start))
