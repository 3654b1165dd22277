"""Typed, validated configuration.

Each config section is a frozen dataclass. :func:`build` turns a plain mapping (from
YAML/JSON) into one, checking every key, type and range once, at load time, with a
message that names the file, the key and what is allowed. Nothing here holds a secret.
"""
from __future__ import annotations

import base64
import binascii
import dataclasses
import json
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, TypeVar

import yaml

from .events import coded

T = TypeVar("T")
APP_NAME = "HOAM Trainer"  # names the per-user and machine-wide folders
CONFIG_DIR = Path(__file__).resolve().parent.parent / "configs"  # the app's own, replaced by an update
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


class ConfigError(ValueError):
    """A config value that cannot be used; the message says where and what is allowed."""


def spec(default: Any = dataclasses.MISSING, *, choices: tuple | None = None, min: float | None = None,
         max: float | None = None, help: str = "", default_factory: Any = dataclasses.MISSING) -> Any:
    """A dataclass field with validation rules."""
    meta = {"choices": choices, "min": min, "max": max, "help": help}
    if default_factory is not dataclasses.MISSING:
        return field(default_factory=default_factory, metadata=meta)
    return field(default=default, metadata=meta)


def _type_name(tp: Any) -> str:
    return getattr(tp, "__name__", str(tp).replace("typing.", ""))


def _convert(value: Any, tp: Any, where: str) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        if value is None and type(None) in args:
            return None
        errors = []
        for arg in args:
            if arg is type(None):
                continue
            try:
                return _convert(value, arg, where)
            except ConfigError as exc:
                errors.append(exc.args[0])
        raise ConfigError(errors[0] if errors else coded("{where}: must not be empty", code="cfg_empty", where=where))
    if dataclasses.is_dataclass(tp):
        if not isinstance(value, Mapping):
            raise ConfigError(coded("{where}: expected a section (mapping), got {got}", code="cfg_not_section",
                                    where=where, got=type(value).__name__))
        return _build(tp, value, where)
    if origin in (list, tuple):
        if not isinstance(value, (list, tuple)):
            raise ConfigError(coded("{where}: expected a list, got {value}", code="cfg_not_list", where=where,
                                    value=repr(value)))
        (item_tp, *_) = typing.get_args(tp) or (Any,)
        items = [_convert(v, item_tp, f"{where}[{i}]") for i, v in enumerate(value)]
        return tuple(items) if origin is tuple else items
    if origin is dict:
        if not isinstance(value, Mapping):
            raise ConfigError(coded("{where}: expected a mapping, got {value}", code="cfg_not_mapping", where=where,
                                    value=repr(value)))
        _, val_tp = typing.get_args(tp)
        return {str(k): _convert(v, val_tp, f"{where}.{k}") for k, v in value.items()}
    if tp is Any:
        return value
    if tp is bool:
        if not isinstance(value, bool):
            raise ConfigError(coded("{where}: expected true or false, got {value}", code="cfg_not_bool", where=where,
                                    value=repr(value)))
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(coded("{where}: expected a whole number, got {value}", code="cfg_not_int", where=where,
                                    value=repr(value)))
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(coded("{where}: expected a number, got {value}", code="cfg_not_number", where=where,
                                    value=repr(value)))
        return float(value)
    if tp is str:
        if not isinstance(value, str):
            raise ConfigError(coded("{where}: expected text, got {value}", code="cfg_not_text", where=where,
                                    value=repr(value)))
        return value
    raise ConfigError(f"{where}: unsupported type {_type_name(tp)}")


def _check_rules(value: Any, f: dataclasses.Field, where: str) -> None:
    meta = f.metadata
    if meta.get("choices") is not None and value not in meta["choices"]:
        allowed = ", ".join(map(str, meta["choices"]))
        raise ConfigError(coded("{where}: {value} is not allowed; use one of: {allowed}", code="cfg_not_allowed",
                                where=where, value=repr(value), allowed=allowed))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        lo, hi = meta.get("min"), meta.get("max")
        if lo is not None and value < lo:
            raise ConfigError(coded("{where}: {value} is below the minimum {lo}", code="cfg_below_minimum",
                                    where=where, value=repr(value), lo=lo))
        if hi is not None and value > hi:
            raise ConfigError(coded("{where}: {value} is above the maximum {hi}", code="cfg_above_maximum",
                                    where=where, value=repr(value), hi=hi))


def _build(cls: type[T], data: Mapping[str, Any], where: str) -> T:
    fields = {f.name: f for f in dataclasses.fields(cls) if f.init}
    unknown = sorted(set(map(str, data)) - set(fields))
    if unknown:
        hint = (coded("; nest dotted keys (optim: {{epochs: 5}}, not optim.epochs: 5)", code="cfg_dotted_keys")
                if any("." in k for k in unknown) else "")
        said = {"keys": ", ".join(unknown), "allowed": ", ".join(fields), "hint": hint}
        raise ConfigError(coded("{where}: unknown key(s) {keys}; allowed: {allowed}{hint}", code="cfg_unknown_keys",
                                where=where, **said) if where else
                          coded("unknown key(s) {keys}; allowed: {allowed}{hint}", code="cfg_unknown_keys_top",
                                **said))
    hints = typing.get_type_hints(cls)
    kwargs = {}
    for name, f in fields.items():
        key = f"{where}.{name}" if where else name
        if name not in data:
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise ConfigError(coded("{where}: missing (required)", code="cfg_missing", where=key))
            continue
        value = _convert(data[name], hints[name], key)
        _check_rules(value, f, key)
        kwargs[name] = value
    obj = cls(**kwargs)
    check = getattr(obj, "validate", None)
    if check is not None:
        try:
            check()
        except ConfigError as exc:
            raise ConfigError(coded("{where}: {error}", code="cfg_in", where=where, error=exc.args[0]) if where
                              else exc.args[0]) from None
    return obj


def build(cls: type[T], data: Mapping[str, Any] | None, source: str = "") -> T:
    """Build and validate ``cls`` from ``data``; errors start with ``source`` (a file name)."""
    try:
        return _build(cls, data or {}, "")
    except ConfigError as exc:
        raise ConfigError(coded("{where}: {error}", code="cfg_in", where=source, error=exc.args[0]) if source
                          else exc.args[0]) from None


def to_dict(obj: Any) -> dict[str, Any]:
    return dataclasses.asdict(obj)


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


# --------------------------------------------------------------------------- system config

@dataclass(frozen=True)
class PathsConfig:
    runs_dir: str = spec("", help="where run folders go; empty: the per-user data folder")


@dataclass(frozen=True)
class DatabaseConfig:
    default_site: str = spec("embedded", help="site in database_configs.json used when none is given")
    chunk_size: int = spec(500, min=1, max=10000, help="image paths per query")
    day_tolerance: int = spec(1, min=0, max=7, help="days either side of the file's date")
    connect_timeout_s: int = spec(10, min=1, max=600)
    query_timeout_s: int = spec(120, min=1, max=3600)


@dataclass(frozen=True)
class IngestConfig:
    link_mode: str = spec("copy", choices=("auto", "copy", "hardlink"),
                          help="copy: raw_data/ holds its own copies; auto: hard links where the file system "
                               "allows, else copies (less disk, but raw_data/ and the input then share each file: "
                               "a photo edited in one is changed in the other)")
    verify_images: bool = spec(True, help="decode each image header and leave out unreadable ones")


@dataclass(frozen=True)
class OrientationConfig:
    samples_per_class: int = spec(3, min=1, max=50)
    seed: int = spec(0)


@dataclass(frozen=True)
class DatasetConfig:
    val_fraction: float = spec(0.2, min=0.05, max=0.9)  # the model is measured on val: it cannot be empty
    seed: int = spec(0)
    image_format: str = spec("png", choices=("png",), help="one lossless encoding for every orientation")


@dataclass(frozen=True)
class EvaluationConfig:
    threshold_rule: str = spec("max_far", choices=("max_far", "eer"),
                               help="max_far: lowest false rejects with false accepts <= max_far")
    max_far: float = spec(0.001, min=0.0, max=1.0, help="allowed false-accept rate (0.001 = 0.1%)")
    max_frr: float = spec(0.01, min=0.0, max=1.0, help="false-reject rate never exceeded to meet max_far: where "
                          "max_far needs more, the threshold keeps max_frr and the evaluation warns")
    golden_per_label: int = spec(5, min=1, max=100, help="most typical images kept per label")
    batch_size: int = spec(64, min=1, max=4096, help="images per batch when embedding")


@dataclass(frozen=True)
class SystemConfig:
    paths: PathsConfig = spec(default_factory=PathsConfig)
    database: DatabaseConfig = spec(default_factory=DatabaseConfig)
    ingest: IngestConfig = spec(default_factory=IngestConfig)
    orientation: OrientationConfig = spec(default_factory=OrientationConfig)
    dataset: DatasetConfig = spec(default_factory=DatasetConfig)
    evaluation: EvaluationConfig = spec(default_factory=EvaluationConfig)


def load_system_config(path: Path | None = None, overrides: Mapping[str, Any] | None = None) -> SystemConfig:
    path = Path(path) if path else config_file("configs.yaml")
    data = read_mapping(path) if path.exists() else {}
    system = build(SystemConfig, data, str(path))
    if not overrides:
        return system
    return build(SystemConfig, merge(data, overrides), f"{path} with the per-run overrides")


# --------------------------------------------------------------------------- database sites

@dataclass(frozen=True)
class SshConfig:
    host: str
    user: str
    port: int = spec(22, min=1, max=65535)
    key_file: str = spec("", help="private key file; empty: password from keyring/env/prompt")
    host_key: str = spec("", help="the jump host's public key as in known_hosts or ssh-keyscan output "
                         "(ssh-ed25519 AAAA...); empty: trusted on first use and kept in the per-user known_hosts")

    def host_key_parts(self) -> tuple[str, bytes] | None:
        """``host_key`` as (key type, key blob); None when not set. ConfigError when it is no
        OpenSSH public key line: ``[host names] type base64 [comment]``."""
        text = self.host_key.strip()
        if not text:
            return None
        words = text.split() if "\n" not in text else []
        for i in (0, 1):  # without or with a leading host name
            try:
                blob = base64.b64decode(words[i + 1], validate=True)
            except (IndexError, binascii.Error, ValueError):
                continue
            size = int.from_bytes(blob[:4], "big")  # the blob starts with its own key type
            if len(blob) > 4 + size and blob[4:4 + size] == words[i].encode():
                return words[i], blob
        raise ConfigError(coded("host_key: {key} is not an SSH public key line; give one line as ssh-keyscan "
                                "prints it, e.g. 'ssh-ed25519 AAAAC3Nz...', or leave it empty", code="cfg_host_key",
                                key=repr(self.host_key[:60])))

    def validate(self) -> None:
        self.host_key_parts()


@dataclass(frozen=True)
class DatabaseSite:
    """One site's metadata database. Never holds a password."""

    engine: str = spec(choices=("sqlite", "postgresql"))
    path: str = spec("", help="sqlite: database file (relative to the config file)")
    host: str = spec("")
    port: int = spec(5432, min=1, max=65535)
    database: str = spec("")
    user: str = spec("")
    table: str = spec("amr_raw_data")
    ssh: SshConfig | None = spec(None)

    def validate(self) -> None:
        if self.engine == "sqlite" and not self.path:
            raise ConfigError(coded("engine sqlite needs 'path'", code="cfg_sqlite_path"))
        if self.engine == "postgresql":
            missing = [k for k in ("host", "database", "user") if not getattr(self, k)]
            if missing:
                raise ConfigError(coded("engine postgresql needs {keys}", code="cfg_postgresql_keys",
                                        keys=", ".join(missing)))


_SECRET_KEYS = {"password", "passwd", "pwd", "secret", "ssh_password"}


def load_database_configs(path: Path | None = None) -> dict[str, DatabaseSite]:
    """Sites from ``database_configs.json``; a password in the file is refused."""
    path = Path(path) if path else config_file("database_configs.json")
    data = read_mapping(path)
    sites: dict[str, DatabaseSite] = {}
    for name, raw in data.items():
        if isinstance(raw, Mapping):
            found = _SECRET_KEYS & {k.lower() for k in raw} | _SECRET_KEYS & {
                k.lower() for k in (raw.get("ssh") or {}) if isinstance(raw.get("ssh"), Mapping)}
            if found:
                raise ConfigError(coded("{file}: {site}: passwords do not belong in config files; remove {keys} and "
                                        "store it in the OS keyring (Settings) or the HOAM_DB_PASSWORD environment "
                                        "variable", code="cfg_password_in_file", file=path, site=name,
                                        keys=", ".join(sorted(found))))
        site = _convert(raw, DatabaseSite, f"{path}: {name}")
        if site.engine == "sqlite" and not Path(site.path).is_absolute():
            site = dataclasses.replace(site, path=str((path.parent / site.path).resolve()))
        sites[name] = site
    return sites
