"""The main window without training: language switch, the log, asking before closing or cancelling while a
run is active, settings and the keyring, crashes, the progress tab, help, texts that fit."""
from __future__ import annotations

import json
from pathlib import Path

import keyring
import pytest
import keyring.backend
import keyring.backends.fail
from PySide6.QtCore import Qt, QTranslator

from hoam_core.metadata import credentials
from hoam_core.events import Event, coded
from hoam_core.pipeline import RunParams
from hoam_core.runs import RunState

import app.main
import app.main_window
from app.i18n import set_language
from tests.test_gui_fixtures import demo, gui_settings, make_runs, window  # noqa: F401 (fixtures)


def test_language_switch_changes_visible_texts(qtbot, window):
    texts = lambda: [window.tabs.tabText(i) for i in range(window.tabs.count())]  # noqa: E731
    english = texts()
    assert english[0] == "New run"
    for code, new_run_title in (("zh_TW", "新訓練"), ("zh_CN", "新训练"), ("vi", "Lượt huấn luyện mới")):
        set_language(code)
        qtbot.waitUntil(lambda: texts()[0] == new_run_title)  # Qt posts the LanguageChange events
        assert window.new_run.start_button.text() != "Start run"
        assert window.progress.cancel_button.text() != "Cancel run"
    set_language("en")
    qtbot.waitUntil(lambda: texts() == english)


def test_the_log_shows_core_messages_in_the_users_language(qtbot, window):
    from hoam_core.data.ingest import warn_if_ng_days_apart
    from hoam_core.events import ListSink, Reporter

    sink = ListSink()
    warn_if_ng_days_apart({"20250905"}, ["20250912"] * 3 + ["20250905"], Reporter(sink))  # as the ingest says it
    [coded] = sink.events
    plain = Event("message", stage="ingest", text="Ingest: 8 OK images")  # no template: stays English
    try:
        set_language("vi")
        window.progress.add_events([coded, plain])
        log = window.progress.log.toPlainText()
        assert ("3 trong 4 ảnh NG được chụp vào những ngày không có ảnh OK nào (NG: 2025-09-05 to 2025-09-12; OK: "
                "2025-09-05)") in log
        assert "Ingest: 8 OK images" in log
    finally:
        set_language("en")


def test_closing_while_a_run_waits_for_answers_asks_first(qtbot, window, demo, monkeypatch):
    asked = []
    monkeypatch.setattr(app.main_window, "confirm", lambda *args: asked.append(args[1]) or False)
    run_dir = window.start_run(RunParams(str(demo.input_dir), demo.site, demo.line_id,
                                         db=f"sqlite:///{demo.database}"))
    qtbot.waitUntil(lambda: window.orientation_dialog is not None, timeout=30000)
    window.orientation_dialog.reject()  # answer later: the run waits on disk
    qtbot.waitUntil(lambda: window.worker is None, timeout=30000)
    assert RunState(run_dir).status == "pending_orientation"
    draft_free = window.settings.value(f"orientation_drafts/{run_dir.name}")
    assert draft_free is None, "nothing was answered, so no draft is kept"

    window.resume_run(run_dir)  # the dialog comes back; now the user tries to close the window
    qtbot.waitUntil(lambda: window.orientation_dialog is not None, timeout=30000)
    window.orientation_dialog.rows[0].buttons["Up"].click()
    window.close()
    assert asked, "closing while a run is active must ask"
    assert window.isVisible() and window.worker is not None, "the user said no: keep running"
    monkeypatch.setattr(app.main_window, "confirm", lambda *args: True)
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30000)
    assert RunState(run_dir).status == "cancelled"
    draft = json.loads(window.settings.value(f"orientation_drafts/{run_dir.name}"))
    assert list(draft.values()) == [{"orientation": "Up", "symmetric_180": False}]


def test_every_visible_string_is_translated(tmp_path):
    """lupdate on app/ and the core's message templates finds no string that a shipped .ts file lacks or
    leaves unfinished."""
    import subprocess
    import sys
    import xml.etree.ElementTree as ET

    from app.resources import translations_dir

    from tools.translations import lupdate_sources

    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = [str(p) for p in lupdate_sources(tmp_path)]  # the GUI's and the core's texts
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), *sources, "-locations", "none", "-ts", str(fresh)], check=True, capture_output=True)
    wanted = {(c.findtext("name"), m.findtext("source")) for c in ET.parse(fresh).getroot()
              for m in c.iter("message")}
    assert len(wanted) > 100 and ("messages", "Predicting {total} photos") in wanted
    for code in ("zh_TW", "zh_CN", "vi"):
        ts = translations_dir() / f"hoam_{code}.ts"
        done = {(c.findtext("name"), m.findtext("source")) for c in ET.parse(ts).getroot() for m in c.iter("message")
                if m.findtext("translation") and m.find("translation").get("type") is None}
        assert wanted <= done, f"{ts.name} lacks {sorted(wanted - done)[:5]}"
        compiled = QTranslator()
        assert compiled.load(str(ts.with_suffix(".qm")))
        stale = [s for c, s in wanted if not compiled.translate(c, s)]
        assert not stale, f"{ts.with_suffix('.qm').name} is not compiled from {ts.name} (run lrelease): {stale[:5]}"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring backend in memory (the test machine has no OS keyring)."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.items = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


def test_settings_store_passwords_in_the_keyring_and_switch_language(qtbot, window, gui_settings, tmp_path):
    from app.settings_dialog import SettingsDialog
    from hoam_core.config import load_database_configs

    sites = load_database_configs()
    dialog = SettingsDialog(gui_settings, sites, window)
    qtbot.addWidget(dialog)
    kinds = [(kind, name) for kind, name, _, _ in dialog.entries]
    assert ("db", "HPH") in kinds and ("ssh", "HPH") in kinds and all(name != "embedded" for _, name in kinds)
    index = kinds.index(("db", "HPH"))
    _, _, service, user = dialog.entries[index]
    label, edit, save, forget, status = dialog.entry_widgets[index]

    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        edit.setText("s3cret")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert memory.items == {(service, user): "s3cret"} and edit.text() == ""
        assert "Stored" in status.text()
        qtbot.mouseClick(forget, Qt.MouseButton.LeftButton)
        assert memory.items == {}
        keyring.set_keyring(keyring.backends.fail.Keyring())
        edit.setText("s3cret")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert "no OS keyring" in status.text()
        set_language("zh_TW")  # said in the user's language, with the variables it names
        try:
            edit.setText("s3cret")
            qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
            assert "no OS keyring" not in status.text() and credentials.DB_PASSWORD_ENV in status.text()
        finally:
            set_language("en")
    finally:
        keyring.set_keyring(previous)

    dialog.language.setCurrentIndex(dialog.language.findData("vi"))
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Lượt huấn luyện mới")
    assert dialog.windowTitle() == "Cài đặt"
    assert gui_settings.value("language") == "vi"
    gui_settings.sync()
    assert "s3cret" not in (tmp_path / "settings.ini").read_text(encoding="utf-8")


def test_a_run_that_ends_while_cancel_or_close_is_asked_is_not_stopped_twice(qtbot, window, demo, monkeypatch):
    run_dir = window.start_run(RunParams(str(demo.input_dir), demo.site, demo.line_id,
                                         db=f"sqlite:///{demo.database}"))

    def run_ends_meanwhile(*args):  # the question is open while the run stops on its own (answers postponed)
        window.orientation_dialog.reject()
        qtbot.waitUntil(lambda: window.worker is None, timeout=30000)
        return True

    monkeypatch.setattr(app.main_window, "confirm", run_ends_meanwhile)
    qtbot.waitUntil(lambda: window.orientation_dialog is not None, timeout=30000)
    window.cancel_run()  # must not fail on the run that is gone
    assert "Stopping" not in window.statusBar().currentMessage() and run_dir.name in window.statusBar().currentMessage()
    window.resume_run(run_dir)
    qtbot.waitUntil(lambda: window.orientation_dialog is not None, timeout=30000)
    window.close()  # "Stop and close" said while the run ended: the window closes
    assert not window.isVisible() and RunState(run_dir).status == "pending_orientation"


def test_the_password_prompt_is_said_in_the_language(qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from app.dialogs import ask_password
    from hoam_core.events import coded

    shown = []
    monkeypatch.setattr(QInputDialog, "exec", lambda self: shown.append(self.labelText()) or 0)  # cancelled
    prompt = coded("Password for {user} ({service}):", code="password_prompt", user="reader", service="hoam/HPH")
    set_language("zh_TW")
    try:
        assert ask_password(None, prompt) is None
    finally:
        set_language("en")
    assert "reader" in shown[0] and "hoam/HPH" in shown[0] and "Password for" not in shown[0]


def test_an_exception_no_code_caught_is_logged_and_said_once(qtbot, tmp_path, monkeypatch, caplog):
    """A windowed app has no console: sys.excepthook logs it and shows one box (a second error while it is open
    is only logged)."""
    from app.main import report_unexpected

    hook = report_unexpected(tmp_path / "gui.log")
    shown = []

    def box(parent, title, text):
        shown.append((title, text))
        try:
            raise RuntimeError("a second one")
        except RuntimeError as exc:
            hook(RuntimeError, exc, exc.__traceback__)

    monkeypatch.setattr(app.main.QMessageBox, "critical", box)
    try:
        raise ValueError(coded("cannot lock {folder}", code="run_lock_failed", folder="RUN"))
    except ValueError as exc:
        hook(ValueError, exc, exc.__traceback__)
    assert shown == [("Unexpected error", f"cannot lock RUN\n\nThe details are in {tmp_path / 'gui.log'}.")]
    logged = [r for r in caplog.records if r.name == "hoam.gui" and r.exc_info]
    assert [r.exc_info[0] for r in logged] == [ValueError, RuntimeError]


def test_the_start_says_the_last_crash_and_offers_the_run_that_waits(qtbot, window, demo, tmp_path, monkeypatch):
    window.greet(None)
    assert window.notice is None, "nothing to say: no box"
    trace = tmp_path / "logs" / "gui-crash-20250101_120000-42.log"
    trace.parent.mkdir()
    trace.write_text("Fatal Python error: Segmentation fault\n", encoding="utf-8")
    (run_dir,) = make_runs(window, demo, 1)
    RunState(run_dir).update(status="pending_orientation")
    opened = []
    monkeypatch.setattr(app.main_window.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    window.greet(trace)
    crash = window.notice
    assert crash.isVisible() and "ended in a crash" in crash.windowTitle() and str(trace) in crash.text()
    next(b for b in crash.buttons() if b.text() == "Open the log folder").click()
    assert opened == [str(trace.parent)]
    qtbot.waitUntil(lambda: window.notice is not None and window.notice is not crash)  # then the run that waits
    offer = window.notice
    assert run_dir.name in offer.text() and offer.isVisible()
    next(b for b in offer.buttons() if b.text() == "Answer now").click()
    qtbot.waitUntil(lambda: window.orientation_dialog is not None, timeout=30000)
    assert window.worker.run_dir == run_dir
    window.orientation_dialog.reject()
    qtbot.waitUntil(lambda: window.worker is None, timeout=30000)
    assert RunState(run_dir).status == "pending_orientation"


def test_the_progress_tab_counts_answers_says_waiting_once_and_keeps_one_language(qtbot, window, demo, monkeypatch):
    monkeypatch.setattr(app.main_window, "STATUS_MS", 300)
    params = RunParams(str(demo.input_dir), demo.site, demo.line_id, db=f"sqlite:///{demo.database}")
    first = window.start_run(params)
    qtbot.waitUntil(lambda: window.orientation_dialog is not None, timeout=30000)
    dialog = window.orientation_dialog
    bar = window.progress.stage_rows["orientation"][1]
    total = len(dialog.rows)
    assert bar.text() == f"0 of {total} classes answered"
    for row in dialog.rows[:2]:
        row.buttons["Up"].click()
    assert bar.text() == f"2 of {total} classes answered" and bar.value() == round(2000 / total)
    dialog.reject()
    qtbot.waitUntil(lambda: window.worker is None, timeout=30000)
    log = window.progress.log.toPlainText()
    assert log.count("waiting for orientation answers") == 1, log
    assert first.name in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "", timeout=5000)  # not kept stale

    set_language("zh_TW")  # the whole pane changes language, the lines said before included
    try:
        qtbot.waitUntil(lambda: "Started" not in window.progress.log.toPlainText())
        assert "waiting for orientation answers" not in window.progress.log.toPlainText()
        assert first.name in window.progress.log.toPlainText()
    finally:
        set_language("en")
    second = window.start_run(params)  # another run: a log of its own
    qtbot.waitUntil(lambda: window.orientation_dialog is not None, timeout=30000)
    log = window.progress.log.toPlainText()
    assert second.name in log and first.name not in log
    window.orientation_dialog.reject()
    qtbot.waitUntil(lambda: window.worker is None, timeout=30000)
    assert second.name in window.statusBar().currentMessage()
    window.open_run(first)  # opening another run clears what the status bar said
    assert window.statusBar().currentMessage() == ""


def test_the_cancel_question_says_stop_or_keep_training(qtbot, window, demo, monkeypatch):
    asked = []
    monkeypatch.setattr(app.main_window, "confirm", lambda *args: asked.append(args[1:]) or False)
    window.start_run(RunParams(str(demo.input_dir), demo.site, demo.line_id, db=f"sqlite:///{demo.database}"))
    qtbot.waitUntil(lambda: window.orientation_dialog is not None, timeout=30000)
    window.cancel_run()
    (title, text, yes, no), = asked
    assert (title, yes, no) == ("Stop training?", "Stop training", "Keep training")
    assert window.worker is not None, "kept training"
    window.orientation_dialog.reject()
    qtbot.waitUntil(lambda: window.worker is None, timeout=30000)


def test_help_has_a_guide_of_five_steps_with_a_picture_each_and_the_log_folder(qtbot, window, monkeypatch):
    import app.guide
    from hoam_core.logs import default_log_dir

    opened = []
    monkeypatch.setattr(app.guide.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    assert window.guide_action in window.help_menu.actions() and window.logs_action in window.help_menu.actions()
    window.guide_action.trigger()
    guide = window.guide
    assert guide.isVisible() and guide.pages.count() == 5
    assert [guide.pages.tabText(i) for i in range(5)][0] == "1. New run"
    for picture, text in guide.steps:
        assert picture.pixmap().width() == app.guide.PICTURE_WIDTH and len(text.text()) > 80
    assert str(default_log_dir()) in guide.logs.text()
    guide.logs_button.click()
    window.logs_action.trigger()
    assert opened == [str(default_log_dir())] * 2
    set_language("zh_TW")
    try:
        qtbot.waitUntil(lambda: guide.pages.tabText(0) != "1. New run")
        assert app.guide.guide_picture(1, "zh_TW").name == "step1_zh_TW.jpg"
    finally:
        set_language("en")


@pytest.mark.parametrize("language", ["en", "zh_TW", "zh_CN", "vi"])
def test_every_placeholder_and_button_text_fits_at_1280x720(qtbot, window, gui_settings, language):
    """The Vietnamese placeholder text was cut off: at the smallest supported window every line edit's
    placeholder and every button's text fit, in every language (the main window and Settings)."""
    from PySide6.QtWidgets import QAbstractButton, QLineEdit

    from app.settings_dialog import SettingsDialog
    from hoam_core.config import load_database_configs

    window.resize(1280, 720)
    set_language(language)
    try:
        dialog = SettingsDialog(gui_settings, load_database_configs(), window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(50)
        cut = []
        for top in (window, dialog):
            for edit in top.findChildren(QLineEdit):
                text = edit.placeholderText()
                room = edit.width() - 12  # the frame and text margins
                if text and edit.isVisible() and edit.fontMetrics().horizontalAdvance(text) > room:
                    cut.append(text)
            for button in top.findChildren(QAbstractButton):
                if button.isVisible() and button.text() and button.sizeHint().width() > button.width() + 1:
                    cut.append(button.text())
        assert not cut, f"{language}: cut off: {cut}"
    finally:
        set_language("en")
