"""Prediction: the decision rule on hand-made embeddings, and predict/evaluate on real files."""
import csv
import hashlib
import json
import shutil

import numpy as np
import pytest
from PIL import Image

from hoam_core.config import EvaluationConfig
from hoam_core.evaluation.labelled import evaluate_folder
from hoam_core.evaluation import features
from hoam_core.evaluation.decision import fold, upright_view, vote
from hoam_core.evaluation.export import ModuleError
from hoam_core.evaluation.predict import COLUMNS, predict
from hoam_core.events import ListSink, Reporter
from hoam_core.data.orientation import LABELS

from .test_evaluation import demo_task, evaluated, model_run  # noqa: F401 (session fixtures)


def _unit(*rows):
    x = np.array(rows, dtype=np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


# references of two classes: A facing Up (and its Right copies), B facing Left (and a Down copy), and NG
REFS = {"embeddings": _unit([1, 0, 0, 0], [0.95, 0.05, 0, 0], [0, 1, 0, 0], [0.05, 0.95, 0, 0],
                            [0, 0, 1, 0], [0, 0, 0.95, 0.05], [1, 0.02, 0, 0], [0, 0, 0, 1]),
        "labels": np.array(["Up", "Up", "Right", "Right", "Left", "Left", "Down", "NG"]),
        "files": np.array([f"r{i}.png" for i in range(8)])}


def test_votes_among_the_good_references_weighted_by_similarity():
    photo = _unit([1, 0.02, 0, 0])
    labels, best, nearest = vote(photo, REFS, k=1)
    assert (labels[0], REFS["files"][nearest[0]]) == ("Down", "r6.png")  # another class's reference counts
    assert best[0] == pytest.approx(1.0)
    assert vote(photo, REFS, k=3)[0][0] == "Up"  # two Up neighbours outweigh one Down
    labels, _, nearest = vote(_unit([0, 0, 0, 1]), REFS, k=1)
    assert labels[0] != "NG" and REFS["files"][nearest[0]] != "r7.png"  # NG references never vote


def test_the_part_check_sees_the_photo_turned_upright_by_the_vote(tmp_path):
    image = np.zeros((64, 64, 3), np.uint8)
    image[:16, :16] = 255  # a mark in the top-left corner
    Image.fromarray(image).save(tmp_path / "part.png")
    up = upright_view(tmp_path / "part.png", "Up")
    assert up.shape == (3, features.SIZE, features.SIZE) and up[:, 0, 0].min() == 255
    # a part that shows Right was turned a quarter clockwise: turned back, the mark moves to the bottom-left
    right = upright_view(tmp_path / "part.png", "Right")
    assert right[:, -1, 0].min() == 255 and right[:, 0, 0].max() == 0


@pytest.fixture
def photos(demo_task, tmp_path):
    folder = tmp_path / "photos"
    shutil.copytree(demo_task.test_dir, folder)
    (folder / "20250905070000_B00001_T@U1_1_top.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    shutil.copyfile(next(demo_task.test_dir.iterdir()), folder / "IMG_0002.jpg")  # not an AOI name
    (folder / "notes.txt").write_text("not an image")
    return folder


FIGURES = ("score", "golden_similarity", "golden_threshold", "likeness", "anomaly", "anomaly_threshold")


def _read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_predict_writes_a_row_per_image_and_survives_bad_files(evaluated, photos, demo_task, tmp_path):
    run_dir, _, _ = evaluated
    sink = ListSink()
    summary = predict(run_dir, photos, tmp_path / "predictions.csv", Reporter(sink))
    rows = _read(tmp_path / "predictions.csv")
    assert tuple(rows[0]) == COLUMNS
    n_test = sum(1 for _ in demo_task.test_dir.iterdir())
    assert len(rows) == summary["images"] == n_test + 2  # notes.txt is not an image
    by_file = {r["file"]: r for r in rows}
    broken = by_file["20250905070000_B00001_T@U1_1_top.jpg"]
    assert broken["error"].startswith("unreadable:") and broken["label"] == ""
    odd = by_file["IMG_0002.jpg"]
    assert odd["label"] in LABELS and odd["class"] == "" and "class unknown" in odd["error"]
    with open(demo_task.truth_csv, newline="") as f:
        truth = {r["file"]: r for r in csv.DictReader(f)}
    truth_classes = {t["cls"] for t in truth.values()}
    for name, t in truth.items():
        r = by_file[name]
        assert r["error"] == "" and r["label"] in LABELS
        assert (r["class"], r["expected"]) == (t["cls"], t["expected"])  # product found in the database
        assert r["nearest"].startswith("dataset/") and -1 <= float(r["score"]) <= 1
        assert float(r["golden_threshold"]) > -1 and float(r["golden_similarity"]) <= 1 + 1e-6
        assert r["verdict"] == ("OK" if r["label"] == r["expected"] else "NG") and r["orientation"] in LABELS[:4]
        threshold = float(r["anomaly_threshold"] or "inf")
        like_ng = r["likeness"] not in ("", "-inf") and float(r["likeness"]) > 0
        # NG exactly when the part check says so: like a known NG photo, or a place unlike every good photo
        assert (r["label"] == "NG") == (like_ng or float(r["anomaly"]) > threshold)
        assert r["label"] == "NG" or r["label"] == r["orientation"]
        # named only where likeness made it NG, and then another class of the module, never its own
        assert r["resembles"] == "" or (like_ng and r["resembles"] in set(truth_classes) - {r["class"]})
    assert summary["unreadable"] == 1 and summary["class_unknown"] == 1
    assert by_file["IMG_0002.jpg"]["verdict"] == "" and broken["verdict"] == ""
    progress = [e for e in sink.of_kind("progress") if e.stage == "predict"]
    assert progress and progress[-1].fraction == 1.0


def test_each_photo_is_decoded_once_and_the_chunks_change_no_row(evaluated, photos, tmp_path, monkeypatch):
    """The embedding and the part check share one decode of each photo; photos go through in chunks, and
    where the chunks end changes nothing in what is written (but the last digits of the figures: the
    network's batches differ)."""
    from hoam_core.evaluation import decision, embed, predict as predict_module

    run_dir, _, _ = evaluated
    predict(run_dir, photos, tmp_path / "whole.csv")
    opened = []
    real = embed.load_rgb
    for module in (embed, decision):
        monkeypatch.setattr(module, "load_rgb", lambda path: opened.append(path.name) or real(path))
    monkeypatch.setattr(predict_module, "CHUNK", 3)
    summary = predict(run_dir, photos, tmp_path / "chunked.csv")
    chunked, whole = _read(tmp_path / "chunked.csv"), _read(tmp_path / "whole.csv")
    assert [r.keys() for r in chunked] == [r.keys() for r in whole]
    for a, b in zip(chunked, whole):
        figures = {k for k in b if k in FIGURES and b[k] not in ("", "-inf")}
        assert {k: a[k] for k in set(b) - figures} == {k: b[k] for k in set(b) - figures}
        assert {k: float(a[k]) for k in figures} == pytest.approx({k: float(b[k]) for k in figures}, rel=1e-4)
    assert sorted(opened) == sorted(set(opened)) and len(opened) == summary["images"] > 3


def test_the_module_folder_alone_is_enough(evaluated, demo_task, tmp_path):
    run_dir, _, _ = evaluated
    module = shutil.copytree(run_dir / "export", tmp_path / "module")
    one = tmp_path / "one"
    one.mkdir()
    name = next(iter(sorted(p.name for p in demo_task.test_dir.iterdir())))
    shutil.copyfile(demo_task.test_dir / name, one / name)
    predict(module, one, tmp_path / "p.csv")
    from_module = _read(tmp_path / "p.csv")
    predict(run_dir, one, tmp_path / "q.csv")
    assert from_module == _read(tmp_path / "q.csv") and from_module[0]["class"]


def test_predict_runs_the_modules_onnx_copy_and_the_bundle_where_that_copy_is_missing_or_damaged(
        evaluated, demo_task, tmp_path, caplog):
    """On a machine without a GPU the ONNX copy computes the embeddings; without it, or with a damaged one, the
    bundle does (the damage logged): the same labels, the same scores within 1e-5."""
    run_dir, _, _ = evaluated
    module = shutil.copytree(run_dir / "export", tmp_path / "module")
    rows = {}
    for case in ("onnx", "missing", "damaged"):
        if case == "missing":
            (module / "model.onnx").rename(tmp_path / "model.onnx")
        if case == "damaged":
            (module / "model.onnx").write_bytes((tmp_path / "model.onnx").read_bytes()[:1000])
        with caplog.at_level("WARNING", logger="hoam_core.evaluation.embed"):
            predict(module, demo_task.test_dir, tmp_path / f"{case}.csv")
        rows[case] = _read(tmp_path / f"{case}.csv")
    assert "onnxruntime cannot run it" in caplog.text and "model.onnx" in caplog.text
    assert rows["missing"] == rows["damaged"]
    assert [r["label"] for r in rows["onnx"]] == [r["label"] for r in rows["missing"]]
    assert max(abs(float(a["score"]) - float(b["score"])) for a, b in zip(rows["onnx"], rows["missing"])) < 1e-5
    assert rows["onnx"] != rows["missing"], "the ONNX copy ran: its scores differ from the bundle's in the last digits"


@pytest.fixture
def unserved_check_network():
    """No check network chosen yet in this process (as in a fresh predict), and none left chosen after."""
    features._served.clear()
    yield
    features._served.clear()


def test_predict_runs_the_check_network_from_the_modules_copy_and_exports_it_where_the_copy_is_damaged(
        evaluated, demo_task, tmp_path, monkeypatch, caplog, unserved_check_network):
    """The module holds the check network as ONNX (its sha256 and its parity with PyTorch in configs.json);
    predict runs that copy without exporting the network. A damaged copy is logged, and the network exported
    here gives the same rows."""
    run_dir, _, _ = evaluated
    module = shutil.copytree(run_dir / "export", tmp_path / "module")
    check = json.loads((module / "configs.json").read_text())["part_check"]
    copy = module / check["onnx"]
    assert check["onnx"] == "check_network.onnx" and check["onnx_max_rel_diff"] <= features.PARITY_TOLERANCE
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == check["onnx_sha256"]
    with monkeypatch.context() as m, caplog.at_level("WARNING", logger=features.__name__):
        m.setattr(features, "_exported", lambda: (_ for _ in ()).throw(AssertionError("the network was exported")))
        predict(module, demo_task.test_dir, tmp_path / "copy.csv")
        assert features.runner().__qualname__.startswith("_session") and caplog.text == ""
    features._served.clear()
    copy.write_bytes(copy.read_bytes()[:1000])
    with caplog.at_level("WARNING", logger=features.__name__):
        predict(module, demo_task.test_dir, tmp_path / "exported.csv")
    assert "check_network.onnx: not used (its sha256 is not the one configs.json gives)" in caplog.text
    assert _read(tmp_path / "copy.csv") == _read(tmp_path / "exported.csv")


def test_a_module_whose_part_checks_another_network_made_is_refused_with_what_to_do(evaluated, demo_task, tmp_path):
    run_dir, _, _ = evaluated
    module = shutil.copytree(run_dir / "export", tmp_path / "module")
    configs = json.loads((module / "configs.json").read_text())
    configs["part_check"]["network"]["weights"] = "0" * 64
    (module / "configs.json").write_text(json.dumps(configs))
    with pytest.raises(ModuleError, match=r"module: its part checks were made with another check network .* train "
                                          r"the model again with this version"):
        predict(module, demo_task.test_dir, tmp_path / "p.csv")
    assert not (tmp_path / "p.csv").exists()


def test_evaluate_folder_measures_what_predict_says(evaluated, demo_task, tmp_path):
    run_dir, _, _ = evaluated
    labelled = tmp_path / "labelled"
    with open(demo_task.truth_csv, newline="") as f:
        truth = list(csv.DictReader(f))
    for t in truth:
        (labelled / t["label"]).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(demo_task.test_dir / t["file"], labelled / t["label"] / t["file"])
    out = tmp_path / "eval"
    result = evaluate_folder(run_dir, labelled, out, EvaluationConfig(batch_size=8), Reporter())
    rows = _read(out / "evaluation_results.csv")
    assert len(rows) == len(truth)
    assert result["accuracy"] == pytest.approx(np.mean([r["true_label"] == r["predicted_label"] for r in rows]))
    predict(run_dir, labelled, tmp_path / "p.csv")
    said = {r["file"]: r for r in _read(tmp_path / "p.csv")}
    for r in rows:  # the label and the part check's figures, as predict says them
        assert said[r["file"]]["label"] == r["predicted_label"]
        assert all(said[r["file"]][k] == r[k] for k in ("orientation", "likeness", "anomaly", "anomaly_threshold"))
    assert all(r["anomaly"] for r in rows)
    bad = [r for r in rows if r["line_truth"] == "NG"]
    assert result["false_accept_rate"] == pytest.approx(np.mean([r["line_verdict"] == "OK" for r in bad]))
    assert (out / "summary_report.json").is_file() and (out / "confusion_matrix.png").is_file()


def test_a_database_out_of_reach_leaves_the_classes_out_not_the_labels(evaluated, demo_task, tmp_path):
    """Offline, no VPN, a moved SQLite file: predict says so and labels the photos all the same."""
    run_dir, _, _ = evaluated
    sink = ListSink()
    gone = tmp_path / "moved" / "metadata.sqlite"
    summary = predict(run_dir, demo_task.test_dir, tmp_path / "p.csv", Reporter(sink), db=f"sqlite:///{gone}")
    rows = _read(tmp_path / "p.csv")
    readable = [r for r in rows if not r["error"].startswith("unreadable")]
    assert readable and all(r["label"] in LABELS and r["class"] == "" for r in readable)
    assert {r["error"] for r in readable} == {"class unknown: the metadata database cannot be used"}
    [warning] = [e for e in sink.of_kind("message") if e.code == "classes_lookup_failed"]
    assert warning.level == "warning" and str(gone) in warning.text and warning.data["error"]["coded"]
    assert summary["class_unknown"] == len(readable)


def test_evaluate_writes_beside_a_module_folder_never_inside_it(evaluated, demo_task, tmp_path, capsys):
    """``hoam-trainer evaluate --model RUN/export``: the module is what the line loads (and the evaluate stage
    replaces it whole), so the results go to RUN/results/, as for ``--model RUN``."""
    from hoam_core.cli import main

    run_dir = shutil.copytree(evaluated[0], tmp_path / evaluated[0].name)
    labelled = tmp_path / "labelled"
    with open(demo_task.truth_csv, newline="") as f:
        first = next(csv.DictReader(f))
    (labelled / first["label"]).mkdir(parents=True)
    shutil.copyfile(demo_task.test_dir / first["file"], labelled / first["label"] / first["file"])
    before = sorted(p.relative_to(run_dir / "export") for p in (run_dir / "export").rglob("*"))
    assert main(["evaluate", "--model", str(run_dir / "export"), "--data", str(labelled)]) == 0, capsys.readouterr()
    assert (run_dir / "results" / "evaluate_labelled" / "summary_report.json").is_file()
    assert sorted(p.relative_to(run_dir / "export") for p in (run_dir / "export").rglob("*")) == before


def test_a_part_that_looks_the_same_turned_180_is_said_in_the_orientations_it_was_trained_with():
    assert [fold(o, "Up") for o in ("Up", "Right", "Down", "Left")] == ["Up", "Right", "Up", "Right"]
    assert [fold(o, "Left") for o in ("Up", "Right", "Down", "Left")] == ["Up", "Left", "Up", "Left"]
