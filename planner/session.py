"""The one headless door to the planner: load an inventory, analyse it, take the operator's decisions, sequence the
waves and make, write or read the plan. The CLI, the TUI and the executor are faces on a Session; none prints from
inside it and none re-implements it.

    session = Session.load(Path("estate/"))
    session.analysis                       # per-VNet and per-VM results under the current decisions
    session.decide(Pin(vm_id, "Standard_D4ds_v5"))   # incremental: redoes only what the change touches
    session.set_policy(Policy(max_parallel=20))
    session.waves()                        # the sequenced waves, recomputed only when something changed
    session.write_plan(Path("plan.toml"))

A Session is used from one thread at a time (a face runs its calls in one worker, one after another); it holds no
process-wide state and never prints, exits or pauses the garbage collector. Errors are `planner.errors.PlannerError`
subclasses carrying their exit code.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from planner.analysis.analyzer import Analyzer
from planner.analysis.decisions import SERIES_LISTS, Decisions, DecisionsError, unknown_names
from planner.analysis.results import Analysis, Candidates
from planner.errors import InputError
from planner.inventory import load_inventory
from planner.inventory.digest import DIGEST_PREFIX, inventory_digest
from planner.model import Inventory, Problem, Severity, key
from planner.plan import check as plan_check
from planner.plan import write as plan_write
from planner.plan.policy import Policy, format_time
from planner.plan.types import Plan, PlanProblem
from planner.sequencing.assemble import PlanMaker
from planner.sequencing.schedule import Schedule
from planner.topology import Topology

Progress = Callable[[str, int], None]


class InventoryError(InputError):
    """The inventory has errors (files that cannot be read, unknown shapes...): nothing can be planned from it."""

    def __init__(self, path: Path | str, problems: list[Problem]) -> None:
        errors = [p for p in problems if p.severity is Severity.ERROR]
        super().__init__(f"{path}: input has {len(errors)} error(s)")
        self.path = path
        self.problems = problems


class UnknownResource(InputError):
    """A decision names a resource that is not in the inventory."""


# --- decisions, one change at a time -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Pin:
    """Move a VM or scale set to this size instead of the proposed one (refused by analysis when Azure would)."""

    resource_id: str
    size: str


@dataclass(frozen=True, slots=True)
class Unpin:
    resource_id: str


@dataclass(frozen=True, slots=True)
class Exclude:
    """Leave a VM, scale set or VNet out of the plan."""

    resource_id: str


@dataclass(frozen=True, slots=True)
class Include:
    """Take back an exclusion."""

    resource_id: str


@dataclass(frozen=True, slots=True)
class AllowSmaller:
    allowed: bool


@dataclass(frozen=True, slots=True)
class UseSeries:
    series: str  # one of SERIES_LISTS


@dataclass(frozen=True, slots=True)
class StrictPrivateLink:
    strict: bool


@dataclass(frozen=True, slots=True)
class PreferSizes:
    sizes: tuple[str, ...]


Change = Pin | Unpin | Exclude | Include | AllowSmaller | UseSeries | StrictPrivateLink | PreferSizes


def copy_decisions(d: Decisions) -> Decisions:
    return replace(
        d,
        preferred_sizes=list(d.preferred_sizes),
        pins=dict(d.pins),
        exclude_vms=set(d.exclude_vms),
        exclude_vnets=set(d.exclude_vnets),
    )


class Session:
    """One inventory under the operator's decisions and policy. Used from one thread at a time."""

    def __init__(
        self,
        inventory: Inventory,
        *,
        source: Path | None = None,
        decisions: Decisions | None = None,
        policy: Policy | None = None,
    ) -> None:
        self.inventory = inventory
        self.source = source
        self.topology = Topology(inventory)
        self.analyzer = Analyzer(inventory, self.topology)
        self._planner: PlanMaker | None = None
        self._decisions = copy_decisions(decisions) if decisions is not None else Decisions()
        self._check_names(self._decisions)
        self._policy = policy if policy is not None else Policy()
        self._analysis: Analysis | None = None
        self._schedule: Schedule | None = None
        self._digest: str | None = None

    @classmethod
    def load(
        cls,
        path: Path,
        *,
        usage_location: str | None = None,
        allow_incomplete: bool = False,
        decisions: Decisions | None = None,
        policy: Policy | None = None,
        progress: Progress | None = None,
    ) -> Session:
        """A Session on a planner snapshot or any exported JSON file or folder; InventoryError when it has errors
        (the loader's warnings stay in `problems`)."""
        inv = load_inventory(
            path, usage_location=usage_location, progress=progress, allow_incomplete=allow_incomplete
        )
        if inv.errors():
            raise InventoryError(path, inv.problems)
        return cls(inv, source=path, decisions=decisions, policy=policy)

    # --- what it holds --------------------------------------------------------------------------------------

    @property
    def planner(self) -> PlanMaker:
        """Sequencing for this inventory (its disruption groups are built on first use)."""
        if self._planner is None:
            self._planner = PlanMaker(self.inventory, self.topology)
        return self._planner

    @property
    def problems(self) -> list[Problem]:
        """What the loader found wrong but could work around (warnings)."""
        return self.inventory.problems

    @property
    def decisions(self) -> Decisions:
        """A copy of the current decisions (change them through `decide` or `set_decisions`)."""
        return copy_decisions(self._decisions)

    @property
    def policy(self) -> Policy:
        return self._policy

    @property
    def analysis(self) -> Analysis:
        """The analysis under the current decisions."""
        if self._analysis is None:
            self._analysis = self.analyzer.run(copy_decisions(self._decisions))
        return self._analysis

    @property
    def inventory_digest(self) -> str:
        """A digest of the inventory's files (of its content, for an inventory made in memory)."""
        if self._digest is None:
            if self.source is not None:
                try:
                    self._digest = inventory_digest(self.source, self.inventory)
                except OSError as exc:
                    raise InputError(f"{self.source}: cannot read: {exc.strerror or exc}") from exc
            else:
                from planner.inventory.snapshot import to_document

                body = to_document(self.inventory)["inventory"]  # without the document's creation time
                text = json.dumps(body, sort_keys=True, default=str)
                self._digest = DIGEST_PREFIX + hashlib.sha256(text.encode()).hexdigest()
        return self._digest

    def candidates(self, resource_id: str) -> Candidates | None:
        """The sizes a VM or scale set could be pinned to, ranked (quota aside); None when its size is unknown."""
        return self.analyzer.assessor.candidates(self._vm_or_set(resource_id), self._decisions)

    # --- decisions ------------------------------------------------------------------------------------------

    def decide(self, change: Change) -> Analysis:
        """Apply one change to the decisions and re-analyse incrementally; the new analysis."""
        return self.set_decisions(self._changed(change))

    def set_decisions(self, decisions: Decisions) -> Analysis:
        """Replace the decisions (undo, redo, a file loaded) and re-analyse incrementally."""
        if decisions.series not in SERIES_LISTS:
            raise InputError(f"series must be one of {', '.join(SERIES_LISTS)}, not {decisions.series!r}")
        self._check_names(decisions)
        self._decisions = copy_decisions(decisions)
        if self._analysis is None:
            return self.analysis
        self._analysis = self.analyzer.update(copy_decisions(decisions))
        self._schedule = None
        return self._analysis

    def _check_names(self, decisions: Decisions) -> None:
        unknown = unknown_names(decisions, self.inventory)
        if unknown:
            shown = "; ".join(unknown[:10]) + (f"; and {len(unknown) - 10} more" if len(unknown) > 10 else "")
            raise DecisionsError(f"{decisions.source or 'decisions'}: {shown}")

    def _changed(self, change: Change) -> Decisions:
        d = copy_decisions(self._decisions)
        match change:
            case Pin(resource_id, size):
                d.pins[self._vm_or_set(resource_id)] = size
            case Unpin(resource_id):
                d.pins.pop(self._vm_or_set(resource_id), None)
            case Exclude(resource_id):
                k = key(resource_id)
                (d.exclude_vnets if k in self.inventory.vnets else d.exclude_vms).add(self._known(k, resource_id))
            case Include(resource_id):
                k = key(resource_id)
                d.exclude_vnets.discard(k)
                d.exclude_vms.discard(k)
            case AllowSmaller(allowed):
                d.allow_smaller = allowed
            case UseSeries(series):
                d.series = series
            case StrictPrivateLink(strict):
                d.strict_private_link = strict
            case PreferSizes(sizes):
                d.preferred_sizes = list(sizes)
        return d

    def _vm_or_set(self, resource_id: str) -> str:
        k = key(resource_id)
        if k in self.inventory.vms or k in self.inventory.scale_sets:
            return k
        raise UnknownResource(f"no VM or scale set {resource_id} in the inventory")

    def _known(self, k: str, resource_id: str) -> str:
        inv = self.inventory
        if k in inv.vms or k in inv.scale_sets or k in inv.vnets:
            return k
        raise UnknownResource(f"no VM, scale set or VNet {resource_id} in the inventory")

    # --- sequencing and the plan ----------------------------------------------------------------------------

    def set_policy(self, policy: Policy) -> None:
        self._policy = policy
        self._schedule = None

    def waves(self) -> Schedule:
        """The sequenced waves for the current analysis and policy (made again only after a change)."""
        if self._schedule is None:
            self._schedule = self.planner.schedule(self.analysis, self._policy)
        return self._schedule

    def plan(self, *, generated_at: str | None = None, cloud: str = "public") -> Plan:
        """The plan in memory, with its digest (`generated_at` defaults to now)."""
        plan = self._make_plan(generated_at, cloud)
        plan.digest = plan_write.content_digest(plan)
        return plan

    def _make_plan(self, generated_at: str | None, cloud: str) -> Plan:
        return self.planner.plan(
            self.analysis,
            self._policy,
            generated_at=generated_at or format_time(datetime.now(UTC)),
            inventory_digest=self.inventory_digest,
            cloud=cloud,
            schedule=self.waves(),
        )

    def write_plan(self, path: Path, *, generated_at: str | None = None, cloud: str = "public") -> Plan:
        """Make the plan and write it to `path` (atomically); the plan written, with its digest."""
        plan = self._make_plan(generated_at, cloud)
        try:
            plan_write.write(plan, path)
        except OSError as exc:
            raise InputError(f"{path}: cannot write the plan: {exc.strerror or exc}") from exc
        return plan

    @staticmethod
    def read_plan(path: Path) -> Plan:
        """A plan file that passes every check; PlanReadError (unreadable) or PlanInvalid (with its problems)."""
        return plan_check.load_valid(path)

    def check_against(self, plan: Plan) -> list[PlanProblem]:
        """The plan's targets and expectations against this Session's inventory (the plan's own rules are
        `planner.plan.check.check`)."""
        return plan_check.check_against(plan, self.inventory)
