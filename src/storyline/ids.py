"""Every id storyline hands out: a prefix naming the kind of thing and 16 hex digits of a hash of its content.

Ids are content hashes (as sqlite-utils' ``hash_id``), so the same input always gets the same id and ingesting
an article twice changes nothing. What each id hashes is part of the contract (ids are stable), so it is written
here once:

- ``a-`` an article: its title and raw body, whitespace collapsed;
- ``s-`` a story: the id of its founding article (its earliest by day, then id);
- ``l-`` a storyline: the id of its founding article (the founder of its earliest story);
- ``e-`` an entity: its kind and anchor (the folded full name found in the most articles);
- ``q-`` a quote: its canonical words and speaker;
- ``c-`` a claim: its article, offsets and value;
- ``f-`` a figure: the sorted keys of its points;
- ``x-`` a fact of the coverage table: the citations of its sentences;
- ``d-`` a change a committed chunk made: its kind and what changed (an article, a claim, a quote's words);
- ``w-`` a saved search: its query, whitespace collapsed and folded.

Entities and quotes have hashed with SHA-1 since their first release, everything else with SHA-256; changing
either would change ids that users have stored, so each kind keeps its algorithm.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from .models import Claim, RawArticle

DIGITS = 16


def hashed(prefix: str, key: str, algorithm: str = "sha256") -> str:
    """``prefix`` and the first hex digits of the hash of ``key``."""
    make = _HASHES.get(algorithm)
    found = make(key.encode()) if make is not None else hashlib.new(algorithm, key.encode())
    return prefix + found.hexdigest()[:DIGITS]


_HASHES = {"sha256": hashlib.sha256, "sha1": hashlib.sha1}
"""The hashes ids use, called directly: ``hashlib.new`` takes twice as long to find one (a refresh makes some
170,000 ids of facts, entities and quotes)."""


def article_id(raw: RawArticle) -> str:
    """A content hash of the raw body (and title): the same article always gets the same id."""
    body = " ".join((raw.text or raw.html or "").split())
    title = " ".join((raw.title or "").split())
    return hashed("a-", f"{title}\n{body}")


def story_id(founder_article_id: str) -> str:
    return hashed("s-", founder_article_id)


def storyline_id(founder_article_id: str) -> str:
    return hashed("l-", founder_article_id)


def entity_id(anchor: str, kind: str) -> str:
    """Stable id from an entity's anchor (its folded main full form) and kind (PERSON, PLACE, ORG, ...)."""
    return hashed("e-", f"{kind}\x1f{anchor}", "sha1")


def quote_id(words: Sequence[str], speaker: str | None) -> str:
    """Stable id from a quote's canonical wording and its speaker (an entity id or a name)."""
    return hashed("q-", " ".join(words) + "\x1f" + (speaker or ""), "sha1")


def claim_id(article_id: str, claim: Claim) -> str:
    return hashed("c-", f"{article_id}:{claim.start}:{claim.end}:{claim.value}")


def figure_id(point_keys: Sequence[str]) -> str:
    """Stable id from the keys of a figure's points (claim ids, or article:start:end for planned dates)."""
    return hashed("f-", "|".join(sorted(point_keys)))


def fact_id(citation_keys: Sequence[str]) -> str:
    """Stable id from the citations (article:start:end, in order) of a fact's sentences."""
    return hashed("x-", "|".join(citation_keys))


def change_id(kind: str, key: str) -> str:
    """Stable id from a change's kind and what changed, so that recording a change twice records it once."""
    return hashed("d-", f"{kind}\x1f{key}")


def watch_id(query: str) -> str:
    return hashed("w-", " ".join(query.casefold().split()))
