"""Where the config files are and how they are read: the per-user, machine-wide and app folders, YAML/JSON
mappings, the training profiles (read without loading torch), per-run overrides, and YAML written back."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Mapping

import yaml

from ..events import coded
from .schema import ConfigError

APP_NAME = "HOAM Trainer"  # names the per-user and machine-wide folders
CONFIG_DIR = Path(__file__).resolve().parents[2] / "configs"  # the app's own, replaced by an update
TRAIN_CONFIG_FILE = "train_configs.yaml"


def user_config_dir() -> Path:
    """The per-user config folder: a user's own config files, the SSH host keys trusted on first use."""
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def config_file(name: str) -> Path:
    """Where config file ``name`` is read from: the first that has it of the per-user config
    folder, the machine-wide one (where IT puts a plant's database sites) and the app's own
    ``configs/``. An update of the app replaces only the last."""
    import platformdirs

    for folder in (user_config_dir(), Path(platformdirs.site_config_dir(APP_NAME, appauthor=False))):
        if (folder / name).is_file():
            return folder / name
    return CONFIG_DIR / name


def merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """Deep-merge ``override`` into ``base`` (per-run overrides from the CLI/GUI)."""
    out = dict(base)
    for k, v in override.items():
        if isinstance(v, Mapping) and isinstance(out.get(k), Mapping):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out


def training_profiles(path: Path | None = None) -> tuple[list[str], str]:
    """(names of the training profiles, the default one), read without loading torch (for the GUI)."""
    path = Path(path) if path else config_file(TRAIN_CONFIG_FILE)
    data = read_mapping(path)
    profiles = data.get("profiles")
    if not isinstance(profiles, Mapping) or not profiles:
        raise ConfigError(coded("{file}: 'profiles' must map profile names to settings", code="cfg_no_profiles",
                                file=path))
    return [str(p) for p in profiles], str(data.get("profile") or next(iter(profiles)))


def train_settings(path: Path | None = None, profile: str | None = None,
                   overrides: Mapping[str, Any] | None = None) -> tuple[dict[str, Any], str]:
    """(the settings of ``profile`` in the training profiles file ``path`` (default: the file's
    ``profile``; a flat config such as a run's ``train_config.yaml`` as it is) with ``overrides``
    merged, not validated; the source to name in errors). Read without loading torch."""
    path = Path(path) if path else config_file(TRAIN_CONFIG_FILE)
    data = read_mapping(path)
    if "profiles" in data:
        extra = sorted(set(data) - {"profile", "profiles"})
        if extra:
            raise ConfigError(coded("{file}: unknown top-level key(s) {keys}; a profiles file has 'profile' (the "
                                    "default) and 'profiles'", code="cfg_profiles_keys", file=path,
                                    keys=", ".join(extra)))
        profiles = data["profiles"]
        if not isinstance(profiles, Mapping) or not profiles:
            raise ConfigError(coded("{file}: 'profiles' must map profile names to settings", code="cfg_no_profiles",
                                    file=path))
        name = profile or data.get("profile") or next(iter(profiles))
        if name not in profiles:
            raise ConfigError(coded("{file}: unknown training profile {name}; available: {available}",
                                    code="cfg_unknown_profile", file=path, name=repr(name),
                                    available=", ".join(profiles)))
        section = profiles[name] or {}
        if not isinstance(section, Mapping):
            raise ConfigError(coded("{file}: profiles.{name} must be a mapping of settings", code="cfg_profile_shape",
                                    file=path, name=name))
        data = {**section, "profile": name}
    elif profile and data.get("profile") not in (None, profile):
        raise ConfigError(coded("{file}: holds one config (profile {holds}), not profile {wanted}",
                                code="cfg_one_profile", file=path, holds=repr(data.get("profile")),
                                wanted=repr(profile)))
    source = (coded("{file}, profile {profile}, with the overrides", code="cfg_with_overrides", file=path,
                    profile=data.get("profile")) if overrides else str(path))  # an error may lie in either
    return merge(data, overrides or {}), source


def read_mapping(path: Path) -> dict[str, Any]:
    """Read a YAML or JSON file into a mapping, with a clear error when it is not one."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(coded("{file}: cannot read ({error})", code="cfg_unreadable", file=path,
                                error=exc.strerror or exc)) from None
    try:
        data = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    except (yaml.YAMLError, json.JSONDecodeError) as exc:
        raise ConfigError(coded("{file}: not valid {kind}: {error}", code="cfg_not_parsable", file=path,
                                kind="JSON" if path.suffix.lower() == ".json" else "YAML", error=exc)) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(coded("{file}: expected a mapping of keys to values at the top level",
                                code="cfg_not_mapping_top", file=path))
    return data


def parse_overrides(pairs: list[str]) -> dict[str, Any]:
    """``["dataset.val_fraction=0.3", ...]`` -> nested dict; values are read as YAML scalars."""
    out: dict[str, Any] = {}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        if not sep or not key:
            raise ConfigError(coded("override {pair!r}: expected section.key=value", code="cfg_override_syntax",
                                    pair=pair))
        node = out
        *parents, leaf = key.split(".")
        for p in parents:
            node = node.setdefault(p, {})
        node[leaf] = yaml.safe_load(raw)
    return out


def dump_yaml(data: Mapping[str, Any], path: Path) -> None:
    """Write YAML that reads back to the same values (floats stay floats)."""
    Path(path).write_text(yaml.safe_dump(dict(data), sort_keys=False, allow_unicode=True), encoding="utf-8")
