"""Evaluation files for people: CSV tables and PNG plots.

Plots are drawn on a bare matplotlib ``Figure`` (Agg), never through pyplot, so no GUI
backend or global state is touched (the core runs inside the Qt app too).
"""
from __future__ import annotations

import csv
import io
import math
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
from matplotlib.figure import Figure

from hoam_core.evaluation.threshold import far_frr_curve
from hoam_core.layout import CONFUSION_PLOT, FAR_FRR_PLOT, PER_LABEL_PLOT, SIMILARITY_PLOT
from hoam_core.runs import atomic_write_text

DPI = 110
MAX_CLASS_PLOTS = 24  # a line can have hundreds of classes: plot the hardest ones


def write_csv(path: Path, rows: Iterable[dict], columns: Sequence[str]) -> None:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if isinstance(v, float) and not math.isfinite(v) else v) for k, v in row.items()})
    atomic_write_text(Path(path), buf.getvalue())


def _save(fig: Figure, path: Path) -> None:
    fig.tight_layout()
    fig.savefig(path, dpi=DPI)


def plot_confusion(path: Path, labels: Sequence[str], matrix: Sequence[Sequence[int]], title: str) -> None:
    m = np.asarray(matrix)
    fig = Figure(figsize=(1.2 * len(labels) + 2, 1.1 * len(labels) + 1.5))
    ax = fig.add_subplot()
    ax.imshow(m, cmap="Blues")
    ax.set_xticks(range(len(labels)), labels)
    ax.set_yticks(range(len(labels)), labels)
    ax.set_xlabel("predicted")
    ax.set_ylabel("true")
    ax.set_title(title)
    for (i, j), n in np.ndenumerate(m):
        ax.text(j, i, str(n), ha="center", va="center", color="white" if n > m.max() / 2 else "black")
    _save(fig, path)


def plot_per_label(path: Path, per_label: dict[str, dict], title: str) -> None:
    names = [k for k, v in per_label.items() if v["support"]]
    fig = Figure(figsize=(max(4.0, 1.0 * len(names) + 2), 3.5))
    ax = fig.add_subplot()
    values = [per_label[n]["recall"] for n in names]
    ax.bar(names, values, color="tab:blue")
    for x, v in enumerate(values):
        ax.text(x, v, f"{v:.3f}", ha="center", va="bottom")
    ax.set_ylim(0, 1.08)
    ax.set_ylabel("accuracy (recall)")
    ax.set_title(title)
    _save(fig, path)


def _grid(n: int) -> tuple[Figure, list]:
    cols = min(4, max(n, 1))
    rows = math.ceil(max(n, 1) / cols)
    fig = Figure(figsize=(4 * cols, 3 * rows))
    return fig, [fig.add_subplot(rows, cols, i + 1) for i in range(max(n, 1))]


def hardest_classes(per_class: dict[str, dict], n: int = MAX_CLASS_PLOTS) -> dict[str, dict]:
    """The ``n`` classes whose matching and non-matching similarities lie closest (or overlap most)."""
    def margin(d: dict) -> float:
        return float(np.min(d["match"]) - (np.max(d["nonmatch"]) if len(d["nonmatch"]) else -1.0))

    return dict(sorted(per_class.items(), key=lambda kv: margin(kv[1]))[:n])


def plot_similarities(path: Path, per_class: dict[str, dict]) -> None:
    """Per class: histograms of matching and non-matching similarities, and the threshold."""
    fig, axes = _grid(len(per_class))
    for ax, (cls, d) in zip(axes, per_class.items()):
        values = np.concatenate([d["match"], d["nonmatch"]])
        bins = np.linspace(values.min() - 1e-3, values.max() + 1e-3, 61)
        ax.hist(d["match"], bins=bins, alpha=0.6, color="tab:green", label=f"matching ({len(d['match'])})")
        ax.hist(d["nonmatch"], bins=bins, alpha=0.6, color="tab:red", label=f"non-matching ({len(d['nonmatch'])})")
        ax.axvline(d["threshold"], color="black", linestyle="--", label=f"threshold {d['threshold']:.3f}")
        ax.set_title(cls, fontsize=9)
        ax.set_xlabel("cosine similarity to the golden sample")
        ax.legend(fontsize=7)
    _save(fig, path)


def plot_far_frr(path: Path, per_class: dict[str, dict]) -> None:
    """Per class: false-accept and false-reject rate against the threshold."""
    fig, axes = _grid(len(per_class))
    for ax, (cls, d) in zip(axes, per_class.items()):
        t, far, frr = far_frr_curve(d["match"], d["nonmatch"])
        ax.plot(t, far, color="tab:red", label="false accepts")
        ax.plot(t, frr, color="tab:blue", label="false rejects")
        ax.axvline(d["threshold"], color="black", linestyle="--", label=f"threshold {d['threshold']:.3f}")
        ax.set_title(cls, fontsize=9)
        ax.set_xlabel("threshold")
        ax.set_ylim(-0.02, 1.02)
        ax.legend(fontsize=7)
    _save(fig, path)


def plot_results(out: Path, clf: dict, per_class: dict[str, dict], what: str) -> None:
    """Confusion matrix of the decision rule's labels and its accuracy per label; with golden thresholds,
    similarity distributions and FAR/FRR curves."""
    plot_confusion(out / CONFUSION_PLOT, clf["confusion"]["labels"], clf["confusion"]["matrix"],
                          f"labels the check gives, {what}")
    plot_per_label(out / PER_LABEL_PLOT, clf["per_label"], f"accuracy per label, {what}")
    if per_class:
        hardest = hardest_classes(per_class)
        plot_similarities(out / SIMILARITY_PLOT, hardest)
        plot_far_frr(out / FAR_FRR_PLOT, hardest)
