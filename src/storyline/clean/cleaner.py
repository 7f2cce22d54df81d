"""Cleaning: the article body with page debris removed, and the metadata the page's furniture carries.

Debris is found by general rules: the shapes of web furniture (``patterns``) and an article's own furniture
(``furniture``: wire datelines, what stands above them, glued bylines, notices); tokenised text is made plain
first (``detokenise``). Cleaning reads one article alone, so it never depends on what else is stored: a line
that is furniture only because it recurs across an outlet's articles is judged on the read side
(``merge.furniture``). A paragraph repeated within one article is not debris by itself. Removed lines are kept, in order, in
``Article.boilerplate``; title, byline and date lines become metadata. A text its source states as the article
(``RawArticle.explicit_text``) loses recognised debris lines, never all of its lines. Lengths are counted with
``language.word_count``, so a line of Chinese or Japanese is as long as its words, not one word.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

from ..ids import article_id
from ..models import Article, Published, RawArticle
from ..textsim import sentences
from ..timeml import MONTHS
from . import patterns as P
from .author_notes import author_note_opening
from .detokenise import detokenise
from .furniture import split_furniture
from .headline import (
    LOWER_CASE_WORD,
    glued_headline,
    headline,
    main_news,
    named_after_title_case,
    no_headline,
    plausible,
    without_ellipsis,
)
from .inside_captions import caption_before_named_subject
from .junction import MAX_WORDS, names_in, run_in_opening
from .language import detect_language, first_words, word_count
from .lead_openings import unquoted
from .named_lead import lead_on_a_name, same_person_again, title_again_after_title_case
from .run_on_leads import glued_caption, subheading_in_capitals
from .story_title import headline_part
from .title_tidy import tidy_title

MAX_TITLE_WORDS = 25
HEADER_LINES = 8
"""How many lines at the top may hold title, byline, date and captions."""

_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|[-_]|$)")
_SENTENCE_END = tuple('.!?"”’:)。！？」』）')
_CLAUSE_END = (".", ",", ";", ":", "。", "，", "；", "：", "、")


def line_key(line: str) -> str:
    """How a line is compared across articles: lower case, letters and digits only."""
    return " ".join(re.findall(r"\w+", line.lower()))


def normalise(text: str) -> str:
    """Unicode NFC, unified newlines, no zero-width or non-breaking oddities."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "").replace("\t", " ")
    return text


def strip_markdown(line: str) -> str:
    if not _MARKDOWN_CHARS.search(line):  # no link, emphasis or escape to undo: only the spaces
        return " ".join(line.split())
    line = P.MARKDOWN_LINK.sub(lambda m: m.group(1), line)
    line = P.MARKDOWN_EMPHASIS.sub(lambda m: m.group(2), line)
    line = re.sub(r"\\([*_\[\]()#`])", r"\1", line)
    return " ".join(line.split())


_MARKDOWN_CHARS = re.compile(r"[\[*_\\]")
"""The characters a Markdown link, emphasis or escape needs (``strip_markdown``)."""


@dataclass
class _Meta:
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: Published = field(default_factory=Published)
    title_from_text: bool = False
    """The title is the text's first line, taken for one (not declared by the source)."""


def _find_meta(raw: RawArticle) -> _Meta:
    """Title, author, outlet and URL from declared metadata and the page's credit lines and banners.

    Outlet evidence, strongest first: declared metadata, a "NAME for OUTLET" credit, the page's own banner
    ("Support OUTLET!"), a "Material from OUTLET" credit (which may name a source the article drew on), the site.
    """
    meta = _Meta(title=_tidy(raw.title), author=_tidy(raw.author), url=raw.url)
    found: dict[int, str] = {}
    for line in normalise(raw.text or "").split("\n"):
        plain = strip_markdown(line).strip("*_ ")
        for strength, pat in P.CREDIT_LINES:
            m = pat.match(plain)
            if m:
                found.setdefault(strength, _outlet_name(m.group("outlet")))
                if "author" in m.groupdict():
                    meta.author = meta.author or _tidy(m.group("author"))
                break
        m = P.OUTLET_BANNER.match(plain)
        if m:
            found.setdefault(P.BANNER_STRENGTH, _outlet_name(m.group("outlet")))
    candidates = [_tidy(raw.outlet)] + [found[k] for k in sorted(found, reverse=True)]
    meta.outlet = next((c for c in candidates if c), None)
    if not meta.outlet and raw.url:
        meta.outlet = site_of(raw.url)
    return meta


MAX_OUTLET_WORDS = 6


def _outlet_name(value: str | None) -> str | None:
    """An outlet's name as a credit gives it; a run of words that reads as a sentence, a question or a list of
    people is no outlet's name."""
    name = _tidy(value)
    if not name or len(name.split()) > MAX_OUTLET_WORDS or re.search(r"[?!;,]", name):
        return None
    if name.startswith("the "):
        name = "The " + name[4:]
    return name


def site_of(url: str) -> str | None:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def _tidy(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(value.split()).strip(" .,;:*_|-")
    return value or None


def clean(raw: RawArticle, aid: str | None = None) -> Article:
    """The cleaned Article for a raw one (``aid``: its id, when the caller has it already)."""
    meta = _find_meta(raw)
    lines = [ln.strip() for ln in detokenise(normalise(raw.text or "")).split("\n")]
    own = split_furniture([ln for ln in lines if ln])
    lines = list(own.lines)
    debris: set[int] = set()
    in_footer = False
    for i, line in enumerate(lines):
        plain = strip_markdown(line).strip("*_ ")
        key = line_key(plain)
        is_list_item = bool(re.match(r"^[-*•]\s+", line))
        if in_footer and (is_list_item or _looks_like_title(plain)):
            debris.add(i)
            continue
        in_footer = False
        m = P.ORIGINAL_URL.match(plain)
        if m:
            debris.add(i)
            meta.url = meta.url or m.group("url")
            continue
        m = P.BARE_URL.match(plain)
        if m:
            debris.add(i)
            meta.url = meta.url or m.group("url")
            continue
        if not key:
            debris.add(i)
            continue
        if any(p.match(plain) for _, p in P.CREDIT_LINES) or P.OUTLET_BANNER.match(plain):
            debris.add(i)
            continue
        if any(p.match(plain) for p in P.DEBRIS_LINE):
            debris.add(i)
            in_footer = bool(P.FOOTER_MARKER.match(plain))
            continue
        if is_list_item and P.MARKDOWN_LINK.fullmatch(re.sub(r"^[-*•]\s+", "", line)):
            debris.add(i)
            continue
        if P.CAPTION_CREDIT.search(line) or P.CAPTION_CREDIT.search(plain):
            debris.add(i)
            continue
        if len(P.NAV_SEPARATORS.findall(plain)) >= 2 and word_count(plain) <= 15:
            debris.add(i)
            continue
    debris |= _kickers(lines, debris, meta)
    body_idx = _header(lines, debris, meta)
    headline_cut, standfirst = _split_header(own.header)
    kept = _join_broken([*standfirst, *(strip_markdown(lines[i]) for i in body_idx)])
    language = raw.language or detect_language("\n\n".join(kept))
    notes: tuple[str, ...] = ()
    if language == "en":  # where a sentence starts inside a line is read from English capitals
        lead_finder: Callable[[str], str | None] = run_in_opening
        if headline_cut is None and (lead_head := _glued_lead_headline(kept, meta.title)):
            kept[0] = kept[0][len(lead_head) :].lstrip()
            if author_note_opening(f"{lead_head} {kept[0]}") == lead_head:
                notes = (lead_head,)  # who wrote the piece: no headline, no news
            else:
                headline_cut = None if meta.title else lead_head
            lead_finder = _headline_finder(kept)  # a caption may follow the headline before the lead
        kept = (
            [*_parted(kept[0], lead_finder), *(part for p in kept[1:] for part in _parted(p, _inside_finder))]
            if kept
            else []
        )
    text = "\n\n".join(kept)
    boilerplate = own.removed + tuple(strip_markdown(lines[i]) for i in sorted(debris)) + notes
    if raw.explicit_text and not text.strip():  # the source says this is the article: keep it whole
        text = "\n\n".join(_join_broken([strip_markdown(line) for line in lines]))
        language = raw.language or detect_language(text)
        boilerplate = ()
    published = _published(raw, meta, text)
    if not meta.outlet and meta.url:
        meta.outlet = site_of(meta.url)
    meta.outlet = meta.outlet or own.agency
    return Article(
        id=aid or article_id(raw),
        source=raw.source,
        text=text,
        title=_title(meta.title, meta.title_from_text, own.highlight, headline_cut, text, kept),
        url=meta.url,
        outlet=meta.outlet,
        author=meta.author,
        language=language,
        published=published,
        boilerplate=boilerplate,
        metadata=dict(raw.metadata),
    )


MIN_STANDFIRST_WORDS = 6


def _glued_lead_headline(paragraphs: list[str], declared: str | None) -> str | None:
    """The headline that the first paragraph opens with, run into the lead's sentence ("Ferries stranded after
    storm Hundreds of passengers spent ..."), when the page gave no title or gave this one: it is the title, not
    the lead."""
    head = _glued_head(paragraphs[0], _headline_finder(paragraphs)) if paragraphs else None
    return None if head is None or (declared and line_key(head) != line_key(declared)) else head


def _headline_finder(paragraphs: Sequence[str]) -> Callable[[str], str | None]:
    """Finds the end of a headline run into a paragraph, reading names and the article's lower-case words."""
    common, named, proper = _word_evidence(paragraphs)
    return lambda p: (
        run_in_opening(p, names=True, common=common, named=named, proper=proper)
        or lead_on_a_name(p, common, named, proper)
        or author_note_opening(p)
    )


def _word_evidence(paragraphs: Sequence[str]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The article's words in lower case, its pairs of capitalised words said more than once, and its names
    (read once per text: a title's cuts and the lead's parting ask for the same evidence several times)."""
    return _evidence_of("\n".join(paragraphs))


@functools.lru_cache(maxsize=8)
def _evidence_of(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    common = frozenset(LOWER_CASE_WORD.findall(text))
    pairs = Counter(re.findall(r"(?=\b([A-Z][\w'’-]* [A-Z][a-z]+(?:[A-Z][a-z]+)?)\b)", text))
    named = frozenset(pair for pair, n in pairs.items() if n > 1)
    return common, named, names_in(text)


def _glued_head(paragraph: str, find: Callable[[str], str | None]) -> str | None:
    """A headline, standfirst or caption that opens the paragraph, run into its sentence."""
    head = find(paragraph)
    if not head or not paragraph.startswith(head):
        return None
    rest = paragraph[len(head) :].strip()
    return head if word_count(rest) >= MIN_STANDFIRST_WORDS and re.match(r"[\"“‘'(]?[A-Z0-9]", rest) else None


def _inside_finder(paragraph: str) -> str | None:
    """Where a paragraph inside the article opens on a standfirst, caption or subheading run into its sentence
    (a subheading in capitals too: "HARBOUR REOPENS Crews returned ...")."""
    return (
        run_in_opening(paragraph)
        or caption_before_named_subject(paragraph)
        or subheading_in_capitals(paragraph, MAX_WORDS)
    )


def _parted(paragraph: str, find: Callable[[str], str | None] = run_in_opening) -> list[str]:
    """A paragraph whose opening standfirst, caption or subheading runs into its sentence, as two paragraphs
    or more (a caption may run into a standfirst that runs into the sentence); the words all kept, and a
    caption without a full stop is then never told as a sentence."""
    if len(_ENGLISH_WORDS.intersection(paragraph.lower().split())) < 2:  # a paragraph in another language
        return [paragraph]
    parts: list[str] = []
    while len(parts) < MAX_PARTS and (head := _glued_head(paragraph, find)):
        parts.append(head)
        paragraph = paragraph[len(head) :].lstrip()
    return [*parts, paragraph]


MAX_PARTS = 3
"""Openings parted from one paragraph at most: a headline's caption and standfirst, or a subheading's."""


_ENGLISH_WORDS = frozenset("the of and to in is was has have for on with that by at are were".split())


def _kickers(lines: list[str], debris: set[int], meta: _Meta) -> set[int]:
    """Short labels above a known title (section names, kickers such as "Carrow Mills leak") are furniture."""
    if not meta.title:
        return set()
    title_key = line_key(meta.title)
    top = [i for i in range(len(lines)) if i not in debris][:HEADER_LINES]
    for n, i in enumerate(top):
        if line_key(strip_markdown(lines[i])) == title_key:
            return {
                j
                for j in top[:n]
                if _looks_like_title(strip_markdown(lines[j])) and word_count(lines[j]) <= 8
            }
    return set()


def _header(lines: list[str], debris: set[int], meta: _Meta) -> list[int]:
    """Takes title, byline and date lines off the top; returns the indexes of the body lines."""
    body: list[int] = []
    header_done = False
    title_key = line_key(meta.title) if meta.title else None
    seen = 0
    for i, line in enumerate(lines):
        if i in debris:
            continue
        plain = strip_markdown(line)
        if not header_done and seen < HEADER_LINES:
            seen += 1
            if title_key is not None and line_key(plain) == title_key:
                continue
            if meta.title is None and _looks_like_title(plain):
                meta.title = _tidy(plain)
                meta.title_from_text = True
                title_key = line_key(plain)
                continue
            m = P.BYLINE.match(plain)
            if m and word_count(plain) <= 10:
                meta.author = meta.author or _tidy(m.group("author"))
                continue
            day = parse_day(P.DATE_LINE.match(plain))
            if day:
                if meta.published.method == "unknown":
                    meta.published = Published.exact(day, "byline")
                continue
            header_done = True
        body.append(i)
    return body


def _looks_like_title(line: str) -> bool:
    return 0 < word_count(line) <= MAX_TITLE_WORDS and not line.rstrip().endswith(_CLAUSE_END)


def _join_broken(paragraphs: list[str]) -> list[str]:
    """Rejoins a paragraph that the page split mid-sentence (a line ending without punctuation + lowercase), or
    inside a stock's ticker at the stop before its exchange ("Ferry Line (FERRY." + "OL) said ...")."""
    out: list[str] = []
    for para in paragraphs:
        if out and not out[-1].endswith(_SENTENCE_END) and para[:1].islower():
            out[-1] = f"{out[-1]} {para}"
        elif out and _TICKER_HEAD.search(out[-1]) and _TICKER_TAIL.match(para):
            out[-1] = f"{out[-1]}{para}"
        else:
            out.append(para)
    return out


_TICKER_HEAD = re.compile(r"\([A-Z0-9]{1,6}\.$")
_TICKER_TAIL = re.compile(r"[A-Z]{1,4}\)")


FALLBACK_TITLE_WORDS = 12
MAX_HEADLINE_WORDS = 14
LATER_SENTENCES = 6
"""Sentences looked at for a headline when none at the top reads as one."""
_BULLET = re.compile(r"(?:^|\s)[*•]\s+|^[-–—]{1,2}\s+")


def _first_item(title: str | None) -> str | None:
    """A title written as a list of highlights ("* Toll rises * Schools shut", "- Toll rises") is its first item."""
    if not title or not _BULLET.search(title):
        return title
    items = [item.strip() for item in _BULLET.split(title) if item.strip()]
    return items[0] if items else None


def _headline_of(title: str | None, paragraphs: Sequence[str] = (), text: str = "") -> str | None:
    """A title that runs on into the standfirst or caption under it keeps only its headline (``paragraphs``: the
    article's, to read where a headline taken from the text's first line ends, :func:`_headline_finder`; the
    article's ``text`` instead, to read only whether a lead on a person's name runs on after a Title Case
    headline, :func:`named_lead.lead_on_a_name`)."""
    if not title:
        return title
    title = unquoted(without_ellipsis(title))
    evidence = paragraphs or ([text] if text else [])
    led = _lead_cut(title, _word_evidence(evidence)) if evidence else None
    if len(title.split()) <= MAX_HEADLINE_WORDS:
        return glued_caption(title) or named_after_title_case(title) or led or title
    return (
        named_after_title_case(title)
        or led
        or glued_headline(title, whole_sentence=False)
        or glued_caption(title)
        or (paragraphs and _glued_head(title, _headline_finder(paragraphs)))
        or headline_part(title)
    )


def _lead_cut(title: str, evidence: tuple[frozenset[str], frozenset[str], frozenset[str]]) -> str | None:
    """The headline of a title run into a lead on a person: after a Title Case headline
    (:func:`named_lead.lead_on_a_name`), or one that names the person again in full
    (:func:`named_lead.same_person_again`) or by title and surname (:func:`named_lead.title_again_after_title_case`)."""
    return (
        lead_on_a_name(title, *evidence)
        or same_person_again(title, evidence[0])
        or title_again_after_title_case(title)
    )


def _split_header(header: str | None) -> tuple[str | None, list[str]]:
    """A header cut at its posting stamp as its headline and its standfirst (what follows the headline: the
    article's own summary, which is content, as a paragraph of its own); the whole header as the headline and
    no standfirst when the two cannot be told apart."""
    if not header:
        return None, []
    head = glued_headline(header, whole_sentence=False)
    rest = header[len(head) :].strip() if head and header.startswith(head) else ""
    if word_count(rest) < MIN_STANDFIRST_WORDS:
        return header, []
    return head, [rest]


def _title(
    declared: str | None,
    from_text: bool,
    highlight: str | None,
    header: str | None,
    text: str,
    paragraphs: Sequence[str] = (),
) -> str | None:
    """The title (its headline): the source's own as it declares it; one taken from the text's first line unless
    it is no headline at all (an instruction to the reader, garbled letters) and the text gives one that reads
    as a headline. A title taken from the first line keeps the headline that the article's ``paragraphs`` show
    ends inside it."""
    title = _headline_of(_first_item(declared), paragraphs if from_text else ()) if declared else None
    if title and (not from_text or not no_headline(title)):
        return tidy_title(main_news(title)) if from_text else title
    found = _found_title(highlight, header, text)
    chosen = found if plausible(found) or not title else title
    return tidy_title(main_news(chosen)) if chosen else chosen


def _found_title(highlight: str | None, header: str | None, text: str) -> str | None:
    """A title for an article that declares none: its first highlight, the headline of the header cut from its
    first paragraph, or the headline cut from its lead, the first of them that reads as a headline (else the
    first there is)."""
    candidates = (highlight, header, _lead_headline(text))
    found = [t for t in (_headline_of(_first_item(c), text=text) for c in candidates) if t]
    readable = next((t for t in found if plausible(t)), None)
    if readable is None and all(no_headline(t) for t in found):
        readable = _later_headline(text)
    return readable or (found[0] if found else None)


def _later_headline(text: str) -> str | None:
    """When what is at the top is no headline at all (an instruction to the reader, a garbled line), the headline
    cut from the first of the next few sentences that gives one."""
    for start, end in sentences(text)[1:LATER_SENTENCES]:
        cut = headline(text[start:end])
        if plausible(cut):
            return cut
    return None


def _lead_headline(text: str) -> str | None:
    """A headline for an article that comes without one: the headline glued to its first line, else one cut
    from its first sentence."""
    first_line = text.split("\n", 1)[0]
    first = next(iter(sentences(first_line)), None)
    if first is None:
        return None
    if " " not in first_line.strip():  # a script written without spaces: no clause to cut at, only words
        return first_words(first_line, FALLBACK_TITLE_WORDS)
    return glued_headline(first_line, names=names_in(text)) or headline(text[first[0] : first[1]])


def parse_day(m: re.Match[str] | None) -> str | None:
    """ISO day from a DATE_LINE / DATE_IN_TEXT match, or None when it is not a real date."""
    if not m:
        return None
    g = m.groupdict()
    try:
        if g.get("y1"):
            y, mo, d = int(g["y1"]), MONTHS[g["m1"].lower()], int(g["d1"])
        elif g.get("y2"):
            y, mo, d = int(g["y2"]), MONTHS[g["m2"].lower()], int(g["d2"])
        elif g.get("y3"):
            y, mo, d = int(g["y3"]), int(g["m3"]), int(g["d3"])
        else:
            return None
        return date(y, mo, d).isoformat()
    except (ValueError, KeyError):
        return None


def iso_day(value: str | None) -> str | None:
    """An ISO day from a metadata date string (ISO, RFC 2822 or the like), or None."""
    if not value:
        return None
    value = value.strip()
    m = re.match(r"^((?:19|20)\d\d)-(\d\d)-(\d\d)", value)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    day = parse_day(P.DATE_IN_TEXT.search(value))
    if day:
        return day
    import dateparser

    parsed = dateparser.parse(value, settings={"STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.date().isoformat() if parsed else None


def _published(raw: RawArticle, meta: _Meta, text: str) -> Published:
    day = iso_day(raw.published)
    if day:
        return Published.exact(day, raw.metadata.get("published_method", "metadata"))
    if meta.published.method != "unknown":
        return meta.published
    if meta.url:
        m = _URL_DATE.search(meta.url)
        if m:
            try:
                return Published.exact(date(int(m[1]), int(m[2]), int(m[3])).isoformat(), "url")
            except ValueError:
                pass
    if raw.metadata.get("path_date"):
        return Published.exact(raw.metadata["path_date"], "url")
    day = parse_day(P.DATE_IN_TEXT.search(text[:400]))
    if day:
        return Published.exact(day, "text")
    return Published()
