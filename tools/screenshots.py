"""Walk through the app's main screens on the demo data under X11 and save a PNG of each.

    .venv/bin/python tools/screenshots.py [--out docs/screenshots] [--epochs 4]

Starts its own Xvfb when DISPLAY is unset (Debian: ``apt-get install -y xvfb libxcb-icccm4
libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0``), runs the real xcb platform plugin, makes
a demo task, fills the New run form, answers the orientation dialog with the keyboard, and
takes screenshots of the screen while the run trains and after it ends. Prints the time from
the launch of the process to the first window on screen.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCREEN = (1280, 860)


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
    args = parser.parse_args()
    server = start_xvfb() if not os.environ.get("DISPLAY") else None
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    try:
        return walk(args.out, args.epochs)
    finally:
        if server is not None:
            server.terminate()
            server.wait()


def walk(out: Path, epochs: int) -> int:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.i18n import set_language
    from app.main import APPLICATION, ORGANIZATION, create_window

    app = QApplication([sys.argv[0]])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    set_language("en")
    work = Path(tempfile.mkdtemp(prefix="hoam-screens-"))
    window = create_window(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat), runs_dir=work / "runs")
    window.setGeometry(0, 0, *SCREEN)
    window.show()
    wait_until(app, lambda: window.windowHandle() is not None and window.windowHandle().isExposed())
    print(f"time from launch to the first window: {seconds_since_process_start():.2f} s", flush=True)

    out.mkdir(parents=True, exist_ok=True)

    def shot(name: str, widget=None) -> None:
        app.processEvents()
        QTest.qWait(300)  # let thumbnails and plots arrive
        image = (widget.grab() if widget is not None
                 else app.primaryScreen().grabWindow(0, 0, 0, *SCREEN))
        image.save(str(out / f"{name}.png"))
        print(f"saved {out / f'{name}.png'}", flush=True)

    from hoam_core.demo import make_demo_task

    demo = make_demo_task(work / "demo")
    form = window.new_run
    form.input_edit.setText(str(demo.input_dir))
    form.db_combo.setCurrentText(f"sqlite:///{demo.database}")
    form.site_edit.setText(demo.site)
    form.line_combo.setCurrentText(demo.line_id)
    form.advanced.setChecked(True)
    form.training_settings.set_overrides({"data": {"image_size": 64}, "optim": {"epochs": epochs},
                                          "trainer": {"step_event_interval_s": 0.5}})
    wait_until(app, lambda: form.start_button.isEnabled() and form.counts() is not None, 120)
    shot("new_run")

    form.start_button.click()
    wait_until(app, lambda: window.orientation_dialog is not None, 120)
    dialog = window.orientation_dialog
    dialog.move(120, 60)
    wait_until(app, lambda: QApplication.focusWidget() in dialog.rows)
    keys = {"Up": Qt.Key.Key_Up, "Down": Qt.Key.Key_Down, "Left": Qt.Key.Key_Left, "Right": Qt.Key.Key_Right}
    for row in dialog.rows[:3]:  # a few answered, the rest still open
        QTest.keyClick(QApplication.focusWidget(), keys[demo.orientations[row.cls]])
    shot("orientation_dialog")
    for row in dialog.rows[3:]:
        if row.cls in demo.symmetric:
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_S)
        QTest.keyClick(QApplication.focusWidget(), keys[demo.orientations[row.cls]])
    QTest.keyClick(dialog.ok_button, Qt.Key.Key_Return)

    wait_until(app, lambda: len(window.curves.points("val", "precision_at_1")) >= min(2, epochs), 1800)
    shot("main_window_training")
    window.tabs.setCurrentWidget(window.curves)
    shot("curves")
    window.tabs.setCurrentWidget(window.progress)
    wait_until(app, lambda: window.worker is None, 3600)
    window.tabs.setCurrentWidget(window.history)
    shot("history")
    for page, name in ((window.results, "results"), (window.golden, "golden_samples")):
        if page.currentWidget() is page.content:
            window.tabs.setCurrentWidget(page)
            shot(name)
    window.close()
    shutil.rmtree(work, ignore_errors=True)
    return 0


def wait_until(app, condition, timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"screen did not get ready within {timeout_s} s")
        app.processEvents()
        time.sleep(0.02)


if __name__ == "__main__":
    sys.exit(main())
