"""Security: secrets never land in a file or a log, hostile values never build SQL, model files
cannot run code when loaded, and nothing outside the run folder is deleted or overwritten.
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from hoam_core.config import IngestConfig, SystemConfig
from hoam_core.pipeline import RunParams, new_run, run_pipeline
from hoam_core.runs import RunState, create_run_dir

from .aoi_fixtures import aoi_name, tree_digest, write_photo
from .db_services import insert_rows
from .task_harness import (DONE, LINE, REPO, SITE, all_up, base_task, metadata_db, pg_text_db,  # noqa: F401
                           run_task, task)

CONFIGS = REPO / "configs"


def _files_with(root: Path, secret: str) -> list[str]:
    needle = secret.encode()
    return [str(p) for p in root.rglob("*") if p.is_file() and not p.is_symlink() and needle in p.read_bytes()]


@pytest.fixture
def pg_task(tmp_path, pg_database):
    task = base_task(tmp_path / "data")
    engine = pg_database.engine()
    with engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM amr_raw_data"))
        insert_rows(conn, task.rows)
    engine.dispose()
    return task


def _user_dirs(root: Path) -> dict[str, str]:
    """HOME and the XDG folders inside ``root``, so every per-user file the app writes can be searched."""
    home = root / "home"
    return {"HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"), "XDG_STATE_HOME": str(home / "state")}


@pytest.mark.postgres
@pytest.mark.sshd
def test_no_secret_in_any_file_the_app_writes(pg_task, pg_database, sshd_server, tmp_path):
    server = pg_database.server
    password = server.password
    answers = tmp_path / "orientations.yaml"
    answers.write_text("PROD_U1_top: Up\n")
    sites = tmp_path / "database_configs.json"
    sites.write_text(json.dumps({"PLANT": {
        "engine": "postgresql", "host": server.host, "port": server.port, "database": pg_database.name,
        "user": server.user, "ssh": {"host": sshd_server.host, "port": sshd_server.port, "user": sshd_server.user,
                                     "key_file": sshd_server.key_file}}}))
    configs_before = tree_digest(CONFIGS)
    env = {**os.environ, **_user_dirs(tmp_path), "HOAM_DB_PASSWORD": password}
    common = ["--input", str(pg_task.input), "--site", SITE, "--line", LINE, "--orientations", str(answers),
              "--until", "dataset"]
    url = f"postgresql://{server.user}@{server.host}:{server.port}/{pg_database.name}"
    commands = [
        ["run", *common, "--db", url],                                    # default runs folder: per-user data
        ["run", *common, "--db", "PLANT", "--db-config", str(sites), "--out", str(tmp_path / "runs")],  # tunnel
    ]
    said = []
    for args in commands:
        proc = subprocess.run([sys.executable, "-m", "hoam_core.cli", *args], cwd=REPO, env=env, capture_output=True,
                              text=True, timeout=180)
        assert proc.returncode == 0, proc.stderr
        said.append(proc.stdout + proc.stderr)
    wrong = {**env, "HOAM_DB_PASSWORD": "wrong-Secret-4711"}
    proc = subprocess.run([sys.executable, "-m", "hoam_core.cli", "run", *common, "--db", url, "--out",
                           str(tmp_path / "runs")], cwd=REPO, env=wrong, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 1 and "refused the login" in proc.stderr
    said.append(proc.stdout + proc.stderr)
    written = list((tmp_path / "home").rglob("state.json")) + list((tmp_path / "runs").rglob("state.json"))
    assert len(written) == 3, "the runs did not write where expected"
    for secret in (password, "wrong-Secret-4711"):
        assert _files_with(tmp_path, secret) == [], "a password landed in a file"
        assert not any(secret in text for text in said), "a password was printed"
        assert _files_with(CONFIGS, secret) == []
    assert tree_digest(CONFIGS) == configs_before


@pytest.mark.postgres
def test_no_secret_in_the_log(pg_task, pg_database, caplog, monkeypatch):
    server = pg_database.server
    monkeypatch.setenv("HOAM_DB_PASSWORD", server.password)
    caplog.set_level(logging.DEBUG)
    url = f"postgresql://{server.user}@{server.host}:{server.port}/{pg_database.name}"
    assert run_task(pg_task, db=url).error is None
    monkeypatch.setenv("HOAM_DB_PASSWORD", "wrong-Secret-4711")
    assert run_task(pg_task, db=url).error is not None
    assert any("connecting to PostgreSQL server" in r.getMessage() for r in caplog.records)
    for record in caplog.records:
        text = record.getMessage() + repr(record.args) + str(record.exc_info)
        assert server.password not in text and "wrong-Secret-4711" not in text, record


@pytest.mark.postgres
def test_password_in_the_database_url_is_never_written(pg_task, pg_database, tmp_path):
    # refused before new_run() writes anything (state.json would otherwise hold the URL)
    server = pg_database.server
    secret = "Url-Secret-0815"
    url = f"postgresql://{server.user}:{secret}@{server.host}:{server.port}/{pg_database.name}"
    proc = subprocess.run([sys.executable, "-m", "hoam_core.cli", "run", "--input", str(pg_task.input), "--site",
                           SITE, "--line", LINE, "--db", url, "--out", str(tmp_path / "runs")], cwd=REPO,
                          env={**os.environ, **_user_dirs(tmp_path)}, capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0 and "remove the password from the URL" in proc.stderr
    assert secret not in proc.stdout + proc.stderr
    assert _files_with(tmp_path, secret) == [], "the password in the URL landed in a file"


# --------------------------------------------------------------------------- SQL

HOSTILE = "x' OR '1'='1'; DROP TABLE amr_raw_data; --"


@pytest.fixture
def statements():
    """Every SQL statement sent to any database while the test runs, with its parameters."""
    seen: list[tuple[str, object]] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        seen.append((statement, parameters))

    sa.event.listen(sa.engine.Engine, "before_cursor_execute", record)
    yield seen
    sa.event.remove(sa.engine.Engine, "before_cursor_execute", record)


def test_values_reach_the_database_only_as_bound_parameters(task, metadata_db, statements):
    name = f"20250905073442_B1{HOSTILE}_T@U1_2_top.jpg"
    task.add(name, product="P")
    db = metadata_db(task)
    statements.clear()
    hostile_line = f"V31{HOSTILE}"
    result = run_task(task, db=db, line=hostile_line)
    assert "no usable OK image" in str(result.error), "the hostile line id matched rows"
    result = run_task(task, db=db)
    assert result.error is None and result.manifest[f"OK/{name}"].product == "P", "the quoted name was not found"
    lookups = [(s, p) for s, p in statements if "image_path" in s and "WHERE" in s.upper()]
    assert len(lookups) >= 2, "no lookup statement seen"
    for statement, _ in statements:
        assert "DROP TABLE" not in statement.upper() and "'1'='1'" not in statement, statement
    assert any(hostile_line in repr(p) for _, p in lookups), "the hostile line id was not a parameter"
    assert any(name in repr(p) for _, p in lookups), "the hostile file name was not a parameter"


# --------------------------------------------------------------------------- model files

class _RunsCode:
    """Unpickling this runs a shell command (what a malicious model file does)."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch '{self.marker}'",))


def _evil_file(path: Path, marker: Path, payload: dict) -> Path:
    import torch

    torch.save({**payload, "trap": _RunsCode(marker)}, path)
    torch.load(path, weights_only=False)  # proof that the file really runs code when loaded unsafely
    assert marker.exists()
    marker.unlink()
    return path


def test_a_model_bundle_that_runs_code_is_refused(tmp_path):
    from hoam_core.training.bundle import BundleError, read_bundle

    marker = tmp_path / "pwned"
    evil = _evil_file(tmp_path / "best_model.pt", marker, {"format": "hoam-model-bundle", "format_version": 1})
    with pytest.raises(BundleError, match="refused: the file holds Python objects other than weights"):
        read_bundle(evil)
    assert not marker.exists(), "loading the bundle ran code"


def test_backbone_weights_that_run_code_are_refused(tmp_path):
    import torch

    from hoam_core.models.hoam import ModelSpec, WeightsError, build_model

    marker = tmp_path / "pwned"
    evil = _evil_file(tmp_path / "backbone.pth", marker, {"conv_stem.weight": torch.zeros(1)})
    spec = ModelSpec(backbone="tf_efficientnetv2_b0", branch_channels=8, attention_heads=1, embedding_size=2,
                     pretrained=str(evil))
    with pytest.raises(WeightsError, match="cannot read backbone weights"):
        build_model(spec)
    assert not marker.exists(), "loading the backbone weights ran code"


def test_a_checkpoint_that_runs_code_is_refused_on_resume(task, tmp_path):
    from hoam_core.training.config import load_train_config
    from hoam_core.training.fit import train

    result = run_task(task)
    marker = tmp_path / "pwned"
    model_dir = result.run_dir / "model"
    (model_dir / "checkpoints").mkdir(parents=True)
    evil = _evil_file(model_dir / "checkpoints" / "last.ckpt", marker, {"epoch": 1, "state_dict": {}})
    config = load_train_config(profile="cpu", overrides={
        "model": {"branch_channels": 32, "attention_heads": 4, "embedding_size": 16},
        "data": {"image_size": 32, "batch_size": 8, "m_per_class": 2}, "optim": {"epochs": 2}})
    with pytest.raises(Exception) as info:
        train(result.run_dir / "dataset", model_dir, config, resume=True)
    assert not marker.exists(), "resuming from the checkpoint ran code"
    assert evil.is_file() and not (model_dir / "best_model.pt").exists()
    # the refusal names the file and never advises the unsafe weights_only=False
    assert str(evil) in str(info.value) and "weights_only set to False" not in str(info.value), info.value


# --------------------------------------------------------------------------- nothing outside the run folder

@pytest.mark.parametrize("planted", ["raw_data.partial", "raw_data", "manifest.csv.partial", "manifest.csv",
                                     "oriented_data.partial", "oriented_data", "dataset.partial", "dataset"])
def test_planted_links_in_a_run_folder_never_reach_outside(task, planted):
    victim = task.root / "victim"
    write_photo(victim / "precious.jpg")
    (victim / "notes.txt").write_text("do not touch")
    before = tree_digest(victim)
    run_dir = new_run(RunParams(str(task.input), SITE, LINE, db=task.sqlite()), runs_dir=task.runs,
                      system=SystemConfig())
    link = run_dir / planted
    if planted.startswith("manifest"):
        link.symlink_to(victim / "notes.txt")
    else:
        link.symlink_to(victim, target_is_directory=True)
    with contextlib.suppress(OSError):  # refusing to work through the link is fine
        run_pipeline(run_dir, orientation=all_up, until="dataset")
    assert tree_digest(victim) == before, "a file outside the run folder was changed or deleted"
    if link.is_symlink():
        link.unlink()
    run_pipeline(run_dir, orientation=all_up, until="dataset")
    assert RunState(run_dir).stages_done == DONE
    assert tree_digest(victim) == before


def test_run_folders_are_never_reused_or_overwritten(task):
    db = task.sqlite()
    first = new_run(RunParams(str(task.input), SITE, LINE, db=db), runs_dir=task.runs, system=SystemConfig())
    run_pipeline(first, orientation=all_up, until="dataset")
    (task.runs / "my notes.txt").write_text("the engineer's own file")
    (task.runs / "archive").mkdir()
    write_photo(task.runs / "archive" / "old.jpg")
    before = {k: v for k, v in tree_digest(task.runs).items() if k != "runs.sqlite"}
    taken = create_run_dir(task.runs)  # a folder of this very second exists already
    for _ in range(2):
        again = new_run(RunParams(str(task.input), SITE, LINE, db=db), runs_dir=task.runs, system=SystemConfig())
        assert again not in (first, taken)
        run_pipeline(again, orientation=all_up, until="dataset")
    after = tree_digest(task.runs)
    assert {k: v for k, v in after.items() if k in before} == before, "another run's or the user's file changed"
    assert not list(taken.iterdir()), "a folder that was taken got used"


def test_input_hard_links_survive_the_pipeline(task):
    result = run_task(task, system=SystemConfig(ingest=IngestConfig(link_mode="auto")))  # the default copies
    row = result.manifest[f"OK/{aoi_name(0)}"]
    src, dest = task.input / row.source, result.run_dir / row.destination
    assert os.stat(src).st_ino == os.stat(dest).st_ino, "expected a hard link (the cheap path)"
    assert os.stat(src).st_nlink == 2  # run_task checked that the input's bytes did not change
    shutil.rmtree(result.run_dir)  # the user deletes the run folder
    assert src.is_file() and os.stat(src).st_nlink == 1
