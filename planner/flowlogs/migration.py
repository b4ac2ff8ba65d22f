"""What the flow logs are judged against: which VMs are expected to encrypt and from when, and which VMs cannot.

With a plan, the VMs it migrated are those with steps in it (a VM's own steps, its NICs' steps, or its scale set's
batches); the apply's journal gives each one's start (a VM's `vm.start` step, a scale-set instance's batch start),
and the transient period runs from there. Without a journal entry, from the window's start. Without a plan, every VM
in a VNet with encryption on is expected to encrypt from the window's start.

A VM is compliant when its size is of a supported series, every NIC has Accelerated Networking and no NIC reports
`vnetEncryptionSupported: false` (planner.execute.verify judges the same): `NX_HW_NOT_SUPPORTED` is blamed on the
end of a flow that is not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from planner.execute.journal import JournalState
from planner.model import Inventory, key
from planner.plan.ops import Op, spec
from planner.plan.types import Plan
from planner.topology import Topology
from sku_catalog import load_catalog

_STARTS = (Op.VM_START, Op.VMSS_START_INSTANCES)


@dataclass(slots=True)
class Expectations:
    migrated: dict[str, int | None] = field(default_factory=dict)  # VM key -> its start (epoch ms), None: unknown
    scope: str = ""  # how the set was chosen, in words
    from_plan: bool = False  # the set is the plan's (starts from its journal)
    compliant: dict[str, bool] = field(default_factory=dict)  # VM key -> compliant (absent: unknown)
    noncompliance: dict[str, str] = field(default_factory=dict)  # VM key -> why not, in words


def iso_ms(text: str) -> int | None:
    """An ISO-8601 time (a journal's `at`) as epoch milliseconds; None when it is not one."""
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is None:
        return None
    return int(when.timestamp() * 1000)


def expectations(
    inv: Inventory | None, plan: Plan | None, journal: JournalState | None, *, series: str = "extended"
) -> Expectations:
    ex = Expectations()
    if inv is not None:
        _compliance(inv, ex, series)
    if plan is not None:
        ex.from_plan = True
        _from_plan(inv, plan, journal, ex)
    elif inv is not None:
        topo = Topology(inv)
        on = {k for k, v in inv.vnets.items() if v.encryption_enabled}
        for k in inv.vms:
            if {key(x) for x in topo.vnet_ids(k)} & on:
                ex.migrated[k] = None
        ex.scope = "no plan: every VM in a VNet with encryption on, from the window's start"
    else:
        ex.scope = "no inventory: nothing is judged, flows are reported per IP pair"
    return ex


def _from_plan(inv: Inventory | None, plan: Plan, journal: JournalState | None, ex: Expectations) -> None:
    sets: dict[str, list[int]] = {}
    batches: dict[str, list[tuple[list[str], int]]] = {}
    for _, step in plan.steps():
        op_spec = spec(step.op)
        rec = journal.steps.get(step.id) if journal is not None else None
        done = rec is not None and rec.status in ("done", "already-done") and rec.finished_at
        when = iso_ms(rec.finished_at) if rec is not None and done else None
        vm = op_spec.vm_of(step.target, step.params)
        if vm is not None:
            k = key(vm)
            ex.migrated.setdefault(k, None)
            if step.op in _STARTS and when is not None:
                ex.migrated[k] = when
        elif op_spec.scale_set_step:
            k = key(step.target)
            sets.setdefault(k, [])
            if step.op in _STARTS and when is not None and rec is not None:
                sets[k].append(when)
                batches.setdefault(k, []).append(([str(i) for i in rec.instances], when))
    if sets and inv is not None:
        for vm_key in list(inv.vms) + [key(n.vm_id) for n in inv.nics.values() if n.vm_id]:
            machine = inv.vms.get(vm_key)
            owner = (
                key(machine.scale_set_id)
                if machine is not None and machine.scale_set_id
                else vm_key.rsplit("/virtualmachines/", 1)[0]
            )
            if owner not in sets:
                continue
            instance = vm_key.rsplit("/", 1)[-1]
            chosen = [w for ids, w in batches.get(owner, []) if instance in ids]
            starts = chosen or sets[owner]
            ex.migrated[vm_key] = max(starts) if starts else None
    where = f" and its journal {journal.path}" if journal is not None else " (no journal: from the window's start)"
    ex.scope = f"the VMs with steps in the plan{where}"


def _compliance(inv: Inventory, ex: Expectations, series: str) -> None:
    catalog = load_catalog(series, inv.skus)
    for k, vm in inv.vms.items():
        size = vm.size
        if vm.scale_set_id:
            ss = inv.scale_sets.get(key(vm.scale_set_id))
            size = vm.size or (ss.size or "" if ss is not None else "")
        why = [] if catalog.is_supported(size) else [f"size {size} is not of a supported series ({series})"]
        for nic in inv.vm_nics(vm):
            if not nic.accelerated_networking:
                why.append(f"NIC {nic.name} has Accelerated Networking off")
            elif nic.vnet_encryption_supported is False:
                why.append(f"NIC {nic.name} reports vnetEncryptionSupported false")
        ex.compliant[k] = not why
        if why:
            ex.noncompliance[k] = "; ".join(why)
