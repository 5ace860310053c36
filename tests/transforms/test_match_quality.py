"""Quality figures: the pairwise cluster metric and the uncertainty of F1 on a few hundred hand-written pairs."""

from __future__ import annotations

import pytest

from transforms.match_quality import bootstrap_f1_interval, pairwise_cluster_scores, scores


def test_pairwise_cluster_scores_count_pairs_not_clusters() -> None:
    truth = {"a": "x", "b": "x", "c": "x", "d": "y"}
    predicted = {"a": "1", "b": "1", "c": "2", "d": "2"}  # one true pair found, one false pair made
    result = pairwise_cluster_scores(predicted, truth)
    assert (result.true_positives, result.predicted, result.actual) == (1, 2, 3)
    assert result.precision == pytest.approx(0.5) and result.recall == pytest.approx(1 / 3)


def test_the_bootstrap_interval_holds_the_measured_f1_and_narrows_with_more_pairs() -> None:
    # 60 % of matches found, one false match in ten predictions: F1 about 0.72.
    few = [(True, True)] * 9 + [(True, False)] + [(False, True)] * 6 + [(False, False)] * 9
    measured = scores(9, 10, 15).f1
    low, high = bootstrap_f1_interval(few)
    assert low < measured < high
    many_low, many_high = bootstrap_f1_interval(few * 10)
    assert many_high - many_low < (high - low) / 2  # ten times the pairs: about a third of the width
    assert bootstrap_f1_interval(few) == (low, high), "the same seed gives the same interval"
    assert bootstrap_f1_interval([(True, True)] * 20) == (1.0, 1.0)
