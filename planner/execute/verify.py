"""Is encryption in effect? Per VNet and per VM (and scale set), from an inventory (a snapshot, exported files or a
live fetch), with the plan for scope and the apply's journal as the evidence of restarts.

A VM carries encrypted traffic when its VNets have encryption on, its size is of a supported series, every NIC has
Accelerated Networking, no NIC reports `vnetEncryptionSupported: false`, and it was started after encryption was
switched on (DOMAIN.md, "What VNet encryption needs"). Resource Manager shows no trace of a restart, so the last
condition is proven by the journal: the VM's start step finished after its VNets' encryption steps (or the VNet was
encrypted before the plan and the plan cycled the VM). Statuses:

- `encrypted`: every condition holds;
- `deallocated`: every condition holds but the VM is deallocated: encryption takes effect when it starts (not a fault);
- `restart-unverified`: everything else holds, no restart after encryption is proven (no journal, or not in it);
- `not-encrypted`: a condition fails (each one is named);
- `manual`: an AKS node pool the plan hands to the operator (reported, not judged).

Scope: with a plan, the VMs and scale sets it cycles or upgrades and the VNets it switches on; without one, every VM
and scale set with a VNet that has encryption on. Anything in scope that is `not-encrypted` or `restart-unverified`
makes `planner verify` exit 4.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from planner.execute.journal import JournalState
from planner.model import Inventory, PowerState, key
from planner.plan.ops import Op
from planner.plan.types import Plan
from planner.topology import Topology
from planner.vocabulary import Disposition
from sku_catalog import load_catalog


class Status(StrEnum):
    ENCRYPTED = "encrypted"
    DEALLOCATED = "deallocated"
    UNVERIFIED = "restart-unverified"
    NOT_ENCRYPTED = "not-encrypted"
    MANUAL = "manual"


FAILING = (Status.UNVERIFIED, Status.NOT_ENCRYPTED)
_IN_SCOPE = (Disposition.CYCLE, Disposition.OUTAGE, Disposition.UPGRADE)


@dataclass
class VnetCheck:
    id: str
    name: str
    encrypted: bool
    enforcement: str | None


@dataclass
class Check:
    id: str
    name: str
    kind: str  # vm / scale-set
    status: Status
    reasons: list[str] = field(default_factory=list)


@dataclass
class VerifyReport:
    vnets: list[VnetCheck] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    evidence: str = ""  # where restarts were proven from

    @property
    def failing(self) -> list[Check]:
        return [c for c in self.checks if c.status in FAILING]


@dataclass
class _Evidence:
    """From a journal: when each VNet's encryption step and each VM's start finished (ISO times compare as text)."""

    vnet_on: dict[str, str] = field(default_factory=dict)
    started: dict[str, str] = field(default_factory=dict)
    batches: dict[str, list[str]] = field(default_factory=dict)  # scale set -> each batch's finish time ("" not done)
    enabled_before: set[str] = field(default_factory=set)  # VNets encrypted before the plan


def _evidence(plan: Plan | None, journal: JournalState | None) -> _Evidence | None:
    if plan is None or journal is None:
        return None
    ev = _Evidence(enabled_before={key(v.id) for v in plan.vnets if v.encryption == "enabled"})
    for _, s in plan.steps():
        rec = journal.steps.get(s.id)
        finished = rec is not None and rec.status in ("done", "already-done")
        when = rec.finished_at if rec is not None and finished else ""
        if s.op is Op.VNET_ENABLE_ENCRYPTION and finished:
            ev.vnet_on[key(s.target)] = when
        elif s.op is Op.VM_START and rec is not None and rec.status == "done":
            ev.started[key(s.target)] = when
        elif s.op is Op.VMSS_START_INSTANCES:  # a batch's instances cycled: encryption took effect at the start
            ev.batches.setdefault(key(s.target), []).append(when)
    return ev


def verify(
    inv: Inventory, *, series: str = "baseline", plan: Plan | None = None, journal: JournalState | None = None
) -> VerifyReport:
    topo = Topology(inv)
    catalog = load_catalog(series, inv.skus)
    ev = _evidence(plan, journal)
    report = VerifyReport(evidence=str(journal.path) if journal is not None else "")
    encrypted = {k for k, v in inv.vnets.items() if v.encryption_enabled}
    if plan is not None:
        scope = {key(e.id): e.disposition for e in plan.vms}
        vnet_scope = {key(v.id) for v in plan.vnets if v.action != "none"}
    else:
        scope = {}
        vnet_scope = encrypted
    for k in sorted(vnet_scope):
        v = inv.vnets.get(k)
        if v is not None:
            report.vnets.append(VnetCheck(v.id, v.name, v.encryption_enabled, v.encryption_enforcement))
    for k, vm in sorted(inv.vms.items()):
        if vm.scale_set_id:
            continue  # judged with its scale set
        vnets = [key(x) for x in topo.vnet_ids(k)]
        disposition = scope.get(k)
        if plan is not None and disposition not in (*_IN_SCOPE, Disposition.MANUAL):
            continue
        if plan is None and not (set(vnets) & encrypted):
            continue
        if disposition is Disposition.MANUAL:
            report.checks.append(Check(vm.id, vm.name, "vm", Status.MANUAL, ["handed to the operator by the plan"]))
            continue
        reasons = [f"VNet {x.rsplit('/', 1)[-1]} has encryption off" for x in vnets if x not in encrypted]
        if not vnets:
            reasons.append("no VNet found for its NICs")
        if not catalog.is_supported(vm.size):
            reasons.append(f"size {vm.size} is not of a supported series ({series})")
        for ref in vm.nics:
            nic = inv.nics.get(key(ref.id))
            if nic is None:
                reasons.append(f"NIC {ref.id.rsplit('/', 1)[-1]} is not in the inventory")
            elif not nic.accelerated_networking:
                reasons.append(f"NIC {nic.name} has Accelerated Networking off")
            elif nic.vnet_encryption_supported is False and vm.power_state is not PowerState.DEALLOCATED:
                # Read-only and set when the VM lands on hardware: stale on a deallocated VM.
                reasons.append(f"NIC {nic.name} reports vnetEncryptionSupported false")
        report.checks.append(Check(vm.id, vm.name, "vm", _status(k, vm.power_state, vnets, reasons, ev), reasons))
    for k, ss in sorted(inv.scale_sets.items()):
        disposition = scope.get(k)
        vnets = [key(x) for x in topo.vnet_ids(k)]
        if plan is not None and disposition not in (*_IN_SCOPE, Disposition.MANUAL):
            continue
        if plan is None and not (set(vnets) & encrypted):
            continue
        if disposition is Disposition.MANUAL or ss.aks_managed:
            report.checks.append(Check(ss.id, ss.name, "scale-set", Status.MANUAL, ["AKS node pool: the operator's"]))
            continue
        reasons = [f"VNet {x.rsplit('/', 1)[-1]} has encryption off" for x in vnets if x not in encrypted]
        if ss.size and not catalog.is_supported(ss.size):
            reasons.append(f"model size {ss.size} is not of a supported series ({series})")
        if not ss.accelerated_networking:
            reasons.append("the model has Accelerated Networking off on a NIC configuration")
        report.checks.append(Check(ss.id, ss.name, "scale-set", _set_status(k, vnets, reasons, ev), reasons))
    return report


def _vnets_on_before(vnets: list[str], when: str, ev: _Evidence) -> bool:
    for v in vnets:
        if v in ev.enabled_before:
            continue
        on = ev.vnet_on.get(v)
        if on is None or on > when:
            return False
    return True


def _status(k: str, power: PowerState, vnets: list[str], reasons: list[str], ev: _Evidence | None) -> Status:
    if reasons:
        return Status.NOT_ENCRYPTED
    if power is PowerState.DEALLOCATED:
        reasons.append("ready: encryption takes effect when it is started")
        return Status.DEALLOCATED
    if power is not PowerState.RUNNING:
        reasons.append(f"power state {power}")
        return Status.NOT_ENCRYPTED
    if ev is None:
        reasons.append("no journal: a start after encryption cannot be proven (pass --plan and --journal)")
        return Status.UNVERIFIED
    started = ev.started.get(k)
    if started is None or not _vnets_on_before(vnets, started, ev):
        reasons.append("the journal shows no start after its VNet's encryption was switched on")
        return Status.UNVERIFIED
    return Status.ENCRYPTED


def _set_status(k: str, vnets: list[str], reasons: list[str], ev: _Evidence | None) -> Status:
    if reasons:
        return Status.NOT_ENCRYPTED
    if ev is None:
        reasons.append("no journal: the instances' cycle after encryption cannot be proven (pass --plan and --journal)")
        return Status.UNVERIFIED
    batches = ev.batches.get(k, [])
    if not batches or any(not when or not _vnets_on_before(vnets, when, ev) for when in batches):
        reasons.append("the journal does not show every instance batch cycled after encryption")
        return Status.UNVERIFIED
    return Status.ENCRYPTED
