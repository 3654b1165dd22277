"""The Results and Golden samples tabs on a run folder's results/ as the evaluation writes it: the line verdict
in words and colour, a table per class, the labels the check gives, the plots, the left-out files and the
golden samples captioned with class and orientation."""
from __future__ import annotations

import csv
import json

from PIL import Image
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtTest import QTest

from hoam_core.evaluation import fitness
from hoam_core.evaluation.threshold import rate_upper_bound
from hoam_core.events import Reporter, keeping_warnings

from app import line_verdict
from app.i18n import set_language
from app.golden_view import GoldenView
from app.results_view import FIT, NOT_FIT, ResultsView

TARGETS = {"max_far": 0.001, "max_frr": 0.01}
PASSED_BOUND, FLAGGED_BOUND = f"{rate_upper_bound(1, 3):.1%}", f"{rate_upper_bound(1, 2):.1%}"  # 1 of 3, 1 of 2
PLOTS = ("confusion_matrix.png", "far_frr.png", "per_label_accuracy.png", "similarity_distributions.png")
def _row(i, cls, true, said, expected, rotation):
    """A row of evaluation_results.csv: predicted_label is the decision rule's label."""
    return {"file": f"dataset/val/{true}/img{i}.png", "split": "val", "class": cls,
            "original": f"2025010100000{i}_B{i}@U1_1_top.jpg", "rotation_deg": rotation, "true_label": true,
            "predicted_label": said, "orientation": said if said != "NG" else expected,
            **fitness.line_fields(true, said, expected, False)}


def fake_results(run_dir, *, fit=False):
    """A results/ folder as the evaluation writes it, its fitness verdict made by the core's own code."""
    rows = [_row(0, "P_U1_top", "Up", "Up" if fit else "Down", "Up", 0), _row(1, "P_U1_top", "Left", "Left", "Up", 270),
            _row(2, "P_U1_top", "NG", "NG" if fit else "Up", "Up", 0), _row(3, "P_U2_top", "Down", "Down", "Down", 0),
            _row(4, "P_U2_top", "Up", "Up", "Down", 180)]
    for r in rows:
        (run_dir / r["file"]).parent.mkdir(parents=True, exist_ok=True)
        Image.new("RGB", (40, 40), (40, 80, 80)).save(run_dir / r["file"])
    verdict = fitness.verdict(rows, TARGETS["max_far"], TARGETS["max_frr"], {"P_U1_top": 2, "P_U2_top": 0})
    assert verdict["fit_for_line"] is fit
    warnings = []  # as the evaluation keeps them: the core's own words for this verdict
    fitness.say(verdict, keeping_warnings(Reporter(), warnings), "evaluate")
    results = run_dir / "results"
    results.mkdir()
    with open(results / "evaluation_results.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    check = {"good_photos": 12, "ng_photos": 2, "ng_references": 2,  # a class's part_check as partcheck.build says
             "unlike_good_photos": ["20250101000009_B9@U1_1_top.jpg"], "bank_patches": 2048, "scale": 20.0,
             "threshold": 1.9, "anomaly_used": True, "capped": False, "ng_caught_by_likeness": 1, "ng_passed": 1,
             "good_flagged": 0, "good_anomaly_max": 1.1, "ng_anomaly_min": 1.5}
    report = {
        "model": {"architecture": "HOAMV2", "backbone": "tf_efficientnet_lite0", "embedding_size": 128,
                  "image_size": 96},
        "images": {"train": 40, "val": 5, "unreadable": []},
        "left_out": [{"file": "OK/IMG_0001.jpg", "reason": "unparseable_name",
                      "detail": "expected exactly one '@' between board and component"},
                     {"file": "OK/20250101000000_B1@U7_1_top.jpg", "reason": "not_in_database", "detail": "no row"}],
        "fit_for_line": verdict["fit_for_line"], "fitness": verdict,
        "decision_on_val": {"rule": "orientation: ...", "label_accuracy": 0.6, **verdict["overall"]},
        "classification": {"accuracy": 0.6},
        "part_check": {"P_U1_top": check, "P_U2_top": {**check, "ng_photos": 0, "ng_references": 0, "ng_passed": 0,
                                                      "unlike_good_photos": []}},
        "warnings": warnings,
    }
    (results / "summary_report.json").write_text(json.dumps(report), encoding="utf-8")
    for name in PLOTS:
        Image.new("RGB", (900, 700) if name == "confusion_matrix.png" else (400, 200), "white").save(results / name)
    golden = results / "golden_samples"
    (golden / "classes" / "P_U1_top").mkdir(parents=True)
    (golden / "labels" / "Up").mkdir(parents=True)
    for label in ("Up", "Down"):
        Image.new("RGB", (40, 40)).save(golden / "classes" / "P_U1_top" / f"{label}.png")
    Image.new("RGB", (40, 40)).save(golden / "labels" / "Up" / "01_P_U1_top__20250101000003_B3@U1_1_top__r000.png")
    source, turned = (f"train/{label}/P_U1_top__20250101000003_B3@U1_1_top__r{deg}.png"
                      for label, deg in (("Up", "000"), ("Down", "180")))
    (golden / "golden_samples.json").write_text(json.dumps({
        "classes": {"P_U1_top": {"orientation": "Up", "symmetric_180": False,
                                 "original": "20250101000003_B3@U1_1_top.jpg",
                                 "images": {"Up": "classes/P_U1_top/Up.png", "Down": "classes/P_U1_top/Down.png"},
                                 "source_images": {"Up": source, "Down": turned}}},
        "labels": {"Up": [{"file": "labels/Up/01_P_U1_top__20250101000003_B3@U1_1_top__r000.png", "source": source,
                           "typicality": 0.9, "medoid": True}]}}), encoding="utf-8")
    (run_dir / "dataset").mkdir(exist_ok=True)
    with open(run_dir / "dataset" / "dataset.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["split", "label", "file", "source_class", "original", "rotation_deg"])
        writer.writerow(["train", "Up", source, "P_U1_top", "20250101000003_B3@U1_1_top.jpg", 0])
        writer.writerow(["train", "Down", turned, "P_U1_top", "20250101000003_B3@U1_1_top.jpg", 180])
    return report


def _texts(item, depth=0):
    """(depth, column 0, column 1) of every row under ``item``."""
    out = []
    for i in range(item.childCount()):
        child = item.child(i)
        out.append((depth, child.text(0), child.text(1)))
        out.extend(_texts(child, depth + 1))
    return out


def _find(tree, what):
    return next(item for item in tree.findItems(what, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive))


def test_results_tab_says_first_whether_the_model_is_fit_for_the_line(qtbot, tmp_path):
    view = ResultsView()
    qtbot.addWidget(view)
    assert not view.load(tmp_path) and "Not available" in view.placeholder.text()  # no results yet
    fake_results(tmp_path)
    assert view.load(tmp_path) and view.currentWidget() is view.content
    assert view.verdict.text().startswith("Trained, but NOT fit for the line: 1 class(es) miss the targets (at most "
                                          "0.1% of the photos to reject passed, at most 1.0% of good parts flagged)")
    assert NOT_FIT["bg"] in view.verdict.styleSheet() and not view.verdict.isHidden()
    assert view.headline.text() == (
        "On the 5 validation photos the check would have passed 1 of 3 photos the line must reject and flagged 1 of 2 "
        f"good parts. With this many photos, at 95% confidence, at most {PASSED_BOUND} of the photos to reject would "
        f"pass and {FLAGGED_BOUND} of good parts be flagged; more photos narrow this.")
    assert "predict" not in view.headline.text()
    top = [view.summary.topLevelItem(i).text(0) for i in range(view.summary.topLevelItemCount())]
    assert top == ["The line's verdict on the validation photos", "Classes: 2, missing the targets: 1", "Input"]
    rows = _texts(view.summary.invisibleRootItem())
    assert (1, "Verdict", "NOT fit for the line") in rows
    assert (1, "Photos to reject that passed", f"1 of 3 (33.3%)\nat most {PASSED_BOUND} at 95%") in rows
    assert (1, "The check said", "OK 2, NG 3") in rows
    assert _find(view.summary, "Verdict").foreground(1).color() == line_verdict.BAD
    classes = view.summary.topLevelItem(1)
    failing = classes.child(1)  # the classes without NG photos first, then the failing class, open
    assert (classes.child(0).text(0), classes.child(0).text(1)) == ("Classes without NG photos",
                                                                    "1: add NG photos of them")
    assert classes.child(0).child(0).text(0) == "P_U2_top"
    assert (failing.text(0), failing.text(1)) == ("P_U1_top", "misses the targets\nadd NG photos and good photos")
    assert (2, "Its mistakes", "mostly the part turned 180°") in rows  # the Up photo said Down
    assert "say so in the orientation dialog" in _find(view.summary, "Its mistakes").toolTip(1)
    assert failing.isExpanded() and failing.foreground(1).color() == line_verdict.BAD
    assert (2, "Good photos unlike the others", "1, worth a look") in rows
    assert (2, "No NG photos", "add NG photos") in rows and (1, "P_U2_top", "meets the targets") in rows
    assert (1, "Files left out", "2") in rows
    raw_keys = {"false_accept_rate", "fitness", "non_matching", "part_check", "ng_photos"}
    assert not raw_keys & {text for _, a, b in rows for text in (a, b)}  # no key of the file
    assert view.left_stack.currentWidget() is view.summary
    view.details_box.setChecked(True)  # the whole report, behind "details"
    assert view.left_stack.currentWidget() is view.details
    assert "fitness" in [view.details.topLevelItem(i).text(0) for i in range(view.details.topLevelItemCount())]


def test_a_fit_model_is_said_in_green(qtbot, tmp_path):
    fake_results(tmp_path, fit=True)
    view = ResultsView()
    qtbot.addWidget(view)
    assert view.load(tmp_path)
    assert view.verdict.text().startswith("Fit for the line: on the validation photos the check stays within both")
    assert FIT["bg"] in view.verdict.styleSheet()
    assert _find(view.summary, "Verdict").text(1) == "fit for the line"
    assert _find(view.summary, "Verdict").foreground(1).color() == line_verdict.GOOD
    assert view.warnings_box.isHidden()


def test_the_labels_the_check_gives_and_the_photos_behind_a_cell(qtbot, tmp_path):
    fake_results(tmp_path)
    view = ResultsView()
    qtbot.addWidget(view)
    assert view.load(tmp_path)
    assert view.tabs.tabText(0) == "Labels the check gives"
    assert view.labels == ["Up", "Down", "Left", "NG"]  # in the labels' order, only those present
    assert [view.matrix.horizontalHeaderItem(i).text() for i in range(4)] == ["Up", "Down", "Left", "NG (defect)"]
    assert view.matrix_caption.text().startswith("Rows: the true label of each validation photo; columns: the label "
                                                 "the check gives it")
    assert view.matrix.item(0, 0).text() == "1" and view.matrix.item(0, 1).text() == "1"  # an Up photo said Down
    assert view.matrix.item(3, 0).text() == "1"  # the NG photo passed as Up
    assert view.gallery_caption.text() == "Click a cell of the table to see its photos here."
    view.matrix.cellClicked.emit(3, 0)
    assert view.gallery.gallery.paths == [str(tmp_path / "dataset" / "val" / "NG" / "img2.png")]
    assert [c.replace("\u200b", "") for c in view.gallery.gallery.captions] == ["P_U1_top"]
    tip = view.gallery.gallery.data(view.gallery.gallery.index(0), Qt.ItemDataRole.ToolTipRole)
    assert tip == "20250101000002_B2@U1_1_top.jpg, turned 0°"
    assert view.gallery_caption.text() == "1 photo(s) whose true label is NG (defect) and the check says Up:"
    try:
        set_language("zh_TW")
        qtbot.waitUntil(lambda: "NG (defect)" not in view.gallery_caption.text())
        assert QCoreApplication.translate("names", "NG (defect)") in view.gallery_caption.text()
        assert view.gallery.gallery.paths == [str(tmp_path / "dataset" / "val" / "NG" / "img2.png")]
        assert QCoreApplication.translate("ResultsView", "{name}, turned {degrees}°").format(
            name="20250101000002_B2@U1_1_top.jpg", degrees=0) == view.gallery.gallery.tips[0] != tip
    finally:
        set_language("en")
    view.show()  # the gallery loads its thumbnails lazily, off the GUI thread
    qtbot.waitUntil(lambda: view.gallery.loader.jobs_started == 1)


def test_plots_are_titled_in_words_fitted_to_the_pane_and_enlarged_on_click(qtbot, tmp_path):
    fake_results(tmp_path)
    view = ResultsView()
    qtbot.addWidget(view)
    assert view.load(tmp_path)
    view.resize(1280, 720)
    view.tabs.setCurrentWidget(view.plots)
    view.show()
    qtbot.waitExposed(view)
    page = view.plots
    titles = [page.titles.item(i).text() for i in range(page.titles.count())]
    assert titles == ["Labels the check gives", "Labelled right, per label", "Likeness to the golden sample",
                      "Golden threshold: errors"]
    assert not any(".png" in t for t in titles) and page.title.text() == titles[0]
    shown = page.image.pixmap().size()
    assert page.image.full.size().width() == 900
    assert shown.width() <= page.image.width() and shown.height() <= page.image.height() and shown.width() < 900
    page.titles.setCurrentRow(3)
    assert page.title.text() == "Golden threshold: errors" and "the check above does not use" in page.note.text()
    assert page.image.pixmap().size().width() == 400  # small enough: shown as it is, not enlarged
    page.titles.setCurrentRow(0)
    QTest.mouseClick(page.image, Qt.MouseButton.LeftButton, pos=page.image.rect().center())
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    assert page.dialog.picture.pixmap().width() == 900 and page.dialog.windowTitle() == "Labels the check gives"
    QTest.mouseClick(page.dialog, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.waitUntil(lambda: not page.dialog.isVisible())


def test_left_out_files_are_listed_with_their_reason_in_the_language(qtbot, tmp_path):
    fake_results(tmp_path)
    view = ResultsView()
    qtbot.addWidget(view)
    assert view.load(tmp_path)
    assert view.tabs.tabText(2) == "Left-out files (2)"
    assert view.left_out.rowCount() == 2
    assert [view.left_out.item(i, 1).text() for i in range(2)] == ["name not in the AOI format", "not in the database"]
    assert view.left_out.item(0, 0).text() == "OK/IMG_0001.jpg"
    assert view.left_out.item(0, 1).toolTip() == "expected exactly one '@' between board and component"
    try:
        set_language("zh_TW")
        qtbot.waitUntil(lambda: view.left_out.item(0, 1).text() != "name not in the AOI format")
        said = view.left_out.item(0, 1).text()
        assert said == QCoreApplication.translate("reasons", "name not in the AOI format")
        assert view.tabs.tabText(2) != "Left-out files (2)" and "2" in view.tabs.tabText(2)
    finally:
        set_language("en")


def test_results_tab_shows_the_runs_warnings_and_verdict_in_the_users_language(qtbot, tmp_path):
    report = fake_results(tmp_path)
    view = ResultsView()
    qtbot.addWidget(view)
    assert view.load(tmp_path) and not view.warnings_box.isHidden()
    text = view.warnings.text()
    assert [w["code"] for w in report["warnings"]] == ["class_not_fit_turned", "not_fit_for_line"]
    assert text.startswith("This run has 2 warning(s):")
    assert report["warnings"][0]["text"] in text and "Add NG photos and good photos of it" in text  # add in words
    top = [view.summary.topLevelItem(i).text(0) for i in range(view.summary.topLevelItemCount())]
    assert "warnings" not in top
    english = (view.verdict.text(), view.headline.text(), _find(view.summary, "P_U1_top").text(1))
    try:
        set_language("zh_TW")
        qtbot.waitUntil(lambda: view.warnings.text() != text)
        said = view.warnings.text()
        assert "P_U1_top" in said and "ng_photos" not in said and "NG photos and good photos" not in said
        assert QCoreApplication.translate("names", "NG photos and good photos") in said
        assert view.verdict.text() != english[0] and "0.1%" in view.verdict.text()
        assert view.headline.text() != english[1] and PASSED_BOUND in view.headline.text()
        assert _find(view.summary, "P_U1_top").text(1) != english[2]
    finally:
        set_language("en")


def test_golden_samples_are_captioned_with_class_and_orientation(qtbot, tmp_path):
    view = GoldenView()
    qtbot.addWidget(view)
    assert not view.load(tmp_path)
    fake_results(tmp_path)
    assert view.load(tmp_path)
    top = [view.folders.topLevelItem(i) for i in range(view.folders.topLevelItemCount())]
    assert [(t.text(0), t.text(1)) for t in top] == [("Per class", "2"), ("Per label", "1")]
    assert top[0].child(0).text(0) == "P_U1_top" and top[1].child(0).text(0) == "Up"
    view.folders.setCurrentItem(top[0].child(0))
    model = view.gallery.gallery
    assert [c.replace("\u200b", "") for c in model.captions] == ["P_U1_top\nUp, as on the line", "P_U1_top\nDown"]
    tips = [model.data(model.index(i), Qt.ItemDataRole.ToolTipRole) for i in range(2)]
    assert tips == ["20250101000003_B3@U1_1_top.jpg, turned 0°", "20250101000003_B3@U1_1_top.jpg, turned 180°"]
    assert "class P_U1_top" in view.caption.text()
    view.folders.setCurrentItem(top[1].child(0))
    assert [c.replace("\u200b", "") for c in model.captions] == ["P_U1_top\nUp"]
    name_width = view.folders.fontMetrics().horizontalAdvance("P_U1_top")
    assert view.folders.columnWidth(0) > name_width  # names are not cut
    try:
        set_language("zh_TW")
        qtbot.waitUntil(lambda: view.folders.topLevelItem(0).text(0) != "Per class")
        assert [c.replace("\u200b", "") for c in view.gallery.gallery.captions][0].startswith("P_U1_top\n")
        assert view.gallery.gallery.captions[0].split("\n")[1] == QCoreApplication.translate("names", "Up")
    finally:
        set_language("en")
