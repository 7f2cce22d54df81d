"""The news a lead reports as someone's words, for a lead too long for a title: "Fisheries Minister Ann Lee told
parliament on Tuesday that cod stocks had fallen by a third ..." is news about cod stocks, which an editor
heads with the reported clause and leaves the speaker to the lead."""

from __future__ import annotations

import re

_NAME_WORD = r"(?:[A-Z][\w.'’-]*|of|for|the|and)"
_AUDIENCE_OR_TIME = (
    r"(?:[A-Z][\w'’-]*|the|yesterday|today|tonight|on|last|this|morning|afternoon|evening|night|week"
    r"|reporters|journalists|lawmakers|legislators|parliament|investors|analysts|residents|staff|workers|voters"
    r"|shareholders|members|colleagues)"
)
_TOLD_THAT = re.compile(
    rf"[A-Z][\w.'’-]*(?:\s+{_NAME_WORD}){{1,10}}\s+"
    r"(?:told|tells|said|says|warned|warns|assured|assures|informed|informs)\s+"
    rf"(?:{_AUDIENCE_OR_TIME}\s+){{0,5}}that\s+(?P<news>[a-z][^\"“”]*)"
)
"""A speaker named in capitalised words (a title and a name), a verb of saying, whom they told and when, "that",
and the clause, opening in lower case as a sentence's inner clause does, with no quotation in it."""


def reported_news(lead: str) -> str | None:
    """The clause a lead reports ("Ann Lee told parliament on Tuesday that | cod stocks had fallen ..."),
    capitalised, or None when the lead opens on no speaker telling it."""
    m = _TOLD_THAT.fullmatch(lead)
    if not m:
        return None
    news = m["news"]
    return news[0].upper() + news[1:]
