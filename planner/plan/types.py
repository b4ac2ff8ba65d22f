"""The plan's types: the plan, its waves and steps, its entries, and the problems found in a plan file.

A plan is what `planner plan` writes, a reviewer approves and `apply` executes. Its TOML file and digest are
`planner.plan.write` and `planner.plan.read`; the rules a plan must obey are `planner.plan.check`; what each op
means is `planner.plan.ops`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planner.errors import ExitCode, InputError, PlannerError
from planner.plan.ops import Op
from planner.plan.policy import Policy
from planner.vocabulary import (
    Disposition,
    Encryption,
    Enforcement,
    GroupKind,
    ResultKind,
    Verdict,
    VnetVerdict,
)

SCHEMA_VERSION = 1

# --- the plan -------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Step:
    id: str
    op: Op
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
    kind: GroupKind
    name: str
    members: int
    budget: int


@dataclass(slots=True)
class VnetEntry:
    id: str
    name: str
    location: str
    verdict: VnetVerdict
    encryption: Encryption  # as inventoried
    action: str  # enable-encryption / none
    enforcement: Enforcement | None = None  # what the plan sets
    reasons: list[str] = field(default_factory=list)


@dataclass(slots=True)
class VmEntry:
    id: str
    name: str
    kind: ResultKind
    verdict: Verdict
    disposition: Disposition
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
    notes: list[str] = field(default_factory=list)  # what a reviewer must know before running it (preview clouds...)
    rolls_back: str = ""  # a rollback plan: the digest of the plan whose applied changes it undoes


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


class PlanReadError(InputError):
    """The plan file could not be read at all (missing, unreadable): an input error, not an invalid plan."""


class PlanInvalid(PlannerError):
    """The plan file was read but is not a valid plan."""

    exit_code = ExitCode.PLAN_INVALID

    def __init__(self, problems: list[PlanProblem], path: Path | None = None) -> None:
        super().__init__(f"{path or 'the plan'} is not a valid plan ({len(problems)} problem(s))")
        self.problems = problems
        self.path = path


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
