"""Dataclasses to and from JSON-ready dicts, generically, so the store keeps annotations without a table each."""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from typing import Any, TypeVar

T = TypeVar("T")


def to_data(obj: Any) -> Any:
    """A JSON-ready value for a (nested) dataclass, tuple, list or dict."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_data(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [to_data(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_data(v) for k, v in obj.items()}
    return obj


def from_data(cls: type[T], data: Any) -> T:
    """The dataclass ``cls`` rebuilt from ``to_data`` output (unknown keys ignored, missing ones defaulted)."""
    hints = _hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in data:
            kwargs[f.name] = _coerce(hints[f.name], data[f.name])
    return cls(**kwargs)


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _coerce(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(tp):
            if arg is type(None):
                continue
            if dataclasses.is_dataclass(arg) and isinstance(value, dict):
                return from_data(arg, value)
        return value
    if origin is tuple:
        args = typing.get_args(tp)
        inner = args[0] if args else Any
        return tuple(_coerce(inner, v) for v in value)
    if origin is list:
        (inner,) = typing.get_args(tp) or (Any,)
        return [_coerce(inner, v) for v in value]
    if dataclasses.is_dataclass(tp) and isinstance(value, dict):
        return from_data(tp, value)
    return value
