"""Retrieval and classification metrics on L2-normalised embeddings (cosine similarity).

Retrieval metrics follow pytorch-metric-learning's AccuracyCalculator (precision@1,
R-precision, MAP@R; a test checks them against it) plus recall@k: the share of queries
with at least one same-label image among their k nearest. Queries whose label has no
other image in the reference set are left out, as the library does.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np

CHUNK = 1024  # query rows per similarity block: memory stays small on large sets


def top_k(query: np.ndarray, reference: np.ndarray, k: int, exclude_self: bool = False
          ) -> tuple[np.ndarray, np.ndarray]:
    """(similarities, indices) of the ``k`` most similar references per query, best first.

    ``exclude_self``: query i is reference i (the same set) and must not find itself.
    """
    k = min(k, len(reference) - int(exclude_self))
    sims = np.empty((len(query), k), np.float32)
    idx = np.empty((len(query), k), np.int64)
    for start in range(0, len(query), CHUNK):
        block = query[start:start + CHUNK] @ reference.T
        if exclude_self:
            rows = np.arange(len(block))
            block[rows, start + rows] = -np.inf
        part = np.argpartition(-block, k - 1, axis=1)[:, :k] if k < block.shape[1] else \
            np.tile(np.arange(block.shape[1]), (len(block), 1))
        part_sims = np.take_along_axis(block, part, 1)
        order = np.argsort(-part_sims, axis=1, kind="stable")
        idx[start:start + CHUNK] = np.take_along_axis(part, order, 1)
        sims[start:start + CHUNK] = np.take_along_axis(part_sims, order, 1)
    return sims, idx


def retrieval_metrics(query: np.ndarray, query_labels: Sequence, reference: np.ndarray | None = None,
                      reference_labels: Sequence | None = None, ks: Sequence[int] = (1, 5, 10)) -> dict:
    """precision_at_1, r_precision, mean_average_precision_at_r and recall_at_{k}.

    Without ``reference`` the queries are searched among themselves, each leaving itself out.
    """
    same_set = reference is None
    if same_set:
        reference, reference_labels = query, query_labels
    q_labels, r_labels = np.asarray(query_labels), np.asarray(reference_labels)
    values, counts = np.unique(r_labels, return_counts=True)
    count_of = dict(zip(values.tolist(), counts.tolist()))
    r = np.array([count_of.get(lab, 0) for lab in q_labels.tolist()]) - int(same_set)
    keep = r > 0
    out = {"queries": int(keep.sum())}
    if not keep.any():
        return {**out, "precision_at_1": float("nan"), "r_precision": float("nan"),
                "mean_average_precision_at_r": float("nan"), **{f"recall_at_{k}": float("nan") for k in ks}}
    depth = max(int(r.max()), max(ks))
    _, idx = top_k(query, reference, depth, exclude_self=same_set)
    hits = (r_labels[idx] == q_labels[:, None])[keep]
    r = r[keep]
    ranks = np.arange(1, hits.shape[1] + 1)
    within_r = ranks[None, :] <= r[:, None]
    rel = hits & within_r
    precision_at_i = np.cumsum(rel, axis=1) / ranks
    out["precision_at_1"] = float(hits[:, 0].mean())
    out["r_precision"] = float((rel.sum(1) / r).mean())
    out["mean_average_precision_at_r"] = float(((precision_at_i * rel).sum(1) / r).mean())
    for k in ks:
        out[f"recall_at_{k}"] = float(hits[:, :k].any(1).mean())
    return out


def knn_vote(sims: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Label per row by similarity-weighted vote of its neighbours (``labels`` row-aligned with ``sims``);
    a tie goes to the label of the nearest neighbour among the tied ones."""
    out = np.empty(len(sims), dtype=object)
    for i, (row_sims, row_labels) in enumerate(zip(sims, labels)):
        scores: dict = {}
        for s, lab in zip(row_sims, row_labels):
            scores[lab] = scores.get(lab, 0.0) + float(s)
        best = max(scores.values())
        out[i] = next(lab for lab in row_labels if np.isclose(scores[lab], best))
    return out


def classification_report(true: Sequence[str], predicted: Sequence[str], labels: Sequence[str]) -> dict:
    """Accuracy, per-label precision/recall/F1/support and the confusion matrix (rows: true)."""
    true, predicted = np.asarray(true, dtype=object), np.asarray(predicted, dtype=object)
    labels = list(labels) + sorted((set(true) | set(predicted)) - set(labels))
    index = {lab: i for i, lab in enumerate(labels)}
    matrix = np.zeros((len(labels), len(labels)), dtype=int)
    for t, p in zip(true, predicted):
        matrix[index[t], index[p]] += 1
    per_label = {}
    for lab, i in index.items():
        tp, support, said = matrix[i, i], matrix[i].sum(), matrix[:, i].sum()
        precision = tp / said if said else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_label[lab] = {"precision": float(precision), "recall": float(recall), "f1": float(f1),
                          "support": int(support)}
    return {"accuracy": float(np.trace(matrix) / max(len(true), 1)), "per_label": per_label,
            "confusion": {"labels": labels, "matrix": matrix.tolist()}}
