"""Incremental story clustering on small hand-written corpora and in-memory databases."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from storyline.across.stories import Assignment, Params, StoryEngine, StoryInput
from storyline.across.stories import engine as engine_module
from storyline.ids import story_id
from storyline.store import Store

FLOOD = (
    "The river Selva burst its banks at Orlavik, flooding the grain market and the lower town.",
    "Mayor Tomas Brenek ordered the evacuation of the Orlavik riverside districts overnight.",
    "Rescue boats from Kestrel county carried stranded Orlavik families to the school on the hill.",
    "The Selva rose two metres above its usual level after a week of rain in the valley.",
    "Brenek said the flood defences along the Selva had held in the upper town of Orlavik.",
    "Soldiers filled sandbags near the Orlavik bridge as the Selva kept rising toward the market.",
    "Insurers in Orlavik began counting the cost of the flood to shops around the grain market.",
    "Kestrel county sent pumps to drain the flooded cellars of the Orlavik lower town.",
)
CHESS = (
    "Grandmaster Lidia Moravec won the Dravno chess open after a tense final round against Pavel Suchy.",
    "The Dravno festival drew record entries and its organisers praised the young players.",
    "Moravec sacrificed a rook in the final game and Suchy resigned after forty moves in Dravno.",
    "Suchy had led the Dravno open for five rounds before losing twice to younger players.",
    "Organisers of the Dravno chess festival said the city would host the open again next spring.",
    "Moravec, who trains at the Dravno academy, takes home the trophy and a modest prize purse.",
)
OTHER_FLOOD = (
    "Heavy rain swelled the Narwa river at Pellston and water reached the Pellston railway station.",
    "Governor Alma Quist sent army trucks from Fenwick to move patients out of the Pellston hospital.",
    "The Narwa flood cut the road between Pellston and Fenwick for a second day.",
    "Quist said the Pellston hospital would reopen once the Narwa fell below its banks.",
    "Farmers near Pellston moved cattle to higher ground as the Narwa spread across the fields.",
    "Fenwick volunteers brought drinking water to Pellston residents cut off by the flood.",
)


def article(aid: str, pool: tuple[str, ...], day: str | None, n: int, title: str | None = None) -> StoryInput:
    """An article of two sentences from an event's pool: different articles share no sentence."""
    text = " ".join(pool[(2 * n + k) % len(pool)] for k in range(2))
    return StoryInput(aid, title, text, "Gazette", day)


def corpus() -> list[StoryInput]:
    return [
        article("a-f1", FLOOD, "2013-03-01", 0, "Selva floods Orlavik"),
        article("a-c1", CHESS, "2013-03-02", 1, "Moravec wins Dravno open"),
        article("a-f2", FLOOD, "2013-03-02", 1, "Orlavik evacuates riverside districts"),
        article("a-o1", OTHER_FLOOD, "2013-03-20", 0, "Narwa floods Pellston"),
        article("a-c2", CHESS, "2013-03-03", 2, "Dravno chess festival ends"),
        article("a-f3", FLOOD, "2013-03-04", 2, None),
        article("a-o2", OTHER_FLOOD, "2013-03-21", 1, "Pellston hospital evacuated"),
    ]


def engine(params: Params | None = None) -> StoryEngine:
    store = Store(":memory:")
    return StoryEngine(store.stories, store.duplicates, params)


def groups(e: StoryEngine) -> list[list[str]]:
    return sorted(sorted(s.articles) for s in e.tables.stories())


def snapshot(e: StoryEngine) -> list[tuple[str, str, tuple[str, ...], str | None, str | None]]:
    return sorted((s.id, s.title, s.articles, s.first, s.last) for s in e.tables.stories())


def test_stories_cluster_events_and_keep_same_kind_events_apart() -> None:
    e = engine()
    e.add(corpus())
    assert groups(e) == [["a-c1", "a-c2"], ["a-f1", "a-f2", "a-f3"], ["a-o1", "a-o2"]]


def test_stories_id_derives_from_founding_article() -> None:
    e = engine()
    e.add(corpus())
    assert {s.id for s in e.tables.stories()} == {story_id("a-f1"), story_id("a-c1"), story_id("a-o1")}


def test_stories_two_chronological_halves_equal_one_batch() -> None:
    items = sorted(corpus(), key=lambda a: (a.published, a.id))
    once, halves = engine(), engine()
    once.add(items)
    halves.add(items[:3])
    halves.add(items[3:])
    assert snapshot(halves) == snapshot(once)


def test_stories_letting_go_of_vectors_between_steps_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    items = sorted(corpus(), key=lambda a: (a.published, a.id))
    held = engine()
    held.add(items[:3])
    held.add(items[3:])
    monkeypatch.setattr(engine_module, "LINK_CHUNK", 1)
    monkeypatch.setattr(engine_module, "HELD", 0)
    let_go = engine()
    let_go.add(items[:3])
    let_go.add(items[3:])
    assert snapshot(let_go) == snapshot(held)


def test_stories_second_ingest_changes_nothing() -> None:
    e = engine()
    e.add(corpus())
    before = snapshot(e)
    assert (e.add(corpus()), snapshot(e)) == ([], before)


def test_stories_touched_are_only_the_stories_whose_members_changed() -> None:
    """A linked story that keeps its members is not among the changed, so nothing downstream redoes it."""
    e = engine(Params(join=0.5, link=0.5))
    for n in range(3):  # at this join a-f1 links to a-f2 but stays a story of its own
        e.add([article(f"a-f{n}", FLOOD, f"2013-03-0{n + 1}", n)])
    assert (groups(e), e.touched) == ([["a-f0", "a-f2"], ["a-f1"]], {story_id("a-f0")})


def test_stories_assignment_for_each_new_article() -> None:
    e = engine()
    out = e.add(corpus())
    assert sorted(a.article_id for a in out) == sorted(a.id for a in corpus())


def test_stories_articles_outside_the_time_window_start_a_new_story() -> None:
    e = engine()
    e.add([article("a-1", FLOOD, "2013-03-01", 0), article("a-2", FLOOD, "2013-12-01", 1)])
    assert groups(e) == [["a-1"], ["a-2"]]


def test_stories_bridging_article_merges_stories_and_old_id_resolves() -> None:
    def flood(aid: str, day: str, first: int) -> StoryInput:
        return StoryInput(aid, "Selva floods Orlavik", " ".join(FLOOD[first : first + 4]), None, day)

    e = engine()
    e.add([flood("a-1", "2013-01-01", 0)])
    e.add([flood("a-2", "2013-03-15", 4)])
    later = e.tables.story_of("a-2")
    assert later != e.tables.story_of("a-1")
    e.add([flood("a-3", "2013-02-07", 2)])
    assert (groups(e), e.tables.resolve(later)) == ([["a-1", "a-2", "a-3"]], story_id("a-1"))


def test_stories_earlier_article_arriving_late_becomes_founder() -> None:
    e = engine()
    e.add([article("a-2", FLOOD, "2013-03-02", 1, "Orlavik evacuates riverside districts")])
    first_id = e.tables.story_of("a-2")
    e.add([article("a-1", FLOOD, "2013-03-01", 0, "Selva floods Orlavik")])
    assert (e.tables.story_of("a-2"), e.tables.resolve(first_id)) == (story_id("a-1"), story_id("a-1"))


@pytest.mark.parametrize("seed", range(5))
def test_stories_random_halves_equal_one_batch(seed: int) -> None:
    items = corpus() + [article("a-f4", FLOOD, None, 3, "Selva recedes"), article("a-c3", CHESS, None, 3)]
    random.Random(seed).shuffle(items)
    once, halves = engine(), engine()
    once.add(items)
    halves.add(items[:4])
    halves.add(items[4:])
    assert snapshot(halves) == snapshot(once)


def test_stories_near_duplicate_joins_its_original_story() -> None:
    e = engine()
    first = article("a-1", FLOOD, "2013-03-01", 0, "Selva floods Orlavik")
    copy = replace(
        first, id="a-9", published="2013-03-02", text=first.text + " Distributed by a wire service."
    )
    out = e.add([first, copy])
    assert out[1].duplicate_of == "a-1" and out[1].story_id == out[0].story_id


def test_stories_title_is_the_most_representative_headline() -> None:
    e = engine()
    e.add(
        [
            article("a-1", FLOOD, "2013-03-01", 0, "Live updates"),
            article("a-2", FLOOD, "2013-03-02", 1, "Selva floods Orlavik lower town"),
            article("a-3", FLOOD, "2013-03-03", 2, "Evening briefing"),
        ]
    )
    assert [s.title for s in e.tables.stories()] == ["Selva floods Orlavik lower town"]


def test_stories_title_passes_over_a_stamp_or_a_cut_headline() -> None:
    e = engine()
    e.add(
        [
            article("a-1", FLOOD, "2013-03-01", 0, "Selva floods Orlavik lower town | 16:59"),
            article("a-2", FLOOD, "2013-03-02", 1, "River floods Orlavik lower town"),
            article("a-3", FLOOD, "2013-03-03", 2, "Selva floods Orlavik lower town as the..."),
        ]
    )
    assert [s.title for s in e.tables.stories()] == ["River floods Orlavik lower town"]


def test_stories_untitled_story_takes_its_lead_sentence() -> None:
    e = engine()
    e.add([article("a-1", CHESS, "2013-03-01", 0, None)])
    assert e.tables.stories()[0].title.startswith("Grandmaster Lidia Moravec won the Dravno chess open")


def test_stories_first_and_last_days() -> None:
    e = engine()
    e.add(corpus())
    by_first = {s.first: s.last for s in e.tables.stories()}
    assert by_first == {"2013-03-01": "2013-03-04", "2013-03-02": "2013-03-03", "2013-03-20": "2013-03-21"}


def test_stories_resolve_unmerged_id_is_itself() -> None:
    assert engine().tables.resolve("s-unknown") == "s-unknown"


def test_stories_undated_articles_still_cluster() -> None:
    e = engine()
    titles = ["Selva floods Orlavik", "Orlavik evacuated as Selva rises", "Moravec wins in Dravno"]
    pools = [FLOOD, FLOOD, CHESS]
    e.add(
        [
            article(f"a-{n + 1}", pool, None, n, t)
            for n, (pool, t) in enumerate(zip(pools, titles, strict=True))
        ]
    )
    assert groups(e) == [["a-1", "a-2"], ["a-3"]]


def test_stories_earlier_copy_arriving_later_takes_over_as_original() -> None:
    e = engine()
    first = article("a-1", FLOOD, "2013-03-01", 0, "Selva floods Orlavik")
    copy = replace(
        first, id="a-9", published="2013-03-02", text=first.text + " Distributed by a wire service."
    )
    e.add([copy])
    out = e.add([first])
    assert (e.tables.duplicates(), groups(e), out[-1]) == (
        {"a-9": "a-1"},
        [["a-1", "a-9"]],
        Assignment("a-9", story_id("a-1"), "a-1"),
    )


def test_stories_oversized_group_is_reclustered_near_the_batch_only() -> None:
    e = engine(replace(Params(), max_group=2))
    items = sorted(corpus(), key=lambda a: (a.published, a.id))
    e.add(items[:4])
    e.add(items[4:])
    assert sorted(a for s in e.tables.stories() for a in s.articles) == sorted(a.id for a in items)


def test_stories_every_new_article_is_placed_when_its_group_is_past_the_bound() -> None:
    e = engine(replace(Params(), max_group=1))
    items = sorted(corpus(), key=lambda a: (a.published, a.id))
    for k in range(0, len(items), 2):
        e.add(items[k : k + 2])
    assert all(e.tables.story_of(a.id) for a in items)


def test_stories_candidates_share_enough_terms_inside_the_window() -> None:
    tables = Store(":memory:").stories
    tables.add_terms(
        [(t, "2013-03-01", "a-own") for t in ("selva", "orlavik", "brenek")]
        + [(t, "2013-03-05", "a-two") for t in ("selva", "orlavik")]
        + [("selva", "2013-03-02", "a-one")]
        + [(t, "2013-12-01", "a-late") for t in ("selva", "orlavik")]
        + [(t, "", "a-undated") for t in ("orlavik", "brenek")]
    )
    assert tables.sharing_terms("a-own", "2013-03-01", 180, 2) == ["a-two", "a-undated"]


def test_stories_most_candidates_are_those_sharing_most_terms_then_nearest_in_time() -> None:
    tables = Store(":memory:").stories
    terms = {"a-own": ("selva", "orlavik", "brenek"), "a-three-far": ("selva", "orlavik", "brenek")}
    terms |= {
        "a-two-near": ("selva", "orlavik"),
        "a-two-far": ("orlavik", "brenek"),
        "a-two-farther": ("selva", "brenek"),
    }
    days = {"a-own": "2013-03-10", "a-three-far": "2013-05-10", "a-two-near": "2013-03-11"}
    days |= {"a-two-far": "2013-04-10", "a-two-farther": "2013-05-20"}
    tables.add_terms([(t, days[aid], aid) for aid, ts in terms.items() for t in ts])
    assert tables.sharing_terms("a-own", "2013-03-10", 180, 2, most=2) == ["a-three-far", "a-two-near"]


def test_stories_a_common_term_brings_only_the_articles_nearest_in_time() -> None:
    tables = Store(":memory:").stories
    days = {"a-own": "2013-03-10", "a-next-day": "2013-03-11", "a-week-before": "2013-03-03"}
    days |= {"a-month-after": "2013-04-10", "a-undated": ""}
    tables.add_terms([(t, day, aid) for aid, day in days.items() for t in ("selva", "orlavik")])
    near = tables.sharing_terms("a-own", "2013-03-10", 180, 2, per_term=2)
    assert (near, len(tables.sharing_terms("a-own", "2013-03-10", 180, 2))) == (
        ["a-next-day", "a-week-before"],
        4,
    )
