"""Timeline building on small hand-made articles (no spaCy), and on the geneva2 seed story when it is there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from storyline.models import Analysis, Article, DateRef, Published, QuoteSpan, Span
from storyline.reconstruct import day_summary
from storyline.reconstruct.day_summary import Candidate, focus, term_matrix
from storyline.reconstruct.text import Sentence, sentences_of
from storyline.reconstruct.timeline import (
    Dated,
    after_a_participle,
    build_timeline,
    date_sentences,
    forecast,
    stamped,
)

SHARED = Path(__file__).resolve().parents[2] / "shared"


def make(
    aid: str,
    text: str,
    day: str | None,
    outlet: str,
    dates: dict[str, str] | None = None,
    quotes: tuple[str, ...] = (),
    **kw,
) -> tuple[Article, Analysis]:
    """An article and its analysis: sentences split at full stops, each ``dates`` phrase resolved to a value (a
    value with a clock time is a TIME), each ``quotes`` phrase a direct quotation."""
    article = Article(
        aid,
        f"{aid}.txt",
        text,
        outlet=outlet,
        published=Published.exact(day, "metadata") if day else Published(),
        **kw,
    )
    spans = tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))
    refs = []
    for phrase, value in (dates or {}).items():
        start = text.index(phrase)
        first, last = (value[:10], value[:10]) if len(value) >= 10 else (f"{value}-01", f"{value}-30")
        kind = "TIME" if "T" in value else "DATE"
        refs.append(DateRef(start, start + len(phrase), phrase, kind, value, first, last, "past"))
    said = tuple(
        QuoteSpan(text.index(q), text.index(q) + len(q), q, "direct", "the minister") for q in quotes
    )
    return article, Analysis(aid, sentences=spans, dates=tuple(refs), quotes=said)


def run(pairs, **kw):
    articles = [a for a, _ in pairs]
    analyses = {a.id: an for a, an in pairs}
    return build_timeline(articles, analyses, **kw)


def test_timeline_dates_an_event_by_the_day_it_describes():
    text = "On May 7 the ministers announced a peace conference in Moscow after long talks."
    entries = run([make("a1", text, "2013-05-17", "Times", {"May 7": "2013-05-07"})])
    assert [e.date for e in entries] == ["2013-05-07"]


def test_timeline_entry_cites_the_exact_words():
    text = "Some opening words here are not dated at all today. On May 7 the ministers announced a conference in Moscow."
    article, analysis = make("a1", text, "2013-05-17", "Times", {"May 7": "2013-05-07"})
    entries = run([(article, analysis)], units=("day",))
    cited = [c for e in entries if e.date == "2013-05-07" for s in e.sentences for c in s.citations]
    assert [text[c.start : c.end] for c in cited] == [
        "On May 7 the ministers announced a conference in Moscow."
    ]


def test_timeline_same_event_from_two_outlets_is_one_entry_citing_both():
    pairs = [
        make(
            "a1",
            "On May 7 Berg and Dahl agreed to convene a fisheries conference.",
            "2013-05-08",
            "Times",
            {"May 7": "2013-05-07"},
        ),
        make(
            "a2",
            "On May 7 Berg and Dahl agreed to convene an international fisheries conference.",
            "2013-05-09",
            "Post",
            {"May 7": "2013-05-07"},
        ),
    ]
    entries = run(pairs, per_date=2)
    assert len(entries) == 1 and len(entries[0].sentences) == 1
    assert {c.article for c in entries[0].sentences[0].citations} == {"a1", "a2"}


def test_timeline_keeps_the_dates_more_sources_report_within_the_budget():
    pairs = [
        make(
            "a1",
            "On June 10 the delegations met in Geneva for the first round of talks.",
            None,
            "Times",
            {"June 10": "2013-06-10"},
        ),
        make(
            "a2",
            "The Geneva meeting on June 10 brought the delegations together for talks.",
            None,
            "Post",
            {"June 10": "2013-06-10"},
        ),
        make(
            "a3",
            "On March 3 a minor official visited the border crossing near the city.",
            None,
            "Post",
            {"March 3": "2013-03-03"},
        ),
    ]
    entries = run(pairs, max_dates=1)
    assert [e.date for e in entries] == ["2013-06-10"]


def test_timeline_gives_at_most_per_date_sentences():
    text = (
        "On May 7 the ministers announced a peace conference in Moscow. "
        "On May 7 rebels seized an airbase in the north of the country. "
        "On May 7 oil prices fell sharply on world markets after the news."
    )
    pairs = [
        make(
            "a1",
            text,
            None,
            "Times",
            {"On May 7 the": "2013-05-07", "On May 7 rebels": "2013-05-07", "On May 7 oil": "2013-05-07"},
        )
    ]
    assert [len(e.sentences) for e in run(pairs, per_date=2)] == [2]


def test_timeline_query_keeps_only_matching_sentences():
    text = "On May 7 the ministers announced a peace conference in Moscow. On May 9 the football season ended with a big final."
    pairs = [make("a1", text, None, "Times", {"May 7": "2013-05-07", "May 9": "2013-05-09"})]
    assert [e.date for e in run(pairs, query=["conference"])] == ["2013-05-07"]


def test_timeline_does_not_count_a_duplicate_copy():
    text = "On May 7 the ministers announced a peace conference in Moscow after talks."
    pairs = [
        make("a1", text, None, "Times", {"May 7": "2013-05-07"}),
        make("a2", text, None, "Copycat", {"May 7": "2013-05-07"}, duplicate_of="a1"),
    ]
    cited = {c.article for e in run(pairs) for s in e.sentences for c in s.citations}
    assert cited == {"a1"}


def test_timeline_month_entry_spans_its_month():
    text = "The accord agreed in Bergen last June called for a caretaker council."
    entries = run([make("a1", text, "2013-05-17", "Times", {"last June": "2012-06"})])
    assert [(e.date, e.earliest, e.latest) for e in entries] == [("2012-06", "2012-06-01", "2012-06-30")]


def test_timeline_undated_lead_sentence_reports_its_publication_day():
    text = "Rebels seized the northern airbase after a long siege by government troops."
    entries = run([make("a1", text, "2013-05-17", "Times")], max_dates=1, units=("day",))
    assert [e.date for e in entries] == ["2013-05-17"]


def test_timeline_between_keeps_dates_inside_the_interval():
    text = (
        "On May 7 the ministers announced a conference. On June 10 the delegations met in Geneva for talks."
    )
    pairs = [make("a1", text, None, "Times", {"May 7": "2013-05-07", "June 10": "2013-06-10"})]
    assert [e.date for e in run(pairs, between=("2013-06-01", "2013-06-30"))] == ["2013-06-10"]


def test_timeline_geneva2_runs_in_order_from_the_moscow_announcement_to_november():
    """The dated articles' events: the May 7 announcement in Moscow, the Bali agreement of October 7 and the
    conference planned for November, in order, every sentence cited. (The undated articles' relative dates
    resolve only once their publication days are inferred, which happens before analysis, not here.)"""
    folder = SHARED / "corpus" / "geneva2"
    if not folder.exists():
        pytest.skip(f"shared data not available: {folder}")
    from storyline.analyse.run import analyse_articles
    from storyline.clean import clean
    from storyline.models import RawArticle
    from storyline.readers import read

    articles = [clean(item) for item in read(folder) if isinstance(item, RawArticle)]
    analyses = {a.article_id: a for a in analyse_articles(articles)}
    entries = build_timeline(articles, analyses, max_dates=10, per_date=2)
    texts = {a.id: a.text for a in articles}
    assert [e.earliest for e in entries] == sorted(e.earliest for e in entries)
    told = {e.date: " ".join(s.text for s in e.sentences) for e in entries}
    assert "Kerry" in told.get("2013-05-07", "") and "conference" in told.get("2013-11", "")
    assert "agreed" in told.get("2013-10-07", "")
    for entry in entries:
        for sentence in entry.sentences:
            c = sentence.citations[0]
            assert " ".join(texts[c.article][c.start : c.end].split()) == sentence.text


def test_timeline_leaves_out_a_sentence_stamped_with_a_date_and_a_clock_time():
    text = (
        "Posted by reader | March 4, 2014 8:13 AM | The rescue of the ferry line was a costly mistake. "
        "On March 3 the council took control of the ferry line in a rescue."
    )
    dates = {"March 4, 2014": "2014-03-04", "8:13 AM": "2014-03-04T08:13", "March 3": "2014-03-03"}
    entries = run([make("a1", text, None, "Post", dates)], max_dates=5)
    assert [e.date for e in entries] == ["2014-03-03"]


def test_a_stamp_is_a_clock_time_next_to_a_date_with_its_year():
    def refs(text: str, phrases: dict[str, tuple[str, str]]) -> list[DateRef]:
        return [DateRef(text.index(p), text.index(p) + len(p), p, t, v) for p, (t, v) in phrases.items()]

    posting = "At 09:48 14th Feb 2012, a reader wrote that the storm was overblown."
    assert stamped(
        posting,
        refs(posting, {"09:48": ("TIME", "2012-02-14T09:48"), "14th Feb 2012": ("DATE", "2012-02-14")}),
    )
    report = "The ferry sank at 6:12 pm on Monday 3 March 2014 near the harbour."
    phrases = {"6:12 pm": ("TIME", "2014-03-03T18:12"), "Monday 3 March 2014": ("DATE", "2014-03-03")}
    assert not stamped(report, refs(report, phrases))


def test_timeline_prefers_a_report_of_the_day_to_a_quote(monkeypatch):
    quote = '"We agreed in Moscow to hold the peace conference soon," the minister said on May 7.'
    report = "On May 7 the ministers agreed in Moscow to hold a peace conference in Geneva."
    pairs = [
        make("a1", quote, None, "Times", {"May 7": "2013-05-07"}, quotes=(quote[1:56],)),
        make("a2", report, None, "Post", {"May 7": "2013-05-07"}),
    ]
    monkeypatch.setattr(day_summary, "SAME_EVENT", 1.01)  # told apart, so the choice is between the two
    told = [s.text for e in run(pairs, per_date=1) for s in e.sentences]
    assert told == [report]
    monkeypatch.setattr(day_summary, "QUOTE_WEIGHT", 0.0)
    assert [s.text for e in run(pairs, per_date=1) for s in e.sentences] == [quote]


def test_timeline_counts_a_date_where_a_sentence_about_the_query_names_it():
    pairs = [
        make(
            "a1", "On June 3 the football season ended with a final.", None, "Times", {"June 3": "2013-06-03"}
        ),
        make(
            "a2", "The football final on June 3 was sold out early.", None, "Post", {"June 3": "2013-06-03"}
        ),
        make(
            "a3",
            "Junior officials discussed the conference on June 3 in private.",
            None,
            "Star",
            {"June 3": "2013-06-03"},
        ),
        make(
            "a4",
            "On May 7 the ministers announced a peace conference in Moscow.",
            None,
            "Times",
            {"May 7": "2013-05-07"},
        ),
        make(
            "a5",
            "The conference was agreed on May 7 by the two ministers.",
            None,
            "Post",
            {"May 7": "2013-05-07"},
        ),
    ]
    assert [e.date for e in run(pairs, max_dates=1, query=["conference"])] == ["2013-05-07"]


def test_timeline_tells_a_report_and_its_copies_on_one_date_only():
    lead = "Rebels seized the northern airbase after a long siege by government troops."
    other = "Aid convoys reached the besieged city in the south for the first time in weeks."
    pairs = [
        make("a1", lead, "2013-05-17", "Times"),
        make("a2", lead.replace("long", "long and bloody"), "2013-05-17", "Post"),
        make("a3", other, "2013-05-17", "Star"),
    ]
    entries = run(pairs, max_dates=2, per_date=1, units=("day",))
    told = [s for e in entries for s in e.sentences]
    assert [e.date for e in entries] == ["2013-05-16", "2013-05-17"]
    assert sorted(s.text for s in told) == sorted([lead, other])
    assert {c.article for s in told if s.text == lead for c in s.citations} == {"a1", "a2"}


def test_a_day_is_told_by_what_its_naming_and_lead_sentences_both_say():
    named = [
        "On Tuesday the earthquake struck the capital of Iceland.",
        "The earthquake that struck Iceland on Tuesday flattened the capital.",
        "Tuesday's earthquake in Iceland destroyed the palace in the capital.",
        "Tickets for Tuesday's football match sold out.",
        "On Tuesday the museum opened a new gallery of paintings.",
    ]
    leads = [
        "An earthquake has devastated the capital of Iceland.",
        "Iceland's capital lies in ruins after an earthquake.",
    ]
    texts = named + leads
    matrix = term_matrix(texts)
    candidates = [
        Candidate(Sentence(f"a{i}", 0, len(t), t, 0, "Times", None), i, i < len(named), True, 0.0)
        for i, t in enumerate(texts)
    ]
    kept = {c.row for c in focus(candidates, matrix)}
    assert kept and kept <= {0, 1, 2, 5, 6}


def test_a_plan_announced_in_a_lead_is_news_of_the_day_it_was_announced():
    plan = "The ministers agreed to hold the peace conference on November 15 after talks in Bali."
    recalled = "The ministers met on October 1 in Bali for talks on the conference."
    article, analysis = make(
        "a1",
        f"{plan} {recalled}",
        "2013-10-07",
        "Times",
        {"November 15": "2013-11-15", "October 1": "2013-10-01"},
    )
    dated = date_sentences(sentences_of([article], {"a1": analysis}), {"a1": analysis}, units=("day",))
    assert sorted((d.key, d.named) for d in dated if d.sentence.text == plan) == [
        ("2013-10-06", False),
        ("2013-10-07", False),
        ("2013-11-15", True),
    ]
    assert [(d.key, d.named) for d in dated if d.sentence.text == recalled] == [("2013-10-01", True)]


def test_a_caption_above_the_lead_does_not_count_among_its_sentences():
    caption = "Divers at work on the wreck of the night ferry"
    lead = " ".join(f"The divers found part number {n} of the ferry today." for n in range(1, 6))
    text = f"{caption}\n\n{lead}"
    article = Article(
        "a1", "a1.txt", text, outlet="Times", published=Published.exact("2013-05-17", "metadata")
    )
    spans = (Span(0, len(caption)), *(Span(m.start(), m.end()) for m in re.finditer(r"The [^.]+\.", text)))
    found = sentences_of([article], {"a1": Analysis("a1", sentences=spans)})
    assert [s.index for s in found] == [0, 0, 1, 2, 3, 4]


def test_timeline_tells_no_sentence_that_leans_on_the_one_before():
    text = (
        "On May 7 the ferry company cancelled the night crossings to Bergen. "
        "And on May 7 the union said the strike would go on for a week. "
        "But on May 7 the harbour master kept the quay open for the fishing boats."
    )
    dates = {"On May 7": "2013-05-07", "And on May 7": "2013-05-07", "But on May 7": "2013-05-07"}
    entries = run([make("a1", text, "2013-05-08", "Times", dates)], per_date=3, units=("day",))
    told = [s.text for e in entries for s in e.sentences]
    assert told == ["On May 7 the ferry company cancelled the night crossings to Bergen."]


def test_timeline_a_month_does_not_retell_what_one_of_its_days_tells():
    day = "On June 11 the health agency declared a pandemic of the new ferry flu across the region."
    month = "The health agency declared a pandemic of the new ferry flu across the region this month."
    other = "This month the harbour board also agreed to hire twelve new pilots for the winter season."
    pairs = [
        make("a1", day, "2009-06-12", "Times", {"June 11": "2009-06-11"}),
        make(
            "a2", f"{month} {other}", "2009-06-20", "Post", {"this month": "2009-06", "This month": "2009-06"}
        ),
    ]
    told = {e.date: [s.text for s in e.sentences] for e in run(pairs, per_date=2)}
    assert told["2009-06-11"] == [day]
    assert told["2009-06"] == [other]


def test_a_crowded_day_scored_in_blocks_tells_what_it_tells_scored_whole(monkeypatch):
    reports = [
        "On May 7 the ministers announced a peace conference in Moscow after long talks.",
        "On May 7 rebels seized an airbase in the north of the country after a siege.",
        "On May 7 the ministers said the conference in Moscow would open in June.",
        "On May 7 oil prices fell sharply on world markets after the news from Moscow.",
        "On May 7 the rebels said the airbase had been taken without a fight.",
        "On May 7 aid agencies warned of hunger in the besieged northern towns.",
    ]
    pairs = [
        make(f"a{i}", text, "2013-05-08", f"Outlet {i % 3}", {"On May 7": "2013-05-07"})
        for i, text in enumerate(reports)
    ]
    whole = run(pairs, per_date=3)
    monkeypatch.setattr(day_summary, "BLOCK_CELLS", 1)  # one sentence's row made dense at a time
    assert run(pairs, per_date=3) == whole and len(whole[0].sentences) > 1


def _asked_and_told(aid: str, text: str, day: str) -> tuple[Article, Analysis]:
    """An article whose sentences end at full stops and question marks, each naming ``day`` as "On May 7"."""
    article, _ = make(aid, text, None, "Times")
    spans = tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^.?]+[.?]", text))
    refs = tuple(
        DateRef(m.start(), m.end(), m.group(), "DATE", day, day, day, "past")
        for m in re.finditer(r"On May 7|on May 7", text)
    )
    return article, Analysis(aid, sentences=spans, dates=refs)


@pytest.mark.parametrize(
    "aside",
    [
        "Did the ferry company on May 7 cancel the night crossings to Bergen for good?",
        "On May 7 I watched the ferry company cancel the night crossings to Bergen from the quay.",
        "On May 7 your ferry company cancelled its night crossings to Bergen, so check your tickets.",
    ],
)
def test_timeline_tells_a_report_before_a_question_or_the_writers_voice(aside):
    report = "On May 7 the ferry company cut the crossings."
    pairs = [_asked_and_told("a1", aside, "2013-05-07"), _asked_and_told("a2", report, "2013-05-07")]
    told = [s.text for e in run(pairs, per_date=1, units=("day",)) for s in e.sentences]
    assert told == [report]


def test_timeline_tells_a_day_by_a_question_when_it_has_nothing_else():
    asked = "Did the ferry company on May 7 cancel the night crossings to Bergen for good?"
    entries = run([_asked_and_told("a1", asked, "2013-05-07")], per_date=1, units=("day",))
    assert [(e.date, [s.text for s in e.sentences]) for e in entries] == [("2013-05-07", [asked])]


@pytest.mark.parametrize(
    "pointing",
    [
        "These were cancelled on May 7 by the ferry company on the night crossings to Bergen.",
        "That's because the ferry company on May 7 cancelled the night crossings to Bergen.",
        "This means the ferry company on May 7 cancelled the night crossings to Bergen.",
        "It was the second cut of the night crossings to Bergen by the ferry company, on May 7.",
    ],
)
def test_timeline_tells_a_report_before_a_sentence_that_points_back(pointing):
    report = "On May 7 the ferry company cut the crossings."
    pairs = [_asked_and_told("a1", pointing, "2013-05-07"), _asked_and_told("a2", report, "2013-05-07")]
    told = [s.text for e in run(pairs, per_date=1, units=("day",)) for s in e.sentences]
    assert told == [report]


@pytest.mark.parametrize(
    "pronoun",
    [
        "She told the crowd on May 7 that the night crossings to Bergen would be cut by the ferry company.",
        "He said on May 7 the ferry company had cut the night crossings to Bergen.",
        "They quietly dropped the night crossings to Bergen on May 7, the ferry company said.",
    ],
)
def test_timeline_tells_a_report_before_a_sentence_whose_subject_is_a_pronoun(pronoun):
    report = "On May 7 the ferry company cut the crossings."
    pairs = [_asked_and_told("a1", pronoun, "2013-05-07"), _asked_and_told("a2", report, "2013-05-07")]
    told = [s.text for e in run(pairs, per_date=1, units=("day",)) for s in e.sentences]
    assert told == [report]


def test_timeline_tells_a_pronoun_sentence_when_the_day_has_nothing_else():
    pronoun = (
        "She told the crowd on May 7 that the night crossings to Bergen would be cut by the ferry company."
    )
    entries = run([_asked_and_told("a1", pronoun, "2013-05-07")], per_date=1, units=("day",))
    assert [s.text for e in entries for s in e.sentences] == [pronoun]


@pytest.mark.parametrize(
    "page",
    [
        "As it happened: ferry crossings to Bergen cut On May 7 the company cancelled night sailings.",
        "In pictures: the night crossings to Bergen cancelled by the ferry company on May 7.",
        "Video: the ferry company on May 7 cancelled the night crossings to Bergen.",
    ],
)
def test_timeline_tells_a_report_before_a_sentence_opening_on_its_pages_format(page):
    report = "On May 7 the ferry company cut the crossings."
    pairs = [_asked_and_told("a1", page, "2013-05-07"), _asked_and_told("a2", report, "2013-05-07")]
    told = [s.text for e in run(pairs, per_date=1, units=("day",)) for s in e.sentences]
    assert told == [report]


def test_timeline_tells_a_report_of_what_pictures_showed_as_any_report():
    pictures = "Footage from Bergen showed the night crossings cancelled by the ferry company on May 7."
    other = "On May 7 the company said little."
    pairs = [_asked_and_told("a1", pictures, "2013-05-07"), _asked_and_told("a2", other, "2013-05-07")]
    told = [s.text for e in run(pairs, per_date=2, units=("day",)) for s in e.sentences]
    assert told[0] == pictures


def _dated_after_the_lead(text: str, dates: dict[str, str], every_date: bool = False) -> list[Dated]:
    """How ``text`` is dated as the sixth sentence of an article of 2013-04-08, past its lead sentences."""
    article, analysis = make(
        "a1",
        f"The ferry service resumed. The quay was busy. Crews were back. More boats came. Shops opened. {text}",
        "2013-04-08",
        "Times",
        dates,
    )
    dated = date_sentences(sentences_of([article], {"a1": analysis}), {"a1": analysis}, every_date=every_date)
    return [d for d in dated if d.sentence.text == text]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "The harbour toll rose to 40 as divers searched the hulls of boats which sank on March 3.",
            {"March 3": "2013-03-03"},
        ),
        (
            "Doctors are testing samples from patients who fell ill in February at the coastal clinic.",
            {"February": "2013-02"},
        ),
        (
            "The council thanked the crews whose boats had reached Bergen on Monday before the storm closed in.",
            {"Monday": "2013-04-01"},
        ),
    ],
)
def test_a_date_in_a_relative_clause_does_not_date_the_sentence(text: str, dates: dict[str, str]) -> None:
    assert [d.key for d in _dated_after_the_lead(text, dates) if d.named] == []


def test_a_date_after_the_relative_clause_ends_still_dates_the_sentence() -> None:
    text = "The ferry, which the council bought last year, sank off Bergen on March 3 with no one aboard."
    assert [d.key for d in _dated_after_the_lead(text, {"March 3": "2013-03-03", "last year": "2012"})] == [
        "2013-03-03"
    ]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("A driver who was hurt in the crash died in hospital on March 3.", "March 3", "2013-03-03"),
        ("Residents who fled the fire returned to their homes on March 3.", "March 3", "2013-03-03"),
        ("Police did not say which roads would reopen on March 3.", "March 3", "2013-03-03"),
        ("Investigators are trying to establish who started the fire on March 3.", "March 3", "2013-03-03"),
    ],
)
def test_a_date_after_a_subjects_relative_clause_or_in_a_reported_question_dates_the_sentence(
    text: str, phrase: str, value: str
) -> None:
    assert [d.key for d in _dated_after_the_lead(text, {phrase: value}) if d.named] == [value]


def test_a_story_page_tells_a_sentence_under_every_date_it_names_but_not_one_of_a_relative_clause() -> None:
    text = "Doctors from February tested samples from patients who fell ill in March at the coastal clinic."
    dates = {"February": "2013-02", "March": "2013-03"}
    assert [d.key for d in _dated_after_the_lead(text, dates, every_date=True) if d.named] == ["2013-02"]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "The new count of ferry passengers is well above the range given in February by the port.",
            {"February": "2013-02"},
        ),
        (
            "Divers are still searching the hulls for the samples taken on March 3 from the wreck.",
            {"March 3": "2013-03-03"},
        ),
        (
            "The aid for fishermen, approved on Monday, has not reached the harbour towns.",
            {"Monday": "2013-04-01"},
        ),
    ],
)
def test_a_date_closing_a_participle_after_its_noun_does_not_date_the_sentence(
    text: str, dates: dict[str, str]
) -> None:
    for every_date in (False, True):
        assert [d.key for d in _dated_after_the_lead(text, dates, every_date=every_date) if d.named] == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The ferry licence was given in February to a new company from Bergen.", "February", "2013-02"),
        ("Crews arrived in February to start the repairs on the quay.", "February", "2013-02"),
        ("The harbour master had spoken on March 3 about the risk of storms.", "March 3", "2013-03-03"),
        ("Officials, however, confirmed on March 3 that the quay would reopen.", "March 3", "2013-03-03"),
        ("The boats, which had sailed, arrived on March 3, the port said.", "March 3", "2013-03-03"),
        ("The council has taken in March a decision on the ferry fares.", "March", "2013-03"),
        ("The harbour report, released in March, put the losses at two million crowns.", "March", "2013-03"),
        ("Water samples taken on March 3 showed traces of oil near the quay.", "March 3", "2013-03-03"),
    ],
)
def test_a_sentences_own_verb_before_a_date_dates_it(text: str, phrase: str, value: str) -> None:
    assert [d.key for d in _dated_after_the_lead(text, {phrase: value}) if d.named] == [value]


def test_timeline_of_a_story_leaves_history_to_the_background():
    from storyline.reconstruct.story import reconstruct_story

    pairs = [
        make(
            "a1",
            "Born on 29 August 1950 in Molde, the captain sailed for forty years. "
            "On June 3 the captain retired from the ferry line after a final crossing. ",
            "2009-06-05",
            "Times",
            {"29 August 1950": "1950-08-29", "June 3": "2009-06-03"},
        ),
        make(
            "a2",
            "The captain, born on 29 August 1950, was cheered on the quay. "
            "On June 3 crowds lined the harbour to see the captain retire from the ferry line. ",
            "2009-06-06",
            "Post",
            {"29 August 1950": "1950-08-29", "June 3": "2009-06-03"},
        ),
    ]
    told = reconstruct_story([a for a, _ in pairs], {a.id: an for a, an in pairs}, [])
    assert [e.date for e in told.timeline] == ["2009-06-03"]


@pytest.mark.parametrize(
    ("aside", "again"),
    [
        (
            "The bakery near the port booked twice its usual bread orders in April.",
            "Bread orders at the port bakery doubled in April, its owner said.",
        ),
        (
            "The city also moved the deadline for filing parking permits to the end of April.",
            "Drivers now have until the end of April to file for parking permits.",
        ),
        (
            "Shares of a glove maker rose four percent in April on strong sales.",
            "The glove maker's shares had their best month in April.",
        ),
    ],
)
def test_timeline_tells_a_month_by_a_sentence_on_the_story_before_an_aside(aside: str, again: str) -> None:
    story = (
        "The ferry flu spread to crews on the northern routes, the health agency said.",
        "Health officials closed two ferry ports as the flu spread along the coast.",
        "Ferry companies cancelled crossings after their crews fell ill with the flu.",
        "The flu kept a third of the ferry crews at home on Friday, the union said.",
        "Flu cases among ferry passengers rose to forty, the health agency said.",
        "The ferry flu reached the islands, where two crews were sent home.",
    )
    on_subject = "Doctors traced the first ferry flu cases to crews sailing in April."
    pairs = [make(f"d{i}", text, f"2009-05-{i + 1:02}", "Wire") for i, text in enumerate(story)]
    pairs += [
        make("m1", on_subject, "2009-05-20", "Times", {"April": "2009-04"}),
        make("m2", aside, "2009-05-21", "Post", {"April": "2009-04"}),
        make("m3", again, "2009-05-22", "Daily", {"April": "2009-04"}),
    ]
    told = {e.date: [s.text for s in e.sentences] for e in run(pairs, per_date=1)}
    assert told["2009-04"] == [on_subject]


@pytest.mark.parametrize(
    ("text", "dates", "expected"),
    [
        (
            "More crews have been treated for burns linked to last month's fire at the depot, officials said on "
            "March 12.",
            {"last month": "2013-02", "March 12": "2013-03-12"},
            ["2013-03-12"],
        ),
        (
            "The inquiry into February's ferry collision opened in Bergen on March 4 with two days of evidence.",
            {"February": "2013-02", "March 4": "2013-03-04"},
            ["2013-03-04"],
        ),
        (
            "Crews began repairs after Monday's storm as the harbour reopened on March 6.",
            {"Monday": "2013-03-04", "March 6": "2013-03-06"},
            ["2013-03-06"],
        ),
    ],
)
def test_a_possessive_date_after_a_preposition_dates_what_it_names_not_the_sentence(
    text: str, dates: dict[str, str], expected: list[str]
) -> None:
    for every_date in (False, True):
        assert [
            d.key for d in _dated_after_the_lead(text, dates, every_date=every_date) if d.named
        ] == expected


def test_a_possessive_date_opening_the_sentence_still_dates_it() -> None:
    text = "Monday's vote on the ferry contract was postponed by the council."
    assert [d.key for d in _dated_after_the_lead(text, {"Monday": "2013-03-04"}) if d.named] == ["2013-03-04"]


@pytest.mark.parametrize(
    ("text", "dates", "expected"),
    [
        ("In Monday's vote, the council rejected the ferry plan.", {"Monday": "2013-03-04"}, ["2013-03-04"]),
        (
            "During Tuesday's debate, Ola Lee defended the new fares.",
            {"Tuesday": "2013-03-05"},
            ["2013-03-05"],
        ),
        (
            "At Friday's meeting, the harbour board chose a new chair.",
            {"Friday": "2013-03-08"},
            ["2013-03-08"],
        ),
    ],
)
def test_a_possessive_date_in_a_phrase_opening_the_sentence_is_the_news(
    text: str, dates: dict[str, str], expected: list[str]
) -> None:
    assert [d.key for d in _dated_after_the_lead(text, dates) if d.named] == expected


def test_timeline_tells_a_report_before_a_speakers_turn_in_a_transcript():
    turns = (
        "Two harbour masters spoke to the radio about the storm.\n\n"
        "HOLM: On May 7 the ferry company cut the crossings to the islands.\n\n"
        "BERG: It did.\n\nHOLM: Twice.\n\nBERG: Yes, twice.\n"
    )
    report = "The ferry company cut two crossings to the islands on May 7, the port said."
    pairs = [
        make("a1", turns, "2013-05-08", "Radio", {"May 7": "2013-05-07"}),
        make("a2", report, "2013-05-09", "Times", {"May 7": "2013-05-07"}),
    ]
    told = [
        s.text for e in run(pairs, per_date=1, units=("day",)) if e.date == "2013-05-07" for s in e.sentences
    ]
    assert told == [report]


def test_timeline_tells_a_report_before_a_noun_phrase_with_a_full_stop():
    phrase = "The announcement of a new ferry crossing to the islands in May."
    report = "The ferry company opened a new crossing to the islands in May, the port said."
    pairs = [
        make("a1", phrase, "2013-06-08", "Radio", {"May": "2013-05"}),
        make("a2", phrase, "2013-06-08", "Daily", {"May": "2013-05"}),
        make("a3", report, "2013-06-09", "Times", {"May": "2013-05"}),
        make(
            "a4",
            "The port said a new crossing to the islands was opened by the ferry company.",
            "2013-06-10",
            "Post",
        ),
        make("a5", "Islanders thanked the ferry company for the new crossing.", "2013-06-11", "Post"),
    ]
    told = [s.text for e in run(pairs, per_date=1, units=("month",)) for s in e.sentences]
    assert told == [report]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The ban on fishing was finally withdrawn on Friday after weeks of protests.", "Friday"),
        ("The order to evacuate was formally given on Tuesday by the mayor.", "Tuesday"),
    ],
)
def test_a_passive_with_an_adverb_keeps_its_date(text: str, date: str) -> None:
    start = text.index(date)
    assert not after_a_participle(text, start, start + len(date))


@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        ("The ferry will sail to the islands on May 7.", True),
        ("Ministers are to meet in Oslo on Thursday to discuss the fares.", True),
        ("The trial is due to open in June at the district court.", True),
        ("The port will not reopen until May, officials said.", True),
        ("Without new money the fund might run dry by March.", True),
        ("The bridge could reopen to lorries in June.", True),
        ("The ferry sailed to the islands on May 7.", False),
        ('The mayor said on Monday: "We will rebuild the quay."', True),
        ("The harbour board is to blame for the delays, critics said.", False),
        ("Two sailors are believed to have drowned near the quay on Monday.", False),
        ("He has yet to decide whether the ferry should sail.", False),
    ],
)
def test_a_forecast(text: str, ahead: bool) -> None:
    """What is to come, said or quoted; not a past report, "is to blame" or "is thought to have"."""
    assert forecast(text) is ahead


def test_timeline_tells_a_report_of_the_day_before_a_forecast_written_earlier():
    ahead = "The new ferry to the islands will make its first crossing on May 7, the company said."
    report = "The new ferry to the islands made its first crossing on May 7, the company said."
    pairs = [
        make("a1", ahead, "2013-05-01", "Radio", {"May 7": "2013-05-07"}),
        make("a2", ahead, "2013-05-02", "Daily", {"May 7": "2013-05-07"}),
        make("a3", report, "2013-05-08", "Times", {"May 7": "2013-05-07"}),
    ]
    told = [
        s.text for e in run(pairs, per_date=1, units=("day",)) if e.date == "2013-05-07" for s in e.sentences
    ]
    assert told == [report]


@pytest.mark.parametrize(
    "text",
    [
        "The new ferry made its first crossing on May 7 and will sail daily from June, the company said.",
        "Rescuers could not reach the flooded island villages on May 7, the army said.",
    ],
)
def test_timeline_tells_first_a_sentence_with_a_modal_written_after_its_date(text: str) -> None:
    report = "Islanders said the ferry crossings and the rescue boats were late on May 7."
    pairs = [
        make("a1", text, "2013-05-08", "Radio", {"May 7": "2013-05-07"}),
        make("a2", text, "2013-05-08", "Daily", {"May 7": "2013-05-07"}),
        make("a3", report, "2013-05-09", "Times", {"May 7": "2013-05-07"}),
    ]
    told = [
        s.text for e in run(pairs, per_date=1, units=("day",)) if e.date == "2013-05-07" for s in e.sentences
    ]
    assert told == [text]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Sunday's flood has left 300 families in the valley without a home.", {"Sunday": "2013-03-03"}),
        ("Last month's storm has cost insurers more than a billion crowns.", {"Last month": "2013-03"}),
        ("Monday's fire is still burning in the hills above the town.", {"Monday": "2013-03-04"}),
        ("Sunday's floods have left 300 families in the valley without a home.", {"Sunday": "2013-03-03"}),
        ("Monday's fire is now about five miles from the town.", {"Monday": "2013-03-04"}),
    ],
)
def test_a_possessive_subject_of_a_present_verb_does_not_date_the_sentence(
    text: str, dates: dict[str, str]
) -> None:
    assert [d.key for d in _dated_after_the_lead(text, dates) if d.named] == []


@pytest.mark.parametrize(
    ("text", "dates", "expected"),
    [
        (
            "Tuesday's earthquake killed at least 300 people in the hill towns.",
            {"Tuesday": "2013-03-05"},
            "2013-03-05",
        ),
        ("Friday's match will be held without any spectators.", {"Friday": "2013-03-08"}, "2013-03-08"),
        ("Friday's vote is expected to pass with a large majority.", {"Friday": "2013-03-08"}, "2013-03-08"),
        (
            "Friday's vote is now expected to pass with a large majority.",
            {"Friday": "2013-03-08"},
            "2013-03-08",
        ),
        ("Friday's vote is, however, widely expected to pass.", {"Friday": "2013-03-08"}, "2013-03-08"),
        ("Friday's vote is, officials said, expected to be close.", {"Friday": "2013-03-08"}, "2013-03-08"),
        ("Friday's hearing is set for ten in the morning.", {"Friday": "2013-03-08"}, "2013-03-08"),
        (
            "Sunday's storm has yet to reach the coast, forecasters said.",
            {"Sunday": "2013-03-03"},
            "2013-03-03",
        ),
        (
            "Sunday's flood, which has left 300 families homeless, swept through the valley overnight.",
            {"Sunday": "2013-03-03"},
            "2013-03-03",
        ),
    ],
)
def test_a_possessive_subject_of_a_past_or_future_verb_still_dates_it(
    text: str, dates: dict[str, str], expected: str
) -> None:
    assert [d.key for d in _dated_after_the_lead(text, dates) if d.named] == [expected]
