"""Units: what packing places in one wave, derived from an analysis under a policy.

A unit is one VM's cycle, one availability set's whole-set outage (Accelerated Networking inside an availability set
needs every member deallocated), or one batch of a Uniform scale set's instances. Each VM or scale set also gets its
disposition here, and a reason when it is left out.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum

from planner.analysis.results import Analysis, VmResult
from planner.model import Inventory, PowerState, VirtualMachine
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
    wave: int = -1  # 0-based among the cycle waves, once placed


@dataclass(slots=True)
class Units:
    units: list[Unit]
    disposition: dict[str, Disposition]  # VM or scale-set key -> what the plan does with it
    notes: dict[str, list[str]]  # VM or scale-set key -> reasons (why it is left out)


def has_steps(r: VmResult, vm: VirtualMachine) -> bool:
    """Whether a VM's cycle has any step: a deallocation, a change, or a start."""
    return vm.power_state is not PowerState.DEALLOCATED or bool(r.actions)


class UnitMaker:
    """Units for one analysis; what depends on the inventory only (groups, topology) is given."""

    def __init__(
        self, inv: Inventory, topo: Topology, groups: Groups, analysis: Analysis, policy: Policy
    ) -> None:
        self.inv = inv
        self.topo = topo
        self.groups = groups
        self.a = analysis
        self.policy = policy
        self.budgets = groups.budgets(policy)
        self.disposition: dict[str, Disposition] = {}
        self.notes: dict[str, list[str]] = {}

    def down(self, vk: str, vm: VirtualMachine) -> dict[str, int]:
        """The groups a VM's cycle takes a member of down (none when it is deallocated already)."""
        if vm.power_state is PowerState.DEALLOCATED:
            return {}
        return dict.fromkeys(self.groups.vm_groups.get(vk, []), 1)

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
                vm = inv.vms[m]
                if has_steps(a.vms[m], vm):
                    with_steps.append(m)
                for grp, n in self.down(m, vm).items():
                    down[grp] = down.get(grp, 0) + n
                self.disposition[m] = Disposition.OUTAGE
            units.append(Unit(UnitKind.OUTAGE, gk, len(with_steps), down, vms=with_steps, own=gk))
        return units

    def _cycles(self) -> list[Unit]:
        a, inv = self.a, self.inv
        units: list[Unit] = []
        for vk, r in a.vms.items():
            if vk in self.disposition or r.verdict is not Verdict.NEEDS_CHANGES or not r.actions:
                continue
            vm = inv.vms[vk]
            if not any(
                a.vnets[v].verdict is VnetVerdict.READY for v in self.topo.vms[vk].vnet_keys if v in a.vnets
            ):
                self._leave_out(
                    vk,
                    "none of its VNets is in the inventory and ready, so this plan cannot switch encryption on "
                    "for it and a cycle now would not activate it",
                )
                continue
            avset = self.groups.availability_set_of(vk)
            ud = vm.platform_update_domain if avset is not None else None
            units.append(Unit(UnitKind.CYCLE, vk, 1, self.down(vk, vm), vms=[vk], ud=ud, avset=avset))
            self.disposition[vk] = Disposition.CYCLE
        return units

    def _batches(self) -> list[Unit]:
        units: list[Unit] = []
        for sk, r in self.a.scale_sets.items():
            ss = self.inv.scale_sets[sk]
            if r.verdict is not Verdict.NEEDS_CHANGES or not r.actions or not is_uniform(ss):
                continue
            groups = self.groups.vmss_groups.get(sk, [])
            size = min([self.policy.max_parallel, *(self.budgets[g] for g in groups)])
            batches = math.ceil(max(ss.capacity or 1, 1) / size)
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
                    )
                )
            self.disposition[sk] = Disposition.UPGRADE
        return units

