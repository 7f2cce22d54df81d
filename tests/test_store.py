"""The store: content-hash ids make re-ingesting harmless; migrations are recorded; full-text search works."""

from __future__ import annotations

import json
import random
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from storyline.clean import clean
from storyline.errors import NotFound
from storyline.models import Analysis, RawArticle, Span
from storyline.store import Store
from storyline.store.codec import from_data, to_data
from storyline.store.database import SCHEMA_STEPS, DecodedAnalyses
from storyline.store.derived import encode, encode_records
from storyline.store.migrations import migrate
from storyline.store.sql import nearest, ordinal

TEXT = (
    "Bridge closed\n\nThe council voted on Monday to close the old bridge to lorries after cracks were found."
)


def put(store: Store, text: str = TEXT) -> bool:
    raw = RawArticle(source="t.txt", text=text)
    article = clean(raw)
    with store.write():
        return store.add(article, Analysis(article.id), raw)


def test_store_same_article_twice_is_stored_once(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    assert (put(store), put(store), store.count()) == (True, False, 1)


def test_store_migrations_are_recorded_once(tmp_path: Path) -> None:
    Store(tmp_path / "s.db").close()
    store = Store(tmp_path / "s.db")
    names = [r[0] for r in store.conn.execute("SELECT name FROM _migrations")]
    assert names == sorted(set(names)) and "0001_articles" in names


def test_store_opened_by_another_process_while_migrating_applies_each_step_once(tmp_path: Path) -> None:
    path = tmp_path / "s.db"

    class OtherOpensMeanwhile:
        """A connection that lets another opener migrate the store between its look and its first step."""

        def __init__(self) -> None:
            self.conn = sqlite3.connect(path, isolation_level=None)
            self.raced = False

        def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
            if sql == "BEGIN IMMEDIATE" and not self.raced:
                self.raced = True
                Store(path).close()
            return self.conn.execute(sql, *args)

    assert migrate(OtherOpensMeanwhile(), SCHEMA_STEPS) == []  # type: ignore[arg-type]
    names = [r[0] for r in sqlite3.connect(path).execute("SELECT name FROM _migrations")]
    assert len(names) == len(set(names)) == sum(len(m.steps) for m in SCHEMA_STEPS)


def test_store_story_pages_follow_the_newest_first_order(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    spans = {"s-1": ("2024-01-01", "2024-03-01"), "s-2": (None, None), "s-3": ("2024-02-01", "2024-03-01")}
    spans |= {"s-4": ("2023-12-30", "2024-01-02"), "s-5": (None, None), "s-6": ("2024-04-01", "2024-04-01")}
    with store.write():
        for sid, (first, last) in spans.items():
            store.stories.put_story(sid, f"title {sid}", first, last)
    newest_first = sorted(store.stories.stories(), key=lambda s: (s.last or "", s.id), reverse=True)
    pages = [store.stories.newest(2, offset) for offset in range(0, 6, 2)]
    assert [s.id for page in pages for s in page] == [s.id for s in newest_first]


def test_store_full_text_search_finds_title_and_body_words(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    put(store)
    put(
        store, "Ferry strike\n\nFerry crews walked out on Tuesday over pay, stranding hundreds of passengers."
    )
    (hit,) = store.search("lorries bridge")
    assert store.article(hit).title == "Bridge closed"


def test_store_search_ignores_fts_syntax_in_user_input(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    put(store)
    assert store.search('bridge" * (- :^') == store.search("bridge")


def test_store_search_snippets_mark_the_matched_words(tmp_path: Path) -> None:
    from storyline.store.database import MARK_END, MARK_START

    store = Store(tmp_path / "s.db")
    put(
        store, "Ferry strike\n\nFerry crews walked out on Tuesday over pay, stranding hundreds of passengers."
    )
    (hit,) = store.search("crews pay")
    snippet = store.snippets("crews pay", [hit])[hit]
    assert f"{MARK_START}crews{MARK_END}" in snippet and f"{MARK_START}pay{MARK_END}" in snippet


def test_store_search_snippets_of_unspaced_scripts_mark_the_words_in_place(tmp_path: Path) -> None:
    from storyline.store.database import MARK_END, MARK_START

    store = Store(tmp_path / "s.db")
    put(store, "渡轮停航\n\n周二渡轮船员因工资问题罢工，数百名乘客滞留在港口，公司表示将于周四恢复航行。")
    (hit,) = store.search("罢工")
    assert f"{MARK_START}罢工{MARK_END}" in store.snippets("罢工", [hit])[hit]


def test_store_article_round_trips(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    put(store)
    (a,) = store.articles()
    assert store.article(a.id) == a


def test_store_unknown_article_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        Store(tmp_path / "s.db").article("a-0")


def test_store_readonly_open_of_missing_file_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        Store(tmp_path / "missing.db", readonly=True)


@dataclass(frozen=True)
class _Shaped:
    pairs: tuple[tuple[str, tuple[str, ...]], ...]
    point: tuple[int, float] | None = None


def test_store_codec_round_trips_tuples_of_a_fixed_shape() -> None:
    value = _Shaped(pairs=(("Reuters", ("a-1", "a-2")), ("AP", ())), point=(3, 0.5))
    assert from_data(_Shaped, json.loads(json.dumps(to_data(value)))) == value


def test_store_records_encode_as_their_json_ready_data_does() -> None:
    value = _Shaped(pairs=(("Reuters", ("a-1", "a-2")), ("Le Monde", ())), point=(3, 0.1 + 0.2))
    data = {"shaped": [value, None, {"inner": (value, "Genève", 2.5e-9, True)}], "none": ()}
    assert encode_records(data) == encode(to_data(data))
    assert encode_records([Analysis("a-1", sentences=(Span(0, 4),))]) == encode(
        [to_data(Analysis("a-1", (Span(0, 4),)))]
    )
    with pytest.raises(TypeError):
        encode_records({"a set": {1, 2}})


def test_store_analyses_read_again_are_decoded_once_until_saved_anew(tmp_path: Path) -> None:
    texts = [
        TEXT,
        "Ferry sails again\n\nThe island ferry sailed again on Friday after storms kept it in port for a week.",
        "Library reopens\n\nThe town library reopened on Saturday with longer hours and a new children's room.",
    ]
    store = Store(tmp_path / "s.db")
    for text in texts:
        put(store, text)
    ids = [clean(RawArticle(source="t.txt", text=t)).id for t in texts]
    first = store.analyses(ids)
    again = store.analyses(ids)
    assert all(again[i] is first[i] for i in ids)  # the same text: not decoded again
    changed = Analysis(ids[1], sentences=(Span(0, 10),))
    with store.write():
        store.save_analysis(changed)
    after = store.analyses(ids)
    assert after[ids[1]] == changed and after[ids[1]] is not first[ids[1]]
    assert after[ids[0]] is first[ids[0]] and after[ids[2]] is first[ids[2]]


def test_store_decoded_analyses_keep_the_most_recently_used() -> None:
    remembered = DecodedAnalyses(size=2)
    texts = {
        aid: json.dumps(to_data(Analysis(aid, sentences=(Span(0, n),)))) for n, aid in enumerate("abc", 1)
    }
    a = remembered.get("a", texts["a"])
    b = remembered.get("b", texts["b"])
    assert remembered.get("a", texts["a"]) is a  # "a" used last: "b" goes when "c" comes
    remembered.get("c", texts["c"])
    assert remembered.get("a", texts["a"]) is a
    assert remembered.get("b", texts["b"]) is not b and remembered.get("b", texts["b"]) == b


def test_store_nearest_keeps_the_rows_nearest_the_day_and_sorts_only_past_the_cap() -> None:
    later = [("b", "2020-03-10"), ("a", "2020-03-12"), ("c", "2020-03-12"), ("d", "2020-04-30")]
    earlier = [("e", "2020-03-08"), ("f", "2020-02-01"), ("g", "2020-01-01")]
    near = nearest(later, earlier, "2020-03-10", 4)
    assert sorted(r[0] for r in near) == [
        "a",
        "b",
        "c",
        "e",
    ]  # ties of distance by id, on either side of the day
    assert sorted(r[0] for r in nearest(later, earlier, "2020-03-10", 3)) == ["a", "b", "c"]
    assert sorted(r[0] for r in nearest(later, earlier, "2020-03-10", 5)) == ["a", "b", "c", "e", "f"]
    assert nearest(later, earlier, "2020-03-10", 7) == later + earlier  # none past the cap: none looked at
    assert nearest(later, earlier, "2020-03-10", -1) == later + earlier
    assert [r[0] for r in nearest([], earlier, "2020-03-10", 1)] == ["e"]


def test_store_nearest_past_the_cap_is_the_sorted_walks_cut() -> None:
    rng = random.Random(7)
    for _ in range(300):
        days = [f"2020-03-{d:02d}" for d in range(1, 29)]
        rows = {(f"x{k}", rng.choice(days)) for k in range(rng.randint(0, 30))}
        day = rng.choice(days)
        after = sorted((r for r in rows if r[1] >= day), key=lambda r: (r[1], r[0]))
        before = sorted((r for r in rows if r[1] < day), key=lambda r: (-ordinal(r[1]), r[0]))
        limit = rng.randint(0, 32)
        cut = sorted(rows, key=lambda r: (abs(ordinal(r[1]) - ordinal(day)), r[0]))[:limit]
        assert sorted(nearest(after, before, day, limit)) == sorted(cut)
