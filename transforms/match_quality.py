"""Quality figures of an entity-resolution result: pair decisions on the hand-written set, clusters on generated data.

Clusters are scored with the pairwise metric: precision is the share of mention pairs put in one predicted cluster
that are truly one organisation, recall the share of truly-same pairs that were put together. It is computed from
counts (a cluster of k mentions holds k(k-1)/2 pairs; the true pairs inside a predicted cluster are the pairs
within each of its true-entity parts), never by listing pairs, so 300,000 mentions cost one pass.
"""

from __future__ import annotations

import csv
import random
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from transforms.known_names import KnownNames


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    true_positives: int
    predicted: int  # pairs (or decisions) predicted as matches
    actual: int  # pairs (or decisions) truly matches

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "true_positives": self.true_positives,
            "predicted": self.predicted,
            "actual": self.actual,
        }


def scores(true_positives: int, predicted: int, actual: int) -> Scores:
    # An empty side counts as perfect: no predicted pairs means no wrong ones.
    precision = true_positives / predicted if predicted else 1.0
    recall = true_positives / actual if actual else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision, recall, f1, true_positives, predicted, actual)


def _pairs(size: int) -> int:
    return size * (size - 1) // 2


def pairwise_cluster_scores(predicted: Mapping[str, str], truth: Mapping[str, str]) -> Scores:
    """``predicted``/``truth``: mention key -> cluster id; both must cover the same keys."""
    if predicted.keys() != truth.keys():
        raise ValueError("the predicted clusters and the truth cover different mentions")
    predicted_sizes = Counter(predicted.values())
    true_sizes = Counter(truth.values())
    overlaps = Counter((predicted[key], truth[key]) for key in truth)
    return scores(
        sum(_pairs(n) for n in overlaps.values()),
        sum(_pairs(n) for n in predicted_sizes.values()),
        sum(_pairs(n) for n in true_sizes.values()),
    )


# -- the hand-written pairs ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LabelledPair:
    pair_id: str
    name_a: str
    country_a: str
    city_a: str
    name_b: str
    country_b: str
    city_b: str
    is_match: bool
    kind: str


def read_pairs(path: Path) -> list[LabelledPair]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            LabelledPair(
                row["pair_id"],
                row["name_a"],
                row["country_a"],
                row["city_a"],
                row["name_b"],
                row["country_b"],
                row["city_b"],
                row["label"] == "match",
                row["kind"],
            )
            for row in csv.DictReader(handle)
        ]


def pair_decision_scores(
    pairs: Iterable[LabelledPair], decide: Callable[[LabelledPair], bool]
) -> tuple[Scores, dict[str, Scores], list[tuple[LabelledPair, bool]]]:
    """Overall and per-kind scores of ``decide`` (True = same organisation), and the wrong decisions."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, predicted, actual
    errors: list[tuple[LabelledPair, bool]] = []
    for pair in pairs:
        said = decide(pair)
        for key in ("all", pair.kind):
            counts[key][0] += int(said and pair.is_match)
            counts[key][1] += int(said)
            counts[key][2] += int(pair.is_match)
        if said != pair.is_match:
            errors.append((pair, said))
    per_kind = {kind: scores(*c) for kind, c in sorted(counts.items()) if kind != "all"}
    return scores(*counts["all"]), per_kind, errors


def bootstrap_f1_interval(
    outcomes: Sequence[tuple[bool, bool]], rounds: int = 2000, seed: int = 1, level: float = 0.95
) -> tuple[float, float]:
    """The central ``level`` interval of F1 over ``rounds`` resamplings (with replacement) of the (said, truth) pair
    decisions: how far a set of some 250 pairs lets F1 be trusted. A difference inside it is not a measured gain."""
    rng = random.Random(seed)
    f1s = []
    for _ in range(rounds):
        tp = predicted = actual = 0
        for said, truth in rng.choices(outcomes, k=len(outcomes)):
            tp += said and truth
            predicted += said
            actual += truth
        f1s.append(scores(tp, predicted, actual).f1)
    f1s.sort()
    cut = int(rounds * (1 - level) / 2)
    return f1s[cut], f1s[rounds - 1 - cut]


# -- diagnostics on generated data --------------------------------------------------------------------------------


def joined_share_by_variant(
    predicted: Mapping[str, str], truth: Mapping[str, str], variants: Mapping[str, Iterable[str]]
) -> dict[str, tuple[float, int]]:
    """For mentions whose organisation has other mentions: per variation tag, the share placed with at least one of
    them (and how many such mentions). Says which kinds of spelling the matcher fails to join."""
    members: dict[str, Counter[str]] = defaultdict(Counter)
    for key, entity in truth.items():
        members[entity][predicted[key]] += 1
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for key, entity in truth.items():
        if sum(members[entity].values()) < 2:
            continue
        joined = members[entity][predicted[key]] >= 2
        for tag in ("all", *variants.get(key, ())):
            tally[tag][0] += int(joined)
            tally[tag][1] += 1
    return {tag: (hits / total, total) for tag, (hits, total) in sorted(tally.items())}


def false_merge_share_by_relation(
    predicted: Mapping[str, str], truth: Mapping[str, str], relations: Iterable[tuple[str, str, str]]
) -> dict[str, tuple[float, int]]:
    """Per hard-negative kind: the share of related organisation pairs (a subsidiary and its parent, namesakes...)
    that share a predicted cluster."""
    clusters: dict[str, set[str]] = defaultdict(set)
    for key, entity in truth.items():
        clusters[entity].add(predicted[key])
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for kind, a, b in relations:
        if a in clusters and b in clusters:
            tally[kind][0] += int(bool(clusters[a] & clusters[b]))
            tally[kind][1] += 1
    return {kind: (merged / total, total) for kind, (merged, total) in sorted(tally.items())}


# -- the hand-written set, as the build and the benchmark score it ------------------------------------------------

EVALUATION = Path(__file__).resolve().parents[1] / "evaluation"
# The development set was read while the matcher was built and its weights are fitted on it; the held-out set was
# written afterwards, blind, and is only ever scored (evaluation/README.md).
HANDWRITTEN_PAIRS = EVALUATION / "organisation_pairs.csv"
HELD_OUT_PAIRS = EVALUATION / "organisation_pairs_holdout.csv"
# Written blind after the register of known names was built, when the first held-out set's totals had been seen.
HELD_OUT_2_PAIRS = EVALUATION / "organisation_pairs_holdout2.csv"
HANDWRITTEN_SETS = {
    "hand_written_development": HANDWRITTEN_PAIRS,
    "hand_written_held_out": HELD_OUT_PAIRS,
    "hand_written_held_out_2": HELD_OUT_2_PAIRS,
}


def handwritten_scores(
    path: Path = HANDWRITTEN_PAIRS, known_names: KnownNames | None = None
) -> tuple[Scores, dict[str, Scores]] | None:
    """Precision, recall and F1 of the matcher on a hand-written set, overall and per kind (None when the set is not
    there, e.g. an installed package without the repository's evaluation folder); ``known_names`` as in
    :func:`matched_alone`."""
    if not path.exists():
        return None
    overall, per_kind, _ = pair_decision_scores(read_pairs(path), lambda pair: matched_alone(pair, known_names))
    return overall, per_kind


def matched_alone(pair: LabelledPair, known_names: KnownNames | None = None) -> bool:
    """The matcher's decision on one pair, given as two mentions with their country and city and nothing else (but
    the register of known names: ``known_names``, the shipped one by default; an empty one to judge names alone)."""
    from transforms.org_matching import OrgMention, match

    a = OrgMention("a", "a", pair.name_a, pair.country_a or None, pair.city_a or None)
    b = OrgMention("b", "b", pair.name_b, pair.country_b or None, pair.city_b or None)
    grouped = match([a, b], known_names=known_names).group_of
    return grouped["a"] == grouped["b"]
