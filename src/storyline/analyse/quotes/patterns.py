"""Word lists and character tables the quotation rules match against.

Reporting and object-taking cue verbs, nouns that name a sayer or something said, the dependency labels and
prepositions that carry an object-verb's stated position, the pronoun sets speaker resolution handles, and
the quotation-mark tables that pair opening and closing marks. Data only: nothing here imports the rest of
the package.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Lemmas of verbs that report speech, writing or a stated position (PARC / PolNeAR attribution cues): their
# clausal complement is the content.
REPORTING_VERBS = _words(
    """
    say tell add note explain claim argue insist warn state announce report write stress suggest
    acknowledge admit agree ask assert charge comment complain concede conclude confirm contend declare
    deny emphasize emphasise estimate find indicate inform maintain mention predict promise reiterate
    remark reply respond reveal show speculate testify tweet vow allege observe recall caution counter
    joke quip boast recount demand propose question wonder signal continue answer urge believe think
    fear worry hope accuse know describe point tout forecast disclose retort repeat assure blast
    criticize criticise slam lament pledge threaten highlight underscore recommend advise expect feel
    remember learn remind echo post email read decide recognize realize understand doubt imply hint
    guess bet figure
    exclaim shout bark snap scream whisper mutter grumble grouse gripe muse marvel sneer scoff interject
    confess bemoan proclaim sigh
    """
)
# Verbs of saying: a cue of theirs inside another quote's content reports a second speech ("he said aides told
# him to wait", "Lee said the minister warned that ..."); any other cue there (a thought, wish, perception or
# finding: "he said he thinks", "aides said he wants a vote", "argued that the figures show") is the outer
# speaker's words. "accord" is "according to".
NESTED_SPEECH_VERBS = _words(
    """
    say tell add note explain claim argue insist state announce report write suggest admit assert
    acknowledge call accord warn confirm deny promise vow pledge testify complain predict ask urge declare
    reply respond recall stress emphasize emphasise concede allege reveal disclose point maintain contend
    caution assure threaten tweet post
    """
)
# Verbs whose stated position is an object or an infinitive ("endorsed Lee", "urged Congress to act").
# Started from PARC's cue verbs, then extended with the verbs that head a cue at least 30% of the times they
# occur in PolNeAR's train split (counted with benchmarks' tooling; dev and test were not looked at).
OBJECT_VERBS = _words(
    """
    support call endorse criticize criticise attack cite accuse question describe praise oppose defend
    back denounce blame reject favor favour blast dismiss condemn mock slam challenge tout highlight
    embrace propose announce reveal deny acknowledge express mention discuss consider view portray
    recommend request demand urge ask refer point focus push advocate name predict promise offer want
    plan seek refuse decline agree hope hop expect vow pledge threaten intend aim decide press order
    like dislike prefer applaud welcome characterize characterise label brand decry lambast ridicule
    hail credit fault warn insist thank congratulate cast pick choose rate identify see chant tweet post
    share retweet vote rank list vouch rebut assail allude recite rebuff interpret liken dwell balk rail
    reference dub coin document repudiate rebuke envision brag articulate plead distance detail
    apologize deride contend pressure quote disclose signal voice observe clarify underscore suspect
    protest outline persuade disavow yell unveil project talk present convince counter debate recognize
    remember dispute insult react resist approve ignore nominate encourage regard publish adopt promote
    release address explain note claim argue
    """
)
CUE_VERBS = REPORTING_VERBS | OBJECT_VERBS
# Verbs that take a stance on whom or what their object names, so that a one-word object ("endorsed Haldorsen",
# "opposed deportation") is the stance's content; an act done to someone ("released Okafor") is none.
STANCE_ON = frozenset(
    """endorse back support oppose favor favour prefer like dislike praise criticize criticise condemn blame
    defend reject welcome applaud hail slam decry attack fault credit accuse lambast ridicule deride rebuke
    repudiate denounce recommend trust admire respect champion""".split()
)
# Phrasal verbs of an object-taking cue that name an act, not a stated view ("picked up two delegates", "called
# off the strike", "backed out of the deal"): their object is no position.
ACTS_WITH_PARTICLE = {
    "pick": frozenset({"up", "off"}),
    "call": frozenset({"off"}),
    "back": frozenset({"down", "off", "out"}),
    "cast": frozenset({"off", "away"}),
    "see": frozenset({"off"}),
}
# Common nouns that name someone (or something written) able to hold and state a view.
SAYER_NOUNS = _words(
    """
    friend husband wife lady man woman donor hopeful actor objector faction principal pastor colleague
    board council journal percent fan boss superdelegate protester crowd worker pollster independent
    majority minority other citizen student teacher parent mother father son daughter family manager
    owner employee investor trader union coalition caucus panel commission jury
    official spokesman spokeswoman spokesperson source analyst expert critic supporter opponent voter
    candidate campaign report poll survey study statement letter memo email tweet post article editorial
    column administration government committee party leader president minister secretary senator
    lawmaker governor mayor aide adviser advisor strategist lawyer attorney judge court prosecutor
    officer police activist group organization organisation agency department ministry office company
    firm newspaper paper network reporter journalist author writer observer economist researcher
    scientist resident people american republican democrat conservative liberal progressive member
    chairman chairwoman chair director chief executive ceo founder head representative delegate
    ambassador envoy diplomat commentator host moderator pundit blogger website site magazine outlet
    media press team staff staffer authority ad commercial video speech book platform release filing
    lawsuit complaint petition frontrunner front-runner nominee contender challenger rival incumbent
    """
)
# Records and counts that show what they hold ("a new poll shows Lee with a lead", "records show no payments"): the
# object of "show" after one of them is the finding it reports; after anyone else it is a thing shown ("he showed
# his badge").
RECORD_NOUNS = _words(
    """
    poll survey study report record result document data figure email filing video footage tally count
    analysis ledger file average search audit research statistic census paper memo letter transcript log
    """
)
# Nouns for something said, whose owner is the speaker: "Okafor's response was that ...".
SPEECH_NOUNS = _words(
    """
    response answer reply argument message point view position claim contention assertion question
    complaint concern worry fear hope belief suggestion pitch case promise warning conclusion
    """
)
# Adjectives of a held view, whose that-clause is the view of the one they describe: "Lee is confident that ...".
STANCE_ADJECTIVES = _words(
    """
    confident convinced optimistic hopeful pessimistic concerned worried sure certain adamant skeptical sceptical
    afraid fearful positive doubtful insistent
    """
)
OBJECT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "oprd", "prep", "dative", "attr", "acomp", "prt"})
# Prepositions an object verb's stance opens with, which belong to the verb ("voted against the bill", "agreed
# with the mayor"): the stance is their object.
LEADING_PREPOSITIONS = frozenset({"on", "to", "for", "of", "as", "about", "at", "against", "with"})
# Cues that only count with a clausal complement: as bare verbs they rarely introduce a quote.
COMPLEMENT_ONLY = frozenset(
    {
        "believe",
        "think",
        "fear",
        "worry",
        "hope",
        "find",
        "show",
        "continue",
        "describe",
        "know",
        "feel",
        "expect",
    }
)
PERSON_PRONOUNS = frozenset({"he", "she"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})

DOUBLE_OPEN = {"“": "”", '"': '"', "«": "»", "„": "“", "”": "”"}
SINGLE_OPEN = {"‘": "’", "'": "'"}
# Writers mix curly and straight marks; either closes a quote.
CLOSERS = {"”": '”"', '"': '"”'}
PUNCT_EDGE = " \t\r\n,;:—–-"
QUOTE_CHARS = "\"“”«»„‘’'"

# Blanks within a line, between a quotation's closing mark and what follows it.
SPACES = re.compile(r"[ \t\xa0]*")
