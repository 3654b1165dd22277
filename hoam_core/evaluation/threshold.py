"""Similarity thresholds for the line verdict: calibration, false-accept and false-reject rates.

An image is accepted (OK) when its cosine similarity to its class's golden sample is at
least the threshold. The false-accept rate (FAR) is the share of non-matching images
(rotated copies, NG) accepted; the false-reject rate (FRR) the share of matching images
(the class's photos in its confirmed orientation) rejected.

Where no threshold meets the FAR limit without rejecting more than ``max_frr`` of the good
parts (defects that look too much like good parts to this model), the threshold keeps the
FRR limit instead and says so (``capped``): a check that flags most good parts would be
switched off on the line, which lets every defect through.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import numpy as np

RULES = ("max_far", "eer")
NO_MATCH_MARGIN = 1e-4  # above the boundary non-matching similarity when no matching one lies above it


@dataclass(frozen=True)
class Threshold:
    threshold: float
    far: float          # on the calibration set, at ``threshold``
    frr: float
    n_match: int
    n_nonmatch: int
    rule: str
    capped: bool = False  # the FAR limit could not be met within the FRR limit

    def to_dict(self) -> dict:
        return asdict(self)


def error_rates(match: np.ndarray, nonmatch: np.ndarray, threshold: float | np.ndarray
                ) -> tuple[np.ndarray, np.ndarray]:
    """(FAR, FRR) at ``threshold`` (a number or an array of them); accept when similarity >= threshold.

    A rate over an empty set is 0.
    """
    match, nonmatch = np.sort(np.asarray(match, float)), np.sort(np.asarray(nonmatch, float))
    t = np.asarray(threshold, float)
    far = (len(nonmatch) - np.searchsorted(nonmatch, t, "left")) / max(len(nonmatch), 1)
    frr = np.searchsorted(match, t, "left") / max(len(match), 1)
    return far, frr


def far_frr_curve(match: np.ndarray, nonmatch: np.ndarray, points: int = 401
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Thresholds across the range of the similarities and the FAR and FRR at each (for the plot)."""
    values = np.concatenate([np.asarray(match, float), np.asarray(nonmatch, float)])
    thresholds = np.linspace(values.min() - 1e-3, values.max() + 1e-3, points)
    far, frr = error_rates(match, nonmatch, thresholds)
    return thresholds, far, frr


def calibrate(match: np.ndarray, nonmatch: np.ndarray, rule: str, max_far: float = 0.001,
              max_frr: float = 1.0) -> Threshold:
    """Choose the threshold from the matching and non-matching similarity distributions.

    ``max_far``: the lowest FRR with FAR <= ``max_far``; where that FRR is over ``max_frr``,
    the lowest FAR with FRR <= ``max_frr`` (``capped``). ``eer``: where FAR and FRR are
    closest (the smaller of the two larger rates). Among thresholds that give the same rates
    on the calibration set, the one halfway between the neighbouring similarities is taken,
    which leaves the same margin on both sides for images not seen yet.
    """
    if rule not in RULES:
        raise ValueError(f"threshold rule {rule!r} is not one of {', '.join(RULES)}")
    match = np.sort(np.asarray(match, float))
    nonmatch = np.sort(np.asarray(nonmatch, float))
    if len(match) == 0:
        raise ValueError("no matching similarities to calibrate a threshold on")
    capped = False
    if len(nonmatch) == 0:
        t = float(match[0])
    elif rule == "max_far":
        allowed = int(np.floor(max_far * len(nonmatch) + 1e-9))
        if allowed >= len(nonmatch):
            t = float(min(match[0], nonmatch[0]))
        else:
            boundary = nonmatch[::-1][allowed]  # the highest non-matching similarity that must be rejected
            above = match[match > boundary]
            t = float((boundary + above[0]) / 2) if len(above) else float(boundary + NO_MATCH_MARGIN)
        capped = bool(error_rates(match, nonmatch, t)[1] > max_frr)
        if capped:
            t = _frr_limited(match, nonmatch, max_frr)
    else:
        values = np.unique(np.concatenate([match, nonmatch]))
        candidates = np.concatenate([[values[0]], (values[:-1] + values[1:]) / 2, [values[-1] + NO_MATCH_MARGIN]])
        far, frr = error_rates(match, nonmatch, candidates)
        worst = np.maximum(far, frr)
        best = np.flatnonzero(np.isclose(worst, worst.min()))
        best = best[np.isclose(far[best] + frr[best], (far[best] + frr[best]).min())]
        t = float(candidates[best[len(best) // 2]])
    far, frr = error_rates(match, nonmatch, t)
    return Threshold(t, float(far), float(frr), int(len(match)), int(len(nonmatch)), rule, capped)


def _frr_limited(match: np.ndarray, nonmatch: np.ndarray, max_frr: float) -> float:
    """The highest threshold (lowest FAR) that rejects at most ``max_frr`` of the sorted ``match``."""
    boundary = match[int(np.floor(max_frr * len(match) + 1e-9))]  # the lowest matching similarity to accept
    below = nonmatch[nonmatch < boundary]
    return float((boundary + below[-1]) / 2) if len(below) else float(boundary - NO_MATCH_MARGIN)


def rate_upper_bound(errors: int, n: int, confidence: float = 0.95) -> float:
    """The highest true error rate still in line with ``errors`` seen in ``n`` tries, at ``confidence``
    (one-sided Clopper-Pearson): what a measured rate can vouch for. 0 of 20 defects passed shows only
    that fewer than 13.9 % pass; 0.1 % needs about 3000. 1.0 where ``n`` is 0."""
    if n <= 0 or errors >= n:
        return 1.0
    tail = 1.0 - confidence

    def at_most(p: float) -> float:  # P(X <= errors) for X ~ Binomial(n, p)
        return sum(math.exp(math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1)
                            + i * math.log(p) + (n - i) * math.log1p(-p)) for i in range(errors + 1))

    low, high = errors / n, 1.0  # at_most falls as p rises; find where it crosses the tail
    for _ in range(60):
        middle = (low + high) / 2
        low, high = (middle, high) if at_most(middle) > tail else (low, middle)
    return high
