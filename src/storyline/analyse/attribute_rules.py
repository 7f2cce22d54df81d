"""The model's attribute rules (its tag map and exceptions: a tag's part of speech and morphology, "gon na" as
"go to") found by testing arrays of the tokens' attributes, not by spaCy's general ``Matcher``.

The English model's ``attribute_ruler`` holds some 180 rules of one or two tokens, each naming the lower-case
form, the tag or the dependency a token must have. spaCy runs them through its general ``Matcher``, token by
token: about a tenth of the whole spaCy pass on news text. Each rule's conditions tested on arrays of all the
tokens' attributes at once find the same matches; they are then set exactly as the ruler sets them (the ruler's
own ``set_annotations``, later rules last), so every token's tag, part of speech, morphology and lemma are those
of the stock pipeline.
"""

from __future__ import annotations

import re
from functools import partial
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

_ATTRS = ("LOWER", "TAG", "DEP", "IS_SPACE")
MAX_KEPT = 1_000_000
"""Words whose answer to a rule's regular expression is kept before the store starts again (memory stays bounded
over millions of articles)."""


class RuleIndex:
    """An attribute ruler's patterns as tests on arrays of the doc's token attributes: each pattern token's
    conditions become a mask over the tokens, and a pattern matches where its tokens' masks hold in a row."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self.vocab = ruler.vocab
        self._regex_hits: dict[tuple[str, int], bool] = {}
        self._load()

    def _load(self) -> None:
        patterns = self.ruler.patterns
        self.rules = [(rule, pattern) for rule, found in enumerate(patterns) for pattern in found["patterns"]]
        self.ids = [self.vocab.strings[str(rule)] for rule in range(len(patterns))]
        self.needs = [self._needs(pattern) for _, pattern in self.rules]

    def _needs(self, pattern: list[dict[str, Any]]) -> list[tuple[str, frozenset[int]]]:
        """What a pattern cannot match without: for each condition that a value equal to one of a few words,
        tags or dependencies meets, the attribute and those values' ids (one of them must be in the doc)."""
        needs = []
        for spec in pattern:
            for key, wanted in spec.items():
                if key == "IS_SPACE":
                    continue
                if isinstance(wanted, str):
                    needs.append((key, frozenset([self.vocab.strings[wanted]])))
                elif (
                    isinstance(wanted, dict)
                    and "IN" in wanted
                    and all(isinstance(v, str) for v in wanted["IN"])
                ):
                    needs.append((key, frozenset(self.vocab.strings[v] for v in wanted["IN"])))
        return needs

    def matches(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """What ``AttributeRuler.match`` returns: (rule, its match id, start, end), sorted; rules added to the
        ruler since the last call are read first."""
        if len(self.ruler.attrs) != len(self.ids):
            self._load()
        if not len(doc):
            return []
        columns = doc.to_array(list(_ATTRS)).reshape(len(doc), len(_ATTRS))
        arrays = {name: columns[:, i] for i, name in enumerate(_ATTRS)}
        present = {name: set(np.unique(arrays[name]).tolist()) for name in ("LOWER", "TAG", "DEP")}
        found = []
        for (rule, pattern), needs in zip(self.rules, self.needs, strict=True):
            width = len(pattern)
            if width > len(doc) or any(present[key].isdisjoint(ids) for key, ids in needs):
                continue  # a word, tag or dependency the pattern needs is not in the doc: no match
            hits = None
            for j, spec in enumerate(pattern):
                for key, wanted in spec.items():
                    mask = self._mask(arrays[key], key, wanted, doc)[j : len(doc) - width + 1 + j]
                    hits = mask if hits is None else hits & mask
            if hits is None:  # a pattern of tokens without conditions matches everywhere
                hits = np.ones(len(doc) - width + 1, dtype=bool)
            match_id = self.ids[rule]
            found += [(rule, match_id, start, start + width) for start in np.flatnonzero(hits).tolist()]
        found.sort()
        return found

    def _mask(self, values: np.ndarray, key: str, wanted: Any, doc: Doc) -> np.ndarray:
        if key == "IS_SPACE":
            return values == int(bool(wanted))
        if not isinstance(wanted, dict):
            return values == self.vocab.strings[wanted]
        mask = np.ones(len(values), dtype=bool)
        if "IN" in wanted:
            mask &= np.isin(values, [self.vocab.strings[v] for v in wanted["IN"]])
        if "NOT_IN" in wanted:
            mask &= ~np.isin(values, [self.vocab.strings[v] for v in wanted["NOT_IN"]])
        if "REGEX" in wanted:
            pattern = wanted["REGEX"]
            forms, at = np.unique(values, return_inverse=True)
            mask &= np.array([self._regex(pattern, int(v), doc) for v in forms], dtype=bool)[at.ravel()]
        return mask

    def _regex(self, pattern: str, value: int, doc: Doc) -> bool:
        hit = self._regex_hits.get((pattern, value))
        if hit is None:
            if len(self._regex_hits) >= MAX_KEPT:
                self._regex_hits.clear()
            hit = self._regex_hits[(pattern, value)] = (
                re.search(pattern, doc.vocab.strings[value]) is not None
            )
        return hit


def index_attribute_rules(nlp: Language) -> None:
    """Make the pipeline's attribute ruler find its matches through a :class:`RuleIndex` (its rules unchanged).
    A ruler with a pattern key the index does not read keeps spaCy's matcher."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    keys = {
        key for found in ruler.patterns for pattern in found["patterns"] for spec in pattern for key in spec
    }
    values = [v for found in ruler.patterns for p in found["patterns"] for s in p for v in s.values()]
    if keys - set(_ATTRS) or any(isinstance(v, dict) and set(v) - {"IN", "NOT_IN", "REGEX"} for v in values):
        return
    ruler.match = RuleIndex(ruler).matches
    ruler.set_annotations = partial(set_rule_attributes, ruler)


def set_rule_attributes(ruler: AttributeRuler, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
    """The ruler's own ``set_annotations`` without a ``Span`` made for each match: the same token of the match
    (its rule's index, from the end when negative), the same attributes, in the same order; a match the index
    falls outside of gets the ruler's own error."""
    for attr_id, match_id, start, end in matches:
        index = ruler.indices[attr_id]
        at = start + index if index >= 0 else end + index
        if not start <= at < end:
            AttributeRuler.set_annotations(ruler, doc, [(attr_id, match_id, start, end)])
        set_token_attrs(doc[at], ruler.attrs[attr_id])
