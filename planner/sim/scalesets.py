"""Uniform scale sets: the model (`PATCH` of the scale set), its instances (`GET .../virtualMachines`, with
`$expand=instanceView`) and the instance actions (`POST .../deallocate|start|manualupgrade|powerOff|restart` with
`{"instanceIds": [...]}`), answered as Compute does (202 with `Azure-AsyncOperation` and `Location`).

A scale set recorded without its instances gets `sku.capacity` of them, running and on the latest model, named
`<set>_<n>` as in the REST examples (VirtualMachineScaleSetVM_List). A model change (size, NIC configurations)
makes every instance `latestModelApplied: false` until `manualupgrade` applies it. Applying the model to a running
instance restarts it in place at most: its new size takes effect, but newly enabled AN stays pending (reported as
`accelerated_networking_pending`) and encryption is not activated until the instance is deallocated and started
(DOMAIN.md "Added rules": instances are cycled, not just upgraded); and a running instance cannot take a size its
hardware cluster lacks (`OperationNotAllowed`), as a running VM cannot: deallocate it first.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from planner.model import ResourceId, key
from planner.sim.estate import VMSS_TYPE, props, set_statuses
from planner.sim.reads import page, slice_of
from planner.sim.refusals import ALLOCATED, version_of
from planner.sim.wire import COMPUTE, SEG, SimRequest, SimResponse, arm_error
from planner.sim.writes import Writes, merge, resource_id

Doc = dict[str, Any]
AddRoute = Callable[[str, str, str, Callable[[SimRequest, Mapping[str, str]], SimResponse]], None]
_ACTIONS = {"deallocate": "vmss_deallocate", "start": "vmss_start", "manualupgrade": "vmss_upgrade",
            "poweroff": "vmss_deallocate", "restart": "vmss_start"}


@dataclass
class Instance:
    id: str
    instance_id: str
    name: str
    power: str
    model: int  # the model version applied
    size: str
    an: bool  # Accelerated Networking in effect on its NICs
    provisioning: str = "Succeeded"
    # A model's AN applied while the instance held its hardware: not in effect until it is deallocated and started.
    an_pending: bool | None = None
    vm_id: str = field(default_factory=lambda: str(uuid.uuid4()))


def model_size(vmss: Doc) -> str:
    return str((vmss.get("sku") or {}).get("name") or "")


def model_an(vmss: Doc) -> bool:
    configs = _nic_configs(vmss)
    return bool(configs) and all(props(c).get("enableAcceleratedNetworking") is True for c in configs)


def _nic_configs(vmss: Doc) -> list[Doc]:
    profile = props(vmss).get("virtualMachineProfile") or {}
    return [c for c in (profile.get("networkProfile") or {}).get("networkInterfaceConfigurations") or [] if isinstance(c, dict)]


class ScaleSets(Writes):
    def __init__(self, *args: Any, page_size: int = 50, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.page_size = page_size
        self.instances: dict[str, list[Instance]] = {}
        self.versions: dict[str, int] = {}

    def register(self, add: AddRoute) -> None:
        ss = COMPUTE + r"/virtualMachineScaleSets/" + SEG.format("vmss")
        add("GET", ss + r"/virtualMachines/?$", "vmss_vms", self.list_instances)
        add("GET", ss + r"/virtualMachines/" + SEG.format("instance") + r"/?$", "vmss_vm", self.get)
        add("GET", ss + r"/virtualMachines/" + SEG.format("instance") + r"/instanceView/?$", "vmss_vm_view", self.view)
        add("PATCH", ss + r"/?$", "vmss_update", self.update)
        add("POST", ss + r"/(?P<action>[A-Za-z]+)/?$", "vmss_action", self.action)

    # --- instances -------------------------------------------------------------------------------------------

    def _set(self, params: Mapping[str, str]) -> tuple[str, Doc | None]:
        rid = resource_id(params, f"Microsoft.Compute/virtualMachineScaleSets/{params['vmss']}")
        doc = self.estate.get(rid)
        return rid, doc if doc is not None and self.estate.kind(doc) == VMSS_TYPE else None

    def members(self, rid: str, vmss: Doc) -> list[Instance]:
        k = key(rid)
        if k not in self.instances:
            name = str(vmss.get("name") or ResourceId.parse(rid).name)  # type: ignore[union-attr]
            capacity = int((vmss.get("sku") or {}).get("capacity") or 0)
            self.versions[k] = 1
            self.instances[k] = [
                Instance(f"{rid}/virtualMachines/{i}", str(i), f"{name}_{i}", "running", 1, model_size(vmss), model_an(vmss))
                for i in range(capacity)
            ]
        return self.instances[k]

    def document(self, rid: str, vmss: Doc, inst: Instance, *, view: bool) -> Doc:
        latest = inst.model == self.versions.get(key(rid), 1)
        configs = []
        for c in _nic_configs(vmss):
            configs.append({"name": c.get("name"), "properties": {**props(c), "enableAcceleratedNetworking": inst.an}})
        body: Doc = {
            "name": inst.name,
            "id": inst.id,
            "type": "Microsoft.Compute/virtualMachineScaleSets/virtualMachines",
            "location": vmss.get("location"),
            "instanceId": inst.instance_id,
            "sku": {"name": inst.size, "tier": (vmss.get("sku") or {}).get("tier", "Standard")},
            "properties": {
                "latestModelApplied": latest,
                "modelDefinitionApplied": "VirtualMachineScaleSet",
                "vmId": inst.vm_id,
                "networkProfileConfiguration": {"networkInterfaceConfigurations": configs},
                "provisioningState": inst.provisioning,
            },
        }
        if view:
            body["properties"]["instanceView"] = self._view(inst)
        return body

    def _view(self, inst: Instance) -> Doc:
        return set_statuses({"statuses": []}, power=inst.power, provisioning=inst.provisioning)

    def list_instances(self, request: SimRequest, params: Mapping[str, str]) -> SimResponse:
        rid, vmss = self._set(params)
        if vmss is None:
            return self.not_found(resource_id(params, f"Microsoft.Compute/virtualMachineScaleSets/{params['vmss']}"))
        view = request.query.get("$expand", "").lower() == "instanceview"
        rows = [self.document(rid, vmss, i, view=view) for i in self.members(rid, vmss)]
        return page(request, slice_of(rows), self.page_size)

    def _instance(self, params: Mapping[str, str]) -> tuple[str, Doc | None, Instance | None]:
        rid, vmss = self._set(params)
        if vmss is None:
            return rid, None, None
        inst = next((i for i in self.members(rid, vmss) if i.instance_id == params["instance"]), None)
        return rid, vmss, inst

    def get(self, request: SimRequest, params: Mapping[str, str]) -> SimResponse:
        rid, vmss, inst = self._instance(params)
        if vmss is None or inst is None:
            return self.not_found(f"{rid}/virtualMachines/{params['instance']}")
        view = request.query.get("$expand", "").lower() == "instanceview"
        return SimResponse(200, self.document(rid, vmss, inst, view=view))

    def view(self, request: SimRequest, params: Mapping[str, str]) -> SimResponse:
        rid, vmss, inst = self._instance(params)
        if vmss is None or inst is None:
            return self.not_found(f"{rid}/virtualMachines/{params['instance']}")
        return SimResponse(200, self._view(inst))

    # --- the model -------------------------------------------------------------------------------------------

    def update(self, request: SimRequest, params: Mapping[str, str]) -> SimResponse:
        rid, vmss = self._set(params)
        if vmss is None:
            return self.not_found(resource_id(params, f"Microsoft.Compute/virtualMachineScaleSets/{params['vmss']}"))
        body = self.body(request)
        if isinstance(body, SimResponse):
            return body
        refused = self.busy([rid], "Microsoft.Compute") or self.precondition(request, vmss)
        if refused is not None:
            return refused
        self.members(rid, vmss)
        after: Doc = {"sku": dict(vmss.get("sku") or {}), "properties": dict(props(vmss))}
        merge(after, {k: v for k, v in body.items() if k in ("sku", "properties")})
        size = model_size(after)
        if model_an(after) and self.ctx.refusals.size(params["subscription"], size).accelerated_networking is False:
            return arm_error(
                400,
                "VMSizeIsNotPermittedToEnableAcceleratedNetworking",
                f"Virtual Machine Scale Set {vmss.get('name')} has size {size}, which is not compatible with enabling "
                "accelerated networking on its network interface configurations.",
            )
        changes_model = "sku" in body or "virtualMachineProfile" in props(body)

        def edit(doc: Doc) -> None:
            merge(doc, {k: v for k, v in body.items() if k in ("sku", "properties", "tags")})
            doc.setdefault("properties", {})["provisioningState"] = "Updating"

        updated = self.estate.change(rid, edit)
        if changes_model:
            self.versions[key(rid)] = self.versions.get(key(rid), 1) + 1

        def done() -> None:
            self.estate.change(rid, lambda d: d.setdefault("properties", {}).update(provisioningState="Succeeded"), etag=False)

        op = self.begin(kind="vmss_update", rid=rid, doc=vmss, subscription=params["subscription"], holds=[rid], on_success=done)
        return SimResponse(200, updated, self.lro_headers(op, request, location=False))

    # --- instance actions ------------------------------------------------------------------------------------

    def action(self, request: SimRequest, params: Mapping[str, str]) -> SimResponse:
        name = params["action"].lower()
        if name not in _ACTIONS:
            return arm_error(404, "NotFound", f"The simulator has no scale-set action {params['action']}.")
        rid, vmss = self._set(params)
        if vmss is None:
            return self.not_found(resource_id(params, f"Microsoft.Compute/virtualMachineScaleSets/{params['vmss']}"))
        body = self.body(request)
        if isinstance(body, SimResponse):
            return body
        members = self.members(rid, vmss)
        ids = body.get("instanceIds")
        if ids is None and name == "manualupgrade":
            return arm_error(400, "InvalidParameter", "The value of parameter instanceIds is invalid: it is required.")
        chosen = members if ids is None else [i for i in members if i.instance_id in {str(x) for x in ids}]
        if ids is not None and len(chosen) != len(set(map(str, ids))):
            return arm_error(400, "InvalidParameter", f"Instance ids {ids} do not all belong to {vmss.get('name')}.")
        refused = self.busy([rid, *(i.id for i in chosen)], "Microsoft.Compute")
        if refused is not None:
            return refused
        sub = params["subscription"]
        if name == "manualupgrade":
            refused = self._upgrade_refusal(rid, vmss, chosen)
            if refused is not None:
                return refused
        kind = _ACTIONS[name]
        on_success = self._effect(rid, vmss, chosen, name, sub)
        op = self.begin(kind=kind, rid=rid, doc=vmss, subscription=sub, holds=[rid, *(i.id for i in chosen)], on_success=on_success)
        return SimResponse(202, None, self.lro_headers(op, request, location=True))

    def _upgrade_refusal(self, rid: str, vmss: Doc, chosen: list[Instance]) -> SimResponse | None:
        target = model_size(vmss)
        for inst in chosen:
            if inst.power in ALLOCATED and version_of(target) > version_of(inst.size):
                return arm_error(
                    409,
                    "OperationNotAllowed",
                    f"Unable to upgrade the VM '{inst.name}' because the requested size {target} is not available in "
                    "the current hardware cluster. Deallocate the instance first. Read more on VM resizing strategy "
                    "at https://aka.ms/azure-resizevm.",
                )
        return None

    def _effect(self, rid: str, vmss: Doc, chosen: list[Instance], name: str, sub: str) -> Callable[[], None]:
        if name in ("deallocate", "poweroff"):
            end = "deallocated" if name == "deallocate" else "stopped"
            for inst in chosen:
                inst.power = "deallocating" if name == "deallocate" else "stopping"

            def down() -> None:
                for inst in chosen:
                    if end == "deallocated":
                        self.ctx.records.record(key(inst.id)).deallocations += 1
                    inst.power = end

            return down
        if name in ("start", "restart"):
            before = {inst.id: inst.power for inst in chosen}
            for inst in chosen:
                inst.power = "starting"

            def up() -> None:
                for inst in chosen:
                    if before[inst.id] in ("deallocated", "deallocating"):
                        if inst.an_pending is not None:
                            inst.an, inst.an_pending = inst.an_pending, None
                        self._allocated(rid, inst, sub)
                    inst.power = "running"

            return up

        def upgrade() -> None:
            current = self.estate.get(rid) or vmss
            for inst in chosen:
                inst.model = self.versions.get(key(rid), 1)
                inst.size = model_size(current)
                an = model_an(current)
                if inst.power in ALLOCATED:
                    # Restarted in place at most: the NICs keep their AN until the instance is reallocated.
                    inst.an_pending = an if an != inst.an else None
                else:
                    inst.an, inst.an_pending = an, None

        return upgrade

    def _allocated(self, rid: str, inst: Instance, sub: str) -> None:
        vmss = self.estate.get(rid) or {}
        vnets: set[str] = set()
        for c in _nic_configs(vmss):
            for ipc in props(c).get("ipConfigurations") or []:
                subnet = (props(ipc).get("subnet") or {}).get("id") if isinstance(ipc, dict) else None
                parsed = ResourceId.parse(subnet) if isinstance(subnet, str) else None
                if parsed is not None:
                    vnets.add(key(parsed.ancestor(1)))
        rec = self.ctx.records.record(key(inst.id))
        rec.starts += 1
        supported = self.ctx.refusals.supports_encryption(sub, inst.size)
        rec.encrypted_start = bool(vnets) and all(self.estate.vnet_encrypted(v) for v in vnets) and supported and inst.an
        rec.vnets_at_start = tuple(sorted(vnets))

    def state(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, members in self.instances.items():
            vmss = self.estate.get(k) or {}
            version = self.versions.get(k, 1)
            rows = {}
            for inst in members:
                rec = self.ctx.records.vms.get(key(inst.id))
                still = bool(rec and rec.vnets_at_start) and all(self.estate.vnet_encrypted(v) for v in rec.vnets_at_start)  # type: ignore[union-attr]
                rows[inst.instance_id] = {
                    "power_state": inst.power,
                    "latest_model": inst.model == version,
                    "size": inst.size,
                    "accelerated_networking": inst.an,
                    "accelerated_networking_pending": inst.an_pending is not None,
                    "deallocations": rec.deallocations if rec else 0,
                    "starts": rec.starts if rec else 0,
                    "encryption": bool(rec and rec.encrypted_start) and still and inst.power == "running",
                }
            out[str(vmss.get("id", k))] = {"size": model_size(vmss), "accelerated_networking": model_an(vmss), "instances": rows}
        return out
