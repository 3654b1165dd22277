#!/usr/bin/env bash
# Build the PyInstaller onedir bundle "dist/HOAM Trainer/" from build_installer.spec and prove
# it works: the built command line's and the built desktop app's --self-test (train, evaluate,
# export), with no display and, where a network namespace can be made (root), no network at
# all. Prints build time, bundle size, self-test times and start-up times; exits non-zero if
# anything fails. The full PyInstaller log is build/pyinstaller.log.
#
# Start-up times, measured without any hook in the product:
#  - "hoam-trainer --version": bootloader, Python and the command line's imports;
#  - "hoam-trainer --help": the same plus the pipeline modules (the parser lists their stages);
#  - the desktop app: from launch until its main window "HOAM Trainer" is mapped on a virtual
#    X display (Xvfb), polled every 50 ms with xwininfo, with fresh settings and data folders
#    and the files in the OS cache (just built); the window loads no torch (the pipeline runs
#    in child processes). Needs Xvfb, x11-utils and Qt's xcb libraries, installed here with
#    apt-get when we are root; without them that figure is not measured.
set -euo pipefail
cd "$(dirname "$0")/.."
DIST="dist/HOAM Trainer"
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

bash scripts/setup.sh
.venv/bin/python -c "import PyInstaller" 2>/dev/null \
    || .venv/bin/pip install -q --disable-pip-version-check -e ".[bundle]"

echo "build_bundle: building $DIST (several minutes)"
mkdir -p build
start=$(now)
if ! .venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build build_installer.spec \
        >build/pyinstaller.log 2>&1; then
    tail -n 40 build/pyinstaller.log
    echo "build_bundle: PyInstaller failed (full log: build/pyinstaller.log)" >&2
    exit 1
fi
build_s=$(since "$start")
size=$(du -sh "$DIST" | cut -f1)

# The self-tests run with no network at all (a new network namespace) where we may make one.
offline=(unshare --net) network="with no network"
"${offline[@]}" true 2>/dev/null || offline=() network="with the network (unshare --net is not permitted here)"
self_test() {  # name, program: run its --self-test with no display, so a window would abort it
    local t0 rc=0
    t0=$(now)
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "${offline[@]}" "$2" --self-test || rc=$?
    if [ "$rc" != 0 ]; then
        echo "build_bundle: the built $1's --self-test FAILED (exit $rc)" >&2
        exit 1
    fi
    last_s=$(since "$t0")
    echo "build_bundle: $1 --self-test passed in ${last_s} s"
}
self_test "command line" "$DIST/hoam-trainer"; cli_s=$last_s
self_test "desktop app" "$DIST/HOAM Trainer"; gui_s=$last_s

t0=$(now); "$DIST/hoam-trainer" --version >/dev/null; version_s=$(since "$t0")
t0=$(now); "$DIST/hoam-trainer" --help >/dev/null; help_s=$(since "$t0")

window_shown() {  # a window named "HOAM Trainer" is mapped (Qt also makes an unmapped 1x1 one)
    local id
    for id in $(xwininfo -root -tree 2>/dev/null | awk '/"HOAM Trainer":/ { print $1 }'); do
        xwininfo -id "$id" 2>/dev/null | grep -q IsViewable && return 0
    done
    return 1
}
gui_start() {  # seconds from launching the desktop app until its main window is mapped
    local tmp xvfb gui t0 shown=""
    tmp=$(mktemp -d)
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$tmp/display" >/dev/null 2>"$tmp/xvfb.log" &
    xvfb=$!
    for _ in $(seq 100); do [ -s "$tmp/display" ] && break; sleep 0.1; done
    export DISPLAY=":$(cat "$tmp/display")"
    t0=$(now)
    env -u QT_QPA_PLATFORM LC_ALL=C.UTF-8 XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" \
        XDG_STATE_HOME="$tmp/state" XDG_CACHE_HOME="$tmp/cache" "$DIST/HOAM Trainer" >"$tmp/gui.log" 2>&1 &
    gui=$!
    for _ in $(seq 2400); do  # 120 s at most
        if window_shown; then shown=$(since "$t0"); break; fi
        kill -0 "$gui" 2>/dev/null || break
        sleep 0.05
    done
    kill "$gui" 2>/dev/null || true
    wait "$gui" 2>/dev/null || true
    kill "$xvfb"
    wait "$xvfb" 2>/dev/null || true
    if [ -z "$shown" ]; then
        cat "$tmp/gui.log" >&2
        echo "build_bundle: the built desktop app showed no window (its output is above)" >&2
        rm -rf "$tmp"
        return 1
    fi
    rm -rf "$tmp"
    echo "$shown"
}
x_ready() {  # Xvfb, xwininfo and the libraries Qt's xcb plugin needs beyond setup.sh's
    command -v Xvfb >/dev/null && command -v xwininfo >/dev/null || return 1
    local lib
    for lib in libxcb-icccm.so.4 libxcb-keysyms.so.1 libxcb-cursor.so.0 libxkbcommon-x11.so.0; do
        ldconfig -p | grep -q "$lib" || return 1
    done
}
if ! x_ready; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "build_bundle: installing Xvfb and Qt's xcb libraries to measure the desktop app's start"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb x11-utils libxcb-icccm4 libxcb-keysyms1 \
            libxcb-cursor0 libxkbcommon-x11-0 >/dev/null
    fi
fi
checks=2  # the two self-tests; the desktop app's window is the third where it can be measured
if x_ready; then
    gui_first=$(gui_start)
    gui_second=$(gui_start)
    gui_line="desktop app main window shown after ${gui_first} s (first launch), ${gui_second} s (second)"
    checks=3
else
    gui_line="desktop app start not measured (needs root to apt-get install xvfb x11-utils and Qt's xcb libraries)"
fi

cat <<EOF
build_bundle: OK
  build time          ${build_s} s
  bundle size         ${size}  ($DIST)
  --self-test         ${cli_s} s (hoam-trainer), ${gui_s} s (HOAM Trainer), ${network}
  hoam-trainer --version ${version_s} s, --help ${help_s} s
  ${gui_line}
EOF
echo "build_bundle: $checks passed, 0 failed"
