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
from planner.model import KEYED_TABLES, Inventory, Problem, Severity

FORMAT = "planner-snapshot"
VERSION = 1
# Inventory fields held as maps keyed by case-folded id; the snapshot stores them as lists.
_KEYED = KEYED_TABLES


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


Encoder = typing.Callable[[Any], Any]


def _identity(v: Any) -> Any:
    return v


@cache
def _encoder(tp: Any) -> Encoder:
    """An encoder specialised for one type of the model: plain values pass through untouched."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        (inner_tp,) = [a for a in typing.get_args(tp) if a is not type(None)]
        inner = _encoder(inner_tp)
        return _identity if inner is _identity else (lambda v: None if v is None else inner(v))
    if origin is list:
        item = _encoder(typing.get_args(tp)[0])
        return list if item is _identity else (lambda v: [item(x) for x in v])
    if origin is dict:
        return dict
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        fields = [(f.name, _encoder(hints[f.name])) for f in dataclasses.fields(tp)]
        return lambda v: {name: enc(getattr(v, name)) for name, enc in fields}
    if isinstance(tp, type) and issubclass(tp, Enum):
        return lambda v: v.value
    return _identity


def to_document(inv: Inventory, *, source: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {}
    hints = _hints(Inventory)
    for f in dataclasses.fields(inv):
        value = getattr(inv, f.name)
        if f.name in _KEYED:
            item = _encoder(typing.get_args(hints[f.name])[1])
            body[f.name] = [item(v) for v in value.values()]
        else:
            body[f.name] = _encoder(hints[f.name])(value)
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
            # json.dumps, not json.dump: dump streams through the pure-Python encoder, five times slower here.
            fh.write(json.dumps(doc, separators=(",", ":")))
            fh.write("\n")
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(model))


Decoder = typing.Callable[[Any], Any]


class _Bad(Exception):
    """A value of the wrong type; `path` is filled in on the way out, so the happy path builds no strings."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.path: list[str] = []


@cache
def _decoder(tp: Any) -> Decoder:
    """A decoder specialised for one type of the model, built once from its type hints."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        (inner_tp,) = [a for a in typing.get_args(tp) if a is not type(None)]
        inner = _decoder(inner_tp)
        return lambda v: None if v is None else inner(v)
    if origin is list:
        item = _decoder(typing.get_args(tp)[0])

        def decode_list(v: Any) -> Any:
            if type(v) is not list:
                raise _Bad("expected a list")
            return [item(x) for x in v]

        return decode_list
    if origin is dict:

        def decode_dict(v: Any) -> Any:
            if type(v) is not dict:
                raise _Bad("expected an object")
            return dict(v)

        return decode_dict
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _dataclass_decoder(tp)
    if isinstance(tp, type) and issubclass(tp, Enum):
        enum_type = tp

        def decode_enum(v: Any) -> Any:
            try:
                return enum_type(v)
            except ValueError:
                raise _Bad(f"{v!r} is not a valid {enum_type.__name__}") from None

        return decode_enum
    want = tp

    def decode_plain(v: Any) -> Any:
        if type(v) is want:
            return v
        if want is float and type(v) is int:
            return float(v)
        raise _Bad(f"expected {want.__name__}, got {type(v).__name__}")

    return decode_plain


def _dataclass_decoder(cls: type) -> Decoder:
    hints = _hints(cls)
    fields = [
        (
            f.name,
            _decoder(hints[f.name]),
            f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING,
        )
        for f in dataclasses.fields(cls)
    ]

    def decode(v: Any) -> Any:
        if type(v) is not dict:
            raise _Bad(f"expected an object for {cls.__name__}")
        kwargs = {}
        for name, dec, required in fields:
            if name in v:
                try:
                    kwargs[name] = dec(v[name])
                except _Bad as bad:
                    bad.path.insert(0, name)
                    raise
            elif required:
                raise _Bad(f"{cls.__name__} lacks required field {name!r}")
        return cls(**kwargs)

    return decode


def _decode(tp: Any, value: Any, where: str) -> Any:
    try:
        return _decoder(tp)(value)
    except _Bad as bad:
        path = ".".join(bad.path)
        raise SnapshotError(f"{where}{'.' + path if path else ''}: {bad}") from None


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
        del text
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
