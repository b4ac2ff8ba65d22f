"""The base estate of the assessment tests: one recorded deployment in real ARM shapes, and edits of it.

The deployment is rg746731 of the Java SDK's testLoadBalancersInternetMinimum recording: VM vm7da9066942 in
availability set AS746731, its NIC nic476817ce723 in load balancer lb746731's pool, VNet net746731. Each test edits the
fields its rule reads, the way a real estate would differ, and nothing else.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from planner.analysis.analyzer import analyze
from planner.analysis.decisions import Decisions
from planner.analysis.results import Analysis
from planner.inventory.arm_json import load_documents
from planner.model import key
from planner.vocabulary import Action

RESIZE, ENABLE_AN, RESTART = Action.RESIZE, Action.ENABLE_AN, Action.RESTART
UPGRADE_INSTANCES = Action.UPGRADE_INSTANCES

SIM = Path(__file__).parent / "fixtures" / "sim"
REALDATA = Path(__file__).parent / "fixtures" / "realdata"
SUB = "/subscriptions/00000000-0000-0000-0000-000000000000"
RG = f"{SUB}/resourceGroups/rg746731"
VM_ID = f"{RG}/providers/Microsoft.Compute/virtualMachines/vm7da9066942"
NIC_ID = f"{RG}/providers/Microsoft.Network/networkInterfaces/nic476817ce723"
VNET_ID = f"{RG}/providers/Microsoft.Network/virtualNetworks/net746731"
SUBNET_ID = f"{VNET_ID}/subnets/subnet1"
LB_ID = f"{RG}/providers/Microsoft.Network/loadBalancers/lb746731"

Docs = dict[str, Any]
# The 2024 GA list: Arm64 D-series v5 is not in it (it is in the default, extended, list).
BASELINE = Decisions(series="baseline")


def read_json(path: Path) -> Any:
    return json.loads(path.read_text())


def base() -> Docs:
    """The recorded deployment, with the recorded running Windows VM's instance view on the VM."""
    vm = read_json(SIM / "vm-get-in-availabilityset.json")
    vm["properties"]["instanceView"] = copy.deepcopy(
        read_json(SIM / "vm-get-instanceview-running-windows.json")["properties"]["instanceView"]
    )
    return {
        "vm": vm,
        "nic": read_json(SIM / "nic-get-in-lb-backend-pool.json"),
        "lb": read_json(SIM / "lb-get-with-nic-backends.json"),
        "avset": read_json(SIM / "availabilityset-as746731.json"),
        "vnet": read_json(SIM / "vnet-net746731.json"),
    }


def run(docs: Docs, decisions: Decisions | None = None, extra: list[Any] | None = None) -> Analysis:
    documents = [(f"{name}.json", doc) for name, doc in docs.items()]
    documents += [(f"extra-{i}.json", doc) for i, doc in enumerate(extra or [])]
    inv = load_documents(documents)
    assert not inv.errors()
    return analyze(inv, decisions)


def set_size(docs: Docs, size: str) -> None:
    docs["vm"]["properties"]["hardwareProfile"]["vmSize"] = size


def set_an(docs: Docs, on: bool) -> None:
    docs["nic"]["properties"]["enableAcceleratedNetworking"] = on


def set_power(docs: Docs, state: str) -> None:
    statuses = docs["vm"]["properties"]["instanceView"]["statuses"]
    for s in statuses:
        if s["code"].startswith("PowerState/"):
            s["code"] = f"PowerState/{state}"


def make_internal(docs: Docs) -> None:
    """Turn the recorded public LB into an internal one: the frontend takes a private IP in the VNet."""
    fe = docs["lb"]["properties"]["frontendIPConfigurations"][0]["properties"]
    del fe["publicIPAddress"]
    fe["subnet"] = {"id": SUBNET_ID}
    fe["privateIPAddress"] = "10.0.0.6"


def vm_of(a: Analysis) -> Any:
    return a.vms[key(VM_ID)]


def vnet_of(a: Analysis) -> Any:
    return a.vnets[key(VNET_ID)]


def codes(findings: list[Any]) -> list[str]:
    return [f.code for f in findings]


