"""Classes of words the junction rules read: words that join a phrase, titles and roles before a name,
words that open sentences, auxiliaries. Kept apart from the rules so that each module stays one job."""

from __future__ import annotations

import re

JOINING = frozenset(
    """a an the of in on at to for from by with and or but as after over into onto via about against between
    under near than like off across through toward towards around inside outside beyond without within behind
    among along amid during since until upon above below beside past said says say told tells asked named
    called that who whom which where when met meets visited visits thanked urged warned accused backed denied
    denies believes thinks hopes claims insists suggested suggests knew knows saying telling adding
    warning northern southern eastern western central""".split()
)
"""Words after which a capitalised word is inside the sentence (a name after a preposition or a verb of saying)."""

TITLES = frozenset(
    "mr mrs ms dr sir lord lady president minister prime the sen rep gov gen col lt sgt prof st".split()
)
"""Words that open a name without being one: a title repeated is no evidence of the same person."""

NAME_TITLES = TITLES - {"the"}

AUXILIARIES = frozenset("is was are were has had have will would can could may might must should".split())

TAKES_CLAUSE = AUXILIARIES | frozenset(
    """sure confident certain aware hopeful afraid convinced clear likely unlikely possible worried glad fear
    fears feared hope hoped expect expects expected say think thought believe believed know tell learn learned
    learnt show shows showed mean means meant news chance""".split()
)
"""Words that a clause may follow with no "that" ("sure Lee has ...", "the chance Lee will ...")."""

CLAUSE_BREAKS = frozenset(
    "that who whom whose which when where while because although though if unless since until as".split()
)
"""Words that open a clause of their own; "and" and "or" may join words ("dead or missing")."""

TITLE_CASE_SMALL = frozenset("a an the and or nor but of to in on at for by as up via vs with from".split())
"""Words a headline in Title Case may keep in lower case and ends on none of."""

PREPOSITIONS = TITLE_CASE_SMALL | frozenset(
    """after amid against through over under behind before during since until into onto across among along
    around beyond without within toward towards about between near upon above below beside past than like off
    despite""".split()
)
"""Prepositions: a Chicago-style Title Case headline keeps the long ones in lower case too ("... Turn Against
Lee after Fare Rise")."""

NAME_PARTICLES = frozenset("van von de der den du da del della di la le bin al el ibn dos das".split())
"""Particles inside a person's name, written in lower case ("Ludwig van Beethoven")."""

PRONOUNS = frozenset("it he she they we there i you".split())

QUANTIFIERS = frozenset("both many several some most few each every".split())

CLAUSE_OPENERS = frozenset("when while although though because if unless once".split())
"""Conjunctions that open a clause, whose subject may be a name ("When Ann Lee first sailed, ..."), where a
preposition capitalised in Title Case goes on the headline ("... Meets With Ann Lee")."""

VERB_ADJ = ("verb", "adj")

LETTERS = re.compile(r"[^A-Za-z]")

_CONTRACTED = [f"{p}'{v}" for p, v in (("We", "ve"), ("We", "re"), ("I", "ve"), ("I", "m"), ("It", "s"))]
TITLE_CASE_ENDERS = frozenset(
    """The A An In On At For As While When Although Because Though After During Since Despite Amid It He She They
    We There This These Those How Why What Where Which Who""".split()
    + _CONTRACTED
    + [w.replace("'", "’") for w in _CONTRACTED]
)
"""Words a Title Case headline leaves in lower case or that open no name (a pronoun contracted with its verb too,
"We've", "It's"): capitalised after one, they open the sentence under it."""

WORKS = frozenset(
    """blog newspaper paper magazine journal show programme program film movie book novel album song band series
    column site website channel station play musical opera""".split()
)
"""Nouns of works and outlets, which a title starting "The" may follow."""

LOWER_WORD = re.compile(r"[\"“‘']?[#$£€]?[a-z0-9](?:[\w,'’-]*[a-z0-9'’”\")])?")
"""A word in lower case or a number, perhaps closing a quotation ("50,000'"), that a headline may end on."""

SAYING = frozenset("said says say told tells added adds asked".split())

DETERMINERS = frozenset("a an the this that these those his her its their our my your".split())
"""Words after which a name may be the first of a noun phrase's words ("the Bergen Harbour office")."""

OPEN_WHATEVER_FOLLOWS = DETERMINERS | PRONOUNS | QUANTIFIERS | CLAUSE_OPENERS
"""Openers of a lead after a Title Case headline whatever word follows them; any other of ``SENTENCE_OPENERS``
(a preposition, "nearly") opens it only before a lower-case word or a number."""

LETTERED = frozenset(
    "type group class grade plan vitamin hepatitis category division section part tier".split()
)
"""Nouns that a capital letter names a kind of ("type A", "group B"), whatever follows the letter."""

KIND_LETTERED = LETTERED | frozenset("influenza subtype serotype exhibit appendix schedule".split())
"""Nouns a capital letter names a kind of, where the letter is seen to be one by what follows it ("influenza A
With …"): no article "A" opens a sentence before a capitalised preposition."""

SUBORDINATORS = frozenset("for as while when although because though about".split())
"""Openers that also open titles of works, which Title Case gives away."""

SENTENCE_OPENERS = frozenset(
    """a an the this these those that there it he she they we his her their its our my more most some many
    several few all none both each every other another hundreds thousands dozens millions officials police in on
    at after during since despite amid up between for as while when although because though about nearly almost
    around with""".split()
)
"""Words that are capitalised only where they open a sentence (no name is made of them, as one is of "One",
"I" or "More")."""

COUNTS = frozenset("Two Three Four Five Six Seven Eight Nine Ten Twelve Twenty Fifty".split())

PRE_TITLE = frozenset("next last first former late acting then future".split())
"""Words that stand before a title inside a noun phrase ("the next Surgeon General", "the former Prime Minister")."""

CAPITALISED_OPENERS = frozenset(
    """The An In On At For As After During Since Despite Amid While When Although Because Though About Hundreds
    Thousands Dozens Millions Many Several More""".split()
)
"""Capitalised only where they open a sentence; a bare "A" after a name is one of its letters ("Type A")."""

FINITE = frozenset(
    """is was has had have will would can could may might must should says said told tells""".split()
)

OBJECT_OPENERS = frozenset(
    """a an the his her their its my our your this that these those to in on at for with from into out up he she
    it they we""".split()
)
"""Words that open what follows a verb ("presents an appeal", "pulled her out"), where a plural noun after a name
("Red Cross volunteers trapped ...") is followed by something else."""

ROLES = frozenset(
    """chief head star boss coach captain aide envoy spokesman spokeswoman spokesperson chef pope guide clerk
    nurse chair judge mayor pilot secretary general colonel rabbi priest bishop imam monk nun poet cop model host
    king queen prince princess duke lord lady sir wife husband son daughter uncle aunt cousin widow boy girl baby
    child friend fan hero rival ally champion veteran expert doctor lawyer physician surgeon""".split()
)


def is_role(word: str) -> bool:
    return word in ROLES or word in PEOPLE_IN_IVE or (bool(ROLE.search(word)) and not word.endswith("ment"))


ROLE = re.compile(r"(?:er|or|ist|ian|man|woman|ant|ent|ee)$")
"""Endings of nouns for what a person does ("firefighter", "senator", "economist", "politician"): a name after
one is in apposition to it."""
PEOPLE_IN_IVE = frozenset(
    "executive representative detective relative native captive operative fugitive conservative progressive".split()
)
"""The nouns in "-ive" for people; most words in "-ive" are adjectives ("Defensive", "Decisive") that stand in
Title Case headlines, not before names."""


def bare_name(word: str) -> str:
    return re.sub(r"(?:['’]s|['’])$", "", word.strip('.,;:"“”'))


def opens_title_case(line: str) -> bool:
    """Whether a line opens on a headline in Title Case: its first four words capitalised, the small words of a
    title ("of", "to", "in", "on", "for", "and", "the", "a") apart."""
    words = [w for w in line.split()[:6] if w.lower() not in TITLE_CASE_SMALL][:4]
    return len(words) == 4 and all(w[:1].isupper() for w in words)
