"""A plan checked against an inventory: every target exists, and the first step on each target expects what the
inventory holds (what `validate --inventory` reports; the executor re-checks the same fields live before each write)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from planner.model import Inventory, key
from planner.plan.ops import Op, Target, spec
from planner.plan.types import Plan, PlanProblem, Step
from planner.topology import Topology
from planner.vocabulary import Disposition, Encryption, Enforcement, Verdict

# Dispositions after which a VM or scale set carries encrypted traffic.
READY = (Disposition.CYCLE, Disposition.OUTAGE, Disposition.UPGRADE)

_WHAT = {Target.VM: "VM", Target.NIC: "NIC", Target.VNET: "VNet", Target.SCALE_SET: "scale set"}


def live_fields(target: Target, inv: Inventory, resource_key: str) -> dict[str, Any] | None:
    """The fields a step on a resource of this kind may expect, as the inventory holds them; None if absent."""
    if target is Target.VM:
        vm = inv.vms.get(resource_key)
        return None if vm is None else {"power_state": vm.power_state.value, "size": vm.size, "etag": vm.etag}
    if target is Target.NIC:
        nic = inv.nics.get(resource_key)
        return None if nic is None else {"accelerated_networking": nic.accelerated_networking, "etag": nic.etag}
    if target is Target.VNET:
        vnet = inv.vnets.get(resource_key)
        if vnet is None:
            return None
        return {
            "encryption": Encryption.ENABLED if vnet.encryption_enabled else Encryption.DISABLED,
            "enforcement": vnet.encryption_enforcement,
            "etag": vnet.etag,
        }
    if target is Target.SCALE_SET:
        ss = inv.scale_sets.get(resource_key)
        if ss is None:
            return None
        return {"size": ss.size, "accelerated_networking": ss.accelerated_networking, "etag": ss.etag}
    present = resource_key in inv.scale_sets or resource_key in inv.vms or resource_key in inv.aks_clusters
    return {} if present else None


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
            if s.op is Op.VNET_ENABLE_ENCRYPTION and s.params.get("enforcement") == Enforcement.DROP:
                for message in _not_ready(plan, inv, key(s.target)):
                    problems.append(PlanProblem(where, message, **loc))
    return problems


def _not_ready(plan: Plan, inv: Inventory, vnet_key: str) -> Iterator[str]:
    """VMs and scale sets the inventory has in a VNet the plan switches to DropUnencrypted that the plan does not
    make ready (added since planning): their traffic would be dropped."""
    topo = Topology(inv)
    entries = {key(e.id): e for e in plan.vms}
    for k in [*topo.vnet_vms.get(vnet_key, []), *topo.vnet_sets.get(vnet_key, [])]:
        e = entries.get(k)
        if e is None or not (e.verdict is Verdict.COMPLIANT or e.disposition in READY):
            res = inv.vms.get(k) or inv.scale_sets[k]
            state = "is not in the plan" if e is None else f"is {e.verdict} ({e.disposition}) in the plan"
            yield (
                f"DropUnencrypted would drop the traffic of {res.name}, which {state}: re-plan from this inventory"
            )


def _compare(s: Step, inv: Inventory, *, first: bool) -> Iterator[str]:
    op = spec(s.op)
    live = live_fields(op.target, inv, key(s.target))
    if live is None:
        yield f"{_WHAT.get(op.target, '')} {s.target} is not in the inventory".lstrip()
        return
    vm_id = op.vm_of(s.target, s.params)
    if op.target is Target.NIC and vm_id is not None and key(vm_id) not in inv.vms:
        yield f"VM {vm_id} (params.vm) is not in the inventory"
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
            yield f"expects {name} {show_value(want)}, the inventory has {show_value(have)}"


def show_value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)
