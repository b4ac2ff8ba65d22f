"""VM writes as Compute answers them: `POST .../deallocate|start|powerOff|restart` (202 with `Azure-AsyncOperation`
and `Location`), `PATCH` of the VM (200 with the body in `provisioningState: Updating` and `Azure-AsyncOperation`,
the resize of realdata `lro-resize-patch-flow.json`), and `GET .../vmSizes` (the sizes of the VM's hardware cluster).

Power states move as Azure's do: `deallocating` then `deallocated`, `starting` then `running`. A start is an
allocation: it records whether encryption took effect (see `planner.sim.state`) and sets each NIC's read-only
`vnetEncryptionSupported` from the hardware it landed on (a supported size, AN on the NIC). A start that fails
(`AllocationFailed`) leaves the VM deallocated with provisioning state Failed.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any

from planner.model import key
from planner.sim.estate import props
from planner.sim.wire import COMPUTE, SEG, SimRequest, SimResponse, arm_error
from planner.sim.writes import Writes, merge, resource_id

Doc = dict[str, Any]
AddRoute = Callable[[str, str, str, Callable[[SimRequest, Mapping[str, str]], SimResponse]], None]
_ACTIONS = {"deallocate", "start", "poweroff", "restart"}


def _set_support(flag: bool) -> Callable[[Doc], None]:
    return lambda doc: doc.setdefault("properties", {}).update(vnetEncryptionSupported=flag)


class VmWrites(Writes):
    def register(self, add: AddRoute) -> None:
        vm = COMPUTE + r"/virtualMachines/" + SEG.format("vm")
        add("POST", vm + r"/(?P<action>[A-Za-z]+)/?$", "vm_action", self.action)
        add("PATCH", vm + r"/?$", "vm_update", self.update)
        add("GET", vm + r"/vmSizes/?$", "vm_sizes", self.sizes)

    def _vm(self, params: Mapping[str, str]) -> tuple[str, Doc | None]:
        rid = resource_id(params, f"Microsoft.Compute/virtualMachines/{params['vm']}")
        return rid, self.estate.get(rid)

    # --- power actions ---------------------------------------------------------------------------------------

    def action(self, request: SimRequest, params: Mapping[str, str]) -> SimResponse:
        name = params["action"].lower()
        if name not in _ACTIONS:
            return arm_error(404, "NotFound", f"The simulator has no VM action {params['action']}.")
        rid, vm = self._vm(params)
        if vm is None:
            return self.not_found(rid)
        refused = self.busy([rid], "Microsoft.Compute") or self.precondition(request, vm)
        if refused is not None:
            return refused
        sub = params["subscription"]
        before = self.estate.power(rid)
        if name == "deallocate":
            op = self._deallocate(rid, vm, sub, before)
        elif name == "start":
            op = self._start(rid, vm, sub, before)
        else:
            op = self._stop_or_restart(rid, vm, sub, name)
        return SimResponse(202, None, self.lro_headers(op, request, location=True))

    def _deallocate(self, rid: str, vm: Doc, sub: str, before: str) -> Any:
        if before != "deallocated":
            self.estate.set_vm_state(rid, power="deallocating", provisioning="Updating")

        def done() -> None:
            if before != "deallocated":
                self.ctx.records.record(key(rid)).deallocations += 1
            self.estate.set_vm_state(rid, power="deallocated", provisioning="Succeeded")

        def failed() -> None:
            self.estate.set_vm_state(rid, power=before, provisioning="Failed")

        return self.begin(kind="deallocate", rid=rid, doc=vm, subscription=sub, holds=[rid], on_success=done, on_failure=failed)

    def _start(self, rid: str, vm: Doc, sub: str, before: str) -> Any:
        if before != "running":
            self.estate.set_vm_state(rid, power="starting", provisioning="Updating")

        def done() -> None:
            if before != "running":
                self.allocated(rid, sub)
            self.estate.set_vm_state(rid, power="running", provisioning="Succeeded")

        def failed() -> None:
            self.estate.set_vm_state(rid, power=before, provisioning="Failed")

        return self.begin(kind="start", rid=rid, doc=vm, subscription=sub, holds=[rid], on_success=done, on_failure=failed)

    def _stop_or_restart(self, rid: str, vm: Doc, sub: str, name: str) -> Any:
        kind = "powerOff" if name == "poweroff" else "restart"
        end = "stopped" if kind == "powerOff" else "running"
        self.estate.set_vm_state(rid, power="stopping" if kind == "powerOff" else "starting", provisioning="Updating")
        return self.begin(
            kind=kind,
            rid=rid,
            doc=vm,
            subscription=sub,
            holds=[rid],
            on_success=lambda: self.estate.set_vm_state(rid, power=end, provisioning="Succeeded"),
        )

    def allocated(self, rid: str, sub: str) -> None:
        """The VM lands on hardware: count the start, judge encryption, set its NICs' vnetEncryptionSupported."""
        vm = self.estate.get(rid) or {}
        size = str((props(vm).get("hardwareProfile") or {}).get("vmSize") or "")
        supported = self.ctx.refusals.supports_encryption(sub, size)
        nics = self.estate.nics_of(vm)
        vnets = self.estate.vnets_of_vm(vm)
        rec = self.ctx.records.record(key(rid))
        rec.starts += 1
        all_an = bool(nics) and all(props(n).get("enableAcceleratedNetworking") is True for n in nics)
        rec.encrypted_start = bool(vnets) and all(self.estate.vnet_encrypted(v) for v in vnets) and supported and all_an
        rec.vnets_at_start = tuple(sorted(vnets))
        for nic in nics:
            flag = supported and props(nic).get("enableAcceleratedNetworking") is True
            self.estate.change(str(nic["id"]), _set_support(flag), etag=False)

    # --- PATCH (resize) --------------------------------------------------------------------------------------

    def update(self, request: SimRequest, params: Mapping[str, str]) -> SimResponse:
        rid, vm = self._vm(params)
        if vm is None:
            return self.not_found(rid)
        body = self.body(request)
        if isinstance(body, SimResponse):
            return body
        refused = self.busy([rid], "Microsoft.Compute") or self.precondition(request, vm)
        if refused is not None:
            return refused
        sub = params["subscription"]
        target = (props(body).get("hardwareProfile") or {}).get("vmSize")
        if isinstance(target, str):
            refused = self.ctx.refusals.resize(vm, sub, target)
            if refused is not None:
                return refused
        old = copy.deepcopy(vm)

        def edit(doc: Doc) -> None:
            merge(doc, {k: v for k, v in body.items() if k in ("properties", "tags")})
            doc.setdefault("properties", {})["provisioningState"] = "Updating"

        updated = self.estate.change(rid, edit)

        def done() -> None:
            self.estate.set_vm_state(rid, provisioning="Succeeded")

        def failed() -> None:
            self.estate.store.put({**old, "etag": updated.get("etag")})
            self.estate.set_vm_state(rid, provisioning="Failed")

        op = self.begin(kind="vm_update", rid=rid, doc=vm, subscription=sub, holds=[rid], on_success=done, on_failure=failed)
        return SimResponse(200, updated, self.lro_headers(op, request, location=False))

    def sizes(self, request: SimRequest, params: Mapping[str, str]) -> SimResponse:
        rid, vm = self._vm(params)
        if vm is None:
            return self.not_found(rid)
        size = str((props(vm).get("hardwareProfile") or {}).get("vmSize") or "")
        rows = [
            {
                "name": s.name,
                "numberOfCores": s.vcpus,
                "osDiskSizeInMB": 1047552,
                "resourceDiskSizeInMB": int(s.temp_disk_gib * 1024),
                "memoryInMB": int(s.memory_gib * 1024),
                "maxDataDiskCount": s.max_data_disks or 0,
            }
            for s in self.ctx.refusals.cluster(params["subscription"], size)
        ]
        return SimResponse(200, {"value": rows})
