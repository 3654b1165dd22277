"""The Try the model tab: a verdict per photo, large and coloured, with the class, the expected and the found
orientation, why the part check said NG and its figures against their thresholds; Choose images only with a
model to try."""
from __future__ import annotations

import math
import shutil

from PIL import Image
from PySide6.QtCore import QCoreApplication

from hoam_core.events import coded
from hoam_core.runs import RunState

from app.i18n import set_language
from app.try_view import VERDICT_COLOURS, TryView

from .test_evaluation import demo_task, evaluated, model_run  # noqa: F401 (session fixtures)


def prediction(**row):
    """A row as run_prediction gives it (with the file the GUI adds), for a class that expects Up."""
    return {"file": "/photos/20250101000000_B1@U1_1_top.jpg", "label": "Up", "verdict": "OK", "orientation": "Up",
            "score": 0.97, "nearest": "dataset/train/Up/x.png", "class": "P_U1_top", "expected": "Up",
            "symmetric_180": False, "golden_similarity": 0.9, "golden_threshold": 0.6, "likeness": -0.08,
            "anomaly": 0.95, "anomaly_threshold": 1.6, "resembles": "", "error": "", **row}


def evaluated_copy(evaluated, tmp_path):  # noqa: F811
    run_dir = shutil.copytree(evaluated[0], tmp_path / "runs" / evaluated[0].name)
    RunState(run_dir).update(stage_done="evaluate")
    return run_dir


def test_choose_images_waits_for_an_evaluated_run(qtbot, tmp_path):
    view = TryView()
    qtbot.addWidget(view)
    assert "Open a run" in view.status.text()
    assert not view.pick_button.isEnabled() and "History" in view.pick_button.toolTip()
    run_dir = tmp_path / "runs" / "training_20250101_000000"
    RunState.create(run_dir, input_dir="x", site="S", line_id="L")
    view.load(run_dir)
    assert not view.available() and not view.pick_button.isEnabled()
    assert "not ready yet" in view.status.text()
    image = tmp_path / "a.png"
    Image.new("RGB", (8, 8)).save(image)
    view.predict([image])  # nothing to predict with
    assert view.rows == [] and not view.cards and "not ready yet" in view.status.text()


def test_a_photo_like_another_classs_part_says_which(qtbot):
    view = TryView()
    qtbot.addWidget(view)
    view.rows = [prediction(label="NG", verdict="NG", likeness=0.12, resembles="P_C2_top")]
    view._show_rows()
    (card,) = view.cards
    assert card.finding.text() == "NG: it looks like the part of class P_C2_top"
    try:
        set_language("zh_TW")
        qtbot.waitUntil(lambda: "P_C2_top" in card.finding.text() and "looks like" not in card.finding.text())
    finally:
        set_language("en")


def test_each_photo_gets_its_verdict_large_and_why(qtbot):
    view = TryView()
    qtbot.addWidget(view)
    unknown = coded("class unknown: no product for {image_path} in the metadata database", code="predict_no_product",
                    image_path="2025-01-01/x.jpg")
    view.rows = [prediction(),
                 prediction(label="Left", verdict="NG", orientation="Left"),
                 prediction(label="NG", verdict="NG", likeness=0.04),
                 prediction(label="NG", verdict="NG", anomaly=2.5, likeness=-math.inf),
                 prediction(label="Down", verdict="", orientation="Down", **{"class": ""}, expected="", error=unknown,
                            likeness=math.nan, anomaly=math.nan, anomaly_threshold=math.nan)]
    view._show_rows()
    ok, turned, like_ng, unlike, none = view.cards
    assert [c.verdict.text() for c in view.cards] == ["OK", "NG", "NG", "NG", "?"]
    assert VERDICT_COLOURS["OK"] in ok.verdict.styleSheet() and VERDICT_COLOURS["NG"] in turned.verdict.styleSheet()
    assert VERDICT_COLOURS[""] in none.verdict.styleSheet()
    assert ok.finding.text() == "OK: the class's part, facing the right way"
    assert ok.orientation.text() == "Class P_U1_top: expects Up, found Up"
    assert ok.figures.text() == ("Part check: likeness to the NG photos -0.080 (NG above 0); unlike the good photos "
                                 "0.95 (NG above 1.60)\nOrientation: likeness to the nearest good photo 0.970")
    assert turned.finding.text() == "NG: turned the wrong way"
    assert turned.orientation.text() == "Class P_U1_top: expects Up, found Left"
    assert like_ng.finding.text() == "NG: it looks like a known NG photo"
    assert unlike.finding.text() == "NG: a place of it is unlike every good photo"
    assert "no NG photos to compare with" in unlike.figures.text() and "2.50 (NG above 1.60)" in unlike.figures.text()
    assert none.finding.text() == ("No verdict: class unknown: no product for 2025-01-01/x.jpg in the metadata "
                                   "database")
    assert none.orientation.text() == "Found Down; the class is unknown, so the line cannot judge it"
    assert none.figures.text() == "Orientation: likeness to the nearest good photo 0.970"
    assert view.counts.text() == "5 photo(s): 1 OK, 3 NG, 1 without a verdict"
    assert ok.file_name.text() == "20250101000000_B1@U1_1_top.jpg"
    try:
        set_language("zh_TW")
        qtbot.waitUntil(lambda: not none.finding.text().startswith("No verdict"))
        reason = QCoreApplication.translate("messages", unknown.template).format(
            image_path="2025-01-01/x.jpg")
        assert reason in none.finding.text() and reason != str(unknown)
        assert like_ng.verdict.text() == "NG"
        assert like_ng.finding.text() != "NG: it looks like a known NG photo"
        assert QCoreApplication.translate("names", "Left") in turned.orientation.text()
    finally:
        set_language("en")


def test_try_the_model_gives_each_dropped_photo_the_lines_verdict(qtbot, tmp_path, evaluated, demo_task):  # noqa: F811
    run_dir = evaluated_copy(evaluated, tmp_path)
    view = TryView()
    qtbot.addWidget(view)
    view.load(run_dir)
    assert view.pick_button.isEnabled() and view.pick_button.toolTip() == ""
    photos = sorted(demo_task.test_dir.iterdir())[:3]
    view.predict(photos)
    assert not view.pick_button.isEnabled()  # one check at a time
    qtbot.waitUntil(lambda: len(view.rows) == 3 and view.pick_button.isEnabled(), timeout=120_000)
    assert [c.row["file"] for c in view.cards] == [str(p) for p in photos]
    for card in view.cards:
        row = card.row
        assert row["verdict"] in ("OK", "NG") and row["class"], row  # the demo's photos are of known classes
        assert card.verdict.text() == row["verdict"]
        if row["label"] == "NG":  # the part check said so: which way
            like = "looks like a known NG photo" in card.finding.text()
            unlike = "unlike every good photo" in card.finding.text()
            assert like == (row["likeness"] > 0) and unlike == (row["anomaly"] > row["anomaly_threshold"])
        elif row["verdict"] == "NG":
            assert card.finding.text() == "NG: turned the wrong way" and row["orientation"] != row["expected"]
    view.predict(photos[:1])
    view.load(tmp_path / "runs" / "another_run")  # opened from History before the verdicts came back
    qtbot.waitUntil(lambda: not view.busy, timeout=120_000)
    assert view.rows == [] and view.cards == []  # not shown under a run whose model did not make them


def test_a_photo_it_cannot_read_and_a_missing_module_are_said_in_the_language(qtbot, tmp_path, evaluated):  # noqa: F811
    """Predict's error column and a failed prediction (the helper process's error) are said in zh_TW."""
    run_dir = evaluated_copy(evaluated, tmp_path)
    junk = tmp_path / "20250101000000_B1@C1_1_top.jpg"
    junk.write_bytes(b"not a photo" * 50)
    set_language("zh_TW")
    try:
        view = TryView()
        qtbot.addWidget(view)
        view.load(run_dir)
        view.predict([junk])
        qtbot.waitUntil(lambda: len(view.rows) == 1 and view.pick_button.isEnabled(), timeout=120_000)
        [card] = view.cards
        error = view.rows[0]["error"]
        assert error.code == "predict_unreadable" and view.rows[0]["verdict"] == ""
        reason = QCoreApplication.translate("messages", error.data["reason"]["template"])
        assert card.verdict.text() == "?" and reason in card.finding.text()
        assert "Pillow can read" not in card.finding.text()
        (run_dir / "export" / "configs.json").unlink()
        view.predict([junk])
        qtbot.waitUntil(lambda: view.pick_button.isEnabled() and "configs.json" in view.status.text(), timeout=120_000)
        status = view.status.text()
    finally:
        set_language("en")
    assert "is not a deployable module" not in status and "The check failed" not in status
    assert len(view.rows) == 1  # the earlier row stays
