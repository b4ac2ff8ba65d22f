"""Steps: the plan's operations for one unit of a wave, with what each expects live, its params and rollback.

A VM's cycle is deallocate -> resize -> AN on each NIC -> start, `after`-chained; a whole-set outage deallocates
every member first, then makes every change, then starts every member; a scale set gets its model update before its
first batch, and each batch deallocates its instances, applies the model to them and starts them (a compliant scale
set in a VNet the plan enables: deallocate and start). Only the first step on a resource expects its etag (later
steps expect the state earlier ones leave).
"""

from __future__ import annotations

import re
from typing import Any

from planner.analysis.results import Analysis, VmResult
from planner.model import Inventory, PowerState, ResourceId, ScaleSet, key
from planner.plan import azcli
from planner.plan.ops import Op, az_line
from planner.plan.policy import Policy
from planner.plan.types import Step
from planner.sequencing.ids import StepIds, step_id
from planner.sequencing.units import WAS_RUNNING, Unit
from planner.topology import Topology
from planner.vocabulary import Action, Enforcement, ResultKind

_SIZE_IN_RECOMMENDATION = re.compile(r"--node-vm-size ([^`\s]+)")

CycleParts = tuple[Step | None, list[Step], list[Step], Step | None]


def make_step(
    sid: str,
    op: Op,
    target: str,
    *,
    expect: dict[str, Any],
    params: dict[str, Any],
    rollback: dict[str, Any],
    after: list[str] | None = None,
) -> Step:
    return Step(sid, op, target, expect, params, rollback, after or [], az_line(op, target, params))


class StepFactory:
    def __init__(
        self, inv: Inventory, topo: Topology, analysis: Analysis, policy: Policy, ids: StepIds
    ) -> None:
        self.inv = inv
        self.topo = topo
        self.a = analysis
        self.policy = policy
        self.ids = ids

    # --- VMs ------------------------------------------------------------------------------------------------

    def vm_cycle(self, wave: int, vk: str) -> list[Step]:
        """One VM's cycle (outside an outage): deallocate -> resize -> AN on each NIC -> start, `after`-chained."""
        dealloc, changes, nics, start = self.cycle_parts(wave, vk)
        steps: list[Step] = []
        prev: list[str] = []
        if dealloc is not None:
            dealloc.after = prev
            steps.append(dealloc)
            prev = [dealloc.id]
        for s in changes:
            s.after = prev
            steps.append(s)
            prev = [s.id]
        if nics:
            for s in nics:
                s.after = list(prev)
            steps += nics
            prev = [s.id for s in nics]
        if start is not None:
            start.after = prev
            steps.append(start)
        return steps

    def cycle_parts(self, wave: int, vk: str) -> CycleParts:
        inv, r = self.inv, self.a.vms[vk]
        vm = inv.vms[vk]
        stem = self.ids.stem("vm", vm.id, vm.name)
        state = vm.power_state
        etag = {"etag": vm.etag} if vm.etag else {}
        first: dict[str, Any] = {"power_state": state.value} if state is not PowerState.UNKNOWN else {}
        dealloc = None
        if state is not PowerState.DEALLOCATED:
            dealloc = make_step(
                step_id(wave, stem, "deallocate"),
                Op.VM_DEALLOCATE,
                vm.id,
                expect={**first, "size": vm.size, **etag},
                params={},
                rollback={"power_state": "running" if state in WAS_RUNNING else state.value},
            )
            etag = {}
        size = vm.size
        changes: list[Step] = []
        if Action.RESIZE in r.actions and r.target_size:
            changes.append(
                make_step(
                    step_id(wave, stem, "resize"),
                    Op.VM_RESIZE,
                    vm.id,
                    expect={"power_state": "deallocated", "size": vm.size, **etag},
                    params={"size": r.target_size},
                    rollback={"size": vm.size},
                )
            )
            etag = {}
            size = r.target_size
        nics: list[Step] = []
        if Action.ENABLE_AN in r.actions:
            for nic_id in r.nics_without_an:
                nic = inv.nics[key(nic_id)]
                nics.append(
                    make_step(
                        step_id(wave, self.ids.stem("nic", nic.id, nic.name), "accelerated-networking"),
                        Op.NIC_ENABLE_AN,
                        nic.id,
                        expect={"accelerated_networking": False, **({"etag": nic.etag} if nic.etag else {})},
                        params={"vm": vm.id},
                        rollback={"accelerated_networking": False},
                    )
                )
        start = None
        if state in WAS_RUNNING or self.policy.start_deallocated:
            start = make_step(
                step_id(wave, stem, "start"),
                Op.VM_START,
                vm.id,
                expect={"power_state": "deallocated", "size": size, **etag},
                params={},
                rollback={"power_state": "deallocated"},
            )
        return dealloc, changes, nics, start

    def outage(self, wave: int, u: Unit) -> list[Step]:
        """Every member down first, then every resize and NIC change, then every start: AN inside an
        availability set needs the whole set deallocated."""
        parts = {vk: self.cycle_parts(wave, vk) for vk in u.vms}
        deallocs = [p[0] for p in parts.values() if p[0] is not None]
        dealloc_ids = [s.id for s in deallocs]
        middle: list[Step] = []
        for _, changes, nics, _ in parts.values():
            prev = list(dealloc_ids)
            for s in changes:
                s.after = prev
                middle.append(s)
                prev = [s.id]
            for s in nics:
                s.after = list(prev)
                middle.append(s)
        middle_ids = [s.id for s in middle]
        starts: list[Step] = []
        for dealloc, _, _, start in parts.values():
            if start is None:
                continue
            # Every middle step waits for every deallocation, so waiting for them all covers the VM's own too.
            start.after = list(middle_ids) if middle_ids else ([dealloc.id] if dealloc is not None else [])
            starts.append(start)
        for d in deallocs:
            d.after = []
        return deallocs + middle + starts

    # --- scale sets -----------------------------------------------------------------------------------------

    def batch(self, wave: int, u: Unit) -> list[Step]:
        """One batch of a Uniform scale set's instances, one cycle per instance like a VM's: deallocate the batch's
        instances -> apply the model to them (when the model changes) -> start them, `after`-chained; the first batch
        of a set whose model changes follows the model update. Under a Manual upgrade policy the model update changes
        no existing instance: each keeps its model until its batch's upgrade, which comes after its deallocation.

        Which instances a batch takes is chosen when its deallocation runs (those no earlier batch of the set took,
        in instance-id order); its upgrade and start act on exactly those (the executor's journal, the script's log).
        The first step on the scale set expects what the inventory holds, capacity and etag too."""
        ss = self.inv.scale_sets[u.key]
        r = self.a.scale_sets[u.key]
        stem = self.ids.stem("vmss", ss.id, ss.name)
        upgrade = Action.UPGRADE_INSTANCES in r.actions
        old = {"size": ss.size, "accelerated_networking": ss.accelerated_networking}
        steps: list[Step] = []
        model = dict(old)
        first = u.batch == 1
        if upgrade:
            new_size = r.target_size if Action.RESIZE in r.actions else None
            an = Action.ENABLE_AN in r.actions
            if first:
                steps.append(self.model(wave, ss, new_size, an))
                first = False  # the model update is the first step on the set
            model = {"size": new_size or ss.size, "accelerated_networking": an or ss.accelerated_networking}
        expect: dict[str, Any] = {k: v for k, v in model.items() if v is not None}
        params = {"batch": u.batch, "batches": u.batches, "batch_size": u.batch_size}
        what = f"{u.batch}-of-{u.batches}"
        head: dict[str, Any] = {}
        if first:
            if ss.capacity is not None:
                head["capacity"] = ss.capacity
            if ss.etag:
                head["etag"] = ss.etag
        dealloc = make_step(
            step_id(wave, stem, f"deallocate-{what}"),
            Op.VMSS_DEALLOCATE_INSTANCES,
            ss.id,
            expect={**expect, **head},
            params=dict(params),
            rollback={"power_state": "running"},
            after=[s.id for s in steps],
        )
        steps.append(dealloc)
        if upgrade:
            steps.append(
                make_step(
                    step_id(wave, stem, f"upgrade-{what}"),
                    Op.VMSS_UPGRADE_INSTANCES,
                    ss.id,
                    expect=dict(expect),
                    params=dict(params),
                    rollback={k: v for k, v in old.items() if v is not None},
                    after=[dealloc.id],
                )
            )
        steps.append(
            make_step(
                step_id(wave, stem, f"start-{what}"),
                Op.VMSS_START_INSTANCES,
                ss.id,
                expect=dict(expect),
                params=dict(params),
                rollback={},
                after=[steps[-1].id],
            )
        )
        return steps

    def model(self, wave: int, ss: ScaleSet, new_size: str | None, an: bool) -> Step:
        stem = self.ids.stem("vmss", ss.id, ss.name)
        expect: dict[str, Any] = {"accelerated_networking": ss.accelerated_networking}
        if ss.size:
            expect["size"] = ss.size
        if ss.capacity is not None:
            expect["capacity"] = ss.capacity
        if ss.etag:
            expect["etag"] = ss.etag
        params: dict[str, Any] = {}
        if new_size:
            params["size"] = new_size
        if an:
            params["accelerated_networking"] = True
        old = {"size": ss.size, "accelerated_networking": ss.accelerated_networking}
        return make_step(
            step_id(wave, stem, "update-model"),
            Op.VMSS_UPDATE_MODEL,
            ss.id,
            expect=expect,
            params=params,
            rollback={k: v for k, v in old.items() if v is not None},
        )

    # --- VNets ----------------------------------------------------------------------------------------------

    def vnet(self, wave: int, vk: str, enforcement: Enforcement) -> Step:
        vnet = self.inv.vnets[vk]
        etag = {"etag": vnet.etag} if vnet.etag else {}
        stem = self.ids.stem("vnet", vnet.id, vnet.name)
        if enforcement is Enforcement.ALLOW:
            return make_step(
                step_id(wave, stem, "enable-encryption"),
                Op.VNET_ENABLE_ENCRYPTION,
                vnet.id,
                expect={"encryption": "disabled", **etag},
                params={"enforcement": Enforcement.ALLOW.value},
                rollback={"encryption": "disabled"},
            )
        was_enabled = vnet.encryption_enabled
        return make_step(
            step_id(wave, stem, "drop-unencrypted"),
            Op.VNET_ENABLE_ENCRYPTION,
            vnet.id,
            expect={
                "encryption": "enabled",
                "enforcement": Enforcement.ALLOW.value,
                **(etag if was_enabled else {}),
            },
            params={"enforcement": Enforcement.DROP.value},
            rollback={"encryption": "enabled", "enforcement": Enforcement.ALLOW.value},
        )

    # --- AKS ------------------------------------------------------------------------------------------------

    def manual(self, wave: int, k: str, r: VmResult, enable: dict[str, Step]) -> Step:
        """An AKS-managed node resource is never changed through IaaS APIs: a manual step with the commands."""
        message = r.blockers[0].message
        after = [enable[v].id for v in map(key, self.topo.vnet_ids(k)) if v in enable]
        if r.kind is ResultKind.SCALE_SET:
            ss = self.inv.scale_sets[k]
            stem = "aks-" + self.ids.stem("vmss", ss.id, ss.name).removeprefix("vmss-")
            commands = self._aks_commands(ss, message)
            what = "replace-node-pool"
        else:
            vm = self.inv.vms[k]
            stem, commands, what = "aks-" + self.ids.stem("vm", vm.id, vm.name), [], "manual"
        return make_step(
            step_id(wave, stem, what),
            Op.MANUAL,
            r.id,
            expect={},
            params={"reason": message, "commands": commands},
            rollback={},
            after=after,
        )

    def _aks_commands(self, ss: ScaleSet, message: str) -> list[str]:
        rid = ResourceId.parse(ss.id)
        pool_name = next((v for t, v in ss.tags.items() if t.lower() == "aks-managed-poolname"), None)
        if rid is None or pool_name is None:
            return []
        rg = rid.resource_group.lower()
        for cluster in sorted(self.inv.aks_clusters.values(), key=lambda c: key(c.id)):
            if (cluster.node_resource_group or "").lower() != rg:
                continue
            pool = next((p for p in cluster.pools if p.name.lower() == pool_name.lower()), None)
            match = _SIZE_IN_RECOMMENDATION.search(message)
            size = match.group(1) if match else (ss.size or "")
            if not size or "<" in size:
                return []
            return azcli.aks_pool_commands(
                cluster_id=cluster.id,
                pool=pool.name if pool else pool_name,
                size=size,
                count=ss.capacity,
                subnet_id=pool.vnet_subnet_id if pool else None,
                pod_subnet_id=pool.pod_subnet_id if pool else None,
            )
        return []
