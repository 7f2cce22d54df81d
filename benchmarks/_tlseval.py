"""Timeline scoring as news-tls reports it: alignment-based ROUGE (tilse's "align+ m:1") and Date-F1.

A re-implementation of what news-tls's ``experiments/evaluate.py`` runs: tilse's
``TimelineRougeEvaluator(measures=["rouge_1", "rouge_2"]).evaluate_align_date_content_costs_many_to_one``
(Martschat & Markert, EACL 2017) over ROUGE-1.5.5 raw counts with ``-m`` (stemming) and ``-s`` (stop words
removed), and its ``evaluate_dates``. Averages over timelines follow news-tls's ``get_average_results``:
precision and recall are averaged, and F is taken of the averages.

ROUGE-1.5.5's text handling, as the perl script does it: lower case, every character outside ``[a-z0-9]``
becomes a space, the SMART stop list (``data/smart_common_words.txt``) is removed, and tokens longer than three
characters are replaced by their WordNet exception form or their Porter stem (py-rouge ships the exception
table and uses NLTK's original-algorithm Porter stemmer for this). A summary's sentences are joined, so bigrams
cross sentence boundaries, as in the perl script.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import numpy as np

Timeline = Mapping[date, Sequence[str]]
"""A timeline as tilse takes it: day -> the day's summary sentences (tokens separated by spaces)."""

# ROUGE-1.5.5 data/smart_common_words.txt (the list ``-s`` removes), entries with an apostrophe or a period
# left out: after punctuation becomes space they can never match a token.
SMART_STOP_WORDS = frozenset(
    """
reuters ap jan feb mar apr may jun jul aug sep oct nov dec tech news index mon tue wed thu fri sat a able about
above according accordingly across actually after afterwards again against ai all allow allows almost alone
along already also although always am amid among amongst an and another any anybody anyhow anyone anything
anyway anyways anywhere apart appear appreciate appropriate are around as aside ask asking associated at
available away awfully b be became because become becomes becoming been before beforehand behind being believe
below beside besides best better between beyond both brief but by c came can ca cannot cant cause causes
certain certainly changes clearly co com come comes concerning consequently consider considering contain
containing contains corresponding could course currently d definitely described despite did different do does
doing done down downwards during e each edu eg eight either else elsewhere enough entirely especially et etc
even ever every everybody everyone everything everywhere ex exactly example except f far few fifth five
followed following follows for former formerly forth four from further furthermore g get gets getting given
gives go goes going gone got gotten greetings h had happens hardly has have having he hello help hence her
here hereafter hereby herein hereupon hers herself hi him himself his hither hopefully how howbeit however i
ie if ignored immediate in inasmuch inc indeed indicate indicated indicates inner insofar instead into inward
is it its itself j just k keep keeps kept know knows known l lately later latter latterly least less lest let
like liked likely little look looking looks ltd m mainly many may maybe me mean meanwhile merely might more
moreover most mostly much must my myself n namely nd near nearly necessary need needs neither never
nevertheless new next nine no nobody non none noone nor normally not nothing novel now nowhere o obviously of
off often oh ok okay old on once one ones only onto or other others otherwise ought our ours ourselves out
outside over overall own p particular particularly per perhaps placed please plus possible presumably probably
provides q que quite qv r rather rd re really reasonably regarding regardless regards relatively respectively
right s said same saw say saying says second secondly see seeing seem seemed seeming seems seen self selves
sensible sent serious seriously seven several shall she should since six so some somebody somehow someone
something sometime sometimes somewhat somewhere soon sorry specified specify specifying still sub such sup sure
t take taken tell tends th than thank thanks thanx that thats the their theirs them themselves then thence
there thereafter thereby therefore therein theres thereupon these they think third this thorough thoroughly
those though three through throughout thru thus to together too took toward towards tried tries truly try
trying twice two u un under unfortunately unless unlikely until unto up upon us use used useful uses using
usually uucp v value various very via viz vs w want wants was way we welcome well went were what whatever when
whence whenever where whereafter whereas whereby wherein whereupon wherever whether which while whither who
whoever whole whom whose why will willing wish with within without wo wonder would x y yes yet you your yours
yourself yourselves z zero
""".split()  # noqa: SIM905 (a word list kept as text)
)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    """py-rouge's Rouge with its WordNet exception table and Porter stemmer loaded (benchmark-only extras)."""
    try:
        from rouge import Rouge
    except ImportError as exc:  # pragma: no cover - depends on the benchmark extras
        raise SystemExit("bench_timeline needs the benchmark extras: pip install nltk py-rouge") from exc
    Rouge.load_wordnet_db(True)
    Rouge.load_stemmer(True)
    return Rouge


@lru_cache(maxsize=200_000)
def _stem(token: str) -> str:
    return _stemmer().stem_tokens([token])[0]


def rouge_tokens(sentences: Sequence[str]) -> list[str]:
    """The token stream ROUGE-1.5.5 (``-m -s``) counts n-grams over, for a summary's sentences."""
    tokens: list[str] = []
    for sentence in sentences:
        for token in _NON_ALNUM.sub(" ", sentence.lower()).split():
            if token in SMART_STOP_WORDS:
                continue
            tokens.append(_stem(token) if len(token) > 3 else token)
    return tokens


def _ngrams(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


@dataclass(frozen=True)
class Counts:
    """ROUGE-1.5.5 raw counts (``-t 2``): hits, peer n-grams, model n-grams."""

    hit: int
    peer: int
    model: int


def rouge_counts(peer: Sequence[str], model: Sequence[str], n: int) -> Counts:
    """Raw ROUGE-N counts of one peer summary against one model summary (sentences of each)."""
    p = _ngrams(rouge_tokens(peer), n)
    m = _ngrams(rouge_tokens(model), n)
    hit = sum(min(c, m[g]) for g, c in p.items() if g in m)
    return Counts(hit, sum(p.values()), sum(m.values()))


def _rouge_approximation(pred: Sequence[str], ref: Sequence[str]) -> float:
    """tilse's ``compute_rouge_approximation``: unigram F1 on raw whitespace tokens, for alignment costs."""
    pred_counts = Counter(tok for s in pred for tok in s.split())
    ref_counts = Counter(tok for s in ref for tok in s.split())
    match = sum(min(c, ref_counts[t]) for t, c in pred_counts.items())
    p_den = sum(pred_counts.values())
    r_den = sum(ref_counts.values())
    precision = match / p_den if p_den else 0.0
    recall = match / r_den if r_den else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _costs(rows: Sequence[date], cols: Sequence[date], pred: Timeline, ref: Timeline, pred_rows: bool):
    costs = np.zeros((len(rows), len(cols)))
    for i, r in enumerate(rows):
        for j, c in enumerate(cols):
            date_factor = 1 - 1 / (abs(r.toordinal() - c.toordinal()) + 1)
            d_pred, d_ref = (r, c) if pred_rows else (c, r)
            costs[i, j] = date_factor * (1 - _rouge_approximation(pred[d_pred], ref[d_ref]))
    return costs


def _f(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def align_rouge(pred: Timeline, ref: Timeline, ns: Sequence[int] = (1, 2)) -> dict[str, dict[str, float]]:
    """tilse's ``evaluate_align_date_content_costs_many_to_one`` against one reference timeline.

    Each predicted day is aligned to the reference day of least cost (for precision) and each reference day to
    the predicted day of least cost (for recall); the cost mixes date distance and content overlap, and a
    matched pair's hits are weighted by ``1 / (days apart + 1)``.
    """
    pred_dates = sorted(pred)
    ref_dates = sorted(ref)
    out: dict[str, dict[str, float]] = {}
    prec_cols = _costs(pred_dates, ref_dates, pred, ref, True).argmin(axis=1) if pred_dates else []
    rec_cols = _costs(ref_dates, pred_dates, pred, ref, False).argmin(axis=1) if pred_dates else []
    for n in ns:
        p_num = p_den = r_num = r_den = 0.0
        for i, j in enumerate(prec_cols):
            dp, dr = pred_dates[i], ref_dates[j]
            c = rouge_counts(pred[dp], ref[dr], n)
            p_num += c.hit / (abs(dp.toordinal() - dr.toordinal()) + 1)
            p_den += c.peer
        for i, dr in enumerate(ref_dates):
            if pred_dates:
                dp = pred_dates[rec_cols[i]]
                c = rouge_counts(pred[dp], ref[dr], n)
                r_num += c.hit / (abs(dp.toordinal() - dr.toordinal()) + 1)
            else:
                c = rouge_counts([], ref[dr], n)
            r_den += c.model
        precision = p_num / p_den if p_den else 0.0
        recall = r_num / r_den if r_den else 0.0
        out[f"rouge_{n}"] = {"precision": precision, "recall": recall, "f_score": _f(precision, recall)}
    return out


def date_scores(pred: Timeline, ref: Timeline) -> dict[str, float]:
    """news-tls's ``evaluate_dates``: precision, recall and F1 of the predicted days against the reference's."""
    shared = len(set(pred) & set(ref))
    precision = shared / len(pred) if pred else 0.0
    recall = shared / len(ref) if ref else 0.0
    return {"precision": precision, "recall": recall, "f_score": _f(precision, recall)}


def average(results: Sequence[Mapping[str, float]]) -> dict[str, float]:
    """news-tls's ``get_average_results`` for one measure: mean precision, mean recall, F of those means."""
    n = len(results) or 1
    precision = sum(r["precision"] for r in results) / n
    recall = sum(r["recall"] for r in results) / n
    return {"precision": precision, "recall": recall, "f_score": _f(precision, recall)}
