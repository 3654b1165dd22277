"""The orientation dialog: keyboard answers, OK only when complete, lazy thumbnails for 100+ classes, the
photos large on Space or a click, the reference turn, an unmistakable chosen answer."""
from __future__ import annotations

import time

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.orientation_dialog import OrientationDialog
from hoam_core.data.orientation import EXCLUDE, OrientationAnswer, OrientationRequest


def make_request(folder, classes: int, per_class: int = 5) -> OrientationRequest:
    folder.mkdir(parents=True, exist_ok=True)
    images = {}
    for c in range(classes):
        paths = []
        for i in range(per_class):
            path = folder / f"c{c:03d}_{i}.png"
            Image.new("RGB", (64, 48), (c % 256, 40 * i % 256, 90)).save(path)
            paths.append(path)
        images[f"P_C{c:03d}_top"] = paths
    return OrientationRequest(images, samples_per_class=3, seed=0)


def shown(qtbot, request: OrientationRequest) -> OrientationDialog:
    """The dialog on screen, its first row focused."""
    dlg = OrientationDialog(request)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.rows[0])
    return dlg


@pytest.fixture
def dialog(qtbot, tmp_path):
    return shown(qtbot, make_request(tmp_path / "img", 4))


def test_keyboard_answers_each_row_and_moves_on(qtbot, dialog):
    assert not dialog.ok_button.isEnabled()
    rows = dialog.rows
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    assert rows[0].answer() == OrientationAnswer("Up")
    assert QApplication.focusWidget() is rows[1]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_X)
    assert rows[2].answer() == OrientationAnswer(EXCLUDE)
    assert not dialog.ok_button.isEnabled(), "OK must wait for the last class"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S)  # looks the same turned 180 degrees
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    assert dialog.ok_button.isEnabled()
    assert QApplication.focusWidget() is dialog.ok_button
    qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Return)
    assert dialog.result() == OrientationDialog.DialogCode.Accepted
    assert dialog.answers() == {rows[0].cls: OrientationAnswer("Up"), rows[1].cls: OrientationAnswer("Right"),
                                rows[2].cls: OrientationAnswer(EXCLUDE), rows[3].cls: OrientationAnswer("Left", True)}


def test_ok_stays_disabled_until_every_class_is_answered(qtbot, dialog):
    with qtbot.assertNotEmitted(dialog.accepted):
        for row in dialog.rows[:-1]:
            qtbot.mouseClick(row.buttons["Down"], Qt.MouseButton.LeftButton)
            assert not dialog.ok_button.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter does not accept an incomplete dialog
    assert dialog.isVisible()
    assert "3 of 4" in dialog.progress.text()
    qtbot.mouseClick(dialog.rows[-1].buttons["Up"], Qt.MouseButton.LeftButton)
    assert dialog.ok_button.isEnabled()


def test_answer_later_returns_nothing(qtbot, dialog):
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == OrientationDialog.DialogCode.Rejected
    assert dialog.unanswered() == 3


def test_initial_answers_are_shown(qtbot, tmp_path):
    request = make_request(tmp_path / "img", 2)
    dlg = OrientationDialog(request, initial={request.classes[1]: OrientationAnswer("Left", True)})
    qtbot.addWidget(dlg)
    assert dlg.rows[1].answer() == OrientationAnswer("Left", True)
    assert dlg.unanswered() == 1


def test_120_classes_open_fast_and_load_only_visible_thumbnails(qtbot, tmp_path):
    request = make_request(tmp_path / "img", 120)
    started = time.perf_counter()
    dlg = OrientationDialog(request)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.loader.jobs_started > 0, timeout=15000)  # the first paint
    opened_s = time.perf_counter() - started
    print(f"120-class orientation dialog open in {opened_s:.2f} s")
    assert opened_s < 3.0
    qtbot.wait(100)
    visible_jobs = dlg.loader.jobs_started
    assert visible_jobs < 120 * 3 / 4, "only the rows in view may load their thumbnails"
    first = dlg.rows[0].thumbs.itemAt(0).widget()
    qtbot.waitUntil(lambda: not first.pixmap().isNull(), timeout=15000)
    # scrolling to the end loads the last rows' thumbnails
    last = dlg.rows[-1].thumbs.itemAt(0).widget()
    assert last.pixmap().isNull()
    dlg.scroll.verticalScrollBar().setValue(dlg.scroll.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: not last.pixmap().isNull(), timeout=15000)
    # "More samples" shows further images of that class only
    row = dlg.rows[-1]
    qtbot.mouseClick(row.more_button, Qt.MouseButton.LeftButton)
    assert row.thumbs.count() - 2 == 5
    assert not row.more_button.isEnabled(), "all 5 images of the class are shown"


def marked_request(folder) -> OrientationRequest:
    """Two classes of photos with a red bar along their left edge (the part's polarity mark)."""
    folder.mkdir(parents=True, exist_ok=True)
    images = {}
    for c in range(2):
        paths = []
        for i in range(4):
            image = Image.new("RGB", (64, 48), (200, 200, 200))
            image.paste((220, 0, 0), (0, 0, 8, 48))
            path = folder / f"m{c}_{i}.png"
            image.save(path)
            paths.append(path)
        images[f"P_M{c}_top"] = paths
    return OrientationRequest(images, samples_per_class=3, seed=0)


@pytest.fixture
def marked(qtbot, tmp_path):
    return shown(qtbot, marked_request(tmp_path / "marked"))


def test_space_or_a_click_shows_the_photos_large_and_answers_nothing(qtbot, marked):
    row = marked.rows[0]
    qtbot.keyClick(row, Qt.Key.Key_Space)
    viewer = row.viewer
    assert viewer is not None and viewer.isVisible() and viewer.index == 0
    assert viewer.picture.pixmap().width() == 256, "a 64-px crop is shown four times as large"
    assert row.samples()[0].path.endswith(viewer.caption.text().split()[0])
    qtbot.keyClick(viewer, Qt.Key.Key_Right)  # browse, never an answer
    qtbot.keyClick(viewer, Qt.Key.Key_Up)
    assert viewer.index == 1 and row.choice is None
    qtbot.keyClick(viewer, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: row.viewer is None)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is row)
    qtbot.mouseClick(row.samples()[2], Qt.MouseButton.LeftButton)
    assert row.viewer is not None and row.viewer.index == 2
    qtbot.keyClick(row.viewer, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: row.viewer is None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # the keyboard answers as before
    assert row.answer() == OrientationAnswer("Down") and QApplication.focusWidget() is marked.rows[1]


def test_the_reference_turn_shows_what_up_means_for_the_class(qtbot, marked):
    row = marked.rows[0]
    assert row.reference.pixmap().isNull() and "once answered" in row.reference_caption.text()
    qtbot.keyClick(row, Qt.Key.Key_Left)  # the mark on the left: the part faces Left
    qtbot.waitUntil(lambda: not row.reference.pixmap().isNull(), timeout=10000)
    turned = row.reference.pixmap().toImage()
    assert (turned.width(), turned.height()) == (72, 96), "turned a quarter: portrait"
    assert turned.pixelColor(36, 2).red() > 180 and turned.pixelColor(36, 2).green() < 60, "the mark now on top"
    assert turned.pixelColor(36, 90).green() > 180
    assert row.reference_caption.text() == "↑ Up for this class"
    row.buttons["exclude"].click()
    assert row.reference.pixmap().isNull() and "left out" in row.reference_caption.text()


def test_the_chosen_answer_is_a_filled_button_in_a_coloured_frame(qtbot, marked):
    row, other = marked.rows
    before = row.buttons["Up"].grab().toImage()
    answered = []
    marked.answered.connect(lambda done, total: answered.append((done, total)))
    qtbot.keyClick(row, Qt.Key.Key_Up)
    assert answered == [(1, 2)]
    button = row.buttons["Up"].grab().toImage()
    fill = button.pixelColor(6, button.height() // 2)
    assert (fill.red(), fill.green(), fill.blue()) == (0x15, 0x65, 0xC0), "filled in blue"
    assert before.pixelColor(6, before.height() // 2) != fill
    assert row.property("answer") == "orientation" and other.property("answer") is None
    frame = row.grab().toImage().pixelColor(0, row.height() // 2)
    assert frame.green() > frame.red() + 40, "a green frame around the answered class"
