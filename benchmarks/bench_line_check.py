#!/usr/bin/env python3
"""Benchmark: the whole product on every real-photo bench, beside the simplest pretrained baseline.

    .venv/bin/python benchmarks/bench_line_check.py --work /tmp/benches \\
        [--bench2-repo MIRROR] [--only bench,bench2] [--profile cpu]

For each bench (``../shared/bench``: MVTec transistors, defects; ``../shared/bench2``: colour AOI
crops, wrong and missing parts, built from a mirror of gcadau/Electronic-Components-AI-Detection
given by ``--bench2-repo``) it builds the task once into ``--work``, then:
- **ours**: ``hoam-trainer run`` (ingest to exported module, the orientation answers of the task),
  ``hoam-trainer predict`` on ``test/``, and the bench's own scorer; with the run's wall time, its
  peak memory (the run's process tree, sampled) and the prediction time per photo (predict on all of
  ``test/`` less predict on one photo, the fastest of two tries each, over the photos but one);
- **baseline**: ImageNet EfficientNet-Lite0 (the packaged weights), no training: global-pooled
  features at 128 px; references: each input photo turned four ways, labelled by its class's
  orientation answer (NG photos: NG); a test photo takes the label of its nearest reference of
  its class (cosine), scored by the same scorer.
Prints one line per bench and method: the scorer's ``score:`` line, run s, predict ms/photo, peak GB.
Nothing here is a test: the figures are for the README and the issue notes.
"""
from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import psutil
import timm
import torch
import torch.nn.functional as F

from hoam_core.layout import RunLayout

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
BENCHES = {  # name: (builder, scorer, site, line)
    "bench": (SHARED / "bench" / "make_input.py", SHARED / "bench" / "score.py", "HPH", "V31"),
    "bench2": (SHARED / "bench2" / "build.py", SHARED / "bench2" / "score_axis.py", "SE", "L7"),
}
BIN = Path(sys.executable).parent
BASELINE_SIZE = 128
PREDICT_TRIES = 2  # predict's start-up (seconds) varies run to run: its fastest of two, for one photo and for all


def build_task(name: str, work: Path, bench2_repo: Path | None) -> Path:
    task = work / f"{name}-task"
    if (task / "truth.csv").is_file():
        return task
    builder = BENCHES[name][0]
    args = [sys.executable, str(builder), "--out", str(task)]
    if name == "bench2":
        if bench2_repo is None:
            raise SystemExit("bench2 needs --bench2-repo: a mirror of gcadau/Electronic-Components-AI-Detection")
        args += ["--repo", str(bench2_repo)]
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
    return task


def timed(args: list[str]) -> tuple[int, float, float]:
    """(exit code, wall seconds, peak resident GB of the process and its children, sampled every 0.2 s)."""
    started = time.monotonic()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    watched, peak = psutil.Process(proc.pid), 0
    while proc.poll() is None:
        try:
            peak = max(peak, sum(p.memory_info().rss for p in [watched, *watched.children(recursive=True)]))
        except psutil.Error:
            pass
        time.sleep(0.2)
    if proc.returncode not in (0, 4):  # 4: trained, not fit for the line (said in the score line's run)
        sys.stderr.write(proc.stderr.read()[-3000:])
    return proc.returncode, time.monotonic() - started, peak / 1024 ** 3


def score(name: str, task: Path, predictions: Path) -> str:
    out = subprocess.run([sys.executable, str(BENCHES[name][1]), str(task / "truth.csv"), str(predictions)],
                         check=True, capture_output=True, text=True).stdout
    return out.strip().splitlines()[-1]


def ours(name: str, task: Path, work: Path, profile: str) -> str:
    _, _, site, line = BENCHES[name]
    runs = work / f"runs-{name}"
    rc, seconds, peak = timed([str(BIN / "hoam-trainer"), "run", "--input", str(task / "input"), "--site", site,
                               "--line", line, "--db", f"sqlite:///{task / 'metadata.sqlite'}", "--orientations",
                               str(task / "orientations.yaml"), "--out", str(runs), "--profile", profile])
    run_dir = max(runs.glob("training_*"))
    predictions = work / f"{name}-predictions.csv"
    photos = sorted((task / "test").iterdir())
    one = work / f"{name}-one"
    one.mkdir(exist_ok=True)
    (one / photos[0].name).write_bytes(photos[0].read_bytes())
    def predict(images: Path, out: Path) -> tuple[float, float]:  # (fastest of PREDICT_TRIES wall s, peak GB)
        runs = [timed([str(BIN / "hoam-trainer"), "predict", "--model", str(run_dir), "--images", str(images),
                       "--out", str(out)])[1:] for _ in range(PREDICT_TRIES)]
        return min(t for t, _ in runs), max(p for _, p in runs)

    t_one, _ = predict(one, work / f"{name}-one.csv")
    t_all, p_peak = predict(task / "test", predictions)
    per_photo = (t_all - t_one) / max(len(photos) - 1, 1) * 1000
    report = json.loads(RunLayout(run_dir).summary_report.read_text(encoding="utf-8"))
    verdict = "fit for the line" if report["fit_for_line"] else "NOT fit for the line"
    return (f"{score(name, task, predictions)} | run {seconds:.0f} s (exit {rc}, {verdict}), predict "
            f"{per_photo:.1f} ms/photo, peak {max(peak, p_peak):.2f} GB")


def baseline(name: str, task: Path, work: Path) -> str:
    """The pretrained 1-NN baseline (see the module docstring), on the classes and answers of our run."""
    from hoam_core.data.ingest import read_manifest
    from hoam_core.models import pretrained
    from hoam_core.data.orientation import NG, load_answers, turned
    from hoam_core.training.data import letterbox
    from hoam_core.data.images import load_rgb

    run_dir = max((work / f"runs-{name}").glob("training_*"))
    answers = load_answers(run_dir)
    rows = [r for r in read_manifest(run_dir) if r.fate == "included"]
    class_of = {(r.product, r.component, r.light): r.cls for r in rows if r.cls != NG}
    state, _ = pretrained.packaged_state_dict("tf_efficientnet_lite0")
    net = timm.create_model("tf_efficientnet_lite0", pretrained=False, num_classes=0)
    net.load_state_dict({k: v for k, v in state.items() if not k.startswith("classifier.")})
    net.eval()

    def embed(paths: list[Path]) -> np.ndarray:  # N x 4 turns x 1280
        out = []
        for start in range(0, len(paths), 32):
            x = torch.stack([torch.from_numpy(letterbox(load_rgb(p), BASELINE_SIZE)[0]) for p in paths[start:start + 32]])
            x = (x.float() / 255 - 0.5) / 0.5
            with torch.inference_mode():
                out.append(torch.stack([F.normalize(net(torch.rot90(x, -k, dims=(2, 3))), dim=1)
                                        for k in range(4)], 1).numpy())
        return np.concatenate(out)

    refs = embed([run_dir / r.destination for r in rows])
    ref_cls = [r.cls if r.cls != NG else class_of.get((r.product, r.component, r.light), "") for r in rows]
    ref_labels = [[NG] * 4 if r.cls == NG else [turned(answers[r.cls].orientation, k) for k in range(4)]
                  for r in rows]
    truth = list(csv.DictReader(open(task / "truth.csv", newline="", encoding="utf-8")))
    tests = embed([task / "test" / t["file"] for t in truth])[:, 0]
    predictions = work / f"{name}-baseline.csv"
    with open(predictions, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label"])
        for t, e in zip(truth, tests):
            mine = [i for i, c in enumerate(ref_cls) if c == t["cls"]]
            sims = refs[mine] @ e  # len(mine) x 4
            i, k = np.unravel_index(int(np.argmax(sims)), sims.shape)
            w.writerow([t["file"], ref_labels[mine[i]][k]])
    return score(name, task, predictions)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", type=Path, required=True, help="folder for the tasks, runs and predictions")
    ap.add_argument("--bench2-repo", type=Path, help="mirror of gcadau/Electronic-Components-AI-Detection")
    ap.add_argument("--only", default=",".join(BENCHES), help="benches to run, comma-separated")
    ap.add_argument("--profile", default="cpu", help="training profile of the runs")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    torch.set_num_threads(min(4, torch.get_num_threads()))
    lines = []
    for name in args.only.split(","):
        task = build_task(name, args.work, args.bench2_repo)
        lines.append(f"{name:7s} ours     {ours(name, task, args.work, args.profile)}")
        print(lines[-1], flush=True)
        lines.append(f"{name:7s} baseline {baseline(name, task, args.work)}")
        print(lines[-1], flush=True)
    print("\n".join(["", "summary:", *lines]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
