"""A caption left inside an article, at the start of a paragraph, run into the sentence under it because the page
gave it no full stop ("Rescuers search the rubble of the school The Red Cross has sent 40 doctors ..."): parted
from the sentence, so that the caption is never told as part of it."""

from __future__ import annotations

import itertools
import re

from ..analyse.lexicon import FINITE_AUXILIARIES, has_finite_verb, is_english_word, may_be_finite_verb
from .junction import MAX_WORDS, SENTENCE_END
from .word_classes import JOINING, OBJECT_OPENERS


def caption_before_named_subject(paragraph: str) -> str | None:
    """A caption at the start of a paragraph inside an article, run into the sentence under it, which opens on an
    article and a name and goes on with an auxiliary ("Rescuers search the rubble of the school | The Red Cross
    has sent ...", "A boy waits at the quay | The Coast Guard is ..."): the caption has a verb of its own in lower
    case and no punctuation, and ends on a lower-case word that joins nothing (not "of", "said"). Where no
    auxiliary follows the name, it may be a clause inside the sentence ("the deal | The Times reported")."""
    words = paragraph.split()
    if not SENTENCE_END.search(paragraph) or len(words) < 10:
        return None
    for i in range(3, min(len(words) - 6, MAX_WORDS + 1)):
        before = words[i - 1]
        if (
            words[i] not in ("The", "A", "An")
            or not re.fullmatch(r"[a-z][a-z'’-]*", before)
            or before in JOINING
        ):
            continue
        run = list(
            itertools.takewhile(
                lambda w: re.fullmatch(r"[A-Z][\w'’.-]*", w) is not None, words[i + 1 : i + 5]
            )
        )
        verb = i + 1 + len(run)
        head = words[:i]
        if (
            run
            and verb < len(words)
            and words[verb] in FINITE_AUXILIARIES
            and _has_its_object(words[verb + 1 : verb + 4])
            and not any(re.search(r"[,;:.!?\"”)]$", w) for w in head)
            and has_finite_verb(" ".join(head))
            and _ends_on_a_noun(head)
        ):
            return " ".join(head)
    return None


def _has_its_object(after: list[str]) -> bool:
    """Whether the words after an auxiliary go on with a verb and its object ("has sent 40 doctors", "is
    searching the bay", "was hit by"), as a sentence's do; a clause that describes the noun before it has
    lost its object ("the deal The Times has reported | twice", "the storm The Met Office has named | is")."""
    rest = [w for w in after if not w.endswith("ly")]
    nxt = rest[1] if len(rest) > 1 and not rest[0][:1].isdigit() else (rest[0] if rest else "")
    return nxt.lower() in OBJECT_OPENERS or nxt.lower() == "by" or re.match(r"[$£€\d]", nxt) is not None


def _ends_on_a_noun(head: list[str]) -> bool:
    """Whether a caption ends as one does, on a noun ("... of the school", "... in the ruins") or a passive
    participle ("have been flattened", "were badly damaged", "was swept away"), not on a verb or an adjective
    that takes the clause after it ("it emerged | The Red Cross had ...", "He was so sure | The Times had ..."),
    nor on a report's "it was announced"."""
    words = [w.lower() for w in head]
    while len(words) > 1 and words[-1] in _PARTICLES:
        words.pop()
    last = words[-1]
    if re.search(r"\bit\s+(?:is|was|has\s+been)\s+(?:\w+ly\s+)?\w+$", " ".join(words)):
        return False  # "it was reported | The Times had ...": the clause is what was reported
    before = [w for w in words[:-1] if not w.endswith("ly")]
    if before and before[-1] in _PASSIVE and (last.endswith("ed") or may_be_finite_verb(last)):
        return True
    plural = last.endswith("s") and is_english_word(last, ("noun",))
    return plural or (is_english_word(last, ("noun",)) and not may_be_finite_verb(last))


_PARTICLES = frozenset("away off out up down again".split())
_PASSIVE = frozenset("been be being was were is are am get got left".split())
