"""Dataclasses to and from JSON-ready dicts, generically, so the store keeps annotations without a table each."""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


_PLAIN = frozenset({str, int, float, bool, type(None)})
"""Types whose values are JSON-ready as they are (most of what a record holds: checked first)."""


def to_data(obj: Any) -> Any:
    """A JSON-ready value for a (nested) dataclass, tuple, list or dict. A plain value inside is taken as it is
    without a call for it (most values of a record are plain)."""
    if type(obj) in _PLAIN:
        return obj
    if isinstance(obj, (list, tuple)):
        return [x if type(x) in _PLAIN else to_data(x) for x in obj]
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {
            name: value if type(value := getattr(obj, name)) in _PLAIN else to_data(value)
            for name in _field_names(type(obj))
        }
    if isinstance(obj, dict):
        return {k: v if type(v) in _PLAIN else to_data(v) for k, v in obj.items()}
    return obj


def fields_of(obj: Any) -> dict[str, Any]:
    """A dataclass's fields by name, in order, as they are: ``to_data`` one level down, for ``json.dumps``'s
    ``default`` (the encoder writes tuples as lists and goes on into the values itself)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {name: getattr(obj, name) for name in _field_names(type(obj))}
    raise TypeError(f"{type(obj).__name__} is not JSON serializable")


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def from_data(cls: type[T], data: Any) -> T:
    """The dataclass ``cls`` rebuilt from ``to_data`` output (unknown keys ignored, missing ones defaulted)."""
    return _decoder(cls)(data)


Decoder = Callable[[Any], Any]


def _same(value: Any) -> Any:
    return value


@functools.cache
def _decoder(tp: Any) -> Decoder:
    """A function that rebuilds a value of type ``tp`` from JSON-ready data, made once per type (the type hints
    are read once, not at every value)."""
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return _dataclass_decoder(tp)
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        record = next((a for a in args if dataclasses.is_dataclass(a)), None)
        sequence = next((a for a in args if typing.get_origin(a) in (tuple, list)), None)
        if record is None and sequence is None:
            return _same
        as_record = _decoder(record) if record is not None else _same
        as_sequence = _decoder(sequence) if sequence is not None else _same

        def union(value: Any) -> Any:
            if isinstance(value, dict):
                return as_record(value)
            return as_sequence(value) if isinstance(value, list) else value

        return union
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis or origin is list:
        inner = _decoder(args[0]) if args else _same
        make = tuple if origin is tuple else list
        if inner is _same:
            return make
        return lambda value: make(inner(v) if v is not None else None for v in value)
    if origin is tuple and args:  # a fixed shape, such as tuple[str, tuple[str, ...]]
        parts = [_decoder(a) for a in args]
        return lambda value: tuple(p(v) if v is not None else None for p, v in zip(parts, value, strict=True))
    if origin is tuple:
        return tuple
    return _same


def _dataclass_decoder(cls: type) -> Decoder:
    hints = typing.get_type_hints(cls)
    fields = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(cls)]

    def record(data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        kwargs = {}
        for name, decode in fields:
            if name in data:
                value = data[name]
                kwargs[name] = decode(value) if value is not None else None
        return cls(**kwargs)

    return record
