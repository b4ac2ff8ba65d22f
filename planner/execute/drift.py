"""Deciding a step from what was just read: already in its target state, as the plan expects, or drifted.

`reached` says whether a resource is already where the step would take it (then the step is `already-done`:
re-runs are idempotent). `mismatches` compares the step's `expect` with the live fields, the way
`planner.plan.check_live` compares them with an inventory (strings case-insensitively, the rest exactly): a
field that differs is drift, and nothing is written to that resource. The etag is compared only before this run
wrote to the resource (its own write changes it). `project` is what a step leaves behind, for the dry run to judge
the steps after it on the same resource.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from planner.execute.events import Mismatch
from planner.plan.ops import Op
from planner.plan.types import Step
from planner.vocabulary import Encryption


def same(want: Any, have: Any) -> bool:
    if isinstance(want, str) and isinstance(have, str):
        return want.lower() == have.lower()
    return bool(want == have)


def reached(step: Step, live: Mapping[str, Any]) -> bool:
    """Whether the resource already is in the state this step would leave it in."""
    p = step.params
    op = step.op
    if op is Op.VNET_ENABLE_ENCRYPTION:
        return same(Encryption.ENABLED.value, live.get("encryption")) and same(p.get("enforcement"), live.get("enforcement"))
    if op is Op.VNET_DISABLE_ENCRYPTION:
        return same(Encryption.DISABLED.value, live.get("encryption"))
    if op is Op.VM_DEALLOCATE:
        return same("deallocated", live.get("power_state"))
    if op is Op.VM_START:
        return same("running", live.get("power_state"))
    if op is Op.VM_RESIZE:
        return same(p.get("size"), live.get("size"))
    if op is Op.NIC_ENABLE_AN:
        return live.get("accelerated_networking") is True
    if op is Op.NIC_DISABLE_AN:
        return live.get("accelerated_networking") is False
    if op in (Op.VMSS_UPDATE_MODEL, Op.VMSS_RESTORE_MODEL):
        size_ok = "size" not in p or same(p["size"], live.get("size"))
        an_ok = "accelerated_networking" not in p or p["accelerated_networking"] == live.get("accelerated_networking")
        return size_ok and an_ok
    return False  # a scale-set batch is judged on its instances; a manual step never is


def mismatches(step: Step, live: Mapping[str, Any], *, with_etag: bool = True) -> list[Mismatch]:
    out = []
    for name, want in sorted(step.expect.items()):
        if name == "etag" and not with_etag:
            continue
        have = live.get(name)
        if name not in live:
            continue  # not a field of this resource's reads
        if not same(want, have):
            out.append(Mismatch(name, want, have))
    return out


def project(step: Step, live: Mapping[str, Any]) -> dict[str, Any]:
    """The fields a resource will have once the step is done (etag unknown)."""
    out = dict(live)
    p = step.params
    op = step.op
    if op is Op.VNET_ENABLE_ENCRYPTION:
        out.update(encryption=Encryption.ENABLED.value, enforcement=p.get("enforcement"))
    elif op is Op.VNET_DISABLE_ENCRYPTION:
        out.update(encryption=Encryption.DISABLED.value)
    elif op is Op.VM_DEALLOCATE:
        out["power_state"] = "deallocated"
    elif op is Op.VM_START:
        out["power_state"] = "running"
    elif op is Op.VM_RESIZE:
        out["size"] = p.get("size")
    elif op is Op.NIC_ENABLE_AN:
        out["accelerated_networking"] = True
    elif op is Op.NIC_DISABLE_AN:
        out["accelerated_networking"] = False
    elif op in (Op.VMSS_UPDATE_MODEL, Op.VMSS_RESTORE_MODEL):
        out.update({k: v for k, v in p.items() if k in ("size", "accelerated_networking")})
    out.pop("etag", None)
    return out
