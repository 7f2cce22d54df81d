"""A headline for an article that comes without one, made from its lead sentence as an editor would cut it.

A lead sentence says the news and then who said so, where and with what detail ("A new strain of fever has
taken up to 40 lives in Bergen, where schools were closed, health officials said on Friday."). Its headline is the
news: the sentence without a closing attribution or the relative clauses it encloses in commas (", which has
taken 40 lives,"), then, while it is still long, cut before its first aside (set off by a comma, colon, dash
or bracket), its second clause ("and", "but", "which"...) or a purpose clause ("to
fulfil..."), each cut kept only when what is left still reads as a statement; a statement still too long loses
its trailing phrases ("... on Tuesday in a quayside ceremony watched by ..."). A cut is made at such a boundary
only, never mid-phrase. A lead that opens with a subordinate clause ("Amid fears of a recession, the bank cut
rates") is cut to its main clause.

Scraped pages often lose the line break between a headline and the standfirst under it, so the first line reads
"Dozens missing after ferry sinks A long search of the fjord is expected...": :func:`glued_headline` finds where a
sentence starts inside such a line.
"""

from __future__ import annotations

import itertools
import re

from ..analyse.lexicon import finite_not_plural, has_finite_verb, is_english_word, may_be_finite_verb
from ..timeml import MONTHS, WEEKDAYS
from .asides import AUXILIARY, closes_a_list, list_goes_on, without_asides, without_attribution
from .junction import MAX_WORDS, SENTENCE_END, may_end_headline, sentence_starts_at
from .language import lost_letters
from .lead_openings import numbers_a_name, quotation_opens, quote_open, unquoted
from .reported_news import reported_news
from .run_on_leads import (
    caption_after_labelled_headline,
    caption_by_position,
    ends_before_its_noun,
    goes_on_a_phrase,
    in_capitals,
    names_people,
    short_lead_after_title_case,
    titled_subject,
)
from .word_classes import (
    AUXILIARIES,
    DETERMINERS,
    JOINING,
    QUANTIFIERS,
)

LOWER_CASE_WORD = re.compile(r"(?<![\w'’-])[a-z]{3,}(?![\w'’-])")
"""A word written in lower case: the evidence that a capitalised one like it is no name."""
MIN_WORDS = 5
"""A cut that leaves fewer words than this is not a statement."""

_ASIDE = re.compile(r"\s*(?:,(?=\s)|;|:(?=\s)|\s[-–—]{1,2}\s|\()\s*")
_CLAUSE = re.compile(
    r"\s+(?:and|but|while|although|though|because|which|who|whom|where|whereas)\s+", re.IGNORECASE
)
_PHRASE = re.compile(
    r"\s+(?:in|on|at|after|before|with|during|for|from|amid|by|near|over|under|since|until|into|across)\s+"
)
_END = re.compile(r"(?<!\b[A-Z]\.[A-Z])[\s.!?;:,]+$|[\s!?;:,]+$")


_SUBORDINATE = re.compile(
    r"^(amid|as|after|before|while|although|though|with|despite|when|if|because|since|following|in the wake of"
    r"|(?:the\s+(?:next|last|first)|every|each)\s+time|by\s+the\s+time|the\s+moment"
    r"|without|unlike|of\s+all|[A-Za-z]+ed(?=\s+(?:to|by|with|about|that)\s)"
    r"|[A-Za-z]+ing|from(?=[^,]{3,200}\sto\s)"
    r"|for\s+(?:those|anyone|everyone|readers|viewers|listeners|fans|visitors)(?=\s+(?:who|[a-z]+ing)\b))\b"
    r"[^,]{3,200},\s+(?=[a-z]*[A-Za-z])",
    re.IGNORECASE,
)
_BUT_MEANS_EXCEPT = re.compile(
    r"\b(?:all|anything|nothing|everything|none|anyone|everyone|nobody|everybody)$", re.I
)
_ENDS_DANGLING = re.compile(
    r"\b(?:a|an|the|of|to|in|on|at|for|from|by|with|and|or|but|as|that|than|its|their|his|her|meant|set|due"
    r"|northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western)$",
    re.IGNORECASE,
)
MAX_TITLE_WORDS = 20
"""A title longer than this is a sentence or a headline run into its standfirst."""
MAX_LEAD_TITLE_WORDS = 25
"""A lead sentence standing in for a headline is cut to its news when longer than this."""
MAX_TITLE_CHARS = 160
"""A longer title is cut: a lead to its news (:func:`headline`), any other at a word boundary."""
_CLOCK_TIME = re.compile(r"\b\d{1,2}[:.]\d\d\b(?!\d)")
_LEADING_MARK = re.compile(r"^[-–—*•·]+\s+")
_BULLETED = re.compile(r"\s[*•·]\s")
_BY = re.compile(r"By\s+[A-Z]")
_CUT_SHORT = re.compile(r"(?:\.\.\.|…)$")
_TITLE_OPENING = re.compile(r"^[\"“‘'(\[]?[A-Z0-9$£€]")
# A page's instructions to its reader, not news: "Click here to ...", "Please install the plugin", "Copy the link".
_INSTRUCTION = re.compile(
    r"^(?:please\s+)?(?:(?:click|tap|copy|paste|install|download|subscribe|scroll|enable|upgrade|update)\s+"
    r"(?:here|the|this|that|it|our|your|on|to|below|now|and|into|down)|sign\s+(?:up|in)|log\s+(?:in|on))\b",
    re.IGNORECASE,
)
_POSSESSIVE_END = re.compile(r"\w['’]s$")
# Words that open a sentence: after a capitalised word they start the standfirst ("... in Bergen More than 700"),
# where any other capitalised word would continue a name ("Mexico City").
_OPENERS = frozenset(
    """a an the this these those that there it he she they we i his her their its our my more most some many
    several few all no none both each every other another one two three four five six seven eight nine ten
    officials police doctors experts health just""".split()
)


def _words(text: str) -> int:
    return len(text.split())


def headline(lead: str) -> str | None:
    """The headline of a lead sentence: its news, without attribution or asides; None for an empty lead."""
    text = " ".join(lead.split())
    if not text:
        return None
    text = _END.sub("", _LEADING_MARK.sub("", text))
    if _words(text) <= MAX_WORDS:
        return text
    opening = _opening_phrase(text)
    if (
        (end := _subordinate_end(text) or (opening.end() if opening else None))
        and _words(text[end:]) >= MIN_WORDS
        and text[end:].split()[0].lower() not in ("and", "but", "or")
    ):
        rest = text[end:]
        text = rest[0].upper() + rest[1:]
    base = without_attribution(text)
    if _words(base) < MIN_WORDS:
        base = text
    if _words(base) > MAX_WORDS:
        base = without_asides(base)
    kept = _first_cut(base, lists=True)
    base = kept if _words(kept) <= MAX_LEAD_TITLE_WORDS else _first_cut(base, lists=False)
    if _words(base) > MAX_WORDS:
        cuts = [
            m
            for m in _phrase_cuts(base)
            if _words(base[: m.start()]) <= MAX_WORDS
            and _keeps_the_verb(base[: m.start()], base[m.start() :])
        ]
        outside = [m for m in cuts if not _inside_name(base, m)]
        base = base[: (outside or cuts)[-1].start()] if cuts else base
    return unquoted(_END.sub("", base))


def _first_cut(base: str, lists: bool) -> str:
    """A lead cut at its first aside, else its first second clause, that leaves a statement; with ``lists``, never
    inside a list ("Ann Lee | , Bo Berg and Ola Dahl were ...", "Oslo, Bergen | and Bodo"), which a lead too long
    for a title otherwise may lose."""
    for splitter in (_ASIDE, _CLAUSE):
        if _words(base) <= MAX_WORDS:
            break
        for m in splitter.finditer(base):
            head = base[: m.start()]
            clause = m.group().strip().lower() in ("and", "but")
            if m.group().strip().lower() == "but" and _BUT_MEANS_EXCEPT.search(head):
                continue  # "advised against all | but essential travel": "but" is "except"
            if (
                lists
                and not _in_title_case(head)
                and (
                    (m.group().strip() == "," and list_goes_on(base[m.end() :]))
                    or (m.group().strip().lower() in ("and", "or") and closes_a_list(head))
                )
            ):
                continue  # "Ann Lee | , Bo Berg and Ola Dahl were ...", "Oslo, Bergen | and Bodo": inside a list
            if _words(head) >= MIN_WORDS and _reads_as_statement(head, clause):
                base = head
                break
    return base


_CLAUSE_OF_TIME_OR_CAUSE = re.compile(
    r"\s(?:as|while|after|because|since|when|even as)\s(?!(?:a\s+result|part|well|much|many|long|soon|if|though"
    r"|of|for|to|in|on|with|such|usual|expected|planned|promised)\b)",
    re.IGNORECASE,
)


def main_news(text: str) -> str:
    """A title longer than any title may be (a lead sentence standing in for a headline), cut to its news: before
    a clause of time or cause ("The bank collapsed yesterday | as regulators revealed ...", "Shares fell | after
    the company warned ..."), whose subject and verb follow the conjunction, or else before its last trailing
    phrase that leaves a title short enough, not ending on a verb that wants what follows ("... built a following
    for herself | by singing on ..."). Unchanged when short enough or when no such cut keeps the sentence's verb."""
    if _short_enough(text):
        return text
    if (news := reported_news(text)) and _words(news) >= MIN_WORDS and _reads_as_statement(news):
        return main_news(news)
    for m in _CLAUSE_OF_TIME_OR_CAUSE.finditer(text):
        head, clause = text[: m.start()], text[m.end() :].split()[:8]
        if (
            _words(head) >= 4
            and _short_enough(head)
            and "," not in " ".join(clause)
            and has_finite_verb(" ".join(clause[1:]))
            and has_finite_verb(_RELATIVE_CLAUSE.sub("", head))
            and _reads_as_statement(head)
            and not (m.group().strip().lower() == "when" and is_english_word(head.split()[-1], ("verb",)))
        ):  # "want to know | when ...": the clause is the verb's object
            return head
    cuts = [
        m
        for m in _phrase_cuts(text)
        if _short_enough(text[: m.start()])
        and not _ends_on_a_verb(text[: m.start()])
        and not _inside_name(text, m)
        and has_finite_verb(_RELATIVE_CLAUSE.sub("", text[: m.start()]))
    ]
    return text[: cuts[-1].start()] if cuts else text


def _phrase_cuts(text: str) -> list[re.Match[str]]:
    """Where a trailing phrase may be cut off: before a preposition, leaving a statement of eight words or more
    that wants no phrase after it (not an infinitive cut from its object: "powers to deal | with")."""
    return [
        m
        for m in _PHRASE.finditer(text)
        if _words(text[: m.start()]) >= 2 * MIN_WORDS - 2
        and _reads_as_statement(text[: m.start()])
        and not _WANTS_ITS_PHRASE.search(text[: m.start()])
    ]


def _short_enough(title: str) -> bool:
    return _words(title) <= MAX_LEAD_TITLE_WORDS and len(title) <= MAX_TITLE_CHARS


_BEFORE_A_NOUN = DETERMINERS | QUANTIFIERS | frozenset("all two three four".split())


def _ends_on_a_verb(head: str) -> bool:
    """Whether a cut leaves a verb that wants what follows it ("by focusing | on", "the world caused | by", "until
    the council puts | in place"), or a clause opened by "that" or "whether" with no verb of its own outside a
    relative clause ("to decide whether the pilot who flew him | in ..."). A word in "-s" after a determiner
    or an "-ing" word is a plural ("its reserves", "fishing boats"), no verb."""
    words = head.split()
    last, before = words[-1], (words[-2].lower() if len(words) > 1 else "")
    plural = last.endswith("s") and (before in _BEFORE_A_NOUN or before.endswith("ing"))  # "its reserves"
    if re.fullmatch(r"[a-z]+(?:ing|ed)", last) or (may_be_finite_verb(last) and not plural):
        return True
    opened = _COMPLEMENT.search(head)
    return opened is not None and not has_finite_verb(_RELATIVE_CLAUSE.sub("", head[opened.end() :]))


def _keeps_the_verb(head: str, rest: str) -> bool:
    """Whether a cut keeps the sentence's verb: a subject cut from its verb ("The death toll from the fire at the
    depot | in the north rose to 35", "Passengers who flew to Bergen | on Monday fell ill") is no headline; a
    headline with no verb at all may lose a phrase. A verb of a relative clause is not the sentence's, and a
    plural after a determiner ("all cases", "the reports") is no verb."""
    main = _COUNTED.sub(" ", _RELATIVE_CLAUSE.sub("", head))
    return _in_title_case(head) or has_finite_verb(main) or not has_finite_verb(rest)


_RELATIVE_CLAUSE = re.compile(r"\s(?:who|whom|whose|which|that)\s.*$", re.IGNORECASE)


def _subordinate_end(text: str) -> int | None:
    """Where a subordinate clause or participial phrase that opens the sentence ends, after its comma ("Amid fears
    of a recession, ...", "Looking down from the bridge, ...", "Determined to keep the route open, ...", "Without
    a deal to end the strike, ...", "Of all the ferries on the coast, ...", "From ferry lines that cut crossings
    to yards that laid off welders, ..."); past a name set off in commas after a noun for people inside it,
    the clause's verb after it ("Before Ann Lee and her husband, Bo, bought the house, ...", not "After the
    storm, Lee, the harbour master, said ..." nor "Despite protests from neighbours, Oslo, the capital, will
    ..."). A phrase opening on "-ing" with an auxiliary before the comma is the
    sentence's subject and its clause ("Testing for the virus is slow and ..., experts said"), not an opening
    phrase; nor is a "from" with an auxiliary of its own before its "to" ("From the start the mayor has refused
    to ...")."""
    m = _SUBORDINATE.match(text)
    if m is None:
        return None
    if m.group(1).lower().endswith(("ing", "ed")) and re.search(rf"\b{AUXILIARY}\b", m.group()):
        return None
    if m.group(1).lower() == "from":
        start = m.group().split(" to ", 1)[0]
        if re.search(rf"\b{AUXILIARY}\b", _RELATIVE_CLAUSE.sub("", start)):
            return None  # "From the start the mayor has refused to ...": a clause, no range
    last = m.group().rstrip(", ").split()[-1]
    aside = _NAME_IN_APPOSITION.match(text, m.end()) if names_people(last.lower()) else None
    if (
        aside is None
        and re.fullmatch(r"[A-Z][a-z][\w'’-]*", last)
        and not has_finite_verb(m.group().split(" ", 1)[1])
    ):
        aside = _ROLE_IN_APPOSITION.match(text, m.end())  # "When Ann Lee, the harbour master, came ..."
    verb, after = ([*text[aside.end() :].split(" ", 2), "", ""][:2]) if aside else ("", "")
    # "crowds cheered": a plural subject and its verb; "cuts taxes": a verb and its object
    plural = (
        verb.endswith("s") and is_english_word(verb, ("noun",)) and finite_not_plural(after.strip(",.;:"))
    )
    if aside and may_be_finite_verb(verb) and not plural:
        comma = text.find(", ", aside.end())
        return None if comma < 0 else comma + 2
    return m.end()


_NAME_IN_APPOSITION = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,\s")
_ROLE_IN_APPOSITION = re.compile(r"(?:a|an|the)\s[^,;]{1,60},\s")


def _reads_as_statement(head: str, clause: bool = False) -> bool:
    """Whether what a cut leaves still reads as a headline: no word at its end that wants another (an article, a
    preposition), no subordinate clause alone ("When the minister tried to ..."), no opening phrase alone ("Over
    the past two years", "In an interview that aired on Monday": a preposition opens it and no comma ends the
    phrase), and a clause it opens with "that" or "whether" has a verb of its own ("... told the committee that
    instability" is cut inside its clause). A ``clause`` cut (at "and", "but") leaves a verb that may be finite,
    as a headline in Title Case does too; one is otherwise judged by its end alone (its verbs are capitalised)."""
    if _ENDS_DANGLING.search(head) or _WANTS_MORE.search(head) or (clause and not has_finite_verb(head)):
        return False
    if clause and ends_before_its_noun(head):
        return False
    if quote_open(head.split()) and head[:1] not in '"“':
        return False  # a cut inside a quotation; one the lead opens on loses its mark (``unquoted``)
    if _in_title_case(head):
        return True
    if _SUBORDINATOR.match(head) or (_PREPOSITION.match(head) and "," not in head):
        return False
    opened = _COMPLEMENT.search(head)
    return opened is None or has_finite_verb(head[opened.end() :])


def _in_title_case(text: str | list[str]) -> bool:
    """Whether a stretch (or its words) is written in Title Case: every word of four letters or more capitalised."""
    long = [w for w in (text.split() if isinstance(text, str) else text) if len(w) >= 4 and w[:1].isalpha()]
    return bool(long) and all(w[:1].isupper() for w in long)


_PREPOSITION = re.compile(
    r"(?:in|on|at|over|for|of|from|with|without|during|amid|around|across|after|before|since|until|by|under"
    r"|throughout|despite|beyond|among|between|within|into|along|toward|towards|to)\s",
    re.IGNORECASE,
)
_SUBORDINATOR = re.compile(
    r"(?:when|whenever|before|after|if|unless|until|although|though|while|whereas|because|since|once|as soon as)\b",
    re.IGNORECASE,
)
_COMPLEMENT = re.compile(r"\b(?:that|whether)\s+(?=\S)(?!.*\b(?:that|whether)\s)", re.IGNORECASE)
"""The last "that" or "whether" of a stretch, where the clause it opens begins."""
_WANTS_ITS_PHRASE = re.compile(r"\bto\s+[a-z]+$")
"""An infinitive that a cut before a preposition leaves without it ("powers to deal | with")."""
_WANTS_MORE = re.compile(
    r"(?<![\w-])(?:based|aimed|designed|intended|able|unable|prior|thanks|instead|rather|because|according"
    r"|exactly|precisely|just|nearly|almost|roughly)$"
)
"""A word that takes its preposition or clause after it ("based | on", "aimed | at", "prior | to") or a word of
degree ("figure out exactly | whom")."""


def _opening_phrase(text: str) -> re.Match[str] | None:
    """An opening phrase of time or place before the sentence's first comma, with no verb of its own ("Nearly a
    fortnight after the storm, crews ...", "Two days into the strike, the union ..."): the headline reads from the
    clause after it, which opens on its subject (an article, pronoun, word in lower case that is no verb, or a
    name) and has a verb. Not a subject and its apposition ("The ferry's captain, Ann Lee, said")."""
    m = _FIRST_COMMA.match(text)
    if not m:
        return None
    head, rest = m.group(1).split(), text[m.end() :].split()
    phrase = _PHRASE_OF_TIME.search(m.group(1))
    if len(head) < 2 or not rest or rest[0].lower() in _OPENS_NO_SUBJECT or not phrase:
        return None
    if not all(_LEAD_IN.fullmatch(w.lower()) for w in m.group(1)[: phrase.start()].split()):
        return None  # a subject before the phrase ("Residents in Bergen, many of whom ...", "Voters in Oslo, ...")
    if has_finite_verb(_COUNTED.sub(" ", _RELATIVE_CLAUSE.sub("", m.group(1)))) or not has_finite_verb(
        " ".join(rest[:12])
    ):
        return None
    if any(w.endswith(",") for w in itertools.takewhile(lambda w: not may_be_finite_verb(w), rest[:12])):
        return None  # a subject and its apposition after the comma: "About 30 crews in Bergen, the port's largest, ..."
    return m


_COUNTED = re.compile(
    r"\s(?:\d[\d,.]*|the|these|those|two|three|four|five|six|seven|eight|nine|ten|few|several|many|some|all|most"
    r"|its|their|his|her|our)\s+[a-z]+s\b"
)
"""A plural after a number or a determiner ("three winters", "all cases"), which no verb is."""
_FIRST_COMMA = re.compile(r"([^,;:()]{3,100}),\s+")
_PHRASE_OF_TIME = re.compile(
    r"\b(?:after|before|since|into|during|following|within|ago|later|earlier|in|on|at|across|amid|over|for"
    r"|throughout|around)\b",
    re.IGNORECASE,
)
_OPENS_NO_SUBJECT = frozenset(
    "who whom whose which where when and but or nor that said says told according including".split()
)
"""Words after the comma that go on the phrase before it rather than open the clause's subject."""
_LEAD_IN = re.compile(
    r"\d[\d,.]*|a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
    r"|hundreds|dozens|several|few|some|many|just|only|nearly|almost|about|around|more|less|than|over|under|barely"
    r"|late|early|earlier|later|soon|not|long|even|half|back|here|there|elsewhere|meanwhile|also|then|now|still"
    r"|once|[a-z]+ly|(?:second|minute|hour|day|night|week|weekend|fortnight|month|year|decade|moment|time)s?"
)
"""Words that may stand before the preposition of an opening phrase of time or place ("Nearly a week after",
"Two days into", "Late on Sunday"); any other word there is a subject ("Residents in Bergen, ...")."""


def _inside_name(text: str, joint: re.Match[str]) -> bool:
    """Whether a preposition stands inside a name: between capitalised English words, a noun before it ("the
    Centers for Disease Control", "the Council on Foreign Relations"), where a headline cut there would end
    inside the name; between names of people and places ("... descend on Bergen | for Ann Lee's fight") the
    phrase may go."""
    before = text[: joint.start()].split()
    after = text[joint.end() :].split()
    return bool(
        before
        and after
        and re.fullmatch(r"[A-Z][a-z]+", before[-1])
        and re.fullmatch(r"[A-Z][a-z]+", after[0])
        and is_english_word(before[-1], ("noun",))
        and is_english_word(after[0])
        and after[0].lower() not in MONTHS
        and after[0].lower() not in WEEKDAYS
    )


def glued_headline(line: str, whole_sentence: bool = True, names: frozenset[str] = frozenset()) -> str | None:
    """The headline at the start of a line that runs on into the standfirst's sentence, if there is one: the
    first junction :func:`run_in_opening` is certain of, else where a capitalised word follows a lower-case one
    (not a preposition, article or verb of saying)
    and is itself followed by a lower-case word, after words that may head a sentence-case headline
    (:func:`_may_head`). The headline must be 3 to 14 words (20 in Title Case) and what follows
    a sentence of at least 6 words (ending as a sentence does, unless ``whole_sentence`` is False: a title line
    may stop short). A posting's time stamp between them marks the junction too. ``names``: words the text
    around writes as names (:func:`names_in`); a lead sentence goes on through one ("... outbreaks of the new
    Bergen fever", "the space agency NASA plans"), so the loose junction is not made before it unless an
    auxiliary follows it, as it does where a standfirst opens on a name ("... closes schools Fjordamol is being
    given ...")."""
    from .furniture import STAMP_INSIDE

    if (m := STAMP_INSIDE.search(line)) and 3 <= _words(line[: m.start()]) <= MAX_WORDS:
        return line[: m.start()].strip()
    words = line.split()
    if (whole_sentence and not SENTENCE_END.search(line)) or len(words) < 10:
        return None
    if capitals := in_capitals(words, MAX_WORDS):
        return capitals
    if placed := caption_by_position(words[: MAX_WORDS + 6]):
        return " ".join(words[:placed])
    last = min(len(words) - 6, MAX_WORDS + 1)
    heads = [
        i
        for i in range(3, min(len(words) - 6, MAX_TITLE_WORDS + 1))
        if (i < last or _in_title_case(words[:i])) and not goes_on_a_phrase(words, i)
    ]
    if certain := next(
        (
            i
            for i in heads
            if (
                sentence_starts_at(words, i, names=True)
                or titled_subject(words, i)
                or caption_after_labelled_headline(words, i)
            )
            and not quote_open(words[:i])
        ),
        None,
    ):
        return " ".join(words[:certain])
    for i in heads:
        before, word, after = words[i - 1], words[i], words[i + 1]
        if (
            (
                word[:1].isupper()
                and not (
                    word.endswith(",") and word[:-1].lower() in WEEKDAYS
                )  # "... system Monday, stocks fell"
                and (after[:1].islower() or word.lower() in _OPENERS)
                and re.search(r"[a-z0-9'’”\")]$", before)
                and (
                    not (before if words[i - 2][:1].islower() else before.lstrip("\"“‘'"))[:1].isupper()
                    or (word.lower() in _OPENERS and after[:1].islower() and not numbers_a_name(words, i))
                )
                and before.lower().strip("'’”\"") not in JOINING
                and not _POSSESSIVE_END.search(before)  # "the team's Bergen mission": the name is its noun's
                and not _verb_wants_object(words, i)
                and (word.strip(",.;:") not in names or (after in AUXILIARIES and may_end_headline(words, i)))
                and _may_head(words[:i], words[i : i + 3])
            )
            or (quotation_opens(words, i) and _may_head(words[:i], words[i : i + 3]))
        ):
            return " ".join(words[:i])
    short = short_lead_after_title_case(words, names) if SENTENCE_END.search(line) else None
    return None if short is None else " ".join(words[:short])


def _may_head(words: list[str], after: list[str]) -> bool:
    """Whether the words before a loose junction may be a headline: not one in sentence case that ends on a
    determiner and an adjective or a year, whose noun the capitalised word opens, or on a verb in the past tense,
    whose object it opens ("The mayor and the minister pressed | Parliament
    yesterday to ..."): a headline tells in the present ("Port strike spreads"), or ends on a participle after
    its auxiliary ("Ferry strike has ended")."""
    if quote_open(words):
        return False
    if _in_title_case(" ".join(words)):
        return True
    last = words[-1].strip(",.;:'’\"”").lower()
    before = words[-2].lower() if len(words) > 1 else ""
    if before in _DETERMINERS and (last.isdigit() or is_english_word(last, ("adj",))):
        return False  # "the new | H1N1 strain", "the 2003 | SARS outbreak": the noun is still to come
    past = last.endswith("ed") and may_be_finite_verb(last) and before not in _BEFORE_VERB
    return not past or has_finite_verb(" ".join(after[1:]))


_DETERMINERS = frozenset("the a an its their his her our this that these those".split())


def _verb_wants_object(words: list[str], i: int) -> bool:
    """Whether the word before ``words[i]`` is a verb whose object the capitalised word opens: an infinitive or a
    participle after an auxiliary ("a test to identify US patients", "the band has postponed Sunday's show"),
    with an object that shows it is one, an initialism or a possessive before its noun. A verb without an object
    may end a headline ("Ferry strike has ended | Crews returned ...")."""
    return (
        i >= 2
        and words[i - 2].lower() in _BEFORE_VERB
        and re.fullmatch(r"[a-z]+", words[i - 1]) is not None
        and re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z]{2,6}s?|[A-Z][\w-]*['’]s", words[i]) is not None
    )


_BEFORE_VERB = AUXILIARIES | frozenset({"to", "have", "has", "had", "been"})


def named_after_title_case(title: str) -> str | None:
    """The headline of a Title Case title that runs on into a caption or lead opening on a person's title and
    full name ("Ferry Line Wins Safety Award Capt. Ann B. Lee (left) ...", "Harbour Plan Stalls Sen. Ola Berg
    questions ..."): a headline names a person by surname alone, a caption or lead by title, first name and
    surname, and the caption or sentence goes on in brackets, after a comma or in lower case, or the line ends
    there ("Ferry Line Names Capt. Ann Lee As Fleet Chief" stays whole). At least three words of Title Case must stay."""
    for m in _TITLED_NAME.finditer(title):
        head = title[: m.start()].rstrip(" ,;:-–—")
        if _words(head) >= 3 and _in_title_case(head):
            return head
    return None


_TITLED_NAME = re.compile(
    r"\s(?:Sens?|Reps?|Gov|Lt|Gen|Col|Capt|Sgt|Cpl|Dr|Prof|Rev|Mr|Mrs|Ms|Adm|Maj|Cmdr|Atty|Supt|Insp)\.\s+"
    r"[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'’-]+(?:\s+Jr\.)?(?=\s*[(,]|\s+[a-z]|\s*$)"
)
"""A person's title, first name and surname, then what shows a caption or a sentence (brackets: "(left)",
"(D-Maine)"; a comma; a word in lower case), or the end of the line."""


def plausible(title: str | None) -> bool:
    """Whether a title reads as a headline: 3 to 20 words opening on a capital or a digit, no bar, bullet, byline
    or clock time (a page's furniture), brackets and quotation marks paired, not cut short (an ellipsis, or an
    end on a possessive, an article or a preposition), not an instruction to the reader, not garbled text."""
    if not title:
        return False
    text = " ".join(title.split())
    return (
        3 <= _words(text) <= MAX_TITLE_WORDS
        and bool(_TITLE_OPENING.search(text))
        and "|" not in text
        and not _BULLETED.search(text)
        and not _BY.match(text)
        and not _CLOCK_TIME.search(text)
        and not _CUT_SHORT.search(text)
        and text.count("(") == text.count(")")
        and text.count('"') % 2 == 0
        and not no_headline(text)
        and not _ends_possessive(text)
        and not _ENDS_DANGLING.search(text)
    )


def without_ellipsis(title: str) -> str:
    """A headline the source cut short with an ellipsis, without it ("Ferry Line Wins Award for Safest Crossing
    ..." → "Ferry Line Wins Award for Safest Crossing"), and without the words that then need another (articles,
    prepositions, a quotation opened and not closed: "... Warning of 'Rising..."; not a year's apostrophe, "the
    '90s"); the last word stays as the source gives it. The title as it is when fewer than four words would
    stay."""
    text = " ".join(title.split())
    m = re.search(r"\s*(?:\.\.\.|…)$", text)
    if m is None:
        return title
    kept = text[: m.start()]
    if opened := re.search(r"(?:^|\s)[\"“‘'`]\s?(?=[A-Za-z])[^\"”’'`]*$", kept):
        kept = kept[: opened.start()]
    words = kept.split()
    while words and _ENDS_DANGLING.search(words[-1]):
        words.pop()
    return " ".join(words) if len(words) >= 4 else title


def no_headline(title: str) -> bool:
    """Whether a line is no headline at all, whatever its length or ending: an instruction to the reader or
    garbled letters."""
    text = " ".join(title.split())
    return bool(_INSTRUCTION.search(text)) or lost_letters(text)


def _ends_possessive(text: str) -> bool:
    """Ends on a possessive that wants its noun ("the council's", "the teams'"); a closing quotation mark after
    an opening one ("'sleeping rough'") is no possessive."""
    if _POSSESSIVE_END.search(text):
        return True
    return bool(re.search(r"s['’]$", text)) and len(re.findall(r"(?:^|\s)['‘]", text)) == 0
