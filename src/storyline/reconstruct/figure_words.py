"""Word lists for figures, kept as data: which concepts count the same quantity, which nouns are planned events.

News writes one quantity many ways ("94,000 people had been killed", "cost 120,000 lives", "the death toll");
a family names the quantity and the words that point to it, so claims worded differently group together.
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
    due tentatively tentative hopes hope hoped working postponed delayed rescheduled moved set aim aims aimed
    soon perhaps likely
    """
)

STOP = _words(
    """
    a an the of in on at to for from by with and or as that this these those who which people number some about
    than more less least most at over under up down its their his her has have had been be was were is are
    """
)
