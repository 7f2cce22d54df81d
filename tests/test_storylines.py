"""Storylines over hand-written stories: developments of one subject linked, other subjects apart, order-free."""

from __future__ import annotations

import json
import random
from pathlib import Path

from storyline.across.stories import StoryEngine, StoryInput
from storyline.across.storylines import Params, StorylineEngine, centroid, gap
from storyline.corpus import Corpus
from storyline.ids import storyline_id
from storyline.store import Store
from storyline.store.storylines import StoryCentroid

FLOOD = (
    "The river Selva burst its banks at Orlavik, flooding the grain market and the lower town.",
    "Mayor Tomas Brenek ordered the evacuation of the Orlavik riverside districts overnight.",
    "Rescue boats carried stranded Orlavik families from the Selva banks to the school on the hill.",
    "The Selva rose two metres above its usual level after a week of rain around Orlavik.",
)
REBUILD = (
    "Orlavik began rebuilding the grain market a month after the Selva flood, Mayor Tomas Brenek said.",
    "Brenek asked the government for money to raise the Selva embankments at Orlavik before autumn.",
    "Engineers surveyed the Orlavik bridge damaged when the Selva burst its banks in spring.",
    "Shops in the lower town of Orlavik reopened as insurers paid the first Selva flood claims.",
)
CHESS = (
    "Grandmaster Lidia Moravec won the Dravno chess open after a tense final round against Pavel Suchy.",
    "The Dravno festival drew record entries and its organisers praised the young players.",
    "Moravec sacrificed a rook in the final game and Suchy resigned after forty moves in Dravno.",
    "Suchy had led the Dravno open for five rounds before losing twice to younger players.",
)


def article(aid: str, pool: tuple[str, ...], day: str, n: int) -> StoryInput:
    text = " ".join(pool[(2 * n + k) % len(pool)] for k in range(2))
    return StoryInput(aid, None, text, "Gazette", day)


def corpus() -> list[StoryInput]:
    return [
        article("a-f1", FLOOD, "2014-03-01", 0),
        article("a-f2", FLOOD, "2014-03-02", 1),
        article("a-r1", REBUILD, "2014-05-15", 0),
        article("a-r2", REBUILD, "2014-05-16", 1),
        article("a-c1", CHESS, "2014-03-05", 0),
        article("a-c2", CHESS, "2014-03-06", 1),
    ]


def ingest(batches: list[list[StoryInput]]) -> Store:
    store = Store(":memory:")
    stories = StoryEngine(store.stories, store.duplicates)
    lines = StorylineEngine(store.stories, store.storylines)
    for batch in batches:
        stories.add(batch)
        lines.update(stories.touched)
    return store


def snapshot(store: Store) -> list[tuple[str, str, tuple[str, ...], str | None, str | None]]:
    return sorted((r.id, r.title, r.stories, r.first, r.last) for r in store.storylines.storylines())


def members(store: Store) -> list[list[str]]:
    by_story = {s.id: s.articles for s in store.stories.stories()}
    rows = store.storylines.storylines()
    return sorted(sorted(a for sid in r.stories for a in by_story[sid]) for r in rows)


def test_storylines_link_developments_of_one_subject_and_keep_others_apart() -> None:
    store = ingest([corpus()])
    assert (len(store.stories.stories()), members(store)) == (
        3,
        [["a-c1", "a-c2"], ["a-f1", "a-f2", "a-r1", "a-r2"]],
    )


def test_storylines_and_stories_read_one_by_id_as_their_lists_have_them() -> None:
    reader = Corpus(ingest([corpus()]))
    lines, stories = reader.storylines(), reader.stories()
    assert max(len(line.stories) for line in lines) > 1
    assert ([reader.storyline(line.id) for line in lines], [reader.story(s.id) for s in stories]) == (
        lines,
        stories,
    )


def test_storylines_id_derives_from_the_founding_article() -> None:
    store = ingest([corpus()])
    assert {r.id for r in store.storylines.storylines()} == {storyline_id("a-f1"), storyline_id("a-c1")}


def test_storylines_are_the_same_whatever_the_batches() -> None:
    items = corpus()
    shuffled = random.Random(7).sample(items, len(items))
    once = snapshot(ingest([items]))
    assert snapshot(ingest([[i] for i in shuffled])) == once == snapshot(ingest([items[3:], items[:3]]))


def test_storylines_old_id_resolves_after_an_earlier_story_joins() -> None:
    items = corpus()
    store = ingest([[items[2], items[3]]])
    (first,) = [r.id for r in store.storylines.storylines()]
    stories = StoryEngine(store.stories, store.duplicates)
    stories.add(items[:2])
    StorylineEngine(store.stories, store.storylines).update(stories.touched)
    assert store.storylines.resolve(first) == storyline_id("a-f1") != first


def test_storylines_stories_far_apart_in_time_stay_apart() -> None:
    late = [article("a-r1", REBUILD, "2015-02-10", 0), article("a-r2", REBUILD, "2015-02-11", 1)]
    store = ingest([corpus()[:2] + late])
    assert len(store.storylines.storylines()) == 2


def test_storylines_centroid_is_unit_length_and_cut_to_size() -> None:
    c = centroid([[{"a": 0.6, "b": 0.8}, {"@x": 1.0}, {}], [{"a": 1.0}, {}, {}]], size=1)
    assert c == {"words": {"a": 1.0}, "names": {"@x": 1.0}}


def test_storylines_gap_between_spans() -> None:
    def story(first: str | None, last: str | None) -> StoryCentroid:
        return StoryCentroid("s", "a", "k", first, last, 1, "t", "{}")

    spans = [story("2014-01-01", "2014-01-10"), story("2014-01-20", "2014-02-01"), story(None, None)]
    assert (gap(spans[0], spans[1]), gap(spans[1], spans[0]), gap(spans[0], spans[2])) == (10, 10, 0)


def test_storylines_candidates_near_in_time_share_a_term_or_are_undated() -> None:
    store = Store(":memory:")

    def put(sid: str, first: str | None, last: str | None, terms: tuple[str, ...]) -> None:
        row = StoryCentroid(sid, f"a-{sid}", f"k-{sid}", first, last, 1, sid, "{}")
        store.storylines.put_centroid(row, terms)

    put("s-own", "2014-03-01", "2014-03-10", ("selva", "orlavik"))
    put("s-near", "2014-07-20", "2014-08-01", ("selva",))  # 132 days after s-own ends
    put("s-far", "2014-09-01", "2014-09-02", ("selva",))  # 175 days after
    put("s-before", "2013-09-01", "2013-10-01", ("orlavik",))  # 151 days before s-own starts
    put("s-undated", None, None, ("orlavik",))
    put("s-other", "2014-03-02", "2014-03-03", ("dravno",))
    assert store.storylines.sharing_terms("s-own") == ["s-before", "s-far", "s-near", "s-undated"]
    assert store.storylines.sharing_terms("s-own", within_days=150) == ["s-near", "s-undated"]


def test_storylines_a_common_term_brings_only_the_stories_nearest_in_time() -> None:
    store = Store(":memory:")

    def put(sid: str, first: str | None, last: str | None) -> None:
        row = StoryCentroid(sid, f"a-{sid}", f"k-{sid}", first, last, 1, sid, "{}")
        store.storylines.put_centroid(row, ("selva",))

    put("s-own", "2014-03-01", "2014-03-10")
    put("s-day-after", "2014-03-11", "2014-03-11")
    put("s-week-before", "2014-02-20", "2014-03-03")
    put("s-month-after", "2014-04-01", "2014-04-10")
    put("s-undated", None, None)
    near = store.storylines.sharing_terms("s-own", within_days=150, per_term=2)
    everything = store.storylines.sharing_terms("s-own", within_days=150, per_term=10)
    assert (near, len(everything)) == (["s-day-after", "s-week-before"], 4)


def test_storylines_a_store_made_before_terms_were_ordered_by_day_keeps_its_candidates(
    tmp_path: Path,
) -> None:
    store = Store(tmp_path / "s.db")
    for sid, day in (("s-own", "2014-03-01"), ("s-near", "2014-03-05")):
        store.storylines.put_centroid(StoryCentroid(sid, f"a-{sid}", "k", day, day, 1, sid, "{}"), ("selva",))
    with store.conn:  # the layout the step before 0010 left
        store.conn.execute("DROP TABLE story_centroid_terms")
        store.conn.execute(
            "CREATE TABLE story_centroid_terms (term TEXT, story_id TEXT, PRIMARY KEY (term, story_id))"
        )
        store.conn.executemany(
            "INSERT INTO story_centroid_terms VALUES ('selva', ?)", [("s-own",), ("s-near",)]
        )
        store.conn.execute("DELETE FROM _migrations WHERE name = '0010_centroid_terms_by_day'")
    store.close()
    assert Store(tmp_path / "s.db").storylines.sharing_terms("s-own", within_days=150) == ["s-near"]


def test_storylines_an_oversized_group_is_regrouped_around_the_changed_stories_only() -> None:
    store = ingest([corpus()])  # the flood and its rebuilding: one storyline of two stories
    stories = StoryEngine(store.stories, store.duplicates)
    stories.add([article("a-r3", REBUILD, "2014-05-17", 2)])
    StorylineEngine(store.stories, store.storylines, Params(max_group=1)).update(stories.touched)
    rows = {r.id: len(r.stories) for r in store.storylines.storylines()}
    assert (members(store), rows) == (
        [["a-c1", "a-c2"], ["a-f1", "a-f2"], ["a-r1", "a-r2", "a-r3"]],
        {storyline_id("a-c1"): 1, storyline_id("a-f1"): 1, storyline_id("a-r1"): 1},
    )


INQUIRY = (
    "An inquiry into the Selva flood at Orlavik heard that warnings reached Mayor Tomas Brenek too late.",
    "Orlavik residents told the Selva inquiry that the embankments had not been raised in ten years.",
    "Brenek defended the Orlavik evacuation before the inquiry into the Selva flood.",
    "The Selva inquiry will report on the Orlavik flood defences before winter, its chair said.",
)


def test_storylines_past_the_bound_a_storyline_is_never_read_whole() -> None:
    inquiry = [article("a-i1", INQUIRY, "2014-07-20", 0), article("a-i2", INQUIRY, "2014-07-21", 1)]
    store = ingest([corpus() + inquiry])  # the flood, its rebuilding and its inquiry: one storyline
    read: list[int] = []
    whole = store.storylines.stories_of

    def stories_of(line: str, limit: int | None = None) -> list[str]:
        found = whole(line, limit) if limit is not None else whole(line)
        read.append(len(found))
        return found

    store.storylines.stories_of = stories_of  # type: ignore[method-assign]
    stories = StoryEngine(store.stories, store.duplicates)
    stories.add([article("a-r3", REBUILD, "2014-05-17", 2)])
    StorylineEngine(store.stories, store.storylines, Params(max_group=1)).update(stories.touched)
    assert max(read) <= 2  # the bound and one more, to tell it is past the bound
    rows = {r.id: (r.first, r.last) for r in store.storylines.storylines()}
    assert rows[storyline_id("a-f1")] == ("2014-03-01", "2014-07-21")  # what it holds, written again


def test_storylines_past_the_bound_each_row_is_what_its_stories_make() -> None:
    inquiry = [article("a-i1", INQUIRY, "2014-07-20", 0), article("a-i2", INQUIRY, "2014-07-21", 1)]
    store = ingest([corpus() + inquiry])
    stories = StoryEngine(store.stories, store.duplicates)
    stories.add([article("a-f3", FLOOD, "2014-03-03", 2)])
    StorylineEngine(store.stories, store.storylines, Params(max_group=1)).update(stories.touched)
    for row in store.storylines.storylines():
        founders = store.storylines.centroids(row.stories)
        assert row.id == storyline_id(founders[row.stories[0]].founder)
        assert (row.first, row.last) == (
            min(c.first for c in founders.values()),
            max(c.last for c in founders.values()),
        )


def test_storylines_links_set_again_replace_only_that_storys_links() -> None:
    tables = Store(":memory:").storylines
    tables.set_links("s-b", ["s-a", "s-c"])
    tables.set_links("s-d", ["s-c"])
    tables.set_links("s-b", ["s-c", "s-e", "s-e"])
    found = tables.linked(["s-b"]), tables.linked(["s-c"]), tables.linked(["s-a"])
    assert found == ({"s-c", "s-e"}, {"s-b", "s-d"}, set())


def test_storylines_links_replaced_together_are_as_replaced_one_after_another() -> None:
    rng = random.Random(11)
    names = [f"s-{k}" for k in range(8)]
    for _ in range(30):
        start = [(rng.choice(names), rng.choice(names)) for _ in range(10)]
        links = {s: rng.sample(names, rng.randint(0, 4)) for s in rng.sample(names, 4)}
        together, apart = Store(":memory:").storylines, Store(":memory:").storylines
        for tables in (together, apart):
            for a, b in start:
                tables.set_links(a, [*tables.linked([a]), b])
        together.replace_links(links)
        for sid, others in links.items():
            apart.set_links(sid, others)
        assert [together.linked([s]) for s in names] == [apart.linked([s]) for s in names]


def test_storylines_centroid_rows_share_columns_across_chunks() -> None:
    from storyline.across.stories.features import dot
    from storyline.across.storylines import _centroid_row, _matrix

    a = {"words": {"flood": 0.8, "selva": 0.6}, "names": {"@orlavik": 1.0}}
    b = {"words": {"chess": 0.6, "flood": 0.8}, "names": {"@dravno": 1.0}}
    first = _matrix([_centroid_row(json.dumps(a, sort_keys=True))], 0)  # one chunk, then another
    rows = [_centroid_row(json.dumps(c, sort_keys=True)) for c in (b, a)]
    words, names = _matrix(rows, 0), _matrix(rows, 1)
    assert (words @ words.T).toarray()[0, 1] == dot(a["words"], b["words"])
    assert (names @ names.T).toarray()[0, 1] == 0.0 and first.shape[1] <= words.shape[1]
