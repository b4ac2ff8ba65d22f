"""Hand-built VNet flow logs, a small estate they come from, and a plan with its journal (tests/test_flowlogs*)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from planner.execute.journal import JournalState, StepRecord
from planner.flowlogs.source import Blob
from planner.model import (
    Inventory,
    IpConfiguration,
    NetworkInterface,
    NicRef,
    PowerState,
    Subnet,
    VirtualMachine,
    VirtualNetwork,
    key,
)
from planner.plan.ops import Op
from planner.plan.policy import Policy
from planner.plan.types import Meta, Plan, Step, Wave

SUB = "00000000-0000-0000-0000-000000000001"
RG = f"/subscriptions/{SUB}/resourceGroups/rg"
VNET = f"{RG}/providers/Microsoft.Network/virtualNetworks/vnet-a"
T0 = int(datetime(2026, 12, 1, 10, 0, tzinfo=UTC).timestamp() * 1000)  # 10:00 UTC
MINUTE = 60_000
REAL = Path(__file__).parent / "fixtures" / "realdata" / "flowlogs"

# name -> (IPv4, IPv6, MAC as ARM writes it, size, AN)
VMS: dict[str, tuple[str, str | None, str, str, bool]] = {
    "vm-a": ("10.0.0.4", "fd00::4", "00-22-48-00-00-0A", "Standard_D4s_v5", True),
    "vm-b": ("10.0.0.5", "fd00::5", "00-22-48-00-00-0B", "Standard_D4s_v5", True),
    "vm-u": ("10.0.0.6", None, "00-22-48-00-00-0C", "Standard_A4_v2", False),  # not supported
    "vm-o": ("10.0.0.7", None, "00-22-48-00-00-0D", "Standard_D4s_v5", True),  # outside the plan
}


def mac(name: str) -> str:
    return VMS[name][2].replace("-", "")


def ip(name: str) -> str:
    return VMS[name][0]


def vm_id(name: str) -> str:
    return f"{RG}/providers/Microsoft.Compute/virtualMachines/{name}"


def tup(ms: int, src: str, dst: str, way: str, state: str, code: str, counters: str | None = None) -> str:
    if counters is None:
        counters = "0,0,0,0" if state in ("B", "D") else "3,700,2,1500"
    return f"{ms},{src},{dst},40000,443,6,{way},{state},{code},{counters}"


def record(mac_address: str, tuples: list[str], time: str = "2026-12-01T10:00:52.5625085Z") -> dict[str, Any]:
    return {
        "time": time,
        "flowLogVersion": 4,
        "flowLogGUID": "abcdef01-2345-6789-0abc-def012345678",
        "macAddress": mac_address,
        "category": "FlowLogFlowEvent",
        "flowLogResourceID": "/SUBSCRIPTIONS/X/RESOURCEGROUPS/NETWORKWATCHERRG/PROVIDERS/MICROSOFT.NETWORK/"
        "NETWORKWATCHERS/NETWORKWATCHER_EASTUS/FLOWLOGS/FL",
        "targetResourceID": VNET,
        "operationName": "FlowLogFlowEvent",
        "flowRecords": {"flows": [{"aclID": "acl", "flowGroups": [{"rule": "DefaultRule_AllowVnetOutBound",
                                                                    "flowTuples": tuples}]}]},
    }


def blob(name: str, *records: dict[str, Any]) -> Blob:
    return Blob(name, json.dumps({"records": list(records)}).encode())


def both_views(a: str, b: str, ms: int, code: str, states: str = "BE") -> list[Blob]:
    """A connection a -> b as both NICs log it: outbound in a's blob, inbound in b's."""
    out = [tup(ms + i, ip(a), ip(b), "O", s, code) for i, s in enumerate(states)]
    inn = [tup(ms + i, ip(a), ip(b), "I", s, code) for i, s in enumerate(states)]
    return [blob(f"{a}-{ms}-{code}", record(mac(a), out, f"t{ms}a")), blob(f"{b}-{ms}-{code}", record(mac(b), inn, f"t{ms}b"))]


def inventory() -> Inventory:
    inv = Inventory()
    subnet = Subnet(f"{VNET}/subnets/default", "default", ["10.0.0.0/24"])
    inv.vnets[key(VNET)] = VirtualNetwork(VNET, "vnet-a", "eastus", ["10.0.0.0/16"], [subnet], [], True, "AllowUnencrypted")
    for name, (v4, v6, mac_address, size, an) in VMS.items():
        nid = f"{RG}/providers/Microsoft.Network/networkInterfaces/{name}-nic"
        configs = [IpConfiguration(f"{nid}/ipConfigurations/v4", "v4", True, v4, subnet.id)]
        if v6:
            configs.append(IpConfiguration(f"{nid}/ipConfigurations/v6", "v6", False, v6, subnet.id))
        inv.nics[key(nid)] = NetworkInterface(nid, f"{name}-nic", "eastus", an, vm_id(name), configs, True, None, mac_address)
        inv.vms[key(vm_id(name))] = VirtualMachine(vm_id(name), name, "eastus", size, PowerState.RUNNING,
                                                   nics=[NicRef(nid, True)])
    return inv


def plan_and_journal(starts: dict[str, int | None]) -> tuple[Plan, JournalState]:
    """A plan that cycled these VMs (a start step each) and a journal with each start's time (None: not run)."""
    meta = Meta("2026-12-01T09:00:00Z", "test", "sha256:t", "public", [SUB], "extended", 1, 1)
    wave = Wave(1, "cycle")
    journal = JournalState(Path("plan.journal.jsonl"), digest="sha256:t")
    for name, when in starts.items():
        step = Step(f"start-{name}", Op.VM_START, vm_id(name), {}, {}, {}, [], "")
        wave.steps.append(step)
        if when is not None:
            at = datetime.fromtimestamp(when / 1000, UTC).isoformat(timespec="milliseconds")
            journal.steps[step.id] = StepRecord(step.id, 1, Op.VM_START, vm_id(name), status="done", finished_at=at)
    return Plan(meta, Policy(), waves=[wave], digest="sha256:t"), journal


def write_logs(folder: Path, blobs: list[Blob]) -> Path:
    """The blobs as downloaded files: `folder/logs/NAME/PT1H.json`; the logs folder."""
    for b in blobs:
        path = folder / "logs" / b.name / "PT1H.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b.data)
    return folder / "logs"
