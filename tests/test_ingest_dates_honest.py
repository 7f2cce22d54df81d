"""How a page's date was found is said honestly: ``metadata`` only from the page's metadata, ``text`` for a date
read from its words, and ``unknown`` when it has none (the story dates it later)."""

from __future__ import annotations

from pathlib import Path

from storyline.clean import clean
from storyline.readers import RawArticle, read

BODY = (
    "The river authority said that water levels at the Harlow weir had fallen for a third day, easing fears of a "
    "second flood in the valley. Engineers will inspect the embankment, the authority said."
)


def cleaned(tmp_path: Path, head: str = "", body: str = BODY, around: str = ""):
    f = tmp_path / "page.html"
    f.write_text(
        f"<html><head><title>Weir</title>{head}</head><body>{around}<article><p>{body}</p></article>"
        f"{around}</body></html>"
    )
    (raw,) = [i for i in read(f) if isinstance(i, RawArticle)]
    return clean(raw).published


def test_dates_meta_tag_is_metadata(tmp_path: Path) -> None:
    published = cleaned(
        tmp_path, '<meta property="article:published_time" content="2019-10-19T08:00:00+02:00">'
    )
    assert (published.date, published.method) == ("2019-10-19", "metadata")


def test_dates_json_ld_date_published_is_metadata(tmp_path: Path) -> None:
    ld = '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "datePublished": "2021-11-03"}]}</script>'
    assert (cleaned(tmp_path, ld).date, cleaned(tmp_path, ld).method) == ("2021-11-03", "metadata")


def test_dates_date_shown_in_the_page_says_text(tmp_path: Path) -> None:
    published = cleaned(tmp_path, around='<div class="date">March 3, 2017</div>')
    assert (published.date, published.method) == ("2017-03-03", "text")


def test_dates_copyright_year_is_no_date(tmp_path: Path) -> None:
    assert cleaned(tmp_path, around="<footer>© 2015 Valley Courier</footer>").method == "unknown"


def test_dates_date_read_from_the_text_says_text(tmp_path: Path) -> None:
    published = cleaned(tmp_path, body=f"Harlow, 4 March 2025. {BODY}")
    assert (published.date, published.method) == ("2025-03-04", "text")


def test_dates_page_without_a_date_stays_unknown(tmp_path: Path) -> None:
    published = cleaned(tmp_path)
    assert (published.date, published.method) == (None, "unknown")
