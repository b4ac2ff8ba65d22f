"""The inventory model: plain dataclasses for the Azure resources the planner reasons about.

Owns the shapes every later stage (assess, propose, sequence, plan, execute) reads. No Textual, no Azure SDK.
Resource ids are case-insensitive in Azure and real responses mix cases, so every map in `Inventory` is keyed
by `key(id)` (the case-folded id) while each resource keeps the id exactly as it was read, for display.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum


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


class PowerState(StrEnum):
    RUNNING = "running"
    STOPPED = "stopped"
    DEALLOCATED = "deallocated"
    STARTING = "starting"
    STOPPING = "stopping"
    DEALLOCATING = "deallocating"
    UNKNOWN = "unknown"

    @staticmethod
    def parse(text: str | None) -> PowerState:
        """From a `PowerState/running` status code or an `az vm list -d` string such as `VM running`."""
        if not text:
            return PowerState.UNKNOWN
        word = text.split("/", 1)[1] if "/" in text else text.split()[-1]
        try:
            return PowerState(word.lower())
        except ValueError:
            return PowerState.UNKNOWN


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


# --- network ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Subnet:
    id: str
    name: str
    address_prefixes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Peering:
    id: str
    name: str
    remote_vnet_id: str | None
    state: str | None = None  # peeringState: Connected / Initiated / Disconnected


@dataclass(slots=True)
class VirtualNetwork:
    id: str
    name: str
    location: str
    address_prefixes: list[str] = field(default_factory=list)
    subnets: list[Subnet] = field(default_factory=list)
    peerings: list[Peering] = field(default_factory=list)
    encryption_enabled: bool = False
    encryption_enforcement: str | None = None  # AllowUnencrypted / DropUnencrypted
    etag: str | None = None
    tags: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class IpConfiguration:
    id: str
    name: str
    primary: bool
    private_ip: str | None = None  # may be a CIDR on secondary configurations
    subnet_id: str | None = None
    backend_pool_ids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class NetworkInterface:
    id: str
    name: str
    location: str
    accelerated_networking: bool = False
    vm_id: str | None = None  # None: unattached
    ip_configurations: list[IpConfiguration] = field(default_factory=list)
    primary: bool | None = None  # as the NIC itself reports it
    vnet_encryption_supported: bool | None = None  # read-only, API 2021-08-01+
    mac_address: str | None = None
    etag: str | None = None
    tags: dict[str, str] = field(default_factory=dict)

    @property
    def subnet_ids(self) -> list[str]:
        return [c.subnet_id for c in self.ip_configurations if c.subnet_id]


@dataclass(slots=True)
class BackendAddress:
    """A backend pool member given by IP address (the third pool shape)."""

    name: str | None
    ip_address: str | None
    vnet_id: str | None


@dataclass(slots=True)
class BackendPool:
    id: str
    name: str
    ip_configuration_ids: list[str] = field(default_factory=list)  # NIC or scale-set instance ipconfigs
    addresses: list[BackendAddress] = field(default_factory=list)


@dataclass(slots=True)
class LoadBalancer:
    id: str
    name: str
    location: str
    sku: str | None = None
    internal: bool = False  # every frontend is private (subnet, no public IP)
    frontend_subnet_ids: list[str] = field(default_factory=list)
    backend_pools: list[BackendPool] = field(default_factory=list)
    etag: str | None = None
    tags: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class PrivateLinkService:
    id: str
    name: str
    location: str
    subnet_ids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class DnsResolver:
    id: str
    name: str
    location: str
    vnet_id: str | None


# --- compute ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Disk:
    """An OS or data disk as the VM references it."""

    name: str | None
    storage_type: str | None = None  # Premium_LRS, StandardSSD_LRS, PremiumV2_LRS, ...
    size_gb: int | None = None
    lun: int | None = None
    managed_disk_id: str | None = None


@dataclass(slots=True)
class NicRef:
    id: str
    primary: bool | None = None  # None: the reference carried no properties


@dataclass(slots=True)
class VirtualMachine:
    id: str
    name: str
    location: str
    size: str
    power_state: PowerState = PowerState.UNKNOWN
    zones: list[str] = field(default_factory=list)
    availability_set_id: str | None = None
    scale_set_id: str | None = None
    proximity_placement_group_id: str | None = None
    hyper_v_generation: str | None = None  # V1 / V2, from the instance view or the OS disk
    disk_controller: str | None = None  # SCSI / NVMe
    security_type: str | None = None  # TrustedLaunch / ConfidentialVM
    os_type: str | None = None
    image: str | None = None  # publisher:offer:sku:version, or an image/gallery id
    os_disk: Disk | None = None
    data_disks: list[Disk] = field(default_factory=list)
    nics: list[NicRef] = field(default_factory=list)
    platform_update_domain: int | None = None
    platform_fault_domain: int | None = None
    provisioning_state: str | None = None
    etag: str | None = None
    tags: dict[str, str] = field(default_factory=dict)

    @property
    def primary_nic_id(self) -> str | None:
        if len(self.nics) == 1:
            return self.nics[0].id
        for n in self.nics:
            if n.primary:
                return n.id
        return None


@dataclass(slots=True)
class AvailabilitySet:
    id: str
    name: str
    location: str
    update_domain_count: int | None = None
    fault_domain_count: int | None = None
    member_ids: list[str] = field(default_factory=list)
    sku: str | None = None  # Aligned (managed disks) / Classic


@dataclass(slots=True)
class ScaleSet:
    id: str
    name: str
    location: str
    size: str | None
    capacity: int | None = None
    accelerated_networking: bool = False  # every NIC configuration of the model has it
    upgrade_mode: str | None = None  # Automatic / Manual / Rolling
    orchestration_mode: str | None = None  # Uniform / Flexible
    zones: list[str] = field(default_factory=list)
    subnet_ids: list[str] = field(default_factory=list)
    aks_managed: bool = False
    max_unavailable_percent: int | None = None  # rollingUpgradePolicy.maxBatchInstancePercent
    etag: str | None = None
    tags: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class ManagedDisk:
    """A managed disk (`az disk list`): carries the image's generation and capabilities."""

    id: str
    name: str
    location: str
    managed_by: str | None = None  # the VM id
    storage_type: str | None = None
    size_gb: int | None = None
    os_type: str | None = None
    hyper_v_generation: str | None = None
    accelerated_networking: bool | None = None  # supportedCapabilities.acceleratedNetwork
    architecture: str | None = None  # x64 / Arm64
    disk_controllers: list[str] = field(default_factory=list)  # supportedCapabilities.diskControllerTypes


@dataclass(slots=True)
class AksNodePool:
    name: str
    vm_size: str | None
    vnet_subnet_id: str | None = None
    pod_subnet_id: str | None = None  # Azure CNI dynamic pod IP: only node traffic is encrypted


@dataclass(slots=True)
class AksCluster:
    id: str
    name: str
    location: str
    node_resource_group: str | None = None
    pools: list[AksNodePool] = field(default_factory=list)


# --- catalog inputs --------------------------------------------------------------------------------------


@dataclass(slots=True)
class SkuRestriction:
    type: str  # Location / Zone
    locations: list[str] = field(default_factory=list)
    zones: list[str] = field(default_factory=list)
    reason: str | None = None  # NotAvailableForSubscription / QuotaId


@dataclass(slots=True)
class ResourceSku:
    """One `virtualMachines` row of the Resource SKUs API (`az vm list-skus`) for one location."""

    name: str
    location: str
    family: str | None = None
    tier: str | None = None
    zones: list[str] = field(default_factory=list)
    capabilities: dict[str, str] = field(default_factory=dict)  # values are strings as Azure sends them
    restrictions: list[SkuRestriction] = field(default_factory=list)


@dataclass(slots=True)
class Usage:
    """One Compute usage row (quota): `name` is `cores` or a family such as `standardDSv5Family`."""

    location: str
    name: str
    current: int
    limit: int
    unit: str = "Count"
    display_name: str | None = None
    subscription: str | None = None  # quota is per subscription; None: applies to every subscription loaded


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

    def vm_vnet_ids(self, vm: VirtualMachine) -> list[str]:
        """The VNets a VM's NICs sit in, primary NIC first, without repeats (compared case-folded)."""
        out: dict[str, str] = {}
        refs = sorted(vm.nics, key=lambda r: not r.primary)
        for ref in refs:
            nic = self.nics.get(key(ref.id))
            if nic is None:
                continue
            for sid in nic.subnet_ids:
                vid = self.vnet_id_of_subnet(sid)
                out.setdefault(key(vid), vid)
        return list(out.values())

    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]
