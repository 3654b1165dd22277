"""The evaluate stage on a real (tiny) run folder: results files, golden samples layout, thresholds.

The run is the synthetic demo task taken through the real pipeline up to the dataset, with
an untrained tiny HOAMV2 saved as its model bundle: the numbers mean nothing, the files
and their consistency do. The session fixtures are shared with test_export and test_predict.
"""
import csv
import json

import numpy as np
import pytest
import torch

from hoam_core.config import EvaluationConfig
from hoam_core.demo import make_demo_task
from hoam_core.evaluation.evaluate import evaluate_run
from hoam_core.evaluation.golden import find_suspects, most_typical, read_golden_index
from hoam_core.evaluation.threshold import rate_upper_bound
from hoam_core.events import ListSink, Reporter
from hoam_core.models.hoam import ModelSpec, build_model
from hoam_core.data.orientation import LABELS, OrientationAnswer, fixed_provider
from hoam_core.pipeline import RunParams, new_run, run_pipeline
from hoam_core.training.bundle import save_bundle

SPEC = ModelSpec(architecture="HOAMV2", backbone="tf_efficientnetv2_b0", pretrained="none", branch_channels=32,
                 attention_heads=4, embedding_size=16)
IMAGE_SIZE = 32


_BUILT: dict = {}  # other test modules import these fixtures: pytest would build them once per module


def _once(key, build):
    if key not in _BUILT:
        _BUILT[key] = build()
    return _BUILT[key]


@pytest.fixture(scope="session")
def demo_task(tmp_path_factory):
    return _once("task", lambda: make_demo_task(tmp_path_factory.mktemp("eval") / "task", products=1, boards=4,
                                                image_size=32, test_per_class=1))


@pytest.fixture(scope="session")
def model_run(demo_task, tmp_path_factory):
    """A run folder up to the dataset, with an untrained tiny model bundle in model/best_model.pt."""
    return _once("run", lambda: _model_run(demo_task, tmp_path_factory))


def _model_run(demo_task, tmp_path_factory):
    params = RunParams(input_dir=str(demo_task.input_dir), site=demo_task.site, line_id=demo_task.line_id,
                       db=f"sqlite:///{demo_task.database}")
    run_dir = new_run(params, runs_dir=tmp_path_factory.mktemp("runs"))
    answers = {c: OrientationAnswer(o, c in demo_task.symmetric) for c, o in demo_task.orientations.items()}
    run_pipeline(run_dir, orientation=fixed_provider(answers), until="dataset")
    torch.manual_seed(0)
    model = build_model(SPEC).eval()
    stats = json.loads((run_dir / "dataset" / "mean_std.json").read_text())
    save_bundle(run_dir / "model" / "best_model.pt", model, SPEC, None, image_size=IMAGE_SIZE, mean=stats["mean"],
                std=stats["std"], class_names=tuple(sorted(LABELS)))
    return run_dir


@pytest.fixture(scope="session")
def evaluated(model_run):
    def build():
        sink = ListSink()
        summary = evaluate_run(model_run, EvaluationConfig(golden_per_label=3, batch_size=16), Reporter(sink))
        return model_run, summary, sink

    return _once("evaluated", build)


def _csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_results_are_on_val_only_with_one_row_per_val_image(evaluated):
    run_dir, summary, sink = evaluated
    results = run_dir / "results"
    for name in ("evaluation_results.csv", "summary_report.json", "suspects.csv", "thresholds.json",
                 "confusion_matrix.png", "per_label_accuracy.png", "similarity_distributions.png", "far_frr.png"):
        assert (results / name).is_file(), name
    index = _csv(run_dir / "dataset" / "dataset.csv")
    rows = _csv(results / "evaluation_results.csv")
    assert sorted(r["file"] for r in rows) == sorted(f"dataset/{r['file']}" for r in index if r["split"] == "val")
    assert all((run_dir / r["file"]).is_file() for r in rows)  # the GUI opens them relative to the run
    assert {r["true_label"] for r in rows} == set(LABELS)
    assert all(r["predicted_label"] in LABELS for r in rows)
    assert all(r["nearest"].startswith("dataset/train/") for r in rows), "val was compared with val"
    report = json.loads((results / "summary_report.json").read_text())
    clf = report["classification"]  # of the decision rule's labels, as everywhere
    assert report["images"]["val"] == len(rows) == sum(map(sum, clf["confusion"]["matrix"]))
    assert clf["accuracy"] == pytest.approx(np.mean([r["correct"] == "1" for r in rows]))
    assert summary["label_accuracy"] == clf["accuracy"] == report["decision_on_val"]["label_accuracy"]
    assert summary["precision_at_1"] == report["validation"]["retrieval"]["precision_at_1"]
    assert 0 <= summary["map_at_r"] <= 1
    assert [e for e in sink.of_kind("message") if e.code == "evaluation_summary"]
    assert sink.of_kind("progress")[-1].fraction == 1.0


def test_golden_samples_layout(evaluated, demo_task):
    run_dir, _, _ = evaluated
    golden = run_dir / "results" / "golden_samples"
    index = read_golden_index(run_dir / "results")
    assert set(index["classes"]) == set(demo_task.orientations)
    train_originals = {(r["source_class"], r["original"]) for r in _csv(run_dir / "dataset" / "dataset.csv")
                       if r["split"] == "train"}
    for cls, info in index["classes"].items():
        assert info["orientation"] == demo_task.orientations[cls]
        assert (cls, info["original"]) in train_originals, "a golden sample must come from the train split"
        expected = {"Up", "Right", "Down", "Left"} if cls not in demo_task.symmetric else 2
        got = set(info["images"])
        assert got == expected if isinstance(expected, set) else len(got) == expected
        assert info["orientation"] in got
        for label, rel in info["images"].items():
            assert rel == f"classes/{cls}/{label}.png" and (golden / rel).is_file()
            src = run_dir / "dataset" / info["source_images"][label]
            assert (golden / rel).read_bytes() == src.read_bytes()
    for label in LABELS:
        entries = index["labels"][label]
        assert 1 <= len(entries) <= 3 and entries[0]["medoid"] and entries[0]["file"].startswith(f"labels/{label}/01_")
        assert all((golden / e["file"]).is_file() and e["source"].startswith(f"train/{label}/") for e in entries)
        sims = [e["typicality"] for e in entries]
        assert sims == sorted(sims, reverse=True)


def test_golden_thresholds_reproduce_their_false_reject_rates(evaluated):
    run_dir, _, _ = evaluated
    thresholds = json.loads((run_dir / "results" / "thresholds.json").read_text())
    assert thresholds["rule"] == "max_far" and thresholds["max_far"] == 0.001 and thresholds["max_frr"] == 0.01
    rows = _csv(run_dir / "results" / "evaluation_results.csv")
    for cls, t in thresholds["classes"].items():
        match = [float(r["golden_similarity"]) for r in rows
                 if r["class"] == cls and r["rotation_deg"] == "0" and r["true_label"] != "NG"]
        if t["calibrated_on"] == "val":
            assert t["n_match"] == len(match) > 0
            assert t["frr"] == pytest.approx(np.mean([s < t["threshold"] for s in match]))
            assert t["far"] <= 0.001 or (t["capped"] and t["frr"] <= 0.01)  # one limit or the other holds
        assert all(float(r["golden_threshold"]) == pytest.approx(t["threshold"], abs=1e-6)
                   for r in rows if r["class"] == cls)


def test_most_typical_is_the_cosine_medoid():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(30, 8))
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    picks = most_typical(x, np.arange(5, 30), 3)
    brute = 5 + int(np.argmax((x[5:] @ x[5:].T).sum(1)))
    assert picks[0][0] == brute and len(picks) == 3
    assert picks[0][1] >= picks[1][1] >= picks[2][1]


def test_suspects_flag_the_mislabelled_and_the_outlier():
    rng = np.random.default_rng(1)
    up = np.array([1.0, 0, 0]) + 0.05 * rng.normal(size=(20, 3))
    down = np.array([0, 1.0, 0]) + 0.05 * rng.normal(size=(20, 3))
    x = np.concatenate([up, down, [[0, 1.0, 0.05]], [[0.6, 0.0, 0.8]]])  # a Down photo labelled Up; a stray Up
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    labels = ["Up"] * 20 + ["Down"] * 20 + ["Up", "Up"]
    groups = [f"A/{lab}" for lab in labels]
    found = {s["index"]: s for s in find_suspects(x, labels, groups)}
    assert set(found) == {40, 41}
    assert "nearer to A/Down" in found[40]["reason"]
    assert "far from its group" in found[41]["reason"] and found[41]["robust_z"] < -3.5


def test_suspects_csv_lists_dataset_files(evaluated):
    run_dir, summary, _ = evaluated
    rows = _csv(run_dir / "results" / "suspects.csv")
    assert len(rows) == summary["suspects"]
    assert all((run_dir / r["file"]).is_file() and r["label"] in LABELS for r in rows)


def test_no_validation_images_is_a_clear_error(model_run, tmp_path):
    import shutil

    copy = tmp_path / "run"
    shutil.copytree(model_run, copy, ignore=shutil.ignore_patterns("results", "export"))
    index = copy / "dataset" / "dataset.csv"
    lines = index.read_text().splitlines()
    index.write_text("\n".join(line for line in lines if not line.startswith("val,")) + "\n")
    with pytest.raises(ValueError, match="val_fraction"):
        evaluate_run(copy, EvaluationConfig(), Reporter())


def test_summary_report_lists_the_warnings_and_every_file_left_out(model_run, tmp_path):
    import shutil

    copy = tmp_path / "run"
    shutil.copytree(model_run, copy, ignore=shutil.ignore_patterns("results", "export"))
    index = copy / "dataset" / "dataset.csv"
    lines = index.read_text().splitlines()
    ng = [line for line in lines if ",NG," in line]  # the NG photos are taken away: every class then lacks them
    index.write_text("\n".join(line for line in lines if line not in ng) + "\n")
    sink = ListSink()
    evaluate_run(copy, EvaluationConfig(), Reporter(sink))
    report = json.loads((copy / "results" / "summary_report.json").read_text())
    emitted = [{"stage": e.stage, "code": e.code, "template": e.template, "text": e.text, **e.data}
               for e in sink.of_kind("message") if e.level == "warning"]
    assert report["warnings"] == emitted
    assert {w["cls"] for w in emitted if w["code"] == "class_without_ng"} == set(report["part_check"])
    manifest = _csv(copy / "manifest.csv")
    left_out = [{"file": r["source"], "reason": r["reason"], "detail": r["detail"]} for r in manifest
                if r["fate"] != "included"]
    assert report["left_out"] == left_out and left_out, "the demo input has files the run leaves out"


def test_the_decision_rule_is_measured_on_val_and_says_whether_the_model_is_fit(evaluated):
    run_dir, summary, sink = evaluated
    rows = _csv(run_dir / "results" / "evaluation_results.csv")
    report = json.loads((run_dir / "results" / "summary_report.json").read_text())
    decision, fit = report["decision_on_val"], report["fitness"]
    assert decision["images"] == len([r for r in rows if r["line_truth"]]) and decision["rule"]
    good = [r for r in rows if r["line_truth"] == "OK"]
    assert all(r["true_label"] == r["expected"] for r in good)
    assert decision["false_reject_rate"] == pytest.approx(np.mean([r["line_verdict"] == "NG" for r in good]))
    flagged = sum(r["line_verdict"] == "NG" for r in good)  # what so few good photos can vouch for
    assert decision["false_reject_upper_95"] == pytest.approx(rate_upper_bound(flagged, len(good)))
    for r in rows:  # NG exactly where the part check said so; else the vote's orientation
        like = float(r["likeness"]) if r["likeness"] not in ("", "-inf") else float("-inf")
        threshold = float(r["anomaly_threshold"]) if r["anomaly_threshold"] else float("inf")
        assert (r["predicted_label"] == "NG") == (like > 0 or float(r["anomaly"]) > threshold)
        assert r["predicted_label"] in ("NG", r["orientation"])
    # an untrained model: the run must not call it fit, and says which classes miss and what to add
    assert report["fit_for_line"] is summary["fit_for_line"] is fit["fit_for_line"] is False
    said = [e for e in sink.of_kind("message") if e.code in ("class_not_fit", "class_not_fit_turned")]
    assert {e.data["cls"] for e in said} == set(fit["failing_classes"]) and said
    [verdict] = [e for e in sink.of_kind("message") if e.code == "not_fit_for_line"]
    assert verdict.level == "warning" and "NOT fit for the line" in verdict.text


def test_a_failed_evaluation_leaves_no_results_that_look_finished(evaluated, tmp_path, monkeypatch):
    """results/ appears only complete: written as results.partial/, renamed after export/. A failure on the way
    (here the export, as a full disk would) leaves neither; a second try writes them whole."""
    import shutil

    import hoam_core.evaluation.evaluate as evaluate_module

    run_dir = shutil.copytree(evaluated[0], tmp_path / "run")
    shutil.rmtree(run_dir / "results")
    shutil.rmtree(run_dir / "export")

    def export_fails(*args, **kwargs):
        raise OSError("the export failed")

    monkeypatch.setattr(evaluate_module, "write_module", export_fails)
    with pytest.raises(OSError, match="the export failed"):
        evaluate_run(run_dir, EvaluationConfig(golden_per_label=3, batch_size=16))
    assert not (run_dir / "results").exists() and not (run_dir / "results.partial").exists()
    monkeypatch.undo()
    evaluate_run(run_dir, EvaluationConfig(golden_per_label=3, batch_size=16))
    assert (run_dir / "results" / "summary_report.json").is_file() and (run_dir / "export" / "configs.json").is_file()
    names = [sorted(p.name for p in (d / "results").iterdir()) for d in (run_dir, evaluated[0])]
    assert names[0] == names[1]
