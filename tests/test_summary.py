"""Cited summaries from hand-made articles (no spaCy), and of the geneva2 seed story when it is there."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from storyline.models import Analysis, Article, Claim, DateRef, Figure, Mention, Published, Span
from storyline.reconstruct import summary as summary_module
from storyline.reconstruct.figures import build_figures
from storyline.reconstruct.summary import _scaled, build_summary, tells_an_event
from storyline.reconstruct.text import sentences_of
from storyline.textsim import Vectors, centroid_similarity

SHARED = Path(__file__).resolve().parents[2] / "shared"

STORY_A = (
    "Norway and Iceland agreed to convene an international peace conference on Lorvia. "
    "The conference would bring the Lorvian government and the rebels to the negotiating table. "
    "Berg made the announcement in Oslo after talks with Dahl and President Holm. "
    "The war has cost more than 70,000 lives since it began two years ago. "
    "Ice hockey fans in Tampere watched Norway beat the Icelandic team late in the evening."
)
STORY_B = (
    "Oslo and Reykjavik agreed to convene an international peace conference on Lorvia soon. "
    "At least 94,000 people have been killed in the Lorvian war, the monitors said. "
    "The rebel coalition will meet in Tromso to decide whether to attend the talks. "
    "Dahl and Berg met on the sidelines of the Nordic Council meeting in Lulea."
)


def make(aid: str, text: str, day: str, outlet: str, claims: tuple[Claim, ...] = (), **kw):
    article = Article(
        aid, f"{aid}.txt", text, outlet=outlet, published=Published.exact(day, "metadata"), **kw
    )
    spans = tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))
    return article, Analysis(aid, sentences=spans, claims=claims)


def toll(text: str, words: str, value: float, concept: str) -> Claim:
    start = text.index(words)
    return Claim(start, start + len(words), words, value, unit="people", qualifier=">=", concept=concept)


def story():
    a = make(
        "a1", STORY_A, "2013-05-07", "Times", (toll(STORY_A, "more than 70,000 lives", 70000, "war claimed"),)
    )
    b = make("a2", STORY_B, "2013-05-17", "Post", (toll(STORY_B, "At least 94,000 people", 94000, "killed"),))
    articles = [a[0], b[0]]
    analyses = {a[0].id: a[1], b[0].id: b[1]}
    return articles, analyses


def test_summary_every_sentence_cites_the_words_it_came_from():
    articles, analyses = story()
    texts = {a.id: a.text for a in articles}
    summary = build_summary(articles, analyses, [], max_sentences=4)
    extractive = [s for s in summary if " rose from " not in s.text]
    assert extractive and all(
        texts[s.citations[0].article][s.citations[0].start : s.citations[0].end] == s.text for s in extractive
    )


def test_summary_respects_the_length_budget():
    articles, analyses = story()
    assert len(build_summary(articles, analyses, [], max_sentences=3)) == 3


def test_summary_says_a_shared_statement_once_citing_both_outlets():
    articles, analyses = story()
    summary = build_summary(articles, analyses, [], max_sentences=5)
    about = [s for s in summary if "peace conference on Lorvia" in s.text]
    assert len(about) == 1 and {c.article for c in about[0].citations} == {"a1", "a2"}


STORY_C = "The war has now killed more than 120,000 people, the monitors said."


def test_summary_tells_a_changed_figure_at_its_latest_value_with_the_change():
    articles, analyses = story()
    c = make(
        "a3", STORY_C, "2013-06-20", "Wire", (toll(STORY_C, "more than 120,000 people", 120000, "killed"),)
    )
    articles, analyses = [*articles, c[0]], {**analyses, "a3": c[1]}
    figures = build_figures(articles, analyses)
    summary = build_summary(articles, analyses, figures, max_sentences=5)
    assert not any("70,000 lives since" in s.text for s in summary)
    (fused,) = [s for s in summary if " rose from " in s.text]
    assert fused.text.startswith("War deaths rose from at least 70,000 (Times, 2013-05-07)")
    assert "120,000 (Wire, 2013-06-20)" in fused.text and len(fused.citations) == 3


def test_summary_tells_no_figure_that_too_few_articles_state():
    articles, analyses = story()
    summary = build_summary(articles, analyses, build_figures(articles, analyses), max_sentences=5)
    assert not any(" rose from " in s.text for s in summary)


def test_summary_ignores_duplicate_copies():
    articles, analyses = story()
    copy, copy_analysis = make("a3", STORY_B, "2013-05-17", "Mirror", duplicate_of="a2")
    summary = build_summary([*articles, copy], {**analyses, "a3": copy_analysis}, [], max_sentences=6)
    assert all(c.article != "a3" for s in summary for c in s.citations)


def test_summary_tells_no_caption_or_piece_of_a_sentence():
    articles, analyses = story()
    caption = "peace conference on Lorvia agreed by Norway and Iceland in Oslo."
    d = make("a4", caption, "2013-05-08", "Daily")
    summary = build_summary([*articles, d[0]], {**analyses, "a4": d[1]}, [], max_sentences=6)
    assert summary and all(s.text.strip()[0].isupper() for s in summary)


def spoken(aid: str, text: str, day: str, dates: tuple[DateRef, ...] = ()) -> tuple[Article, Analysis]:
    """An article whose sentences end on a full stop, a question or an exclamation mark."""
    article = Article(aid, f"{aid}.txt", text, outlet="Wire", published=Published.exact(day, "metadata"))
    spans = tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^.?!]+[.?!]", text))
    return article, Analysis(aid, sentences=spans, dates=dates)


def when(text: str, words: str, kind: str, latest: str | None = None) -> DateRef:
    start = text.index(words)
    return DateRef(start, start + len(words), words, kind, latest, latest, latest)


def test_summary_tells_no_question_or_sentence_leaning_on_the_one_before():
    text = (
        "Who will pay for the new bridge over the river? The council voted to build a new bridge over the river. "
        "And that was before the floods came to the river towns. Engineers said the bridge would open in spring."
    )
    article, analysis = spoken("q1", text, "2013-05-07")
    summary = build_summary([article], {"q1": analysis}, [], max_sentences=10)
    assert [s.text.split()[0] for s in summary] == ["The", "Engineers"]


@pytest.mark.parametrize(
    "back",
    [
        "That is why the council met the engineers on Monday.",
        "This means the ferry over the river will stop in May.",
        "It was the second vote on a crossing in a decade.",
    ],
)
def test_summary_tells_no_sentence_pointing_back_to_one_it_does_not_tell(back: str):
    text = (
        f"Who will pay for the new bridge over the river? {back} "
        "The council voted to build a new bridge over the river. Engineers said the bridge would open in spring."
    )
    article, analysis = spoken("q1", text, "2013-05-07")
    summary = build_summary([article], {"q1": analysis}, [], max_sentences=10)
    assert [s.text.split()[0] for s in summary] == ["The", "Engineers"]


def test_summary_tells_nothing_in_the_writers_voice_addressed_to_the_reader_or_mostly_quoted():
    text = (
        "I think the council should have built the bridge years ago. "
        "Your guide to every road closure in the river towns this week. "
        'The mayor said the bridge was "my promise to the river towns" and would open in spring. '
        '"No, no, no, we will never close the old bridge to the river towns," he said. '
        "The council voted to build a new bridge over the river."
    )
    article, analysis = spoken("q4", text, "2013-05-07")
    summary = build_summary([article], {"q4": analysis}, [], max_sentences=10)
    assert [s.text.split()[1] for s in summary] == ["mayor", "council"]


def test_summary_tells_no_sentence_speaking_as_we():
    text = (
        "First, we must not only help the banks of the river towns. "
        "Our bridge will be the pride of the river towns for a century. "
        "The floods have taught us that the river towns need a bridge. "
        "The council voted to build a new bridge over the river."
    )
    article, analysis = spoken("w1", text, "2013-05-07")
    summary = build_summary([article], {"w1": analysis}, [], max_sentences=10)
    assert [s.text for s in summary] == ["The council voted to build a new bridge over the river."]


@pytest.mark.parametrize(
    ("leader", "spoken"),
    [
        ("We will never forget how the storm changed the river towns.", False),
        ("The storm taught us that the river towns need a sea wall.", False),
        ("Our river towns were changed for ever by the storm.", False),
        ("The storm was a turning point, it changed the river towns.", True),
    ],
)
def test_summary_tells_no_group_led_by_a_speakers_musing(leader: str, spoken: bool):
    from storyline.reconstruct.text import Sentence

    report = "The storm changed the river towns for ever, the mayor said on Monday."
    rows = [
        Sentence("a1", 0, len(leader), leader, 3, "Wire", "2013-05-07", spoken),
        Sentence("a2", 0, len(report), report, 0, "Post", "2013-05-08"),
    ]
    assert summary_module._lead([0, 1], rows, set()) is None
    assert summary_module._lead([1, 0], rows, set()) == 1


def test_summary_tells_no_speakers_turn_of_a_transcript():
    text = (
        "The council and the ferry union met in public on Monday about the new bridge.\n\n"
        "HOLM: The bridge was a turning point for the river towns.\n\n"
        "BERG: The council voted to build a new bridge over the river and it changed everything.\n\n"
        "HOLM: The vote was close.\n\nBERG: It was.\n"
    )
    article, analysis = spoken("t1", text, "2013-05-07")
    other = "The river towns will pay for the new bridge with a toll on lorries, the clerk said on Tuesday."
    second = spoken("t2", other, "2013-05-08")
    summary = build_summary([article, second[0]], {"t1": analysis, "t2": second[1]}, [], max_sentences=10)
    assert [s.text for s in summary] == [
        "The council and the ferry union met in public on Monday about the new bridge.",
        other,
    ]


def test_summary_leaves_out_what_recurs_every_year():
    text = (
        "Floods cut off the river towns every year in the spring thaw. "
        "The council voted on Tuesday to build a new bridge over the river."
    )
    dates = (when(text, "every year", "SET"), when(text, "Tuesday", "DATE", "2013-05-07"))
    article, analysis = spoken("q2", text, "2013-05-08", dates)
    summary = build_summary([article], {"q2": analysis}, [], max_sentences=10)
    assert [s.text for s in summary] == ["The council voted on Tuesday to build a new bridge over the river."]


def test_summary_tells_no_condition():
    text = (
        "If the floods return, the river towns will be cut off for weeks. "
        "Unless the council acts, the old bridge will close in June. "
        "Should the bridge fall, the ferry would be the only crossing. "
        "The council voted to build a new bridge over the river."
    )
    article, analysis = spoken("c1", text, "2013-05-07")
    summary = build_summary([article], {"c1": analysis}, [], max_sentences=10)
    assert [s.text for s in summary] == ["The council voted to build a new bridge over the river."]


def test_summary_tells_no_noun_phrase_with_a_full_stop():
    text = (
        "The opening of a new bridge over the river towns in May. "
        "Crowds on the old bridge over the river for its last day. "
        "A flood warning for the river towns at the end of the month. "
        "The council voted to build a new bridge over the river."
    )
    article, analysis = spoken("n1", text, "2013-05-07")
    summary = build_summary([article], {"n1": analysis}, [], max_sentences=10)
    assert [s.text for s in summary] == ["The council voted to build a new bridge over the river."]


def test_summary_leaves_out_history_long_before_the_story():
    text = (
        "The last bridge over the river was washed away in 1968 by a great flood. "
        "The council voted on Tuesday to build a new bridge over the river."
    )
    dates = (when(text, "1968", "DATE", "1968-12-31"), when(text, "Tuesday", "DATE", "2013-05-07"))
    article, analysis = spoken("q3", text, "2013-05-08", dates)
    summary = build_summary([article], {"q3": analysis}, [], max_sentences=10)
    assert [s.text for s in summary] == ["The council voted on Tuesday to build a new bridge over the river."]


def test_summary_is_empty_without_sentences():
    assert build_summary([], {}, [], max_sentences=6) == []


def test_summary_geneva2_cites_every_sentence():
    folder = SHARED / "corpus" / "geneva2"
    if not folder.exists():
        pytest.skip(f"shared data not available: {folder}")
    from storyline.analyse.run import analyse_articles
    from storyline.clean import clean
    from storyline.models import RawArticle
    from storyline.readers import read

    articles = [clean(item) for item in read(folder) if isinstance(item, RawArticle)]
    analyses = {a.article_id: a for a in analyse_articles(articles)}
    summary = build_summary(articles, analyses, build_figures(articles, analyses))
    texts = {a.id: a.text for a in articles}
    assert 5 <= len(summary) <= 8
    for sentence in summary:
        assert sentence.citations
        for c in sentence.citations:
            assert 0 <= c.start < c.end <= len(texts[c.article])


def test_summary_tells_one_planned_date_per_article():
    from storyline.models import Citation
    from storyline.reconstruct.figures import FigurePoint, FigureView
    from storyline.reconstruct.summary import fuse

    def point(aid: str, day: str, text: str, value: str, first: str, last: str) -> FigurePoint:
        return FigurePoint(
            aid,
            aid.upper(),
            day,
            value,
            text,
            Citation(aid, 0, len(text)),
            earliest=first,
            latest=last,
            unit="date",
        )

    view = FigureView(
        Figure("f-1", "planned date of the conference", "date", ()),
        "date",
        (
            point("a1", "2013-05-07", "this month", "2013-05", "2013-05-01", "2013-05-31"),
            point("a2", "2013-05-16", "the second week of June", "2013-W24", "2013-06-10", "2013-06-16"),
            point("a2", "2013-05-16", "late May", "2013-05", "2013-05-21", "2013-05-31"),
            point("a3", "2013-10-07", "mid-November", "2013-11", "2013-11-11", "2013-11-20"),
        ),
        changed=True,
    )
    told = fuse(view).text
    assert "second week of June" in told and "late May" not in told


def test_summary_figure_sentence_leaves_out_an_outlet_that_is_not_known():
    from storyline.models import Citation
    from storyline.reconstruct.figures import FigurePoint, FigureView
    from storyline.reconstruct.summary import fuse
    from storyline.reconstruct.text import UNKNOWN_OUTLET

    def point(aid: str, day: str, value: float, outlet: str, by: str | None = None) -> FigurePoint:
        text = f"{value:g} people were rescued"
        return FigurePoint(aid, outlet, day, value, text, Citation(aid, 0, len(text)), attributed_to=by)

    view = FigureView(
        Figure("f-1", "people rescued", "count", ()),
        "quantity",
        (
            point("a1", "2025-03-01", 12, UNKNOWN_OUTLET),
            point("a2", "2025-03-02", 30, UNKNOWN_OUTLET, by="Coastguard"),
            point("a3", "2025-03-03", 41, "Harbour Post"),
        ),
        changed=True,
    )
    told = fuse(view).text
    assert UNKNOWN_OUTLET not in told
    assert (
        "(2025-03-01)" in told and "(Coastguard, 2025-03-02)" in told and "(Harbour Post, 2025-03-03)" in told
    )


def test_summary_of_more_sentences_than_it_groups_draws_on_the_most_central(monkeypatch):
    articles, analyses = story()
    sentences = sentences_of(articles, analyses)
    central = centroid_similarity(Vectors([s.text for s in sentences]).matrix)
    top = {sentences[i].text for i in sorted(range(len(sentences)), key=lambda i: (-central[i], i))[:3]}
    monkeypatch.setattr(summary_module, "MAX_GROUPED", 3)
    told = build_summary(articles, analyses, [], max_sentences=6)
    assert told and {s.text for s in told} <= top


def _told(texts: list[str], max_sentences: int = 10) -> list[tuple[str, list[str]]]:
    pairs = [spoken(f"a{i}", t, f"2013-05-0{i + 1}") for i, t in enumerate(texts)]
    summary = build_summary(
        [a for a, _ in pairs], {a.id: an for a, an in pairs}, [], max_sentences=max_sentences
    )
    return [(s.text, [c.article for c in s.citations]) for s in summary]


@pytest.mark.parametrize(
    ("back", "alone"),
    [
        (
            "That is the largest quake to hit the island since 1900, the survey said.",
            "The quake is the largest to hit the island since 1900, the survey said.",
        ),
        (
            "This means the night ferry to the island will stop sailing in May.",
            "The closure means the night ferry to the island will stop sailing in May.",
        ),
        (
            "It was the second strike by the island's dock workers this year.",
            "The walkout was the second strike by the island's dock workers this year.",
        ),
    ],
)
def test_summary_tells_a_statement_by_a_member_that_does_not_point_back(back: str, alone: str):
    """The group's first sentence points back to one not told; another article says the same by itself."""
    told = _told([f"{back} Houses on the island lost power.", f"{alone} Roads on the island were cut."])
    assert (alone, ["a1", "a0"]) in told and all(text != back for text, _ in told)


@pytest.mark.parametrize(
    "back",
    [
        "This means the ferry over the river will stop in May.",
        "That is why the ferry company sold two of its boats.",
        "It is the largest crossing the river towns have ever built.",
    ],
)
def test_summary_tells_a_sentence_pointing_back_right_after_what_it_points_to_told_by_another(back: str):
    """What it points to is told from another article's words (not the lead of its group), and only after the
    pointing-back sentence has come up: it is told all the same, right after it."""
    told = _told(
        [
            "The council voted to build a new bridge over the river on Monday. Engineers said it would open soon.",
            "The council voted on Monday to build a new bridge over the river. Traffic on the river road was heavy.",
            f"Residents had asked for a crossing for years. The council voted to build a bridge over the river. {back}",
        ]
    )
    texts = [text for text, _ in told]
    assert texts[0].startswith("The council voted") and texts[1] == back and told[1][1] == ["a2"]


@pytest.mark.parametrize(
    "back",
    [
        "This means the ferry over the river will stop in May.",
        "That is why the ferry over the river will stop in May.",
        "It is the largest ferry to sail the river in May.",
    ],
)
def test_summary_tells_a_sentence_pointing_back_when_what_it_points_to_is_told_later(back: str):
    """The pointing-back sentence is closer to the story than the one before it, so it comes up first; it is
    told once that one is, right after it."""
    told = _told(
        [
            f"The council voted to build a bridge. {back}",
            "The ferry over the river carried cars in May. Crews on the ferry over the river were paid in May.",
            "The ferry over the river sailed late in May. Tickets for the ferry over the river sold out.",
        ]
    )
    assert [text for text, _ in told[:2]] == ["The council voted to build a bridge.", back]


@pytest.mark.parametrize(
    "speaker",
    [
        "Mayor Ola Lee said at the quay on Monday.",
        "Lee insisted at the quay on Monday.",
        "Lee, the mayor, said so.",
    ],
)
def test_summary_tells_no_quotation_parted_from_its_speaker(speaker: str):
    """Two articles carry the quotation and its speaker as one stored sentence: the quotation is told with its
    speaker or not at all, never as the writer's report, and the speaker's words are not told alone."""
    quoted = f'"We will reopen the port of Bergen on Friday." {speaker}'
    report = "Ferries to Bergen sailed on time all through the week."
    pairs = [
        (
            Article(
                aid, f"{aid}.txt", text, outlet="Wire", published=Published.exact("2013-05-07", "metadata")
            ),
            Analysis(aid, sentences=(Span(0, len(text)),)),
        )
        for aid, text in (("a0", quoted), ("a1", quoted), ("a2", report))
    ]
    summary = build_summary([a for a, _ in pairs], {a.id: an for a, an in pairs}, [], max_sentences=10)
    assert report in [s.text for s in summary] and {s.text for s in summary} <= {quoted, report}


@pytest.mark.parametrize(
    "quotation",
    [
        '"We will reopen the port of Bergen on Friday."',
        "“The ferries will not sail to Bergen again this winter.”",
        "‘The harbour at Bergen will stay shut until the storm has passed.’",
    ],
)
def test_summary_a_sentence_wholly_quoted_does_not_stand_alone(quotation: str):
    assert not summary_module.stands_alone(quotation)


@pytest.mark.parametrize(
    ("value", "upper", "unit", "said"),
    [
        (1000.0, 10000.0, "people", "thousands of people"),
        (10000.0, 100000.0, "homes", "tens of thousands of homes"),
        (20.0, 200.0, "troops", "scores of troops"),
        (12.0, 120.0, None, "dozens"),
        (8000.0, None, "people", "8,000 people"),
        (60.0, 75.0, "people", "60 to 75 people"),
    ],
)
def test_summary_a_vague_plural_amount_takes_of_before_its_noun(
    value: float, upper: float | None, unit: str | None, said: str
) -> None:
    from storyline.models import Citation
    from storyline.reconstruct.figures import FigurePoint

    point = FigurePoint("a1", "Wire", "2013-05-07", value, "", Citation("a1", 0, 1), upper=upper, unit=unit)
    assert summary_module.says(point) == said


@pytest.mark.parametrize(
    ("value", "upper", "unit", "qualifier", "said"),
    [
        (75000.0, None, "dollar", "=", "$75,000"),
        (1e9, None, "dollar", ">=", "at least $1 billion"),
        (5e6, 6e6, "euro", "=", "€5 million to €6 million"),
        (2.5e9, None, "pound sterling", "~", "about £2.5 billion"),
        (12.5, None, "dollar", "=", "$12.50"),
        (40.0, None, "percent", "=", "40 percent"),
        (1e9, 1e10, "dollar", "range", "billions of dollars"),
    ],
)
def test_summary_money_is_told_with_its_sign(
    value: float, upper: float | None, unit: str, qualifier: str, said: str
) -> None:
    from storyline.models import Citation
    from storyline.reconstruct.figures import FigurePoint

    point = FigurePoint(
        "a1",
        "Wire",
        "2013-05-07",
        value,
        "",
        Citation("a1", 0, 1),
        upper=upper,
        unit=unit,
        qualifier=qualifier,
    )
    assert summary_module.says(point) == said


@pytest.mark.parametrize(
    ("value", "said"),
    [
        (1_234_567.0, "1,234,567"),
        (999_999_999.0, "999,999,999"),
        (1_250_000_000.0, "1.25 billion"),
        (75_000.0, "75,000"),
    ],
)
def test_summary_money_is_scaled_only_when_no_amount_is_rounded(value: float, said: str) -> None:
    assert _scaled(value) == said


def _with_names(pair, *names: str):
    article, analysis = pair
    found = tuple(
        Mention(m.start(), m.end(), name, "GPE")
        for name in names
        for m in re.finditer(re.escape(name), article.text)
    )
    return article, replace(analysis, mentions=found)


def test_summary_tells_a_general_remark_only_when_nothing_particular_is_left() -> None:
    general = "In a small harbour town, news of a ferry travels fast."
    texts = [
        f"{general} The ferry to Vardo was cancelled after the storm.",
        f"{general} The ferry to Vardo was cancelled because of the storm.",
        f"{general} Fishermen in Vardo kept their boats in the harbour.",
    ]
    pairs = [
        _with_names(make(f"a{i}", t, f"2013-05-0{i + 1}", "Times"), "Vardo") for i, t in enumerate(texts)
    ]
    articles, analyses = [p[0] for p in pairs], {p[0].id: p[1] for p in pairs}
    told = [s.text for s in build_summary(articles, analyses, [], max_sentences=2)]
    assert general not in told and len(told) == 2


def test_summary_still_tells_a_general_remark_when_the_story_has_nothing_else() -> None:
    general = "In a small harbour town, news of a ferry travels fast."
    pairs = [make(f"a{i}", f"{general} Everyone talks.", f"2013-05-0{i + 1}", "Times") for i in range(3)]
    articles, analyses = [p[0] for p in pairs], {p[0].id: p[1] for p in pairs}
    assert general in [s.text for s in build_summary(articles, analyses, [], max_sentences=2)]


def test_summary_an_unnamed_event_is_no_general_remark() -> None:
    event = "The ferry was cancelled after the storm hit the coast."
    texts = [event, event, f"{event} The Vardo choir gave a concert in the church hall."]
    pairs = [
        _with_names(make(f"a{i}", t, f"2013-05-0{i + 1}", "Times"), "Vardo") for i, t in enumerate(texts)
    ]
    articles, analyses = [p[0] for p in pairs], {p[0].id: p[1] for p in pairs}
    assert [s.text for s in build_summary(articles, analyses, [], max_sentences=1)] == [event]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The ferry was cancelled after the storm hit the coast.", True),
        ("Crews closed the harbour and tried to save the boats.", True),
        ("The storm struck the coast before dawn.", True),
        ("Ferries speed up in the summer months.", False),
        ("Officials axed the plan.", True),
        ("Hurricanes hit this coast most years.", False),
        ("A harbour is only as busy as its fish market.", False),
        ("Trust is hard to win and easy to lose.", False),
        ("People need news they can trust, and the papers feed that need.", False),
    ],
)
def test_summary_tells_an_event_reads_a_verb_in_the_past(text: str, event: bool) -> None:
    assert tells_an_event(text) is event


def test_summary_a_present_reference_is_nothing_particular() -> None:
    general = "Like every storm season, the current one is a test of nerve and patience."
    article, analysis = make("a1", general, "2013-05-01", "Times")
    now = DateRef(general.index("current"), general.index("current") + 7, "current", "DATE", "PRESENT_REF")
    assert not summary_module.particular(
        sentences_of([article], {"a1": analysis})[0], replace(analysis, dates=(now,))
    )
