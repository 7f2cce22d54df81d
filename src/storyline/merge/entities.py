"""Canonical entities across the corpus: aliases merged, the model's type errors outvoted.

Works on plain mentions (no spaCy), the way cross-document coreference systems do it cheaply:

1. every mention gets a *key*: its name folded (accents, case, periods, "al-" particles: "Bashar al-Assad"
   and "Bashar Assad" share one) so spelling noise does not split an entity;
2. each key's type is the majority of its labels over the corpus ("Berg" tagged PERSON nine times is a
   PERSON the tenth), and a one-word name that is the surname of a person named in the same article is that
   person whatever the model said;
3. full person names merge when their surnames match and their first names are the same, an initial of each
   other or near-identical transliterations ("Yuri"/"Yury"); a bare surname ("Berg", from "Mr Berg")
   joins the one person of that surname in its article, else the only one in the corpus, else the nearest
   full name before it in the article, and stays apart when nothing decides ("Clinton" alone, with two
   Clintons and no evidence);
4. acronyms join the one multi-word name of their type whose initials they spell ("U.S." and "United States");
5. a bare first name ("Hillary") joins only the one full name in its own article that starts with it, never a
   name found elsewhere in the corpus ("John" somewhere is not John Dahl).

Ids are stable under corpus growth: an entity's id hashes its kind (PERSON, PLACE, ORG, ...) and its
*anchor*, the folded full form (more than one word where there is one, never an acronym) found in the most
articles, then with the most mentions, then first in alphabetical order. The display name may change as
articles come in (it is the commonest spelling); the id changes only when another full form overtakes the
anchor in article count, or when two entities merge.

Roles ("Norwegian Foreign Minister", "the White House press secretary") come from the article texts when
:func:`merge_entities` is given them: a title written right before a person's name or an apposition right
after it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from typing import NamedTuple

from ..ids import entity_id
from ..models import Citation, Entity, Mention
from ..textsim import fold

PARTICLES = frozenset({"al", "el", "ad", "as", "ash", "an"})
ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "de", "la", "du"})
# Labels that name the same kind of thing for merging purposes.
FAMILY = {"GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}
LABEL_PRIORITY = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT")
SIMILAR_FIRST_NAME = 0.8
MISSPELLING = 0.9
"""Names this alike (difflib ratio) that an acronym spells are one name misspelt, not two names."""
_UNCLOSED = re.compile(r"\s*\([^()]*$")
"""An opening bracket the mention's span cut before its close: "World Health Organization (WHO"."""
_DOTS_AND_SPACES = re.compile(r"[.\s]")
_ISATION = re.compile(r"isation(?=s?$)")
_AMERICAN = {"centre": "center", "centres": "centers", "defence": "defense", "programme": "program"}
"""British spellings of words common in names, as the American spelling they are folded to."""


NAMES_REMEMBERED = 50_000
"""Spellings whose keys are remembered (:func:`name_key`)."""


class _Item(NamedTuple):
    """One mention in its article with its folded name, and where it is (``_ident``): made for every mention of
    every merge, so a named tuple (quicker to make than a frozen dataclass)."""

    article: str
    mention: Mention
    key: str
    ident: tuple[str, int, int]


@lru_cache(maxsize=NAMES_REMEMBERED)
def name_key(text: str) -> str:
    """A mention's name folded for comparison: no accents, case, periods, apostrophes or name particles, no
    acronym left open after it ("World Health Organization (WHO"), British and American spellings one.
    Remembered: a refresh merges each article's mentions in the store's entities, its story's and its
    storyline's, and a name recurs in many articles."""
    folded = fold(_UNCLOSED.sub("", text))
    folded = folded.replace("’", "'")
    folded = re.sub(r"'s$", "", folded)
    folded = re.sub(r"(?<=\w)\.(?=\w)|\.$", "", folded)
    folded = re.sub(r"[^\w\s]", " ", folded)
    words = folded.split()
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    kept = [w for w in words if w not in PARTICLES] if len(words) > 1 else words
    return " ".join(_AMERICAN.get(w, _ISATION.sub("ization", w)) for w in kept or words)


@lru_cache(maxsize=NAMES_REMEMBERED)
def surface(text: str) -> str:
    """The spelling as written, with runs of whitespace (line breaks, no-break spaces) made one space."""
    return " ".join(text.split())


def merge_entities(
    items: Sequence[tuple[str, Sequence[Mention]]], texts: Mapping[str, str] | None = None
) -> list[Entity]:
    """Canonical entities from every article's mentions: ``items`` are (article_id, mentions); with
    ``texts`` (article_id -> cleaned text) people also get the roles the articles give them."""
    all_items = [
        _Item(article, m, name_key(m.text), (article, m.start, m.end))
        for article, mentions in items
        for m in mentions
    ]
    all_items = [it for it in all_items if it.key]
    labels = _consensus(all_items)
    clusters = _cluster(all_items, labels)
    entities = [_entity(members, labels, texts or {}) for members in clusters]
    return sorted(entities, key=lambda e: (-len(e.mentions), e.type, e.name))


def _consensus(items: Sequence[_Item]) -> dict[tuple[str, int, int], str]:
    """Each mention's corrected label: the majority label of its key, or PERSON for a known surname."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for it in items:
        votes[it.key][it.mention.label] += 1
    by_key = {key: _majority(counter) for key, counter in votes.items()}
    surnames: dict[str, set[str]] = defaultdict(set)
    for it in items:
        words = it.key.split()
        if by_key[it.key] == "PERSON" and len(words) > 1:
            surnames[it.article].add(words[-1])
    labels = {}
    for it in items:
        label = by_key[it.key]
        if label != "PERSON" and " " not in it.key and it.key in surnames[it.article]:
            label = "PERSON"
        labels[_ident(it)] = label
    return labels


def _majority(counter: Counter[str]) -> str:
    return max(counter, key=lambda lab: (counter[lab], -_priority(lab)))


def _priority(label: str) -> int:
    return _PRIORITY.get(label, len(LABEL_PRIORITY))


_PRIORITY = {label: rank for rank, label in enumerate(LABEL_PRIORITY)}
"""Each label's place in ``LABEL_PRIORITY`` (looked up for every vote and every covering mention)."""


def _ident(it: _Item) -> tuple[str, int, int]:
    return it.ident


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _cluster(items: Sequence[_Item], labels: dict[tuple[str, int, int], str]) -> list[list[_Item]]:
    family = {_ident(it): FAMILY.get(labels[_ident(it)], labels[_ident(it)]) for it in items}
    uf = _UnionFind()
    node = {_ident(it): f"{family[_ident(it)]}|{it.key}" for it in items}
    for it in items:
        uf.find(node[_ident(it)])
    persons = [it for it in items if family[_ident(it)] == "PERSON"]
    _merge_full_names(persons, uf)
    _attach_short_names(persons, uf, node)
    _merge_acronyms(items, family, uf)
    groups: dict[str, list[_Item]] = defaultdict(list)
    for it in items:
        groups[uf.find(node[_ident(it)])].append(it)
    return list(groups.values())


def _merge_full_names(persons: Sequence[_Item], uf: _UnionFind) -> None:
    full = sorted({it.key for it in persons if " " in it.key})
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key in full:
        by_surname[key.split()[-1]].append(key)
    for keys in by_surname.values():
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                if _same_person(a, b):
                    uf.union(f"PERSON|{a}", f"PERSON|{b}")


@lru_cache(maxsize=NAMES_REMEMBERED)
def _same_person(a: str, b: str) -> bool:
    """Whether two full names (keys) of one surname name one person: the same first name or initial, or first
    names this alike (``SIMILAR_FIRST_NAME``). Remembered: a refresh merges each story's names again in its
    storyline and in the store."""
    first_a, first_b = a.split()[0], b.split()[0]
    if first_a == first_b:
        return True
    if len(first_a) == 1 or len(first_b) == 1:
        return first_a[0] == first_b[0]
    return SequenceMatcher(None, first_a, first_b).ratio() >= SIMILAR_FIRST_NAME and first_a[0] == first_b[0]


def _attach_short_names(
    persons: Sequence[_Item], uf: _UnionFind, node: dict[tuple[str, int, int], str]
) -> None:
    """A one-word person name joins the full name it can only mean (see the module docstring)."""
    # (article, first or last word) -> the full names there with that word, in order
    full_in_article: dict[tuple[str, str], list[_Item]] = defaultdict(list)
    corpus_roots: dict[str, set[str]] = defaultdict(set)
    for it in persons:
        words = it.key.split()
        if len(words) > 1:
            for word in dict.fromkeys((words[-1], words[0])):
                full_in_article[(it.article, word)].append(it)
            corpus_roots[words[-1]].add(uf.find(f"PERSON|{it.key}"))
    for it in persons:
        if " " in it.key:
            continue
        here = full_in_article.get((it.article, it.key), [])
        roots = {uf.find(f"PERSON|{f.key}") for f in here}
        if len(roots) > 1:
            before = [f for f in here if f.mention.end <= it.mention.start]
            roots = {uf.find(f"PERSON|{max(before, key=lambda f: f.mention.start).key}")} if before else set()
        elif not roots:
            candidates = corpus_roots.get(it.key, set())
            roots = candidates if len(candidates) == 1 else set()
        if len(roots) == 1:
            # Point this mention (not its whole key) at the person: the same surname may mean another
            # person in another article.
            node[_ident(it)] = f"PERSON|{it.key}|{it.article}|{it.mention.start}"
            uf.union(node[_ident(it)], next(iter(roots)))


def _merge_acronyms(items: Sequence[_Item], family: dict[tuple[str, int, int], str], uf: _UnionFind) -> None:
    multi: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for it in items:
        initials = _initials(it.key)
        if initials is not None:
            multi[(family[_ident(it)], initials)][it.key] += 1
    joined: set[tuple[str, str]] = (
        set()
    )  # a name's family and key joined already: joining again changes nothing
    for it in items:
        fam = family[_ident(it)]
        if (fam, it.key) in joined or not _written_as_acronym(it.mention.text):
            continue
        joined.add((fam, it.key))
        for key in _one_name(multi.get((fam, it.key), Counter())):
            uf.union(f"{fam}|{it.key}", f"{fam}|{key}")


@lru_cache(maxsize=NAMES_REMEMBERED)
def _initials(key: str) -> str | None:
    """The initials a name of several words spells (its small joining words left out); None for one word."""
    words = key.split()
    return "".join(w[0] for w in words if w not in ACRONYM_SKIP) if len(words) > 1 else None


@lru_cache(maxsize=NAMES_REMEMBERED)
def _written_as_acronym(spelling: str) -> bool:
    """Whether a mention is written as an acronym: two to six capitals, with or without dots and spaces."""
    text = _DOTS_AND_SPACES.sub("", spelling)
    return 2 <= len(text) <= 6 and text.isupper() and text.isalpha()


def _one_name(keys: Counter[str]) -> list[str]:
    """The names an acronym spells when they are one name: a single name, or one name with misspellings of it
    ("World Heath Organization" once beside it); none when they are different names."""
    if not keys:
        return []
    main = keys.most_common(1)[0][0]
    alike = all(SequenceMatcher(None, main, k).ratio() >= MISSPELLING for k in keys)
    return list(keys) if alike else []


def _entity(
    members: Sequence[_Item], labels: dict[tuple[str, int, int], str], texts: Mapping[str, str]
) -> Entity:
    if len(members) == 1:  # most entities: the one mention's label
        label = labels[members[0].ident]
    else:
        label = _majority(Counter(labels[_ident(it)] for it in members))
    spellings = Counter(surface(it.mention.text) for it in members)
    if len(spellings) == 1:  # one spelling: the name
        name = next(iter(spellings))
    else:
        name = max(spellings, key=lambda s: _name_rank(s, spellings[s]))
    aliases = tuple(sorted(s for s in spellings if s != name))
    refs = sorted({Citation(it.article, it.mention.start, it.mention.end) for it in members}, key=_ref_order)
    roles = _roles(members, texts) if label == "PERSON" else ()
    return Entity(
        id=entity_id(_anchor(members), FAMILY.get(label, label)),
        name=name,
        type=label,
        aliases=aliases,
        mentions=tuple(refs),
        roles=roles,
    )


def _anchor(members: Sequence[_Item]) -> str:
    """The folded full form in the most articles, then with the most mentions, then alphabetically first."""
    first = members[0].key
    if all(it.key == first for it in members):  # one form: the anchor
        return first
    articles: dict[str, set[str]] = defaultdict(set)
    counts: Counter[str] = Counter()
    for it in members:
        articles[it.key].add(it.article)
        counts[it.key] += 1
    acronyms = {it.key for it in members if _is_acronym(it.mention.text)}
    pool = [k for k in counts if " " in k and k not in acronyms] or [k for k in counts if k not in acronyms]
    return min(pool or counts, key=lambda k: (-len(articles[k]), -counts[k], k))


@lru_cache(maxsize=NAMES_REMEMBERED)
def _is_acronym(spelling: str) -> bool:
    letters = _DOTS_AND_SPACES.sub("", spelling)
    return letters.isupper() and len(letters) <= 6


def _name_rank(spelling: str, count: int) -> tuple[int, int, int, str]:
    """Prefer a spelled-out name over an acronym, a full name over a surname, then the commonest."""
    words = spelling.split()
    return (0 if _is_acronym(spelling) else 1, min(len(words), 3), count, _reverse(spelling))


@lru_cache(maxsize=NAMES_REMEMBERED)
def _reverse(text: str) -> str:
    # max() with this picks the alphabetically first spelling on a tie.
    return "".join(chr(0x10FFFF - ord(ch)) for ch in text)


def _ref_order(ref: Citation) -> tuple[str, int, int]:
    return (ref.article, ref.start, ref.end)


class EntityIndex:
    """The entities found from a citation or a name, indexed once: looking up every quote's speaker by
    scanning every entity's mentions was quadratic on a big corpus."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self._order: dict[str, int] = {}
        spans: dict[str, list[tuple[int, int, Entity]]] = defaultdict(list)
        self._by_key: dict[str, Entity] = {}
        for entity in entities:
            self._order.setdefault(entity.id, len(self._order))
            for ref in entity.mentions:
                spans[ref.article].append((ref.start, ref.end, entity))
            for spelling in (entity.name, *entity.aliases):
                self._by_key.setdefault(name_key(spelling), entity)
        # Per article: mentions by start, their starts, and the longest mention (how far back one can start).
        self._by_article = {a: sorted(found, key=lambda f: f[0]) for a, found in spans.items()}
        self._starts = {a: [f[0] for f in found] for a, found in self._by_article.items()}
        self._longest = {a: max(t - s for s, t, _ in found) for a, found in self._by_article.items()}

    def find(self, article: str, start: int, end: int, name: str | None = None) -> Entity | None:
        """The entity with a mention covering (article, start, end), the likeliest type first and then the
        first entity; failing that, the first one spelled ``name``."""
        found = self._by_article.get(article, [])
        starts = self._starts.get(article, [])
        low = bisect_left(starts, start - self._longest.get(article, 0))
        high = bisect_right(starts, start)
        covering = [e for s, t, e in found[low:high] if s <= start and end <= t]
        if len(covering) == 1:
            return covering[0]
        if covering:
            return min(covering, key=lambda e: (_priority(e.type), self._order[e.id]))
        return self._by_key.get(name_key(name)) if name else None


# Nouns that end a role or title ("foreign minister", "press secretary", "chairman of the board").
ROLE_NOUNS = frozenset(
    """
    president minister secretary senator representative rep congressman congresswoman governor mayor
    chancellor premier king queen prince princess pope ambassador envoy diplomat judge justice director
    chief spokesman spokeswoman spokesperson adviser advisor aide chairman chairwoman chair ceo executive
    founder leader official general commander colonel captain lawyer attorney nominee candidate
    strategist economist analyst professor researcher manager head speaker whip counsel administrator
    commissioner prosecutor sheriff officer deputy lawmaker delegate anchor host correspondent editor
    columnist author mate surrogate
    """.split()
)
_TITLE_BEFORE = re.compile(r"((?:[A-Za-z][\w.’'-]*[ \t]+){1,6})$")
_APPOSITION = re.compile(
    r"^,[ \t]+(?:the|a|an|his|her|its|their)[ \t]+((?:[\w.’'-]+[ \t]+){0,5}?[\w’'-]+"
    r"(?:[ \t]+(?:of|for|at)[ \t]+(?:the[ \t]+)?[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*)*)?)[ \t]*[,.;]"
)
_ROLE_STOP = frozenset({"and", "or", "but", "said", "says", "told", "with", "by", "to", "from", "in", "on"})


def _roles(members: Sequence[_Item], texts: Mapping[str, str]) -> tuple[str, ...]:
    """Roles the articles give this person, as written, commonest first."""
    found: Counter[str] = Counter()
    for it in members:
        text = texts.get(it.article)
        if text is None or text[it.mention.start : it.mention.end] != it.mention.text:
            continue
        for role in (_title_before(text, it.mention.start), _apposition(text, it.mention.end)):
            if role:
                found[role] += 1
    by_key: dict[str, str] = {}
    for role in sorted(found, key=lambda r: (-found[r], r)):
        by_key.setdefault(role.lower(), role)
    return tuple(by_key.values())


ROLES_REMEMBERED = 50_000
"""Stretches of text whose roles are remembered (:func:`_title_in`, :func:`_apposition_in`): a refresh merges
each article's people in the store's entities, its story's and its storyline's."""


def _title_before(text: str, start: int) -> str | None:
    """'Norwegian Foreign Minister Ola Berg' -> 'Norwegian Foreign Minister' (same line, ends in a role)."""
    line_start = text.rfind("\n", 0, start) + 1
    return _title_in(text[max(line_start, start - 80) : start])


@lru_cache(maxsize=ROLES_REMEMBERED)
def _title_in(before: str) -> str | None:
    """The role that ends the words right before a name (``before``: at most 80 characters of its line)."""
    match = _TITLE_BEFORE.search(before)
    if match is None:
        return None
    words = match.group(1).split()
    while words and (words[0].lower() in _ROLE_STOP or words[0].lower() in {"the", "a", "an"}):
        words = words[1:]
    words = _hugging_run(words)
    if not words:
        return None
    # "Secretary of State": the noun before "of" is the role.
    head = next((words[i - 1] for i, w in enumerate(words) if i and w.lower() in {"of", "for"}), words[-1])
    if head.lower().rstrip(".") not in ROLE_NOUNS:
        return None
    if not any(w[:1].isupper() for w in words):
        return None
    return " ".join(words)


# Lowercase words that belong inside a title ("foreign minister", "FSB deputy chief").
_ROLE_MODIFIERS = frozenset(
    "foreign prime deputy vice chief general defense defence interior finance state press executive top".split()
)


def _hugging_run(words: Sequence[str]) -> list[str]:
    """The words right before the name that make up its title: capitalised words, title modifiers and an 'of'
    between capitals ("Secretary of State"); "talks between Icelandic President" keeps "Icelandic President"."""
    kept: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        word, last = words[i], i == len(words) - 1
        lower = word.lower()
        if lower in _ROLE_STOP or (word.endswith((".", ",")) and not last):
            break
        joins = lower in {"of", "for"} and i > 0 and words[i - 1][:1].isupper() and kept
        if last or word[:1].isupper() or lower in _ROLE_MODIFIERS or joins:
            kept.append(word)
        else:
            break
    kept.reverse()
    while kept and kept[0].lower() in {"of", "for"}:
        kept = kept[1:]
    return kept


def _apposition(text: str, end: int) -> str | None:
    """'Ola Berg, the Norwegian foreign minister,' -> 'Norwegian foreign minister'."""
    return _apposition_in(text[end : end + 120])


@lru_cache(maxsize=ROLES_REMEMBERED)
def _apposition_in(after: str) -> str | None:
    """The role an apposition gives right after a name (``after``: the 120 characters after it)."""
    match = _APPOSITION.match(after)
    if match is None:
        return None
    role = " ".join(match.group(1).split())
    head = re.split(r"\s+(?:of|for|at)\s+", role)[0].split()[-1].lower()
    return role if head in ROLE_NOUNS else None
