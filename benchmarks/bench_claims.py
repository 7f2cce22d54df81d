"""Numeric claims on NewsQuant's dev set: value, value+unit and value+change F1, with quantulum3 as the floor.

Run: ``.venv/bin/python benchmarks/bench_claims.py [--limit N] [--errors] [--half all|study|check]``.

The sentences are split in two by a hash of their text: the study half (its errors may be read and rules
written from them: ``--errors`` prints only those) and the check half (never read; the figures compared with
published ones). A run over all prints both halves' figures.

Matching rule (one-to-one, per sentence): each gold quantity is paired with at most one unpaired predicted
claim whose value matches (``numpy.isclose``, rtol 1e-5; a gold range "a-b" matches only a predicted range
with the same two ends, in either order), preferring a candidate whose unit and change also match. A pair
counts for "value"; for "value+unit" when the units match; for "value+change" when the changes match.
Precision divides by every predicted claim, recall by every gold quantity. This is stricter than CQE's own
``evaluate_models.py``, whose value+change count can credit one gold quantity more than once; that rule is
reported too ("cqe rule") so the figures compare with the published ones.

Units: gold ``normalized_unit`` (lower case; "-" for none) against ours, where a table unit is already a
normalised quantulum3/CQE name ("percent" is renamed "percentage"; so are the few of
ours that CQE's table names otherwise, "tonne" as "metric ton", "nautical mile" as "mile", a bare "peso" as
"mexican peso": in the scorer only, ``OUR_UNIT_NAMES``, never in the extractor) and a counted noun phrase ("Russian
citizens") is lower-cased, stripped of "and"/"or" and its noun lemmatised by spaCy's rule lemmatizer, as
NewsQuant's normalised units are ("oak and pine trees" -> "oak pine tree"). The one-to-one rule then
puts both sides' units through the same last step, ``same_form`` (the counted noun's last word as its lemma, and the
counted part of a rate's): the gold's normalised units are mostly lemmas but not always ("americans" beside
"american"), and lemmatising only ours charged a plural in the gold as a wrong unit. The same function on both sides
leaves every unit that matched before matching (equal strings stay equal: the lemma step keeps a word already
singular, so running it on our side a second time changes nothing) and only joins two spellings of one unit:
a plural and its singular, a hyphen and a space ("kilowatt-hour"), "meter" and "metre", and the two names CQE's
table itself gives one unit ("foot pound-force" for lb-ft and "pound-foot" for pound-feet, both lbf·ft).
The "cqe rule" lines compare the strings as CQE's ``evaluate_models.py`` does (gold lower-cased, else as written),
so that they stay on the published figures' protocol. quantulum3's
``unit.name`` is used as is ("dimensionless" = "-"), and, as CQE did, its values are compared against the
middle of a gold range.

After the scores it prints an error analysis: the misses of storyline by kind (missed, spurious, wrong
unit, wrong change), with counts, so that the next improvement can start where most of them lie.

Changes: ours map to NewsQuant's labels as ``=``->``=``, ``~``->``~``, ``>=``->``>``, ``<=``->``<``,
``range``->``=``, ``up``->``up``, ``down``->``down``. quantulum3 has no change, so it is always ``=``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

import numpy as np
from spacy.tokens import Doc

from storyline.analyse.claims import find_claims
from storyline.analyse.nlp import load_nlp

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "newsquant" / "dev.json"
CHANGES = {"=": "=", "~": "~", ">=": ">", "<=": "<", "range": "=", "up": "up", "down": "down"}
UNIT_NAMES = {"percent": "percentage", "dimensionless": "-"}
# Ours only: the extractor keeps its own names for a few units, which CQE's unit table (and so NewsQuant's gold)
# names otherwise; they are renamed here, in the scorer, and never in the extractor, whose figures group claims by
# the exact unit string.
# CQE's bare "rupee" cannot be mapped back and is left (ours names the country, "indian rupee", and a rename would
# mis-name the other rupees): a gold quantity under it counts as a miss of the unit, however right the value. Its
# "foot pound-force" for lb-ft is its second name of the pound-foot, joined to it on both sides (``SAME_UNIT``).
OUR_UNIT_NAMES = {**UNIT_NAMES, "tonne": "metric ton", "nautical mile": "mile", "peso": "mexican peso"}
RANGE_RE = re.compile(r"^\s*(-?[\d.]+(?:[eE][-+]?\d+)?)\s*-\s*(-?[\d.]+(?:[eE][-+]?\d+)?)\s*$")

Value = float | tuple[float, float]
Quantity = tuple[Value, str, str]  # value, normalised unit, change


def gold_value(written: str) -> Value:
    match = RANGE_RE.match(written)
    if match:
        low, high = sorted((float(match.group(1)), float(match.group(2))))
        return (low, high)
    return float(written)


def values_match(gold: Value, predicted: Value) -> bool:
    if isinstance(gold, tuple) != isinstance(predicted, tuple):
        return False
    if isinstance(gold, tuple) and isinstance(predicted, tuple):
        return bool(np.allclose(sorted(gold), sorted(predicted), rtol=1e-5, atol=1e-8))
    return bool(np.isclose(gold, predicted, rtol=1e-5, atol=1e-8))


def score(gold: Sequence[Sequence[Quantity]], predicted: Sequence[Sequence[Quantity]]) -> dict[str, tuple]:
    """P, R, F1 (percent) for value, value+unit and value+change under the one-to-one rule above."""
    hits = {"value": 0, "value+unit": 0, "value+change": 0}
    for golds, preds in zip(gold, predicted, strict=True):
        free = list(preds)
        for value, unit, change in golds:
            candidates = [p for p in free if values_match(value, p[0])]
            if not candidates:
                continue
            best = max(candidates, key=lambda p: (p[1] == unit, p[2] == change))
            free.remove(best)
            hits["value"] += 1
            hits["value+unit"] += best[1] == unit
            hits["value+change"] += best[2] == change
    return {k: prf(v, sum(map(len, gold)), sum(map(len, predicted))) for k, v in hits.items()}


def score_same_form(
    gold: Sequence[Sequence[Quantity]], predicted: Sequence[Sequence[Quantity]]
) -> dict[str, tuple]:
    """``score`` with both sides' units put through ``same_form`` (the one-to-one protocol)."""
    return score(same_form(gold), same_form(predicted))


def score_cqe_rule(
    gold: Sequence[Sequence[Quantity]], predicted: Sequence[Sequence[Quantity]]
) -> dict[str, tuple]:
    """The counting loop of CQE's evaluate_models.py, re-stated (for comparison with the published figures)."""
    value_hits = unit_hits = change_hits = 0
    for golds, preds in zip(gold, predicted, strict=True):
        tags = sorted(preds, key=lambda p: p[1])
        left = len(golds)
        for value, unit, change in sorted(golds, key=lambda g: g[1]):
            for tag in tags:
                if values_match(value, tag[0]):
                    if left > 0:
                        value_hits += 1
                        left -= 1
                    change_hits += tag[2] == change
                    if tag[1] == unit:
                        unit_hits += 1
                        tags.remove(tag)
                        break
    total_gold, total_pred = sum(map(len, gold)), sum(map(len, predicted))
    return {
        "value": prf(value_hits, total_gold, total_pred),
        "value+unit": prf(unit_hits, total_gold, total_pred),
        "value+change": prf(change_hits, total_gold, total_pred),
    }


def prf(hits: int, total_gold: int, total_pred: int) -> tuple[float, float, float]:
    p = hits / total_pred if total_pred else 0.0
    r = hits / total_gold if total_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(100 * p, 1), round(100 * r, 1), round(100 * f, 1)


def storyline_quantities(texts: Sequence[str]) -> list[list[Quantity]]:
    nlp = load_nlp()
    claims = [find_claims(doc) for doc in nlp.pipe(texts, batch_size=64)]
    out = []
    for sentence in claims:
        quantities = []
        for c in sentence:
            value: Value = (c.value, c.upper) if c.upper is not None else c.value
            quantities.append((value, unit_name(c.unit), CHANGES[c.qualifier]))
        out.append(quantities)
    return out


def unit_name(unit: str | None) -> str:
    """Our unit as NewsQuant names it: table units renamed; a counted noun phrase lower case, without "and"
    and "or", its last word lemmatised by spaCy (NewsQuant's normalised units are lemmas: "viruses" ->
    "virus"); the same for the counted part of a rate ("tests per day" -> "test per day")."""
    from storyline.analyse.claims.patterns import CASE_UNITS, UNITS

    if unit is None:
        return "-"
    if unit in UNITS.values() or unit in CASE_UNITS.values():
        return OUR_UNIT_NAMES.get(unit, unit)
    counted, per, rate = unit.partition(" per ")
    if counted in UNITS.values():
        return OUR_UNIT_NAMES.get(counted, counted) + per + rate
    return lemma_phrase(counted) + per + rate


INVARIANT = frozenset({"news", "series", "species", "data", "media", "people"})


@cache
def lemma_phrase(phrase: str) -> str:
    """Lower case, without "and"/"or", the last word as a noun lemma by spaCy's rule lemmatizer; a word already
    singular is kept (``_singular``: "crisis", "boss", "celsius"), so that a lemma stays itself when the step is
    run again ("crises" -> "crisis", never on to "crisi"), while a plural goes to its singular ("hours" ->
    "hour", "men" -> "man")."""
    words = [w for w in phrase.lower().split() if w not in ("and", "or")]
    if not words:
        return "-"
    last = words[-1]
    if last.isalpha() and last not in INVARIANT and last.endswith(("s", "men")):
        nlp = load_nlp()
        doc = Doc(nlp.vocab, words=[last])
        doc[0].pos_, doc[0].tag_ = "NOUN", "NNS"
        lemma = nlp.get_pipe("lemmatizer")(doc)[0].lemma_ or last
        words[-1] = last if _singular(last, lemma) else lemma
    return " ".join(words)


def _singular(word: str, lemma: str) -> bool:
    """Whether a word ending in "s" is already singular: "-ss" ("boss", "glass") never ends a plural, nor does
    "-us" of a known noun ("virus", "bus"), nor "-is" of a known noun with no known noun in "-i" ("crisis"; not
    "israelis", "taxis" of "taxi"); else a known noun whose "lemma" is unknown ("celsius" -> "celsiu")."""
    known = _noun_lemmas()
    if word.endswith("ss") or (word.endswith("us") and word in known):
        return True
    if word.endswith("is") and word in known and word[:-1] not in known:
        return True
    return word in known and lemma not in known


@cache
def _noun_lemmas() -> frozenset[str]:
    """The nouns spaCy's rule lemmatizer knows as lemmas (its index)."""
    lemmatizer = load_nlp().get_pipe("lemmatizer")
    return frozenset(lemmatizer.lookups.get_table("lemma_index")["noun"])


def same_form(quantities: Sequence[Sequence[Quantity]]) -> list[list[Quantity]]:
    """Units put through the last step both sides share under the one-to-one rule: a counted noun (or a rate's
    counted part) with its last word lemmatised, so that "americans" and "american" are one unit."""
    return [
        [(value, _lemma_unit(unit), change) for value, unit, change in sentence] for sentence in quantities
    ]


# Two names CQE's unit table gives one unit: the foot-pound (its "foot pound-force", for "lb-ft") is the pound-foot
# (its "pound-foot", for "pound-feet"), and the food calorie of a label is the kilocalorie ("kcal" is in both).
SAME_UNIT = {"foot pound-force": "pound-foot", "nutrition label calories": "kilocalorie"}
JOINED_RE = re.compile(r"(?<=[a-z])-(?=[a-z])")
AMERICAN_RE = re.compile(r"\b((?:kilo|centi|milli|micro|nano|deci)?(?:met|lit))er\b")


def _lemma_unit(unit: str) -> str:
    """One unit's one spelling: the table's second name for it, a hyphen for a space ("kilowatt-hour"), the
    American "-meter"/"-liter" as "-metre"/"-litre", and the counted noun as its lemma."""
    unit = JOINED_RE.sub(" ", SAME_UNIT.get(unit, unit))
    counted, per, rate = unit.partition(" per ")
    return AMERICAN_RE.sub(r"\1re", lemma_phrase(counted) + per + rate)


def error_analysis(
    gold: Sequence[Sequence[Quantity]], predicted: Sequence[Sequence[Quantity]]
) -> dict[str, Counter[str]]:
    """Where the misses lie, pairing as ``score`` does: missed and spurious quantities, wrong units and
    wrong changes, each split into kinds that point at a different part of the extractor."""
    kinds: dict[str, Counter[str]] = {k: Counter() for k in ("missed", "spurious", "unit", "change")}
    for golds, preds in zip(gold, predicted, strict=True):
        free = list(preds)
        for value, unit, change in golds:
            candidates = [p for p in free if values_match(value, p[0])]
            if not candidates:
                kinds["missed"][_missed_kind(value, unit, free)] += 1
                continue
            best = max(candidates, key=lambda p: (p[1] == unit, p[2] == change))
            free.remove(best)
            if best[1] != unit:
                kinds["unit"][_unit_kind(unit, best[1])] += 1
            if best[2] != change:
                kinds["change"][f"gold {change}, ours {best[2]}"] += 1
        for value, unit, _ in free:
            kind = "range" if isinstance(value, tuple) else "no unit" if unit == "-" else "with a unit"
            kinds["spurious"][kind] += 1
    return kinds


def _missed_kind(value: Value, unit: str, left: Sequence[Quantity]) -> str:
    ends = value if isinstance(value, tuple) else (value,)
    if isinstance(value, tuple) and any(values_match(end, p[0]) for end in ends for p in left):
        return "range read as separate numbers"
    if any(isinstance(p[0], tuple) and any(values_match(value, e) for e in p[0]) for p in left):
        return "number read into a wrong range"
    if value == 1.0 and unit != "-":
        return "'one of the ...' and other counts of one"
    return "not found"


def _unit_kind(gold: str, ours: str) -> str:
    from storyline.analyse.claims.patterns import CASE_UNITS, UNITS

    known = set(UNITS.values()) | set(CASE_UNITS.values()) | set(OUR_UNIT_NAMES.values())
    if ours == "-":
        return "no unit found"
    if gold == "-":
        return "unit where gold has none"
    if gold in known or ours in known:
        return "unit naming or rate ('p' as point, 'per year')"
    if gold.split()[-1] == ours.split()[-1]:
        return "counted noun: other modifiers"
    return "counted noun: other noun"


def quantulum_quantities(texts: Sequence[str]) -> list[list[Quantity]]:
    from quantulum3 import parser

    path = quantulum_classifier()
    return [
        [
            (q.value, UNIT_NAMES.get(q.unit.name, q.unit.name), "=")
            for q in parser.parse(t, classifier_path=path)
        ]
        for t in texts
    ]


def quantulum_classifier() -> Path:
    """quantulum3's unit classifier, retrained once for the installed scikit-learn (its shipped pickle is tied
    to the scikit-learn it was built with), cached in the temp folder."""
    import sklearn
    from quantulum3 import classifier

    path = Path(tempfile.gettempdir()) / f"quantulum3-clf-sklearn-{sklearn.__version__}.joblib"
    if not path.exists():
        classifier.train_classifier(store=True, output_path=path)
    return path


def timed(name: str, fn: Callable[[Sequence[str]], list[list[Quantity]]], texts: Sequence[str]):
    started = time.perf_counter()
    result = fn(texts)
    print(f"{name}: {len(texts)} sentences in {time.perf_counter() - started:.1f}s")
    return result


def half_of(text: str) -> str:
    """The half a sentence belongs to, by a hash of its text (NewsQuant has no document ids): "study" (read and
    tuned on) or "check" (never read; compared with published figures)."""
    return "check" if int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16) % 2 else "study"


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--limit", type=int, default=None, help="only the first N sentences")
    args.add_argument(
        "--errors", action="store_true", help="print the study half's sentences where storyline misses"
    )
    args.add_argument(
        "--half", choices=("all", "study", "check"), default="all", help="sentences to score (default: all)"
    )
    options = args.parse_args()
    data = json.loads(DATA.read_text(encoding="utf-8"))[: options.limit]
    if options.half != "all":
        data = [d for d in data if half_of(d["text"]) == options.half]
    texts = [d["text"] for d in data]
    gold = [
        [(gold_value(q["value"]), q["normalized_unit"].lower(), q["change"]) for q in d["quantities"]]
        for d in data
    ]
    ours = timed("storyline", storyline_quantities, texts)
    systems = {"storyline": ours}
    try:
        systems["quantulum3"] = timed("quantulum3", quantulum_quantities, texts)
    except ImportError as error:
        print(f"no quantulum3 baseline ({error}): pip install quantulum3 stemming")
    print(f"{len(texts)} sentences, {sum(map(len, gold))} gold quantities")
    print(f"{'system':<12} {'rule':<10} {'metric':<13} {'P':>6} {'R':>6} {'F1':>6}")
    for name, predicted in systems.items():
        for rule, scorer in (("one-to-one", score_same_form), ("cqe rule", score_cqe_rule)):
            for metric, (p, r, f) in scorer(gold, predicted).items():
                print(f"{name:<12} {rule:<10} {metric:<13} {p:>6} {r:>6} {f:>6}")
    if options.half == "all":
        print("\nstoryline by half (one-to-one): value / value+unit / value+change F1")
        for half in ("study", "check"):
            keep = [i for i, t in enumerate(texts) if half_of(t) == half]
            scores = score_same_form([gold[i] for i in keep], [ours[i] for i in keep])
            cqe = score_cqe_rule([gold[i] for i in keep], [ours[i] for i in keep])
            figures = " / ".join(f"{scores[m][2]:.1f}" for m in scores)
            print(
                f"  {half:<6} {len(keep):>4} sentences  {figures}   (cqe rule: "
                + " / ".join(f"{cqe[m][2]:.1f}" for m in cqe)
                + ")"
            )
    print("\nerror analysis (storyline, one-to-one pairing):")
    for category, counts in error_analysis(same_form(gold), same_form(ours)).items():
        print(f"  {category}: {sum(counts.values())}")
        for kind, count in counts.most_common():
            print(f"    {count:>4}  {kind}")
    if options.errors:
        for text, g, p in zip(texts, same_form(gold), same_form(ours), strict=True):
            if half_of(text) == "study" and sorted(map(str, g)) != sorted(map(str, p)):
                print(f"\n{text}\n  gold: {g}\n  ours: {p}")


if __name__ == "__main__":
    main()
