"""Word lists for figures, kept as data: which concepts count the same quantity, which nouns are planned events,
and the words that say what a count is of, where, and over which span of time.

News writes one quantity many ways ("8,000 people had been killed", "cost 9,500 lives", "the death toll");
a family names the quantity and the words that point to it, so claims worded differently group together. A
count of the family's own nouns ("people", "deaths") is the whole; a count of any other noun ("peacekeepers",
"UN staff") is a part of it, a figure of its own.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Quantity families: label -> words (lower case, as written) that put a claim's concept in the family.
CONCEPT_FAMILIES: dict[str, frozenset[str]] = {
    "death toll": _words(
        "killed dead deaths death died die dying lives fatalities fatality casualties toll perished slain"
    ),
    "injured": _words("injured wounded hurt injuries injury"),
    "displaced people": _words("refugees refugee displaced fled homeless evacuated evacuees"),
    "infections": _words("cases infected infections infection"),
    "arrests": _words("arrested arrests detained detainees"),
    "fighters": _words("fighters fighting militants troops soldiers combatants mercenaries"),
}

# Nouns that name a planned event whose date can be set and moved.
EVENT_NOUNS = _words(
    """
    conference summit talks meeting negotiations election elections referendum vote ballot trial hearing
    ceremony visit launch deadline session congress convention games tournament final match release
    opening withdrawal inauguration funeral memorial concert tour
    """
)
# Words before an event noun that make it a different, routine event ("a news conference").
NOT_PLANNED = _words("news press")
# Between a date and an event noun after it, an infinitive ("meet on Monday to discuss the conference") means
# the date belongs to another action, not to the event.
OTHER_ACTION = re.compile(r"\bto\s+[a-z]+", re.IGNORECASE)
# Words that say a date in the sentence is a plan, not a report of what happened.
FUTURE_CUES = _words(
    """
    will would could might may shall planned plan plans scheduled schedule slated proposed proposal expected
    due tentatively tentative hopes hope hoped working postponed postpones delayed rescheduled reschedules
    deferred shifted moved set aim aims aimed soon perhaps likely
    """
)
# Words that say an event's date was moved, when they govern the event or its new date (``figures.said_moved``):
# the source itself tells a change of plan, so its dates are one event's. "moved" and "pushed" only with a
# direction or a new date ("pushed back", "moved to"): "troops moved into the capital" moves no date.
MOVED = re.compile(
    r"\b(?:(?P<cue>postpon(?:e|ed|es|ing|ement)|delay(?:ed|s|ing)?|reschedul(?:e|ed|es|ing)|defer(?:s|red|ring)?"
    r"|(?<!\bthe\s)(?<!\ba\s)shift(?:ed|ing|s)?|put(?:s|ting)?\s+off|(?:brought|bring(?:s|ing)?)\s+forward)"
    r"|(?:mov(?:e|ed|es|ing)|push(?:ed|es|ing)?)(?=\s+(?:back|forward|up)\b|(?:\s+\S+){0,3}?\s+(?:to|until|till)\b))\b",
    re.IGNORECASE,
)
# Words between a moving cue and the new date ("postponed until", "pushed back to", "moved the summit to").
MOVED_TO = re.compile(r"\b(?:to|until|till|for|back|forward|up)\b", re.IGNORECASE)
NO_DELAY = re.compile(r"\bwithout\s+(?:any\s+|further\s+|more\s+)?$", re.IGNORECASE)

STOP = _words(
    """
    a an the of in on at to for from by with and or as that this these those who which people number some about
    than more less least most at over under up down its their his her has have had been be was were is are
    """
)

# ---- what a count is of ---------------------------------------------------------------------------------------

# Nouns that count the whole of any family: a count of people, lives or bodies is the family's own quantity.
WHOLE_NOUNS = _words(
    """
    people persons person lives life dead body bodies victim victims individuals humans human beings toll
    number total figure count
    """
)
# What each family's counts are called in a label, with the cause they are told with ("swine flu deaths"), and
# how a part of it is named ("peacekeepers killed").
FAMILY_NOUNS: dict[str, str] = {
    "death toll": "{cause}deaths",
    "injured": "{cause}injuries",
    "displaced people": "people displaced",
    "infections": "{cause}cases",
    "arrests": "arrests",
    "fighters": "troops",
}
PART_LABELS: dict[str, str] = {
    "death toll": "{part} killed",
    "injured": "{part} injured",
    "displaced people": "{part} displaced",
    "infections": "{part} with cases",
    "arrests": "{part} arrested",
    "fighters": "{part}",
}
# Words before a counted noun that say how sure a count is; the status a count has.
STATUS_WORDS: dict[str, str] = {
    "confirmed": "confirmed",
    "lab-confirmed": "confirmed",
    "verified": "confirmed",
    "official": "confirmed",
    "officially": "confirmed",
    "suspected": "suspected",
    "possible": "suspected",
    "probable": "suspected",
    "likely": "suspected",
    "unconfirmed": "suspected",
    "presumed": "suspected",
}
# Modifiers of a counted noun that do not make it a part: how sure, how counted, or what killed them.
NEUTRAL_MODIFIERS = _words(
    """
    reported known estimated recorded registered official total overall dead new more additional further
    human
    """
) | frozenset(STATUS_WORDS)
# After the number, a word that makes the count an increment on a total ("48 more deaths"); before it, the
# same ("another 10", "a further 20").
INCREMENT_AFTER = _words("more new additional further extra")
INCREMENT_BEFORE = _words("another further additional extra")
# A change word and a bound before the number: the number is the level reached ("has risen above 12,000").
LEVEL_REACHED_RE = re.compile(
    r"\b(?:rose|risen|rising|rises|climbed|climbing|jumped|increased|grew|grown|soared|reached|fell|fallen"
    r"|dropped|declined|decreased)\s+(?:to\s+)?(above|past|beyond|over|below|under|more\s+than|less\s+than)\b",
    re.IGNORECASE,
)
# Nouns after a place name that make the name an adjective ("the Caribbean country", "the Haitian capital"): the
# place meant is another, unnamed one.
PLACE_NOUNS = _words(
    "country nation island islands state capital city town region province coast republic territory village"
)
# Between a place opening a clause and a count after it, words that put the count in another clause ("Russia
# says ... the war, which has killed ...").
CLAUSE_LINKS = _words("which that who whom whose where when says said say tells told")
# Before a place, words that make the count larger than the place: "most in Mexico" counts the world.
MOSTLY = _words("mainly mostly most largely chiefly primarily predominantly majority")
# After the number, "other" makes it a different set ("40 other deaths"), not the total.
OTHER_SET = _words("other")
# Counted nouns that are properties of a thing, not members of a count ("a 6.4 magnitude quake").
PROPERTY_NOUNS = _words(
    """
    magnitude scale storey storeys story stories floor floors year years month months week weeks day days hour
    hours minute minutes second seconds mile miles km kilometre kilometres metre metres foot feet percent
    point points degree degrees time times
    """
)

# Units of time and age: a duration or an age ("trapped for two days", "a 21-year-old man") is a detail of one
# event, not a quantity a story's figure follows.
TIME_UNITS = frozenset(
    {"year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "millennium"}
    | {"year of age", "month of age", "week of age", "day of age"}
)

# After a number, the whole it is counted in: "1 in 100 people", "one death in 1,480 cases", "seven out
# of hundreds of millions" are ratios, not counts.
RATIO_AFTER_RE = re.compile(
    r"^\s*(?:[A-Za-z]+\s+)?(?:in|out\s+of|of\s+every|per)\s+(?:every\s+)?(?:an?\s+)?"
    r"(?:\d|hundreds|thousands|millions|billions|ten|hundred|thousand|million|billion)",
    re.IGNORECASE,
)

# Families that count what has happened so far: a lower count later is a revision, not a fall.
CUMULATIVE = frozenset({"death toll", "injured", "infections", "arrests"})

# ---- over which span of time, about which event ----------------------------------------------------------------

# Kinds of event a count can be about, in classes of words that name one kind: counts told with words of
# different classes ("the flu" and "turf wars") are about different events. Words of no class ("disaster",
# "crisis") name any event.
EVENT_CLASSES: dict[str, frozenset[str]] = {
    "quake": _words(
        "quake quakes earthquake earthquakes tremor tremors aftershock aftershocks tsunami temblor"
    ),
    "storm": _words("hurricane hurricanes storm storms cyclone cyclones typhoon typhoons tornado tornadoes"),
    "flood": _words("flood floods flooding landslide landslides mudslide mudslides"),
    "volcano": _words("eruption eruptions volcano volcanoes"),
    "hunger": _words("drought famine starvation"),
    "fire": _words("fire fires wildfire wildfires blaze blazes"),
    "violence": _words(
        """explosion explosions blast blasts bombing bombings bomb bombs attack attacks shooting shootings
        shootout massacre war wars conflict fighting clashes violence riots"""
    ),
    "crash": _words("crash crashes collapse derailment sinking"),
    "disease": _words("outbreak epidemic pandemic flu influenza virus disease strain illness fever cholera"),
    "spill": _words("spill spills leak leaks gusher"),
}
EVENT_KINDS = frozenset().union(*EVENT_CLASSES.values()) | _words(
    "disaster disasters crisis tragedy catastrophe"
)
EVENT_CLASS_OF: dict[str, str] = {w: name for name, words in EVENT_CLASSES.items() for w in words}
# Adjectives before an event noun that say how it is, not which kind it is ("the new virus", "a deadly quake").
NOT_KINDS = _words(
    """
    new deadly powerful huge massive strong devastating catastrophic major big large recent current latest
    mysterious global worst killer severe serious mild novel lethal fatal first second third same whole
    """
)
# Words before an event noun that make it another event than the story's ("a previous quake").
OTHER_EVENT = _words("another previous earlier similar past prior former last")
# A rate or an average (yearly, seasonal, daily), not a count of the story's event so far.
RATE_RE = re.compile(
    r"\b(?:annual(?:ly)?|yearly|daily|weekly|monthly|per\s+annum|seasonal|on\s+average"
    r"|(?:each|every|per)\s+(?:year|winter|summer|season|day|week|month)"
    r"|an?\s+(?:year|day|week|month)(?!\s+(?:ago|after|later|before|earlier|since|on|or|and|of)\b)"
    r"|in\s+an?\s+(?:typical|average|normal|ordinary)\s+(?:year|season|winter))\b",
    re.IGNORECASE,
)
# A forecast or a hypothesis: a count that has not happened ("will die", "could kill", "predicted").
FORECAST_RE = re.compile(
    r"\b(?:(?:will|would|shall)\s+(?!have\b)(?:(?:not|also|still|soon|eventually|probably|likely)\s+)?(?!have\b)\w+"
    r"|(?:could|might|may|can)\s+(?:(?:not|also|still|well|easily|eventually|potentially|soon)\s+)?"
    r"(?!have\b|be\b|been\b)\w+|(?:expected|set|projected)\s+to\s+(?!have\b)\w+|likely\s+to\s+(?!have\b|be\b)\w+"
    r"|predict(?:s|ed|ing|ion|ions)?|forecast(?:s|ing)?|projections?|scenarios?|worst[\s-]case|suppose"
    r"|imagine|hypothetical(?:ly)?)\b",
    re.IGNORECASE,
)
# Words that follow "since" + a year without making the count history: the count is compared, not scoped.
SUPERLATIVE_RE = re.compile(
    r"\b(?:worst|best|biggest|largest|highest|greatest|strongest|heaviest|lowest|most|first|\w+iest)\b", re.I
)
# Where a clause ends: a count and a place or year across these belong to different statements.
CLAUSE_BREAK_RE = re.compile(
    r"\s*(?:;|:|\s--?\s|\s[–—]\s|\(|\)|-LRB-|-RRB-|,\s+(?:while|whereas|but|although)\b"
    r"|\bcompared\s+(?:with|to)\b|\bin\s+(?:stark\s+)?contrast\s+(?:to|with)\b|\bunlike\b|\bthan\s+(?:the|a|an|in|any|during)\b)\s*",
    re.IGNORECASE,
)
# Prepositions that put a count in a place ("died in Haiti"); and the words that make the place the world.
PLACE_PREPOSITIONS = _words("in across throughout within inside at outside")
# Verbs an event strikes a place with ("the quake that struck Chile"): the place is where its count is.
EVENT_VERBS = _words("hit hits struck strikes rocked rocks shook devastated ravaged swept sweeps")
WORLD_RE = re.compile(
    r"\b(?:worldwide|globally|world-wide|around\s+the\s+(?:world|globe)|across\s+the\s+(?:world|globe)"
    r"|in\s+(?:\d[\d,]*|\w+)\s+(?:other\s+)?countries)\b",
    re.IGNORECASE,
)
