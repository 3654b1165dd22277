"""Walk through every screen, sub-tab and dialog of the app on the demo data under X11, and save each in
English and in Traditional Chinese (``NAME.png``, ``NAME_zh_TW.png``).

    .venv/bin/python tools/screenshots.py [--out docs/screenshots] [--epochs 4] [--check DIR]

Starts its own Xvfb when DISPLAY is unset (Debian: ``apt-get install -y xvfb libxcb-icccm4
libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0``, and ``fonts-noto-cjk`` for the Chinese screens),
runs the real xcb platform plugin at the smallest supported window size (1280x720), makes a demo
task, fills the New run form and tests the connection, answers the orientation dialog with the
keyboard, and takes screenshots while the run trains and after it ends. It also writes the Help
guide's pictures (``resources/guide/step{n}[_{language}].png``, every language) and, into ``--check``,
the New run tab, Settings and the orientation dialog in every language, to see that no text is cut off. Prints
the time from the launch of the process to the first window on screen.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCREEN = (1280, 720)  # the smallest supported window
SHOT_LANGUAGES = ("en", "zh_TW")  # NAME.png, NAME_zh_TW.png
GUIDE_WIDTH = 840  # app/guide.py shows them at this width
TRY_PHOTOS = 6  # photos the Try the model screen checks
GUIDE_STEPS = {"new_run": 1, "orientation_dialog": 2, "curves": 3, "results": 4, "try_model": 5}


def seconds_since_process_start() -> float:
    """Wall time since this process was created (Linux /proc), interpreter start-up included."""
    start_ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
    uptime = float(Path("/proc/uptime").read_text().split()[0])
    return uptime - start_ticks / os.sysconf("SC_CLK_TCK")


def start_xvfb() -> subprocess.Popen:
    """A private X server on the first free display number; DISPLAY points at it."""
    if shutil.which("Xvfb") is None:
        sys.exit("Xvfb is missing: apt-get install -y xvfb libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 "
                 "libxkbcommon-x11-0")
    for number in range(90, 110):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            break
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten",
                               "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        if Path(f"/tmp/.X11-unix/X{number}").exists():
            break
        time.sleep(0.05)
    os.environ["DISPLAY"] = f":{number}"
    return server


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--epochs", type=int, default=4, help="training epochs of the demo run")
    parser.add_argument("--check", type=Path, default=Path(tempfile.gettempdir()) / "hoam-screens-check",
                        help="where the every-language shots of New run, Settings and the orientation dialog go")
    args = parser.parse_args()
    server = start_xvfb() if not os.environ.get("DISPLAY") else None
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    try:
        return walk(args.out, args.epochs, args.check)
    finally:
        if server is not None:
            server.terminate()
            server.wait()


def walk(out: Path, epochs: int, check: Path) -> int:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings, Qt, QTimer
    from PySide6.QtGui import QPixmap
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    from app.i18n import LANGUAGES, set_language
    from app.main import APPLICATION, ORGANIZATION, create_window
    from app.qt_binding import guard_singletons
    from app.resources import resources_dir
    from hoam_core.demo import make_demo_task
    from hoam_core.pipeline import RunParams, new_run
    from hoam_core.runs import RunState

    guard_singletons()
    app = QApplication([sys.argv[0]])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    set_language("en")
    work = Path(tempfile.mkdtemp(prefix="hoam-screens-"))
    os.environ.setdefault("HOAM_LOG_DIR", str(work / "logs"))
    window = create_window(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat), runs_dir=work / "runs")
    window.setGeometry(0, 0, *SCREEN)
    window.show()
    wait_until(app, lambda: window.windowHandle() is not None and window.windowHandle().isExposed())
    print(f"time from launch to the first window: {seconds_since_process_start():.2f} s", flush=True)
    out.mkdir(parents=True, exist_ok=True)
    check.mkdir(parents=True, exist_ok=True)
    guide = resources_dir() / "guide"
    guide.mkdir(parents=True, exist_ok=True)

    def settle(ms: int = 300) -> None:
        app.processEvents()
        QTest.qWait(ms)  # let thumbnails, plots and the language change arrive

    def grab() -> QPixmap:
        return app.primaryScreen().grabWindow(0, 0, 0, *SCREEN)

    def save(image: QPixmap, path: Path) -> None:
        image.save(str(path), quality=85 if path.suffix == ".jpg" else -1)
        print(f"saved {path}", flush=True)

    def capture(name: str, code: str, folder: Path = out, keep: bool = True) -> None:
        """The screen as it is now, in language ``code`` (set already): NAME.png or NAME_{code}.png (``keep``);
        and the guide's picture where the screen is one."""
        image = grab()
        if keep:
            save(image, folder / (f"{name}.png" if code == "en" and folder == out else f"{name}_{code}.png"))
        if name in GUIDE_STEPS and folder == out:
            step = GUIDE_STEPS[name]
            save(image.scaledToWidth(GUIDE_WIDTH, Qt.TransformationMode.SmoothTransformation),
                 guide / (f"step{step}.jpg" if code == "en" else f"step{step}_{code}.jpg"))

    def shot(name: str, languages=SHOT_LANGUAGES, folder: Path = out) -> None:
        """The screen as it is now, in each of ``languages`` (then back in English); a guide picture in all."""
        extra = [c for c in LANGUAGES if c not in languages] if name in GUIDE_STEPS and folder == out else []
        for code in [*languages, *extra]:
            set_language(code)
            settle()
            capture(name, code, folder, keep=code not in extra)
        set_language("en")
        settle(100)

    def modal_shot(name: str, open_it, close_it, languages=SHOT_LANGUAGES, folder: Path = out) -> None:
        """A modal box that ``open_it`` shows (and waits on), opened in each language, shot, then ``close_it(box)``:
        a box says what it was made with."""
        for code in languages:
            set_language(code)
            settle(100)

            def when_open(code=code) -> None:
                box = QApplication.activeModalWidget()
                if box is None:
                    QTimer.singleShot(100, when_open)
                    return
                settle()
                capture(name, code, folder)
                close_it(box)

            QTimer.singleShot(300, when_open)
            open_it()
        set_language("en")
        settle(100)

    demo = make_demo_task(work / "demo")
    form = window.new_run
    shot("new_run_empty", LANGUAGES, folder=check)  # the placeholders in every language
    form.input_edit.setText(str(demo.input_dir))
    form.db_combo.setCurrentText(f"sqlite:///{demo.database}")
    form.site_edit.setText(demo.site)
    form.line_combo.setCurrentText(demo.line_id)
    wait_until(app, lambda: form.counts() is not None, 120)
    form.test_button.click()
    wait_until(app, lambda: form.test_button.isEnabled() and "Connecting" not in form.connection_label.text(), 60)
    shot("new_run")
    shot("new_run", [c for c in LANGUAGES if c != "en"], folder=check)
    form.advanced.setChecked(True)
    form.training_settings.set_overrides({"data": {"image_size": 64}, "optim": {"epochs": epochs},
                                          "trainer": {"step_event_interval_s": 0.5}})
    wait_until(app, lambda: form.start_button.isEnabled() and bool(form.training_settings.rows), 180)
    form.training_settings.table.scrollToItem(form.training_settings.table.item(
        [s["key"] for s in form.training_settings.rows].index("optim.epochs"), 1),
        QAbstractItemView.ScrollHint.PositionAtCenter)
    shot("new_run_advanced")

    modal_shot("settings_dialog", window.show_settings, lambda box: box.accept())
    modal_shot("settings_dialog", window.show_settings, lambda box: box.accept(),
               [c for c in LANGUAGES if c != "en"], check)
    window.show_guide()
    window.guide.setGeometry(140, 10, 1000, 700)
    shot("help_guide")
    window.guide.close()

    form.start_button.click()
    wait_until(app, lambda: window.orientation_dialog is not None, 120)
    dialog = window.orientation_dialog
    dialog.setGeometry(150, 0, 980, 700)
    wait_until(app, lambda: QApplication.focusWidget() in dialog.rows)
    keys = {"Up": Qt.Key.Key_Up, "Down": Qt.Key.Key_Down, "Left": Qt.Key.Key_Left, "Right": Qt.Key.Key_Right}
    for row in dialog.rows[:3]:  # a few answered, the rest still open
        QTest.keyClick(QApplication.focusWidget(), keys[demo.orientations[row.cls]])
    shot("orientation_dialog")
    shot("orientation_dialog", [c for c in LANGUAGES if c != "en"], folder=check)
    row = QApplication.focusWidget()
    QTest.keyClick(row, Qt.Key.Key_Space)  # the photos large
    wait_until(app, lambda: row.viewer is not None and row.viewer.isVisible())
    shot("orientation_photo")
    QTest.keyClick(row.viewer, Qt.Key.Key_Escape)
    wait_until(app, lambda: row.viewer is None)
    window.tabs.setCurrentWidget(window.progress)
    dialog.move(700, 330)  # aside: the Progress tab behind it counts the answers
    shot("progress_answering")
    dialog.move(150, 0)
    dialog.activateWindow()
    wait_until(app, lambda: QApplication.focusWidget() in dialog.rows)
    for row in dialog.rows[3:]:
        if row.cls in demo.symmetric:
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_S)
        QTest.keyClick(QApplication.focusWidget(), keys[demo.orientations[row.cls]])
    QTest.keyClick(dialog.ok_button, Qt.Key.Key_Return)

    wait_until(app, lambda: len(window.curves.points("val", "precision_at_1")) >= min(2, epochs), 1800)
    shot("main_window_training")
    window.tabs.setCurrentWidget(window.curves)
    shot("curves")

    modal_shot("cancel_question", window.cancel_run, lambda box: box.reject())  # keep training

    window.tabs.setCurrentWidget(window.progress)
    wait_until(app, lambda: window.worker is None, 3600)
    shot("progress_done")
    window.tabs.setCurrentWidget(window.curves)
    shot("curves_done")
    waiting = new_run(RunParams(str(demo.input_dir), demo.site, demo.line_id, db=f"sqlite:///{demo.database}"),
                      runs_dir=window.runs_dir)
    RunState(waiting).update(status="pending_orientation")
    window.history.refresh()
    window.tabs.setCurrentWidget(window.history)
    shot("history")
    results = window.results
    if results.currentWidget() is results.content:
        window.tabs.setCurrentWidget(results)
        results.filter_cell(0, 0)  # the photos behind a cell of the labels the check gives
        shot("results")
        results.tabs.setCurrentWidget(results.plots)
        shot("results_plots")
        results.plots.enlarge()  # a click on the plot: full size
        results.plots.dialog.setGeometry(190, 20, 900, 680)
        shot("results_plot_large")
        results.plots.dialog.accept()
        results.tabs.setCurrentIndex(2)
        shot("results_left_out")
        results.tabs.setCurrentIndex(0)
    if window.golden.currentWidget() is window.golden.content:
        window.tabs.setCurrentWidget(window.golden)
        shot("golden_samples")
    window.tabs.setCurrentWidget(window.try_model)
    photos = try_photos(demo)
    window.try_model.predict(photos)
    wait_until(app, lambda: len(window.try_model.rows) == len(photos), 300)
    shot("try_model")

    # what the app says at the next start: the crash trace of the last session, then a run that waits
    trace = work / "logs" / "gui-crash-20250905_101500-4242.log"
    trace.parent.mkdir(parents=True, exist_ok=True)
    trace.write_text("Fatal Python error: Segmentation fault\n", encoding="utf-8")
    window.tabs.setCurrentWidget(window.new_run)
    for code in SHOT_LANGUAGES:  # a box says what it was made with: one per language
        set_language(code)
        settle(100)
        window.greet(trace)
        settle()
        capture("start_after_crash", code)
        window.notice.done(0)
        wait_until(app, lambda: window.notice is not None and window.notice.windowTitle() != "")
        settle()
        capture("start_run_waiting", code)
        window.notice.done(0)
        settle(100)
    set_language("en")

    window.close()
    shutil.rmtree(work, ignore_errors=True)
    print(json.dumps({"screens": sorted(p.name for p in out.glob("*.png"))}), flush=True)
    return 0


def try_photos(demo) -> list[Path]:
    """Test photos of the demo for Try the model: good parts facing the right way, turned ones and NG ones."""
    import csv

    with open(demo.truth_csv, newline="", encoding="utf-8") as f:
        truth = list(csv.DictReader(f))
    kinds = {"good": [t for t in truth if t["label"] == t["expected"]],
             "turned": [t for t in truth if t["label"] not in (t["expected"], "NG")],
             "ng": [t for t in truth if t["label"] == "NG"]}
    return [demo.test_dir / t["file"] for picks in kinds.values() for t in picks[:TRY_PHOTOS // len(kinds)]]


def wait_until(app, condition, timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"screen did not get ready within {timeout_s} s")
        app.processEvents()
        time.sleep(0.02)


if __name__ == "__main__":
    sys.exit(main())
