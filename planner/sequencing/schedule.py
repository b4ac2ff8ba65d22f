"""The schedule: the plan's waves as an operator reviews them, before any step is written.

Wave 1 switches encryption on for every ready VNet (and hands AKS node pools over, and updates Flexible scale-set
models); the cycle waves hold the packed units; a last wave switches VNets to DropUnencrypted when the policy opts
in. Each wave has its title, the VMs it takes down, the outages it names, the groups it fills to their budget, its
estimated duration (the longest chain of its steps: a VM's steps in sequence, VMs in parallel) and its maintenance
window. `planner.sequencing.assemble` turns a schedule into the plan's steps.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum
from itertools import chain

from planner.analysis.results import Analysis, VmResult
from planner.model import Inventory
from planner.plan.ops import Op, seconds
from planner.plan.policy import Policy
from planner.sequencing.groups import Groups
from planner.sequencing.packing import lower_bound, pack
from planner.sequencing.units import CycleCache, Unit, UnitKind, UnitMaker
from planner.topology import Topology, is_uniform
from planner.vocabulary import Action, Disposition, Encryption, Enforcement, Verdict, VnetVerdict

# Dispositions after which a VM or scale set is ready (a DropUnencrypted step may follow).
READY = (Disposition.CYCLE, Disposition.OUTAGE, Disposition.UPGRADE, Disposition.RESTART)


class WaveKind(StrEnum):
    FIRST = "first"  # encryption on, AKS hand-overs, Flexible scale-set models
    CYCLES = "cycles"  # VM cycles, whole-set outages, scale-set batches
    ENFORCE = "enforce"  # DropUnencrypted


@dataclass(slots=True)
class ScheduledWave:
    index: int  # 1-based
    kind: WaveKind
    title: str
    units: list[Unit] = field(default_factory=list)
    vms: int = 0  # VMs and scale-set instances it takes down or changes
    outages: list[str] = field(default_factory=list)  # availability-set group keys taken down whole
    estimated_seconds: int = 0
    window: int | None = None  # 1-based index into policy.windows


@dataclass(slots=True)
class Schedule:
    waves: list[ScheduledWave]
    lower_bound: int
    disposition: dict[str, Disposition]  # VM or scale-set key -> what the plan does with it
    wave_of: dict[str, int]  # VM or scale-set key -> its (first) wave
    notes: dict[str, list[str]]  # VM or scale-set key -> extra reasons (why it is left out)
    enable: list[str]  # VNet keys switched on in wave 1
    manual: list[str]  # AKS-managed scale sets and VMs handed over in wave 1
    flexible: list[str]  # Flexible scale sets whose model is updated in wave 1
    drop: list[str]  # VNet keys switched to DropUnencrypted in the last wave
    unscheduled: list[int]  # waves no maintenance window holds
    units: list[Unit]
    budgets: dict[str, int]  # group key -> members that may be down at once

    def at_budget(self, wave: ScheduledWave) -> dict[str, int]:
        """The groups a wave takes as many members of down as their budget allows: group key -> members down."""
        load: dict[str, int] = {}
        for u in wave.units:
            for gk, d in u.down.items():
                load[gk] = load.get(gk, 0) + d
        return {gk: n for gk, n in sorted(load.items()) if n >= self.budgets[gk]}


def is_aks_handover(r: VmResult) -> bool:
    """Blocked only because AKS manages it: the plan hands it over as a manual step."""
    blockers = r.blockers
    return bool(blockers) and blockers[0].code == "aks-managed" and all(b.code == "aks-managed" for b in blockers)


class Scheduler:
    def __init__(
        self,
        inv: Inventory,
        topo: Topology,
        groups: Groups,
        analysis: Analysis,
        policy: Policy,
        cache: CycleCache | None = None,
    ) -> None:
        self.cache = cache
        self.inv = inv
        self.topo = topo
        self.groups = groups
        self.a = analysis
        self.policy = policy

    def schedule(self) -> Schedule:
        made = UnitMaker(self.inv, self.topo, self.groups, self.a, self.policy, self.cache).make()
        units = made.units
        disposition, notes = made.disposition, made.notes
        budget = self.groups.budgets(self.policy)
        packed = pack(units, budget, self.policy.max_parallel)
        waves: list[ScheduledWave] = []
        wave_of: dict[str, int] = {}
        enable, manual, flexible = self._first_wave(disposition)
        if enable or manual or flexible:
            waves.append(self._first(enable, manual, flexible))
            for k in [*manual, *flexible]:
                wave_of[k] = 1
        offset = len(waves)
        for i, wave_units in enumerate(packed):
            waves.append(self._cycles(offset + i + 1, wave_units, wave_of))
        drop = self._drop(enable, disposition)
        if drop:
            waves.append(
                ScheduledWave(
                    len(waves) + 1,
                    WaveKind.ENFORCE,
                    "Enforce encryption (DropUnencrypted)",
                    estimated_seconds=seconds(self.policy, Op.VNET_ENABLE_ENCRYPTION),
                )
            )
        bound = int(offset > 0) + lower_bound(units, budget, self.policy.max_parallel) + (1 if drop else 0)
        return Schedule(
            waves=waves,
            lower_bound=bound,
            disposition=disposition,
            wave_of=wave_of,
            notes=notes,
            enable=enable,
            manual=manual,
            flexible=flexible,
            drop=drop,
            unscheduled=self._windows(waves),
            units=units,
            budgets=budget,
        )

    # --- wave 1 ---------------------------------------------------------------------------------------------

    def _first_wave(self, disposition: dict[str, Disposition]) -> tuple[list[str], list[str], list[str]]:
        a = self.a
        enable = [
            vk
            for vk, v in a.vnets.items()
            if v.verdict is VnetVerdict.READY and v.encryption is Encryption.DISABLED and vk in self.inv.vnets
        ]
        blocked = Verdict.BLOCKED
        manual = [
            k for k, r in chain(a.scale_sets.items(), a.vms.items()) if r.verdict is blocked and is_aks_handover(r)
        ]
        for k in manual:
            disposition[k] = Disposition.MANUAL
        flexible = [
            sk
            for sk, r in a.scale_sets.items()
            if r.verdict is Verdict.NEEDS_CHANGES and r.actions and not is_uniform(self.inv.scale_sets[sk])
        ]
        for sk in flexible:
            disposition[sk] = Disposition.UPGRADE  # its model only shapes new VMs; its VMs are cycled one by one
        return enable, manual, flexible

    def _first(self, enable: list[str], manual: list[str], flexible: list[str]) -> ScheduledWave:
        kinds = ["enable encryption"] if enable else []
        if manual:
            kinds.append("hand AKS node pools over (manual)")
        if flexible:
            kinds.append("update flexible scale-set models")
        title = "; ".join(kinds)
        on = set(enable)
        encryption = seconds(self.policy, Op.VNET_ENABLE_ENCRYPTION)
        longest = encryption if enable else 0
        for k, op in [*((k, Op.MANUAL) for k in manual), *((k, Op.VMSS_UPDATE_MODEL) for k in flexible)]:
            waits = any(v in on for v in self._vnet_keys(k))
            longest = max(longest, (encryption if waits else 0) + seconds(self.policy, op))
        return ScheduledWave(1, WaveKind.FIRST, title[0].upper() + title[1:], estimated_seconds=longest)

    def _vnet_keys(self, k: str) -> Sequence[str]:
        links = self.topo.vms.get(k)
        return links.vnet_keys if links is not None else self.topo.scale_set_vnets.get(k, [])

    # --- cycle waves ----------------------------------------------------------------------------------------

    def _cycles(self, index: int, units: list[Unit], wave_of: dict[str, int]) -> ScheduledWave:
        outages: list[str] = []
        for u in units:
            if u.kind is UnitKind.OUTAGE:
                outages.append(u.key)
                for vk in self.groups.avset_members[u.key]:
                    wave_of[vk] = index
            elif u.kind is UnitKind.BATCH:
                wave_of.setdefault(u.key, index)
            else:
                wave_of[u.key] = index
        vms = sum(u.size for u in units)
        return ScheduledWave(
            index,
            WaveKind.CYCLES,
            self._title(units, vms),
            units,
            vms=vms,
            outages=sorted(outages),
            estimated_seconds=max((u.seconds for u in units), default=0),
        )

    def _title(self, units: list[Unit], vms: int) -> str:
        parts = []
        for u in units:
            if u.kind is UnitKind.OUTAGE:
                g = self.groups.groups[u.key]
                parts.append(f"OUTAGE of availability set {g.name} ({len(self.groups.avset_members[u.key])} VMs)")
        for u in units:
            if u.kind is UnitKind.BATCH:
                what = "restart batch" if self.a.scale_sets[u.key].actions == [Action.RESTART] else "batch"
                parts.append(f"scale set {self.inv.scale_sets[u.key].name} {what} {u.batch}/{u.batches}")
        cycles = sum(1 for u in units if u.kind is UnitKind.CYCLE)
        if cycles:
            parts.append(f"{cycles} VM cycle{'s' if cycles != 1 else ''}")
        return f"{vms} VM(s): " + ", ".join(parts)

    # --- the last wave --------------------------------------------------------------------------------------

    def _drop(self, enable: list[str], disposition: dict[str, Disposition]) -> list[str]:
        if not self.policy.drop_unencrypted:
            return []
        out: list[str] = []
        on = set(enable)
        for vk, v in self.a.vnets.items():
            vnet = self.inv.vnets.get(vk)
            if vnet is None or v.verdict is not VnetVerdict.READY:
                continue
            enforcement = (vnet.encryption_enforcement or "").lower()
            if vnet.encryption_enabled and enforcement != Enforcement.ALLOW.lower():
                continue
            if vk not in on and not vnet.encryption_enabled:
                continue
            members = [(k.lower(), self.a.vms.get(k.lower())) for k in v.vm_ids]
            members += [(k.lower(), self.a.scale_sets.get(k.lower())) for k in v.scale_set_ids]
            if all(
                r is not None and (r.verdict is Verdict.COMPLIANT or disposition.get(k) in READY)
                for k, r in members
            ):
                out.append(vk)
        return out

    # --- maintenance windows --------------------------------------------------------------------------------

    def _windows(self, waves: list[ScheduledWave]) -> list[int]:
        """Give waves to windows in order, never splitting one; the waves no window holds."""
        windows = self.policy.windows
        if not windows:
            return []
        wi = 0
        at = windows[0].start
        for n, w in enumerate(waves):
            need = timedelta(seconds=w.estimated_seconds)
            while wi < len(windows):
                win = windows[wi]
                at = max(at, win.start)
                if at + need <= win.end:
                    w.window = wi + 1
                    at += need
                    break
                wi += 1
            else:
                return [x.index for x in waves[n:]]
        return []
