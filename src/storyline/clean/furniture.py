"""Page furniture that one article shows by itself: datelines, bylines glued to the lead, lines above the dateline,
and the families of promotion, comment-policy and media notices that pages wrap around a story.

Wire copy opens with a dateline ("WASHINGTON (Reuters) -", "PARIS (AFP) —"), often after a place-and-time stamp
("BERGEN | Tue Oct 8, 2013 7:42pm BST") and a byline. The dateline names the agency, which stands for the
outlet when nothing better does; what stands above it on the page (photo captions, teasers of other stories) is
not the article. Lines that are furniture only because they recur across an outlet's articles are judged on the
read side (``merge.furniture``), from the whole corpus.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from .corrections import CORRECTION_NOTE, SETS_RIGHT, TOP_CORRECTION, leaves_quote_open
from .junction import SENTENCE_END
from .link_list import list_end as link_list_end
from .listings import slot_end
from .patterns import AnyLine
from .pictures import (
    bracketed_credit_end,
    caption_above,
    caption_and_credit_end,
    credit_end,
    headline_before_media_notice,
    opens_on_credit_label,
    recurring_names,
    signoff_end,
)
from .word_classes import opens_title_case

_PLACE = r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s+[A-Z][a-z.]+(?:\s+[A-Z][a-z.]+)?)?"
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_CLOCK = r"\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?"
_STAMP = (
    rf"(?:{_WEEKDAY}\s+)?(?:{_MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d|\d{{1,2}}\s+{_MONTH}\s+(?:19|20)\d\d"
    rf"|(?:19|20)\d\d[\s/-]\d{{1,2}}[\s/-]\d{{1,2}})(?:,?\s+{_CLOCK})?"
)
_AGENCY = r"[A-Z][A-Za-z.&]*(?:\s+[A-Z][A-Za-z.&]*){0,2}!?"
_DASH = r"(?:-{1,2}|–|—|:)"
_BYLINE = r"By\s+[A-Z][^|()]{2,120}?\s+(?=[A-Z]{2,})"

_NOTE = r"\([^()]{1,100}\)\s*"
DATELINE = re.compile(
    rf"^(?P<prefix>(?:{_NOTE})?(?:{_BYLINE})?(?:{_PLACE}(?:,?\s+{_MONTH}\s+\d{{1,2}})?\s*\|\s*)?(?:{_STAMP}\s+)?"
    rf"(?:{_BYLINE})?"
    rf"(?P<place>{_PLACE})(?:(?:,?\s+{_MONTH}\s+\d{{1,2}})?\s*\((?P<agency>{_AGENCY})\)\s*{_DASH}"
    rf"|(?:,?\s+{_MONTH}\s+\d{{1,2}})?\s*(?:-{{2}}|–|—))\s*)(?=\S)"
)
"""A wire dateline at the start of a paragraph, with what may stand before it on the same line: a note in
brackets ("(Repeats to more subscribers)"), a byline, a place-and-time stamp."""

_FULL_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_UK_DAY = rf"(?:{_FULL_WEEKDAY},?\s+)?\d{{1,2}}\s+{_MONTH}\s+(?:19|20)\d\d,?"
_UK_CLOCK = r"\s+(?:last\s+updated\s+at\s+)?\d{1,2}[.:]\d\d\s*(?:GMT|BST|UTC|CET|EDT|EST|UK time)?"
_US_DAY = rf"{_FULL_WEEKDAY},\s+{_MONTH}\s+\d{{1,2}},\s+(?:19|20)\d\d\s*;\s*"
_US_CLOCK = r"\d{1,2}:\d\d\s*[AP]\.?M\.?(?:\s+E[SD]?T)?"
_DASHED = r"(?:\s+(?:-{1,2}|–|—))?"
_LONG_STAMP = rf"(?:{_UK_DAY}(?:{_UK_CLOCK})?|{_US_DAY}(?:{_US_CLOCK}|Page\s+[A-Z]?\d{{1,3}}){_DASHED})"
"""A posting's date, perhaps with its clock time, as British pages write it ("Monday 3 March 2014 08.42 GMT") or as
American ones do after a weekday, with a clock time or the printed page after a semicolon ("Tuesday, June 9,
2015; 3:26 PM", "Monday, March 3, 2014; Page A01")."""
_BBC_EDITION = r"(?:(?<=[.:]\d\d)\s+|(?<=[.:]\d\d\s))(?-i:UK(?=\s+[A-Z]))"
"""The edition a British page names after its second clock time ("Page last updated at 09:12 GMT, Tuesday, 3
March 2015 10:12 UK"): furniture only where the stamp opens on "last updated at" and a clock, and only before a
capitalised word (a lead may open "UK ministers ...", "UK 2,000 ...")."""
_UPDATED_STAMP = rf"(?:[Pp]age\s+)?[Ll]ast\s+updated\s+at\s+\d{{1,2}}[.:]\d\d\s*(?:GMT|BST)\s*,?\s*{_LONG_STAMP}{_BBC_EDITION}"
STAMP_INSIDE = re.compile(rf"\s(?:{_UPDATED_STAMP}|{_LONG_STAMP})\s+(?=[A-Z])")
_TIMED_STAMP_INSIDE = re.compile(
    rf"\s(?:{_UPDATED_STAMP}|{_UK_DAY}{_UK_CLOCK}|{_US_DAY}{_US_CLOCK}{_DASHED})\s+(?=[A-Z])", re.I
)
"""A posting's date with its clock time inside the first paragraph: what stands before it is the page's header
(headline and standfirst run together), what follows is the article."""
MAX_HEADER_WORDS = 60
"""A posting's date and time between a headline and its standfirst ("... fears Thursday 6 March 2014 10.05 GMT It
was ...")."""

STAMP_PREFIX = re.compile(rf"^{_LONG_STAMP}\s", re.I)
"""A posting's date (and time) opening the page's first line."""
_FOLLOW_LINK = (
    r"(?i:follow|get|read|see|watch)\s+(?:the\s+|our\s+|all\s+the\s+)?(?:latest|live|full)\s+"
    r"(?:updates?|coverage|news|developments|reports?|blog)\b"
)
"""A line sending the reader to more coverage ("Follow the latest updates on the ferry strike")."""
_NAME_BEFORE = "".join(
    rf"(?<!\b{w})" for w in ("on", "in", "at", "of", "to", "by", "for", "from", "with", "the")
)
"""Words after which a capital goes on the phrase ("on Saturday", "of the Red Cross") rather than opening a sentence."""
_GLUED_LINK = re.compile(
    rf"^{_FOLLOW_LINK}[a-z\s,'’-]{{0,100}}?[a-z]{_NAME_BEFORE}\s+(?=[\"“‘']?[A-Z]\S*\s+\S+\s+\S)"
)
_ADVICE_VERBS = r"(?:said|says|told|tells|urged|urges|advised|advises|warned|warns|added)"
_ADVISED = re.compile(rf",[^.!?]{{0,60}}\b{_ADVICE_VERBS}\b")
"""Advice reported as someone's ("Follow the latest news and stay indoors, police told residents"): no notice."""
GLUED_PREFIXES = [
    re.compile(
        rf"^{_LONG_STAMP}\s+(?:(?:page\s+)?last\s+updated\s+at\s+{_CLOCK}\s+)?(?:Help\s+)?(?=[A-Z])", re.I
    ),
    re.compile(
        rf"^(?:page\s+)?last\s+updated\s+at\s+{_CLOCK}(?:\s*(?:[A-Z]{{2,4}}|UK time)?\s*,?\s*{_LONG_STAMP}"
        rf"(?:{_BBC_EDITION})?)?[^A-Za-z([]*"
        r"(?:Help\s+)?(?=[A-Z(\[])",
        re.I,
    ),
    re.compile(
        rf"^(?i:(?:page\s+)?(?:last\s+)?updated)\s*:\s*\d{{1,2}}\s+(?i:{_MONTH})\s*,?\s+(?:19|20)\d\d\s*"
        r"(?:[-–—,|]\s*)?(?:\d{1,2}[.:]\d\d\s*(?:GMT|BST|UTC|CET|EDT|EST|UK time)?\s*)?(?=[A-Z])"
    ),
    re.compile(r"^(?:this story|story tools|share this)\s*:?\s*(?:[A-Za-z]+\s*\+?\s*\|\s*){1,6}", re.I),
    re.compile(r"^(?:[A-Z][\w.'’-]+\s+){1,3}\|\s+[^|]{0,60}?(?:19|20)\d\d\s+(?=[\"“‘']?[A-Z])"),
    re.compile(
        r"^\((?:additional )?(?:reporting|writing|editing|compiled|research) by\b[^()]{1,150}\)\s*", re.I
    ),
    re.compile(r"^[^.!?]{0,120}\bclick here\s*:\s*(?=\S)", re.I),
    re.compile(
        r"^(?:skip|jump) to (?:the |a |an )?(?:main )?(?:content|comments?|navigation|section|menu|search|top"
        r"|results|footer|listings|schedule|days? of the week)\b[^.:!?]{0,20}:\s*(?=[A-Z0-9\"“])",
        re.I,
    ),
    re.compile(r"^(?:[A-Z]{2,}\s+)?[\[(](?i:an error occurred while processing this directive)[\])]\s*"),
]
"""Furniture that a page glues to the start of the next paragraph: a posting's date and time ("Monday 3 March
2014 08.42 GMT", "18 November 2014 Last updated at 09:36 GMT", "Last updated: 3 march, 2014 - 16:08 GMT"), a story-tools menu ("This Story: Read + | Watch
+ |"), a blog's byline and time stamp ("Ann Lee | 07:41 UK time, Thursday, 6 March 2014"), a credit in
brackets, a "click here:" line, a page's link to its own parts ("Skip to a day of the week:"), a web server's error message left in the page (under an edition label such as
"UK"), run into the paragraph that follows it. A picture's credit run into the paragraph after it is cut with its
caption (``pictures``)."""

AGENCY_ONLY = re.compile(rf"^\(?(?P<agency>{_AGENCY})\)\s*{_DASH}\s*(?=[A-Z\"“])")
"""A dateline whose place stood on the line before ("MEXICO CITY (" then "Reuters) - The ..."), or was left out."""
DATELINE_CORE = re.compile(
    rf"(?<![\w,])(?P<place>{_PLACE})(?:,?\s+{_MONTH}\s+\d{{1,2}})?\s*\((?P<agency>{_AGENCY})\)\s*{_DASH}\s*(?=\S)"
)
"""A wire dateline inside a paragraph, after header matter the page ran into it (highlights, notes, bylines)."""
PAPER_DATELINE = re.compile(
    rf"(?<=[a-z\w'’\")] )(?P<place>[A-Z]{{3,}}(?:\s+[A-Z]{{2,}}){{0,3}})(?:,\s+[A-Z][a-z.]+(?:\s+[A-Z][a-z.]+)?)?"
    rf"(?:,?\s+{_MONTH}\s+\d{{1,2}})?\s+(?:--|–|—)\s+(?=[\"“]?[A-Z])"
)
"""A newspaper's dateline, with no agency ("BERGEN, Norway, Jan. 5 -- ", "OSLO -- "), run on after the headline
in the page's first line."""
_SENTENCE_AFTER = re.compile(r"(?:\S+\s+){0,7}[a-z][a-z'’-]{3,}\b")
"""A sentence under a dateline: a word of four letters or more in lower case among its first eight (no Title Case
words of a headline, "… With FIFA — For Now")."""
_SENTENCE_INSIDE = re.compile(r"[a-z][.!?][\"”’']?\s+[A-Z][a-z]+\s+[a-z]")
_HIGHLIGHTS = re.compile(r"(?:^|\s)[*•]\s+")

GLUED_BYLINE = re.compile(
    r"^(?P<prefix>By\s+(?P<names>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)(?:\s*(?:,|\band\b)\s*[A-Z][\w.'’-]+"
    r"(?:\s+[A-Z][\w.'’-]+))*)\s+)(?=[A-Z][a-z]+\s+[a-z])"
)
"""A byline that runs into the first sentence ("By Ann Lee and Tom Roe Nevermind that the ..."): names of two
capitalised words each, then a capitalised word followed by a lower-case one, which starts the sentence."""

_WIDGET = (
    r"^(?:(?:more )?(?:news |stories )?(?:from )?around the web|(?:promoted|sponsored) (?:stories|content|links)"
    r"|(?:recommended|suggested) (?:for you|stories|reading)|you (?:may|might) (?:also )?(?:like|enjoy))\s*:?\s+\S"
)
WIDGET = re.compile(_WIDGET, re.IGNORECASE)
"""The heading of a widget recommending other stories, with the first one's snippet run into it; the snippets
under it open on their own datelines."""

CLOSED = re.compile(
    r"^(?:(?:this|the) )?(?:debate|discussion|topic|forum|thread|conversation"
    r"|comments?(?: (?:to|on|for) (?:this|the) (?:entry|story|article|post|page|blog))?)"
    r" (?:is|are|has|have) (?:now )?(?:been )?closed(?: (?:to|for) (?:new )?comments)?\s*[.!]?"
    r"(?:\s+thanks?\b.*)?$",
    re.IGNORECASE,
)
"""A page's notice that readers may no longer write ("This debate is now closed.", "Comments are closed."): a
notice wherever it stands, and where readers' signatures follow it, the line their comments start under."""
_FROM = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}"
READER_SIGNATURE = re.compile(rf"^(?!By\s)[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{1,3}}, {_FROM}(?:, {_FROM})?\.?$")
"""How a page signs a reader's comment: the reader's name and where they write from ("Ann Lee, Leeds, UK"), a
line of its own."""
SIGNED_WITHIN = 20
"""How many lines after a closed debate's notice the first reader's signature stands (a comment or a few: the
notice cuts the page only there, and only below the page's opening lines, where a widget may say it)."""

_PARTNER_NOTE = (
    r"^\(?this (?:article|story|report|investigation) (?:was|is) (?:reported|written|produced|prepared|published)"
    r" (?:(?:jointly|together) with|in (?:partnership|collaboration|conjunction) with|with (?:the )?(?-i:[A-Z]))"
)
"""A note that another newsroom shared the reporting ("This article was reported jointly with ...")."""

# Lines that are furniture wherever they stand: promotion, comment policy, embedded-media and programme notices,
# corrections notes, and the headings of widgets that recommend other stories with a snippet run into them (a
# heading on its own line starts the page's footer: ``patterns.FOOTER_MARKER``).
NOTICES = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\bclick here\b",
        rf"^{_FOLLOW_LINK}(?![^.!?]*{_ADVISED.pattern})[^.!?]*[.!]?$",
        r"^for (?:more|the latest|full)\b.{0,60}\b(?:coverage|updates|news|developments|stories)\b",
        r"^for (?:more |the latest |further )?(?:updates|coverage|details|information)\b.{0,60}\b(?:see|visit|go to|follow)"
        r"\b.{0,40}\b(?:page|pages|website|site|blog|feed|live)\b",
        r"^(?:this )?page (?:last )?updated\b|^last updated\b",
        r"^(?:photo(?:graph)?\s+)?credits?\s*:",
        r"\breport abuse\b|^posted by\s*:",
        r"^[-–—]*\s*(?:[A-Z][\w.'’-]+\s+){1,3}is (?:an? |the )?[^.]{0,60}\b(?:columnist|correspondent|editor|writer"
        r"|reporter|contributor|blogger)\b",
        r"\b(?:delivered|sent) (?:to|straight to) your (?:inbox|phone|device)\b",
        r"\b(?:one|a single) click (?:to|and you) (?:get|receive|subscribe|sign up|join)\b",
        r"^(?:send|e-?mail) (?:us )?(?:an? )?(?:e-?mail|message|note)?\b.{0,80}\bin the subject line\b",
        r"\b(?:views|opinions) expressed\b.{0,80}\b(?:(?:do not|don't) (?:represent|reflect)\b|are (?:his|her|their|"
        r"the author's|my) own\b)",
        CLOSED.pattern,
        r"\bwe welcome comments\b|\bleave a comment\b|\bcomments? (?:may|will) be (?:published|edited|moderated)\b",
        r"\bmay edit your comments\b|\bnot responsible for (?:any )?content posted\b",
        r"\bmoderat\w*\b.{0,60}\bcomments?\b|\bcomments?\b.{0,60}\bmoderat|\bmoderators retain\b",
        r"\bjavascript (?:must|needs to) be (?:turned on|enabled)\b|\bflash player\b",
        r"\byour browser\b.{0,60}\b(?:settings|support|enable|commenting)\b",
        r"\b(?:unable to offer|no) transcripts?\b|\bbroadcast live and the running order\b",
        r"\bprogramme information\b|\bnot updated after publication\b",
        r"^\(?(?:additional )?(?:reporting|writing|editing|compiled) by\b.{0,120}\)?\.?$",
        rf"{CORRECTION_NOTE}|{_PARTNER_NOTE}",
        r"^(?:(?:thoughts|comments|questions|suggestions|criticisms?|complaints|feedback|tips)\s*(?:,|or|and)\s*)+"
        r"(?:thoughts|comments|questions|suggestions|criticisms?|complaints|feedback|tips)\b[^.!]{0,80}\?$",
        _WIDGET,
    )
]
_ANY_NOTICE = AnyLine([p.pattern for p in NOTICES], re.IGNORECASE)
"""The notices searched together, once per line (none of them refers to a group by number)."""
MAX_NOTICE_WORDS = 45
HEADER_SEARCH = 4
"""How many opening paragraphs may hold the dateline; what stands above it there is page furniture."""


@dataclass(frozen=True)
class Furniture:
    """What an article's own lines say is furniture: the paragraphs kept (prefixes cut), the removed text in order,
    and the agency a dateline names."""

    lines: tuple[str, ...]
    removed: tuple[str, ...]
    agency: str | None = None
    highlight: str | None = None
    """The first of the highlights ("* Toll rises * Schools shut") standing before the dateline: a headline."""
    header: str | None = None
    """The headline and standfirst that stood before a posting stamp in the first paragraph."""


def is_notice(line: str) -> bool:
    """Whether a whole line is a promotion, comment-policy, media or programme notice."""
    return len(line.split()) <= MAX_NOTICE_WORDS and _ANY_NOTICE.search(line)


def _dateline_after_headline(line: str) -> tuple[int, int] | None:
    """Where a newspaper's dateline run on after a headline in Title Case starts and ends in the page's first
    line ("Ferry Strike Spreads to Northern Ports BERGEN, Norway, Jan. 5 -- Crews ..."): before it, three to
    twenty words, every one of four letters or more capitalised and none in capitals."""
    m = PAPER_DATELINE.search(line)
    if m is None or not _SENTENCE_AFTER.match(line[m.end() :]):
        return None
    head = line[: m.start()].split()
    long = [w for w in head if len(re.sub(r"[^A-Za-z]", "", w)) >= 4]
    if not 3 <= len(head) <= 20 or any(not w[:1].isupper() or w.isupper() for w in long):
        return None
    return m.start(), m.end()


def dateline(line: str) -> tuple[int, str | None] | None:
    """Where the wire dateline a paragraph opens with ends, and the agency it names; a dateline inside the
    paragraph counts when all before it is header matter (no full sentence)."""
    if m := DATELINE.match(line):
        return m.end("prefix"), m.group("agency")
    if m := AGENCY_ONLY.match(line):
        return m.end(), m.group("agency")
    m = DATELINE_CORE.search(line)
    if (
        m
        and m.start()
        and not _SENTENCE_INSIDE.search(line[: m.start()])
        and len(line[: m.start()].split()) <= 80
    ):
        return m.end(), m.group("agency")
    return None


def first_highlight(text: str) -> str | None:
    """The first item of a run of highlights ("* Toll rises * Schools shut"), if the text opens with one."""
    if not _HIGHLIGHTS.match(text):
        return None
    items = [item.strip(" (") for item in _HIGHLIGHTS.split(text) if item.strip()]
    return items[0] if items and len(items[0].split()) >= 3 else None


def _cut_glued(line: str, removed: list[str]) -> str:
    """The line without the furniture glued to its start (what is cut goes to ``removed``): the prefixes of
    ``GLUED_PREFIXES``, and a link to more coverage run into a sentence of the report (a whole sentence after
    it, no advice reported as someone's: a line that is all link is a notice)."""
    for glued in GLUED_PREFIXES:
        if (m := glued.match(line)) and line[m.end() :].strip():
            removed.append(m.group(0).strip())
            line = line[m.end() :]
    m = _GLUED_LINK.match(line)
    if m and SENTENCE_END.search(line) and not _ADVISED.search(line):
        removed.append(m.group(0).strip())
        line = line[m.end() :]
    return line


def _cut_stamped_header(kept: list[str], removed: list[str]) -> str | None:
    """Cut the page's header from the first paragraphs when a posting stamp ends it (the paragraphs above the
    stamp's and its text up to the stamp go to ``removed``); the header's first paragraph, or None."""
    for i, line in enumerate(kept[:HEADER_SEARCH]):
        m = _TIMED_STAMP_INSIDE.search(line)
        if m is None:
            continue
        rest = line[m.end() :]
        if len(line[: m.start()].split()) > MAX_HEADER_WORDS or len(rest.split()) < 6:
            return None
        header = [*kept[:i], line[: m.start()].strip()]
        removed += [*kept[:i], line[: m.end()].strip()]
        kept[: i + 1] = [rest]
        return header[0]
    return None


COMMENT_SIGNATURE = re.compile(r"\bposted by\s*:\s*[^|]{1,60}\|[^|]{1,60}\|\s*report abuse\b", re.IGNORECASE)
"""The signature a page puts under each reader's comment ("Posted by: reader | March 4, 2014 8:13 AM | Report
abuse"), run into the paragraph of the comment's last words or the next one's first."""
POST_STAMP = re.compile(
    r"^By\s+[^|]{2,60}\|\s*[^|]{0,30}(?:19|20)\d\d\s*[;,]?\s*\d{1,2}:\d\d\s*[AaPp]\.?[Mm]\b"
)
"""A blog post's byline and time stamp ("By Ann Lee | June 9, 2015; 10:30 AM ET"), which ends the post."""


_DAY = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\s*,?\s+(?:19|20)\d\d|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s+(?:19|20)\d\d)"
_HANDLE = r"[^\s,:]{2,40}"
COMMENT_HEADER = re.compile(
    rf"(?:\b(?:At|On)\s+)?(?:{_CLOCK}\s*(?:on\s+)?{_DAY}|{_DAY}\s*(?:at\s+)?{_CLOCK})\s*,?\s*{_HANDLE}\s+wrote\s*:"
    rf"|\bAdded\s*:\s*(?:{_WEEKDAY}\s*,?\s*)?{_DAY}\s*,?\s*{_CLOCK}"
)
"""The heading a page puts over each reader's comment: its time stamp and the reader's handle ("At 8:47 pm on 14
Feb 2012, ann_lee wrote:", "On March 2, 2015 at 4:10 PM, oslo99 wrote:"), or the time it was added ("Added:
Tuesday, 18 November, 2014, 16:20 GMT"), perhaps run into the line before."""
COMMENT_BYLINE = re.compile(rf"^{_HANDLE}\s+(?:says|said)\s*(?::|\.\.\.|…)$")
STAMP_LINE = re.compile(rf"^(?:on\s+)?{_DAY}\s*(?:at\s+)?{_CLOCK}$", re.IGNORECASE)
"""A reader's handle on a line of its own ("ann_lee says:", "oslo99 said...") over a line of its time stamp
("March 2, 2015 at 4:10 pm"): the heading of a comment in the commonest blog layouts."""


def _comments_begin(lines: list[str]) -> tuple[int, int] | None:
    """Where the first reader's comment heading stands: its line and offset in it; or the notice that the debate
    is closed, where readers' signatures follow it."""
    for i, line in enumerate(lines):
        if i >= HEADER_SEARCH and CLOSED.match(line) and _signed_under(lines, i):
            return i, 0
        # every heading holds one of COMMENT_HEADER's words "wrote" and "Added": other lines are not searched
        if ("wrote" in line or "Added" in line) and (m := COMMENT_HEADER.search(line)):
            return i, m.start()
        if COMMENT_BYLINE.match(line) and i + 1 < len(lines) and STAMP_LINE.match(lines[i + 1]):
            return i, 0
    return None


def _signed_under(lines: list[str], i: int) -> bool:
    """Whether a reader's signature stands within ``SIGNED_WITHIN`` lines under line ``i``."""
    return any(READER_SIGNATURE.match(later) for later in lines[i + 1 : i + 1 + SIGNED_WITHIN])


_ENDS_ON_AGENCY = re.compile(rf"\((?:{_AGENCY})\)\s*$")
_OPENS_ON_DASH = re.compile(r"^(?:-{1,2}|–|—)\s+(?=\S)")


def _rejoined_datelines(lines: list[str]) -> list[str]:
    """A dateline whose dash the page put at the start of the next line ("LONDON (Reuters Life!)" then "- More
    than ..."), within the opening lines, put back on one line."""
    out: list[str] = []
    for i, line in enumerate(lines):
        if out and i <= HEADER_SEARCH and _OPENS_ON_DASH.match(line) and _ENDS_ON_AGENCY.search(out[-1]):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _without_comments(lines: list[str], removed: list[str]) -> list[str]:
    """The lines before the readers' comments: from the first comment's heading, or from the post's closing
    byline and stamp before the first comment signature, or from the first signature where no stamp stands
    before it (the first comment's opening words are then kept: nothing tells where they begin)."""
    first = next((i for i, line in enumerate(lines) if COMMENT_SIGNATURE.search(line)), None)
    heading = _comments_begin(lines[: first + 1] if first is not None else lines)
    if heading is not None:  # the first comment opens under its heading: from there on
        i, at = heading
        before = lines[i][:at].strip()
        removed.extend([lines[i][at:].strip(), *lines[i + 1 :]])
        return [*lines[:i], *([before] if before else [])]
    if first is None:
        return lines
    start = next((i for i in range(first, -1, -1) if POST_STAMP.match(lines[i])), first)
    removed.extend(lines[start:])
    return lines[:start]


def split_furniture(lines: list[str]) -> Furniture:
    """The article's paragraphs without its own furniture: a dateline prefix is cut from its paragraph (and the
    paragraphs above it within the first few are removed), a byline glued to the lead is cut, a header run into
    the first paragraph up to a posting stamp is cut, notices go, and so do the datelined snippets that follow a
    widget's heading and the readers' comments under the article."""
    removed: list[str] = []
    agency = highlight = header = None
    lines = _without_comments(_rejoined_datelines(lines), removed)
    kept = [_cut_glued(line, removed) if i < HEADER_SEARCH else line for i, line in enumerate(lines)]
    stamped = bool(kept) and kept[0] != lines[0] and bool(STAMP_PREFIX.match(lines[0]))
    dated = False
    if kept and (glued := _dateline_after_headline(kept[0])):
        start, end = glued
        header = kept[0][:start].strip()
        removed.append(kept[0][:end].strip())
        kept[0] = kept[0][end:]
        dated = True
    for i, line in enumerate(kept[:HEADER_SEARCH]):
        if dated:
            break
        found = dateline(line)
        if found is None:
            continue
        end, named = found
        agency = " ".join(named.split()) if named else None
        removed += [*kept[:i], line[:end].strip()]
        highlight = next((h for h in map(first_highlight, removed) if h), None)
        kept = [line[end:], *kept[i + 1 :]]
        dated = True
        break
    else:
        if kept and (m := GLUED_BYLINE.match(kept[0])):
            removed.append(m.group("prefix").strip())
            kept[0] = kept[0][m.end("prefix") :]
        else:
            header = _cut_stamped_header(kept, removed)
    out: list[str] = []
    widget = False
    notice: str | None = None  # the notice just removed above everything kept
    went_on = 0  # lines removed as going on that notice
    names: frozenset[str] | None = None  # found only for a page with a picture's credit
    skip_to = 0  # lines before this index are a link list under a promotion at the top
    top_notice = False  # a notice was cut with nothing kept above it
    for i, line in enumerate(kept):
        if i < skip_to:
            removed.append(line)
            continue
        if not out and top_notice and (end := link_list_end(kept, i)) is not None:
            removed.append(line)
            skip_to = end
            continue
        line = _cut_glued(line, removed)
        if (end := signoff_end(line) or slot_end(line)) is not None:
            removed.append(line[:end].strip())  # a reporter's sign-off or a schedule's slot run into the text
            line = line[end:]
        if (end := fact_box_end(line)) is not None:
            removed.append(line[:end].strip())  # a profile box run into the report
            if not (line := line[end:].strip()):
                continue
        if opens_on_credit_label(line):
            names = recurring_names(kept) if names is None else names
        after_credit = False
        if (end := bracketed_credit_end(line)) is not None or (
            names is not None and (end := credit_end(line, names)) is not None
        ):
            if line[end:].strip():  # a credit run into the next paragraph: the caption stood above it
                removed += caption_above(out, lines[0], top_cut=not dated and (stamped or header is not None))
                after_credit = True
            removed.append(line[:end].strip())
            line = line[end:].strip()
            while (end := bracketed_credit_end(line)) is not None:  # "(AP Photo/Ann Lee) (Ann Lee - AP) ..."
                removed.append(line[:end].strip())
                line = line[end:].strip()
            if not line:
                continue
        # the page's top line may open on the headline; a line after a credit opens on what followed the picture
        if (out or after_credit) and (end := caption_and_credit_end(line)) is not None:
            removed.append(line[:end].strip())  # a caption and its credit run into the article's next line
            line = line[end:].strip()
        if not out and (parted := headline_before_media_notice(line)):
            out.append(parted[0])  # the headline stays; what the notice asks of the reader next goes with it
            removed.append(parted[1])
            notice, went_on = parted[1], 0
            continue
        if is_notice(line) or (widget and DATELINE.match(line)) or (not out and TOP_CORRECTION.match(line)):
            removed.append(line)
            widget = widget or bool(WIDGET.search(line))
            notice, went_on = (line if not out else None), 0
            top_notice = top_notice or not out
        elif notice is not None and continues_notice(
            line, notice, kept[i + 1] if i + 1 < len(kept) else "", removed[-1] if went_on else ""
        ):
            removed.append(line)
            went_on += 1
            notice = notice if went_on < MAX_CONTINUATIONS else None
        else:
            out.append(line)
            widget = False
            notice = None
    return Furniture(tuple(out), tuple(removed), agency, highlight, header)


def fact_box_end(line: str) -> int | None:
    """Where a profile box that opens ``line`` ends, or None: three labels or more, each a capitalised word or
    two and a colon, with their values, most of them no count (a tally of counts by place, "Bergen: 20 cases
    Molde: 3 cases", is news) ("Born: 1 May 1950, Molde Also known as: The Captain Best known for: …"),
    up to the sentence run into it after the last value (an article, a pronoun or "In"/"On" capitalised before a
    word in lower case: "… Ferry of the Year He told reporters …"); the whole line when no sentence follows."""
    if not _BOX_LABEL.match(line):  # the first label opens the line (most lines open on none)
        return None
    labels = list(_BOX_LABEL.finditer(line))
    if len(labels) < MIN_BOX_LABELS or labels[0].start() != 0:
        return None
    if 2 * sum(line[m.end() : m.end() + 1].isdigit() for m in labels) >= len(labels):
        return None  # "Norway: 20 cases Chad: 1 case Peru: 3 suspected": a tally of counts, the news itself
    if any(
        b.start() - a.end() > MAX_BOX_VALUE or re.search(r"[.!?]\s", line[a.end() : b.start()])
        for a, b in itertools.pairwise(labels)
    ):
        return None  # a value that is a paragraph or holds a sentence's end: no box
    after = _BOX_SENTENCE.search(line, labels[-1].end())
    return after.start() + 1 if after else len(line)


MIN_BOX_LABELS = 3
MAX_BOX_VALUE = 120
"""A value of a profile box is a few names or a date, with no full stop; a longer stretch is a paragraph."""
_BOX_LABEL = re.compile(r"(?:^|(?<=\s))[A-Z][a-z]+(?:\s[a-z]+){0,3}\s?:\s")
_BOX_SENTENCE = re.compile(r"\s(?:He|She|It|They|We|The|A|An|This|His|Her|Their|In|On)\s(?=[a-z])")


def continues_notice(line: str, notice: str, after: str, above: str = "") -> bool:
    """Whether a line at the top of an article goes on the notice just above it, nothing of the article standing
    before either: one short sentence that tells the reader what to do about it ("See the instructions for fixing
    the problem.", "Send us an e-mail.") or goes on selling what a promotion sells ("It's like reading the paper,
    only sooner.", "Your guide to the week's markets."), or, after a correction or a partner's note, the one short
    sentence that explains it: about a name the note named ("Lee is the harbour's deputy director.", "Harbour
    Watch is funded by readers."), or, after a correction, one that sets the record right ("In fact, the fund
    holds ...", "Her full answer was ...", "The correct figure is ...") or stands over the headline ("... | Ferry
    Line Wins Award ..."). A line that closes a quotation, or opens its next paragraph, where the continuation
    removed ``above`` it left it open goes on that line."""
    words = line.split()
    if not words or len(words) > MAX_CONTINUATION_WORDS or _SENTENCE_INSIDE.search(line):
        return False
    if (
        above
        and leaves_quote_open(above)
        and (leaves_quote_open(line) or line[:1] in '"“')
        and not _SAID.search(line)
    ):
        return True
    if _TELLS_READER.match(line):
        return True
    if _REFERS_BACK.match(line):
        return bool(_PROMOTION.search(notice))
    correction = re.match(CORRECTION_NOTE, notice, re.IGNORECASE) or TOP_CORRECTION.match(notice)
    if not (correction or re.match(_PARTNER_NOTE, notice, re.IGNORECASE)):
        return False
    named = {w.strip("'’\"“”,.;:()") for w in notice.split()[1:]} - _FUNCTION_WORDS
    first = words[0].strip("'’\"“,.")
    if (
        first[:1].isupper()
        and first in named
        and re.match(r"(?:[A-Z][\w'’.-]*\s+){1,3}(?:is|was|were|are|has|had)\b", line)
    ):
        return True
    return bool(correction) and (
        line.startswith("In fact") or SETS_RIGHT.match(line) is not None or opens_title_case(after)
    )


_SAID = re.compile(r"[\"”]\s*,?\s+(?:[\w'’.-]+\s+){0,4}(?:said|says|told|added|asked)\b")
"""A quotation closed and given its own speaker: the article's line, not the correction's quote going on."""
_FUNCTION_WORDS = frozenset("The A An This That These Those It Its In On At Of For And But".split())
MAX_CONTINUATION_WORDS = 40
MAX_CONTINUATIONS = 2
"""A notice goes on for at most this many lines ("It's the paper before breakfast." "Your guide to ...")."""
_TELLS_READER = re.compile(
    r"(?:please\s+)?(?:see|send|visit|e-?mail us|write to us)\s|please\s+(?:click|tap)\s"
    r"|(?:click|tap)\s+(?:here|on|below|the\s+(?:button|link|icon))\b",
    re.IGNORECASE,
)
_REFERS_BACK = re.compile(r"(?:it['’]s|it is|this is|that['’]s|your)\s", re.IGNORECASE)
_PROMOTION = re.compile(
    r"\b(?:inbox|subscribe|subscription|newsletter|delivered|sign up|download|app|podcast|alerts)\b",
    re.IGNORECASE,
)
"""A promotion, whose next line may go on selling it ("It's the news before breakfast.", "Your guide to ...")."""
