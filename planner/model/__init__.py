"""The inventory model: plain dataclasses for the Azure resources the planner reasons about.

Owns the shapes every later stage (assess, propose, sequence, plan, execute) reads. No Textual, no Azure SDK.
Resource ids are case-insensitive in Azure and real responses mix cases, so every map in `Inventory` is keyed
by `key(id)` (the case-folded id) while each resource keeps the id exactly as it was read, for display.

This module owns ids (`key`, `ResourceId`), input problems (`Severity`, `Problem`) and `Inventory` itself; the
resource dataclasses live in `network`, `compute` and `catalog` beside it, one module per kind, and are
re-exported here (see `__all__`): import every model name from `planner.model`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from planner.model.catalog import ResourceSku, SkuRestriction, SkuZoneDetails, Usage
from planner.model.compute import (
    AksCluster,
    AksNodePool,
    AvailabilitySet,
    CapacityReservation,
    CapacityReservationGroup,
    Disk,
    ManagedDisk,
    NicRef,
    PowerState,
    ScaleSet,
    VirtualMachine,
)
from planner.model.network import (
    BackendAddress,
    BackendPool,
    DnsResolver,
    IpConfiguration,
    LoadBalancer,
    NetworkInterface,
    Peering,
    PrivateLinkService,
    PublicIpAddress,
    Subnet,
    VirtualNetwork,
)

__all__ = [
    "KEYED_TABLES",
    "AksCluster",
    "AksNodePool",
    "AvailabilitySet",
    "BackendAddress",
    "BackendPool",
    "CapacityReservation",
    "CapacityReservationGroup",
    "Disk",
    "DnsResolver",
    "Inventory",
    "IpConfiguration",
    "LoadBalancer",
    "ManagedDisk",
    "NetworkInterface",
    "NicRef",
    "Peering",
    "PowerState",
    "PrivateLinkService",
    "Problem",
    "PublicIpAddress",
    "ResourceId",
    "ResourceSku",
    "ScaleSet",
    "Severity",
    "SkuRestriction",
    "SkuZoneDetails",
    "Subnet",
    "Usage",
    "VirtualMachine",
    "VirtualNetwork",
    "key",
]


def key(resource_id: str) -> str:
    """The comparison key of a resource id: Azure ids are case-insensitive."""
    return resource_id.lower()


@dataclass(frozen=True, slots=True)
class ResourceId:
    """A parsed ARM resource id. `parts` are the (type, name) pairs after the provider namespace."""

    raw: str
    subscription: str
    resource_group: str
    namespace: str
    parts: tuple[tuple[str, str], ...]

    @property
    def type(self) -> str:
        """`Microsoft.Network/networkInterfaces`, or nested `Microsoft.Network/virtualNetworks/subnets`."""
        return "/".join([self.namespace, *(t for t, _ in self.parts)])

    @property
    def name(self) -> str:
        return self.parts[-1][1] if self.parts else self.resource_group

    @property
    def key(self) -> str:
        return key(self.raw)

    def ancestor(self, depth: int) -> str:
        """The id of the resource `depth` type/name pairs deep (1 = the top-level resource)."""
        segments = [
            "",
            "subscriptions",
            self.subscription,
            "resourceGroups",
            self.resource_group,
            "providers",
            self.namespace,
        ]
        for t, n in self.parts[:depth]:
            segments += [t, n]
        return "/".join(segments)

    @staticmethod
    def parse(raw: str) -> ResourceId | None:
        """Parse `/subscriptions/S/resourceGroups/G/providers/NS/type/name[/type/name...]`; None if not one."""
        segs = raw.strip("/").split("/")
        if len(segs) < 4 or segs[0].lower() != "subscriptions" or segs[2].lower() != "resourcegroups":
            return None
        sub, rg = segs[1], segs[3]
        if len(segs) == 4:
            return ResourceId(raw, sub, rg, "", ())
        if segs[4].lower() != "providers" or len(segs) < 8 or (len(segs) - 6) % 2:
            return None
        rest = segs[6:]
        parts = tuple((rest[i], rest[i + 1]) for i in range(0, len(rest), 2))
        return ResourceId(raw, sub, rg, segs[5], parts)


class Severity(StrEnum):
    ERROR = "error"  # input could not be read as asked: the command fails with an input exit code
    WARNING = "warning"  # something was skipped or is inconsistent; the rest is usable


@dataclass(slots=True)
class Problem:
    """Something wrong with the input, reported to the user with where it was found."""

    code: str
    message: str
    severity: Severity = Severity.WARNING
    source: str | None = None  # "file" or "file:line"
    resource_id: str | None = None

    def __str__(self) -> str:
        where = ", ".join(x for x in (self.source, self.resource_id) if x)
        return f"{self.severity}: {self.code}: {self.message}" + (f" ({where})" if where else "")


# --- the inventory ---------------------------------------------------------------------------------------


# The Inventory fields that hold top-level resources keyed by case-folded id.
KEYED_TABLES = (
    "vms",
    "nics",
    "vnets",
    "load_balancers",
    "availability_sets",
    "scale_sets",
    "private_link_services",
    "dns_resolvers",
    "disks",
    "aks_clusters",
    "public_ips",
    "capacity_reservation_groups",
)


@dataclass(slots=True)
class Inventory:
    """Everything loaded, keyed by case-folded id (see `key`)."""

    vms: dict[str, VirtualMachine] = field(default_factory=dict)
    nics: dict[str, NetworkInterface] = field(default_factory=dict)
    vnets: dict[str, VirtualNetwork] = field(default_factory=dict)
    load_balancers: dict[str, LoadBalancer] = field(default_factory=dict)
    availability_sets: dict[str, AvailabilitySet] = field(default_factory=dict)
    scale_sets: dict[str, ScaleSet] = field(default_factory=dict)
    private_link_services: dict[str, PrivateLinkService] = field(default_factory=dict)
    dns_resolvers: dict[str, DnsResolver] = field(default_factory=dict)
    disks: dict[str, ManagedDisk] = field(default_factory=dict)
    aks_clusters: dict[str, AksCluster] = field(default_factory=dict)
    public_ips: dict[str, PublicIpAddress] = field(default_factory=dict)
    capacity_reservation_groups: dict[str, CapacityReservationGroup] = field(default_factory=dict)
    skus: list[ResourceSku] = field(default_factory=list)
    usages: list[Usage] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # the files (or endpoints) it came from

    def counts(self) -> dict[str, int]:
        """The stable counts reported by `planner inventory --json`."""
        return {
            "virtual_machines": len(self.vms),
            "network_interfaces": len(self.nics),
            "virtual_networks": len(self.vnets),
            "load_balancers": len(self.load_balancers),
            "availability_sets": len(self.availability_sets),
            "scale_sets": len(self.scale_sets),
            "skus": len(self.skus),
            "private_link_services": len(self.private_link_services),
            "dns_resolvers": len(self.dns_resolvers),
            "disks": len(self.disks),
            "aks_clusters": len(self.aks_clusters),
            "usages": len(self.usages),
            "public_ip_addresses": len(self.public_ips),
            "capacity_reservation_groups": len(self.capacity_reservation_groups),
        }

    @property
    def subscriptions(self) -> list[str]:
        seen: dict[str, str] = {}
        for table in (self.vms, self.nics, self.vnets, self.scale_sets):
            for k, res in table.items():
                sub = res.id.split("/")[2] if k.startswith("/subscriptions/") else None
                if sub:
                    seen.setdefault(sub.lower(), sub)
        return sorted(seen.values(), key=str.lower)

    @property
    def locations(self) -> list[str]:
        return sorted({vm.location.lower() for vm in self.vms.values() if vm.location})

    def vm_nics(self, vm: VirtualMachine) -> Iterator[NetworkInterface]:
        for ref in vm.nics:
            nic = self.nics.get(key(ref.id))
            if nic is not None:
                yield nic

    def vnet_id_of_subnet(self, subnet_id: str) -> str:
        """A subnet id's VNet id (the id up to `/subnets/`), original casing kept."""
        cut = subnet_id.lower().find("/subnets/")
        return subnet_id[:cut] if cut >= 0 else subnet_id

    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]
