"""The simulated estate as the write side sees it: power and provisioning states, etags, who is attached to what.

Owns reading and changing resources in the ArmStore the way ARM would: a change replaces the stored body (never
mutating one a reader may hold) and gives it a new etag (Compute counts, `"15"`; Network uses `W/"<guid>"`); a VM's
power state lives in its instance view (`PowerState/<state>`), its provisioning state in both the model and the
instance view. Also the relations writes and refusals need: a VM's NICs, a NIC's VNets (through its subnets), an
availability set's members.
"""

from __future__ import annotations

import copy
import threading
import uuid
from collections.abc import Callable
from typing import Any

from planner.model import ResourceId, key
from planner.sim.store import VM_TYPE, ArmStore

Doc = dict[str, Any]
NIC_TYPE = "microsoft.network/networkinterfaces"
VNET_TYPE = "microsoft.network/virtualnetworks"
AVSET_TYPE = "microsoft.compute/availabilitysets"
VMSS_TYPE = "microsoft.compute/virtualmachinescalesets"


def props(doc: Doc) -> Doc:
    out = doc.get("properties")
    return out if isinstance(out, dict) else {}


def power_of(view: Doc | None) -> str:
    """The second segment of the `PowerState/*` status code; `unknown` when there is none."""
    for status in (view or {}).get("statuses") or []:
        code = str(status.get("code", ""))
        if code.lower().startswith("powerstate/"):
            return code.split("/", 1)[1].lower()
    return "unknown"


_POWER_DISPLAY = {
    "running": "VM running",
    "deallocated": "VM deallocated",
    "deallocating": "VM deallocating",
    "starting": "VM starting",
    "stopped": "VM stopped",
    "stopping": "VM stopping",
}


def set_statuses(view: Doc, *, power: str | None = None, provisioning: str | None = None) -> Doc:
    """A copy of an instance view with its power and/or provisioning status replaced."""
    out = copy.deepcopy(view)
    statuses = [s for s in out.get("statuses") or [] if isinstance(s, dict)]
    kept = []
    for s in statuses:
        code = str(s.get("code", "")).lower()
        if (power and code.startswith("powerstate/")) or (provisioning and code.startswith("provisioningstate/")):
            continue
        kept.append(s)
    if provisioning:
        word = provisioning.lower()
        kept.insert(0, {"code": f"ProvisioningState/{word}", "level": "Info", "displayStatus": f"Provisioning {word}"})
    if power:
        kept.append({"code": f"PowerState/{power}", "level": "Info", "displayStatus": _POWER_DISPLAY.get(power, power)})
    out["statuses"] = kept
    return out


def next_compute_etag(etag: Any) -> str:
    text = str(etag or '"0"').strip('W/"')
    return f'"{int(text) + 1}"' if text.isdigit() else '"1"'


def network_etag() -> str:
    return f'W/"{uuid.uuid4()}"'


class SimEstate:
    """Resources of the simulated estate, read and replaced under one lock (held by the simulator per request)."""

    def __init__(self, store: ArmStore) -> None:
        self.store = store
        self.lock = threading.RLock()
        self._members: dict[str, list[str]] | None = None

    # --- reading ---------------------------------------------------------------------------------------------

    def get(self, resource_id: str) -> Doc | None:
        return self.store.get(resource_id)

    def kind(self, doc: Doc) -> str:
        return key(str(doc.get("type", "")))

    def power(self, vm_id: str) -> str:
        return power_of(self.store.instance_view(vm_id))

    def nics_of(self, vm: Doc) -> list[Doc]:
        refs = (props(vm).get("networkProfile") or {}).get("networkInterfaces") or []
        out = []
        for ref in refs:
            nic = self.store.get(str(ref.get("id", ""))) if isinstance(ref, dict) else None
            if nic is not None:
                out.append(nic)
        return out

    def vnets_of_nic(self, nic: Doc) -> set[str]:
        out: set[str] = set()
        for ipc in props(nic).get("ipConfigurations") or []:
            subnet = (props(ipc).get("subnet") or {}).get("id") if isinstance(ipc, dict) else None
            rid = ResourceId.parse(subnet) if isinstance(subnet, str) else None
            if rid is not None:
                out.add(key(rid.ancestor(1)))
        return out

    def vnets_of_vm(self, vm: Doc) -> set[str]:
        out: set[str] = set()
        for nic in self.nics_of(vm):
            out |= self.vnets_of_nic(nic)
        return out

    def vnet_encrypted(self, vnet_key: str) -> bool:
        vnet = self.store.get(vnet_key)
        return bool(vnet and (props(vnet).get("encryption") or {}).get("enabled") is True)

    def availability_set_of(self, vm: Doc) -> str | None:
        ref = (props(vm).get("availabilitySet") or {}).get("id")
        return key(ref) if isinstance(ref, str) else None

    def members(self, avset_key: str) -> list[str]:
        """The VMs of an availability set (membership never changes here: built once)."""
        if self._members is None:
            members: dict[str, list[str]] = {}
            for doc in self.store:
                if self.kind(doc) == VM_TYPE:
                    avset = self.availability_set_of(doc)
                    if avset is not None:
                        members.setdefault(avset, []).append(key(str(doc["id"])))
            self._members = members
        return self._members.get(avset_key, [])

    def nic_vm(self, nic: Doc) -> Doc | None:
        ref = (props(nic).get("virtualMachine") or {}).get("id")
        return self.store.get(ref) if isinstance(ref, str) else None

    # --- changing --------------------------------------------------------------------------------------------

    def change(self, resource_id: str, edit: Callable[[Doc], None], *, etag: bool = True) -> Doc:
        """Replace a resource by an edited deep copy (with a new etag unless told not to); the new body."""
        current = self.store.get(resource_id)
        if current is None:
            raise KeyError(resource_id)
        body = copy.deepcopy(current)
        edit(body)
        if etag:
            is_network = str(body.get("type", "")).lower().startswith("microsoft.network/")
            body["etag"] = network_etag() if is_network else next_compute_etag(body.get("etag"))
        return self.store.put(body)

    def set_vm_state(self, vm_id: str, *, power: str | None = None, provisioning: str | None = None) -> None:
        view = self.store.instance_view(vm_id) or {}
        self.store.set_instance_view(vm_id, set_statuses(view, power=power, provisioning=provisioning))
        if provisioning:
            self.change(vm_id, lambda b: b.setdefault("properties", {}).update(provisioningState=provisioning), etag=False)
