"""The History page: listing, opening and trashing runs (never one another process works on, never a
folder outside the runs folder), interrupted runs, their messages in the language, sorting."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from hoam_core.events import coded
from hoam_core.runs import RunState, TaskStore

import app.history_view
from app.i18n import set_language
from tests.test_gui_fixtures import demo, gui_settings, make_runs, window  # noqa: F401 (fixtures)


def shown_column(history, key: str) -> dict[str, str]:
    """{run folder name: the text History shows in column ``key``}, whatever the order it sorts the rows in."""
    column, table = app.history_view.COLUMNS.index(key), history.table
    return {Path(table.item(r, 0).data(Qt.ItemDataRole.UserRole)).name: table.item(r, column).text()
            for r in range(table.rowCount())}


def test_history_lists_opens_and_trashes_runs(qtbot, window, demo, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(app.history_view, "confirm", lambda *args: True)
    first, second = make_runs(window, demo, 2)
    history = window.history
    assert {r["run_id"] for r in history.rows} == {first.name, second.name}
    history.select_run(first)
    with qtbot.waitSignal(history.open_requested) as opened:
        qtbot.mouseClick(history.buttons["open"], Qt.MouseButton.LeftButton)
    assert opened.args == [first]
    assert window.results.currentWidget() is window.results.placeholder
    assert "Not available for run" in window.results.placeholder.text()

    assert history.delete_selected()
    assert not first.exists() and (tmp_path / "xdg" / "Trash" / "files" / first.name).is_dir()
    assert [r["run_id"] for r in TaskStore(window.runs_dir).list()] == [second.name]


def test_history_shows_a_run_left_running_by_a_crash_as_interrupted_and_resumable(qtbot, window, demo):
    crashed, working = make_runs(window, demo, 2)
    for run in (crashed, working):
        RunState(run).update(status="running", stage="train")  # the state a kill -9 leaves behind
    (working / "run.lock").write_text(str(os.getpid()))  # a live process holds this one
    history = window.history
    history.refresh()
    shown = shown_column(history, "status")
    assert shown == {crashed.name: "interrupted (resume it)", working.name: "running"}
    history.select_run(crashed)
    assert history.buttons["resume"].isEnabled()
    history.select_run(working)
    assert not history.buttons["resume"].isEnabled()


@pytest.fixture
def trashing(monkeypatch, tmp_path) -> list[str]:
    """History moves runs to a trash under tmp_path without asking; the warnings it shows, collected."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(app.history_view, "confirm", lambda *args: True)
    warnings = []
    monkeypatch.setattr(app.history_view.QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    return warnings


def test_history_never_trashes_a_run_another_process_works_on(qtbot, window, demo, trashing):
    warnings = trashing
    (working,) = make_runs(window, demo, 1)
    (working / "run.lock").write_text(str(os.getpid()))  # the CLI or another window runs it
    window.history.refresh()
    window.history.select_run(working)
    assert not window.history.delete_selected()
    assert working.is_dir() and warnings and working.name in warnings[0] and "left alone" in warnings[0]
    (working / "run.lock").unlink()  # that process finished
    assert window.history.delete_selected() and not working.exists()


def test_history_never_trashes_a_folder_outside_the_runs_folder(qtbot, window, demo, tmp_path, trashing):
    warnings = trashing
    (run,) = make_runs(window, demo, 1)
    state = RunState(run)
    elsewhere = tmp_path / "elsewhere" / "training_20200101_000000"
    elsewhere.mkdir(parents=True)
    state.run_dir, state.data["run_id"] = elsewhere, elsewhere.name  # a row pointing outside the runs folder
    TaskStore(window.runs_dir).upsert(state)
    window.history.refresh()
    window.history.select_run(elsewhere)
    assert not window.history.delete_selected()
    assert elsewhere.is_dir() and warnings and "left alone" in warnings[0]


def test_a_runs_message_is_said_in_the_language_in_history_and_when_opened(qtbot, window, demo, tmp_path):
    """state.json keeps a coded message beside the English one; History and the opened run's log say it
    in the user's language. A runs list made before the coded column gets it added."""
    failed, stopped = make_runs(window, demo, 2)
    RunState(failed).update(status="failed", message=coded(
        "no readable training image: see the warnings above", code="no_readable_train_image"))
    RunState(stopped).update(status="pending", message=coded(
        "stopped after {stage}; resume to continue", code="state_stopped_after", stage="dataset"))
    assert json.loads((failed / "state.json").read_text())["message"] == \
        "no readable training image: see the warnings above"  # files and logs stay English
    set_language("zh_TW")
    try:
        window.history.refresh()
        shown = shown_column(window.history, "message")
        window.open_run(failed)
        log = window.progress.log.toPlainText()
    finally:
        set_language("en")
    assert "no readable training image" not in shown[failed.name] and shown[failed.name]
    assert "dataset" in shown[stopped.name] and "resume to continue" not in shown[stopped.name]
    assert shown[failed.name] in log


def test_history_shows_date_and_result_and_sorts_by_them(qtbot, window, demo):
    runs = make_runs(window, demo, 4)
    reports = {runs[0]: {"decision_on_val": {"false_accept_rate": 0.02}, "fit_for_line": False},
               runs[1]: {"decision_on_val": {"false_accept_rate": 0.0}, "fit_for_line": True},
               runs[2]: {"decision_on_val": {"false_accept_rate": 0.125}, "fit_for_line": False}}
    for run, report in reports.items():
        (run / "results").mkdir()
        (run / "results" / "summary_report.json").write_text(json.dumps(report))
    history = window.history
    history.refresh()
    result = shown_column(history, "result")
    assert result == {runs[0].name: "not fit for the line · false accepts 2.0%",
                      runs[1].name: "fit for the line · false accepts 0.0%",
                      runs[2].name: "not fit for the line · false accepts 12.5%", runs[3].name: ""}
    dates = shown_column(history, "created")
    assert all(len(d) == 16 and d[4] == "-" and d[10] == " " for d in dates.values()), dates
    table, column = history.table, app.history_view.COLUMNS.index("result")
    table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    order = [Path(table.item(r, 0).data(Qt.ItemDataRole.UserRole)).name for r in range(table.rowCount())]
    assert order == [runs[1].name, runs[0].name, runs[2].name, runs[3].name], "fit first, no result last"
    history.select_run(runs[2])  # selection follows the run, not the row number
    assert history.selected_run() == runs[2]
    table.sortByColumn(app.history_view.COLUMNS.index("created"), Qt.SortOrder.DescendingOrder)
    assert history.selected_run() == runs[2]
    set_language("zh_TW")
    try:
        qtbot.waitUntil(lambda: "fit for the line" not in shown_column(history, "result")[runs[1].name])
    finally:
        set_language("en")
