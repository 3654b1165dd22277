#!/usr/bin/env python3
"""Benchmark: how well the part check's anomaly (b) tells a run's own NG photos from its good ones.

    .venv/bin/python benchmarks/bench_part_check_input.py RUN_FOLDER [RUN_FOLDER ...] [--radius 1] [--seeds 1]

Only the run's input is used (nothing of a test set), so a change to the anomaly can be chosen here and
then scored once on the benches (``bench_line_check.py``). Per class with good and NG photos, each
good photo is scored with itself left out, each NG photo against all good photos, and the line gives:
AUC (the share of (NG, good) pairs the NG photo scores higher in) and the gap (the lowest NG score less
the highest good one, in robust units of the good scores: median absolute deviation x 1.4826; above 0,
every NG photo scores above every good one), for:
- ``bank``: the product's anomaly (nearest of the class's coreset bank, any place); with ``--seeds K``, also
  ``bank sN`` for the coreset's seeds 1 to K-1 (how much of a gap is the coreset's random start);
- ``near rN``: the nearest good patch at the same place or at most N grid cells from it (all good
  patches kept, no coreset), as a candidate.
"""
from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from hoam_core.data.orientation import NG, ORIENTATIONS, load_answers
from hoam_core.evaluation import decision, features, partcheck
from hoam_core.evaluation.evaluate import read_items
from hoam_core.layout import RunLayout


def near_anomaly(query: np.ndarray, good: np.ndarray, radius: int) -> float:
    """The largest over the places of ``query`` (S x S x C) of the distance to the nearest patch of ``good``
    (G x S x S x C) at most ``radius`` grid cells away."""
    size = query.shape[0]
    best = np.full((size, size), np.inf, np.float32)
    q_sq, g_sq = (query * query).sum(-1), (good * good).sum(-1)
    for di in range(-radius, radius + 1):
        for dj in range(-radius, radius + 1):
            rows, cols = slice(max(0, -di), min(size, size - di)), slice(max(0, -dj), min(size, size - dj))
            moved = (slice(None), slice(rows.start + di, rows.stop + di), slice(cols.start + dj, cols.stop + dj))
            d = q_sq[rows, cols] + g_sq[moved] - 2 * np.einsum("ijc,gijc->gij", query[rows, cols], good[moved])
            np.minimum(best[rows, cols], d.min(0), out=best[rows, cols])
    return float(np.sqrt(max(best.max(), 0.0)))


def separation(good: np.ndarray, ng: np.ndarray) -> tuple[float, float]:
    """(AUC, gap) of NG scores over good scores, as the module docstring says."""
    med = np.median(good)
    mad = np.median(np.abs(good - med)) * 1.4826 or 1.0
    return float(np.mean([(n > good).mean() for n in ng])), float((ng.min() - good.max()) / mad)


def class_photos(run_dir: Path) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """{class: (good patches G x P x C, NG patches N x P x C)}, upright by the class's answer."""
    items, answers, dataset = read_items(run_dir), load_answers(run_dir), RunLayout(run_dir).dataset
    out = {}
    for cls in sorted({it.cls for it in items if it.cls in answers and answers[it.cls].orientation in ORIENTATIONS}):
        mine = [it for it in items if it.rotation == 0 and it.cls == cls]
        views = {kind: [decision.upright_view(dataset / it.file, answers[cls].orientation) for it in mine
                        if (it.label == NG) == (kind == NG)] for kind in ("OK", NG)}
        if len(views["OK"]) > 2 and views[NG]:
            out[cls] = (features.describe(views["OK"])[1], features.describe(views[NG])[1])
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", nargs="+", type=Path, help="finished run folders")
    ap.add_argument("--radius", type=int, action="append", help="grid cells of 'near' (repeatable; default 1)")
    ap.add_argument("--seeds", type=int, default=1, help="coreset seeds of 'bank' (default 1: the product's)")
    args = ap.parse_args()
    for run_dir in args.runs:
        print(run_dir)
        for cls, (good, ng) in class_photos(run_dir).items():
            n, places, channels = good.shape
            flat, owners = good.reshape(-1, channels), np.repeat(np.arange(n), places)
            scores = {}
            for seed in range(args.seeds):
                keep = partcheck.coreset(flat, seed=seed)
                bank, owner = flat[keep], owners[keep]
                scores[f"bank s{seed}" if seed else "bank"] = (
                    np.array([partcheck.anomaly(good[i], bank[owner != i]) for i in range(n)]),
                    np.array([partcheck.anomaly(x, bank) for x in ng]))
            side = int(np.sqrt(places))
            grid, ng_grid = good.reshape(n, side, side, channels), ng.reshape(-1, side, side, channels)
            for r in args.radius or [1]:
                scores[f"near r{r}"] = (
                    np.array([near_anomaly(grid[i], np.delete(grid, i, 0), r) for i in range(n)]),
                    np.array([near_anomaly(x, grid, r) for x in ng_grid]))
            said = "  ".join(f"{name}: AUC {auc:.4f} gap {gap:6.2f}"
                             for name, (auc, gap) in ((k, separation(*v)) for k, v in scores.items()))
            print(f"  {cls:24s} good {n:3d} NG {len(ng):3d}  {said}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
