"""Articles in other languages and scripts: lengths counted per script, stored with their language, searchable."""

from __future__ import annotations

import json
from pathlib import Path

from storyline.clean.language import _clearly_english, detect_language, lost_letters, word_count
from storyline.models import Analysis
from storyline.pipeline import ingest
from storyline.readers import RawArticle, read
from storyline.store import Store

ZH = "日内瓦峰会周一开幕，各国领导人将讨论气候变化和能源安全问题。会议预计持续三天，闭幕时将发表联合声明。"
JA = "ジュネーブで月曜日に首脳会議が開幕し、各国の首脳が気候変動とエネルギー安全保障について話し合う。"


def no_analysis(articles):
    return [Analysis(a.id) for a in articles]


def test_languages_word_count_counts_unspaced_scripts_by_characters() -> None:
    assert (word_count("The council voted on Monday."), word_count(ZH) > 20, word_count(JA) > 15) == (
        5,
        True,
        True,
    )


def test_languages_chinese_html_page_is_an_article(tmp_path: Path) -> None:
    f = tmp_path / "zh.html"
    f.write_text(
        f"<html><body><article><h1>日内瓦峰会开幕</h1><p>{ZH}</p><p>{ZH}</p></article></body></html>"
    )
    (item,) = list(read(f))
    assert isinstance(item, RawArticle) and ZH in item.text


def test_languages_japanese_feed_entry_is_not_a_teaser(tmp_path: Path) -> None:
    f = tmp_path / "ja.rss"
    f.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
        f"<item><title>首脳会議</title><link>https://news.example/ja</link><description>{JA}{JA}</description>"
        "</item></channel></rss>",
        encoding="utf-8",
    )
    (item,) = list(read(f))
    assert isinstance(item, RawArticle) and item.text == JA + JA


def test_languages_other_scripts_are_stored_with_their_language_and_found_by_search(tmp_path: Path) -> None:
    f = tmp_path / "dump.jsonl"
    records = [{"title": "日内瓦峰会开幕", "text": ZH}, {"title": "首脳会議", "text": JA}]
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    store = Store(tmp_path / "s.db")
    ingest([f], store, analyser=no_analysis)
    languages = {a.language: a.id for a in store.articles()}
    assert set(languages) == {"zh", "ja"}
    assert store.search("气候变化") == [languages["zh"]] and store.search("首脳") == [languages["ja"]]


ENGLISH = (
    "The night ferry to Bergen was cancelled on Monday after the storm, and the company said that the crews "
    "would not sail until the wind had dropped. Passengers who had waited at the quay for hours were taken "
    "to hotels in the town, where they were told that the first boat would leave on Tuesday morning. The "
    "harbour master said the storm was the worst that the coast had seen for ten years, and that it had torn "
    "two boats from their moorings. It was not known when the line would run to its timetable again, he said."
)
GERMAN = (
    "Die Nachtfähre nach Bergen wurde am Montag nach dem Sturm abgesagt, und die Gesellschaft erklärte, dass die "
    "Besatzungen erst wieder fahren würden, wenn der Wind nachgelassen habe. Fahrgäste, die stundenlang am Kai "
    "gewartet hatten, wurden in Hotels in der Stadt gebracht, wo man ihnen sagte, dass das erste Schiff am "
    "Dienstagmorgen ablegen werde. Der Hafenmeister sagte, der Sturm sei der schlimmste seit zehn Jahren gewesen "
    "und habe zwei Boote von ihren Liegeplätzen gerissen. Wann die Linie wieder nach Fahrplan verkehre, sei offen."
)


def test_languages_english_prose_is_told_by_its_commonest_words() -> None:
    assert (_clearly_english(ENGLISH), detect_language(ENGLISH)) == (True, "en")


def test_languages_another_language_is_left_to_langdetect() -> None:
    assert (_clearly_english(GERMAN), detect_language(GERMAN)) == (False, "de")


# Texts of our own written with their accented letters dropped, as a page in another script read in the wrong
# encoding comes out, and the same kind of text with its letters whole.
LOST = [
    "Th nh ph H N i c m t tr n m a l n v o t i qua, nhi u tuy n ph b ng p s u.",
    "Le pr sident a d clar  que l' tat ne c dera pas, a d cid  le conseil r uni  Paris.",
    "Ch nh ph  n  c ng b  k  ho ch m i v  gi  i n t  th ng sau, b o ch  cho bi t h m nay.",
]
WHOLE = [
    "Thành phố Hà Nội có một trận mưa lớn vào tối qua, nhiều tuyến phố bị ngập sâu.",
    "Le président a déclaré que l'État ne cédera pas, a décidé le conseil réuni à Paris.",
    "El presidente de la república dijo que el gobierno no va a subir los impuestos este año.",
    "The council voted on Monday to close the old bridge to lorries from May.",
    "Il a dit qu'il ne va pas y aller et je ne le crois pas du tout.",
    "Yo no sé si él va a ir o no, y me da igual lo que tú le digas.",
    "Ann J Lee met Mr and Mrs K T Ong in New York, NY, on Monday.",
]


def test_languages_text_that_lost_its_letters_is_told_from_text_in_any_language() -> None:
    assert [lost_letters(t) for t in LOST + WHOLE] == [True] * len(LOST) + [False] * len(WHOLE)


def test_languages_an_article_that_lost_its_letters_is_skipped_by_name(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "lost.txt").write_text(" ".join(LOST * 3), encoding="utf-8")
    (pages / "whole.txt").write_text(" ".join(WHOLE[-1:] * 3), encoding="utf-8")
    store = Store(tmp_path / "s.db")
    report = ingest([pages], store, analyser=no_analysis)
    assert [(Path(s.source).name, "lost its letters" in s.reason) for s in report.skipped] == [
        ("lost.txt", True)
    ]
    assert [Path(a.source).name for a in store.articles()] == ["whole.txt"]
