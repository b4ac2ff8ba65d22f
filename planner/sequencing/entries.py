"""The plan's [[vnets]] and [[vms]] entries: what the plan does with every VNet, VM and scale set, and why."""

from __future__ import annotations

from planner.analysis.results import Analysis, VmResult
from planner.model import Inventory, PowerState, ScaleSet, VirtualMachine
from planner.plan.policy import Policy
from planner.plan.types import VmEntry, VnetEntry
from planner.sequencing.groups import Groups
from planner.sequencing.schedule import Schedule
from planner.sequencing.units import WAS_RUNNING
from planner.topology import Topology, is_uniform
from planner.vocabulary import Action, Disposition, Enforcement, GroupKind, ResultKind, Verdict, VnetVerdict


def vnet_entries(a: Analysis, sched: Schedule) -> list[VnetEntry]:
    enable, drops = set(sched.enable), set(sched.drop)
    out = []
    for vk, v in a.vnets.items():
        reasons = [f"blocked: [{b.code}] {b.message}" for b in v.blockers]
        reasons += [f"warning: [{w.code}] {w.message}" for w in v.warnings]
        enforcement = None
        if vk in enable:
            reasons.append("encryption switched on (AllowUnencrypted) in wave 1, before any VM of it is cycled")
            enforcement = Enforcement.ALLOW
        if vk in drops:
            reasons.append("switched to DropUnencrypted in the last wave, once every VM of it is ready")
            enforcement = Enforcement.DROP
        if v.verdict is VnetVerdict.EXCLUDED:
            reasons.append("excluded by the operator's decisions")
        out.append(
            VnetEntry(
                id=v.id,
                name=v.name,
                location=v.location,
                verdict=v.verdict,
                encryption=v.encryption,
                action="enable-encryption" if enforcement else "none",
                enforcement=enforcement,
                reasons=reasons,
            )
        )
    return out


def vm_entries(
    inv: Inventory, topo: Topology, groups: Groups, a: Analysis, policy: Policy, sched: Schedule
) -> list[VmEntry]:
    out = []
    g = groups.groups
    for k, r in [*a.vms.items(), *a.scale_sets.items()]:
        disposition = sched.disposition.get(k, Disposition.NONE)
        reasons = [f"blocked: [{b.code}] {b.message}" for b in r.blockers]
        reasons += [f"warning: [{w.code}] {w.message}" for w in r.warnings]
        reasons += action_reasons(r)
        vm = inv.vms.get(k) if r.kind is ResultKind.VM else None
        ud = None
        gks = groups.vm_groups.get(k, []) if r.kind is ResultKind.VM else groups.vmss_groups.get(k, [])
        if vm is not None:
            if any(g[x].kind is GroupKind.AVAILABILITY_SET for x in gks):
                ud = vm.platform_update_domain
            if disposition in (Disposition.CYCLE, Disposition.OUTAGE):
                reasons += power_reasons(vm, policy)
            if disposition is Disposition.OUTAGE:
                avset = next(g[x] for x in gks if g[x].kind is GroupKind.AVAILABILITY_SET)
                reasons.append(
                    f"availability set {avset.name} needs Accelerated Networking: all {avset.size} members go "
                    f"down together in wave {sched.wave_of.get(k)}"
                )
        elif r.kind is ResultKind.SCALE_SET and disposition is Disposition.UPGRADE:
            reasons += scale_set_reasons(inv.scale_sets[k])
        elif r.kind is ResultKind.SCALE_SET and disposition is Disposition.RESTART:
            reasons.append(
                "compliant: its instances are deallocated and started in batches within the scale set's budget, "
                "the model unchanged"
            )
        if r.verdict is Verdict.EXCLUDED:
            reasons.append("excluded by the operator's decisions")
        reasons += sched.notes.get(k, [])
        out.append(
            VmEntry(
                id=r.id,
                name=r.name,
                kind=r.kind,
                verdict=r.verdict,
                disposition=disposition,
                size=r.size,
                target_size=r.target_size,
                power_state=r.power_state.value if r.kind is ResultKind.VM else None,
                actions=list(r.actions),
                wave=sched.wave_of.get(k),
                vnets=list(topo.vnet_ids(k)),
                groups=[g[x].id for x in gks],
                update_domain=ud,
                reasons=reasons,
            )
        )
    return out


def power_reasons(vm: VirtualMachine, policy: Policy) -> list[str]:
    state = vm.power_state
    if state is PowerState.UNKNOWN:
        return ["power state unknown: treated as running (deallocated, then started)"]
    if state in WAS_RUNNING:
        return []
    started = (
        "started afterwards (start_deallocated = true)"
        if policy.start_deallocated
        else ("left deallocated (start_deallocated = false): encryption is active when it is next started")
    )
    if state is PowerState.DEALLOCATED:
        return [f"deallocated before the plan: changed without a deallocation and {started}"]
    return [f"{state.value} (not deallocated) before the plan: deallocated for the change and {started}"]


def action_reasons(r: VmResult) -> list[str]:
    out = []
    if Action.RESIZE in r.actions and r.target_size:
        why = "pinned by the operator" if r.pinned else "its size is not in a supported series"
        out.append(f"resize {r.size} -> {r.target_size} ({why})")
    if Action.ENABLE_AN in r.actions:
        n = len(r.nics_without_an)
        out.append(
            "enable Accelerated Networking on the scale set's model"
            if r.kind is ResultKind.SCALE_SET
            else f"enable Accelerated Networking on {n} NIC{'s' if n != 1 else ''}"
        )
    if Action.RESTART in r.actions:
        out.append("deallocate and start again after its VNet's encryption is on, which activates encryption")
    return out


def scale_set_reasons(ss: ScaleSet) -> list[str]:
    mode = (ss.upgrade_mode or "").lower()
    if not is_uniform(ss):
        return ["flexible orchestration: the model update shapes new VMs; existing VMs are cycled one by one"]
    if mode == "automatic":
        return [
            "upgrade policy Automatic: Azure rolls every instance as soon as the model changes, outside the plan's "
            "batches; set the policy to Manual before the plan runs to keep the budget"
        ]
    if mode == "rolling":
        return [
            "upgrade policy Rolling: Azure rolls the instances by its rolling-upgrade policy after the model "
            "update; the plan's batches then cycle every instance (a rolled instance, still allocated, has neither "
            "AN nor encryption in effect)"
        ]
    return [
        "model updated, then every instance cycled in batches within the scale set's budget: deallocated, given "
        "the model, started"
    ]
