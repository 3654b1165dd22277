"""The Results and Golden samples tabs on a run folder's results/ (as the evaluation writes it)."""
from __future__ import annotations

import csv
import json

import pytest
from PIL import Image

from hoam_core.evaluation.threshold import rate_upper_bound

from app.i18n import set_language
from app.results_view import GoldenView, ResultsView

from .test_evaluation import demo_task, evaluated, model_run  # noqa: F401 (session fixtures)


def fake_results(run_dir):
    """A small results/ folder in the evaluation's layout: summary, per-image rows, golden samples."""
    results = run_dir / "results"
    (results / "golden_samples" / "classes" / "P_U1_top").mkdir(parents=True)
    (results / "golden_samples" / "labels" / "Up").mkdir(parents=True)
    images = run_dir / "dataset" / "val"
    images.mkdir(parents=True)
    rows = []
    for i, (true, predicted, decided) in enumerate([("Up", "Up", "Up"), ("Up", "Up", "Up"), ("Up", "Left", "Left"),
                                                    ("NG", "NG", "NG"), ("Left", "NG", "Left")]):
        Image.new("RGB", (40, 40), (50 * i, 80, 80)).save(images / f"img{i}.png")
        rows.append({"file": f"dataset/val/img{i}.png", "true_label": true, "predicted_label": predicted,
                     "similarity": 0.9, "correct": true == predicted, "decided_label": decided})
    with open(results / "evaluation_results.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    decision = {"images": 5, "matching": 2, "non_matching": 3, "false_accept_rate": 0.0,
                "false_reject_rate": 0.5, "label_accuracy": 0.8,  # as predict's rule measures it on val
                "false_accept_upper_95": rate_upper_bound(0, 3), "false_reject_upper_95": rate_upper_bound(1, 2)}
    (results / "summary_report.json").write_text(json.dumps(
        {"val_images": 5, "accuracy": 0.6, "line": {"false_accept_rate": 0.0, "false_reject_rate": 0.25},
         "decision_on_val": decision}))
    Image.new("RGB", (40, 40)).save(results / "golden_samples" / "classes" / "P_U1_top" / "Up.png")
    Image.new("RGB", (40, 40)).save(results / "golden_samples" / "labels" / "Up" / "01_a.png")
    Image.new("RGB", (200, 100)).save(results / "confusion_matrix.png")


def test_results_tab_shows_summary_matrix_and_the_images_behind_a_cell(qtbot, tmp_path):
    view = ResultsView()
    qtbot.addWidget(view)
    assert not view.load(tmp_path)  # no results yet
    assert "Not available" in view.placeholder.text()
    fake_results(tmp_path)
    assert view.load(tmp_path)
    assert view.currentWidget() is view.content
    top = [view.summary.topLevelItem(i).text(0) for i in range(view.summary.topLevelItemCount())]
    assert top == ["val_images", "accuracy", "line", "decision_on_val"]
    assert view.headline.text() == ("On the 5 validation photos, the model as predict uses it labels 80.0% right: "
                                    "0 of 3 wrongly turned or defective parts passed, 1 of 2 good parts flagged. "
                                    "With this many photos the true rates could still be up to 63.2% passed and "
                                    "97.5% flagged (95% confidence); more photos narrow this.")
    assert view.labels == ["Up", "Left", "NG"]  # Up, Down, Left, Right, NG order; only labels present
    # the matrix shows the label predict gives (decided_label), not the k-NN label
    assert "the label predict gives" in view.matrix_caption.text()
    assert view.matrix.item(0, 0).text() == "2" and view.matrix.item(0, 1).text() == "1"
    assert view.matrix.item(1, 1).text() == "1" and view.matrix.item(1, 2).text() == "0"
    view.matrix.cellClicked.emit(0, 1)  # true Up, predicted Left
    assert view.gallery.gallery.paths == [str(tmp_path / "dataset" / "val" / "img2.png")]
    assert "1 images" in view.gallery_caption.text()
    assert [p.rsplit("/", 1)[-1] for p in view.plots.gallery.paths] == ["confusion_matrix.png"]
    # the gallery loads its thumbnails lazily, off the GUI thread
    view.tabs.setCurrentIndex(0)
    view.show()
    qtbot.waitUntil(lambda: view.gallery.loader.jobs_started == 1)


def test_results_tab_shows_the_runs_warnings_in_the_users_language(qtbot, tmp_path):
    view = ResultsView()
    qtbot.addWidget(view)
    fake_results(tmp_path)
    assert view.load(tmp_path) and view.warnings.isHidden() and not view.headline.isHidden()
    summary = tmp_path / "results" / "summary_report.json"
    days = {"apart": 19, "ng": 20, "ng_days": "2025-09-10 to 2025-09-12", "ok_days": "2025-09-05 to 2025-09-10"}
    report = {**json.loads(summary.read_text()), "warnings": [
        {"stage": "ingest", "code": "ng_days_apart", "text": "19 of 20 NG photos were taken ...", **days},
        {"stage": "evaluate", "code": "some_new_code", "text": "A warning this version cannot translate"}]}
    summary.write_text(json.dumps(report))
    assert view.load(tmp_path) and not view.warnings.isHidden()
    text = view.warnings.text()
    assert "This run has 2 warning(s):" in text
    assert "19 of 20 NG photos were taken on days with no OK photo (NG: 2025-09-10 to 2025-09-12; " in text
    assert "A warning this version cannot translate" in text
    top = [view.summary.topLevelItem(i).text(0) for i in range(view.summary.topLevelItemCount())]
    assert "warnings" not in top  # shown above the summary, not inside it
    try:
        set_language("zh_TW")
        qtbot.waitUntil(lambda: view.warnings.text() != text)
        assert "19" in view.warnings.text() and "2025-09-05 to 2025-09-10" in view.warnings.text()
        assert "NG photos were taken" not in view.warnings.text()
        assert "80.0%" in view.headline.text() and "validation photos" not in view.headline.text()
    finally:
        set_language("en")


def test_a_run_evaluated_before_predicts_rule_was_measured_shows_the_knn_labels(qtbot, tmp_path):
    fake_results(tmp_path)
    results = tmp_path / "results"
    rows = list(csv.DictReader(open(results / "evaluation_results.csv", newline="", encoding="utf-8")))
    with open(results / "evaluation_results.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=[k for k in rows[0] if k != "decided_label"], extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    report = json.loads((results / "summary_report.json").read_text())
    del report["decision_on_val"]
    (results / "summary_report.json").write_text(json.dumps(report))
    view = ResultsView()
    qtbot.addWidget(view)
    assert view.load(tmp_path) and view.headline.isHidden()
    assert view.matrix_caption.text().startswith("Rows: true label; columns: predicted label.")
    assert view.matrix.item(1, 2).text() == "1" and view.matrix.item(1, 1).text() == "0"  # Left voted NG


def test_golden_samples_tab_lists_classes_and_labels(qtbot, tmp_path):
    view = GoldenView()
    qtbot.addWidget(view)
    assert not view.load(tmp_path)
    fake_results(tmp_path)
    assert view.load(tmp_path)
    folders = [view.folders.topLevelItem(i).text(0) for i in range(view.folders.topLevelItemCount())]
    assert folders == ["classes", "labels"]
    classes = view.folders.topLevelItem(0)
    assert classes.child(0).text(0) == "P_U1_top" and classes.child(0).text(1) == "1"
    view.folders.setCurrentItem(classes.child(0))
    assert [p.rsplit("/", 1)[-1] for p in view.gallery.gallery.paths] == ["Up.png"]


def test_try_the_model_waits_for_an_evaluated_run(qtbot, tmp_path):
    from app.try_view import TryView
    from hoam_core.runs import RunState

    view = TryView()
    qtbot.addWidget(view)
    assert "Open a run" in view.status.text()
    run_dir = tmp_path / "runs" / "training_20250101_000000"
    RunState.create(run_dir, input_dir="x", site="S", line_id="L")
    view.load(run_dir)
    assert not view.available()
    assert "not available yet" in view.status.text()
    image = tmp_path / "a.png"
    Image.new("RGB", (8, 8)).save(image)
    view.predict([image])  # nothing to predict with
    assert view.rows == [] and view.pick_button.isEnabled() and "not available yet" in view.status.text()


def test_try_the_model_labels_dropped_photos_with_their_appearance_score(qtbot, tmp_path, evaluated, demo_task):
    import shutil

    from app.try_view import COLUMNS, TryView
    from hoam_core.runs import RunState

    run_dir = shutil.copytree(evaluated[0], tmp_path / "runs" / evaluated[0].name)
    RunState(run_dir).update(stage_done="evaluate")
    view = TryView()
    qtbot.addWidget(view)
    view.load(run_dir)
    photos = sorted(demo_task.test_dir.iterdir())[:3]
    view.predict(photos)
    qtbot.waitUntil(lambda: len(view.rows) == 3 and view.pick_button.isEnabled(), timeout=120_000)
    column = COLUMNS.index("appearance")
    assert view.table.horizontalHeaderItem(column).text() == "Appearance"
    threshold = json.loads((run_dir / "export" / "configs.json").read_text())["appearance_check"]["threshold"]
    for i, row in enumerate(view.rows):
        shown = float(view.table.item(i, column).text())
        assert shown == pytest.approx(row["appearance"], abs=1e-3)
        assert (row["label"] == "NG") == (row["appearance"] > threshold)
    view.predict(photos[:1])
    view.load(tmp_path / "runs" / "another_run")  # opened from History before the labels came back
    qtbot.waitUntil(view.pick_button.isEnabled, timeout=120_000)
    assert view.rows == [] and view.table.rowCount() == 0  # not shown under a run whose model did not make them


def test_try_the_model_says_a_photo_it_cannot_read_and_a_missing_module_in_the_language(qtbot, tmp_path, evaluated):
    """Predict's error column and a failed prediction (the helper process's error) are said in zh_TW."""
    import shutil

    from PySide6.QtCore import QCoreApplication

    from app.messages import TEMPLATES
    from app.try_view import COLUMNS, TryView
    from hoam_core.runs import RunState

    run_dir = shutil.copytree(evaluated[0], tmp_path / "runs" / evaluated[0].name)
    RunState(run_dir).update(stage_done="evaluate")
    junk = tmp_path / "20250101000000_B1@C1_1_top.jpg"
    junk.write_bytes(b"not a photo" * 50)
    set_language("zh_TW")
    try:
        view = TryView()
        qtbot.addWidget(view)
        view.load(run_dir)
        view.predict([junk])
        qtbot.waitUntil(lambda: len(view.rows) == 1 and view.pick_button.isEnabled(), timeout=120_000)
        problem = view.table.item(0, COLUMNS.index("error")).text()
        reason = QCoreApplication.translate("messages", TEMPLATES["image_unidentified"])
        assert view.rows[0]["error"].code == "predict_unreadable" and view.rows[0]["label"] == ""
        assert reason in problem and "Pillow can read" not in problem and reason != TEMPLATES["image_unidentified"]
        (run_dir / "export" / "configs.json").unlink()
        view.predict([junk])
        qtbot.waitUntil(lambda: view.pick_button.isEnabled() and "configs.json" in view.status.text(), timeout=120_000)
        status = view.status.text()
    finally:
        set_language("en")
    assert "is not a deployable module" not in status and "Prediction failed" not in status
    assert len(view.rows) == 1  # the earlier row stays
