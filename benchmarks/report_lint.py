"""A lint for what a report tells: sentences and titles that carry page furniture, tokeniser debris or fragments.

Written as a reader's checklist, not from the cleaning rules: a told sentence should read as a sentence of news
(it starts with a capital, a digit or a quotation mark, ends with a full stop, a question or exclamation mark or
a closing quotation mark, holds at least five words, has balanced brackets and quotation marks), and carries no
tokeniser marks (``-LRB-``, two backticks, a space before a comma or full stop), no dateline or time stamp, no
byline, no list bullets, none of the words pages use about themselves (subscriptions, comments, clicking,
embedded media), and no second sentence run into it (a pronoun, article, quantifier or preposition capitalised
after a word with no stop: "... in the port The ferry ...", "... to Bergen In the harbour ...", "... Bergen
More than ...", a word the story writes in lower case capitalised after a word: "... in the rubble Rescue teams
...", or a capitalised word after a quotation closed with no stop: "... 'a disaster' Crews ..."). A title is a
headline: no dateline, byline, bullets, bars, ellipsis or tokeniser marks, brackets and quotation marks paired, three to 25 words, not ending on a
word that needs another after it or on a possessive, no caption glued on (a capitalised article inside a
sentence-case title, or a capitalised plural and a participle after a plural noun: "... their neighbours
Norwegians living ..."), no sentence run on after a Title Case headline, no second clause run on after the
headline's own with no joiner ("... are stranded in Bergen Olsen Line has cancelled ..."), no name said again
after a lower-case word ("... cafe on the quay Olsen, who ..."), no clock time, no instruction to the reader, no
garbled letters, no line the page says about itself (a link to its own parts, a correction, a picture's credit),
not only an opening phrase of time or a subordinate clause; and no title given to three stories or more of one
report (:func:`shared_titles`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

TOKENISER = re.compile(r"-[LR][RSC]B-|``|''|\s[,.;:!?](?:\s|$)|\s(?:n't|'s)\b")
STAMP = re.compile(
    r"\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:GMT|BST|EDT|EST|CET|JST|UTC|UK time)\b"
    r"|\((?:Reuters|AP|AFP|Bloomberg|Xinhua|UPI|dpa)\)|^[A-Z][A-Z .'-]{2,}(?:,\s+[A-Za-z.]+)?\s*(?:\||\(|--|—)",
)
BYLINE = re.compile(r"^By\s+[A-Z]")
BULLETS = re.compile(r"(?:^|\s)[*•]\s")
PAGE_WORDS = re.compile(
    r"\b(?:click here|subscribe|subscription|newsletter|sign up|log in|inbox|javascript|flash player|cookies"
    r"|transcripts?|advertisement|all rights reserved|views expressed|comments? (?:may|will|are)|your comments"
    r"|editing by|reporting by|page last updated|share this|e-mail us|follow us|running order)\b|©",
    re.IGNORECASE,
)
OPENING = re.compile(r"^[\"“‘'(]?[A-Z0-9$£€]")
CLOSING = re.compile(r"[.!?][\"”’')]*$|[\"”’]$")
DANGLING = re.compile(
    r"\b(?:a|an|the|of|to|and|or|but|that|than|its|their|his|her|my|our|your|based|prior|according|thanks"
    r"|instead|rather|exactly|whether|because)$",
    re.IGNORECASE,
)
PAIRS = (("(", ")"), ("[", "]"))
GLUED_CAPTION = re.compile(r"[a-z,\"”’] (?:A|An|The) [a-z]")
RUN_ON = re.compile(
    r"(?<=[a-z0-9\"”’]) (?:The|A|An|He|She|It|They|We|There|This|These|Those|Some|Many|Most|Several|Thousands"
    r"|Hundreds|Dozens|Officials|Police) [a-z]|(?<=[a-z0-9]) (?:The|A|An) [0-9]"
    r"|(?<=[\w'’\"”]) (?:In|On|At|After|During|Despite|Amid|Between) \S"
    r"|(?<=\w) More than\b"
)
QUOTE_THEN_CAPITAL = re.compile(r"(?<=\w)['’\"”] ([A-Z][a-z]+) ([a-z]+)")
SAYING = frozenset("said says told added asked".split())
INSIDE_CAPITAL = re.compile(r"(?<=[a-z]) ([A-Z][a-z]{2,})(?= [a-z])")
INSIDE_NAME = frozenset("the an a of for and to in on at by with from".split())
"""Words that a name may follow or hold ("the Department of Health"): a capitalised word after one opens no new
sentence."""
MONTH_NAMES = frozenset(
    "january february march april may june july august september october november december".split()
)
INSTRUCTION = re.compile(
    r"^(?:please\s+)?(?:click|tap|copy|paste|install|download)\s+(?:here|the|this|it|on)\b", re.I
)
SHORT_ENGLISH = frozenset(
    "a i an as at be by do go he if in is it me my no of on or so to up us we am uk un eu".split()
)
MIN_WORDS = 5
CLOCK = re.compile(r"\b\d{1,2}:\d\d\s*(?:[AaPp]\.?[Mm]\b\.?|GMT|BST|EDT|EST|UTC)")


def lower_case_words(texts: Iterable[str]) -> frozenset[str]:
    """The words a set of texts writes in lower case: at least five times, and ten times as often as capitalised
    after a lower-case word (where only a name, or a new sentence, is capitalised)."""
    lower: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    for text in texts:
        lower.update(re.findall(r"(?<![\w'’-])[a-z]{3,}(?![\w'’-])", text))
        inside.update(w.lower() for w in INSIDE_CAPITAL.findall(text))
    return frozenset(w for w, n in lower.items() if n >= 5 and n >= 10 * inside[w])


def modifier_words(texts: Iterable[str]) -> frozenset[str]:
    """The words a set of texts always follows with another word, often a name: written in lower case at least
    ``MODIFIER_USES`` times, never before a punctuation mark or the end of a line, and before a capitalised word
    in a third of their uses or more ("western" in "western Japan", "new" in "the new H1N1 virus" where the
    texts never end a phrase on it). A title that ends on one was cut before the name it qualifies."""
    total: Counter[str] = Counter()
    ended: Counter[str] = Counter()
    named: Counter[str] = Counter()
    for text in texts:
        total.update(re.findall(r"(?<![\w'’-])[a-z]{3,}(?![\w'’-])", text))
        ended.update(re.findall(r"(?<![\w'’-])([a-z]{3,})(?=\s*(?:[.,;:!?)\"”’]|\n|$))", text))
        named.update(re.findall(r"(?<![\w'’-])([a-z]{3,}) (?=[A-Z])", text))
    return frozenset(w for w, n in total.items() if n >= MODIFIER_USES and not ended[w] and 3 * named[w] >= n)


MODIFIER_USES = 5


def sentence_problems(text: str, lower_case: frozenset[str] = frozenset()) -> list[str]:
    """Why a told sentence would not read as news (empty when it does); ``lower_case``: the words the story
    writes in lower case (:func:`lower_case_words`), one of which capitalised inside a sentence opens another
    ("... in the rubble Rescue teams are ...")."""
    problems = []
    if TOKENISER.search(text):
        problems.append("tokeniser marks")
    if STAMP.search(text):
        problems.append("dateline or time stamp")
    if BYLINE.search(text):
        problems.append("byline")
    if BULLETS.search(text):
        problems.append("list bullets")
    if PAGE_WORDS.search(text):
        problems.append("page furniture words")
    if len(text.split()) < MIN_WORDS:
        problems.append("fragment: too short")
    if not OPENING.search(text):
        problems.append("fragment: no capital at the start")
    if not CLOSING.search(text.strip()):
        problems.append("fragment: no end")
    if any(text.count(a) != text.count(b) for a, b in PAIRS) or (text.count('"') % 2):
        problems.append("unbalanced brackets or quotes")
    if RUN_ON.search(text) or _after_quotation(text) or _common_word_opens(text, lower_case):
        problems.append("two sentences run together")
    return problems


def _common_word_opens(text: str, lower_case: frozenset[str]) -> bool:
    """A word the story writes in lower case capitalised after a word that may end a headline."""
    return any(
        m.group(1).lower() in lower_case - MONTH_NAMES and _after_headline_end(text[: m.start()].split())
        for m in INSIDE_CAPITAL.finditer(text)
    )


def _after_headline_end(before: list[str]) -> bool:
    """Whether the words before a capitalised word may end a headline: a lower-case word that is not one a name
    follows or holds, or a one-word name after one ("... in Bergen"); not the inside of a longer name ("the
    Disasters and Emergency Committee")."""
    if not before:
        return False
    if before[-1][:1].isupper():
        return (
            len(before) > 1
            and before[-2][:1].islower()
            and before[-2] not in INSIDE_NAME - {"in", "to", "at"}
        )
    return before[-1] not in INSIDE_NAME


def _after_quotation(text: str) -> bool:
    """A quotation closed with no stop and a sentence going on after it ("... 'may be 50,000' On the ground
    ..."), not the quotation's speaker ("... 'we will win' Olsen said")."""
    for m in QUOTE_THEN_CAPITAL.finditer(text):
        opened = len(re.findall(r"(?:^|\s)[\"“‘']", text[: m.start()]))
        if opened % 2 == 1 and m.group(2) not in SAYING:
            return True
    return False


def question(text: str) -> bool:
    """A sentence that asks rather than tells (a summary should tell what happened)."""
    return text.strip().rstrip("\"”’')").endswith("?")


def title_problems(
    title: str, lower_case: frozenset[str] = frozenset(), modifiers: frozenset[str] = frozenset()
) -> list[str]:
    """Why a title would not do as a headline (empty when it does); ``lower_case`` as for
    :func:`sentence_problems`; ``modifiers``: words the story never ends a phrase on (:func:`modifier_words`)."""
    problems = []
    words = title.split()
    if TOKENISER.search(title):
        problems.append("tokeniser marks")
    if STAMP.search(title):
        problems.append("dateline or time stamp")
    if BYLINE.search(title):
        problems.append("byline")
    if BULLETS.search(title) or "|" in title:
        problems.append("bullets or bars")
    if "…" in title or title.endswith("..."):
        problems.append("cut short")
    if PAGE_WORDS.search(title):
        problems.append("page furniture words")
    if not 3 <= len(words) <= 25:
        problems.append(f"{len(words)} words")
    if not OPENING.search(title):
        problems.append("no capital at the start")
    quoted = re.search(r"(?:^|\s)['‘]", title)
    if (
        DANGLING.search(title.rstrip(" ."))
        or re.search(r"\w['’]s$", title)
        or (re.search(r"s['’]$", title) and not quoted)
        or (words and words[-1] in modifiers)
    ):
        problems.append("ends on a word that needs another")
    glued = (
        GLUED_CAPTION.search(title)
        or RUN_ON.search(title)
        or _common_word_opens(title, lower_case)
        or _group_caption(words)
    )
    if glued and sum(w[:1].isupper() for w in words) * 2 < len(words):
        problems.append("a caption or standfirst glued on")
    elif _title_case_then_sentence(words, lower_case):
        problems.append("a sentence glued on a Title Case headline")
    elif _second_clause(words) or _name_said_again(words):
        problems.append("a standfirst run on after the headline")
    if any(title.count(a) != title.count(b) for a, b in PAIRS) or title.count('"') % 2:
        problems.append("brackets or quotation marks unpaired")
    if CLOCK.search(title):
        problems.append("a clock time")
    if INSTRUCTION.search(title):
        problems.append("an instruction to the reader")
    if PAGE_LINE.search(title):
        problems.append("a line about the page, not the news")
    if _opening_alone(title):
        problems.append("an opening phrase or subordinate clause alone")
    bare = [w.strip(".,'’") for w in words]
    odd = [w for w in bare if 0 < len(w) <= 2 and w.isalpha() and w.lower() not in SHORT_ENGLISH]
    if len(odd) >= 3 and 5 * len(odd) >= 2 * len(words):
        problems.append("garbled letters")
    return problems


def _group_caption(words: list[str]) -> bool:
    """A caption on a group of people run on after a headline that ends on a plural noun ("Islanders mourn their
    neighbours Norwegians living in the town ...", "Pickets wait at the gates Dockers gathering ..."): a
    capitalised plural after a lower-case plural that an article, a possessive or a preposition introduces (so a
    noun, not a number, an adjective or a quantifier the plural would follow: "the two Senators", "most
    Norwegians"), and a participle in "-ing" after it (one in "-ed" may close a relative clause with no "that":
    "the rules Norwegians proposed"). Two noun phrases side by side with no joiner, the second the subject of a
    participle, are two clauses."""
    for k in range(2, len(words) - 1):
        word, before, opener = words[k], words[k - 1], words[k - 2].lower()
        if (
            re.fullmatch(r"[A-Z][a-z]+[^s'’]s", word)
            and re.fullmatch(r"[a-z]+[^s'’]s", before)
            and opener in NOUN_OPENERS
            and re.fullmatch(r"[a-z]{3,}ing", words[k + 1])
        ):
            return True
    return False


NOUN_OPENERS = frozenset(
    "the a an their his her its our my your this these those for of in on at with from about among".split()
)
"""Words after which the next word is a noun's (or its modifier's), never a verb's."""


def _opening_alone(title: str) -> bool:
    """Whether a title is only what opens a sentence: a subordinate clause ("When the mayor tried to close the
    market") or a phrase of time ("Over the past two winters", "On a cold evening last week") with nothing after
    a comma or a colon."""
    if re.search(r"[,:;]", title):
        return False
    return bool(SUBORDINATE_OPENING.match(title) or TIME_OPENING.match(title))


SUBORDINATE_OPENING = re.compile(r"(?:When|Whenever|While|Although|Though|Because|Unless|Until|If|Whereas)\s")
TIME_OPENING = re.compile(
    r"(?:Over|For|During|In|On|At|Throughout|Within|Since)\s(?:[\w'’-]+\s){0,5}?"
    r"(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies)|evenings?|mornings?|nights?|afternoons?|hours?)\b"
    r"(?:\s(?:ago|this|last|next|later|earlier)\b)?(?:\s(?:week|month|year|morning|evening))?$"
)
PAGE_LINE = re.compile(
    r"^(?:skip to|jump to|see instructions|send us)\b|^\((?:By\s+)?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)+\s+(?:--?|–|—)\s"
    r"|^(?:this|the) (?:article|story) (?:was reported|misstated|misspelled|incorrectly|wrongly|referred|quoted)\b"
    r"|^(?:an? |the )?(?:earlier|previous) versions? of this\b|\blive q\s?&\s?as?\b",
    re.IGNORECASE,
)
"""What a page says about itself or its pictures: a link to its own parts, a notice, a picture's credit in
brackets, a correction, its live chats."""


def _title_case_then_sentence(words: list[str], lower_case: frozenset[str]) -> bool:
    """A headline in Title Case with a sentence run on after it ("Bank Seizes Control of Ferry Line Crews
    returned ..."): the sentence starts at the run of capitalised words before the first lower-case word (short
    words a Title Case headline keeps in lower case aside), and what stands before that run is three words or
    more holding a capitalised word that the story writes in lower case (so no name: a headline's verb or
    noun). A title that is one sentence ("The World Health Organization declared ...", "Radio Nord and Kanal 5
    broadcast ...") has nothing before its subject, nor has one whose first lower-case word follows a word in
    lower case or a number."""
    first = next(
        (k for k, w in enumerate(words) if w[:1].islower() and w.strip(",.;:") not in TITLE_CASE_SMALL), None
    )
    if first is None or sum(w[:1].islower() for w in words[first:]) < 2:
        return False
    start = first
    while start > 0 and (
        re.match(r"[A-Z$0-9]", words[start - 1])
        or (words[start - 1] in ("and", "&") and start > 1 and re.match(r"[A-Z$0-9]", words[start - 2]))
    ):
        start -= 1  # the subject's names, joined ("Radio Nord and Kanal 5 broadcast ...")
    if not any(w[:1].isupper() for w in words[start:first]):
        return False  # no capital opens a sentence there ("... the World Bank and two banks", "of the 1930s was")
    head = words[1:start]
    return start >= 3 and any(
        re.fullmatch(r"[A-Z][a-z]{3,}", w) is not None and w.lower() in lower_case for w in head
    )


FINITE = frozenset("has have had is was are were will would".split())
JOINERS = frozenset(
    """and but or nor who whom whose which that when as after before because while if where since until so though
    although whether than vs""".split()
)
COORDINATORS = frozenset("and but or nor".split())
"""Joiners that may join words as well as clauses ("dead or missing"): a clause they join has its subject after
them."""
DASHES = ("-", "–", "—")
KNOWING = re.compile(
    r"(?:say|said|says|tell|told|tells|warn|warns|warned|believe[sd]?|think|thinks|thought|fear[sed]*|hope[sd]?"
    r"|expect[sed]*|know|knows|knew|claim[sed]*|insist[sed]*|confirm[sed]*|announce[sd]?|admit[sted]*|argue[sd]?)"
)
NAME = re.compile(r"[\"“‘'(]?(?:[A-Z][\w'’.-]*|[A-Z]{2,})[\"”’')]?")


def _second_clause(words: list[str]) -> bool:
    """A second clause run on after a headline's clause with no joiner ("Crews are stranded in Bergen Olsen Line
    has cancelled ..."): a finite verb, then one directly after a name (not the title's first word), with no
    subordinating conjunction, relative pronoun or punctuation between them, and no verb of saying or knowing
    (whose object a clause may be: "the UN warned Haiti will ...") or conjunction ("... and Olsen has ...")
    just before the name."""
    bare = [w.strip(",.;:!?\"”’'") for w in words]
    open_clause = False
    for k, w in enumerate(words):
        if (bare[k] in JOINERS and bare[k] not in COORDINATORS) or re.search(r"[,;:]$", w) or w in DASHES:
            open_clause = False
        if k >= 2 and bare[k] in FINITE and open_clause and NAME.fullmatch(words[k - 1]):
            start = k - 1
            while start > 1 and NAME.fullmatch(words[start - 1]):
                start -= 1
            if (
                start > 1
                and not KNOWING.fullmatch(bare[start - 1].lower())
                and bare[start - 1] not in JOINERS
            ):
                return True
        if bare[k] in FINITE:
            open_clause = True
    return False


def _name_said_again(words: list[str]) -> bool:
    """A standfirst or caption that names again whom the headline named ("Chef Olsen opens a cafe on the quay
    Olsen, who ...", "Lee to tour the islands this summer Lee (left) ..."): a capitalised word the title has already written
    capitalised, after a word in lower case that ends a phrase (not a joiner or a small word a name follows).
    After a capitalised word nothing shows where one name ends and another starts ("... in aid of Bergen Lee",
    "Ann Lee tribute: Bo Lee to sing"), so that is left alone."""
    seen: set[str] = set()
    for k, w in enumerate(words):
        bare = w.strip(",.;:!?\"“”’'()")
        if w.rstrip(".") in TITLE_ABBREVIATIONS and w.endswith("."):
            continue  # a title's abbreviation ("Sen.", "Dr."), which any name may follow
        if k >= 2 and bare in seen and re.fullmatch(r"[A-Z][a-z]+|[A-Z]{2,}", bare):
            before = words[k - 1].strip("\"”’'")
            plain = before.lower()
            if (
                before[:1].islower()
                and not re.search(r"[,;:(]$", words[k - 1])
                and plain not in JOINERS
                and plain not in TITLE_CASE_SMALL
                and plain not in INSIDE_NAME
                and not KNOWING.fullmatch(plain)
                and before.strip(",.") != bare
            ):
                return True
        if re.fullmatch(r"[A-Z][a-z]+|[A-Z]{2,}", bare):
            seen.add(bare)
    return False


TITLE_ABBREVIATIONS = frozenset("Sen Sens Rep Reps Gov Gen Lt Col Capt Sgt Dr Prof Rev Mr Mrs Ms St".split())
TITLE_CASE_SMALL = frozenset("a an the and or nor but of to in on at for by as up via vs".split())
"""Words a Title Case headline may keep in lower case."""


def shared_titles(titles: Iterable[str], least: int = 3) -> frozenset[str]:
    """Titles given to ``least`` stories or more of one report: a line every page of a site carries, no story's
    headline."""
    counts = Counter(" ".join(t.split()).lower() for t in titles)
    return frozenset(t for t, n in counts.items() if n >= least)


def repeats(texts: Iterable[str], overlap: float = 0.6) -> list[int]:
    """Indexes of sentences whose words mostly repeat an earlier sentence of the same list."""
    seen: list[set[str]] = []
    out = []
    for i, text in enumerate(texts):
        words = {w.lower() for w in re.findall(r"\w+", text) if len(w) > 2}
        if any(words and len(words & s) / len(words | s) >= overlap for s in seen):
            out.append(i)
        seen.append(words)
    return out
