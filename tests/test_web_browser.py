"""End to end in a real browser: Debian's chromium, driven by Playwright, against `storyline serve` on a store
built from the demo corpus (plus one hostile article). Screenshots of the pages land in ``screenshots/``.

Install the browser with ``tests/web_setup.sh``; without /usr/bin/chromium these tests skip.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli_helpers import free_port, serve_command

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
HOSTILE = {
    "title": "<script>alert('pwned')</script> Tide gauge \"fault\" at Wennick",
    "outlet": "Wennick <b>Bugle</b>",
    "published": "2025-06-02",
    "text": (
        "The tide gauge at Wennick harbour <script>alert('body')</script> failed on Sunday, the harbour master "
        "said, and a note <img src=x onerror=\"alert('img')\"> was left on the gate.\n\n"
        + "W" * 8000
        + "\n\nThe gauge will be replaced within 10 days, the council said."
    ),
}

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium: run tests/web_setup.sh"),
]
playwright_api = pytest.importorskip(
    "playwright.sync_api", reason="needs playwright (pip install -e '.[test]')"
)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from storyline.cli.demo import sample_path
    from storyline.pipeline import ingest
    from storyline.store import Store

    folder = tmp_path_factory.mktemp("web_browser")
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    db = folder / "demo.db"
    with sample_path() as sample, Store(db) as store:
        report = ingest([sample, hostile], store)
    assert not report.skipped, report.skipped
    return db


@pytest.fixture(scope="module")
def server(demo_db: Path) -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen(
        serve_command(demo_db, port), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env={**os.environ}
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/stories", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"server did not start: {proc.stdout.read().decode()}") from None
                time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    yield pg
    context.close()


def _main_story(server: str) -> dict:
    with urllib.request.urlopen(f"{server}/api/stories") as r:
        stories = json.load(r)["stories"]
    return max(stories, key=lambda s: len(s["articles"]))


def test_web_browser_list_search_and_open_story(server: str, page: object) -> None:
    story = _main_story(server)
    page.goto(server + "/")
    expect = playwright_api.expect
    expect(page.locator("h1")).to_have_text("Stories")
    expect(page.locator("a.story-link", has_text=story["title"])).to_be_visible()
    page.fill("input[name=q]", "corroded valve")
    page.press("input[name=q]", "Enter")
    expect(page).to_have_url(re.compile(r"\?q=corroded\+valve"))
    page.locator("#story-hits ~ ol a.story-link", has_text=story["title"]).click()
    expect(page).to_have_url(re.compile(f"/stories/{story['id']}$"))
    expect(page.locator("h1.story-title")).to_have_text(story["title"])


def test_web_browser_story_draws_timeline_and_figures(server: str, page: object) -> None:
    story = _main_story(server)
    page.goto(f"{server}/stories/{story['id']}")
    marks = page.locator("svg.timeline-chart .timeline-mark circle.event")
    assert marks.count() >= 3
    box = marks.first.bounding_box()
    assert box and box["width"] > 5 and box["height"] > 5
    dots = page.locator("svg.figure-chart .dot circle")
    assert dots.count() >= 2
    chart = page.locator("svg.figure-chart").first.bounding_box()
    assert chart and chart["width"] > 300 and chart["height"] > 100
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "story.png"))
    page.screenshot(path=str(SCREENSHOTS / "story-full.png"), full_page=True)
    page.evaluate("document.getElementById('figures').scrollIntoView()")
    page.screenshot(path=str(SCREENSHOTS / "story-figures.png"))


def test_web_browser_citation_leads_to_the_highlighted_words(server: str, page: object) -> None:
    story = _main_story(server)
    page.goto(f"{server}/stories/{story['id']}")
    cite = page.locator("#summary a.cite").first
    words = cite.get_attribute("data-words")
    cite.hover()
    tip = page.locator("#cite-tip")
    playwright_api.expect(tip).to_be_visible()
    assert " ".join(tip.locator("q").inner_text().split()) == " ".join(words.split())
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "story-citation.png"))
    cite.click()
    playwright_api.expect(page).to_have_url(re.compile(r"/articles/a-[^?]+\?hl=\d+-\d+#cited$"))
    marked = page.locator("mark.cited")
    playwright_api.expect(marked.first).to_be_in_viewport()
    assert " ".join("".join(marked.all_inner_texts()).split()) == " ".join(words.split())
    page.screenshot(path=str(SCREENSHOTS / "article-cited.png"))


def test_web_browser_hostile_article_stays_inert(server: str, page: object) -> None:
    with urllib.request.urlopen(f"{server}/api/search?q=Wennick+tide+gauge") as r:
        aid = json.load(r)["articles"][0]["id"]
    page.goto(f"{server}/articles/{aid}")
    expect = playwright_api.expect
    expect(page.locator("h1.article-title")).to_have_text(HOSTILE["title"])
    assert page.locator("img").count() == 0 and page.locator("b").count() == 0
    assert page.locator("script").count() == 1
    width = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert width[0] <= width[1]
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "article-hostile.png"))
    page.goto(f"{server}/?q=Wennick")
    assert page.dialogs == []


def _large_story_db(folder: Path, n: int = 300) -> Path:
    """A store holding one story of ``n`` articles that repeat one statement (no spaCy: each paragraph a sentence)."""
    from storyline.merge.furniture import paragraphs
    from storyline.models import Analysis, Span
    from storyline.pipeline import ingest
    from storyline.store import Store

    places = ["quay", "lock", "pier", "bridge", "harbour", "weir", "canal", "towpath", "market", "school"]
    verbs = ["counted", "logged", "measured", "reported", "found"]
    src = folder / "in"
    src.mkdir()
    for i in range(n):
        checks = " ".join(
            f"Crew {i * 10 + k} {verbs[(i + k) % 5]} {i * 7 + k * 3} sandbags at the {places[(i + 3 * k) % 10]} "
            f"and {i * 11 + k} pumps by {(i + k) % 24} o'clock."
            for k in range(5)
        )
        (src / f"{i:03}.txt").write_text(
            f"Orlavik flood update {i}\n\nThe river Selva burst its banks at Orlavik, flooding the grain market, "
            f"mayor Tomas Brenek said.\n\n{checks}\n\nRescue boats carried stranded families from the Selva "
            "banks to the Orlavik school on the hill."
        )
    db = folder / "large.db"
    with Store(db) as store:
        ingest(
            [src],
            store,
            analyser=lambda arts: [
                Analysis(a.id, sentences=tuple(Span(s, e) for s, e in paragraphs(a.text))) for a in arts
            ],
        )
    return db


@contextlib.contextmanager
def serving(db: Path) -> Iterator[str]:
    """``storyline serve`` on ``db`` at a free port, once it answers; its address."""
    port = free_port()
    proc = subprocess.Popen(serve_command(db, port), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/stories", timeout=2):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise
                time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_web_browser_a_300_article_story_fits_the_page(
    tmp_path_factory: pytest.TempPathFactory, page: object
) -> None:
    db = _large_story_db(tmp_path_factory.mktemp("large"))
    with serving(db) as base:
        with urllib.request.urlopen(f"{base}/api/stories") as r:
            stories = json.load(r)["stories"]
        (story,) = stories
        assert len(story["articles"]) == 300
        page.goto(f"{base}/stories/{story['id']}")
        more = page.locator("#summary details.more-cites summary").first
        playwright_api.expect(more).to_have_text(re.compile(r"^\+\d{2,} more$"))
        assert page.locator("#summary p.summary-sentence").first.locator("> .cites > a.cite").count() <= 3
        width = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert width[0] <= width[1]
        more.click()
        width = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert width[0] <= width[1]
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "story-300-articles.png"))


def test_web_browser_story_shows_what_changed_after_a_poll(tmp_path: Path, page: object) -> None:
    from storyline.analyse.run import analyse_articles
    from storyline.follow.follower import follow_round
    from storyline.store import Store
    from tests.feed_site import FeedSite, entry, rss

    site = FeedSite()
    host = f"127.0.0.1:{site.port}"
    urls = [f"http://{host}/a.xml", f"http://{host}/b.xml"]
    site.feed("/a.xml", rss("Valley Courier", entry("a1", host)), "a1")
    site.feed("/b.xml", rss("Northern Wire", entry("b1", host), entry("c1", host)), "b1")
    db = tmp_path / "followed.db"
    try:
        with Store(db) as store:
            follow_round(urls, store, lambda arts: list(analyse_articles(arts)))
            with serving(db) as base:
                with urllib.request.urlopen(f"{base}/api/stories") as r:
                    (story,) = json.load(r)["stories"]
                page.goto(f"{base}/stories/{story['id']}")
                changes = page.locator("#changes li.change")
                playwright_api.expect(changes).to_have_count(1)  # the story began
                site.feed("/a.xml", rss("Valley Courier", entry("a2", host), entry("a1", host)), "a2")
                follow_round(urls, store, lambda arts: list(analyse_articles(arts)))
                page.reload()
                figure = page.locator("#changes li.change-figure")
                playwright_api.expect(figure).to_contain_text("rose to 30")
                playwright_api.expect(page.locator("#changes li.change-article")).to_contain_text(
                    "rises to 30"
                )
                assert figure.locator("a.cite").count() == 2
                SCREENSHOTS.mkdir(exist_ok=True)
                page.screenshot(path=str(SCREENSHOTS / "story-changes.png"))
    finally:
        site.close()
