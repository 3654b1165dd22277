#!/usr/bin/env python3
"""Benchmark: does each class's part check reject the run's other parts, sat in its spot?

    .venv/bin/python benchmarks/bench_wrong_part.py RUN_FOLDER [RUN_FOLDER ...]

Only the run's input and module are used (nothing of a test set). Each class's check (from the run's
``export``) judges every good input photo of every other class, in each of its four turns (each judged
with its own rows left out, as the run calibrates), as if that part sat in the class's spot: a wrong part
from a neighbouring feeder, of a kind the engineer may have given no NG photo of. A photo counts as
passed when the check calls it good in at least one turn (the orientation vote then decides whether the
line passes it). Printed per class: how many passed with the check as built, and with the other classes'
parts taken out of its references (the rule before they were added). Two classes that show the same part
pass each other's photos, as they should: read those lines with the classes' names.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from hoam_core.data.orientation import NG, ORIENTATIONS
from hoam_core.evaluation import decision, export, features
from hoam_core.evaluation.evaluate import read_items
from hoam_core.layout import RunLayout


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", nargs="+", type=Path, help="finished run folders")
    args = ap.parse_args()
    for run_dir in args.runs:
        module = run_dir / "export"
        checks = export.read_checks(module, json.loads((module / "configs.json").read_text()))
        photos: dict[str, list[tuple[Path, str]]] = {}  # class: (file, photo name) of its good input photos
        for it in read_items(run_dir):
            if it.rotation == 0 and it.label != NG and it.cls in checks:
                photos.setdefault(it.cls, []).append((RunLayout(run_dir).dataset / it.file, it.original))
        described = {cls: features.describe([decision.upright_view(p, o) for p, _ in files for o in ORIENTATIONS])
                     for cls, files in photos.items()}
        print(run_dir)
        totals = np.zeros(3, int)
        for cls, check in sorted(checks.items()):
            used = check.parts_used
            counts = np.zeros(3, int)  # photos, passed as built, passed without the other parts
            for other, files in photos.items():
                if other == cls:
                    continue
                g, p = described[other]
                for i, (_, name) in enumerate(files):
                    rows = range(4 * i, 4 * i + 4)
                    built = [check.judge(g[r], p[r], name)[0] for r in rows]
                    check.parts_used = np.zeros_like(used)
                    before = [check.judge(g[r], p[r], name)[0] for r in rows]
                    check.parts_used = used
                    counts += (1, not all(built), not all(before))
            totals += counts
            print(f"  {cls:24s} other parts {counts[0]:5d}: passed {counts[1]:5d}; without the other parts "
                  f"{counts[2]:5d}  (references used: {int(used.sum())})")
        print(f"  {'all':24s} other parts {totals[0]:5d}: passed {totals[1]:5d}; without the other parts "
              f"{totals[2]:5d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
