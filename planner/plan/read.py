"""Reading a plan's TOML file (with tomllib) into a Plan.

A plan file is what a reviewer approves and what `apply` executes, so reading one trusts nothing: `read` checks the
shape (schema version, tables, fields, types, op vocabulary) and collects every problem instead of stopping at the
first. The rules a plan must obey are checked afterwards by `planner.plan_check`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from planner.model import ResourceId
from planner.plan import policy as policy_mod
from planner.plan.ops import Op
from planner.plan.policy import Policy, PolicyError
from planner.plan.types import (
    SCHEMA_VERSION,
    GroupEntry,
    Meta,
    Plan,
    PlanProblem,
    PlanReadError,
    Step,
    VmEntry,
    VnetEntry,
    Wave,
    locate,
)
from planner.vocabulary import (
    Disposition,
    Encryption,
    Enforcement,
    GroupKind,
    ResultKind,
    Verdict,
    VnetVerdict,
)

_E = TypeVar("_E", bound=StrEnum)
# [meta] fields a plan may leave out (written by older planners, or only when there is something to say).
OPTIONAL_META = ("tool", "unscheduled_waves", "notes", "rolls_back")


class _Shape:
    """Reads a parsed TOML document into a Plan, collecting every shape problem instead of stopping at one."""

    def __init__(self) -> None:
        self.problems: list[PlanProblem] = []

    def problem(self, where: str, message: str, **loc: Any) -> None:
        self.problems.append(PlanProblem(where, message, **loc))

    def get(
        self, d: dict[str, Any], k: str, kind: str, where: str, *, required: bool = True, **loc: Any
    ) -> Any:
        if k not in d:
            if required:
                self.problem(where, f"missing field {k!r}", **loc)
            return None
        v = d[k]
        if not _is(v, kind):
            self.problem(where, f"{k}: expected {kind}, got {_describe(v)}", **loc)
            return None
        return v

    def word(self, value: str | None, vocabulary: type[_E], k: str, where: str, **loc: Any) -> _E | None:
        """`value` as a member of `vocabulary`; a problem naming the known words when it is not one."""
        if value is None:
            return None
        try:
            return vocabulary(value)
        except ValueError:
            self.problem(where, f"{k} {value!r} is not one of {', '.join(vocabulary)}", **loc)
            return None

    def unknown(self, d: dict[str, Any], known: Iterable[str], where: str, **loc: Any) -> None:
        extra = sorted(set(d) - set(known))
        if extra:
            self.problem(where, f"unknown field(s) {', '.join(extra)}", **loc)

    def rows(self, doc: dict[str, Any], name: str) -> list[tuple[int, dict[str, Any]]]:
        value = doc.get(name, [])
        if not isinstance(value, list):
            self.problem(f"[[{name}]]", f"expected an array of tables, got {_describe(value)}")
            return []
        out = []
        for i, row in enumerate(value, 1):
            if isinstance(row, dict):
                out.append((i, row))
            else:
                self.problem(
                    f"[[{name}]] #{i}", f"expected a table, got {_describe(row)}", table=name, ordinal=i
                )
        return out

    def plan(self, doc: dict[str, Any]) -> Plan | None:
        version = doc.get("schema_version")
        if version != SCHEMA_VERSION:
            shown = "missing" if version is None else repr(version)
            self.problem(
                "schema_version", f"{shown}: this planner reads schema_version = {SCHEMA_VERSION} plans only"
            )
            return None
        self.unknown(
            doc, ("schema_version", "digest", "meta", "policy", "groups", "vnets", "vms", "waves"), "plan"
        )
        digest = self.get(doc, "digest", "string", "plan")
        meta = self.meta(doc.get("meta"))
        pol: Policy | None = None
        if "policy" not in doc:
            self.problem("[policy]", "missing table")
        else:
            try:
                pol = policy_mod.parse(doc["policy"], "[policy]")
            except PolicyError as exc:
                self.problem("[policy]", str(exc).removeprefix("[policy]: "))
        groups = [g for i, row in self.rows(doc, "groups") if (g := self.group(i, row))]
        vnets = [vn for i, row in self.rows(doc, "vnets") if (vn := self.vnet(i, row))]
        vms = [vm for i, row in self.rows(doc, "vms") if (vm := self.vm(i, row))]
        # A plan with nothing to do has no [[waves]] table at all (TOML has no empty array of tables to write).
        waves = [w for i, row in self.rows(doc, "waves") if (w := self.wave(i, row))]
        if meta is None or pol is None or self.problems:
            return None
        return Plan(meta, pol, groups, vnets, vms, waves, digest or "")

    def meta(self, m: Any) -> Meta | None:
        if not isinstance(m, dict):
            self.problem("[meta]", "missing table" if m is None else f"expected a table, got {_describe(m)}")
            return None
        spec = {
            "generated_at": "string",
            "tool": "string",
            "tool_version": "string",
            "inventory_digest": "string",
            "cloud": "string",
            "subscriptions": "array of strings",
            "series": "string",
            "wave_count": "integer",
            "lower_bound_waves": "integer",
            "unscheduled_waves": "array of integers",
            "notes": "array of strings",
            "rolls_back": "string",
        }
        self.unknown(m, spec, "[meta]")
        values = {
            k: self.get(m, k, kind, "[meta]", required=k not in OPTIONAL_META)
            for k, kind in spec.items()
        }
        if any(values[k] is None for k in spec if k not in OPTIONAL_META):
            return None
        return Meta(
            generated_at=values["generated_at"],
            tool_version=values["tool_version"],
            inventory_digest=values["inventory_digest"],
            cloud=values["cloud"],
            subscriptions=values["subscriptions"],
            series=values["series"],
            wave_count=values["wave_count"],
            lower_bound_waves=values["lower_bound_waves"],
            unscheduled_waves=values["unscheduled_waves"] or [],
            tool=values["tool"] or "planner",
            notes=values["notes"] or [],
            rolls_back=values["rolls_back"] or "",
        )

    def group(self, i: int, row: dict[str, Any]) -> GroupEntry | None:
        where = f"[[groups]] #{i}"
        loc: dict[str, Any] = {"table": "groups", "ordinal": i}
        spec = {"id": "string", "kind": "string", "name": "string", "members": "integer", "budget": "integer"}
        self.unknown(row, spec, where, **loc)
        v = {k: self.get(row, k, kind, where, **loc) for k, kind in spec.items()}
        if any(x is None for x in v.values()):
            return None
        kind = self.word(v["kind"], GroupKind, "kind", where, **loc)
        if kind is None:
            return None
        return GroupEntry(v["id"], kind, v["name"], v["members"], v["budget"])

    def vnet(self, i: int, row: dict[str, Any]) -> VnetEntry | None:
        where = f"[[vnets]] #{i}"
        loc: dict[str, Any] = {"table": "vnets", "ordinal": i}
        spec = {
            "id": "string",
            "name": "string",
            "location": "string",
            "verdict": "string",
            "encryption": "string",
            "action": "string",
            "enforcement": "string",
            "reasons": "array of strings",
        }
        self.unknown(row, spec, where, **loc)
        v = {k: self.get(row, k, kind, where, required=k != "enforcement", **loc) for k, kind in spec.items()}
        if any(v[k] is None for k in spec if k != "enforcement"):
            return None
        verdict = self.word(v["verdict"], VnetVerdict, "verdict", where, **loc)
        encryption = self.word(v["encryption"], Encryption, "encryption", where, **loc)
        enforcement = self.word(v["enforcement"], Enforcement, "enforcement", where, **loc)
        if verdict is None or encryption is None or (v["enforcement"] is not None and enforcement is None):
            return None
        return VnetEntry(
            v["id"], v["name"], v["location"], verdict, encryption, v["action"], enforcement, v["reasons"]
        )

    def vm(self, i: int, row: dict[str, Any]) -> VmEntry | None:
        where = f"[[vms]] #{i}"
        loc: dict[str, Any] = {"table": "vms", "ordinal": i}
        optional = ("target_size", "power_state", "wave", "update_domain")
        spec = {
            "id": "string",
            "name": "string",
            "kind": "string",
            "verdict": "string",
            "disposition": "string",
            "size": "string",
            "target_size": "string",
            "power_state": "string",
            "actions": "array of strings",
            "wave": "integer",
            "vnets": "array of strings",
            "groups": "array of strings",
            "update_domain": "integer",
            "reasons": "array of strings",
        }
        self.unknown(row, spec, where, **loc)
        v = {k: self.get(row, k, kind, where, required=k not in optional, **loc) for k, kind in spec.items()}
        if any(v[k] is None for k in spec if k not in optional):
            return None
        disposition = self.word(v["disposition"], Disposition, "disposition", where, **loc)
        kind = self.word(v["kind"], ResultKind, "kind", where, **loc)
        verdict = self.word(v["verdict"], Verdict, "verdict", where, **loc)
        if disposition is None or kind is None or verdict is None:
            return None
        v.update(disposition=disposition, kind=kind, verdict=verdict)
        return VmEntry(**v)

    def wave(self, i: int, row: dict[str, Any]) -> Wave | None:
        where = f"wave #{i}"
        loc: dict[str, Any] = {"table": "waves", "ordinal": i}
        if isinstance(row.get("index"), int):
            where = f"wave {row['index']}"
        spec = {
            "index": "integer",
            "title": "string",
            "outage": "array of strings",
            "estimated_seconds": "integer",
            "window": "integer",
            "steps": "array of tables",
        }
        self.unknown(row, spec, where, **loc)
        v = {
            k: self.get(row, k, kind, where, required=k not in ("outage", "window"), **loc)
            for k, kind in spec.items()
        }
        steps = [s for j, raw in enumerate(v["steps"] or [], 1) if (s := self.step(where, i, j, raw))]
        if any(v[k] is None for k in ("index", "title", "estimated_seconds", "steps")):
            return None
        return Wave(v["index"], v["title"], steps, v["outage"] or [], v["estimated_seconds"], v["window"])

    def step(self, wave_where: str, i: int, j: int, raw: Any) -> Step | None:
        loc: dict[str, Any] = {"table": "waves", "ordinal": i, "step_ordinal": j}
        sid = raw.get("id") if isinstance(raw, dict) else None
        where = f"{wave_where} step {sid}" if isinstance(sid, str) and sid else f"{wave_where} step #{j}"
        if not isinstance(raw, dict):
            self.problem(where, f"expected a table, got {_describe(raw)}", **loc)
            return None
        spec = {
            "id": "string",
            "op": "string",
            "target": "string",
            "expect": "table",
            "params": "table",
            "rollback": "table",
            "after": "array of strings",
            "az": "string",
        }
        self.unknown(raw, spec, where, **loc)
        v = {k: self.get(raw, k, kind, where, **loc) for k, kind in spec.items()}
        if v["op"] is not None and v["op"] not in tuple(Op):
            self.problem(where, f"unknown op {v['op']!r}; known: {', '.join(Op)}", **loc)
            return None
        if v["target"] is not None and ResourceId.parse(v["target"]) is None:
            self.problem(where, f"target {v['target']!r} is not a resource id", **loc)
            return None
        if v["id"] is not None and not v["id"]:
            self.problem(where, "empty step id", **loc)
            return None
        if any(x is None for x in v.values()):
            return None
        v["op"] = Op(v["op"])
        return Step(**v)


def _is(v: Any, kind: str) -> bool:
    if kind == "string":
        return isinstance(v, str)
    if kind == "integer":
        return isinstance(v, int) and not isinstance(v, bool)
    if kind == "table":
        return isinstance(v, dict)
    if kind == "array of strings":
        return isinstance(v, list) and all(isinstance(x, str) for x in v)
    if kind == "array of integers":
        return isinstance(v, list) and all(isinstance(x, int) and not isinstance(x, bool) for x in v)
    if kind == "array of tables":
        return isinstance(v, list)
    raise AssertionError(kind)


def _describe(v: Any) -> str:
    names = {
        str: "a string",
        bool: "a boolean",
        int: "an integer",
        float: "a float",
        list: "an array",
        dict: "a table",
    }
    return names.get(type(v), type(v).__name__)


_TOML_PLACE = re.compile(r"at line (\d+), column \d+")


def loads(text: str) -> tuple[Plan | None, list[PlanProblem]]:
    """A plan from TOML text, or None and the problems (syntax with its line and column, then shape)."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib (3.11) puts the place only in the message: "... (at line 41, column 6)".
        at = _TOML_PLACE.search(str(exc))
        return None, [PlanProblem("TOML syntax", str(exc), line=int(at.group(1)) if at else None)]
    shape = _Shape()
    plan = shape.plan(doc)
    locate(text, shape.problems)
    return plan, shape.problems


def read(path: Path) -> tuple[Plan | None, list[PlanProblem], str]:
    """Read a plan file: (plan or None, shape problems, its text). PlanReadError when it cannot be read."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise PlanReadError(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise PlanReadError(f"{path}: is a folder, not a plan file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise PlanReadError(f"{path}: cannot read: {exc}") from exc
    plan, problems = loads(text)
    return plan, problems, text
