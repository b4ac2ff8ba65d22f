"""Merging the same resource read twice: field by field, in place, with the differences it had to settle.

Owns the merge rule of `InventoryBuilder` (an empty value is filled, equal values are kept, case-insensitively for
strings; nested resources and lists of the same sub-resources are merged item by item; any other difference keeps
the later value and is returned as a conflict) and how a conflicting value is shown in the warning.
"""

from __future__ import annotations

import dataclasses
from enum import Enum
from typing import Any

from planner.model import PowerState, key

_SHOW_LIMIT = 120


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {} or value is PowerState.UNKNOWN


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return a.lower() == b.lower()  # ids and SKU names are case-insensitive in Azure
    return bool(a == b)


def _identity(item: Any) -> Any:
    rid = getattr(item, "id", None)
    if rid:
        return key(rid)
    return (str(getattr(item, "name", "") or "").lower(), getattr(item, "lun", None))


def _show(value: Any) -> str:
    if isinstance(value, list) and value and dataclasses.is_dataclass(value[0]):
        text = (
            "["
            + ", ".join(str(getattr(v, "id", None) or getattr(v, "name", None) or "?") for v in value)
            + "]"
        )
    elif isinstance(value, Enum):
        text = str(value.value)
    else:
        text = repr(value)
    return text if len(text) <= _SHOW_LIMIT else text[: _SHOW_LIMIT - 3] + "..."


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def _merge(old: Any, new: Any, path: str, conflicts: list[tuple[str, Any, Any]]) -> None:
    """Fill `old` in place from `new`; where both hold different values keep `new`'s and record a conflict."""
    for name in _field_names(type(old)):
        if name == "id":
            continue  # same key; keep the first spelling read
        a = getattr(old, name)
        b = getattr(new, name)
        if _empty(b) or a is b:
            continue
        if _empty(a):
            setattr(old, name, b)
            continue
        if _same(a, b):
            continue
        field_path = f"{path}{name}"
        if dataclasses.is_dataclass(a) and type(a) is type(b):
            _merge(a, b, field_path + ".", conflicts)
        elif (
            isinstance(a, list)
            and isinstance(b, list)
            and len(a) == len(b)
            and all(dataclasses.is_dataclass(x) for x in a + b)
            and [_identity(x) for x in a] == [_identity(x) for x in b]
        ):
            for i, (x, y) in enumerate(zip(a, b, strict=True)):
                _merge(x, y, f"{field_path}[{i}].", conflicts)
        else:
            conflicts.append((field_path, a, b))
            setattr(old, name, b)
