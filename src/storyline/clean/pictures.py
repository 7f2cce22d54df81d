"""A picture's credit and caption left in an article's text: the credit line ("Photograph: Ann Lee/AP",
"Picture: Ann Lee", "Photo: Reuters") under the picture, often run into the next paragraph, and the caption
standing just above it ("Rescuers search the rubble in the old town.").

Pages put the caption, then its credit, between paragraphs; scraped text keeps both as lines, and a caption then
reads as a sentence of the article (present tense, about what a picture shows), while the credit runs into the
sentence that follows ("Picture: Ann Lee About 10,000 people lost their homes").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .language import word_count
from .word_classes import opens_title_case

_LABEL = re.compile(r"^(?:Photograph|Photo|Picture|Image)s?(?:\s+credit)?\s*:\s*(?=\S)", re.IGNORECASE)
_SLASHED = re.compile(r"[^/.!?\s][^/.!?]{0,40}(?:/[^/\s]+(?:\s+(?i:Images|Pictures|Photos?))?)+")
_AGENCY = re.compile(r"[A-Z]{2,5}")
_NAME_WORD = re.compile(r"[A-Z][\w.'’&-]*|[A-Z]{2,}")
_OPENERS = frozenset(
    "a an the this that these those i he she it we they you my his her its our their there here some many most "
    "all one two three more about after as at by for from in on over since under with when while if".split()
)
MAX_CAPTION_WORDS = 30
"""A caption is one short sentence; a longer line above a credit is the article's own."""


def opens_on_credit_label(line: str) -> bool:
    """Whether a line opens on a picture credit's label ("Photograph:", "Picture:", "Photo credit:")."""
    return _LABEL.match(line) is not None


def credit_end(line: str, names: frozenset[str] = frozenset()) -> int | None:
    """Where a picture's credit that opens ``line`` ends (the whole line when nothing follows it), or None when
    the line does not open with one. The credit is a name after the label, or a run with an agency after a
    slash ("Ann Lee/AP", "Bergen Harbour Authority/Reuters"); the sentence run into it starts at the run's
    first word no name holds (an article, a pronoun, a preposition: "Picture: Ann Lee About 10,000 people",
    "Photo: PA The UN said"), else where two capitalised words are a name the article names elsewhere
    (``names``: "Mexico City" in "Photo: Ann Lee Mexico City lowered ..."), else right after an agency in
    capitals or the agency a slash names ("Ann Lee/AP Rescuers ..."). Where none of these shows the sentence's
    start ("Photo: Ann Lee said she ...", "Picture: Prime Minister Ann Lee visits ...") the line is left as it
    is, and so is one whose run opens on such a word ("Image: The Starry Night ...")."""
    label = _LABEL.match(line)
    if label is None:
        return None
    return _credited_run_end(line, label.end(), names)


def bracketed_credit_end(line: str) -> int | None:
    """Where a picture's credit in brackets that opens ``line`` ends, or None: a photographer's name and the
    outlet or agency, after "By" ("(By Ann Lee -- Harbour News)"), or with a picture agency's or newsroom's word
    in the outlet ("(Ann Lee - AP)", "(Ann Lee/Getty Images)", "(AP Photo/Ann Lee)", "(Ann Lee - The Harbour
    Post)"); a bracket naming anything else ("(Ferry Line/Harbour News Poll)") is none."""
    m = _BRACKETED_CREDIT.match(line)
    if m is None:
        return None
    inside = line[1 : m.end()].rstrip(") ")
    return m.end() if inside.startswith("By ") or _PICTURE_SOURCE.search(inside) else None


_BRACKETED_CREDIT = re.compile(
    r"^\((?:By\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\s*(?:\s--?\s|\s[–—]\s|/)\s*"
    r"(?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\)\s*"
)
_PICTURE_SOURCE = re.compile(
    r"\b(?:AP|AFP|EPA|Reuters|Getty|Images|Photos?|Pictures|Press|News|Post|Times|Herald|Tribune|Journal)\b"
    r"(?!\s+(?:Poll|Survey|Index|Report)\b)"
)


def signoff_end(line: str) -> int | None:
    """Where a reporter's sign-off that opens ``line`` ends: before the first word of the place's run that no
    name holds (an article, a pronoun, a preposition: "... News, Bergen The ferry ...", "... News, Oslo It was
    ..."); None when the line does not open with one or no such word shows where the report begins (a list of
    names, "Ann Lee, Harbour News, Bergen Council and …", is left as it is)."""
    label = _SIGNOFF.match(line)
    if label is None:
        return None
    end = _credited_run_end(line, label.end(), frozenset())
    return None if end is None or end >= len(line) else end


_SIGNOFF = re.compile(
    r"^(?:By\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3},\s+(?:[A-Z0-9][\w&'’-]*\s+){0,2}News"
    r"(?:\s+(?:correspondent|reporter|editor))?,\s+(?=[A-Z])"
)


def _credited_run_end(line: str, start: int, names: frozenset[str]) -> int | None:
    """Where the run of names after a credit's label (at ``start``) ends and a sentence starts (see
    :func:`credit_end`)."""
    slashed = _SLASHED.match(line, start)
    at = slashed.end() if slashed else start
    tokens = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", line[at:])]
    run: list[tuple[int, int, str]] = []
    for s, e, token in tokens:
        word = token.rstrip(",")
        if not _NAME_WORD.fullmatch(word):
            break
        run.append((at + s, at + e, word))  # a comma within the credit ("Ann Lee, Relief Fund") goes on
    if run and not slashed and run[0][2].lower() in _OPENERS:
        return None  # "Picture: The harbour at dawn": a caption, not a credit
    if len(run) == len(tokens):
        return len(line) if (slashed or run) else None
    if not slashed and run and _AGENCY.fullmatch(run[0][2]) and len(run) > 1:
        return run[1][0]  # "Photograph: PA Nine new cases ..."
    least = 0 if slashed else 1
    if len(run) <= least:
        return None
    opener = next((i for i in range(least, len(run)) if run[i][2].lower() in _OPENERS), None)
    named = next((i for i in range(least, len(run) - 1) if f"{run[i][2]} {run[i + 1][2]}" in names), None)
    found = next((i for i in (opener, named, 0 if slashed else None) if i is not None), None)
    return None if found is None else run[found][0]


def is_caption(line: str, most_words: int = MAX_CAPTION_WORDS) -> bool:
    """Whether a line above a picture's credit reads as its caption: one short sentence (``most_words`` at most)
    that quotes no one and reports no speech (a caption shows; "… said Lee." is the article's own)."""
    body = line.rstrip(" .")
    return (
        0 < word_count(line) <= most_words
        and not re.search(r"[.!?][\"”’']?\s+[A-Z]", body)
        and not re.search(r"[\"“”]", line)
        and not _REPORTED.search(line)
    )


_REPORTED = re.compile(
    r"\b(?:said|says|told|tells|added|according to|asked|announced|stated)\b", re.IGNORECASE
)


def caption_and_credit_end(line: str) -> int | None:
    """Where a caption and the bracketed credit after it end, inside a line that runs on into the article ("Crews
    unload supplies on the quay in Bergen, Monday, May 4. (AP Photo/Ann Lee) (Ann Lee - AP) The ferry line
    said ..."): the caption is the line's first sentence, closed by its stop; the credit names a picture
    ("Photo", "Images", a picture agency), so a caption may be as long as news agencies write them. None when the line
    holds no such pair with text after it."""
    for m in re.finditer(r"(?<=[.!?])\s+(?=\()", line):
        end = bracketed_credit_end(line[m.end() :])
        if end is None or not is_caption(line[: m.start()], LONG_CAPTION_WORDS):
            continue
        if not _PICTURE_CREDIT.search(line[m.end() : m.end() + end]):
            continue  # "(By Ann Lee -- Harbour News)" after a sentence may be a byline
        end += m.end()
        while (more := bracketed_credit_end(line[end:])) is not None:
            end += more
        return end if line[end:].strip() else None
    return None


_PICTURE_CREDIT = re.compile(r"\b(?:Photo|Photos|Photograph|Pictures|Images|Getty|AFP|EPA)\b")
LONG_CAPTION_WORDS = 45
"""A caption with an agency's credit after it may run this long (who stands where, the day, the place)."""


def is_dated_caption(line: str) -> bool:
    """Whether a line reads as a news agency's picture caption whole: one sentence that ends on the day the
    picture was taken, in the agency's form (weekday, month, day and year between commas: "... on the quay,
    Monday, May 4, 2020 in Bergen.", "... in Bergen, Norway, Monday, May 4, 2020."). A sentence of the article
    names its days otherwise, so such a line is a caption even where it stands first on the page."""
    return is_caption(line, LONG_CAPTION_WORDS) and _CAPTION_DAY.search(line) is not None


_CAPTION_DAY = re.compile(
    r",\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}"
    r"(?:,?\s+in\s+[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,3})?\s*\.?\s*$"
)


def recurring_names(lines: Iterable[str]) -> frozenset[str]:
    """Pairs of capitalised words the text names more than once ("Mexico City"), to tell a name that opens a
    sentence from the credit before it."""
    seen: dict[str, int] = {}
    for line in lines:
        for pair in re.findall(r"(?=\b([A-Z][\w'’-]* [A-Z][\w'’-]*))", line):
            seen[pair] = seen.get(pair, 0) + 1
    return frozenset(pair for pair, n in seen.items() if n > 1)


def caption_above(out: list[str], whole_top: str, top_cut: bool) -> list[str]:
    """The caption standing above a picture's credit that runs into the next paragraph, taken off the end of
    ``out``: its last line when that reads as a caption (:func:`is_caption`), with the line before when
    the caption's words were broken over two ("Ann Lee, the minister." / "who spoke on Monday."), or when that
    line is all that stands between the page's posting stamp or header, cut above (``top_cut``; never under a
    dateline, which opens a lead), and the caption (a caption of two sentences). The page's top line as it came
    (``whole_top``) is left, since its caption may run on after a headline and a standfirst, which it would
    take with it, unless it is an agency's dated caption whole (:func:`is_dated_caption`) and opens on no
    headline in Title Case. (A short caption with no date is left there: it cannot be told from a short lead or a
    headline run into a caption by its words alone.)"""
    if not out or not is_caption(out[-1]):
        return []
    if (
        len(out) == 1
        and out[0] == whole_top
        and (opens_title_case(whole_top) or not is_dated_caption(whole_top))
    ):
        return []
    caption = [out.pop()]
    broken = caption[0][:1].islower()
    if out and is_caption(out[-1]) and (broken or (len(out) == 1 and top_cut)):
        caption.insert(0, out.pop())
    return caption


_MEDIA_NOTICE = re.compile(
    r"\s(?=(?:You|Your|This|Please|To)\s)(?=[^.!?]{0,90}?\b(?i:flash\s+player|javascript|plug-?in|your\s+browser)\b)"
)
MAX_HEADLINE_BEFORE_NOTICE = 20


def headline_before_media_notice(line: str) -> tuple[str, str] | None:
    """A page's first line that runs its headline into the notice a slideshow or video shows when the reader's
    browser cannot play it ("Ferry sinks off the coast You need JavaScript enabled to view this video."): the
    headline (three to twenty words, no sentence of its own) and the notice, which asks something of the reader
    and ends the line; None for any other line (one that goes on with the article, or news about a browser)."""
    m = _MEDIA_NOTICE.search(line)
    if m is None:
        return None
    head, notice = line[: m.start()].strip(), line[m.end() :].strip()
    if not 3 <= word_count(head) <= MAX_HEADLINE_BEFORE_NOTICE or re.search(r"[.!?]\s|\.$", head):
        return None
    if re.search(r"[.!?]\s+\S", notice) or not _ASKS_OF_READER.search(notice) or _SAID.search(notice):
        return None  # the article goes on after it, or a sentence of news about a browser or a player
    return head, notice


_ASKS_OF_READER = re.compile(
    r"\b(?:need|needs|must\s+have|requires?|enabled?|install(?:ed)?|upgrade|to\s+(?:view|play|watch|see)"
    r"|(?:does\s+not|doesn['’]t|cannot|can['’]t)\s+(?:support|play|display|show))\b",
    re.IGNORECASE,
)
_SAID = re.compile(r"\b(?:said|says|told|announced)\b")
