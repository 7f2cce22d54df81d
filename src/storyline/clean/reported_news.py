"""The news a lead reports as someone's words, for a lead too long for a title: "Fisheries Minister Ann Lee told
parliament on Tuesday that cod stocks had fallen by a third ..." is news about cod stocks, which an editor
heads with the reported clause and leaves the speaker to the lead. Only a plain statement is so headed: a
denial, a judgement, an opinion of what should be or a clause about someone named before keeps its speaker."""

from __future__ import annotations

import re

from .junction import titles_a_name

_NAME_WORD = r"(?:[A-Z][\w.'’-]*|of|for|the|and)"
_AUDIENCE_OR_TIME = (
    r"(?:[A-Z][\w'’-]*|the|yesterday|today|tonight|on|last|this|morning|afternoon|evening|night|week"
    r"|reporters|journalists|lawmakers|legislators|parliament|investors|analysts|residents|staff|workers|voters"
    r"|shareholders|members|colleagues)"
)
_TOLD_THAT = re.compile(
    rf"(?P<speaker>[A-Z][\w.'’-]*(?:\s+{_NAME_WORD}){{1,10}})\s+"
    r"(?:told|said|warned|assured|informed)\s+"
    rf"(?:{_AUDIENCE_OR_TIME}\s+){{0,5}}that\s+(?P<news>[a-z](?:[^\"“”,;]|(?<=\d),(?=\d))*?)(?:\s+and\s+that\s.*)?"
)
"""A speaker named in capitalised words (a title and a name), a verb of saying in the past, whom they told and
when, "that", and the clause, opening in lower case as a sentence's inner clause does, with no quotation, comma
or second "and that" clause in it."""
_NOT_PLAIN = re.compile(
    r"\b(?i:not|never|no|nobody|nothing|none|neither|nor|untrue|false|innocent|guilty|wrong|should|must|ought"
    r"|could|might)\b|\bmay\b|n['’]t\b"
)
"""A denial, a judgement, an opinion of what should be, or what may be: said, not news in the reporter's voice."""
_OPENS_A_CLAUSE = frozenset(
    "if when whenever after before although though while because since unless once as until".split()
)
_LEANS_BACK = frozenset("he she they it we i you his her their its our my your that this these those".split())


def reported_news(lead: str) -> str | None:
    """The clause a lead reports ("Fisheries Minister Ann Lee told parliament on Tuesday that | cod stocks had
    fallen ..."), capitalised, or None: when the lead opens on no speaker with a title telling it, or the clause
    is no plain statement (:data:`_NOT_PLAIN`) or opens on a word leaning on what was said before ("she",
    "that")."""
    m = _TOLD_THAT.fullmatch(lead)
    speaker = m["speaker"].split() if m else []
    if not speaker or speaker[0].lower() in _OPENS_A_CLAUSE:
        return (
            None  # "When Harbour Master Per Olsen told ... that ...": the clause is not the sentence's news
        )
    if not any(titles_a_name(w) and not w.endswith("s") for w in speaker):
        return None
    news = m["news"]
    if news.split()[0] in _LEANS_BACK or _NOT_PLAIN.search(news):
        return None
    return news[0].upper() + news[1:]
