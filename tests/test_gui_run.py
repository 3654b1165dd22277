"""A whole run through the GUI on the demo data: the form, the orientation dialog answered with
the keyboard, live curves, results; and cancelling mid-training. Measures the longest stall of
the GUI's event loop while the pipeline trains."""
from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

import app.main_window
from hoam_core.data.orientation import OrientationAnswer, fixed_provider
from hoam_core.pipeline import RunParams, new_run, run_pipeline
from hoam_core.runs import RunState
from hoam_core.demo import make_demo_task
from tests.test_gui_fixtures import StallMeter, answer_with_keyboard, gui_settings, window  # noqa: F401

TINY = """\
model:
  backbone: tf_efficientnetv2_b0
  pretrained: none
  branch_channels: 64
  attention_heads: 4
  embedding_size: 32
data:
  image_size: 32
  batch_size: 16
  m_per_class: 4
optim:
  epochs: {epochs}
trainer:
  step_event_interval_s: 0
"""

pytestmark = pytest.mark.slow


@pytest.fixture
def demo(tmp_path):
    return make_demo_task(tmp_path / "demo", boards=4)  # a third of the default: quicker epochs


def test_whole_run_through_the_gui(qtbot, window, demo):
    form = window.new_run
    form.input_edit.setText(str(demo.input_dir))
    form.db_combo.setCurrentText(f"sqlite:///{demo.database}")
    form.site_edit.setText(demo.site)
    form.line_combo.setCurrentText(demo.line_id)
    form.advanced.setChecked(True)
    form.training_settings.set_overrides({"data": {"image_size": 33}})
    qtbot.waitUntil(lambda: "multiple of 32" in form.overrides_status.text(), timeout=60000)  # imports torch once
    assert not form.start_button.isEnabled()
    form.training_settings.set_overrides(yaml.safe_load(TINY.format(epochs=2)))
    qtbot.waitUntil(lambda: form.start_button.isEnabled(), timeout=60000)
    assert "valid" in form.overrides_status.text()

    qtbot.mouseClick(form.start_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.progress
    qtbot.waitUntil(lambda: window.orientation_dialog is not None, timeout=60000)
    dialog = window.orientation_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() in dialog.rows)
    answer_with_keyboard(qtbot, dialog, demo.orientations, demo.symmetric)
    assert QApplication.focusWidget() is dialog.ok_button
    meter = StallMeter()  # from here on the test only waits: every gap is the event loop's
    meter.start()
    qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: window.worker is None, timeout=600000)
    longest = meter.stop()
    print(f"\nlongest event-loop stall while building the dataset and training: {longest * 1000:.0f} ms")
    run_dir = window.progress.run_dir
    state = RunState(run_dir)
    assert state.status == "completed", state.data.get("message")
    answers = (run_dir / "orientation_answers.json").read_text()
    assert all(f'"{cls}"' in answers for cls in demo.orientations)
    assert len(window.curves.points("train", "loss")) >= 2
    assert len(window.curves.points("val", "precision_at_1")) == 2
    assert all(bar.value() == 1000 for _, bar, _ in window.progress.stage_rows.values())
    assert window.history.rows[0]["status"] == "completed"
    assert window.results.currentWidget() is window.results.content, "the evaluation's results are shown"
    assert window.results.matrix.rowCount() >= 2
    row = next(i for i in range(window.results.matrix.rowCount()) if window.results.matrix.item(i, i).text() != "0")
    window.results.filter_cell(row, row)  # a confusion-matrix cell filters the gallery to its images
    shown = window.results.gallery.model().paths
    assert len(shown) == int(window.results.matrix.item(row, row).text())
    assert all(Path(p).is_file() for p in shown)
    assert longest < 0.5, f"the GUI froze for {longest:.2f} s (target: under 50 ms)"


def test_cancel_mid_training(qtbot, window, demo, monkeypatch):
    params = RunParams(str(demo.input_dir), demo.site, demo.line_id, db=f"sqlite:///{demo.database}",
                       profile="cpu", train_overrides=yaml.safe_load(TINY.format(epochs=200)))
    run_dir = new_run(params, runs_dir=window.runs_dir)
    answers = {c: OrientationAnswer(o, c in demo.symmetric) for c, o in demo.orientations.items()}
    run_pipeline(run_dir, orientation=fixed_provider(answers), until="dataset")
    window.history.refresh()
    window.history.select_run(run_dir)
    qtbot.mouseClick(window.history.buttons["resume"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.curves.points("val", "precision_at_1")) >= 1, timeout=300000)
    qtbot.waitUntil(lambda: len(window.curves.points("train", "loss")) >= 3, timeout=300000)

    monkeypatch.setattr(app.main_window, "confirm", lambda *args: True)
    started = time.perf_counter()
    qtbot.mouseClick(window.progress.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.worker is None, timeout=120000)
    print(f"\ncancel took effect after {time.perf_counter() - started:.1f} s")
    assert RunState(run_dir).status == "cancelled"
    assert window.progress.status == "cancelled"
    assert window.history.buttons["resume"].isEnabled(), "a cancelled run can be resumed"
    trained = window.curves.points("val", "precision_at_1")
    qtbot.mouseClick(window.history.buttons["resume"], Qt.MouseButton.LeftButton)
    assert window.curves.points("val", "precision_at_1")[:len(trained)] == trained, \
        "the epochs trained before the cancel stay on the curves of the resumed run"
    window.cancel_run(ask=False)
    qtbot.waitUntil(lambda: window.worker is None, timeout=120000)
