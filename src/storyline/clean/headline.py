"""A headline for an article that comes without one, made from its lead sentence as an editor would cut it.

A lead sentence says the news and then who said so, where and with what detail ("A new strain of flu has killed
up to 60 people in Mexico, where schools were closed, health officials said on Friday."). Its headline is the
news: the sentence without a closing attribution or the relative clauses it encloses in commas (", which has
killed 60 people,"), then, while it is still long, cut before its first aside (set off by a comma, colon, dash
or bracket), its second clause ("and", "but", "which"...) or a purpose clause ("to
fulfil..."), each cut kept only when what is left still reads as a statement; a statement still too long loses
its trailing phrases ("... on Tuesday in an Oval Office ceremony attended by ..."). A cut is made at such a boundary
only, never mid-phrase. A lead that opens with a subordinate clause ("Amid fears of a recession, the bank cut
rates") is cut to its main clause.

Scraped pages often lose the line break between a headline and the standfirst under it, so the first line reads
"Many feared dead after quake A major loss of life is feared...": :func:`glued_headline` finds where a
sentence starts inside such a line.
"""

from __future__ import annotations

import itertools
import re

from ..timeml import MONTHS

MAX_WORDS = 14
"""A headline this long or shorter needs no cutting."""
LOWER_CASE_WORD = re.compile(r"(?<![\w'’-])[a-z]{3,}(?![\w'’-])")
"""A word written in lower case: the evidence that a capitalised one like it is no name."""
MIN_WORDS = 5
"""A cut that leaves fewer words than this is not a statement."""

_VERBS = r"(?:said|says|told|reported|announced|added|warned|confirmed)"
_APPOSITIVE_SPEAKER = re.compile(rf",\s+(?:the|a|an)\s+[^,;]{{1,60}},\s+(?={_VERBS}\b)", re.IGNORECASE)
_ATTRIBUTION = re.compile(
    rf",\s+(?:(?:[\w.'’-]+\s+){{0,5}}{_VERBS}\b[^,;]{{0,80}}"
    r"|according\s+to\s+[^,;]{1,60})$",
    re.IGNORECASE,
)
_ENCLOSED = re.compile(
    r",\s+(?:(?:which|who|whose|whom|where|including|such as|known as|once)\b[^,;]*|(?:the|a|an)\s+[^,;]{1,60}),",
    re.IGNORECASE,
)
_ASIDE = re.compile(r"\s*(?:,(?=\s)|;|:(?=\s)|\s[-–—]{1,2}\s|\()\s*")
_CLAUSE = re.compile(
    r"\s+(?:and|but|while|although|though|because|which|who|whom|where|whereas)\s+", re.IGNORECASE
)
_PHRASE = re.compile(
    r"\s+(?:in|on|at|after|before|with|during|for|from|amid|by|near|over|under|since|until|into|across)\s+"
)
_END = re.compile(r"(?<!\b[A-Z]\.[A-Z])[\s.!?;:,]+$|[\s!?;:,]+$")
_BRACKETED = re.compile(r"\s*\([^()]{1,80}\)")
_AUXILIARY = (
    r"(?i:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|do|does|did|can't|won't|isn't"
    r"|aren't|wasn't|weren't|hasn't|haven't|don't|doesn't|didn't)"
)
_COMMA_ASIDE = re.compile(
    rf",\s+(?!(?![^,;]*\b(?:who|whom|whose|which)\b)[^,;]*\b{_AUXILIARY}\b)[^,;]{{1,80}},\s+(?=[a-z])"
)
"""An aside between commas ("the virus, commonly known as swine flu, spread", "the robbers, two of whom were
disguised, took"); a stretch with a finite verb of its own and no relative pronoun is a clause ("Now that the
panic has subsided, experts are asking what role ..."), not an aside."""


_SUBORDINATE = re.compile(
    r"^(?:amid|as|after|before|while|although|though|with|despite|when|if|because|since|following|in the wake of"
    r"|[A-Za-z]+ing)\b"
    r"[^,]{3,120},\s+(?=[a-z]*[A-Za-z])",
    re.IGNORECASE,
)
_ENDS_DANGLING = re.compile(
    r"\b(?:a|an|the|of|to|in|on|at|for|from|by|with|and|or|but|as|that|than|its|their|his|her|meant|set|due)$",
    re.IGNORECASE,
)
# Words after which a capitalised word is inside the sentence (a name after a preposition or a verb of saying).
_JOINING = frozenset(
    """a an the of in on at to for from by with and or but as after over into onto via about against between
    under near than like off across through toward towards around inside outside beyond without within behind
    among along amid during since until upon above below beside past said says say told tells asked named
    called that who whom which where when met meets visited visits thanked urged warned accused backed denied
    denies believes thinks hopes claims insists suggested suggests knew knows saying telling adding
    warning""".split()
)
MAX_TITLE_WORDS = 20
"""A title longer than this is a sentence or a headline run into its standfirst."""
_CLOCK_TIME = re.compile(r"\b\d{1,2}[:.]\d\d\b(?!\d)")
_LEADING_MARK = re.compile(r"^[-–—*•·]+\s+")
_BULLETED = re.compile(r"\s[*•·]\s")
_BY = re.compile(r"By\s+[A-Z]")
_CUT_SHORT = re.compile(r"(?:\.\.\.|…)$")
_TITLE_OPENING = re.compile(r"^[\"“‘'(\[]?[A-Z0-9$£€]")
_TITLES = frozenset(
    "mr mrs ms dr sir lord lady president minister prime the sen rep gov gen col lt sgt prof st".split()
)
"""Words that open a name without being one: a title repeated is no evidence of the same person."""
_SENTENCE_END = re.compile(r"[.!?][\"”’']?$")
# A page's instructions to its reader, not news: "Click here to ...", "Please install the plugin", "Copy the link".
_INSTRUCTION = re.compile(
    r"^(?:please\s+)?(?:(?:click|tap|copy|paste|install|download|subscribe|scroll|enable|upgrade|update)\s+"
    r"(?:here|the|this|that|it|our|your|on|to|below|now|and|into|down)|sign\s+(?:up|in)|log\s+(?:in|on))\b",
    re.IGNORECASE,
)
_SHORT_WORDS = frozenset(
    """a i an as at be by do go he if in is it me my no of on or so to up us we am ok oh tv uk un eu""".split()
)
"""Words of one or two letters that English text is made of; many others mean text that lost its letters."""
_POSSESSIVE_END = re.compile(r"\w['’]s$")
# Words that open a sentence: after a capitalised word they start the standfirst ("... in Spain More than 700"),
# where any other capitalised word would continue a name ("Mexico City").
_OPENERS = frozenset(
    """a an the this these those that there it he she they we i his her their its our my more most some many
    several few all no none both each every other another one two three four five six seven eight nine ten
    officials police doctors experts health""".split()
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
    if (m := _SUBORDINATE.match(text)) and _words(text[m.end() :]) >= MIN_WORDS:
        rest = text[m.end() :]
        text = rest[0].upper() + rest[1:]
    base = _ATTRIBUTION.sub("", _APPOSITIVE_SPEAKER.sub(" ", text))
    if _words(base) < MIN_WORDS:
        base = text
    if _words(base) > MAX_WORDS:
        base = _COMMA_ASIDE.sub(" ", _ENCLOSED.sub("", _BRACKETED.sub("", base)))
    for splitter in (_ASIDE, _CLAUSE):
        if _words(base) <= MAX_WORDS:
            break
        for m in splitter.finditer(base):
            head = base[: m.start()]
            if _words(head) >= MIN_WORDS and not _ENDS_DANGLING.search(head):
                base = head
                break
    if _words(base) > MAX_WORDS:
        heads = [
            base[: m.start()]
            for m in _PHRASE.finditer(base)
            if 2 * MIN_WORDS - 2 <= _words(base[: m.start()]) <= MAX_WORDS
            and not _ENDS_DANGLING.search(base[: m.start()])
        ]
        base = heads[-1] if heads else base
    return _END.sub("", base)


def glued_headline(line: str, whole_sentence: bool = True) -> str | None:
    """The headline at the start of a line that runs on into the standfirst's sentence, if there is one: the
    first junction :func:`run_in_opening` is certain of, else where a capitalised word follows a lower-case one
    (not a preposition, article or verb of saying)
    and is itself followed by a lower-case word. The headline must be 3 to 14 words and what follows
    a sentence of at least 6 words (ending as a sentence does, unless ``whole_sentence`` is False: a title line
    may stop short). A posting's time stamp between them marks the junction too."""
    from .furniture import STAMP_INSIDE

    if (m := STAMP_INSIDE.search(line)) and 3 <= _words(line[: m.start()]) <= MAX_WORDS:
        return line[: m.start()].strip()
    words = line.split()
    if (whole_sentence and not _SENTENCE_END.search(line)) or len(words) < 10:
        return None
    if capitals := _in_capitals(words):
        return capitals
    last = min(len(words) - 6, MAX_WORDS + 1)
    if certain := next((i for i in range(3, last) if _junction(words, i, names=True)), None):
        return " ".join(words[:certain])
    for i in range(3, last):
        before, word, after = words[i - 1], words[i], words[i + 1]
        if (
            word[:1].isupper()
            and (after[:1].islower() or word.lower() in _OPENERS)
            and re.search(r"[a-z0-9'’”\")]$", before)
            and (not before[:1].isupper() or (word.lower() in _OPENERS and after[:1].islower()))
            and before.lower().strip("'’”\"") not in _JOINING
            and not _POSSESSIVE_END.search(before)  # "the team's Haiti mission": the name is its noun's
        ):
            return " ".join(words[:i])
    return None


def _in_capitals(words: list[str]) -> str | None:
    """A headline set in capitals that runs into a sentence-case sentence ("FERRY STRIKE ENDS - CREWS BACK AT
    WORK Crews returned to the boats ..."): at least three words in capitals, then up to four capitalised words
    (a name) followed by a lower-case one."""
    for i, word in enumerate(words[: MAX_WORDS + 1]):
        if not re.search(r"[a-z]", word):
            continue
        shouted = [w for w in words[:i] if re.search(r"[A-Z]{2}", w)]
        name = list(
            itertools.takewhile(lambda w: re.fullmatch(r"[A-Z][a-z'’.-]*", w) is not None, words[i : i + 4])
        )
        after = words[i + len(name) : i + len(name) + 1]
        if i >= 3 and len(shouted) >= 3 and name and after and after[0][:1].islower():
            return " ".join(words[:i])
        return None
    return None


def run_in_opening(
    paragraph: str,
    names: bool = False,
    common: frozenset[str] = frozenset(),
    named: frozenset[str] = frozenset(),
) -> str | None:
    """The caption, standfirst or subheading that opens a paragraph and runs into its sentence ("Rescue teams at
    work in the harbour The divers found ..."), found only where the sentence opens on a word that no sentence
    carries capitalised inside it: a pronoun, an article, a quantifier or a preposition after a lower-case word
    (not a preposition or verb of saying), or an article or preposition after a name, and a lower-case word after
    it (so that a title set in capitals, "Alice In Wonderland", is no junction). Names after any word are left
    alone, since a name may stand anywhere in a sentence; so are words in capitals and a capital letter after a
    name or a noun it names a kind of ("Type A", "type A influenza"). With ``names``, for a paragraph known to
    open on a headline, a name that opens the sentence counts where the words around it show that it does
    (:func:`_names_again`, :func:`_name_then_verb`), so does a common word capitalised (one of ``common``, the
    article's lower-case words, unless the name before it and it are a name the article writes again, one of
    ``named``: :func:`_common_opens`), and an article after a name opens it whatever follows
    ("... in Bergen The UN says ..."). The opening must be 3 to 14 words and what follows a sentence of at least
    6 words."""
    words = paragraph.split()
    if not _SENTENCE_END.search(paragraph) or len(words) < 10:
        return None
    for i in range(3, min(len(words) - 6, MAX_WORDS + 1)):
        if _junction(words, i, names, common, named):
            return " ".join(words[:i])
    return None


def _junction(
    words: list[str],
    i: int,
    names: bool,
    common: frozenset[str] = frozenset(),
    named: frozenset[str] = frozenset(),
) -> bool:
    """Whether a sentence certainly starts at ``words[i]`` (see :func:`run_in_opening`)."""
    before, word, after = words[i - 1], words[i], words[i + 1]
    opener = (
        word[:1].isupper()
        and word.lower() in _SENTENCE_OPENERS
        and (word[1:].islower() or (word == "A" and before not in _LETTERED))
        and _LOWER_WORD.fullmatch(before) is not None
        and before.lower().strip("'’”\"") not in _JOINING
    )
    after_name = _article_after_name(words, i) and (
        re.match(r"[a-z0-9]", after) is not None or (names and word in ("The", "An", "A"))
    )
    article = opener and names and word in ("The", "A", "An") and after[:1].isupper() and _titled(words, i)
    if (opener and re.match(r"[a-z0-9]", after)) or after_name or article or _after_quotation(words, i):
        return True
    if _article_then_word(words, i):
        return True
    return names and (
        ((_names_again(words, i) or _name_then_verb(words, i)) and _titled(words, i))
        or _common_opens(words, i, common, named)
        or _plural_then_verb(words, i, named)
    )


def _article_then_word(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a capitalised article before a lower-case word or a number after any lower-case
    word, a preposition or particle too ("... rescue operation declared over A 23-year-old man ..."): no name
    opens on an article followed by a word in lower case ("The Hague" does not), so a sentence starts there. Not
    a letter naming a kind ("type A flu", "the A list") or a range ("from A to B")."""
    before, word, after = words[i - 1], words[i], words[i + 1]
    return (
        word in ("The", "An", "A")
        and bool(re.fullmatch(r"[a-z0-9][\w'’-]*[a-z0-9]", before))
        and bool(re.match(r"[a-z0-9]", after))
        and not (
            word == "A" and (before in _LETTERED | _DETERMINERS or after in ("to", "or", "and", "through"))
        )
    )


def _titled(words: list[str], i: int) -> bool:
    """Whether an article before a name at ``words[i]`` opens the lead after a headline ("... for quake aid The
    UN says"), not a name after the noun of what it names ("runs the blog The Harbour Post", "read the
    newspaper The Times") in a sentence that a relative clause shows is no headline."""
    return words[i - 1] not in _WORKS and not any(w in ("who", "which", "whose") for w in words[:i])


_WORKS = frozenset(
    """blog newspaper paper magazine journal show programme program film movie book novel album song band series
    column site website channel station play musical opera""".split()
)
"""Nouns of works and outlets, which a title starting "The" may follow."""
_LOWER_WORD = re.compile(r"[\"“‘']?[#$£€]?[a-z0-9](?:[\w,'’-]*[a-z0-9'’”\")])?")
"""A word in lower case or a number, perhaps closing a quotation ("50,000'"), that a headline may end on."""
_SAYING = frozenset("said says say told tells added adds asked".split())


def _after_quotation(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` opens a sentence after a quotation that closes the headline before it ("Star on
    Bergen 'tragedy' Former member of the band ..."): a capitalised word after a closing quotation mark (with no
    stop inside it: that would end a sentence) whose quotation opened within the headline and holds a word in
    lower case (not a name in quotation marks), with a lower-case word after it that is not a verb of saying (a
    quotation followed by its speaker, "'We will sail' Olsen said", is one sentence)."""
    before, word, after = words[i - 1], words[i], words[i + 1]
    if not re.search(r"\w['’”\"]$", before) or not re.fullmatch(r"[A-Z][\w'’-]*", word):
        return False
    head = " ".join(words[:i])
    openings = [m.start() for m in re.finditer(r"(?:^|\s)[\"“‘']", head)]
    if len(openings) % 2 == 0 or not after[:1].islower() or after.strip(",") in _SAYING:
        return False
    # A quoted name or nickname ("the 'Hyrule' Sword", "Anthony 'Fat Tony' Salerno") is no quotation.
    return bool(re.search(r"\s[\"“‘']?[a-z]|^\s*[\"“‘'][a-z]", head[openings[-1] :]))


def _common_opens(words: list[str], i: int, common: frozenset[str], named: frozenset[str]) -> bool:
    """Whether ``words[i]`` is a common noun or adjective capitalised because it opens the standfirst ("... in
    Haiti rubble Rescue teams are ..."): a word the article writes in lower case elsewhere (``common``: its
    lower-case words), capitalised after a lower-case word that is not a preposition or verb of saying, and
    followed by a lower-case word. A sentence-case headline capitalises no common word inside it."""
    word, after = words[i], words[i + 1]
    return (
        bool(re.fullmatch(r"[A-Z][a-z]{2,}", word))
        and word.lower() in common
        and _may_end_headline(words, i, named)
        and after[:1].islower()
    )


def run_on_start(sentence: str, common: frozenset[str]) -> int:
    """Where the sentence proper starts in a stretch that a headline or caption runs into ("Divers search the
    wreck in the bay Rescue teams have found ..."): the offset of the last word, among the first
    ``2 * MAX_WORDS``, where :func:`run_in_opening` is certain a sentence starts, or that is one of ``common``
    (words the text around writes in lower case) capitalised after a lower-case word that may end a headline
    and before a lower-case word; 0 when there is none."""
    spans = [m.span() for m in re.finditer(r"\S+", sentence)][: 2 * MAX_WORDS + 1]
    words = [sentence[a:b] for a, b in spans]
    start = 0
    for i in range(3, len(words) - 1):
        if not words[i][:1].isupper():  # every kind of start below opens on a capital
            continue
        after_lower = words[i - 1][:1].islower()  # not after a name: a story's words may be part of one
        if _junction(words, i, names=False) or (after_lower and _common_opens(words, i, common, frozenset())):
            start = spans[i][0]
    return start


def _plural_then_verb(words: list[str], i: int, named: frozenset[str]) -> bool:
    """Whether ``words[i]`` is a plural noun capitalised because it opens the lead, its verb after it ("... on
    the quay camera Pictures have emerged ...", "... in Bergen Rescuers have begun ..."): a plural verb follows,
    which a one-word name would not take."""
    return (
        bool(re.fullmatch(r"[A-Z][a-z]+[a-rt-z]s", words[i]))
        and words[i + 1] in ("have", "are", "were")
        and _may_end_headline(words, i, named)
    )


def _may_end_headline(words: list[str], i: int, named: frozenset[str] = frozenset()) -> bool:
    """Whether the word before ``words[i]`` may end a headline: a lower-case word that no name or complement
    follows (not a preposition, article, verb of saying, finite verb — "who is People magazine's ..." — or a
    noun for a person's role), or a one-word name after such a word ("... in Bergen", "... capital Oslo") that
    does not make one name with ``words[i]`` (``named``: "Bergen University", written again elsewhere)."""
    before = words[i - 1]
    if re.fullmatch(r"[A-Z][a-z]+(?:-[a-z]+-[A-Z][a-z]+)?", before) and i >= 2:
        preceding = words[i - 2]
        return (
            f"{before} {words[i]}" not in named
            and bool(re.fullmatch(r"[a-z][a-z'’-]*", preceding))
            and preceding not in _DETERMINERS
            and preceding not in _FINITE  # "is Operations Chief for ...": a title-case role, not a name
        )
    return (
        bool(re.fullmatch(r"[a-z][a-z'’-]*", before))
        and before not in _JOINING
        and before not in _FINITE
        and not _is_role(before)
    )


_DETERMINERS = frozenset("a an the this that these those his her its their our my your".split())
"""Words after which a name may be the first of a noun phrase's words ("the Bergen Harbour office")."""


_LETTERED = frozenset(
    "type group class grade plan vitamin hepatitis category division section part tier".split()
)
"""Nouns that a capital letter names a kind of ("type A", "group B")."""


_SENTENCE_OPENERS = frozenset(
    """a an the this these those that there it he she they we his her their its our my more most some many
    several few all none both each every other another hundreds thousands dozens millions officials police in on
    at after during since despite amid up between""".split()
)
"""Words that are capitalised only where they open a sentence (no name is made of them, as one is of "One",
"I" or "More")."""


def _article_after_name(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a capitalised article or preposition after a name that ends the headline ("...
    arrive in the Netherlands The ministry says ...", "... flown to Bergen In the harbour, ..."), or after a
    day's date that ends it ("... Your stories Sunday 17 January The delivery ..."): inside a sentence-case
    sentence an article is capitalised only as part of a name, a preposition never, and a name does not follow a
    name."""
    before, word = words[i - 1], words[i]
    if before.lower() in MONTHS and words[i - 2].isdigit():
        return word[:1].isupper() and word[1:].islower() and word.lower() in _SENTENCE_OPENERS
    return (
        (word in _CAPITALISED_OPENERS or (word == "A" and before.lower() not in _LETTERED))
        and before[:1].isupper()
        and bool(re.search(r"[a-z]$", before))
        and before.lower() not in _JOINING
        and words[i - 2][:1].islower()
    )


def _name_then_verb(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` opens a standfirst whose subject is a person's name ("... united in grief Ann Lee
    believes ..."): two or three capitalised words after a lower-case word that is not a preposition, verb of
    saying, a noun for a person's role ("the ferry captain Anna Olsen said") or a word ending in "s" (a verb
    whose object the name may be: "storm hits Bergen Port workers ..."), then a verb of a finite clause. A
    headline before it holds no comma: after one, the noun and the name are more likely one phrase of a
    sentence ("On Monday, singer Ann Lee said ...")."""
    before = words[i - 1]
    if (
        not re.fullmatch(r"[a-z]*[a-rt-z]", before)
        or before in _JOINING
        or before in _PRE_TITLE
        or _is_role(before)
    ):
        return False
    if any(w.endswith(",") for w in words[:i]):
        return False
    run = list(
        itertools.takewhile(
            lambda w: re.fullmatch(r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?", w), words[i : i + 4]
        )
    )
    if not 2 <= len(run) <= 3 or i + len(run) >= len(words):
        return False
    verb, then = words[i + len(run)], words[i + len(run) + 1 : i + len(run) + 2]
    return verb in _FINITE or (
        bool(re.fullmatch(r"[a-z]{3,}(?:[^s]s|ed)", verb)) and bool(then) and then[0] in _OBJECT_OPENERS
    )


_PRE_TITLE = frozenset("next last first former late acting then future".split())
"""Words that stand before a title inside a noun phrase ("the next Surgeon General", "the former Prime Minister")."""
_CAPITALISED_OPENERS = frozenset(
    "The An In On At After During Since Despite Amid Hundreds Thousands Dozens Millions Many Several More".split()
)
"""Capitalised only where they open a sentence; a bare "A" after a name is one of its letters ("Type A")."""
_FINITE = frozenset(
    """is was has had have will would can could may might must should says said told tells""".split()
)
_OBJECT_OPENERS = frozenset(
    """a an the his her their its my our your this that these those to in on at for with from into out up he she
    it they we""".split()
)
"""Words that open what follows a verb ("presents an appeal", "pulled her out"), where a plural noun after a name
("Red Cross volunteers trapped ...") is followed by something else."""
_ROLES = frozenset(
    """chief head star boss coach captain aide envoy spokesman spokeswoman spokesperson chef pope guide clerk
    nurse chair judge mayor pilot secretary general colonel rabbi priest bishop imam monk nun poet cop model host
    king queen prince princess duke lord lady sir wife husband son daughter uncle aunt cousin widow boy girl baby
    child friend fan hero rival ally champion veteran expert doctor lawyer physician surgeon""".split()
)


def _is_role(word: str) -> bool:
    return word in _ROLES or (bool(_ROLE.search(word)) and not word.endswith("ment"))


_ROLE = re.compile(r"(?:er|or|ist|ian|man|woman|ant|ent|ee|ive)$")
"""Endings of nouns for what a person does ("firefighter", "senator", "economist", "politician"): a name after
one is in apposition to it."""


def glued_caption(title: str) -> str | None:
    """The headline of a sentence-case title that runs on into a caption or standfirst opening on an article
    ("Pilot lands safely on the beach A crowd gathered to watch"): a capitalised "A", "An" or "The" after a
    lower-case word (not one that a name follows) and before a lower-case one starts a new sentence, since a
    sentence-case headline capitalises no article inside it. At least three words must stay."""
    words = title.split()
    for i in range(3, len(words) - 1):
        before, word, after = words[i - 1], words[i], words[i + 1]
        if (
            word in ("A", "An", "The")
            and re.search(r"[a-z0-9'’”\"]$", before)
            and before[:1].islower()
            and before.lower().strip("'’”\"") not in _JOINING
            and after[:1].islower()
        ):
            return " ".join(words[:i])
    return None


def _names_again(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` opens a standfirst that names again whom its headline named ("Ferry captain praised
    for rescue | Captain Olsen said ..."): a run of up to four capitalised words or acronyms ("UK", "NATO") after
    a lower-case word (not a preposition, article or verb of saying) and before a lower-case one, one of its names
    already in the headline; after a capitalised word, a full name that the headline holds. Not after a title or a
    noun for a person's role ("Dr", "pop star", "actor"), which the name is part of."""
    before = words[i - 1]
    bare = before.lower().strip("'’.")
    if not re.search(r"[a-z'’]$", before) or bare in _JOINING or bare in _TITLES or _is_role(bare):
        return False
    if before[:1].isupper():
        return _full_name_again(words, i)
    run = list(
        itertools.takewhile(
            lambda w: re.fullmatch(r"[A-Z][a-z]+(?:['’]s)?|[A-Z]{2,5}", w) is not None, words[i : i + 5]
        )
    )
    if not 1 <= len(run) <= 4 or i + len(run) >= len(words) or not words[i + len(run)][:1].islower():
        return False
    named = {_bare_name(w) for w in words[:i] if w[:1].isupper()}
    return any(_bare_name(w) in named for w in run if _bare_name(w).lower() not in _TITLES)


def _full_name_again(words: list[str], i: int) -> bool:
    """Whether a full name of two or three words that the headline holds starts again at ``words[i]``, after
    another capitalised word, and a lower-case word follows it ("... rescued in Bergen Anna Olsen steered ...")."""
    for n in (3, 2):
        name = words[i : i + n]
        if (
            i + n < len(words)
            and words[i + n][:1].islower()
            and all(re.fullmatch(r"[A-Z][a-z]+", w) for w in name)
            and any(words[j : j + n] == name for j in range(i - n))
        ):
            return True
    return False


def _bare_name(word: str) -> str:
    return re.sub(r"(?:['’]s|['’])$", "", word.strip('.,;:"“”'))


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


def no_headline(title: str) -> bool:
    """Whether a line is no headline at all, whatever its length or ending: an instruction to the reader or
    garbled letters."""
    text = " ".join(title.split())
    return bool(_INSTRUCTION.search(text)) or _garbled(text)


def _ends_possessive(text: str) -> bool:
    """Ends on a possessive that wants its noun ("the council's", "the teams'"); a closing quotation mark after
    an opening one ("'sleeping rough'") is no possessive."""
    if _POSSESSIVE_END.search(text):
        return True
    return bool(re.search(r"s['’]$", text)) and len(re.findall(r"(?:^|\s)['‘]", text)) == 0


def _garbled(text: str) -> bool:
    """Text that lost its letters (a page in another script read with the wrong encoding, "c ng b' i d ch"):
    three or more of its words, and two in five, are one or two letters that are not English words."""
    words = [w.strip(".,;:!?'’\"“”()") for w in text.split()]
    odd = [w for w in words if 0 < len(w) <= 2 and w.isalpha() and w.lower() not in _SHORT_WORDS]
    return len(odd) >= 3 and 5 * len(odd) >= 2 * len(words)
