"""Writing the plan's TOML file (with tomli-w) and computing its digest.

The digest is a sha256 over the file's content in canonical form (everything except `generated_at` and the digest
itself), so the same inputs give a byte-identical plan apart from `generated_at`, and any edit is detected. A plan
is written and hashed in one streaming pass: a 100,000-VM plan is about 170 MB of TOML and is never one string.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import tomli_w
import tomli_w._writer as _tomli_writer

from planner.plan.types import SCHEMA_VERSION, GroupEntry, Meta, Plan, Step, VmEntry, VnetEntry, Wave

DIGEST_PREFIX = "sha256:"
# Written first, then overwritten in place once the content after it has been hashed (same length).
_DIGEST_NOT_YET = DIGEST_PREFIX + "0" * 64
_DIGEST_AT = len(f'schema_version = {SCHEMA_VERSION}\ndigest = "')
_CHUNK = 1000  # [[vms]] (etc.) entries serialised per tomli-w call
_WAVES_PER_CHUNK = 64


def _meta_dict(m: Meta, *, with_time: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"generated_at": m.generated_at} if with_time else {}
    out.update(
        tool=m.tool,
        tool_version=m.tool_version,
        inventory_digest=m.inventory_digest,
        cloud=m.cloud,
        subscriptions=list(m.subscriptions),
        series=m.series,
        wave_count=m.wave_count,
        lower_bound_waves=m.lower_bound_waves,
        unscheduled_waves=list(m.unscheduled_waves),
    )
    if m.notes:  # written only when there are some: a plan without notes reads as it did before they existed
        out["notes"] = list(m.notes)
    if m.rolls_back:
        out["rolls_back"] = m.rolls_back
    return out


def _sorted(d: dict[str, Any]) -> dict[str, Any]:
    return {k: d[k] for k in sorted(d)}


def _step_dict(s: Step) -> dict[str, Any]:
    return {
        "id": s.id,
        "op": s.op,
        "target": s.target,
        "after": list(s.after),
        "az": s.az,
        "expect": _sorted(s.expect),
        "params": _sorted(s.params),
        "rollback": _sorted(s.rollback),
    }


def _wave_dict(w: Wave) -> dict[str, Any]:
    out: dict[str, Any] = {"index": w.index, "title": w.title}
    if w.outage:
        out["outage"] = list(w.outage)
    out["estimated_seconds"] = w.estimated_seconds
    if w.window is not None:
        out["window"] = w.window
    out["steps"] = [_step_dict(s) for s in w.steps]
    return out


def _vnet_dict(v: VnetEntry) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": v.id,
        "name": v.name,
        "location": v.location,
        "verdict": v.verdict,
        "encryption": v.encryption,
        "action": v.action,
    }
    if v.enforcement is not None:
        out["enforcement"] = v.enforcement
    out["reasons"] = list(v.reasons)
    return out


def _vm_dict(v: VmEntry) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": v.id,
        "name": v.name,
        "kind": v.kind,
        "verdict": v.verdict,
        "disposition": v.disposition,
        "size": v.size,
    }
    for k, val in (
        ("target_size", v.target_size),
        ("power_state", v.power_state),
        ("wave", v.wave),
        ("update_domain", v.update_domain),
    ):
        if val is not None:
            out[k] = val
    out.update(actions=list(v.actions), vnets=list(v.vnets), groups=list(v.groups), reasons=list(v.reasons))
    return out


def _group_dict(g: GroupEntry) -> dict[str, Any]:
    return {"id": g.id, "kind": g.kind, "name": g.name, "members": g.members, "budget": g.budget}


def _table_chunks(name: str, rows: list[dict[str, Any]]) -> Iterator[str]:
    for i in range(0, len(rows), _CHUNK):
        yield tomli_w.dumps({name: rows[i : i + _CHUNK]})


def _body(plan: Plan) -> Iterator[str]:
    """Everything after [meta], in canonical form, a piece at a time (a large plan is never one string)."""
    yield tomli_w.dumps({"policy": plan.policy.to_dict()})
    yield from _table_chunks("groups", [_group_dict(g) for g in plan.groups])
    yield from _table_chunks("vnets", [_vnet_dict(v) for v in plan.vnets])
    rows = _Rows.make()
    for i in range(0, len(plan.vms), _CHUNK):
        dicts = [_vm_dict(v) for v in plan.vms[i : i + _CHUNK]]
        yield rows.vms(dicts) if rows is not None else tomli_w.dumps({"vms": dicts})
    for i in range(0, len(plan.waves), _WAVES_PER_CHUNK):
        waves = plan.waves[i : i + _WAVES_PER_CHUNK]
        text = rows.waves(waves) if rows is not None else None
        # tomli-w renders the first table of an array inline to decide whether the whole array fits inline,
        # which for a wave means rendering all of it twice: several waves per call make that rare.
        yield text if text is not None else tomli_w.dumps({"waves": [_wave_dict(w) for w in waves]})


class _Rows:
    """The bulk of a large plan ([[vms]], and [[waves]] with their [[waves.steps]]) written a row at a time.

    Every key and value is formatted by tomli-w's own functions; only the `[[table]]` headers, ` = ` and newlines
    are laid out here, exactly as tomli-w lays them out for these flat shapes (a test holds the output
    byte-identical to `tomli_w.dumps`). It skips tomli-w's nested generators, which are most of the time
    `planner plan` spends on a 100,000-VM plan. Anything not flat (a table inside a value) is left to tomli-w.
    """

    def __init__(
        self,
        key_part: Callable[[str], str],
        literal: Callable[..., str],
        ctx: Any,
        string: Callable[..., str],
        needs_escape: re.Pattern[str],
    ) -> None:
        self.key_part = key_part
        self.literal = literal
        self.ctx = ctx
        self.keys: dict[str, str] = {}
        self._string = string
        self._needs_escape = needs_escape

    @staticmethod
    def make() -> _Rows | None:
        names = ("format_key_part", "format_literal", "format_string", "Context", "ILLEGAL_BASIC_STR_CHARS")
        if not all(hasattr(_tomli_writer, n) for n in names):
            return None  # a tomli-w release moved its internals: the plan is written by tomli_w.dumps alone
        illegal = _tomli_writer.ILLEGAL_BASIC_STR_CHARS
        return _Rows(
            _tomli_writer.format_key_part,
            _tomli_writer.format_literal,
            _tomli_writer.Context(False, 4),
            _tomli_writer.format_string,
            re.compile("[" + re.escape("".join(sorted(illegal))) + "]"),
        )

    def string(self, s: str) -> str:
        """A basic string as tomli-w writes it. tomli-w escapes a character at a time in Python (most of the
        time of a 100,000-VM plan, 170 MB of ids and `az` lines); a string with nothing to escape is quoted
        directly, byte-identical, and every other string goes through tomli-w's own function."""
        if self._needs_escape.search(s) is None:
            return '"' + s + '"'
        return self._string(s, allow_multiline=False)

    def lines(self, d: dict[str, Any]) -> str | None:
        """`key = value` lines of a table whose values are all literals; None if one is a table."""
        out = []
        string = self.string
        for k, v in d.items():
            part = self.keys.get(k)
            if part is None:
                part = self.keys[k] = self.key_part(k)
            kind = type(v)
            if kind is str or isinstance(v, str):  # vocabulary words are StrEnum members
                text = string(v)  # what format_literal does for a str, minus its checks
            elif kind is list and v and all(type(x) is str for x in v):
                # format_inline_array of strings at the top level of a table, likewise
                text = "[\n" + "".join(f"    {string(x)},\n" for x in v) + "]"
            elif kind is dict or (kind is list and any(isinstance(x, dict) for x in v)):
                return None
            else:
                text = self.literal(v, self.ctx)
            out.append(f"{part} = {text}\n")
        return "".join(out)

    def vms(self, rows: list[dict[str, Any]]) -> str:
        texts = [self.lines(r) for r in rows]
        if any(t is None for t in texts):
            return tomli_w.dumps({"vms": rows})
        return "\n".join(f"[[vms]]\n{t}" for t in texts)

    def waves(self, waves: list[Wave]) -> str | None:
        texts = []
        for w in waves:
            head = _wave_dict(w)
            steps = head.pop("steps")
            if not steps:
                head["steps"] = []  # tomli-w writes an empty array of tables as a plain `steps = []`
            text = self.lines(head)
            if text is None:
                return None
            pieces = [f"[[waves]]\n{text}"]
            for step in steps:
                tables = {k: step.pop(k) for k in ("expect", "params", "rollback")}
                fields = self.lines(step)
                if fields is None:
                    return None
                pieces.append(f"\n[[waves.steps]]\n{fields}")
                for name, table in tables.items():
                    body = self.lines(table)
                    if body is None:
                        return None
                    pieces.append(f"\n[waves.steps.{name}]\n{body}")
            texts.append("".join(pieces))
        return "\n".join(texts)


def _emit(plan: Plan, out: IO[bytes] | None) -> str:
    """Write the plan to `out` (None: only hash it) and return its digest; the digest field is patched in."""
    h = hashlib.sha256(f"schema_version = {SCHEMA_VERSION}\n".encode())
    h.update(tomli_w.dumps({"meta": _meta_dict(plan.meta, with_time=False)}).encode())
    start = 0
    if out is not None:
        start = out.tell()
        out.write(f'schema_version = {SCHEMA_VERSION}\ndigest = "{_DIGEST_NOT_YET}"\n\n'.encode())
        out.write(tomli_w.dumps({"meta": _meta_dict(plan.meta, with_time=True)}).encode())
    for chunk in _body(plan):
        data = ("\n" + chunk).encode()
        h.update(data)
        if out is not None:
            out.write(data)
    digest = DIGEST_PREFIX + h.hexdigest()
    if out is not None:
        end = out.tell()
        out.seek(start + _DIGEST_AT)
        out.write(digest.encode())
        out.seek(end)
    return digest


def head(plan: Plan, max_lines: int) -> tuple[str, int]:
    """The first `max_lines` lines of the plan file's text, and how many lines the whole file has (at least).

    Made a chunk at a time and stopped once enough lines are out: previewing a 100,000-VM plan writes a few KB,
    not its 170 MB. The digest shown is `plan.digest` as it is (set it first)."""
    pieces = [
        f'schema_version = {SCHEMA_VERSION}\ndigest = "{plan.digest}"\n\n',
        tomli_w.dumps({"meta": _meta_dict(plan.meta, with_time=True)}),
    ]
    count = sum(p.count("\n") for p in pieces)
    for chunk in _body(plan):
        if count > max_lines:
            break
        pieces.append("\n" + chunk)
        count += chunk.count("\n") + 1
    lines = "".join(pieces).splitlines()
    return "\n".join(lines[:max_lines]), len(lines)


def content_digest(plan: Plan) -> str:
    """The digest the plan's content should carry (computed, not read)."""
    return _emit(plan, None)


def dumps(plan: Plan) -> str:
    """The plan file's text; sets `plan.digest`."""
    buf = io.BytesIO()
    plan.digest = _emit(plan, buf)
    return buf.getvalue().decode()


def write(plan: Plan, path: Path) -> None:
    """Write the plan file (replacing it only once complete); sets `plan.digest`."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with tmp.open("wb") as f:
            plan.digest = _emit(plan, f)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
