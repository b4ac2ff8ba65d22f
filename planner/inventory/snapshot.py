"""The snapshot: planner's own versioned, normalised JSON form of an Inventory.

`planner fetch` writes one; every command that takes an inventory reads one. It holds the model exactly (no raw ARM
shapes), so loading it skips shape detection and merging. The codec walks the model's dataclass type hints, so a field
added to `planner.model` is carried without touching this file; a snapshot from a newer schema is refused.
"""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
import types
import typing
from datetime import UTC, datetime
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

from planner import __version__, model
from planner.model import Inventory, Problem, Severity

FORMAT = "planner-snapshot"
VERSION = 1
# Inventory fields held as maps keyed by case-folded id; the snapshot stores them as lists.
_KEYED = (
    "vms",
    "nics",
    "vnets",
    "load_balancers",
    "availability_sets",
    "scale_sets",
    "private_link_services",
    "dns_resolvers",
    "disks",
    "aks_clusters",
)


class SnapshotError(Exception):
    """A snapshot that cannot be read; the message names the file and what is wrong."""


def looks_like_snapshot(path: Path) -> bool:
    """Cheap check on the first bytes: snapshots are written with `format` as their first key."""
    try:
        with path.open("rb") as fh:
            head = fh.read(256)
    except OSError:
        return False
    return FORMAT.encode() in head


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    return value


def to_document(inv: Inventory, *, source: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {}
    for f in dataclasses.fields(inv):
        value = getattr(inv, f.name)
        if f.name in _KEYED:
            body[f.name] = [_encode(v) for v in value.values()]
        else:
            body[f.name] = _encode(value)
    return {
        "format": FORMAT,
        "version": VERSION,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "tool": f"planner {__version__}",
        "source": source,
        "inventory": body,
    }


def write(inv: Inventory, out: Path, *, source: str | None = None) -> None:
    """Write atomically: a crash never leaves a half-written snapshot where a good one was."""
    doc = to_document(inv, source=source)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(doc, fh, separators=(",", ":"))
            fh.write("\n")
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(model))


def _decode(tp: Any, value: Any, where: str) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return _decode(inner[0], value, where)
    if origin is list:
        if not isinstance(value, list):
            raise SnapshotError(f"{where}: expected a list")
        (item,) = typing.get_args(tp)
        return [_decode(item, v, where) for v in value]
    if origin is dict:
        if not isinstance(value, dict):
            raise SnapshotError(f"{where}: expected an object")
        return dict(value)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            raise SnapshotError(f"{where}: expected an object for {tp.__name__}")
        hints = _hints(tp)
        kwargs = {}
        for f in dataclasses.fields(tp):
            if f.name in value:
                kwargs[f.name] = _decode(hints[f.name], value[f.name], f"{where}.{f.name}")
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise SnapshotError(f"{where}: {tp.__name__} lacks required field {f.name!r}")
        return tp(**kwargs)
    if isinstance(tp, type) and issubclass(tp, Enum):
        try:
            return tp(value)
        except ValueError as exc:
            raise SnapshotError(f"{where}: {value!r} is not a valid {tp.__name__}") from exc
    if tp is float and isinstance(value, int):
        return float(value)
    if isinstance(tp, type) and not isinstance(value, tp):
        raise SnapshotError(f"{where}: expected {tp.__name__}, got {type(value).__name__}")
    return value


def from_document(doc: Any, where: str) -> Inventory:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise SnapshotError(f"{where}: not a planner snapshot")
    version = doc.get("version")
    if version != VERSION:
        raise SnapshotError(
            f"{where}: snapshot version {version!r} is not supported by planner {__version__} "
            f"(it reads version {VERSION}); fetch the inventory again"
        )
    body = doc.get("inventory")
    if not isinstance(body, dict):
        raise SnapshotError(f"{where}: snapshot has no inventory")
    hints = _hints(Inventory)
    inv = Inventory()
    for f in dataclasses.fields(Inventory):
        if f.name not in body:
            continue
        if f.name in _KEYED:
            table_type = hints[f.name]
            (_, item_type) = typing.get_args(table_type)
            items = _decode(list[item_type], body[f.name], f"{where}: {f.name}")  # type: ignore[valid-type]
            setattr(inv, f.name, {model.key(x.id): x for x in items})
        else:
            setattr(inv, f.name, _decode(hints[f.name], body[f.name], f"{where}: {f.name}"))
    return inv


def read(path: Path) -> Inventory:
    """Load a snapshot. Errors become one ERROR problem naming the file, never an exception."""
    try:
        text = path.read_text(encoding="utf-8")
        doc = json.loads(text)
        inv = from_document(doc, str(path))
    except json.JSONDecodeError as exc:
        return _failed(path, "invalid-json", f"{exc.msg} at line {exc.lineno} column {exc.colno}", exc.lineno)
    except (OSError, UnicodeDecodeError) as exc:
        return _failed(path, "unreadable", str(exc), None)
    except SnapshotError as exc:
        return _failed(path, "invalid-snapshot", str(exc), None)
    inv.sources = [str(path)]
    return inv


def _failed(path: Path, code: str, message: str, line: int | None) -> Inventory:
    source = f"{path}:{line}" if line else str(path)
    return Inventory(problems=[Problem(code, message, Severity.ERROR, source)], sources=[str(path)])
