"""The New run page without training: the input folder count, advanced settings, the database
connection test (PostgreSQL, SSH jump host), profiles, file dialogs."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from hoam_core.pipeline import RunParams

import app.training_settings
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
    window.resize(1000, 700)  # the help column is narrower than the longest help: wrapped onto lines, not cut
    long_help, short_help = shown["model.pretrained"], shown["loss.scale"]
    qtbot.waitUntil(lambda: settings.table.rowHeight(long_help) > 1.5 * settings.table.rowHeight(short_help),
                    timeout=5000)
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
