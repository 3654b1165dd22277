"""How a config section is declared and checked: :func:`spec` fields on frozen dataclasses, and :func:`build`,
which turns a plain mapping (from YAML/JSON) into a section, checking every key, type and range once, with a
message that names the file, the key and what is allowed."""
from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import field
from typing import Any, Mapping, TypeVar

from ..events import coded

T = TypeVar("T")


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


def convert(value: Any, tp: Any, where: str) -> Any:
    """``value`` as type ``tp`` (a section, list, mapping, optional or plain value); ConfigError naming ``where``."""
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
                return convert(value, arg, where)
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
        items = [convert(v, item_tp, f"{where}[{i}]") for i, v in enumerate(value)]
        return tuple(items) if origin is tuple else items
    if origin is dict:
        if not isinstance(value, Mapping):
            raise ConfigError(coded("{where}: expected a mapping, got {value}", code="cfg_not_mapping", where=where,
                                    value=repr(value)))
        _, val_tp = typing.get_args(tp)
        return {str(k): convert(v, val_tp, f"{where}.{k}") for k, v in value.items()}
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
        value = convert(data[name], hints[name], key)
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
