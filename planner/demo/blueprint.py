"""The demo estate's vocabulary: size facts, the plan of one VNet block, ids and the shared image references.

A `Block` is one VNet and what lives in it, planned by `planner.demo.scenarios` and turned into ARM documents by
`planner.demo.render` and `planner.demo.services`. Everything random comes from the block's own seeded RNG.
"""

from __future__ import annotations

import csv
import io
import ipaddress
import random
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from sku_catalog import quota_family_name

Doc = dict[str, Any]

SUBSCRIPTIONS = ("3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36", "a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91")
REGIONS = ("eastus2", "westeurope", "southeastasia")
TIME = "2025-03-04T09:15:27.4419631+00:00"  # a fixed timestamp keeps the output byte-identical across runs

# Sizes in the seed document's supported series (Dsv5, Ddsv5, Edsv5, Esv5, Dasv4, Ddv4, Dasv6): NICs of these
# VMs report vnetEncryptionSupported once AN is on. Standard_D4ds_v5 and Standard_E8ds_v5 are left out on purpose
# (planner.demo.skus restricts them).
SUPPORTED_MIX = (
    ("Standard_D4s_v5", 6),
    ("Standard_D2s_v5", 4),
    ("Standard_D8s_v5", 2),
    ("Standard_D8ds_v5", 2),
    ("Standard_D2ds_v5", 2),
    ("Standard_E4ds_v5", 2),
    ("Standard_E8s_v5", 1),
    ("Standard_D4as_v4", 2),
    ("Standard_D2d_v4", 1),
    ("Standard_D4as_v6", 1),
)
ENCRYPTABLE = frozenset(name for name, _ in SUPPORTED_MIX)


@dataclass(frozen=True, slots=True)
class SizeFacts:
    """One row of sku_catalog/vm-sizes.csv, as the generator needs it."""

    name: str
    series: str
    vcpus: int
    memory_gib: float
    temp_disk_gib: float
    max_data_disks: int
    max_nics: int
    premium_io: bool
    accelerated_networking: bool
    hyperv_generations: tuple[str, ...]
    disk_controllers: tuple[str, ...]
    cpu_arch: str
    confidential: str
    local_nvme_gib: float = 0.0
    gpu_count: str = ""  # as the CSV writes it ("1/6")
    infiniband: bool = False
    max_write_accelerator_disks: str = ""

    @property
    def family(self) -> str:
        return quota_family_name(self.name) or f"standard{self.series}Family"


@cache
def size_facts() -> dict[str, SizeFacts]:
    """Every size in sku_catalog/vm-sizes.csv by name, in file order."""
    text = resources.files("sku_catalog").joinpath("vm-sizes.csv").read_text(encoding="utf-8")
    out: dict[str, SizeFacts] = {}
    for row in csv.DictReader(io.StringIO(text)):
        out[row["name"]] = SizeFacts(
            name=row["name"],
            series=row["series"],
            vcpus=int(row["vcpus"]),
            memory_gib=float(row["memory_gib"]),
            temp_disk_gib=float(row["temp_disk_gib"]),
            max_data_disks=int(row["max_data_disks"]),
            max_nics=int(row["max_nics"]),
            premium_io=row["premium_io"] == "true",
            accelerated_networking=row["accelerated_networking"] == "true",
            hyperv_generations=tuple(g for g in row["hyperv_generations"].split(",") if g),
            disk_controllers=tuple(c for c in row["disk_controllers"].split(",") if c),
            cpu_arch=row["cpu_arch"],
            confidential=row["confidential"],
            local_nvme_gib=float(row["local_nvme_gib"] or 0),
            gpu_count=row["gpu_count"],
            infiniband=row["infiniband"] == "true",
            max_write_accelerator_disks=row["max_write_accelerator_disks"],
        )
    return out


@dataclass(slots=True)
class Tally:
    """Quota consumption per region, accumulated while VMs are generated (all VMs count, deallocated too)."""

    cores: Counter[str] = field(default_factory=Counter)
    families: Counter[tuple[str, str]] = field(default_factory=Counter)
    vms: Counter[str] = field(default_factory=Counter)
    avsets: Counter[str] = field(default_factory=Counter)
    scale_sets: Counter[str] = field(default_factory=Counter)

    def add(self, region: str, facts: SizeFacts, instances: int = 1) -> None:
        self.cores[region] += facts.vcpus * instances
        self.families[(region, facts.family)] += facts.vcpus * instances
        self.vms[region] += instances


@dataclass(slots=True)
class VmSpec:
    size: str
    power: str = "running"  # running / deallocated / stopped
    gen: str = "V2"
    controller: str | None = None  # explicit storageProfile.diskControllerType; None = field absent
    security: str | None = None  # TrustedLaunch / ConfidentialVM
    zone: str | None = None
    nics: int = 1
    an: bool = True
    windows: bool = False
    image: str | None = None  # a key of IMAGES; None = chosen from the OS and generation
    disk_type: str = "Premium_LRS"
    data_disks: int = 0
    avset: str | None = None
    pools: list[tuple[str, str, bool]] = field(default_factory=list)  # (lb, pool, on the secondary ipconfig)
    ip_pool: tuple[str, str] | None = None  # an IP-address pool listing this VM's primary IP
    secondary_ip: bool = False  # the primary NIC has a second ipconfig
    secondary_prefix: bool = False  # ... whose privateIPAddress is a /28 prefix, not one address
    upper_refs: bool = False  # the NIC's virtualMachine.id has the resource group upper-cased
    bare_nic_ref: bool = False  # the VM's NIC reference carries no `properties` (single NIC only)


@dataclass(slots=True)
class PoolPlan:
    name: str
    members: list[str] = field(default_factory=list)  # ipconfig ids (NIC or scale-set instance)
    addresses: list[tuple[str, str]] = field(default_factory=list)  # (name, ip) for IP-address pools


@dataclass(slots=True)
class LbPlan:
    name: str
    public: bool
    pools: dict[str, PoolPlan]


@dataclass(slots=True)
class AvsetPlan:
    name: str
    update_domains: int
    fault_domains: int
    members: list[str] = field(default_factory=list)  # VM ids as the availability set reports them


@dataclass(slots=True)
class Subnet:
    name: str
    network: ipaddress.IPv4Network
    next_host: int = 4  # Azure reserves the first four addresses
    top: int = -1  # addresses from here up are handed out as prefixes; -1 = none yet
    delegation: str | None = None
    pls_policies_disabled: bool = False

    def allocate(self) -> str:
        """The next free address, from the bottom of the subnet."""
        limit = self.top if self.top >= 0 else self.network.num_addresses - 1
        if self.next_host >= limit:
            raise ValueError(f"subnet {self.name} {self.network} is full")
        host = self.network.network_address + self.next_host
        self.next_host += 1
        return str(host)

    def allocate_prefix(self, length: int) -> str:
        """The next free aligned prefix (e.g. a /28 on a secondary ipconfig), from the top of the subnet."""
        size = 1 << (32 - length)
        start = (self.top if self.top >= 0 else self.network.num_addresses) - size
        if start <= self.next_host:
            raise ValueError(f"subnet {self.name} {self.network} is full")
        self.top = start
        return f"{self.network.network_address + start}/{length}"


@dataclass(frozen=True, slots=True)
class Peer:
    """The remote end of a peering, resolved when the block is planned."""

    index: int
    app: str
    vnet_id: str
    network: ipaddress.IPv4Network


@dataclass(slots=True)
class Block:
    """One VNet and everything in it: the unit of generation."""

    index: int
    app: str
    subscription: str
    region: str
    vnet_id: str
    network: ipaddress.IPv4Network  # the VNet's address space
    rng: random.Random
    tally: Tally
    specs: list[VmSpec] = field(default_factory=list)
    lbs: list[LbPlan] = field(default_factory=list)
    avsets: list[AvsetPlan] = field(default_factory=list)
    subnets: dict[str, Subnet] = field(default_factory=dict)
    peers: list[Peer] = field(default_factory=list)
    encryption: bool | None = None  # True enabled, False present but disabled, None absent
    unattached_nics: list[bool] = field(default_factory=list)  # AN flag of each spare NIC
    extras: list[Callable[[Block], list[Doc]]] = field(default_factory=list)
    vm_docs: list[Doc] = field(default_factory=list)
    nic_docs: list[Doc] = field(default_factory=list)
    resource_docs: list[Doc] = field(default_factory=list)

    @property
    def rg(self) -> str:
        return f"rg-{self.app}"

    @property
    def vnet_name(self) -> str:
        return f"vnet-{self.app}"

    def nth_subnet(self, n: int, prefix: int) -> ipaddress.IPv4Network:
        """The n-th /24 of the VNet's address space, cut to `prefix`."""
        return ipaddress.IPv4Network((int(self.network.network_address) + n * 256, prefix))

    def subnet_id(self, name: str) -> str:
        return f"{self.vnet_id}/subnets/{name}"

    def lb_id(self, name: str) -> str:
        return resource_id(self.subscription, self.rg, "Microsoft.Network/loadBalancers", name)

    def lb(self, name: str, *, public: bool, pools: tuple[str, ...]) -> LbPlan:
        plan = LbPlan(name, public, {p: PoolPlan(p) for p in pools})
        self.lbs.append(plan)
        return plan

    def pool(self, lb: str, name: str) -> PoolPlan:
        return next(p for p in self.lbs if p.name == lb).pools[name]

    def avset(self, name: str, update_domains: int, fault_domains: int) -> None:
        self.avsets.append(AvsetPlan(name, update_domains, fault_domains))


def resource_id(subscription: str, rg: str, rtype: str, name: str) -> str:
    return f"/subscriptions/{subscription}/resourceGroups/{rg}/providers/{rtype}/{name}"


def new_guid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def new_etag(rng: random.Random) -> str:
    return f'W/"{new_guid(rng)}"'


def pick(rng: random.Random, mix: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([name for name, _ in mix], weights=[w for _, w in mix])[0]


def new_mac(rng: random.Random) -> str:
    return "00-0D-3A-" + "-".join(f"{rng.randrange(256):02X}" for _ in range(3))


IMAGES: dict[str, dict[str, str]] = {
    "ubuntu-gen1": {
        "publisher": "Canonical",
        "offer": "0001-com-ubuntu-server-jammy",
        "sku": "22_04-lts",
        "version": "latest",
        "exactVersion": "22.04.202502110",
    },
    "ubuntu-gen2": {
        "publisher": "Canonical",
        "offer": "0001-com-ubuntu-server-jammy",
        "sku": "22_04-lts-gen2",
        "version": "latest",
        "exactVersion": "22.04.202502110",
    },
    "ubuntu-arm64": {
        "publisher": "Canonical",
        "offer": "0001-com-ubuntu-server-jammy",
        "sku": "22_04-lts-arm64",
        "version": "latest",
        "exactVersion": "22.04.202502110",
    },
    "ubuntu-cvm": {
        "publisher": "Canonical",
        "offer": "0001-com-ubuntu-confidential-vm-jammy",
        "sku": "22_04-lts-cvm",
        "version": "latest",
        "exactVersion": "22.04.202502110",
    },
    "win2019-gen1": {
        "publisher": "MicrosoftWindowsServer",
        "offer": "WindowsServer",
        "sku": "2019-Datacenter",
        "version": "latest",
        "exactVersion": "17763.6893.250210",
    },
    "win2022-gen2": {
        "publisher": "MicrosoftWindowsServer",
        "offer": "WindowsServer",
        "sku": "2022-datacenter-azure-edition",
        "version": "latest",
        "exactVersion": "20348.3207.250210",
    },
    "win2022-cvm": {
        "publisher": "MicrosoftWindowsServer",
        "offer": "windows-cvm",
        "sku": "2022-datacenter-cvm",
        "version": "latest",
        "exactVersion": "20348.3207.250210",
    },
    "win2012r2": {
        "publisher": "MicrosoftWindowsServer",
        "offer": "WindowsServer",
        "sku": "2012-R2-Datacenter",
        "version": "latest",
        "exactVersion": "9600.21620.231004",
    },
}
