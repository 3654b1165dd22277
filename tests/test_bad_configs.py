"""Bad settings (system config, overrides, database sites, training settings) and datasets they cannot make:
refused with the file and key named, before a run starts where they can be.

One kind of bad input a case, beside the small good task of tests/task_harness.py, which says what each checks.
"""
from __future__ import annotations

import json
import re
import shutil

import pytest
import yaml

from hoam_core.cli import main
from hoam_core.config import TRAIN_CONFIG_FILE, ConfigError, SystemConfig, config_file, load_system_config
from hoam_core.data.orientation import OrientationAnswer
from hoam_core.pipeline import RunParams, new_run, run_pipeline
from hoam_core.runs import RunState

from .aoi_fixtures import aoi_name
from .task_harness import DONE, LINE, SITE, Task, all_up, assert_went_on, run_task
from .task_harness import task  # noqa: F401 - fixtures


def _cli_run(capsys, task: Task, *args: str) -> tuple[int, str]:
    """``hoam-trainer run`` on ``task`` in this process, with ``args`` added: (exit code, what it printed)."""
    rc = main(["run", "--input", str(task.input), "--site", SITE, "--line", LINE, "--out", str(task.runs), *args])
    out = capsys.readouterr()
    return rc, out.out + out.err


SYSTEM_CONFIGS = {
    "unknown-key": ({"dataset": {"val_fractoin": 0.2}}, "dataset: unknown key(s) val_fractoin; allowed: val_fraction"),
    "unknown-section": ({"trainig": {}}, "configs.yaml: unknown key(s) trainig"),
    "dotted-key": ({"dataset.val_fraction": 0.2}, "nest dotted keys (optim: {epochs: 5}, not optim.epochs: 5)"),
    "text-for-number": ({"dataset": {"val_fraction": "a lot"}}, "dataset.val_fraction: expected a number"),
    "bool-for-number": ({"dataset": {"val_fraction": True}}, "dataset.val_fraction: expected a number"),
    "float-for-int": ({"database": {"chunk_size": 2.5}}, "database.chunk_size: expected a whole number"),
    "number-for-text": ({"paths": {"runs_dir": 5}}, "paths.runs_dir: expected text"),
    "text-for-bool": ({"ingest": {"verify_images": "yes"}}, "ingest.verify_images: expected true or false"),
    "above-max": ({"dataset": {"val_fraction": 1.5}}, "dataset.val_fraction: 1.5 is above the maximum 0.9"),
    "below-min": ({"database": {"chunk_size": 0}}, "database.chunk_size: 0 is below the minimum 1"),
    "negative": ({"evaluation": {"max_far": -0.1}}, "evaluation.max_far: -0.1 is below the minimum 0.0"),
    "too-many-days": ({"database": {"day_tolerance": 30}}, "database.day_tolerance: 30 is above the maximum 7"),
    "bad-choice": ({"ingest": {"link_mode": "symlink"}}, "use one of: auto, copy, hardlink"),
    "section-not-mapping": ({"database": 5}, "database: expected a section"),
    "null-section": ({"database": None}, "database: expected a section"),
    "list-top-level": ([1, 2], "expected a mapping of keys to values at the top level"),
    "invalid-yaml": ("dataset: [0.2\n", "not valid YAML"),
}


@pytest.mark.parametrize("kind", SYSTEM_CONFIGS)
def test_bad_system_config_names_file_and_key(task, capsys, kind):
    data, expected = SYSTEM_CONFIGS[kind]
    path = task.root / "configs.yaml"
    path.write_text(data if isinstance(data, str) else yaml.safe_dump(data))
    rc, said = _cli_run(capsys, task, "--db", task.sqlite(), "--config", str(path))
    assert rc == 2 and str(path) in said and expected in said, said
    assert not task.runs.exists(), "a bad config must not start a run"


@pytest.mark.parametrize("override,expected", [
    ("dataset.val_fraction=2", "dataset.val_fraction: 2.0 is above the maximum 0.9"),
    ("dataset.seed=abc", "dataset.seed: expected a whole number"),
    ("nonsense", "expected section.key=value"),
    ("database.chunk_size=-5", "below the minimum 1"),
])
def test_bad_overrides_are_refused(task, capsys, override, expected):
    rc, said = _cli_run(capsys, task, "--db", task.sqlite(), "--set", override)
    assert rc == 2 and expected in said, said
    assert not task.runs.exists()


def test_bad_override_is_not_blamed_on_the_config_file(task, capsys):
    rc, said = _cli_run(capsys, task, "--db", task.sqlite(), "--set", "dataset.val_fraction=2")
    assert rc == 2 and "dataset.val_fraction" in said
    assert "override" in said, f"the message does not say the bad value came from --set: {said}"


PG = {"engine": "postgresql", "host": "127.0.0.1", "database": "amr", "user": "reader"}
DATABASE_CONFIGS = {
    "unknown-key": ({"S": {"engine": "sqlite", "path": "m.sqlite", "colour": 1}}, "S: unknown key(s) colour"),
    "port-text": ({"S": {**PG, "port": "5432x"}}, "S.port: expected a whole number"),
    "port-range": ({"S": {**PG, "port": 70000}}, "S.port: 70000 is above the maximum 65535"),
    "engine": ({"S": {"engine": "oracle"}}, "S.engine: 'oracle' is not allowed; use one of: sqlite, postgresql"),
    "missing": ({"S": {"engine": "postgresql", "host": "h"}}, "S: engine postgresql needs database, user"),
    "sqlite-no-path": ({"S": {"engine": "sqlite"}}, "S: engine sqlite needs 'path'"),
    "ssh-no-user": ({"S": {**PG, "ssh": {"host": "jump"}}}, "S.ssh.user: missing (required)"),
    "ssh-port": ({"S": {**PG, "ssh": {"host": "j", "user": "u", "port": 0}}}, "S.ssh.port: 0 is below the minimum 1"),
    "site-not-mapping": ({"S": "sqlite"}, "S: expected a section (mapping), got str"),
    "password": ({"S": {**PG, "password": "hunter2-secret"}}, "S: passwords do not belong in config files"),
    "ssh-password": ({"S": {**PG, "ssh": {"host": "j", "user": "u", "password": "hunter2-secret"}}},
                     "passwords do not belong in config files"),
    "unknown-site": ({"T": {"engine": "sqlite", "path": "m.sqlite"}}, "unknown database site 'S'"),
    "invalid-json": ('{"S": {"engine": "sqlite",}}', "not valid JSON"),
}


@pytest.mark.parametrize("kind", DATABASE_CONFIGS)
def test_bad_database_config_names_file_and_key(task, capsys, kind):
    data, expected = DATABASE_CONFIGS[kind]
    path = task.root / "database_configs.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data))
    rc, said = _cli_run(capsys, task, "--db", "S", "--db-config", str(path))
    assert rc == 2 and expected in said, said
    assert str(path) in said or kind == "unknown-site"
    assert "hunter2-secret" not in said
    assert not task.runs.exists() or not list(task.runs.rglob("*")), "a bad config must not leave files behind"


def test_bad_database_config_fails_before_a_run_starts(task, capsys):
    path = task.root / "database_configs.json"
    path.write_text(json.dumps({"S": {**PG, "port": 70000}}))
    rc, said = _cli_run(capsys, task, "--db", "S", "--db-config", str(path))
    assert "S.port: 70000 is above the maximum 65535" in said
    assert rc == 2, "bad config must exit 2"
    assert not list(task.runs.glob("training_*")), "a bad config must not leave a failed run behind"


def test_class_with_one_photo_has_no_val_and_says_so(task):
    task.add(aoi_name(30, "U9"), seed=30)
    result = run_task(task)
    assert_went_on(result)
    assert result.state.data["summary"]["dataset"]["classes_without_val"] == ["PROD_U9_top"]
    assert any("PROD_U9_top" in w and "no validation photo" in w for w in result.warnings())


def test_no_val_images_at_all(tmp_path):
    """One photo per class: nothing to measure the model on. Said at the dataset stage, before any
    training; a val_fraction of 0 is refused as a setting."""
    task = Task(tmp_path)
    task.add(aoi_name(0), seed=0)
    task.add(aoi_name(1), folder="NG", seed=1)
    result = run_task(task)
    assert result.error.args[0].code == "no_val_photos" and "2 or more" in str(result.error)
    assert result.state.status == "failed" and result.state.stage == "dataset"
    assert not (result.run_dir / "dataset").exists()
    with pytest.raises(ConfigError, match=r"dataset.val_fraction: 0.0 is below the minimum 0.05"):
        load_system_config(overrides={"dataset": {"val_fraction": 0.0}})


def test_every_class_excluded(task):
    result = run_task(task, provider=lambda req: {c: OrientationAnswer("exclude") for c in req.classes})
    assert "every class is excluded" in str(result.error) and result.state.status == "failed"
    assert result.state.stages_done == ["ingest"] and not (result.run_dir / "orientation_answers.json").exists()
    run_pipeline(result.run_dir, orientation=all_up, until="dataset")  # answered again: the run goes on
    assert RunState(result.run_dir).stages_done == DONE


# --------------------------------------------------------------------------- the training config

TRAIN_SETS = {
    "batch-not-multiple": ("data.batch_size=41", "data: batch_size (41) must be a multiple of m_per_class (8)"),
    "image-size": ("data.image_size=100", "data: image_size 100 must be a multiple of 32"),
    "epochs-zero": ("optim.epochs=0", "optim.epochs: 0 is below the minimum 1"),
    "lr-text": ("optim.lr=fast", "optim.lr: expected a number"),
    "unknown-key": ("optim.lr_max=0.1", "optim: unknown key(s) lr_max"),
    "backbone": ("model.backbone=resnet_nope", "'resnet_nope' is not a timm model name"),
    "heads": ("model.attention_heads=7", "must be divisible by attention_heads (7)"),
    "precision": ("trainer.precision=fp8", "'fp8' is not allowed"),
}


@pytest.mark.parametrize("kind", TRAIN_SETS)
def test_bad_training_settings_are_refused_before_a_run_starts(task, capsys, kind):
    override, expected = TRAIN_SETS[kind]
    rc, said = _cli_run(capsys, task, "--db", task.sqlite(), "--train-set", override)
    assert rc == 2 and expected in said, said
    assert not re.search(r"\b(\w+): \1\.", said), said  # the section named once, not "data: data.image_size"
    assert not task.runs.exists()


def test_unknown_training_profile(task, capsys):
    rc, said = _cli_run(capsys, task, "--db", task.sqlite(), "--profile", "turbo")
    assert rc == 2 and "unknown training profile 'turbo'; available: cpu, gpu, demo" in said, said


def test_batch_the_sampler_cannot_serve(task, tmp_path):
    """20 classes of 2 per batch, but the dataset has 4 orientations (NG is not trained): refused before any training, with options.
    The training settings are the run's own from its start: the profiles file may change or go meanwhile."""
    db = task.sqlite()
    before = task.outside()
    profiles = tmp_path / "train_configs.yaml"
    shutil.copyfile(config_file(TRAIN_CONFIG_FILE), profiles)
    params = RunParams(str(task.input), SITE, LINE, db=db, profile="cpu", train_config_file=str(profiles),
                       train_overrides={"data": {"batch_size": 40, "m_per_class": 2}})
    run_dir = new_run(params, runs_dir=task.runs, system=SystemConfig())
    snapshot = yaml.safe_load((run_dir / "train_config.yaml").read_text(encoding="utf-8"))
    assert snapshot["profile"] == "cpu" and snapshot["data"]["batch_size"] == 40
    profiles.unlink()  # edited or removed after the run started (an update, IT): the run trains as started
    with pytest.raises(ValueError) as info:
        run_pipeline(run_dir, orientation=all_up)
    text = str(info.value)
    assert info.value.args[0].code == "batch_needs_classes"  # said in the user's language in the app
    assert "data.batch_size 40 with data.m_per_class 2 needs 20 classes per batch, but the dataset has 4" in text
    assert "use batch_size 2, 4, 6, 8;" in text
    state = RunState(run_dir)
    assert state.status == "failed" and state.stage == "train" and state.stages_done == DONE
    assert not (run_dir / "model" / "best_model.pt").exists()
    assert task.outside() == before
