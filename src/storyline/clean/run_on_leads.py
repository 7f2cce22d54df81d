"""Where a lead, standfirst or caption run on after a headline starts, read from the clause or the name the
headline ends on: a second clause with a subject of its own ("... were lost at sea | Olsen has asked ..."), a name
the headline wrote said again after a place ("... in Bergen | Lee (left) ..."), people placed in a picture, a
person named by a courtesy title, an article or a short sentence after the headline; and where no such start can
be (a name in apposition, a number's words, a surname's particle)."""

from __future__ import annotations

import itertools
import re

from ..analyse.lexicon import finite_not_plural, has_finite_verb, is_english_word, may_be_finite_verb
from ..timeml import MONTHS, WEEKDAYS
from .word_classes import (
    AUXILIARIES,
    CLAUSE_BREAKS,
    DETERMINERS,
    JOINING,
    NAME_PARTICLES,
    OPEN_WHATEVER_FOLLOWS,
    PRE_TITLE,
    PREPOSITIONS,
    QUANTIFIERS,
    ROLES,
    TAKES_CLAUSE,
    TITLE_CASE_SMALL,
    bare_name,
    is_role,
)


def name_again_after_place(words: list[str], i: int, named: frozenset[str], proper: frozenset[str]) -> bool:
    """Whether ``words[i]`` opens a caption or standfirst that names again whom the headline named, after a
    name the headline ends on ("Ann Lee and crew sail for charity in Bergen | Lee (left) ...", "... with UN
    medics in Bergen | UN medics are ..."): the word, one the headline already wrote capitalised and one the
    article writes as a name by itself, after a name the article also writes by itself that makes no name
    with it, then a word in lower case or a bracket. After a first name ("Ann Lee tribute: Bo | Lee to sing"),
    which the article seldom writes alone, the name goes on."""
    word, before = bare_name(words[i]), bare_name(words[i - 1])
    after = words[i + 1] if i + 1 < len(words) else ""
    return (
        re.fullmatch(r"[A-Z][a-z]+|[A-Z]{2,5}", word) is not None
        and re.fullmatch(r"[A-Z][\w'’-]+", words[i - 1]) is not None
        and word in proper
        and before in proper
        and f"{before} {word}" not in named
        and any(bare_name(w) == word for w in words[: i - 1])
        and (after[:1].islower() or after.startswith("("))
    )


def second_clause_subject(words: list[str], i: int, named: frozenset[str], proper: frozenset[str]) -> bool:
    """Whether ``words[i]`` is the subject of a second clause run on after a headline that is a clause ("Two
    boats were lost at sea | Olsen has asked ...", "Crews are stranded in Bergen | Olsen Line has ...", "...
    taken down from the website | Ann Lee, 41, was sacked ..."): one to four capitalised words from it (an age in apposition after them), then a finite verb in
    lower case; before it, in the same
    stretch (no punctuation, subordinating conjunction or relative pronoun between), another finite verb in lower
    case. The word before it is a word in lower case that takes no clause after it (not a joining word or a
    verb or adjective of saying and knowing: "officials are confident Lee has ..."), or a name the article
    writes by itself that makes no name with it ("in Bergen Olsen Line", not "the Olsen Line Ferry ...")."""
    run = list(
        itertools.takewhile(lambda w: re.fullmatch(r"[A-Z][\w'’.-]*,?", w) is not None, words[i : i + 5])
    )
    verb = i + len(run)
    if run and run[-1].endswith(",") and re.fullmatch(r"\d{1,3},", words[verb] if verb < len(words) else ""):
        verb += 1  # an age in apposition: "Ann Lee, 24, was ..."
    elif any(w.endswith(",") for w in run):
        return False
    if not 1 <= len(run) <= 4 or verb >= len(words) or words[verb] not in AUXILIARIES:
        return False
    before = words[i - 1]
    if before[:1].isupper():
        if bare_name(before) not in proper or f"{bare_name(before)} {bare_name(words[i])}" in named:
            return False
    elif (
        not re.fullmatch(r"[a-z][a-z'’-]*", before)
        or before in JOINING
        or before in TAKES_CLAUSE
        or before in PRE_TITLE
        or is_role(before)
        or before in CLAUSE_BREAKS
        or before in JOINS_CLAUSE
        or before == "enough"
        or (i >= 2 and words[i - 2] in ("so", "too"))
    ):
        return False  # a conjunction opens the name's clause ("stalled because Lee has ..."), as "so" or
        # "enough" does with no "that" ("so strong Olsen had to ...", "close enough Kim has ...")
    for w in reversed(words[: i - 1]):
        if re.search(r"[,;:.!?\"”)]$", w) or w.lower() in CLAUSE_BREAKS:
            return False
        if w in AUXILIARIES:
            return True
    return False


JOINS_CLAUSE = frozenset("so before once than and or but nor yet".split())
"""Words after which a name opens a clause that they join to the one before: no second sentence."""


def short_lead_after_title_case(words: list[str], names: frozenset[str], shortest: int = 4) -> int | None:
    """Where a sentence run on after a headline in Title Case starts when only its first word is capitalised, at
    least ``shortest`` words long ("Storm Shuts the Northern Ports Heavy rain kept ferries in."): at the last
    capitalised word, when it is an adjective, a determiner or a quantifier (not a name the text writes:
    ``names``) with the sentence's words after it all in lower case, a finite verb among them, and the headline
    before it three words or more with every word of four letters capitalised. A capitalised word followed by a
    verb ("The World Health Organization declared ...", "... Group Leader said ..."), by a joining word or a
    preposition ("... Chief Executive Ann Young and two aides ..."), or an adjective after a word of no word list
    (a first name: "... Director Ann Young ...") ends a name, not opens a sentence."""
    for i in range(len(words) - shortest, 2, -1):
        word, rest = words[i].strip("\"“‘'"), words[i + 1 :]
        if not word[:1].isupper() or word in names or bare_name(word) in names:
            continue
        if any(not w[:1].islower() for w in rest):
            return None
        lower = word.lower()
        head = [w for w in words[:i] if len(w) >= 4 and w[:1].isalpha()]
        return (
            i
            if head
            and all(w[:1].isupper() for w in head)
            and (lower in OPEN_WHATEVER_FOLLOWS or is_english_word(lower, ("adj",)))
            and not may_be_finite_verb(rest[0].strip(",;:"))
            and (
                rest[0].strip(",;:") not in JOINING | PREPOSITIONS
                or (lower in QUANTIFIERS and rest[0] == "of")
            )
            and (lower in OPEN_WHATEVER_FOLLOWS or is_english_word(words[i - 1].strip(",;:")))
            and has_finite_verb(" ".join(rest))
            else None
        )
    return None


def goes_on_a_phrase(words: list[str], i: int) -> bool:
    """Whether the capitalised ``words[i]`` goes on the phrase before it rather than opening a sentence: a name
    in apposition to the person the word before names: while the sentence's subject still runs, with its
    surname or a verb after it ("Lee and his wife Rose sailed ...", not "... for the doctor | People who ..."),
    or a name of no word list unless a clause has had its verb and the name has one of its own ("Singer visits
    his wife Mette in hospital", not "Port hires a new chief | Lind will start ..."); a surname after its particle ("da Silva", "de Vries"), the number word of a number ("$33 Billion"), or a modifier of what a number counts
    (:func:`_modifier`) with no verb within five words after it ("a $2 million Italianate villa in the hills",
    against "Toll rises to 40 | Rescuers dig ...", "... hit 17 | The country's health minister said ..."); a
    line that stops sooner shows no such thing."""
    before, word = words[i - 1].lower().strip(",;:"), words[i].strip(",.;:")
    if _name_or_day_goes_on(words, i) or (i >= 2 and _noun_to_come(words[i - 2].lower(), before)):
        return True
    if before in ROLES or before in _RELATIONS:
        after = words[i + 1] if i + 1 < len(words) else ""
        verb_before = has_finite_verb(" ".join(words[: i - 1]))
        verb_after = may_be_finite_verb(after.strip(",;:"))
        if not verb_before and (after[:1].isupper() or verb_after):
            return True  # "Lee and his wife Rose sailed ...": the subject still runs
        return not is_english_word(word) and not (verb_before and verb_after)
    if before in _SURNAME_PARTICLES and words[i - 1].islower():
        return True
    if not _NUMBER.fullmatch(before):
        return False
    lower = word.lower()
    if lower in _NUMBER_WORDS:
        return True
    if re.search(r"['’]s?$", word) or lower in OPEN_WHATEVER_FOLLOWS or not _modifier(lower):
        return False
    window = words[i + 1 : i + 1 + _CLAUSE_WITHIN]
    return len(window) == _CLAUSE_WITHIN and not any(finite_not_plural(w.strip(",.;:")) for w in window)


def _name_or_day_goes_on(words: list[str], i: int) -> bool:
    """Whether a capitalised word goes on the sentence as a given name before its surname's particle ("Ana Paula
    | Lula da Silva told ...") or as a weekday with no comma the sentence goes on after ("unveiled a plan |
    Thursday to ...", "approved the loan | Monday and ...")."""
    after = words[i + 1 : i + 3]
    if (
        len(after) == 2
        and after[0] in _SURNAME_PARTICLES
        and after[1][:1].isupper()
        and any(w[:1].isupper() for w in words[max(i - 2, 0) : i])
    ):
        return True
    if words[i].lower() not in WEEKDAYS or not after:
        return False
    relative = any(w.lower() in ("who", "that", "which") for w in words[max(0, i - 4) : i])
    return after[0] in _AFTER_DAY or relative  # "Workers who walked out | Monday returned ..."


_AFTER_DAY = frozenset(
    "to and that after as when while but in at for with may might will would could should".split()
)
"""Words after which a weekday is inside its sentence ("a plan Thursday to ...", "the bet placed Wednesday may
..."); a verb in the past after one is its own ("Sunday brought gales ...")."""
_IDIOMS = frozenset("usual vain large full good general particular brief short".split())


def _noun_to_come(preposition: str, word: str) -> bool:
    """Whether a preposition and an adjective still want their noun ("at 50-year-old | Lee's house", "for
    long-term | Norwegian loans", "with tiny | Arctic shrimp", "after 2-1 | Arsenal win"): a word made with a
    hyphen from a number and a word or a score (not a span of years, "in 2024-25", nor a code, "I-95"), one in
    "-old", "-term" or "-style", or one that is only an adjective (not an idiom's: "as usual", "in vain")."""
    if preposition not in PREPOSITIONS:
        return False
    if (
        re.fullmatch(r"[\w]+(?:-[\w]+)+", word)
        and re.search(r"\d+-\d+|\d+-[a-z]|-old$|-term$|-style$", word)  # not a code: "I-95", "F-16"
        and not re.fullmatch(r"(?:19|20)\d\d-\d{2,4}", word)  # a span of years ends a phrase: "in 2024-25"
    ):
        return True
    return word not in _IDIOMS and _adjective(word) and not is_english_word(word, ("noun", "verb"))


def _modifier(word: str) -> bool:
    """Whether a word may modify the noun after a number: an adjective ("Italianate"), one of a nation ("40
    Norwegian crowns") or one made with a hyphen ("Tudor-style"); not a common noun alone ("17 | Officials")."""
    return "-" in word or _adjective(word) or not is_english_word(word, ("noun", "verb"))


_SURNAME_PARTICLES = NAME_PARTICLES - frozenset("van den bin al el la le".split())
"""The particles of a surname that no English sentence ends on ("da", "de", "von"; not "van", "bin", "le")."""
_CLAUSE_WITHIN = 5
_NUMBER_WORDS = frozenset("hundred thousand million billion trillion".split())
_NUMBER = re.compile(r"[$£€]?\d[\d,.]*(?:%|[km]|bn)?|hundred|thousand|million|billion|trillion")


def ends_before_its_noun(head: str) -> bool:
    """Whether a stretch ends on a determiner and an adjective whose noun is still to come ("the longest",
    "a new", "several strong"): a cut there (at "and") parts adjectives that share one noun ("the longest | and
    deepest downturn")."""
    words = head.lower().split()
    if len(words) < 2 or words[-2] not in DETERMINERS | QUANTIFIERS:
        return False
    last = words[-1].strip(",;:")
    return _adjective(last) and not is_english_word(last, ("noun",))


def _adjective(word: str) -> bool:
    """Whether a word is an adjective, its superlative too ("longest", "biggest", "happiest", "largest")."""
    if is_english_word(word, ("adj",)):
        return True
    if not word.endswith("est"):
        return False
    return any(is_english_word(stem, ("adj",)) for stem in (word[:-3], word[:-2], word[:-4], word[:-4] + "y"))


def caption_by_position(words: list[str]) -> int | None:
    """Where a caption run on after a sentence-case headline opens on the people it shows, placed by where they
    stand in the picture ("Ferry crew rescued off the coast | Ann Lee (c) and her crew ...", "... reopens after
    storm | Ola Berg (left) cuts the ribbon"): at the run of up to four capitalised words before the first
    position in brackets, after a word in lower case that names no people (whose names they would be), with
    three words or more before it that tell nothing in the past tense (a lead's: "Firefighters thanked
    neighbours Ann Lee (left) and ...")."""
    mark = next((k for k, w in enumerate(words) if _POSITION.fullmatch(w)), None)
    if mark is None:
        return None
    start = mark
    while start > 0 and mark - start < 4 and re.fullmatch(r"[A-Z][\w.'’-]*", words[start - 1]):
        start -= 1
    before = words[start - 1].lower().strip(",")
    if start == mark or start < 3 or not words[start - 1][:1].islower() or names_people(before):
        return None  # "the mayor's children Ann (l) and Bo (r) ...": the names are the noun's
    return None if _reports_the_past(words[:start]) else start


def _reports_the_past(words: list[str]) -> bool:
    """Whether words tell what someone did, in a regular past tense with its object after it ("Firefighters
    thanked neighbours", "The board hired a contractor"), as a lead does; not a participle that opens the line
    or follows an auxiliary ("Stranded passengers wait", "... to be tried for fraud"), nor one with no object
    after it ("Ferry crew rescued off the coast", "Crew feared lost at sea")."""
    lower = [w.strip(",.;:'’\"”“").lower() for w in words]
    for k in range(1, len(lower) - 1):
        word, after = lower[k], lower[k + 1]
        if not (word.endswith("ed") and may_be_finite_verb(word)) or lower[k - 1] in _BEFORE_PARTICIPLE:
            continue
        if after in _OBJECT_START or (after.endswith("s") and is_english_word(after, ("noun",))):
            return True
    return False


_OBJECT_START = frozenset("a an the his her their its our my this that these those".split())
_BEFORE_PARTICIPLE = frozenset("is are was were be been being has have had to".split())


def names_people(word: str) -> bool:
    """Whether a noun names people whom names in apposition may follow: a role or a relation ("wife",
    "brother", "deputy"), a noun for what a person does ("contractor", "economist", "fisherman"), or the plural
    of one ("children", "neighbours", "workers", "volunteers")."""
    single = "child" if word == "children" else word.removesuffix("s")
    if word in ("people", "staff") or single in ROLES or single in _RELATIONS:
        return True
    return bool(_PERSON_ENDING.search(single)) or (word != single and bool(_PLURAL_PERSON.search(single)))


_RELATIONS = frozenset("brother sister mother father partner deputy colleague neighbour friend".split())
_PLURAL_PERSON = re.compile(r"(?:er|eer|our|ent|ant)$")
"""Endings of nouns for people that end other nouns too ("worker", "river"), trusted in the plural only
("workers", "residents", "volunteers"), where a name after them is theirs."""
_PERSON_ENDING = re.compile(r"(?:or|ist|ian|man|woman|[^f]ee)$")
"""Endings of nouns for people ("contractor", "economist", "fisherman", "refugee"; not "fee"); not "-er", which
ends "manslaughter" and "river" as often as "worker"."""


_POSITION = re.compile(r"\((?:c|l|r|left|right|centre|center|pictured|front|top|bottom|inset)\),?")


def titled_subject(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` opens a sentence on a person named by a courtesy title and surname, the subject of
    the verb after them ("Ferry line blames Lee | Dr Berg is doing all she can", "... after the storm | Mrs Holm
    said ..."): "Dr", "Mr", "Mrs" or "Ms", a capitalised surname, a verb in lower case; never a title after
    another word that titles the name ("Deputy Dr Berg"), nor after a word its clause follows ("said that Dr
    Berg had ...", "told reporters Mr Holm was ...")."""
    if i + 2 >= len(words) or words[i].rstrip(".") not in _COURTESY:
        return False
    before = words[i - 1].lower().strip(",")
    return (
        re.fullmatch(r"[A-Z][a-z'’-]+", words[i + 1]) is not None
        and may_be_finite_verb(words[i + 2])
        and before not in ROLES
        and not is_role(before)
        and before not in JOINING
        and before not in TAKES_CLAUSE
        and not any(_SAYING.fullmatch(w.lower().strip(",")) for w in words[max(i - 2, 0) : i])
    )


_COURTESY = frozenset({"Dr", "Mr", "Mrs", "Ms"})
_SAYING = re.compile(
    r"said|says|say|told|tells|tell|testified|added|believes?|thinks?|thought|insisted|claimed"
)


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
            and before.lower().strip("'’”\"") not in JOINING
            and after[:1].islower()
        ):
            return " ".join(words[:i])
    return None


def in_capitals(words: list[str], most: int) -> str | None:
    """A headline set in capitals that runs into a sentence-case sentence ("FERRY STRIKE ENDS - CREWS BACK AT
    WORK Crews returned to the boats ..."): at least three words in capitals, then up to four capitalised words
    (a name) followed by a lower-case one; a name the capitals spell out just before takes its letters with it
    ("FOLK FESTIVAL ON NRK RADIO FOLK | NRK Radio Folk plays ...")."""
    for i, word in enumerate(words[: most + 1]):
        if not re.search(r"[a-z]", word):
            continue
        shouted = [w for w in words[:i] if re.search(r"[A-Z]{2}", w)]
        name = list(
            itertools.takewhile(lambda w: re.fullmatch(r"[A-Z][a-z'’.-]*", w) is not None, words[i : i + 4])
        )
        after = words[i + len(name) : i + len(name) + 1]
        if i >= 3 and len(shouted) >= 3 and name and after and after[0][:1].islower():
            letters, spelt = words[i - 1], " ".join(w.upper() for w in name)
            if len(name) >= 2 and i >= 4 and f"{letters} {spelt}" in " ".join(words[: i - 1]):
                i -= 1  # "... ON NRK RADIO FOLK | NRK Radio Folk plays": the name's own letters
            return " ".join(words[:i])
        return None
    return None


def subheading_in_capitals(paragraph: str, most: int) -> str | None:
    """A subheading in capitals that a paragraph inside the article runs into its sentence (see
    :func:`in_capitals`), where the capitals neither open on a quotation mark nor end on punctuation (a shouted
    quote or slogan before its speaker: "HELP IS COMING, the mayor said", "WE WILL STAY. Ann Lee told ...";
    a label before a dash or colon), hold a word of the language of five letters or more or a month, and are no
    row of initials ("UNICEF UK CEO Ann Lee said"), and the words after it are a sentence, not a title in Title
    Case under the capitals: capitalised words, a title's small words and a capitalised word or a number again
    ("... OF THE YEAR The Tides of Bergen By ...")."""
    head = in_capitals(paragraph.split(), most)
    if not head or re.match(r"[\"“‘']", head) or re.search(r"[,.;:!\"”’'\-–—]$", head):
        return None
    words = [word.strip(",.;:-") for word in head.split()]
    initials = len(words) <= 3 and sum(len(w) <= 3 for w in words) >= 2  # "UNICEF UK CEO"
    if initials or not any(_word_in_capitals(w) for w in words):
        return None
    after = paragraph[len(head) :].split()[:8]
    lower = next((k for k, w in enumerate(after) if w[:1].islower()), len(after))
    then = next((w for w in after[lower:] if w not in TITLE_CASE_SMALL), "")
    titled = 2 <= lower < len(after) and after[lower] in TITLE_CASE_SMALL and re.match(r"[A-Z0-9]", then)
    return None if titled else head


def _word_in_capitals(word: str) -> bool:
    """Whether a word in capitals is one of the language of five letters or more, or a month (a diary's
    dateline: "19 MAY, 0900 GMT, OSLO")."""
    return word.lower() in MONTHS or (len(word) >= 5 and word.isalpha() and is_english_word(word.lower()))


def caption_after_labelled_headline(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` opens a caption on a group of people run on after a labelled headline ("Flood alert:
    Families wait for news | Residents queuing at the bridge ...", "Port strike: Crews stay out | Dockers
    gathering at the gate ..."): the headline has a label before a colon and two words or more after it with no
    punctuation; the capitalised word is a plural noun (a demonym too: "Norwegians") after a noun that ends the
    headline (not a preposition, verb or adjective, of which the plural would be the object or the noun), and a
    participle in "-ing" follows it ("... their neighbours | Norwegians living in the town"): a plural before
    a verb in its plain or past form may open a relative clause with no "that" ("Tolls: the fares Islanders pay
    rise", "the homes Britons heat with oil"), whether or not the text writes it as a name elsewhere."""
    if i < 4 or i + 1 >= len(words):
        return False
    label = next((k for k in range(i - 1) if words[k].endswith(":")), None)
    if label is None or i - label < 3 or any(re.search(r"[^\w'’-]", w) for w in words[label + 1 : i]):
        return False
    word, before, after = words[i], words[i - 1], words[i + 1]
    return (
        re.fullmatch(r"[A-Z][a-z]+[^s'’]s", word) is not None
        and is_english_word(word, ("noun",))
        and _ends_on_a_noun(before, words[i - 2])
        and re.fullmatch(r"[a-z]+", after) is not None
        and after not in JOINING
        and not after.endswith("s")
        and is_english_word(after, ("verb",))
        and after.endswith("ing")
    )


def _ends_on_a_noun(word: str, previous: str) -> bool:
    """Whether a word in lower case may end a headline on a noun: a noun, no preposition or joining word, no
    finite verb unless a determiner shows it a plural noun ("their neighbours", not "the deal angers"), and no
    adjective unless it is a plural ("relatives", "locals")."""
    return (
        re.fullmatch(r"[a-z]+", word) is not None
        and word not in JOINING
        and word not in PREPOSITIONS
        and word not in DETERMINERS
        and word not in QUANTIFIERS
        and is_english_word(word, ("noun",))
        and (
            not may_be_finite_verb(word)
            or (previous.lower() in _OBJECT_START and not finite_not_plural(word))
        )
        and (not is_english_word(word, ("adj",)) or re.search(r"[^suy]s$", word) is not None)
    )
