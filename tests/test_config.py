import json

import pytest
import yaml

from hoam_core import config as cfg


def test_default_configs_load():
    system = cfg.load_system_config()
    assert system.database.day_tolerance == 1
    assert system.orientation.samples_per_class == 3
    sites = cfg.load_database_configs()
    assert sites["embedded"].engine == "sqlite"
    assert sites["HPH"].ssh is not None and sites["HPH"].ssh.port == 22


def _write(tmp_path, data, name="configs.yaml"):
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data) if name.endswith(".yaml") else json.dumps(data))
    return path


@pytest.mark.parametrize("data,expected", [
    ({"dataset": {"val_fractoin": 0.2}}, "dataset: unknown key(s) val_fractoin; allowed: val_fraction"),
    ({"dataset": {"val_fraction": "a lot"}}, "dataset.val_fraction: expected a number"),
    ({"dataset": {"val_fraction": 1.5}}, "dataset.val_fraction: 1.5 is above the maximum 0.9"),
    ({"ingest": {"link_mode": "symlink"}}, "ingest.link_mode: 'symlink' is not allowed; use one of: auto, copy, hardlink"),
    ({"orientation": {"samples_per_class": 2.5}}, "orientation.samples_per_class: expected a whole number"),
    ({"ingest": {"verify_images": "yes"}}, "ingest.verify_images: expected true or false"),
    ({"databse": {}}, "unknown key(s) databse"),
    ({"database": 5}, "database: expected a section"),
])
def test_bad_values_name_file_key_and_what_is_allowed(tmp_path, data, expected):
    path = _write(tmp_path, data)
    with pytest.raises(cfg.ConfigError) as info:
        cfg.load_system_config(path)
    assert str(path) in str(info.value)
    assert expected in str(info.value)


def test_overrides_apply_and_are_validated(tmp_path):
    system = cfg.load_system_config(overrides=cfg.parse_overrides(["dataset.val_fraction=0.3", "dataset.seed=7"]))
    assert system.dataset.val_fraction == 0.3 and system.dataset.seed == 7
    with pytest.raises(cfg.ConfigError, match="dataset.val_fraction"):
        cfg.load_system_config(overrides=cfg.parse_overrides(["dataset.val_fraction=-1"]))
    with pytest.raises(cfg.ConfigError, match="expected section.key=value"):
        cfg.parse_overrides(["dataset.val_fraction"])


def test_small_floats_round_trip_as_numbers(tmp_path):
    data = {"lr": 0.0001, "wd": 1e-05, "tiny": 3e-7}
    path = tmp_path / "x.yaml"
    cfg.dump_yaml(data, path)
    back = yaml.safe_load(path.read_text())
    assert back == data and all(isinstance(v, float) for v in back.values())


def test_database_sites_refuse_passwords(tmp_path):
    path = _write(tmp_path, {"X": {"engine": "postgresql", "host": "h", "database": "d", "user": "u",
                                   "password": "hunter2"}}, "db.json")
    with pytest.raises(cfg.ConfigError) as info:
        cfg.load_database_configs(path)
    assert "passwords do not belong" in str(info.value) and "hunter2" not in str(info.value)
    path = _write(tmp_path, {"X": {"engine": "postgresql", "host": "h", "database": "d", "user": "u",
                                   "ssh": {"host": "j", "user": "u", "password": "pw"}}}, "db2.json")
    with pytest.raises(cfg.ConfigError, match="passwords do not belong"):
        cfg.load_database_configs(path)


def test_database_sites_validate(tmp_path):
    path = _write(tmp_path, {"X": {"engine": "postgresql", "host": "h"}}, "db.json")
    with pytest.raises(cfg.ConfigError, match="X: engine postgresql needs database, user"):
        cfg.load_database_configs(path)
    path = _write(tmp_path, {"X": {"engine": "mysql"}}, "db.json")
    with pytest.raises(cfg.ConfigError, match="use one of: sqlite, postgresql"):
        cfg.load_database_configs(path)
    path = _write(tmp_path, {"L": {"engine": "sqlite", "path": "meta.sqlite"}}, "db.json")
    assert cfg.load_database_configs(path)["L"].path == str(tmp_path / "meta.sqlite")


def test_unreadable_and_invalid_files(tmp_path):
    with pytest.raises(cfg.ConfigError, match="cannot read"):
        cfg.read_mapping(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("a: [1, 2\n")
    with pytest.raises(cfg.ConfigError, match="not valid YAML"):
        cfg.read_mapping(bad)
    lst = tmp_path / "list.yaml"
    lst.write_text("- 1\n- 2\n")
    with pytest.raises(cfg.ConfigError, match="expected a mapping"):
        cfg.read_mapping(lst)


def test_a_plants_own_config_files_in_the_user_or_machine_folder_win_over_the_apps(tmp_path, monkeypatch):
    """An update replaces the app's configs/; a plant's sites live in the config folders instead."""
    user, machine = tmp_path / "user", tmp_path / "machine"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(user))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(machine))
    assert cfg.config_file("database_configs.json") == cfg.CONFIG_DIR / "database_configs.json"
    (machine / cfg.APP_NAME).mkdir(parents=True)
    (machine / cfg.APP_NAME / "database_configs.json").write_text(json.dumps(
        {"plant": {"engine": "postgresql", "host": "10.1.2.3", "database": "amr", "user": "reader"}}))
    assert set(cfg.load_database_configs()) == {"plant"}
    (user / cfg.APP_NAME).mkdir(parents=True)
    (user / cfg.APP_NAME / "configs.yaml").write_text("evaluation:\n  max_far: 0.01\n")
    assert cfg.load_system_config().evaluation.max_far == 0.01
    assert set(cfg.load_database_configs()) == {"plant"}  # each file is looked up on its own


def test_training_profiles_are_listed_without_torch(tmp_path):
    path = tmp_path / "train_configs.yaml"
    path.write_text("profile: line7\nprofiles:\n  cpu: {}\n  line7:\n    optim: {epochs: 5}\n")
    assert cfg.training_profiles(path) == (["cpu", "line7"], "line7")
    assert cfg.training_profiles()[0] == ["cpu", "gpu", "demo"]  # the shipped file
    path.write_text("profile: cpu\n")
    with pytest.raises(cfg.ConfigError, match="'profiles' must map profile names"):
        cfg.training_profiles(path)
