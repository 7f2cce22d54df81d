"""Average-linkage clustering of linked articles, on hand-made vectors."""

from __future__ import annotations

import random

from storyline.across.stories.clustering import Member, _rows, average_link, centroid_merge, time_factor
from storyline.across.stories.features import ArticleVectors, Weights

WORDS_ONLY = Weights(1.0, 0.0, 0.0)


def member(aid: str, words: dict[str, float], day: str | None = None) -> Member:
    norm = sum(v * v for v in words.values()) ** 0.5
    return Member(
        aid,
        f"0{day}|{aid}" if day else f"1|{aid}",
        day,
        ArticleVectors({t: v / norm for t, v in words.items()}, {}, {}),
    )


def ids(groups: list[list[Member]]) -> list[list[str]]:
    return [[m.id for m in g] for g in groups]


def test_story_cluster_time_factor_is_zero_beyond_the_window_and_one_when_undated() -> None:
    assert (time_factor("2013-01-01", "2013-12-01", 90, 60.0), time_factor(None, "2013-01-01", 90, 60.0)) == (
        0.0,
        1.0,
    )


def test_story_cluster_bridge_does_not_chain_two_events() -> None:
    left = [member(f"l{i}", {"flood": 1.0, "orlavik": 1.0}) for i in range(3)]
    right = [member(f"r{i}", {"flood": 1.0, "pellston": 1.0}) for i in range(3)]
    bridge = member("b", {"flood": 1.0, "orlavik": 0.5, "pellston": 0.5})
    groups = ids(average_link(left + right + [bridge], 0.6, WORDS_ONLY, 90, 60.0))
    assert sorted(len(g) for g in groups) == [3, 4]


def test_story_cluster_result_does_not_depend_on_input_order() -> None:
    pool = [member(f"a{i}", {"w": 1.0, f"t{i % 3}": 1.0 + i / 10}, f"2013-01-{1 + i:02d}") for i in range(9)]
    shuffled = list(pool)
    random.Random(3).shuffle(shuffled)
    assert ids(average_link(shuffled, 0.5, WORDS_ONLY, 90, 60.0)) == ids(
        average_link(pool, 0.5, WORDS_ONLY, 90, 60.0)
    )


def test_story_cluster_far_apart_days_stay_apart() -> None:
    a = member("a", {"flood": 1.0}, "2013-01-01")
    b = member("b", {"flood": 1.0}, "2013-09-01")
    assert ids(average_link([a, b], 0.3, WORDS_ONLY, 90, 60.0)) == [["a"], ["b"]]


def test_story_cluster_loose_pieces_on_one_subject_merge_by_their_summed_centroids() -> None:
    # four columnists, three columns each: the crisis is all that one columnist shares with another
    cores = [
        [
            member(f"c{k}{i}", {"crisis": 1.0, "bank": 0.5, f"topic{k}": 1.5, f"own{k}{i}": 2.0})
            for i in range(3)
        ]
        for k in range(4)
    ]
    merged = ids(centroid_merge(cores, 0.25, WORDS_ONLY))
    assert merged == [[m.id for core in cores for m in core]]


def test_story_cluster_tight_groups_on_different_subjects_stay_apart_when_merging() -> None:
    floods = [member(f"f{i}", {"flood": 1.0, "orlavik": 1.0, "river": 0.2 * i}) for i in range(3)]
    fires = [member(f"x{i}", {"fire": 1.0, "pellston": 1.0, "river": 0.1}) for i in range(3)]
    assert ids(centroid_merge([floods, fires], 0.3, WORDS_ONLY)) == [
        ["f0", "f1", "f2"],
        ["x0", "x1", "x2"],
    ]


def test_story_cluster_centroid_merge_does_not_depend_on_group_order() -> None:
    groups = [[member(f"g{i}", {"crisis": 1.0, f"own{i % 4}": 1.0 + i / 5})] for i in range(10)]
    shuffled = list(groups)
    random.Random(5).shuffle(shuffled)
    assert ids(centroid_merge(shuffled, 0.4, WORDS_ONLY)) == ids(centroid_merge(groups, 0.4, WORDS_ONLY))


def named(aid: str, words: dict[str, float], names: dict[str, float]) -> Member:
    def unit(v: dict[str, float]) -> dict[str, float]:
        norm = sum(x * x for x in v.values()) ** 0.5
        return {t: x / norm for t, x in v.items()}

    return Member(aid, f"1|{aid}", None, ArticleVectors(unit(words), unit(names), {}))


def test_story_cluster_groups_sharing_words_but_no_names_stay_apart_under_a_floor() -> None:
    # two celebrity stories: the same words ("rehab", "star"), different people
    first = [named(f"a{i}", {"rehab": 1.0, "star": 1.0}, {"@lee": 1.0}) for i in range(3)]
    second = [named(f"b{i}", {"rehab": 1.0, "star": 1.0}, {"@roe": 1.0}) for i in range(3)]
    weights = Weights(0.55, 0.45, 0.0)
    assert (
        len(centroid_merge([first, second], 0.3, weights)),
        len(centroid_merge([first, second], 0.3, weights, 0.1)),
    ) == (1, 2)


def test_story_title_is_a_reports_headline_rather_than_a_gallery_pages() -> None:
    from storyline.across.stories.engine import _title

    titles = [
        "In pictures: Ferry sinks off the coast with many aboard",
        "Why did the ferry sink?",
        "Ferry sinks off the coast",
    ]
    centroid = {"ferry": 1.0, "sinks": 1.0, "coast": 1.0, "aboard": 1.0}
    assert _title(titles, centroid) == "Ferry sinks off the coast"
    assert _title(titles[:1], centroid) == titles[0]  # a gallery's headline when there is nothing else


def test_cluster_rows_hold_each_vector_with_columns_in_the_order_terms_are_first_met() -> None:
    vectors = [
        {"harbour": 0.8, "strike": 0.6},
        {},
        {"strike": 1.0},
        {"ferry": 0.5, "harbour": 0.5, "port": 0.7},
    ]
    matrix = _rows(vectors)
    assert matrix.shape == (4, 4)
    assert matrix.toarray().tolist() == [
        [0.8, 0.6, 0.0, 0.0],
        [0.0, 0.0, 0.0, 0.0],
        [0.0, 1.0, 0.0, 0.0],
        [0.5, 0.0, 0.5, 0.7],
    ]
    assert _rows([]).shape == (0, 1) and _rows([{}]).shape == (1, 1)
