"""The plan: its dataclasses, its TOML file (written with tomli-w, read with tomllib), its digest, its validation.

A plan file is what a reviewer approves and what `apply` executes, so reading one trusts nothing: `read` checks the
shape (schema version, tables, fields, types, op vocabulary) and `check` re-checks every rule the sequencer is meant
to obey (step ordering, one deallocation per VM, budgets per wave, availability-set outages, update-domain order,
encryption before the cycles of a VNet, the `az` line of each step, the digest) from the file alone, without calling
the sequencer. `check_against` compares each step's target and `expect` with an inventory.

The digest is a sha256 over the file's content in canonical form (everything except `generated_at` and the digest
itself), so the same inputs give a byte-identical plan apart from `generated_at`, and any edit is detected. A plan
is written and hashed in one streaming pass: a 100,000-VM plan is about 170 MB of TOML and is never one string.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import os
import re
import tomllib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import tomli_w
import tomli_w._writer as _tomli_writer

from planner import azcli
from planner import policy as policy_mod
from planner.gcpause import collector_paused
from planner.model import Inventory, ResourceId, key
from planner.policy import Policy, PolicyError

SCHEMA_VERSION = 1

OPS = (
    "vnet.enable-encryption",
    "vm.deallocate",
    "vm.resize",
    "nic.enable-accelerated-networking",
    "vm.start",
    "vmss.update-model",
    "vmss.upgrade-instances",
    "manual",
)
VM_OPS = ("vm.deallocate", "vm.resize", "vm.start")
ENFORCEMENTS = ("AllowUnencrypted", "DropUnencrypted")
GROUP_KINDS = ("availability-set", "load-balancer-pool", "scale-set")
# What the plan does with each VM or scale set listed in [[vms]].
DISPOSITIONS = ("cycle", "outage", "upgrade", "manual", "left-out", "none")

_TARGET_TYPES = {
    "vnet.enable-encryption": "microsoft.network/virtualnetworks",
    "vm.deallocate": "microsoft.compute/virtualmachines",
    "vm.resize": "microsoft.compute/virtualmachines",
    "vm.start": "microsoft.compute/virtualmachines",
    "nic.enable-accelerated-networking": "microsoft.network/networkinterfaces",
    "vmss.update-model": "microsoft.compute/virtualmachinescalesets",
    "vmss.upgrade-instances": "microsoft.compute/virtualmachinescalesets",
}

DIGEST_PREFIX = "sha256:"
# Written first, then overwritten in place once the content after it has been hashed (same length).
_DIGEST_NOT_YET = DIGEST_PREFIX + "0" * 64
_DIGEST_AT = len(f'schema_version = {SCHEMA_VERSION}\ndigest = "')
_CHUNK = 1000  # [[vms]] (etc.) entries serialised per tomli-w call
_WAVES_PER_CHUNK = 64


# --- the plan -------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Step:
    id: str
    op: str
    target: str  # resource id
    expect: dict[str, Any]  # the live values the step requires (the first step on a target: as inventoried)
    params: dict[str, Any]
    rollback: dict[str, Any]  # the values to restore
    after: list[str]  # steps of the same wave that must finish first
    az: str  # the equivalent Azure CLI command, shell-quoted


@dataclass(slots=True)
class Wave:
    index: int
    title: str
    steps: list[Step] = field(default_factory=list)
    outage: list[str] = field(default_factory=list)  # availability sets taken down whole in this wave
    estimated_seconds: int = 0
    window: int | None = None  # 1-based index into policy.windows


@dataclass(slots=True)
class GroupEntry:
    """A disruption-budget group: an availability set, a load-balancer backend pool or a scale set."""

    id: str
    kind: str
    name: str
    members: int
    budget: int


@dataclass(slots=True)
class VnetEntry:
    id: str
    name: str
    location: str
    verdict: str
    encryption: str  # enabled / disabled, as inventoried
    action: str  # enable-encryption / none
    enforcement: str | None = None  # what the plan sets
    reasons: list[str] = field(default_factory=list)


@dataclass(slots=True)
class VmEntry:
    id: str
    name: str
    kind: str  # vm / scale-set
    verdict: str
    disposition: str
    size: str
    target_size: str | None = None
    power_state: str | None = None
    actions: list[str] = field(default_factory=list)
    wave: int | None = None
    vnets: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    update_domain: int | None = None
    reasons: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Meta:
    generated_at: str
    tool_version: str
    inventory_digest: str
    cloud: str
    subscriptions: list[str]
    series: str
    wave_count: int
    lower_bound_waves: int
    unscheduled_waves: list[int] = field(default_factory=list)  # waves no maintenance window could hold
    tool: str = "planner"


@dataclass(slots=True)
class Plan:
    meta: Meta
    policy: Policy
    groups: list[GroupEntry] = field(default_factory=list)
    vnets: list[VnetEntry] = field(default_factory=list)
    vms: list[VmEntry] = field(default_factory=list)
    waves: list[Wave] = field(default_factory=list)
    digest: str = ""

    def steps(self) -> Iterator[tuple[Wave, Step]]:
        for w in self.waves:
            for s in w.steps:
                yield w, s


# --- writing --------------------------------------------------------------------------------------------


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

    def __init__(self, key_part: Callable[[str], str], literal: Callable[..., str], ctx: Any) -> None:
        self.key_part = key_part
        self.literal = literal
        self.ctx = ctx
        self.keys: dict[str, str] = {}

    @staticmethod
    def make() -> _Rows | None:
        names = ("format_key_part", "format_literal", "format_string", "Context")
        if not all(hasattr(_tomli_writer, n) for n in names):
            return None
        return _Rows(
            _tomli_writer.format_key_part, _tomli_writer.format_literal, _tomli_writer.Context(False, 4)
        )

    def lines(self, d: dict[str, Any]) -> str | None:
        """`key = value` lines of a table whose values are all literals; None if one is a table."""
        out = []
        string = _tomli_writer.format_string  # looked up now: `_plain_strings_fast` may have replaced it
        for k, v in d.items():
            part = self.keys.get(k)
            if part is None:
                part = self.keys[k] = self.key_part(k)
            kind = type(v)
            if kind is str:
                text = string(
                    v, allow_multiline=False
                )  # what format_literal does for a str, minus its checks
            elif kind is list and v and all(type(x) is str for x in v):
                # format_inline_array of strings at the top level of a table, likewise
                text = "[\n" + "".join(f"    {string(x, allow_multiline=False)},\n" for x in v) + "]"
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


@contextmanager
def _plain_strings_fast() -> Iterator[None]:
    """Let tomli-w skip its character-by-character escaping loop for strings that need no escape.

    A 100,000-VM plan holds about 170 MB of strings (resource ids, `az` lines), and tomli-w (pinned, 1.2.0)
    escapes each one a character at a time in Python: most of the time `planner plan` would spend. A string with
    none of the characters TOML requires escaped is written exactly as tomli-w would write it; every other
    string still goes through tomli-w's own function, so the output is byte-identical (a test holds it to that).
    When a tomli-w release moves these internals, the plain path is simply not used.
    """
    original: Callable[..., str] | None = getattr(_tomli_writer, "format_string", None)
    illegal = getattr(_tomli_writer, "ILLEGAL_BASIC_STR_CHARS", None)
    if original is None or not isinstance(illegal, frozenset):
        yield
        return
    needs_escape = re.compile("[" + re.escape("".join(sorted(illegal))) + "]")

    def format_string(s: str, *, allow_multiline: bool) -> str:
        if needs_escape.search(s) is None:
            return '"' + s + '"'
        return original(s, allow_multiline=allow_multiline)

    _tomli_writer.format_string = format_string
    try:
        yield
    finally:
        _tomli_writer.format_string = original


def _emit(plan: Plan, out: IO[bytes] | None) -> str:
    """Write the plan to `out` (None: only hash it) and return its digest; the digest field is patched in."""
    with _plain_strings_fast(), collector_paused():
        return _emit_all(plan, out)


def _emit_all(plan: Plan, out: IO[bytes] | None) -> str:
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


# --- problems -------------------------------------------------------------------------------------------


@dataclass(slots=True)
class PlanProblem:
    """Something wrong with a plan file: `where` names the wave and step (or table and entry)."""

    where: str
    message: str
    line: int | None = None
    # Where in the file, to find the line: (array table, 1-based entry), and for steps the step's position.
    table: str | None = None
    ordinal: int | None = None
    step_ordinal: int | None = None

    def __str__(self) -> str:
        at = f"line {self.line}: " if self.line else ""
        return f"{at}{self.where}: {self.message}"


class PlanReadError(Exception):
    """The plan file could not be read at all (missing, unreadable): an input error, not an invalid plan."""


class PlanInvalid(Exception):
    """The plan file was read but is not a valid plan."""

    def __init__(self, problems: list[PlanProblem]) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems


def locate(text: str, problems: list[PlanProblem]) -> None:
    """Fill in the line of each problem from the array-table headers of the file's text."""
    wanted = [p for p in problems if p.line is None and p.table is not None and p.ordinal is not None]
    if not wanted:
        return
    lines: dict[tuple[str, int, int | None], int] = {}
    counts: dict[str, int] = {}
    step_count = 0
    for number, raw in enumerate(text.splitlines(), 1):
        s = raw.strip()
        if not s.startswith("[["):
            continue
        name = s[2:].split("]]", 1)[0].strip()
        if name == "waves.steps":
            step_count += 1
            lines[("waves", counts.get("waves", 0), step_count)] = number
            continue
        counts[name] = counts.get(name, 0) + 1
        if name == "waves":
            step_count = 0
        lines[(name, counts[name], None)] = number
    for p in wanted:
        assert p.table is not None and p.ordinal is not None
        p.line = lines.get((p.table, p.ordinal, p.step_ordinal)) or lines.get((p.table, p.ordinal, None))


# --- reading --------------------------------------------------------------------------------------------


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
        if "waves" not in doc:
            self.problem("plan", "missing field 'waves'")
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
        }
        self.unknown(m, spec, "[meta]")
        values = {
            k: self.get(m, k, kind, "[meta]", required=k not in ("tool", "unscheduled_waves"))
            for k, kind in spec.items()
        }
        if any(values[k] is None for k in spec if k not in ("tool", "unscheduled_waves")):
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
        )

    def group(self, i: int, row: dict[str, Any]) -> GroupEntry | None:
        where = f"[[groups]] #{i}"
        loc: dict[str, Any] = {"table": "groups", "ordinal": i}
        spec = {"id": "string", "kind": "string", "name": "string", "members": "integer", "budget": "integer"}
        self.unknown(row, spec, where, **loc)
        v = {k: self.get(row, k, kind, where, **loc) for k, kind in spec.items()}
        if any(x is None for x in v.values()):
            return None
        if v["kind"] not in GROUP_KINDS:
            self.problem(where, f"kind {v['kind']!r} is not one of {', '.join(GROUP_KINDS)}", **loc)
            return None
        return GroupEntry(**v)

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
        return VnetEntry(**v)

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
        if v["disposition"] not in DISPOSITIONS:
            self.problem(
                where, f"disposition {v['disposition']!r} is not one of {', '.join(DISPOSITIONS)}", **loc
            )
            return None
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
        if v["op"] is not None and v["op"] not in OPS:
            self.problem(where, f"unknown op {v['op']!r}; known: {', '.join(OPS)}", **loc)
            return None
        if v["target"] is not None and ResourceId.parse(v["target"]) is None:
            self.problem(where, f"target {v['target']!r} is not a resource id", **loc)
            return None
        if v["id"] is not None and not v["id"]:
            self.problem(where, "empty step id", **loc)
            return None
        if any(x is None for x in v.values()):
            return None
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
        with collector_paused():
            doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib (3.11) puts the place only in the message: "... (at line 41, column 6)".
        at = _TOML_PLACE.search(str(exc))
        return None, [PlanProblem("TOML syntax", str(exc), line=int(at.group(1)) if at else None)]
    shape = _Shape()
    with collector_paused():
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


def load_valid(path: Path) -> Plan:
    """A plan that passes every check; PlanReadError if unreadable, PlanInvalid with the problems otherwise."""
    plan, problems, text = read(path)
    if plan is not None and not problems:
        problems = check(plan)
        locate(text, problems)
    if problems or plan is None:
        raise PlanInvalid(problems)
    return plan


# --- validation -----------------------------------------------------------------------------------------


@dataclass(slots=True)
class _At:
    """Where a step sits: its wave's position and its own position in the wave (both 0-based)."""

    wave: int
    pos: int
    step: Step


class _Rules:
    """Every rule of a plan file, checked from the file alone."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.policy = plan.policy
        self.problems: list[PlanProblem] = []
        self.entries: dict[str, VmEntry] = {}
        self.groups: dict[str, GroupEntry] = {}
        self.members: dict[str, list[str]] = {}  # group key -> member entry keys
        self.at: dict[str, _At] = {}  # step id -> place (first occurrence)
        self._closures: dict[tuple[int, str], frozenset[str]] = {}

    # -- helpers

    def wave_where(self, w: int) -> str:
        return f"wave {self.plan.waves[w].index}"

    def add_step(self, a: _At, message: str) -> None:
        self.problems.append(
            PlanProblem(
                f"{self.wave_where(a.wave)} step {a.step.id}",
                message,
                table="waves",
                ordinal=a.wave + 1,
                step_ordinal=a.pos + 1,
            )
        )

    def add_wave(self, w: int, message: str) -> None:
        self.problems.append(PlanProblem(self.wave_where(w), message, table="waves", ordinal=w + 1))

    def add(self, where: str, message: str, table: str | None = None, ordinal: int | None = None) -> None:
        self.problems.append(PlanProblem(where, message, table=table, ordinal=ordinal))

    def closure(self, a: _At) -> frozenset[str]:
        """The ids of every step that must finish before `a` (its `after`, transitively, inside its wave)."""
        k = (a.wave, a.step.id)
        got = self._closures.get(k)
        if got is not None:
            return got
        out: set[str] = set()
        for dep in a.step.after:
            d = self.at.get(dep)
            if d is not None and d.wave == a.wave and d.pos < a.pos:
                out.add(dep)
                out |= self.closure(d)
        self._closures[k] = frozen = frozenset(out)
        return frozen

    def before(self, first: _At, then: _At) -> bool:
        """`first` is sure to finish before `then` starts: an earlier wave, or `after`-linked in one wave."""
        return first.wave < then.wave or (first.wave == then.wave and first.step.id in self.closure(then))

    def entry_where(self, k: str) -> str:
        e = self.entries[k]
        return f"{'scale set' if e.kind == 'scale-set' else 'VM'} {e.name}"

    # -- the checks

    def run(self) -> list[PlanProblem]:
        self.tables()
        self.step_shapes()
        vm_steps, vmss_steps = self.by_resource()
        self.cycles(vm_steps)
        self.scale_sets(vmss_steps)
        self.encryption(vm_steps, vmss_steps)
        self.budgets(vm_steps)
        self.update_domains(vm_steps)
        self.windows()
        return self.problems

    def tables(self) -> None:
        plan = self.plan
        if plan.meta.wave_count != len(plan.waves):
            self.add(
                "[meta]", f"wave_count is {plan.meta.wave_count}, but the plan has {len(plan.waves)} wave(s)"
            )
        for i, g in enumerate(plan.groups, 1):
            gk = key(g.id)
            if gk in self.groups:
                self.add(f"[[groups]] #{i}", f"group {g.id} is listed twice", "groups", i)
                continue
            self.groups[gk] = g
            self.members[gk] = []
            if g.members < 1:
                self.add(f"[[groups]] #{i}", f"members must be at least 1, not {g.members}", "groups", i)
            elif g.budget != self.policy.budget(g.members):
                self.add(
                    f"[[groups]] #{i}",
                    f"budget {g.budget} does not follow the policy (expected {self.policy.budget(g.members)} "
                    f"for {g.members} members)",
                    "groups",
                    i,
                )
        for i, e in enumerate(plan.vms, 1):
            ek = key(e.id)
            if ek in self.entries:
                self.add(f"[[vms]] #{i}", f"{e.id} is listed twice", "vms", i)
                continue
            self.entries[ek] = e
            for gid in e.groups:
                if key(gid) not in self.groups:
                    self.add(f"[[vms]] #{i}", f"group {gid} is not in [[groups]]", "vms", i)
                else:
                    self.members[key(gid)].append(ek)
        for i, w in enumerate(plan.waves):
            if w.index != i + 1:
                self.add_wave(i, f"index {w.index} out of order: this is wave {i + 1} of the file")
            if not w.title.strip():
                self.add_wave(i, "empty title")
            if w.estimated_seconds < 0:
                self.add_wave(i, "estimated_seconds is negative")

    def step_shapes(self) -> None:
        for w, wave in enumerate(self.plan.waves):
            seen_in_wave: dict[str, int] = {}
            for pos, s in enumerate(wave.steps):
                a = _At(w, pos, s)
                if s.id in self.at:
                    first = self.at[s.id]
                    self.add_step(a, f"duplicate step id (first used in {self.wave_where(first.wave)})")
                else:
                    self.at[s.id] = a
                for dep in s.after:
                    if dep not in seen_in_wave:
                        where = (
                            "it comes later in this wave"
                            if any(x.id == dep for x in wave.steps[pos:])
                            else "it is not a step of this wave"
                        )
                        self.add_step(
                            a, f"after names {dep}, but {where}: `after` may only name earlier steps"
                        )
                seen_in_wave[s.id] = pos
                self.step_fields(a)

    def step_fields(self, a: _At) -> None:
        s = a.step
        rid = ResourceId.parse(s.target)
        want = _TARGET_TYPES.get(s.op)
        if rid is not None and want is not None and rid.type.lower() != want:
            self.add_step(a, f"{s.op} needs a {want} target, not {rid.type}")
        p = s.params
        if s.op == "vnet.enable-encryption":
            if p.get("enforcement") not in ENFORCEMENTS:
                self.add_step(a, f"params.enforcement must be one of {', '.join(ENFORCEMENTS)}")
            elif p["enforcement"] == "DropUnencrypted" and not self.policy.drop_unencrypted:
                self.add_step(
                    a, "DropUnencrypted is planned but the policy does not opt in (drop_unencrypted)"
                )
        elif s.op == "vm.resize" and not (isinstance(p.get("size"), str) and p["size"]):
            self.add_step(a, "params.size (the new size) is missing")
        elif s.op == "nic.enable-accelerated-networking":
            vm = ResourceId.parse(str(p.get("vm", "")))
            if vm is None or vm.type.lower() != "microsoft.compute/virtualmachines":
                self.add_step(a, "params.vm (the VM whose NIC this is) is missing or not a VM id")
        elif s.op == "vmss.update-model":
            if not (isinstance(p.get("size"), str) or p.get("accelerated_networking") is True):
                self.add_step(a, "params need a size or accelerated_networking = true")
        elif s.op == "vmss.upgrade-instances":
            nums = [p.get(k) for k in ("batch", "batches", "batch_size")]
            if not all(isinstance(n, int) and not isinstance(n, bool) and n >= 1 for n in nums):
                self.add_step(a, "params batch, batches and batch_size must be positive integers")
                return
            if p["batch"] > p["batches"]:
                self.add_step(a, f"batch {p['batch']} of {p['batches']}")
            if p["batch_size"] > self.policy.max_parallel:
                self.add_step(
                    a, f"batch_size {p['batch_size']} exceeds max_parallel {self.policy.max_parallel}"
                )
        elif s.op == "manual" and not _is(p.get("commands", []), "array of strings"):
            self.add_step(a, "params.commands must be an array of strings")
        try:
            expected = azcli.step_command(s.op, s.target, p)
        except (KeyError, ValueError, TypeError):
            return  # the params problem is already reported
        if s.az != expected:
            self.add_step(a, f"az line does not match the step; it should be: {expected}")

    def by_resource(self) -> tuple[dict[str, list[_At]], dict[str, list[_At]]]:
        vm_steps: dict[str, list[_At]] = {}
        vmss_steps: dict[str, list[_At]] = {}
        for w, wave in enumerate(self.plan.waves):
            for pos, s in enumerate(wave.steps):
                a = _At(w, pos, s)
                if s.op in VM_OPS:
                    vm_steps.setdefault(key(s.target), []).append(a)
                elif s.op == "nic.enable-accelerated-networking" and isinstance(s.params.get("vm"), str):
                    vm_steps.setdefault(key(s.params["vm"]), []).append(a)
                elif s.op.startswith("vmss."):
                    vmss_steps.setdefault(key(s.target), []).append(a)
        for k, steps in [*vm_steps.items(), *vmss_steps.items()]:
            if k not in self.entries:
                self.add_step(steps[0], "its VM or scale set has no [[vms]] entry")
        return vm_steps, vmss_steps

    def cycles(self, vm_steps: dict[str, list[_At]]) -> None:
        """One deallocation per VM, its whole cycle in one wave, in order and `after`-linked."""
        for k, steps in vm_steps.items():
            entry = self.entries.get(k)
            waves = sorted({a.wave for a in steps})
            if len(waves) > 1:
                listed = ", ".join(self.wave_where(w) for w in waves)
                self.add_step(
                    steps[-1], f"the VM's steps are spread over {listed}: its cycle must be in one wave"
                )
                continue
            ops = [a.step.op for a in steps]
            for op in VM_OPS:
                if ops.count(op) > 1:
                    what = "deallocated" if op == "vm.deallocate" else op
                    self.add_step(
                        steps[-1], f"the VM has {ops.count(op)} {what} steps (one deallocation per VM)"
                    )
            if entry is not None and entry.wave != self.plan.waves[waves[0]].index:
                self.add_step(steps[0], f"[[vms]] says wave {entry.wave} for this VM")
            deallocs = [a for a in steps if a.step.op == "vm.deallocate"]
            if deallocs:
                d = deallocs[0]
                if steps[0] is not d:
                    self.add_step(steps[0], "comes before the VM's deallocation")
                changes = [
                    a for a in steps if a.step.op in ("vm.resize", "nic.enable-accelerated-networking")
                ]
                for a in changes:
                    if a is not d and d.step.id not in self.closure(a):
                        self.add_step(
                            a, f"does not wait for {d.step.id} (after): the VM must be deallocated first"
                        )
            else:
                state = entry.power_state if entry is not None else None
                if state != "deallocated":
                    for a in steps:
                        if a.step.op != "vm.deallocate":
                            self.add_step(
                                a, f"the plan never deallocates this VM (power state {state or 'unknown'})"
                            )
                            break
            resizes = [a for a in steps if a.step.op == "vm.resize"]
            for a in steps:
                if a.step.op == "nic.enable-accelerated-networking" and resizes:
                    r = resizes[0]
                    if r.pos > a.pos or r.step.id not in self.closure(a):
                        self.add_step(a, f"must come after the VM's resize {r.step.id} (after)")
            starts = [a for a in steps if a.step.op == "vm.start"]
            if starts:
                st = starts[0]
                if steps[-1] is not st:
                    self.add_step(steps[-1], "comes after the VM's start")
                missing = [a.step.id for a in steps if a is not st and a.step.id not in self.closure(st)]
                if missing:
                    self.add_step(st, f"does not wait for {', '.join(missing)} (after)")
                was = entry.power_state if entry is not None else None
                if (
                    was in ("deallocated", "stopped", "stopping", "deallocating")
                    and not self.policy.start_deallocated
                ):
                    self.add_step(
                        st,
                        f"starts a VM that was {was} before the plan; the policy leaves those deallocated "
                        "(start_deallocated = false)",
                    )

    def scale_sets(self, vmss_steps: dict[str, list[_At]]) -> None:
        for _, steps in vmss_steps.items():
            models = [a for a in steps if a.step.op == "vmss.update-model"]
            batches = [a for a in steps if a.step.op == "vmss.upgrade-instances"]
            if len(models) > 1:
                self.add_step(models[1], "a second model update of the same scale set")
            raw = [(a.step.params.get("batch"), a.step.params.get("batches")) for a in batches]
            numbers = [n for n, _ in raw if isinstance(n, int)]
            totals = {t for _, t in raw if isinstance(t, int)}
            if len(numbers) < len(raw) or len(totals) < len({t for _, t in raw}):
                continue  # reported by the params check
            if len(totals) > 1:
                self.add_step(batches[0], "the scale set's batches disagree on how many batches there are")
                continue
            expected = list(range(1, (totals.pop() if totals else 0) + 1))
            if sorted(numbers) != expected:
                self.add_step(batches[0], f"the scale set's batches are not exactly {expected}")
            for prev, nxt in itertools.pairwise(batches):
                if prev.step.params["batch"] >= nxt.step.params["batch"] or prev.wave >= nxt.wave:
                    self.add_step(
                        nxt, "batches must run one per wave in order (a batch is the set's whole budget)"
                    )
            if batches and models and not self.before(models[0], batches[0]):
                self.add_step(batches[0], f"runs before the model update {models[0].step.id}")
            if batches and not models:
                self.add_step(batches[0], "upgrades instances without a model update in the plan")

    def encryption(self, vm_steps: dict[str, list[_At]], vmss_steps: dict[str, list[_At]]) -> None:
        """Each VNet's enable step precedes the cycles of its VMs; a DropUnencrypted step follows all of them."""
        enable: dict[str, _At] = {}
        drop: dict[str, _At] = {}
        for w, wave in enumerate(self.plan.waves):
            for pos, s in enumerate(wave.steps):
                if s.op != "vnet.enable-encryption":
                    continue
                a = _At(w, pos, s)
                table = drop if s.params.get("enforcement") == "DropUnencrypted" else enable
                vk = key(s.target)
                if vk in table:
                    self.add_step(a, f"a second {s.params.get('enforcement')} step for this VNet")
                else:
                    table[vk] = a
        for vk, d in drop.items():
            if vk in enable and not self.before(enable[vk], d):
                self.add_step(d, f"comes before the VNet's AllowUnencrypted step {enable[vk].step.id}")
        if not enable and not drop:
            return
        vnet_members: dict[str, list[str]] = {}
        for ek, e in self.entries.items():
            for v in e.vnets:
                vnet_members.setdefault(key(v), []).append(ek)
        for vk, d in drop.items():
            for ek in vnet_members.get(vk, []):
                e = self.entries[ek]
                if e.verdict != "compliant" and e.disposition not in ("cycle", "outage", "upgrade"):
                    self.add_step(
                        d, f"DropUnencrypted, but {self.entry_where(ek)} will not be ready ({e.verdict})"
                    )
        for k, steps in [*vm_steps.items(), *vmss_steps.items()]:
            entry = self.entries.get(k)
            if entry is None:
                continue
            for v in entry.vnets:
                on = enable.get(key(v))
                if on is not None and not self.before(on, steps[0]):
                    self.add_step(steps[0], f"runs before its VNet's encryption step {on.step.id}")
                off = drop.get(key(v))
                if off is not None and not all(self.before(a, off) for a in steps):
                    self.add_step(off, f"runs before {self.entry_where(k)} is cycled")

    def budgets(self, vm_steps: dict[str, list[_At]]) -> None:
        """Per wave: max_parallel, every group's budget, and the whole-set outages the wave names."""
        down_by_wave: dict[int, set[str]] = {}
        changing_by_wave: dict[int, set[str]] = {}
        for k, steps in vm_steps.items():
            for a in steps:
                changing_by_wave.setdefault(a.wave, set()).add(k)
                if a.step.op == "vm.deallocate":
                    down_by_wave.setdefault(a.wave, set()).add(k)
        for w, wave in enumerate(self.plan.waves):
            down = down_by_wave.get(w, set())
            batch_down: dict[str, int] = {}
            count = len(changing_by_wave.get(w, set()))
            for s in wave.steps:
                if s.op == "vmss.upgrade-instances" and isinstance(s.params.get("batch_size"), int):
                    size = s.params["batch_size"]
                    count += size
                    # A batch counts in full against every group of the scale set (its own, and the pools
                    # holding its instances): which instances a batch takes is only known when it runs.
                    entry = self.entries.get(key(s.target))
                    for gid in {key(x) for x in entry.groups} if entry else {key(s.target)}:
                        batch_down[gid] = batch_down.get(gid, 0) + size
            outages = [key(o) for o in wave.outage]
            for o, raw in zip(outages, wave.outage, strict=True):
                named = self.groups.get(o)
                if named is None or named.kind != "availability-set":
                    self.add_wave(w, f"outage names {raw}, which is not an availability set in [[groups]]")
            outage_members = {o: set(self.members.get(o, [])) for o in outages}
            if count > self.policy.max_parallel:
                everyone = changing_by_wave.get(w, set())
                whole_set = len(outages) == 1 and not batch_down and everyone <= outage_members[outages[0]]
                if not whole_set:
                    self.add_wave(w, f"{count} VMs in one wave, over max_parallel {self.policy.max_parallel}")
            per_group: dict[str, list[str]] = {}
            for vk in down:
                entry = self.entries.get(vk)
                for gid in entry.groups if entry else []:
                    per_group.setdefault(key(gid), []).append(vk)
            for gk in set(per_group) | set(batch_down):
                g = self.groups.get(gk)
                if g is None:
                    continue
                members = per_group.get(gk, [])
                n = len(members) + batch_down.get(gk, 0)
                if n <= g.budget or gk in outage_members:
                    continue
                if not batch_down.get(gk) and any(set(members) <= m for m in outage_members.values()):
                    continue  # one whole-set outage takes these down together, explicitly
                self.add_wave(
                    w,
                    f"{g.kind} {g.name}: {n} of its {g.members} members down at once, over its budget of {g.budget}",
                )
            for o in outages:
                self.outage(w, o, down, vm_steps)

    def outage(self, w: int, o: str, down: set[str], vm_steps: dict[str, list[_At]]) -> None:
        g = self.groups.get(o)
        if g is None:
            return
        members = self.members.get(o, [])
        deallocs: list[_At] = []
        nics: list[_At] = []
        for m in members:
            steps = vm_steps.get(m, [])
            here = [a for a in steps if a.wave == w]
            if m not in down and not (
                self.entries[m].power_state == "deallocated" and len(here) == len(steps)
            ):
                self.add_wave(
                    w, f"outage of {g.name}: member {self.entries[m].name} is not deallocated in this wave"
                )
            deallocs += [a for a in here if a.step.op == "vm.deallocate"]
            nics += [a for a in here if a.step.op == "nic.enable-accelerated-networking"]
        ids = {a.step.id for a in deallocs}
        for a in nics:
            missing = ids - self.closure(a)
            if missing:
                self.add_step(
                    a,
                    f"enables AN in {g.name} before every member is deallocated ({len(missing)} not waited for)",
                )
        nic_ids = {a.step.id for a in nics}
        for m in members:
            for a in vm_steps.get(m, []):
                if a.wave == w and a.step.op == "vm.start" and nic_ids - self.closure(a):
                    self.add_step(
                        a, f"starts a member of {g.name} before AN is enabled on every NIC of the set"
                    )

    def update_domains(self, vm_steps: dict[str, list[_At]]) -> None:
        """Outside a whole-set outage, an availability set's cycles walk its update domains in order; and AN
        inside an availability set only ever happens in that set's outage."""
        outage_waves: dict[str, set[int]] = {}
        for w, wave in enumerate(self.plan.waves):
            for o in wave.outage:
                outage_waves.setdefault(key(o), set()).add(w)
        for gk, g in self.groups.items():
            if g.kind != "availability-set":
                continue
            placed: list[tuple[int, int]] = []  # (update domain, wave)
            for m in self.members.get(gk, []):
                steps = vm_steps.get(m)
                if not steps:
                    continue
                w = steps[0].wave
                in_outage = w in outage_waves.get(gk, set())
                for a in steps:
                    if a.step.op == "nic.enable-accelerated-networking" and not in_outage:
                        self.add_step(
                            a, f"enables AN inside availability set {g.name} outside a whole-set outage"
                        )
                ud = self.entries[m].update_domain
                if ud is not None and not in_outage:
                    placed.append((ud, w))
            by_ud: dict[int, list[int]] = {}
            for ud, w in placed:
                by_ud.setdefault(ud, []).append(w)
            latest = -1
            for ud in sorted(by_ud):
                if min(by_ud[ud]) <= latest:
                    self.add_wave(
                        min(by_ud[ud]),
                        f"availability set {g.name}: update domain {ud} is cycled no later than a lower update "
                        f"domain ({self.wave_where(latest)})",
                    )
                latest = max(latest, max(by_ud[ud]))

    def windows(self) -> None:
        count = len(self.policy.windows)
        last = 0
        for w, wave in enumerate(self.plan.waves):
            if wave.window is None:
                continue
            if not 1 <= wave.window <= count:
                self.add_wave(w, f"window {wave.window}, but the policy has {count} window(s)")
            elif wave.window < last:
                self.add_wave(w, f"window {wave.window} comes after window {last}: waves run in order")
            last = max(last, wave.window)
        for n in self.plan.meta.unscheduled_waves:
            if not 1 <= n <= len(self.plan.waves):
                self.add("[meta]", f"unscheduled_waves names wave {n}, which does not exist")


def check(plan: Plan, *, verify_digest: bool = True) -> list[PlanProblem]:
    """Every rule of a plan file, without the sequencer; empty when the plan is valid."""
    with collector_paused():
        problems = _Rules(plan).run()
    if verify_digest:
        actual = content_digest(plan)
        if plan.digest != actual:
            problems.append(
                PlanProblem(
                    "digest",
                    f"the content does not match the digest (content: {actual}, file: {plan.digest or 'none'}): "
                    "the plan was changed after planner wrote it; plan again instead of editing",
                )
            )
    return problems


def check_against(plan: Plan, inv: Inventory) -> list[PlanProblem]:
    """Every target exists in the inventory and the first step on each target expects its inventoried values."""
    problems: list[PlanProblem] = []
    seen: set[str] = set()
    for w, wave in enumerate(plan.waves):
        for pos, s in enumerate(wave.steps):
            where = f"wave {wave.index} step {s.id}"
            loc: dict[str, Any] = {"table": "waves", "ordinal": w + 1, "step_ordinal": pos + 1}
            for message in _compare(s, inv, first=key(s.target) not in seen):
                problems.append(PlanProblem(where, message, **loc))
            seen.add(key(s.target))
    return problems


def _compare(s: Step, inv: Inventory, *, first: bool) -> Iterator[str]:
    k = key(s.target)
    live: dict[str, Any]
    if s.op in VM_OPS:
        vm = inv.vms.get(k)
        if vm is None:
            yield f"VM {s.target} is not in the inventory"
            return
        live = {"power_state": vm.power_state.value, "size": vm.size, "etag": vm.etag}
    elif s.op == "nic.enable-accelerated-networking":
        nic = inv.nics.get(k)
        if nic is None:
            yield f"NIC {s.target} is not in the inventory"
            return
        vm_id = s.params.get("vm")
        if isinstance(vm_id, str) and key(vm_id) not in inv.vms:
            yield f"VM {vm_id} (params.vm) is not in the inventory"
        live = {"accelerated_networking": nic.accelerated_networking, "etag": nic.etag}
    elif s.op == "vnet.enable-encryption":
        vnet = inv.vnets.get(k)
        if vnet is None:
            yield f"VNet {s.target} is not in the inventory"
            return
        live = {
            "encryption": "enabled" if vnet.encryption_enabled else "disabled",
            "enforcement": vnet.encryption_enforcement,
            "etag": vnet.etag,
        }
    elif s.op.startswith("vmss."):
        ss = inv.scale_sets.get(k)
        if ss is None:
            yield f"scale set {s.target} is not in the inventory"
            return
        live = {"size": ss.size, "accelerated_networking": ss.accelerated_networking, "etag": ss.etag}
    else:
        if k not in inv.scale_sets and k not in inv.vms and k not in inv.aks_clusters:
            yield f"{s.target} is not in the inventory"
        return
    if not first:
        return  # later steps on a target expect the state its earlier steps leave
    for name, want in sorted(s.expect.items()):
        have = live.get(name)
        if name not in live or have is None:
            continue  # the inventory does not record it: nothing to compare
        same = (
            want.lower() == have.lower() if isinstance(want, str) and isinstance(have, str) else want == have
        )
        if not same:
            yield f"expects {name} {_show(want)}, the inventory has {_show(have)}"


def _show(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)
