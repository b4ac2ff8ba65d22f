"""Units: what packing places in one wave, derived from an analysis under a policy.

A unit is one VM's cycle, one availability set's whole-set outage (Accelerated Networking inside an availability set
needs every member deallocated), or one batch of a Uniform scale set's instances (each deallocated, given the changed
model, and started; for a compliant set, deallocated and started). Each VM or scale set also gets its
disposition here, and a reason when it is left out.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from planner.analysis.results import Analysis, VmResult
from planner.model import Inventory, PowerState, VirtualMachine
from planner.plan.ops import Op, durations
from planner.plan.policy import Policy
from planner.sequencing.groups import Groups
from planner.topology import Topology, is_uniform
from planner.vocabulary import Action, Disposition, Verdict, VnetVerdict


class UnitKind(StrEnum):
    CYCLE = "cycle"
    OUTAGE = "outage"
    BATCH = "batch"


@dataclass(slots=True)
class Unit:
    """What packing places in one wave."""

    kind: UnitKind
    key: str  # the VM, the availability set, or the scale set
    size: int  # VMs (or instances) it puts in the wave
    down: dict[str, int]  # group key -> members it takes down
    vms: list[str] = field(default_factory=list)  # VM keys with steps (cycle / outage)
    own: str | None = None  # outage: its availability set (exempt from that set's own budget)
    ud: int | None = None  # cycle in an availability set: its update domain
    avset: str | None = None
    batch: int = 0
    batches: int = 0
    batch_size: int = 0
    seconds: int = 0  # the longest chain of its steps
    rank: tuple[Any, ...] | None = None  # its place in packing's order, once worked out (`packing.rank`)


@dataclass(slots=True)
class Units:
    units: list[Unit]
    disposition: dict[str, Disposition]  # VM or scale-set key -> what the plan does with it
    notes: dict[str, list[str]]  # VM or scale-set key -> reasons (why it is left out)


def has_steps(r: VmResult, vm: VirtualMachine) -> bool:
    """Whether a VM's cycle has any step: a deallocation, a change, or a start."""
    return vm.power_state is not PowerState.DEALLOCATED or bool(r.actions)


# Power states after which the plan starts the VM again (it was serving before).
WAS_RUNNING = (PowerState.RUNNING, PowerState.STARTING, PowerState.UNKNOWN)


def cycle_chain(r: VmResult, vm: VirtualMachine, seconds: dict[Op, int], start_deallocated: bool) -> Chain:
    """A VM's cycle as (deallocation, [resize, AN] present, start) seconds, as `steps.StepFactory` lays it out;
    a part it lacks is 0 (or absent from the middle)."""
    down = seconds[Op.VM_DEALLOCATE] if vm.power_state is not PowerState.DEALLOCATED else 0
    middle = []
    if Action.RESIZE in r.actions and r.target_size:
        middle.append(seconds[Op.VM_RESIZE])
    if Action.ENABLE_AN in r.actions and r.nics_without_an:
        middle.append(seconds[Op.NIC_ENABLE_AN])
    started = vm.power_state in WAS_RUNNING or start_deallocated
    return down, middle, seconds[Op.VM_START] if started else 0


def outage_seconds(chains: list[Chain]) -> int:
    """Every deallocation, then every change (each VM's in sequence), then every start."""
    down = max((d for d, _, _ in chains), default=0)
    changes = [down + sum(m) for _, m, _ in chains if m]
    longest = max([down, *changes])
    for d, _, up in chains:
        if up:
            begin = max(changes) if changes else d
            longest = max(longest, begin + up)
    return longest


Chain = tuple[int, list[int], int]


class CycleCache:
    """Cycle units kept between schedules of one inventory: a VM's unit is made again only when its analysis
    result is a new object (incremental re-analysis keeps unchanged results) or the durations changed."""

    def __init__(self) -> None:
        self.units: dict[str, tuple[VmResult, Unit | None]] = {}  # None: left out (no ready VNet)
        self.signature: tuple[Any, ...] = ()

    def checked(self, policy: Policy) -> dict[str, tuple[VmResult, Unit | None]]:
        signature = (tuple(sorted(policy.durations.items())), policy.start_deallocated)
        if signature != self.signature:
            self.units, self.signature = {}, signature
        return self.units


class UnitMaker:
    """Units for one analysis; what depends on the inventory only (groups, topology) is given."""

    def __init__(
        self,
        inv: Inventory,
        topo: Topology,
        groups: Groups,
        analysis: Analysis,
        policy: Policy,
        cache: CycleCache | None = None,
    ) -> None:
        self.inv = inv
        self.topo = topo
        self.groups = groups
        self.a = analysis
        self.policy = policy
        self.budgets = groups.budgets(policy)
        self.seconds = durations(policy)
        self.cached = (cache if cache is not None else CycleCache()).checked(policy)
        self.disposition: dict[str, Disposition] = {}
        self.notes: dict[str, list[str]] = {}

    def _chain(self, vk: str) -> Chain:
        return cycle_chain(self.a.vms[vk], self.inv.vms[vk], self.seconds, self.policy.start_deallocated)

    def make(self) -> Units:
        units = self._outages()
        units += self._cycles()
        units += self._batches()
        return Units(units, self.disposition, self.notes)

    def _leave_out(self, k: str, why: str) -> None:
        self.disposition[k] = Disposition.LEFT_OUT
        self.notes.setdefault(k, []).append("left out: " + why)

    def _outages(self) -> list[Unit]:
        a, inv = self.a, self.inv
        triggers = (Action.ENABLE_AN, Action.RESIZE) if self.policy.resize_set_outage else (Action.ENABLE_AN,)
        units: list[Unit] = []
        for gk, member_keys in self.groups.avset_members.items():
            needing = [
                m
                for m in member_keys
                if a.vms[m].verdict is Verdict.NEEDS_CHANGES and any(t in a.vms[m].actions for t in triggers)
            ]
            if not needing:
                continue
            g = self.groups.groups[gk]
            what = (
                "needs Accelerated Networking"
                if any(Action.ENABLE_AN in a.vms[m].actions for m in needing)
                else "is resized (policy resize_set_outage)"
            )
            unfit = [
                m for m in member_keys if a.vms[m].verdict not in (Verdict.NEEDS_CHANGES, Verdict.COMPLIANT)
            ]
            refusal = None
            if not self.policy.allow_set_outage:
                refusal = (
                    f"{what} inside availability set {g.name}, which means every member down "
                    "at once; the policy refuses whole-set outages (allow_set_outage = false)"
                )
            elif unfit:
                names = ", ".join(f"{a.vms[m].name} ({a.vms[m].verdict})" for m in unfit)
                refusal = (
                    f"{what} inside availability set {g.name}, which means every member down "
                    f"at once, but the plan must not touch {names}"
                )
            if refusal is not None:
                for m in needing:
                    self._leave_out(m, refusal)
                continue
            down: dict[str, int] = {}
            with_steps: list[str] = []
            for m in member_keys:
                if has_steps(a.vms[m], inv.vms[m]):
                    with_steps.append(m)
                for grp, n in self.groups.down(m).items():
                    down[grp] = down.get(grp, 0) + n
                self.disposition[m] = Disposition.OUTAGE
            seconds = outage_seconds([self._chain(m) for m in with_steps])
            units.append(
                Unit(UnitKind.OUTAGE, gk, len(with_steps), down, vms=with_steps, own=gk, seconds=seconds)
            )
        return units

    def _cycles(self) -> list[Unit]:
        a = self.a
        links = self.topo.vms
        units: list[Unit] = []
        ready = {k for k, v in a.vnets.items() if v.verdict is VnetVerdict.READY}
        cached = self.cached
        disposition = self.disposition
        needs_changes, cycle = Verdict.NEEDS_CHANGES, Disposition.CYCLE
        # Runs over every VM after each decision: kept to dictionary and set operations. A VM's result is a new
        # object whenever its VNets' verdicts change, so a cached unit (or its absence) stays right for it.
        for vk, r in a.vms.items():
            if r.verdict is not needs_changes or not r.actions or vk in disposition:
                continue
            hit = cached.get(vk)
            if hit is None or hit[0] is not r:
                unit = None if ready.isdisjoint(links[vk].vnet_keys) else self._cycle(vk)
                hit = cached[vk] = (r, unit)
            if hit[1] is None:
                self._leave_out(
                    vk,
                    "none of its VNets is in the inventory and ready, so this plan cannot switch encryption on "
                    "for it and a cycle now would not activate it",
                )
                continue
            units.append(hit[1])
            disposition[vk] = cycle
        return units

    def _cycle(self, vk: str) -> Unit:
        groups = self.groups
        avset = groups.avset_of.get(vk)
        ud = self.inv.vms[vk].platform_update_domain if avset is not None else None
        down, middle, up = self._chain(vk)
        return Unit(
            UnitKind.CYCLE,
            vk,
            1,
            groups.down(vk),
            vms=[vk],
            ud=ud,
            avset=avset,
            seconds=down + sum(middle) + up,
        )

    def _batches(self) -> list[Unit]:
        """Batches of Uniform scale sets, each instance cycled once: deallocated, given the model and started (the
        model changes), or deallocated and started (a compliant set in a VNet the plan enables), so that AN and
        encryption take effect (DOMAIN.md "Added rules": scale-set instances are cycled, not just upgraded)."""
        units: list[Unit] = []
        ready = {k for k, v in self.a.vnets.items() if v.verdict is VnetVerdict.READY}
        for sk, r in self.a.scale_sets.items():
            ss = self.inv.scale_sets[sk]
            if r.verdict is not Verdict.NEEDS_CHANGES or not r.actions or not is_uniform(ss):
                continue
            restart = Action.UPGRADE_INSTANCES not in r.actions
            if restart and ready.isdisjoint(self.topo.scale_set_vnets.get(sk, ())):
                self._leave_out(
                    sk,
                    "none of its VNets is in the inventory and ready, so this plan cannot switch encryption on "
                    "for it and restarting its instances now would not activate it",
                )
                continue
            groups = self.groups.vmss_groups.get(sk, [])
            size = min([self.policy.max_parallel, *(self.budgets[g] for g in groups)])
            batches = math.ceil(max(ss.capacity or 1, 1) / size)
            # Each batch is one cycle per instance: deallocate -> (apply the model) -> start; the first batch of
            # a set whose model changes waits for the model update.
            per_batch = self.seconds[Op.VMSS_DEALLOCATE_INSTANCES] + self.seconds[Op.VMSS_START_INSTANCES]
            first_extra = 0
            if not restart:
                per_batch += self.seconds[Op.VMSS_UPGRADE_INSTANCES]
                first_extra = self.seconds[Op.VMSS_UPDATE_MODEL]
            for i in range(1, batches + 1):
                units.append(
                    Unit(
                        UnitKind.BATCH,
                        sk,
                        size,
                        dict.fromkeys(groups, size),
                        batch=i,
                        batches=batches,
                        batch_size=size,
                        seconds=per_batch + (first_extra if i == 1 else 0),
                    )
                )
            self.disposition[sk] = Disposition.RESTART if restart else Disposition.UPGRADE
        return units
