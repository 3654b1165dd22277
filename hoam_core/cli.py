"""The command line: ``hoam-trainer run | resume | demo | train | predict | evaluate | runs``.

Exit codes a script can rely on: 0 done (also a run stopped where --until said), 1 the run failed,
2 bad arguments or config, 3 waiting for orientation answers, 4 trained but not fit for the line (the model
misses its targets on the validation photos), 130 cancelled (Ctrl+C).
"""
from __future__ import annotations

import argparse
import getpass
import logging
import signal
import sys
import time
from pathlib import Path

from . import __version__
from . import config as cfg
from .events import CancelToken, Cancelled, Event, Reporter
from .layout import MODEL, RunLayout
from .logs import logging_sink, setup_logging

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_WAITING, EXIT_NOT_FIT, EXIT_CANCELLED = 0, 1, 2, 3, 4, 130
log = logging.getLogger("hoam.cli")


class TerminalSink:
    """Prints events: a progress bar per stage on a terminal, throttled lines otherwise."""

    def __init__(self, stream=None, interval_s: float = 0.2):
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.interval_s = interval_s if self.tty else 5.0
        self._last = 0.0
        self._bar_open = False

    def _line(self, text: str) -> None:
        if self._bar_open:
            self.stream.write("\n")
            self._bar_open = False
        self.stream.write(text + "\n")
        self.stream.flush()

    def __call__(self, e: Event) -> None:
        if e.kind == "stage":
            self._line(f"[{e.stage}] {e.text}")
        elif e.kind == "message":
            prefix = {"warning": "warning: ", "error": "error: "}.get(e.level, "")
            self._line(f"[{e.stage or 'run'}] {prefix}{e.text}")
        elif e.kind == "progress":
            now = time.monotonic()
            if now - self._last < self.interval_s and (e.fraction or 0) < 1:
                return
            self._last = now
            frac = e.fraction or 0.0
            if self.tty:
                bar = "#" * int(frac * 30)
                self.stream.write(f"\r[{e.stage}] [{bar:<30}] {frac:6.1%} {e.text}   ")
                self._bar_open = frac < 1
                if frac >= 1:
                    self.stream.write("\n")
                self.stream.flush()
            else:
                self._line(f"[{e.stage}] {frac:6.1%} {e.text}")
        elif e.kind == "metrics" and e.stage == "val":
            d = e.data
            self._line(f"[train] epoch {d.get('epoch')}: val precision@1 {d.get('precision_at_1', float('nan')):.4f}, "
                       f"MAP@R {d.get('mean_average_precision_at_r', float('nan')):.4f}, "
                       f"{d.get('epoch_time_s', 0):.0f} s/epoch, ETA {d.get('eta_s', 0):.0f} s")


def _prompt_password(prompt: str) -> str | None:
    """``prompt`` ("Password for USER (SERVICE):") on the terminal; None without one."""
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(f"{prompt} ")


def _reporter() -> Reporter:
    token = CancelToken()

    def on_sigint(signum, frame):
        if token.cancelled:
            raise KeyboardInterrupt
        sys.stderr.write("\nCancelling at the next safe point (Ctrl+C again to abort)...\n")
        token.cancel()

    signal.signal(signal.SIGINT, on_sigint)
    return Reporter(logging_sink(TerminalSink()), token)


def _drive(run_dir: Path, orientation, until: str | None) -> int:
    from .pipeline import RunBusyError, run_pipeline

    try:
        state = run_pipeline(run_dir, orientation=orientation, reporter=_reporter(), until=until,
                             password=_prompt_password)
    except Cancelled:
        print(f"cancelled: {run_dir}", file=sys.stderr)
        return EXIT_CANCELLED
    except RunBusyError as exc:  # the run is fine: another process has it
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:  # noqa: BLE001 - the message is for people; state.json has it too
        log.error("run %s failed", run_dir, exc_info=True)
        print(f"error: {exc}", file=sys.stderr)
        print(f"failed: {run_dir}", file=sys.stderr)
        return EXIT_FAILED
    evaluation = state.data.get("summary", {}).get("evaluate", {})
    not_fit = state.status == "completed" and evaluation.get("fit_for_line") is False
    print(f"{state.status}{' (trained, NOT fit for the line)' if not_fit else ''}: {run_dir}")
    warnings = state.data.get("summary", {}).get("warnings", [])
    if warnings:  # said once more at the end: the first ones scrolled away long ago
        print(f"{len(warnings)} warning(s) in this run (also in state.json and results/summary_report.json):",
              file=sys.stderr)
        for w in warnings:
            print(f"  [{w['stage']}] {w['text']}", file=sys.stderr)
    if state.status == "pending_orientation":
        print(f"answer the orientation of each class, then: hoam-trainer resume {run_dir} --orientations FILE",
              file=sys.stderr)
        return EXIT_WAITING
    if not_fit:
        print("the model misses its targets on the validation photos and would pass wrong parts or flag good ones "
              f"on the line: see {RunLayout(run_dir).summary_report} (fitness) for the classes and what to add",
              file=sys.stderr)
        return EXIT_NOT_FIT
    return EXIT_OK if state.status == "completed" or until else EXIT_WAITING


def _orientation_provider(path: str | None):
    from .data.orientation import YamlOrientationProvider, deferred_provider

    return YamlOrientationProvider(Path(path)) if path else deferred_provider


def cmd_run(args: argparse.Namespace) -> int:
    from .pipeline import RunParams, new_run

    system = cfg.load_system_config(Path(args.config) if args.config else None,
                                    cfg.parse_overrides(args.set or []))
    params = RunParams(input_dir=str(Path(args.input).resolve()), site=args.site, line_id=args.line,
                       db=args.db or "", profile=args.profile or "",
                       train_overrides=cfg.parse_overrides(args.train_set or []),
                       train_config_file=str(Path(args.train_config).resolve()) if args.train_config else "",
                       database_config_file=str(Path(args.db_config).resolve()) if args.db_config else "")
    if args.train_config or args.profile or args.train_set:
        from .training.config import load_train_config  # fail fast on a bad training config

        load_train_config(Path(params.train_config_file) if params.train_config_file else None,
                          profile=params.profile or None, overrides=params.train_overrides)
    run_dir = new_run(params, runs_dir=Path(args.out) if args.out else None, system=system)
    print(f"run folder: {run_dir}", file=sys.stderr)
    return _drive(run_dir, _orientation_provider(args.orientations), args.until)


def cmd_resume(args: argparse.Namespace) -> int:
    run_dir = Path(args.run_dir)
    if not RunLayout(run_dir).state.exists():
        print(f"error: {run_dir} is not a run folder (no state.json)", file=sys.stderr)
        return EXIT_USAGE
    return _drive(run_dir, _orientation_provider(args.orientations), args.until)


def _demo_run(out: Path, seed: int, profile: str, overrides: dict, **task_options) -> tuple[Path, object]:
    """Generate demo data in a fresh folder under ``out`` and create its run: (run folder, answers)."""
    from .demo import make_demo_task
    from .data.orientation import OrientationAnswer, fixed_provider
    from .pipeline import RunParams, new_run
    from .runs import create_run_dir

    data_dir = create_run_dir(out, prefix="demo_input")  # fresh each time: nothing is overwritten
    task = make_demo_task(data_dir, seed=seed, **task_options)
    print(f"demo data: {task.input_dir} (database {task.database})", file=sys.stderr)
    answers = {c: OrientationAnswer(o, c in task.symmetric) for c, o in task.orientations.items()}
    params = RunParams(input_dir=str(task.input_dir), site=task.site, line_id=task.line_id,
                       db=f"sqlite:///{task.database}", profile=profile, train_overrides=overrides)
    run_dir = new_run(params, runs_dir=out / "runs")
    print(f"run folder: {run_dir}", file=sys.stderr)
    return run_dir, fixed_provider(answers)


def cmd_demo(args: argparse.Namespace) -> int:
    run_dir, answers = _demo_run(Path(args.out).resolve(), args.seed, args.profile or "demo",
                                 cfg.parse_overrides(args.train_set or []))
    return _drive(run_dir, answers, args.until)


def self_test() -> int:
    """The whole pipeline on a tiny demo set in a temporary folder: exit 0 only when it trained,
    evaluated and exported (for installers and support). Whether two epochs at 64 px come out fit for the
    line is not its concern (either verdict passes): the self-test proves the program works here, not a model."""
    import tempfile

    from .evaluation.export import CONFIG_FILE, ONNX_FILE

    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="hoam-self-test-") as tmp:
        run_dir, answers = _demo_run(Path(tmp), 0, "demo", {"data": {"image_size": 64}, "optim": {"epochs": 2}},
                                     boards=4)
        rc = _drive(run_dir, answers, None)
        layout = RunLayout(run_dir)
        outputs = (layout.best_model, layout.summary_report, layout.export / ONNX_FILE, layout.export / CONFIG_FILE)
        missing = [p.relative_to(run_dir).as_posix() for p in outputs if not p.is_file()]
    if rc not in (EXIT_OK, EXIT_NOT_FIT) or missing:
        print(f"self-test FAILED (exit {rc}; missing: {', '.join(missing) or 'nothing'})", file=sys.stderr)
        return EXIT_FAILED
    print(f"self-test passed in {time.monotonic() - started:.0f} s: trained, evaluated and exported")
    return EXIT_OK


def _run_reported(work, done: str, out: Path) -> int:
    """Run ``work(reporter)``; exit codes and messages as for a run."""
    try:
        work(_reporter())
    except Cancelled:
        print(f"cancelled: {out}", file=sys.stderr)
        return EXIT_CANCELLED
    except Exception as exc:  # noqa: BLE001 - the message is for people
        log.error("%s failed", done, exc_info=True)
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"{done}: {out}")
    return EXIT_OK


def cmd_train(args: argparse.Namespace) -> int:
    from .training.config import load_train_config
    from .training.fit import train

    config = load_train_config(Path(args.config) if args.config else None, profile=args.profile or None,
                               overrides=cfg.parse_overrides(args.train_set or []))
    out = Path(args.out) if args.out else Path(args.data) / MODEL
    return _run_reported(lambda reporter: train(Path(args.data), out, config, reporter, resume=args.resume),
                         "model", out)


def cmd_predict(args: argparse.Namespace) -> int:
    from .evaluation.predict import predict

    out = Path(args.out)
    return _run_reported(lambda reporter: predict(
        Path(args.model), Path(args.images), out, reporter, db=args.db, site=args.site, line_id=args.line,
        batch_size=args.batch_size, password=_prompt_password), "predictions", out)


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluation.labelled import evaluate_folder
    from .evaluation.predict import module_dir_of

    model = Path(args.model)
    snapshot = RunLayout(model).system_config
    system = cfg.load_system_config(snapshot if snapshot.is_file() else None)
    # beside a module folder (RUN/export, or one copied to the line), never inside what the line loads
    home = model.parent if module_dir_of(model) == model else model
    out = Path(args.out) if args.out else RunLayout(home).results / f"evaluate_{Path(args.data).resolve().name}"
    return _run_reported(lambda reporter: evaluate_folder(
        model, Path(args.data), out, system.evaluation, reporter, db=args.db, site=args.site, line_id=args.line,
        password=_prompt_password), "evaluation", out)


def cmd_runs(args: argparse.Namespace) -> int:
    from .pipeline import shown_status
    from .runs import TaskStore, default_runs_dir

    system = cfg.load_system_config()
    runs_dir = Path(args.out or system.paths.runs_dir or default_runs_dir())
    for r in TaskStore(runs_dir).list():
        print(f"{r['run_id']}  {shown_status(r['status'], r['run_dir']):<20} {r['stage']:<12} {r['run_dir']}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="hoam-trainer", description="Train HOAM polarity/orientation models "
                                 "from AOI component photos.")
    ap.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    ap.add_argument("--self-test", action="store_true", help="run the whole pipeline on a tiny generated set "
                    "in a temporary folder; exit 0 only when it trained, evaluated and exported")
    sub = ap.add_subparsers(dest="command")

    def train_opts(p: argparse.ArgumentParser) -> None:
        p.add_argument("--profile", help="training profile of train_configs.yaml (e.g. cpu, gpu)")
        p.add_argument("--train-set", action="append", metavar="KEY=VALUE",
                       help="override a training setting, e.g. optim.epochs=5 (repeatable)")

    from .pipeline import STAGES

    p = sub.add_parser("run", help="run the whole pipeline on an input folder")
    p.add_argument("--input", required=True, help="folder with OK/ and NG/ sub-folders")
    p.add_argument("--site", required=True, help="plant site in the metadata database (e.g. HPH)")
    p.add_argument("--line", required=True, help="line id (e.g. V31)")
    p.add_argument("--db", help="SQLAlchemy URL (sqlite:///file, postgresql://user@host:port/db) or a site "
                                "of database_configs.json")
    p.add_argument("--db-config", help="database sites JSON (default: database_configs.json of the config "
                                       "folders; see README)")
    p.add_argument("--orientations", help="YAML file 'class: Up|Down|Left|Right|exclude'; without it the run "
                                          "waits for answers (exit 3)")
    p.add_argument("--out", help="folder for run folders (default: the per-user data folder)")
    p.add_argument("--config", help="system config YAML (default: configs.yaml of the config folders)")
    p.add_argument("--set", action="append", metavar="KEY=VALUE", help="override a system setting, "
                   "e.g. dataset.val_fraction=0.25 (repeatable)")
    p.add_argument("--train-config", help="training config YAML (default: train_configs.yaml of the config "
                                          "folders)")
    p.add_argument("--until", choices=STAGES, help="stop after this stage")
    train_opts(p)
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("resume", help="continue a run folder from its last finished stage")
    p.add_argument("run_dir")
    p.add_argument("--orientations", help="answers for a run waiting for orientation")
    p.add_argument("--until", choices=STAGES)
    p.set_defaults(func=cmd_resume)

    p = sub.add_parser("demo", help="generate synthetic AOI data and run the whole pipeline on it")
    p.add_argument("--out", default="demo-output", help="folder for the demo data and run (default: demo-output)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--until", choices=STAGES)
    train_opts(p)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("train", help="train on a folder with train/ and val/ class sub-folders")
    p.add_argument("--data", required=True)
    p.add_argument("--config", help="training config YAML")
    p.add_argument("--out", help="output folder (default: DATA/model)")
    p.add_argument("--resume", action="store_true", help="continue from OUT/checkpoints/last.ckpt")
    train_opts(p)
    p.set_defaults(func=cmd_train)

    def line_opts(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db", help="metadata database (URL or site) to find each photo's product; default: the "
                                    "one the model was trained with")
        p.add_argument("--site", help="site of the photos (default: the model's)")
        p.add_argument("--line", help="line id of the photos (default: the model's)")

    p = sub.add_parser("predict", help="label component photos with a trained model")
    p.add_argument("--model", required=True, help="run folder (or its export/ module folder)")
    p.add_argument("--images", required=True, help="folder of photos (searched recursively) or one photo")
    p.add_argument("--out", default="predictions.csv", help="CSV to write (default: predictions.csv)")
    p.add_argument("--batch-size", type=int, help="photos per batch (default: the system config's)")
    line_opts(p)
    p.set_defaults(func=cmd_predict)

    p = sub.add_parser("evaluate", help="measure a trained model on a labelled folder (Up/Down/Left/Right/NG)")
    p.add_argument("--model", required=True, help="run folder (or its export/ module folder)")
    p.add_argument("--data", required=True, help="folder with sub-folders Up, Down, Left, Right, NG")
    p.add_argument("--out", help="folder for the results (default: RUN/results/evaluate_{data folder name}; for a "
                                 "module folder, results/ beside it)")
    line_opts(p)
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("runs", help="list the runs in a runs folder")
    p.add_argument("--out", help="runs folder (default: the per-user data folder)")
    p.set_defaults(func=cmd_runs)
    return ap


def _config_error(exc: Exception) -> int:
    log.error("config error: %s", exc)
    print(f"config error: {exc}", file=sys.stderr)
    return EXIT_USAGE


def _main(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    if args.self_test:
        return self_test()
    if args.command is None:
        parser.error("a command is needed (or --self-test)")
    try:
        return args.func(args)
    except cfg.ConfigError as exc:
        return _config_error(exc)
    except (ValueError, OSError, RuntimeError) as exc:
        if getattr(exc, "kind", "") == "config":  # a MetadataError about a database setting
            return _config_error(exc)
        log.error("%s failed", args.command, exc_info=True)
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if hasattr(sys.stdout, "reconfigure"):  # a redirected Windows console (cp1252, cp950) cannot encode every path
        sys.stdout.reconfigure(errors="backslashreplace")
    log_file = setup_logging("hoam-trainer")
    # the command only: its arguments may hold a database URL, and URLs are never logged
    log.info("hoam-trainer %s %s", __version__, "--self-test" if args.self_test else args.command)
    try:
        rc = _main(parser, args)
    except Exception:
        log.critical("unexpected error", exc_info=True)
        raise
    log.info("exit %s", rc)
    if rc == EXIT_FAILED and log_file.is_file():
        print(f"details: {log_file}", file=sys.stderr)
    return rc


if __name__ == "__main__":
    sys.exit(main())
