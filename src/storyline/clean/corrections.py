"""A correction of the article at the head of its page, and the words that follow it setting the record right:
a note that the cleaning cuts as furniture, with the corrected words it gives ("An earlier version of this story
misstated the mayor's name." / "Her correct name is Anne Lee.")."""

from __future__ import annotations

import re

_ERRED = (
    r"(?:misstated|misspelled|misidentified|misquoted|misattributed|mischaracterized|misreported|incorrectly"
    r"|wrongly|erroneously|mistakenly|omitted|(?:gave|carried|used|included) (?:the |an? )?(?:wrong|incorrect)"
    r"|quoted\s[^!?]{1,80}?\sas saying|referred to\s[^!?]{1,80}?\sas)\b"
)
_CORRECTION = (
    r"^\(?(?:this|an? (?:earlier|previous) version of this|(?:earlier|previous) versions of this)"
    rf" (?:article|story|report|column|post)\b[^!?]{{0,80}}?\s{_ERRED}"
)
"""A correction of the article itself ("This article misstated the name of ...", "An earlier version of this
story incorrectly said ...", "Earlier versions of this article carried the wrong date")."""
CORRECTION_NOTE = (
    r"^\(?(?:correction|clarification)s?\s*[:.-]"
    r"|^\(?(?:an?|the) (?:earlier|previous|prior|original) (?:version|edition) of this (?:[a-z-]+ ){0,2}"
    r"(?:article|story|report|post|column|transcript|piece|interview)\b"
    r"|^\(?this (?:article|story|report|post) (?:has been|was) (?:corrected|amended|updated to correct)\b"
    rf"|{_CORRECTION}"
)
"""Any note that corrects the article ("Correction: ...", "An earlier version of this interview ...")."""
TOP_CORRECTION = re.compile(rf"^\(?the (?:article|story) {_ERRED}", re.IGNORECASE)
"""A correction in the words "The article ..." ("The article misspelled the name of ..."), a notice only at the
head of an article, where no report of someone else's article can stand yet."""


SETS_RIGHT = re.compile(
    r"(?:his|her|their|its|the)\s+(?:full|correct|complete|actual|accurate|right)\s+(?:answer|reply|words|quote"
    r"|quotation|remarks?|statement|figure|number|total|amount|name|spelling|title|date)\s+(?:was|is|were|are)\b"
    r"(?=\s*:?\s*(?:(?:about|around|nearly|almost|some|more than|less than|fewer than)\s+)?"
    r"(?-i:[\"“'‘0-9£$€A-Z]))",
    re.IGNORECASE,
)
"""The corrected words a correction gives, quoted, counted or named right after the verb ("Her full answer was
\"...\"", "The correct figure is 40.", "Her correct name is Anne Lee.")."""


def leaves_quote_open(line: str) -> bool:
    """Whether a line opens a quotation it does not close (or closes one it did not open)."""
    return (line.count('"') + line.count("“") + line.count("”")) % 2 == 1
