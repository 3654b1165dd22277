"""Retrieval metrics against pytorch-metric-learning, k-NN vote, classification report, thresholds."""
import numpy as np
import pytest
import torch
from pytorch_metric_learning.distances import CosineSimilarity
from pytorch_metric_learning.utils.accuracy_calculator import AccuracyCalculator
from pytorch_metric_learning.utils.inference import CustomKNN

from hoam_core.evaluation.metrics import classification_report, knn_vote, retrieval_metrics, top_k
from hoam_core.evaluation.threshold import calibrate, error_rates, rate_upper_bound

PML_KEYS = ("precision_at_1", "r_precision", "mean_average_precision_at_r")


def _clustered(n, labels, dim=16, spread=0.9, seed=0):
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(labels, dim))
    y = rng.integers(0, labels, n)
    x = centres[y] + spread * rng.normal(size=(n, dim))
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32), y


def _pml(query, q_labels, reference=None, r_labels=None):
    calc = AccuracyCalculator(include=PML_KEYS, k="max_bin_count", device=torch.device("cpu"),
                              knn_func=CustomKNN(CosineSimilarity()))
    args = (torch.from_numpy(query), torch.from_numpy(q_labels))
    if reference is not None:
        args += (torch.from_numpy(reference), torch.from_numpy(r_labels))
    return calc.get_accuracy(*args)


@pytest.mark.parametrize("seed", [0, 1])
def test_same_set_metrics_match_accuracy_calculator(seed):
    x, y = _clustered(240, 5, seed=seed)
    ours = retrieval_metrics(x, y)
    theirs = _pml(x, y)
    for key in PML_KEYS:
        assert ours[key] == pytest.approx(theirs[key], abs=1e-6), key
    assert 0.2 < ours["precision_at_1"] < 1.0  # neither trivial nor perfect: the comparison means something


def test_query_against_reference_matches_accuracy_calculator():
    x, y = _clustered(300, 4, spread=1.1, seed=3)
    ours = retrieval_metrics(x[:90], y[:90], x[90:], y[90:])
    theirs = _pml(x[:90], y[:90], x[90:], y[90:])
    for key in PML_KEYS:
        assert ours[key] == pytest.approx(theirs[key], abs=1e-6), key


def test_recall_at_k_by_hand():
    # 1-D "embeddings" on the unit circle: angles make the neighbour order obvious
    angles = np.array([0.0, 0.1, 0.2, 1.5, 1.6, 3.0])
    x = np.stack([np.cos(angles), np.sin(angles)], 1).astype(np.float32)
    y = np.array(["a", "b", "a", "b", "b", "a"])
    m = retrieval_metrics(x, y, ks=(1, 2, 5))
    # nearest of each: 0->1 (b), 1->0 or 2 (both a), 2->1 (b), 3->4 (b), 4->3 (b), 5->4 (b)
    hits1 = [False, False, False, True, True, False]
    assert m["recall_at_1"] == pytest.approx(np.mean(hits1))
    assert m["recall_at_1"] == m["precision_at_1"]
    assert m["recall_at_1"] <= m["recall_at_2"] <= m["recall_at_5"] == 1.0


def test_top_k_excludes_self_and_sorts():
    x, _ = _clustered(50, 3)
    sims, idx = top_k(x, x, 4, exclude_self=True)
    assert not (idx == np.arange(50)[:, None]).any()
    assert (np.diff(sims, axis=1) <= 1e-7).all()
    np.testing.assert_allclose(sims[:, 0], np.sort(np.where(np.eye(50, dtype=bool), -9, x @ x.T), 1)[:, -1],
                               rtol=1e-6)


def test_knn_vote_weights_by_similarity_and_breaks_ties_by_nearest():
    sims = np.array([[0.9, 0.5, 0.45], [0.8, 0.6, 0.2]])
    labels = np.array([["Up", "NG", "NG"], ["Up", "NG", "Up"]])
    assert list(knn_vote(sims, labels)) == ["NG", "Up"]  # 0.95 beats 0.9; 1.0 beats 0.6
    assert list(knn_vote(np.array([[0.5, 0.5]]), np.array([["Left", "Right"]]))) == ["Left"]


def test_classification_report():
    rep = classification_report(["Up", "Up", "NG", "Left"], ["Up", "NG", "NG", "Right"], ["Up", "Left", "NG"])
    assert rep["accuracy"] == 0.5
    assert rep["confusion"]["labels"] == ["Up", "Left", "NG", "Right"]  # an unexpected label is added, not lost
    assert rep["confusion"]["matrix"][0] == [1, 0, 1, 0]
    assert rep["per_label"]["NG"] == pytest.approx({"precision": 0.5, "recall": 1.0, "f1": 2 / 3, "support": 1})
    assert rep["per_label"]["Left"]["recall"] == 0.0


# ------------------------------------------------------------------ thresholds

MATCH = [0.5, 0.6, 0.7, 0.8, 0.9]
NONMATCH = [0.1, 0.2, 0.3, 0.55, 0.65]


def test_max_far_by_hand():
    t = calibrate(MATCH, NONMATCH, "max_far", max_far=0.2)  # one false accept of five allowed
    assert t.threshold == pytest.approx(0.575)  # halfway between 0.55 (rejected) and 0.6 (accepted)
    assert (t.far, t.frr, t.n_match, t.n_nonmatch) == (pytest.approx(0.2), pytest.approx(0.2), 5, 5)
    strict = calibrate(MATCH, NONMATCH, "max_far", max_far=0.0)
    assert strict.threshold == pytest.approx(0.675) and strict.far == 0 and strict.frr == pytest.approx(0.4)


def test_eer_by_hand():
    t = calibrate(MATCH, NONMATCH, "eer")
    assert t.threshold == pytest.approx(0.575) and t.far == t.frr == pytest.approx(0.2)


@pytest.mark.parametrize("max_far", [0.0, 0.001, 0.01, 0.05])
def test_max_far_is_the_lowest_frr_within_the_far_limit(max_far):
    rng = np.random.default_rng(7)
    match = np.clip(rng.normal(0.8, 0.08, 400), -1, 1)
    nonmatch = np.clip(rng.normal(0.4, 0.15, 3000), -1, 1)
    t = calibrate(match, nonmatch, "max_far", max_far)
    assert t.far <= max_far
    far, frr = error_rates(match, nonmatch, t.threshold)
    assert (far, frr) == (pytest.approx(t.far), pytest.approx(t.frr))
    # brute force over every threshold that makes a difference
    candidates = np.concatenate([match, nonmatch, np.nextafter(nonmatch, 2)])
    fars, frrs = error_rates(match, nonmatch, candidates)
    assert t.frr == pytest.approx(frrs[fars <= max_far].min())
    assert 0 < t.frr < 1  # the distributions overlap: a real trade-off was made


def test_no_nonmatching_accepts_every_match_and_bad_rule_is_refused():
    assert calibrate([0.7, 0.9], [], "max_far").threshold == 0.7
    with pytest.raises(ValueError, match="not one of"):
        calibrate([0.7], [0.1], "best")
    with pytest.raises(ValueError, match="no matching"):
        calibrate([], [0.1], "eer")


def test_a_far_limit_that_would_reject_most_good_parts_keeps_the_frr_limit_instead():
    match = [0.5, 0.6, 0.7, 0.8, 0.9, 0.91, 0.92, 0.93, 0.94, 0.95]
    nonmatch = [0.1, 0.2, 0.55, 0.96]  # one defect looks better than every good part
    plain = calibrate(match, nonmatch, "max_far", max_far=0.0)
    assert plain.frr == 1.0 and not plain.capped  # no limit on false rejects: every good part rejected
    t = calibrate(match, nonmatch, "max_far", max_far=0.0, max_frr=0.1)  # one good part of ten may go
    assert t.capped and t.threshold == pytest.approx(0.575)  # between 0.55 (rejected) and 0.6 (accepted)
    assert (t.frr, t.far) == (pytest.approx(0.1), pytest.approx(0.25))
    strict = calibrate(match, nonmatch, "max_far", max_far=0.0, max_frr=0.0)
    assert strict.capped and strict.frr == 0.0 and strict.threshold == pytest.approx(0.35)  # between 0.2 and 0.5
    assert strict.far == pytest.approx(0.5)
    assert not calibrate(MATCH, NONMATCH, "max_far", max_far=0.2, max_frr=0.2).capped  # both limits met


def test_what_a_measured_rate_can_vouch_for():
    """One-sided Clopper-Pearson bounds, against scipy's beta quantile (scipy comes with scikit-learn, which
    pytorch-metric-learning needs) and the closed form for no errors."""
    from scipy.stats import beta

    for errors, n in [(0, 20), (1, 20), (3, 150), (0, 1), (10, 1000), (0, 2995), (7, 9)]:
        assert rate_upper_bound(errors, n) == pytest.approx(beta.ppf(0.95, errors + 1, n - errors), rel=1e-6)
    assert rate_upper_bound(0, 20) == pytest.approx(1 - 0.05 ** (1 / 20))  # 13.9 %: 0 of 20 shows little
    assert rate_upper_bound(0, 2995) < 0.001 < rate_upper_bound(0, 2990)  # 0.1 % needs about 3000
    assert rate_upper_bound(0, 20, confidence=0.99) > rate_upper_bound(0, 20)
    assert rate_upper_bound(0, 0) == rate_upper_bound(4, 4) == 1.0
