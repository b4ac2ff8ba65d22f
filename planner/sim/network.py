"""NIC and VNet writes as Network answers them: a full-body `PUT` (there is no PATCH of these properties) answered
200 with the new body in `provisioningState: Updating` and an `Azure-AsyncOperation` header (realdata
`nic-put-response-multi-ipconfig.json` is such a body).

The body replaces what the client may write; what Azure computes (provisioning state, resource GUID, MAC address,
the attached VM, `vnetEncryptionSupported`, `primary`) is kept from the stored resource. Switching Accelerated
Networking on goes through `planner.sim.refusals` (capable size, deallocated VM, whole availability set
deallocated); a body without the primary IP configuration, or a VNet body without a subnet in use, is refused.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any

from planner.sim.estate import props
from planner.sim.wire import NETWORK, SEG, SimRequest, SimResponse
from planner.sim.writes import Writes, resource_id

Doc = dict[str, Any]
AddRoute = Callable[[str, str, str, Callable[[SimRequest, Mapping[str, str]], SimResponse]], None]
_NIC_READ_ONLY = (
    "resourceGuid",
    "macAddress",
    "virtualMachine",
    "vnetEncryptionSupported",
    "primary",
    "hostedWorkloads",
    "tapConfigurations",
    "privateEndpoint",
    "dscpConfiguration",
)
_VNET_READ_ONLY = ("resourceGuid",)


class NetworkWrites(Writes):
    def register(self, add: AddRoute) -> None:
        add("PUT", NETWORK + r"/networkInterfaces/" + SEG.format("name") + r"/?$", "nic_put", self.nic)
        add("PUT", NETWORK + r"/virtualNetworks/" + SEG.format("name") + r"/?$", "vnet_put", self.vnet)

    def nic(self, request: SimRequest, params: Mapping[str, str]) -> SimResponse:
        return self._put(request, params, "networkInterfaces", _NIC_READ_ONLY, "nic_update")

    def vnet(self, request: SimRequest, params: Mapping[str, str]) -> SimResponse:
        return self._put(request, params, "virtualNetworks", _VNET_READ_ONLY, "vnet_update")

    def _put(
        self, request: SimRequest, params: Mapping[str, str], rtype: str, read_only: tuple[str, ...], kind: str
    ) -> SimResponse:
        rid = resource_id(params, f"Microsoft.Network/{rtype}/{params['name']}")
        stored = self.estate.get(rid)
        if stored is None:
            return self.not_found(rid)
        body = self.body(request)
        if isinstance(body, SimResponse):
            return body
        refused = self.busy([rid], "Microsoft.Network") or self.precondition(request, stored)
        if refused is not None:
            return refused
        sub = params["subscription"]
        if rtype == "networkInterfaces":
            refused = self.ctx.refusals.nic_body(stored, body)
            turning_on = props(body).get("enableAcceleratedNetworking") is True
            if refused is None and turning_on and props(stored).get("enableAcceleratedNetworking") is not True:
                refused = self.ctx.refusals.enable_an(stored, sub)
        else:
            refused = self.ctx.refusals.vnet_body(stored, body)
        if refused is not None:
            return refused
        old = copy.deepcopy(stored)

        def edit(doc: Doc) -> None:
            new_props = copy.deepcopy(props(body))
            for name in read_only:
                if name in props(doc):
                    new_props[name] = props(doc)[name]
            new_props["provisioningState"] = "Updating"
            doc["properties"] = new_props
            if isinstance(body.get("tags"), dict):
                doc["tags"] = body["tags"]

        updated = self.estate.change(rid, edit)

        def done() -> None:
            self.estate.change(rid, lambda d: d.setdefault("properties", {}).update(provisioningState="Succeeded"), etag=False)

        def failed() -> None:
            self.estate.store.put(old)

        op = self.begin(
            kind=kind, rid=rid, doc=stored, subscription=sub, holds=[rid], on_success=done, on_failure=failed, network=True
        )
        return SimResponse(200, updated, self.lro_headers(op, request, location=False))
