"""Sentences as plain data for the cross-article stages: where each one is, what it says, how alike two are.

Every reconstruct module works on :class:`Sentence` records built here from the per-article analyses, and
compares them with the same TF-IDF vectors (``textsim.Vectors``), so one notion of "the same statement" serves
the timeline, the summary and the coverage.
"""

from __future__ import annotations

import re
import threading
from collections import Counter, OrderedDict
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..analyse.lexicon import has_finite_verb
from ..clean.detokenise import detokenise_line, is_tokenised
from ..clean.headline import LOWER_CASE_WORD
from ..clean.junction import run_on_start
from ..clean.outlets import canonical_names
from ..models import Analysis, Article, Citation, CitedSentence, QuoteSpan
from ..textsim import words

MIN_WORDS = 5
"""Shorter stretches are captions, datelines or debris, not statements."""
MAX_WORDS = 80
"""Longer ones are run-together paragraphs the sentence splitter could not break."""
UNKNOWN_OUTLET = "unknown outlet"
SENTENCES_REMEMBERED = 100_000
"""Sentences whose displayed text, word count and kind are remembered (:func:`display`, :func:`whole` and the
other tests of a sentence's kind): a sentence is tested again for each date it names, in each of the timeline,
summary and coverage, and again in its storyline. Enough for every sentence of a full refresh of Timeline17's
1,109 articles (some 40,000): a refresh builds a storyline after its stories and many others, and a smaller
cache had forgotten its sentences by then."""
_OPENING = re.compile(r"^[\"“‘'(\[]?[A-Z0-9$£€]")
_LOOSE_MARK = re.compile(r"\s+([,.;:!?])(?=\s|$)")
"""A space before a mark that closes on a word: page debris and tokenised text, never written English."""
_CLOSING = re.compile(r"[.!?][\"”’')\]]*$")


@dataclass(frozen=True)
class Sentence:
    """One sentence of one article, with its position and the article's outlet and publication day."""

    article: str
    start: int
    end: int
    text: str
    index: int
    """How many whole sentences of its article come before it (captions, headlines and debris not counted)."""
    outlet: str
    published: str | None
    spoken: bool = False
    """Whether it is a speaker's words in a transcript (``transcript_start``), not the writer's report."""

    @property
    def citation(self) -> Citation:
        return Citation(self.article, self.start, self.end)


def originals(articles: Iterable[Article]) -> list[Article]:
    """Articles that are not near-duplicate copies of another (copies must not count twice)."""
    return [a for a in articles if not a.duplicate_of]


def outlet_names(articles: Iterable[Article]) -> dict[str, str]:
    """Each article's outlet, bare sites named as the other articles name them ("themoscowtimes.com" -> "The
    Moscow Times"); an article without one counts for ``UNKNOWN_OUTLET``."""
    articles = list(articles)
    declared = sorted({a.outlet for a in articles if a.outlet})
    canonical = canonical_names(declared)
    return {a.id: canonical.get(a.outlet, a.outlet) if a.outlet else UNKNOWN_OUTLET for a in articles}


@lru_cache(maxsize=SENTENCES_REMEMBERED)
def display(text: str) -> str:
    """A sentence's text as shown: whitespace collapsed, no space before a comma or a full stop, PTB bracket and quote tokens read back, and a quotation
    mark left open or closed by a quote that runs over several sentences taken off its edge. Remembered: a
    sentence is shown when its story's sentences are counted, again when it is told or cited, and again in
    its storyline."""
    text = " ".join(text.split())
    if is_tokenised(text):
        text = detokenise_line(text)
    return _balanced(_LOOSE_MARK.sub(r"\1", text))


@lru_cache(maxsize=SENTENCES_REMEMBERED)
def whole(text: str) -> bool:
    """True when the text reads as a whole sentence: it opens on a capital or a digit (a quotation mark or a
    bracket before it), closes on a full stop, a question or an exclamation mark, and its brackets and straight
    quotation marks pair up. Captions, headlines and pieces of a sentence split in the wrong place do not."""
    text = text.strip()
    paired = text.count("(") == text.count(")") and text.count('"') % 2 == 0
    return bool(_OPENING.search(text) and _CLOSING.search(text)) and paired


@lru_cache(maxsize=SENTENCES_REMEMBERED)
def continuation(text: str) -> bool:
    """True when a sentence opens on "And", "But", "Or", "So" or "Yet": it leans on the sentence before it and
    does not stand alone in a summary or a timeline."""
    return bool(_CONTINUATION.match(text.strip()))


_CONTINUATION = re.compile(r"^[\"“‘'(]?(?:And|But|Or|So|Yet)\b")


@lru_cache(maxsize=SENTENCES_REMEMBERED)
def asks_or_speaks_in_person(text: str) -> bool:
    """True when a sentence asks a question or, outside quotation marks, speaks in the writer's own voice or to
    the reader ("I", "my", "you", "your": a column, a reader's comment, a page's promotion): it does not report
    what happened. An "I" after a capitalised word inside the sentence is a numeral ("World War I", "Elizabeth
    I", "Type I diabetes")."""
    text = text.strip().rstrip("\"”’')")
    return text.endswith("?") or bool(_PERSONAL.search(_NUMERAL_I.sub(r"\1", QUOTED.sub(" ", text))))


@lru_cache(maxsize=SENTENCES_REMEMBERED)
def speaks_as_we(text: str) -> bool:
    """True when a sentence, outside quotation marks, speaks as "we" ("we", "our", "us": a speech or a news
    conference printed whole, a column, a reporter's own journey): a speaker's or the writer's musing or
    promise, not a development a summary tells ("US", the country, is written in capitals); not the newsroom's
    own "our correspondent", "told us", which report."""
    return bool(_WE.search(_OUTLET_AS_WE.sub(" ", QUOTED.sub(" ", text.strip()))))


@lru_cache(maxsize=SENTENCES_REMEMBERED)
def states(text: str) -> bool:
    """True when a sentence holds a word that may be its verb (``has_finite_verb``, or a verb whose past is its
    plain form: "cut", "put"): one without is a noun phrase with a full stop, a caption or a headline ("The
    opening of a new bridge over the river in May.")."""
    return has_finite_verb(text) or any(
        w.strip(",.;:'’\"”").lower() in SAME_IN_THE_PAST for w in text.split()
    )


SAME_IN_THE_PAST = frozenset("put cut set hit let cost shut spread hurt quit cast burst split".split())
"""Verbs whose past is their plain form ("cut", "put"), which ``has_finite_verb`` takes for a finite verb only after a
subject it knows; the dates' tense rules keep a longer list of their own (spaCy's side of the code)."""


@lru_cache(maxsize=SENTENCES_REMEMBERED)
def conditional(text: str) -> bool:
    """True when a sentence opens on a condition ("If the virus spreads, ...", "Unless talks resume, ...",
    "Should the dam fail, ...", "If confirmed, ..."): it tells what may be, not what happened."""
    return bool(_CONDITION.match(text.strip()))


_CONDITION = re.compile(r"[\"“‘'(]?(?:If|Unless|Should|Were|Had)\b(?!\s*[,.;:!?])(?!\s+anything\b)")


@lru_cache(maxsize=SENTENCES_REMEMBERED)
def points_back(text: str) -> bool:
    """True when a sentence opens on what it refers back to: a demonstrative pronoun standing alone before its
    verb ("These have yet to be checked.", "That's because ...", "This means ...", "That is why ..."), or "It"
    told as an ordinal or a superlative of something unnamed ("It was the second ...", "It is the largest ...":
    a closed list of them). What it is about is in the sentence before. One before a noun ("This week the
    council ...", "That decision was ...") names what it is about, and so does an "It" that opens a clause ("It
    is not clear whether ...", "It is the first time since 1947 that ...", "It was the arrest ... that ...")."""
    m = _POINTS_BACK.match(text.strip())
    if m and (time := _TIME_AFTER.match(text.strip(), m.end())):
        return not has_finite_verb(
            text.strip()[time.end() :]
        )  # "It is the first time (in years) that ... met"
    return bool(m)


def opens_on_a_pronoun(text: str) -> bool:
    """Whether a sentence's subject is a personal pronoun ("She told the crowd ...", "They said the fund ..."):
    who it is, the sentence before says, so the sentence told alone leaves the reader asking."""
    return _PRONOUN_SUBJECT.match(text.strip()) is not None


_PRONOUN_SUBJECT = re.compile(r"(?:He|She|They)(?:['’](?:s|ll|re|d|ve)\b|,|\s+[a-z])")

_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|last|only|"
    r"largest|biggest|greatest|smallest|worst|best|highest|lowest|deadliest|strongest|weakest|longest|"
    r"shortest|oldest|newest|youngest|costliest|heaviest|fastest|slowest|most|least)"
    r"\b"
)
_TIME_AFTER = re.compile(r"\s+times?\b")
_POINTS_BACK = re.compile(
    r"[\"“‘'(]?(?:(?:These|Those|This|That)(?:\s+(?:is|are|was|were|has|have|had|will|would|could|may|might|can|"
    r"must|means|meant|explains|explained|leaves|left|comes|came|follows|followed|marks|marked)\b|['’](?:s|ll)\b)"
    rf"|It(?:\s+(?:is|was|marks|marked|would\s+be|will\s+be)|['’]s)\s+(?:also\s+)?the\s+{_ORDINAL}\b)"
)
QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|(?<!\w)‘[^’]*’(?!\w)")
"""A stretch inside quotation marks: someone's words, not the writer's."""
_PERSONAL = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|[Mm]y|[Yy]ou|[Yy]our|[Yy]ours|[Yy]ou're|[Yy]ou've)\b")
_WE = re.compile(r"\b(?:[Ww]e|[Ww]e're|[Ww]e've|[Ww]e'd|[Ww]e'll|[Oo]ur|[Oo]urs|us)\b")
_OUTLET_AS_WE = re.compile(
    r"\b(?:[Oo]ur\s+(?:own\s+)?(?:correspondents?|reporters?|editors?|team|sources?|reporting|producers?)"
    r"|(?:told|tells|tell|telling|wrote to|emailed|informed)\s+(?:us|our)\b)"
)
"""A report's "we" for the newsroom ("our correspondent says", "a spokesman told us"): the outlet reporting, not
a speaker musing."""
_NUMERAL_I = re.compile(r"(?<=\S)(\s+[A-Z][\w.'’-]*\s+)I\b(?!['’])")


def _balanced(text: str) -> str:
    straight = text.count('"') % 2
    curly = text.count("“") != text.count("”")
    if (straight and text.startswith('"')) or (curly and text.startswith("“")):
        return text[1:].lstrip()
    if (straight and text.endswith('"')) or (curly and text.endswith("”")):
        return text[:-1].rstrip()
    return text


def sentences_of(articles: Sequence[Article], analyses: Mapping[str, Analysis]) -> list[Sentence]:
    """Every statement-sized sentence of the articles that have an analysis, in article order."""
    out: list[Sentence] = []
    counted = [a for a in originals(articles) if a.id in analyses]
    outlets = outlet_names(counted)
    common = lower_case_words(a.text for a in counted)
    for article in counted:
        out.extend(_ARTICLE_SENTENCES.of(article, analyses[article.id], outlets[article.id], common))
    return out


def _article_sentences(
    article: Article, analysis: Analysis, outlet: str, common: Container[str]
) -> Iterable[Sentence]:
    """The statement-sized sentences of one article (see :func:`sentences_of`)."""
    told = 0  # whole sentences before this one: a caption or standfirst is not part of the lead
    turns = transcript_start(article.text)
    spans = joined_at_initials(article.text, [(s.start, s.end) for s in analysis.sentences], common)
    for start, end in split_after_quotations(article.text, spans, analysis.quotes):
        start, end = _trim(article.text, start, end)
        start += run_on_start(article.text[start:end], common)
        text = article.text[start:end]
        if MIN_WORDS <= _word_count(text) <= MAX_WORDS:
            spoken = turns is not None and start >= turns
            yield Sentence(article.id, start, end, text, told, outlet, article.published.date, spoken)
            told += whole(display(text))


ARTICLES_REMEMBERED = 2_000
"""Articles whose sentences are remembered (:class:`_ArticleSentences`)."""


class _Asked:
    """The words the texts write in lower case as one article's sentences consult them: each word asked is
    noted with its answer."""

    def __init__(self, common: Container[str]) -> None:
        self.common = common
        self.answers: dict[object, bool] = {}

    def __contains__(self, word: object) -> bool:
        found = word in self.common
        self.answers[word] = found
        return found


@dataclass(frozen=True)
class _Found:
    """One article's sentences and what they were found from: the analysis (the object, held so that its id
    stays its own), the article's id, text and day, its outlet's name, and every word asked of the words the
    texts write in lower case, with the answer."""

    analysis: Analysis
    article: tuple[str, str, str | None]
    outlet: str
    answers: tuple[tuple[object, bool], ...]
    sentences: tuple[Sentence, ...]


class _ArticleSentences:
    """Each article's sentences, remembered for its analysis (the most recently used ``size``) and given again
    where the article is read with the same outlet name and the words around answer every word its sentences
    asked alike: a story's articles are read again in its storyline, among more texts (which may write other
    words in lower case, and then the sentences are found again)."""

    def __init__(self, size: int = ARTICLES_REMEMBERED) -> None:
        self.size = size
        self._known: OrderedDict[int, _Found] = OrderedDict()
        self._lock = threading.Lock()

    def of(
        self, article: Article, analysis: Analysis, outlet: str, common: Container[str]
    ) -> tuple[Sentence, ...]:
        read = (article.id, article.text, article.published.date)
        with self._lock:
            found = self._known.get(id(analysis))
        if (
            found is not None
            and found.analysis is analysis
            and found.article == read
            and found.outlet == outlet
            and all((word in common) == answer for word, answer in found.answers)
        ):
            with self._lock:
                if self._known.get(id(analysis)) is found:
                    self._known.move_to_end(id(analysis))
            return found.sentences
        asked = _Asked(common)
        sentences = tuple(_article_sentences(article, analysis, outlet, asked))
        with self._lock:
            self._known[id(analysis)] = _Found(
                analysis, read, outlet, tuple(asked.answers.items()), sentences
            )
            self._known.move_to_end(id(analysis))
            while len(self._known) > self.size:
                self._known.popitem(last=False)
        return sentences

    def forget(self) -> None:
        """Lets go of every article remembered (and the analyses held with them)."""
        with self._lock:
            self._known.clear()


_ARTICLE_SENTENCES = _ArticleSentences()


def forget_articles() -> None:
    """Lets go of the articles whose sentences are remembered: a refresh calls it when it ends, so no analysis
    stays held in a process after the refresh that read it."""
    _ARTICLE_SENTENCES.forget()


def transcript_start(text: str) -> int | None:
    """Where the speakers' turns of a transcript begin (an interview, a hearing, a round table, a news
    conference): paragraphs opening on a speaker's name in capitals and a colon ("LEE:", "SEN. BERG:", "Q:"),
    at least two speakers each with ``TURNS`` turns or more. What follows is what they said, the paragraphs of a
    turn after its first too, which a summary tells as no development of the story; None when the text is no
    transcript. One label or labels used once are headings ("Norway: 4 cases"), and so are a page's own labels
    however often they recur ("UPDATE:", "CORRECTION:") and codes of two letters ("UK:", "US:")."""
    found = list(_SPEAKER_TURN.finditer(text))
    turns = Counter(" ".join(m.group(1).split()) for m in found)
    speakers = {label for label, n in turns.items() if n >= TURNS and _names_a_speaker(label)}
    if len(speakers) < 2:
        return None
    return min(m.start(1) for m in found if " ".join(m.group(1).split()) in speakers)


def _names_a_speaker(label: str) -> bool:
    """Whether a label before a colon may name a speaker: the questioner and answerer ("Q", "A"), or a name of
    three letters or more that is none of a page's own labels."""
    return label in ("Q", "A") or (len(label.replace(".", "")) > 2 and label.rstrip(".") not in _PAGE_LABELS)


_PAGE_LABELS = frozenset(
    """UPDATE UPDATED UPDATES CORRECTION CORRECTIONS CLARIFICATION NOTE EDITOR'S EDITOR’S BREAKING WATCH READ LISTEN
    VIDEO PHOTOS LIVE ANALYSIS BACKGROUND CONTEXT TIMELINE FACTBOX FACT CHECK SOURCE SOURCES NEWS""".split()
)
TURNS = 2
_SPEAKER_TURN = re.compile(
    r"(?m)^[ \t]*((?:[A-Z][A-Z.'’-]*[A-Z.](?:[ \t]+[A-Z][A-Z.'’-]*[A-Z.]){0,2})|Q|A):[ \t]+\S"
)


def joined_at_initials(
    text: str, spans: Sequence[tuple[int, int]], common: Container[str] = frozenset()
) -> list[tuple[int, int]]:
    """Sentence spans with a split at a middle initial undone: a span that ends on a capitalised first name and
    a single capital and full stop ("John F.") runs on into the next when that opens on a capitalised word, the
    surname ("Kennedy said ..."). Neither may be a word the texts write in lower case (``common``) or a
    sentence's opener ("Plan B. The board ..."). An initial run into letters ("the U.S.", "D.C.") or after a
    lower-case word ("vitamin C.") ends a sentence, and so does one before a line break: a paragraph ends there
    ("... of Group A.\n\nGermany ...")."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        before = text[out[-1][0] : out[-1][1]].rstrip() if out else ""
        ending = _INITIAL_END.search(before) if out else None
        opening = _NAME_OPENING.match(text, start, end) if ending else None
        broken = bool(opening) and "\n" in text[out[-1][0] + len(before) : opening.start(1)]
        if (
            ending
            and opening
            and not broken
            and _names(ending.group(1), common)
            and _names(opening.group(1), common)
        ):
            out[-1] = (out[-1][0], end)
            continue
        out.append((start, end))
    return out


def split_after_quotations(
    text: str, spans: Sequence[tuple[int, int]], quotes: Sequence[QuoteSpan] = ()
) -> list[tuple[int, int]]:
    """Sentence spans split where a quotation closes a sentence and another opens after it ('... of flu A." The
    new virus ...'): a full stop, question or exclamation mark, a closing quotation mark, then a capitalised
    word. Not where the quotation's speaker follows, which goes with it: a stored quote (``quotes``) ending at
    the mark whose cue or speaker comes after it, or a speaker of up to six capitalised words, or "The" and up
    to two words, with an appositive between commas, before a verb of saying (``SAYING``: '"We will win." Lee
    said', '... Mayor Ola Lee insisted', '... Lee, the harbour master, said', '... The harbour master told')
    with no object of its own after it ('... The ministry reported 40 new cases' is a new sentence)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        for m in _QUOTATION_END.finditer(text, start, end):
            if m.end() < end and not _speaker_follows(text, m.start() + 2, m.end(), end, quotes):
                out.append((start, m.start() + 2))
                start = m.end()
        out.append((start, end))
    return out


def _speaker_follows(text: str, mark: int, after: int, end: int, quotes: Sequence[QuoteSpan]) -> bool:
    """Whether the words after a closing quotation mark (at ``mark``, the next word at ``after``) name who said
    the quotation: a stored quote ending there has its cue or speaker after it, or the words read as a speaker
    and a verb of saying (``SAYING``)."""
    for q in quotes:
        heard = [at for at in (q.cue_start, q.speaker_start) if at is not None]
        if mark - 3 <= q.end <= mark and any(after <= at < end for at in heard):
            return True
    return bool(_SPEAKER_SAYS.match(text, after, end))


def _saying(lemmas: str) -> frozenset[str]:
    """The forms of verbs of saying as a speaker's verb follows a quotation ("says", "said", "insisted",
    "replies"); not the bare verb, which follows another verb ("did not answer")."""
    forms = {"said", "told", "wrote"}
    for w in lemmas.split():
        if w.endswith("y") and w[-2] not in "aeiou":
            forms |= {w[:-1] + "ies", w[:-1] + "ied"}
        elif w.endswith("e"):
            forms |= {w + "s", w + "d"}
        else:
            forms |= {
                w + ("es" if w.endswith(("s", "sh", "ch", "x", "z")) else "s"),
                w + "ed",
                w + w[-1] + "ed",
            }
    return frozenset(forms)


SAYING = _saying(
    """say tell add note explain claim argue insist warn state announce report write stress ask reply respond
    declare tweet recall admit concede confirm acknowledge remark observe quip joke exclaim shout whisper deny
    caution counter emphasize emphasise maintain contend predict promise vow pledge testify comment complain
    reiterate retort assert allege answer mutter scoff sneer interject confess proclaim"""
)
"""Verbs of saying a speaker after a quotation uses, from the quotes package's reporting verbs
(``analyse.quotes.patterns.REPORTING_VERBS``; not imported here, as that package loads the parser): verbs of
speech only, not of thought or agreement ("Officials agreed with her." is a new sentence)."""
_REPORTS = _saying(
    """report announce confirm deny predict promise vow pledge admit acknowledge claim tweet proclaim allege assert
    confess declare state"""
) - {"said", "told", "wrote"}
"""Verbs of saying that also take an object of their own ("The ministry reported 40 new cases"): after a
quotation they are its speaker's only when nothing but a phrase of time or place follows."""
_QUOTATION_END = re.compile(r"[.!?][\"”’] +(?=[A-Z])")
_SPEAKER_SAYS = re.compile(
    r"(?:The\s+(?:[a-z][\w'’-]*\s+){1,2}|(?:[A-Z][\w'’.-]*(?:\s+|(?=,))){1,6})"
    r"(?:,[^,.!?\"“”]{1,60},\s+)?(?:(?:"
    + "|".join(sorted(SAYING - _REPORTS, key=lambda w: (-len(w), w)))
    + r")\b"
    r"|(?:" + "|".join(sorted(SAYING & _REPORTS, key=lambda w: (-len(w), w))) + r")\b"
    r"(?=\s*(?:[,.;:!?\"”]|$)|\s+(?:on|in|at|after|before|during|yesterday|today|tonight|later|earlier|then|again|also"
    r"|that|as|when|while|from|to|so|it|this|too|reporters|journalists|him|her|them|us|me|[A-Z][\w.]*)\b))"
)
"""A speaker and a verb of saying after a quotation, with nothing after the verb but the sentence's end, a comma,
a phrase of time or place, "that", or whom it was said to ("told reporters"): a verb with an object of its own
("The ministry reported 40 new cases") opens a new sentence."""


def _names(word: str, common: Container[str]) -> bool:
    """A capitalised word that can be part of a name: neither written in lower case nor a sentence's opener."""
    return word.lower() not in common and word.lower() not in _OPENERS


_INITIAL_END = re.compile(r"(?:^|\s)([A-Z][a-z]+)\s+[A-Z]\.$")
_NAME_OPENING = re.compile(r"\s*([A-Z][a-z]+)\b(?![.'’])")
_OPENERS = frozenset(
    """the a an he she it they we i you his her its their this that these those there here in on at by for
    from with after before but and or so yet as if when while then also still however meanwhile""".split()
)


@lru_cache(maxsize=SENTENCES_REMEMBERED)
def _word_count(text: str) -> int:
    return len(words(text))


def lower_case_words(texts: Iterable[str]) -> frozenset[str]:
    """The words that texts write in lower case: at least ``LOWER_CASE_USES`` times, and ``LOWER_CASE_RATIO``
    times as often as capitalised after a lower-case word (where only a name, or a sentence run into another, is
    capitalised), each such pair of words counted once: a box of facts that many articles repeat, its items run
    together, counts as one. One such word capitalised inside a sentence opens a sentence that a headline ran
    into."""
    lower: Counter[str] = Counter()
    pairs: set[tuple[str, str]] = set()
    for text in texts:
        words, capitalised = _lower_and_inside(text)
        lower.update(words)
        pairs.update(capitalised)
    inside = Counter(word.lower() for _, word in pairs)
    return frozenset(
        w for w, n in lower.items() if n >= LOWER_CASE_USES and n >= LOWER_CASE_RATIO * inside[w]
    )


LOWER_CASE_USES = 5
LOWER_CASE_RATIO = 10
_INSIDE_CAPITAL = re.compile(r"([a-z]+) ([A-Z][a-z]{2,})(?= [a-z])")
TEXTS_REMEMBERED = 2_000
"""Article texts whose lower-case words are remembered (:func:`_lower_and_inside`)."""


@lru_cache(maxsize=TEXTS_REMEMBERED)
def _lower_and_inside(text: str) -> tuple[Counter[str], frozenset[tuple[str, str]]]:
    """A text's lower-case words counted, and its pairs of a lower-case word and a capitalised one after it
    (see :func:`lower_case_words`). Remembered: a story's articles are counted again in its storyline."""
    return Counter(LOWER_CASE_WORD.findall(text)), frozenset(_INSIDE_CAPITAL.findall(text))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def matches(text: str, query: Sequence[str] | None) -> bool:
    """True when no query is given, or the text contains any query word (case-insensitive), as T17 does."""
    if not query:
        return True
    lower = text.lower()
    return any(word.lower() in lower for word in query)


def cite(representative: Sentence, members: Iterable[Sentence]) -> CitedSentence:
    """The representative's words, citing it first and then one sentence per other article that says it too."""
    citations = [representative.citation]
    seen = {representative.article}
    for s in members:
        if s.article not in seen:
            seen.add(s.article)
            citations.append(s.citation)
    return CitedSentence(display(representative.text), tuple(citations))
