"""The network resources of the inventory model: VNets and their subnets and peerings, NICs and their IP
configurations, load balancers and their backend pools, public IP addresses, Private Link services and DNS resolvers.

Plain dataclasses, no behaviour beyond derived properties; `planner.model` re-exports every name, and that is
where the rest of the planner imports them from. Ids are kept exactly as read (see `planner.model.key`). The
field order of `NetworkInterface` and `IpConfiguration` is load-bearing: the normalisers build them positionally
for speed (pinned by tests/test_inventory_files.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field


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
    public_ip_id: str | None = None


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
class PublicIpAddress:
    """A public IP address: a dynamic one is released when its VM is deallocated (ACD sizes/resize-vm.md)."""

    id: str
    name: str
    location: str
    allocation_method: str | None = None  # Static / Dynamic
    ip_address: str | None = None
    sku: str | None = None  # Basic / Standard
    ip_configuration_id: str | None = None  # the NIC ipconfig it is attached to


@dataclass(slots=True)
class DnsResolver:
    id: str
    name: str
    location: str
    vnet_id: str | None
