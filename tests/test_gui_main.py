"""The main window without training: new-run form, history (open, delete to trash), language
switch, results placeholders, asking before closing while a run is active."""
from __future__ import annotations

import json
import os
from pathlib import Path

import keyring
import pytest
import keyring.backend
import keyring.backends.fail
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from hoam_core.metadata import credentials
from hoam_core.events import Event, coded
from hoam_core.pipeline import RunParams, new_run
from hoam_core.runs import RunState, TaskStore

import app.history_view
import app.training_settings
import app.main
import app.main_window
from app.i18n import set_language
from tests.test_gui_fixtures import demo, gui_settings, window  # noqa: F401 (fixtures)


def test_new_run_form_counts_the_input_folder(qtbot, window, demo):
    form = window.new_run
    assert not form.start_button.isEnabled()
    form.site_edit.setText(demo.site)
    form.line_combo.setCurrentText(demo.line_id)
    form.input_edit.setText(str(demo.input_dir))
    qtbot.waitUntil(lambda: "168" in form.count_label.text(), timeout=10000)
    assert form.counts().ok == 168 and form.counts().ng == 14 and form.counts().unparseable == 1
    assert "names that do not parse: 1" in form.count_label.text()
    assert form.start_button.isEnabled()
    form.input_edit.setText(str(demo.root / "missing"))
    assert not form.start_button.isEnabled(), "a changed folder needs a new count first"
    qtbot.waitUntil(lambda: "does not exist" in form.count_label.text(), timeout=10000)
    assert form.counts() is None and not form.start_button.isEnabled()


def set_setting(form, key: str, text: str) -> None:
    """Type ``text`` into the Value cell of ``key`` in the advanced settings table."""
    table = form.training_settings
    row = [s["key"] for s in table.rows].index(key)
    table.table.item(row, 1).setText(text)


def test_advanced_settings_show_every_key_with_its_default_and_help_and_are_checked_as_you_type(qtbot, window,
                                                                                                demo):
    form = window.new_run
    form.site_edit.setText(demo.site)
    form.line_combo.setCurrentText(demo.line_id)
    form.input_edit.setText(str(demo.input_dir))
    qtbot.waitUntil(lambda: form.start_button.isEnabled(), timeout=10000)
    form.advanced.setChecked(True)
    settings = form.training_settings
    qtbot.waitUntil(lambda: bool(settings.rows), timeout=60000)  # the helper process loads the training config
    shown = {settings.table.item(r, 0).text(): r for r in range(settings.table.rowCount())}
    assert set(shown) == set(app.training_settings.HELP), "every key, each with its help"
    epochs = shown["optim.epochs"]
    assert settings.table.item(epochs, 1).text() == "10", "the cpu profile's value"
    assert settings.table.item(epochs, 2).text() == "a whole number from 1 to 10000"
    assert "passes over the training photos" in settings.table.item(epochs, 3).text()
    assert settings.table.item(shown["trainer.accelerator"], 2).text() == "one of: auto, cpu, gpu"
    assert form.params().train_overrides == {}
    set_setting(form, "optim.epochs", "3")
    qtbot.waitUntil(lambda: "valid" in form.overrides_status.text(), timeout=60000)
    assert form.params().train_overrides == {"optim": {"epochs": 3}} and form.start_button.isEnabled()
    assert settings.table.item(epochs, 1).font().bold(), "a changed value is marked"
    set_setting(form, "data.image_size", "33")
    qtbot.waitUntil(lambda: "multiple of 32" in form.overrides_status.text(), timeout=60000)
    assert not form.start_button.isEnabled()
    assert settings.table.item(shown["data.image_size"], 1).background().color() == app.training_settings.WRONG
    set_setting(form, "data.image_size", "128")  # the profile's value again: no override
    set_language("zh_TW")  # the training config's own checks (in the helper process) in the user's language
    try:
        below = QCoreApplication.translate("messages", "{where}: {value} is below the minimum {lo}")
        set_setting(form, "optim.epochs", "0")
        qtbot.waitUntil(lambda: below.format(where="optim.epochs", value=0, lo=1) in form.overrides_status.text(),
                        timeout=60000)
        assert "below the minimum" not in form.overrides_status.text()
        assert "passes over the training photos" not in settings.table.item(epochs, 3).text()
    finally:
        set_language("en")
    settings.reset()
    qtbot.waitUntil(lambda: "valid" in form.overrides_status.text(), timeout=60000)
    assert form.params().train_overrides == {}
    set_setting(form, "optim.epochs", "4")
    form.advanced.setChecked(False)  # overrides off: nothing to check
    assert form.start_button.isEnabled() and form.params().train_overrides == {}


def test_test_connection_says_what_failed(qtbot, window, demo, tmp_path):
    form = window.new_run
    form.db_combo.setCurrentText(f"sqlite:///{demo.database}")
    qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.test_button.isEnabled(), timeout=10000)
    assert "Connected" in form.connection_label.text()
    form.db_combo.setCurrentText(f"sqlite:///{tmp_path / 'nothing.sqlite'}")
    qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.test_button.isEnabled(), timeout=10000)
    assert "Configuration problem" in form.connection_label.text()
    assert "does not exist" in form.connection_label.text()
    set_language("zh_TW")  # the reason in the user's language too, with the file it names
    try:
        qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: form.test_button.isEnabled(), timeout=10000)
        text = form.connection_label.text()
        assert "does not exist" not in text and str(tmp_path / "nothing.sqlite") in text
    finally:
        set_language("en")


@pytest.mark.postgres
@pytest.mark.sshd
def test_test_connection_through_a_new_jump_host_says_its_key_is_now_trusted(qtbot, window, pg_database, sshd_server,
                                                                               tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # a user who never connected before
    monkeypatch.setenv("HOAM_DB_PASSWORD", pg_database.server.password)
    form = window.new_run
    form.sites = {"PLANT": pg_database.site(ssh=sshd_server.ssh())}
    form.db_combo.setCurrentText("PLANT")
    for first_time in (True, False):
        qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: form.test_button.isEnabled() and "Connecting" not in form.connection_label.text(),
                        timeout=30000)
        text = form.connection_label.text()
        assert text.startswith("Connected;")
        assert ("The SSH jump host" in text) == first_time, text
    assert (tmp_path / "config" / "HOAM Trainer" / "known_hosts").is_file()


def shown_column(history, key: str) -> dict[str, str]:
    """{run folder name: the text History shows in column ``key``}, whatever the order it sorts the rows in."""
    column, table = app.history_view.COLUMNS.index(key), history.table
    return {Path(table.item(r, 0).data(Qt.ItemDataRole.UserRole)).name: table.item(r, column).text()
            for r in range(table.rowCount())}


def make_runs(window, demo, n: int) -> list[Path]:
    params = RunParams(str(demo.input_dir), demo.site, demo.line_id, db=f"sqlite:///{demo.database}")
    runs = [new_run(params, runs_dir=window.runs_dir) for _ in range(n)]
    window.history.refresh()
    return runs


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


def test_the_profile_box_lists_the_profiles_file(qtbot, window):
    combo = window.new_run.profile_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["cpu", "gpu", "demo"]
    assert [combo.itemText(i) for i in (0, 2)] == ["CPU (any computer)", "Demo (small and quick)"]
    assert window.new_run.profile() == "cpu"  # the file's default


def test_a_refused_database_setting_is_said_and_never_stored(qtbot, window, demo, gui_settings, monkeypatch):
    """A URL with a password (or an unknown site) stops Start with a message; the settings keep only what
    started a run, so the password lands in no settings file (QSettings: an .ini here, the registry on Windows)."""
    said = []
    monkeypatch.setattr(app.main_window.QMessageBox, "critical", lambda *args: said.append((args[1], args[2])))
    form = window.new_run
    form.site_edit.setText(demo.site)
    form.line_combo.setCurrentText(demo.line_id)
    form.input_edit.setText(str(demo.input_dir))
    qtbot.waitUntil(form.start_button.isEnabled, timeout=10000)
    for db, expected in (("postgresql://hoam_reader:S3cretPw@127.0.0.1:1/amr", "remove the password"),
                         ("NO_SUCH_SITE", "NO_SUCH_SITE")):
        form.db_combo.setCurrentText(db)
        form.start_button.click()
        title, text = said.pop()
        assert title == "Cannot start the run" and expected in text and "S3cretPw" not in text
        assert window.worker is None and not (window.runs_dir.exists() and any(window.runs_dir.iterdir()))
    assert gui_settings.value("new_run/db") is None
    form.db_combo.setCurrentText(f"sqlite:///{demo.database}")
    form.start_button.click()
    assert not said and window.worker is not None  # a run started: now its settings are kept
    assert gui_settings.value("new_run/db") == f"sqlite:///{demo.database}"
    gui_settings.sync()
    stored = Path(gui_settings.fileName()).read_text(encoding="utf-8")
    assert "new_run" in stored and "S3cretPw" not in stored
    window.worker.cancel()
    qtbot.waitUntil(lambda: window.worker is None, timeout=60000)


def test_the_input_folder_problem_is_said_in_the_language(qtbot, window, demo):
    form = window.new_run
    set_language("zh_TW")
    try:
        form.input_edit.setText(str(demo.root / "missing"))
        qtbot.waitUntil(lambda: str(demo.root / "missing") in form.count_label.text(), timeout=10000)
        text = form.count_label.text()
    finally:
        set_language("en")
    assert "does not exist" not in text and text != ""


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


def demo_rows(demo) -> list[dict]:
    engine = __import__("sqlalchemy").create_engine(f"sqlite:///{demo.database}")
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.exec_driver_sql("SELECT * FROM amr_raw_data")]
    engine.dispose()
    return rows


def connection_answer(qtbot, form) -> str:
    qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.test_button.isEnabled() and "Connecting" not in form.connection_label.text(),
                    timeout=30000)
    return form.connection_label.text()


@pytest.mark.parametrize("engine", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_test_connection_says_what_the_database_knows_of_this_input(qtbot, window, demo, engine, request,
                                                                   monkeypatch):
    """A wrong site or line said "Connected" and the run failed later: now it counts this input's photos there
    and says where they are when none match; the Line drop-down gets the database's lines."""
    form = window.new_run
    if engine == "sqlite":
        form.db_combo.setCurrentText(f"sqlite:///{demo.database}")
    else:
        db = request.getfixturevalue("pg_database")
        db.insert(demo_rows(demo))
        monkeypatch.setenv("HOAM_DB_PASSWORD", db.server.password)
        form.sites = {"PLANT": db.site()}
        form.db_combo.setCurrentText("PLANT")
    form.input_edit.setText(str(demo.input_dir))
    qtbot.waitUntil(lambda: form.counts() is not None, timeout=10000)
    photos = form.counts().ok + form.counts().ng
    form.site_edit.setText(demo.site)
    form.line_combo.setCurrentText(demo.line_id)
    text = connection_answer(qtbot, form)
    known = int(text.split("knows ")[1].split()[0])
    assert f"of the {photos} photos of this input for site {demo.site}, line {demo.line_id}" in text
    assert 0 < known <= photos and ("left out" in text) == (known < photos)
    assert [form.line_combo.itemText(i) for i in range(form.line_combo.count())] == [demo.line_id]
    form.line_combo.setCurrentText("V99")
    text = connection_answer(qtbot, form)
    assert "knows none of the" in text and f"{demo.site} / {demo.line_id} ({known})" in text, text
    assert form.connection_label.styleSheet() == app.new_run_view.ERROR_STYLE
    assert form.line_combo.currentText() == "V99", "what the user typed stays"
    form.site_edit.setText("NOWHERE")
    assert "no photo of this input" not in connection_answer(qtbot, form)  # the photos are there, on another site
    set_language("zh_TW")
    try:
        text = connection_answer(qtbot, form)
    finally:
        set_language("en")
    assert "knows none" not in text and f"{demo.site} / {demo.line_id} ({known})" in text


def test_file_dialogs_start_in_the_last_folder_else_the_pictures(qtbot, window, demo, tmp_path, monkeypatch):
    pictures = tmp_path / "Pictures"
    pictures.mkdir()
    monkeypatch.setattr(app.new_run_view.QStandardPaths, "writableLocation", lambda where: str(pictures))
    asked = []
    monkeypatch.setattr(app.new_run_view.QFileDialog, "getExistingDirectory",
                        lambda parent, title, start: asked.append(start) or str(demo.input_dir))
    monkeypatch.setattr(app.new_run_view.QFileDialog, "getOpenFileName",
                        lambda parent, title, start, filters: asked.append(start) or (str(demo.database), ""))
    form = window.new_run
    form.browse_input()
    assert asked == [str(pictures)] and form.input_edit.text() == str(demo.input_dir)
    form.browse_database()
    assert asked[1] == str(demo.input_dir.parent), "the folder last used"
    assert form.db_combo.currentText() == f"sqlite:///{demo.database.as_posix()}"
    form.browse_input()
    assert asked[2] == str(demo.database.parent)


def test_choosing_the_demo_profile_leaves_the_default_profile_alone(qtbot, window, demo, gui_settings):
    from app.settings_dialog import SettingsDialog

    form = window.new_run
    form.profile_combo.setCurrentIndex(form.profile_combo.findData("demo"))
    run_dir = window.start_run(RunParams(str(demo.input_dir), demo.site, demo.line_id,
                                         db=f"sqlite:///{demo.database}", profile=form.profile()))
    assert run_dir is not None
    window.worker.cancel()
    qtbot.waitUntil(lambda: window.worker is None, timeout=60000)
    dialog = SettingsDialog(gui_settings, {}, window)
    qtbot.addWidget(dialog)
    assert dialog.profile.currentData() == "cpu", "Settings' default is still the file's"
    dialog.profile.setCurrentIndex(dialog.profile.findData("gpu"))  # a default chosen in Settings
    other = app.new_run_view.NewRunView(gui_settings, window.system, {})
    qtbot.addWidget(other)
    assert other.profile() == "gpu"


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
