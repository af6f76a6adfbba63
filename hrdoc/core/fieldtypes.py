"""Exact types for records from any source: each field's value checked
against the type the record class declares, before anything reads it, and
put in canonical form (what is stored and what the audit chain hashes)."""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from hrdoc.core.errors import InvalidInput

_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    hints = _HINTS.get(cls)
    if hints is None:
        hints = _HINTS[cls] = typing.get_type_hints(cls)
    return hints


_DECIMALS: dict[type, tuple[str, ...]] = {}


def decimal_fields(cls: type) -> tuple[str, ...]:
    names = _DECIMALS.get(cls)
    if names is None:
        names = _DECIMALS[cls] = tuple(
            name
            for name, hint in _hints(cls).items()
            if hint is float or float in typing.get_args(hint)
        )
    return names


def _conforms(value: Any, hint: Any) -> bool:
    """Whether ``value`` (from JSON) has exactly the type ``hint`` names."""
    return _checker(hint)(value)


@functools.cache
def _checker(hint: Any) -> Callable[[Any], bool]:
    """The test for ``hint``, worked out once per type (records are checked
    by the thousand: a bundle, a spreadsheet)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        options = tuple(_checker(a) for a in args)
        return lambda value: any(check(value) for check in options)
    if hint is type(None):
        return lambda value: value is None
    if hint is bool:
        return lambda value: isinstance(value, bool)
    if hint is int:
        return lambda value: isinstance(value, int) and not isinstance(value, bool)
    if hint is float:
        return lambda value: isinstance(value, int | float) and not isinstance(value, bool)
    if hint is str or (isinstance(hint, type) and issubclass(hint, StrEnum)):
        return lambda value: isinstance(value, str) and _encodable(value)
    if origin is list:
        item = _checker(args[0])
        return lambda value: isinstance(value, list) and all(item(v) for v in value)
    if origin is dict:
        key, entry = _checker(args[0]), _checker(args[1])
        return lambda value: (
            isinstance(value, dict) and all(key(k) and entry(v) for k, v in value.items())
        )
    return lambda value: True


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, from a bad file or terminal
        return False
    return True


def _described(hint: Any) -> str:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return " or ".join(_described(a) for a in args if a is not type(None)) + " (or null)"
    if hint is bool:
        return "true or false"
    if hint is int:
        return "a whole number"
    if hint is float:
        return "a number"
    if hint is str or (isinstance(hint, type) and issubclass(hint, StrEnum)):
        return "valid text"
    if origin is list:
        return f"a list of {_described(args[0]).removeprefix('valid ')}"
    if origin is dict:
        return "an object mapping text to " + _described(args[1]).removeprefix("valid ")
    return "of another type"


def canonical(cls: type, values: dict[str, Any]) -> dict[str, Any]:
    """``values`` checked against the record's field types (one line naming
    the field if one is wrong) and in canonical form: a whole number given
    for a decimal field becomes a float, as it is stored and hashed."""
    hints = _hints(cls)
    out = dict(values)
    kind = getattr(cls, "KIND", "record")
    for name, value in values.items():
        hint = hints.get(name)
        if hint is None:
            continue
        if not _conforms(value, hint):
            raise InvalidInput(f"{kind}: {name} must be {_described(hint)}")
        if isinstance(value, int) and not isinstance(value, bool) and name in decimal_fields(cls):
            try:
                out[name] = float(value)
            except OverflowError:
                raise InvalidInput(f"{kind}: {name} is out of range") from None
    return out
