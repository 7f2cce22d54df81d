"""Entities merged across articles from hand-made mentions: aliases, type consensus, no false merges."""

from __future__ import annotations

from storyline.merge.entities import EntityIndex, merge_entities, name_key
from storyline.models import Mention


def _m(text: str, label: str = "PERSON", start: int = 0) -> Mention:
    return Mention(start=start, end=start + len(text), text=text, label=label)


def _by_name(entities):
    return {e.name: e for e in entities}


def test_canon_name_key_folds_spelling_noise():
    assert [name_key(t) for t in ("U.S.", "Omar al-Rashid", "Holm’s", "Müller")] == [
        "us",
        "omar rashid",
        "holm",
        "muller",
    ]


def test_canon_transliterations_and_surname_are_one_person():
    items = [
        ("a1", [_m("Andrei Holm", start=0), _m("Holm", start=40)]),
        ("a2", [_m("Andrey Holm", start=5), _m("Andrei Holm", start=60)]),
        ("a3", [_m("Holm", start=7)]),
    ]
    (entity,) = merge_entities(items)
    assert (entity.name, entity.aliases, len(entity.mentions)) == (
        "Andrei Holm",
        ("Andrey Holm", "Holm"),
        5,
    )


def test_canon_name_particle_is_ignored():
    items = [("a1", [_m("Omar al-Rashid", start=0), _m("Rashid", start=30)]), ("a2", [_m("Omar Rashid")])]
    (entity,) = merge_entities(items)
    assert set(entity.aliases) | {entity.name} == {"Omar al-Rashid", "Omar Rashid", "Rashid"}


def test_canon_acronym_joins_the_spelled_out_place():
    items = [("a1", [_m("U.S.", "GPE", 0), _m("United States", "GPE", 20)]), ("a2", [_m("US", "GPE", 3)])]
    (entity,) = merge_entities(items)
    assert (entity.name, entity.type, entity.aliases) == ("United States", "GPE", ("U.S.", "US"))


def test_canon_name_key_makes_british_and_american_spellings_one():
    pairs = [
        ("World Health Organisation", "World Health Organization"),
        ("Centre for Disease Control", "Center for Disease Control"),
        ("Ministry of Defence", "Ministry of Defense"),
        ("United Nations Development Programme", "United Nations Development Program"),
    ]
    assert all(name_key(a) == name_key(b) for a, b in pairs)


def test_canon_name_key_drops_an_acronym_the_mention_left_open():
    assert name_key("World Health Organization (WHO") == name_key("World Health Organization")
    assert name_key("Red Cross (ICRC) staff") == "red cross icrc staff"


def test_canon_acronym_joins_its_name_and_a_misspelling_of_it():
    items = [
        ("a1", [_m("World Health Organization", "ORG", 0), _m("WHO", "ORG", 40)]),
        ("a2", [_m("World Heath Organization", "ORG", 0), _m("WHO", "ORG", 30)]),
        ("a3", [_m("World Health Organization", "ORG", 5)]),
    ]
    (entity,) = merge_entities(items)
    assert (entity.name, set(entity.aliases)) == (
        "World Health Organization",
        {"WHO", "World Heath Organization"},
    )


def test_canon_acronym_that_spells_two_different_names_joins_neither():
    items = [
        ("a1", [_m("National Health Service", "ORG", 0), _m("NHS", "ORG", 40)]),
        ("a2", [_m("National Hurricane Service", "ORG", 0)]),
    ]
    assert set(_by_name(merge_entities(items))) == {
        "National Health Service",
        "NHS",
        "National Hurricane Service",
    }


def test_canon_shared_surname_different_first_names_stay_apart():
    items = [("a1", [_m("Hillary Clinton", start=0), _m("Bill Clinton", start=50)])]
    assert set(_by_name(merge_entities(items))) == {"Hillary Clinton", "Bill Clinton"}


def test_canon_bare_surname_without_evidence_stays_apart():
    items = [
        ("a1", [_m("Hillary Clinton", start=0)]),
        ("a2", [_m("Bill Clinton", start=0)]),
        ("a3", [_m("Clinton", start=10)]),
    ]
    assert set(_by_name(merge_entities(items))) == {"Hillary Clinton", "Bill Clinton", "Clinton"}


def test_canon_bare_surname_joins_the_one_person_of_its_article():
    items = [
        ("a1", [_m("Hillary Clinton", start=0), _m("Clinton", start=40)]),
        ("a2", [_m("Bill Clinton", start=0), _m("Clinton", start=40)]),
    ]
    entities = _by_name(merge_entities(items))
    assert [len(entities[n].mentions) for n in ("Hillary Clinton", "Bill Clinton")] == [2, 2]


def test_canon_type_errors_outvoted_by_the_corpus():
    items = [
        ("a1", [_m("Holm", "PERSON", 0), _m("Holm", "PERSON", 20)]),
        ("a2", [_m("Holm", "ORG", 0), _m("Holm", "PERSON", 30)]),
    ]
    (entity,) = merge_entities(items)
    assert (entity.type, len(entity.mentions)) == ("PERSON", 4)


def test_canon_surname_tagged_org_joins_the_person_named_in_its_article():
    items = [("a1", [_m("Andrei Holm", "PERSON", 0), _m("Holm", "ORG", 40), _m("Storting", "ORG", 60)])]
    entities = _by_name(merge_entities(items))
    assert (len(entities["Andrei Holm"].mentions), entities["Storting"].type) == (2, "ORG")


def test_canon_ids_are_stable_and_prefixed():
    items = [("a1", [_m("Anna Olsen", start=0), _m("Oslo", "GPE", 20)])]
    first, second = merge_entities(items), merge_entities(list(reversed(items)))
    assert [e.id for e in first] == [e.id for e in second] and all(e.id.startswith("e-") for e in first)


def test_canon_entity_index_finds_the_mention_under_a_speaker_span():
    items = [("a1", [_m("Anna Olsen", start=10), _m("Bergen", "GPE", start=400)])]
    index = EntityIndex(merge_entities(items))
    assert index.find("a1", 10, 20).name == "Anna Olsen"
    assert index.find("a1", 15, 20).name == "Anna Olsen"  # "Olsen", inside the longer mention
    assert index.find("a1", 0, 30) is None
    assert index.find("a2", 10, 20) is None


def test_canon_entity_index_falls_back_on_the_spelled_name():
    index = EntityIndex(merge_entities([("a1", [_m("Anna Olsen", start=10)])]))
    assert index.find("a9", 0, 5, name="anna olsen").name == "Anna Olsen"
    assert index.find("a9", 0, 5, name="Olsen Lindqvist") is None


def test_canon_roles_are_the_title_hugging_the_name():
    text = (
        "Talks between Icelandic President Eva Lund and others went on. Secretary of State Anna Olsen "
        "met the NSL chief Per Dahl."
    )
    names = ["Eva Lund", "Anna Olsen", "Per Dahl"]
    mentions = [Mention(text.index(n), text.index(n) + len(n), n, "PERSON") for n in names]
    roles = {e.name: e.roles for e in merge_entities([("a", mentions)], {"a": text})}
    assert roles == {
        "Eva Lund": ("Icelandic President",),
        "Anna Olsen": ("Secretary of State",),
        "Per Dahl": ("NSL chief",),
    }
