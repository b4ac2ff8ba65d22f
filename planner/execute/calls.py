"""The one table from a plan op to its Azure calls: what the executor writes for each op, through the SDK's `begin_*`
pollers. Adding an op is one entry here (and one in `planner.plan.ops`).

Each write reads nothing itself: it gets the resource as just read (`Live`, with the SDK model for a
GET-modify-PUT) and calls `StepRun.lro(phase, begin, resume)` for each long-running operation, which journals the
poller's continuation token and waits it out; `resume` rebuilds the poller from a token after a crash. Writes carry
`If-Match` with the etag just read (`etag=`/`match_condition=` where the SDK has them, the header otherwise).

- `vnet.enable-encryption` / `vnet.disable-encryption`: the VNet's whole body, `encryption` changed, PUT back.
- `vm.deallocate`, `vm.start`: the POST actions. `vm.resize`: a PATCH of `hardwareProfile.vmSize`.
- `nic.enable-accelerated-networking` / `nic.disable-...`: the NIC's whole body, the flag changed, PUT back (a partial
  body would delete IP configurations: `IpConfigDeleteNotSupported`).
- `vmss.update-model` / `vmss.restore-model`: a PATCH of the model's `sku` and its NIC configurations (the whole list,
  each with the AN flag set).
- `vmss.deallocate-instances`: a batch's instances, `batch_size` of them in instance-id order that no earlier batch of
  the set in the journal took, chosen when the step first runs and journalled with their power states (a resumed or
  retried step keeps them); deallocated.
- `vmss.upgrade-instances`: the model applied (`manualUpgrade`) to exactly the instances the batch's deallocation
  took, now deallocated: applying a model to a running instance only restarts it, and neither AN nor encryption
  takes effect, nor a size its hardware lacks is allowed, without a deallocation (DOMAIN.md, "Scale-set instances
  are cycled, not just upgraded").
- `vmss.start-instances`: those of the batch's instances that were running before it, started (encryption takes
  effect at the start).
- `manual`: no call (the executor hands the step to the operator).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from azure.core import MatchConditions
from azure.mgmt.compute import models as cm
from azure.mgmt.network import models as nm

from planner.execute.arm import Live, nic_configurations, rest
from planner.plan.ops import Op
from planner.vocabulary import Enforcement

if TYPE_CHECKING:
    from planner.execute.step import StepRun

Write = Callable[["StepRun", Live], None]


@dataclass(frozen=True)
class OpCall:
    write: Write | None  # None: nothing is written (a manual step)
    batch: bool = False  # judged by its scale set's instances, not by `reached`


def _if_match(live: Live) -> dict[str, str]:
    etag = live.fields.get("etag")
    return {"If-Match": str(etag)} if etag else {}


def _vnet(enabled: bool) -> Write:
    def write(run: StepRun, live: Live) -> None:
        rid = run.rid
        vnets = run.arm.network(rid.subscription).virtual_networks
        model = copy.deepcopy(live.model)
        current = live.fields.get("enforcement") or Enforcement.ALLOW.value
        enforcement = str(run.step.params.get("enforcement") or current)
        model.encryption = nm.VirtualNetworkEncryption(enabled=enabled, enforcement=enforcement)
        headers = _if_match(live)
        run.lro(
            "write",
            lambda kw: vnets.begin_create_or_update(rid.resource_group, rid.name, model, headers=headers, **kw),
            lambda token, kw: vnets.begin_create_or_update(rid.resource_group, rid.name, model, continuation_token=token, **kw),
        )

    return write


def _vm_action(action: str) -> Write:
    def write(run: StepRun, live: Live) -> None:
        rid = run.rid
        vms = run.arm.compute(rid.subscription).virtual_machines
        begin = vms.begin_deallocate if action == "deallocate" else vms.begin_start
        headers = _if_match(live)
        run.lro(
            "write",
            lambda kw: begin(rid.resource_group, rid.name, headers=headers, **kw),
            lambda token, kw: begin(rid.resource_group, rid.name, continuation_token=token, **kw),
        )

    return write


def _resize(run: StepRun, live: Live) -> None:
    rid = run.rid
    vms = run.arm.compute(rid.subscription).virtual_machines
    update = cm.VirtualMachineUpdate(
        properties=cm.VirtualMachineProperties(hardware_profile=cm.HardwareProfile(vm_size=str(run.step.params["size"])))
    )
    etag = live.fields.get("etag")
    condition = MatchConditions.IfNotModified if etag else None
    run.lro(
        "write",
        lambda kw: vms.begin_update(rid.resource_group, rid.name, update, etag=etag, match_condition=condition, **kw),
        lambda token, kw: vms.begin_update(rid.resource_group, rid.name, update, continuation_token=token, **kw),
    )


def _nic(enabled: bool) -> Write:
    def write(run: StepRun, live: Live) -> None:
        rid = run.rid
        nics = run.arm.network(rid.subscription).network_interfaces
        model = copy.deepcopy(live.model)
        model.enable_accelerated_networking = enabled
        headers = _if_match(live)
        run.lro(
            "write",
            lambda kw: nics.begin_create_or_update(rid.resource_group, rid.name, model, headers=headers, **kw),
            lambda token, kw: nics.begin_create_or_update(rid.resource_group, rid.name, model, continuation_token=token, **kw),
        )

    return write


def _model(run: StepRun, live: Live) -> None:
    """PATCH the scale set's model: `sku.name`, and the AN flag on every NIC configuration (sent whole)."""
    rid = run.rid
    sets = run.arm.compute(rid.subscription).virtual_machine_scale_sets
    doc = rest(live.model)
    params = run.step.params
    patch: dict[str, Any] = {}
    if isinstance(params.get("size"), str):
        patch["sku"] = {**(doc.get("sku") or {}), "name": params["size"]}
    an = params.get("accelerated_networking")
    if isinstance(an, bool):
        configs = []
        for config in nic_configurations(doc):
            changed: dict[str, Any] = copy.deepcopy(dict(config))
            changed.setdefault("properties", {})["enableAcceleratedNetworking"] = an
            configs.append(changed)
        patch["properties"] = {"virtualMachineProfile": {"networkProfile": {"networkInterfaceConfigurations": configs}}}
    update = cm.VirtualMachineScaleSetUpdate(patch)
    etag = live.fields.get("etag")
    condition = MatchConditions.IfNotModified if etag else None
    run.lro(
        "write",
        lambda kw: sets.begin_update(rid.resource_group, rid.name, update, etag=etag, match_condition=condition, **kw),
        lambda token, kw: sets.begin_update(rid.resource_group, rid.name, update, continuation_token=token, **kw),
    )


_NOT_RUNNING = ("deallocated", "deallocating", "stopped", "stopping")


def _instances(action: str) -> Write:
    """A batch step: its instances (the batch's deallocation chose them), and one instance action on them."""

    def write(run: StepRun, live: Live) -> None:
        rid = run.rid
        sets = run.arm.compute(rid.subscription).virtual_machine_scale_sets
        chosen, power = run.batch_instances()
        if action == "start":
            chosen = [i for i in chosen if power.get(i) not in _NOT_RUNNING]
        if not chosen:
            return  # nothing left to do: already-done
        g, n = rid.resource_group, rid.name
        if action == "upgrade":
            required = cm.VirtualMachineScaleSetVMInstanceRequiredIDs(instance_ids=chosen)
            run.lro(
                action,
                lambda kw: sets.begin_update_instances(g, n, required, **kw),
                lambda token, kw: sets.begin_update_instances(g, n, required, continuation_token=token, **kw),
            )
            return
        ids = cm.VirtualMachineScaleSetVMInstanceIDs(instance_ids=chosen)
        begin = sets.begin_deallocate if action == "deallocate" else sets.begin_start
        run.lro(
            action,
            lambda kw: begin(g, n, ids, **kw),
            lambda token, kw: begin(g, n, ids, continuation_token=token, **kw),
        )

    return write


CALLS: dict[Op, OpCall] = {
    Op.VNET_ENABLE_ENCRYPTION: OpCall(_vnet(True)),
    Op.VNET_DISABLE_ENCRYPTION: OpCall(_vnet(False)),
    Op.VM_DEALLOCATE: OpCall(_vm_action("deallocate")),
    Op.VM_RESIZE: OpCall(_resize),
    Op.NIC_ENABLE_AN: OpCall(_nic(True)),
    Op.NIC_DISABLE_AN: OpCall(_nic(False)),
    Op.VM_START: OpCall(_vm_action("start")),
    Op.VMSS_UPDATE_MODEL: OpCall(_model),
    Op.VMSS_RESTORE_MODEL: OpCall(_model),
    Op.VMSS_DEALLOCATE_INSTANCES: OpCall(_instances("deallocate"), batch=True),
    Op.VMSS_UPGRADE_INSTANCES: OpCall(_instances("upgrade"), batch=True),
    Op.VMSS_START_INSTANCES: OpCall(_instances("start"), batch=True),
    Op.MANUAL: OpCall(None),
}
assert set(CALLS) == set(Op), "every op of the plan has its Azure calls"
