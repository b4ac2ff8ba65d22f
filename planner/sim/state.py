"""What happened in the simulated estate, for tests and rehearsals to read: per VM (and scale-set instance) its
deallocations and starts, final size, Accelerated Networking and whether encryption is in effect; requests by
method and by route. Served as JSON at `GET /_sim/state` (bearer token required, no api-version).

Encryption is in effect on a VM when its last start (an allocation) happened while every VNet it is attached to had
encryption on, on a size of a supported series, with AN on every NIC, and those VNets are still encrypted now
(DOMAIN.md, "What VNet encryption needs"). A resize of a running VM restarts it in place: that is not an allocation
and does not count.
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass
from typing import Any

from planner.sim.estate import VNET_TYPE, SimEstate, props
from planner.sim.store import VM_TYPE


@dataclass
class VmRecord:
    deallocations: int = 0
    starts: int = 0
    encrypted_start: bool = False  # the last start met every condition for encryption
    vnets_at_start: tuple[str, ...] = ()


class SimRecords:
    def __init__(self) -> None:
        self.vms: dict[str, VmRecord] = {}
        self.by_method: Counter[str] = Counter()
        self.by_route: Counter[str] = Counter()
        self._lock = threading.Lock()

    def record(self, k: str) -> VmRecord:
        with self._lock:
            return self.vms.setdefault(k, VmRecord())

    def request(self, method: str, route: str | None) -> None:
        with self._lock:
            self.by_method[method] += 1
            self.by_route[route or "unrouted"] += 1


def vm_state(estate: SimEstate, records: SimRecords, vm: dict[str, Any]) -> dict[str, Any]:
    vid = str(vm["id"])
    rec = records.vms.get(vid.lower(), VmRecord())
    power = estate.power(vid)
    nics = estate.nics_of(vm)
    still = all(estate.vnet_encrypted(v) for v in rec.vnets_at_start) and bool(rec.vnets_at_start)
    return {
        "name": vm.get("name"),
        "power_state": power,
        "size": (props(vm).get("hardwareProfile") or {}).get("vmSize"),
        "accelerated_networking": bool(nics) and all(props(n).get("enableAcceleratedNetworking") is True for n in nics),
        "deallocations": rec.deallocations,
        "starts": rec.starts,
        "encryption": power == "running" and rec.encrypted_start and still,
    }


def state_document(estate: SimEstate, records: SimRecords, scale_sets: dict[str, Any]) -> dict[str, Any]:
    vms: dict[str, Any] = {}
    vnets: dict[str, Any] = {}
    for doc in estate.store:
        kind = estate.kind(doc)
        if kind == VM_TYPE:
            vms[str(doc["id"])] = vm_state(estate, records, doc)
        elif kind == VNET_TYPE:
            enc = props(doc).get("encryption") or {}
            vnets[str(doc["id"])] = {"encryption": enc.get("enabled") is True, "enforcement": enc.get("enforcement")}
    return {
        "vms": vms,
        "vnets": vnets,
        "scale_sets": scale_sets,
        "requests": {"by_method": dict(records.by_method), "by_route": dict(records.by_route)},
    }
