"""Normalisers: one function per resource kind, from a resource dict of any export shape to a model dataclass.

The shapes met in exports spell the same field three ways:
- raw ARM REST and Resource Graph rows nest fields under `properties` and write acronyms in capitals
  (`privateIPAddress`, `diskSizeGB`, `vnetSubnetID`);
- `az` CLI output is flattened and camelCases the SDK attribute names (`privateIpAddress`, `diskSizeGb`);
- the Python SDK's `as_dict()` is flattened snake_case (`private_ip_address`, `disk_size_gb`).
Each record is read with the spelling table of its shape (`spelling`), decided once per record, and fields are
looked up directly: no conversion of whole documents, because this runs once per resource on 100,000-VM
estates and must cost a fraction of `json.loads`. Hence also the inline type checks (`x.__class__ is str`).

A normaliser raises `ShapeError` for a record it cannot use (no id); on garbage (a string where an object belongs)
it may raise anything. The caller turns either into a problem naming the file and the resource.

The normalisers live in one module per resource kind (`normalise_compute`, `normalise_network`,
`normalise_catalog`) over the shared spelling tables and readers of `normalise_fields`; this module is their
public face, re-exporting every public name (see `__all__`), and is what the loaders import.
"""

from __future__ import annotations

from planner.inventory.normalise_catalog import (
    has_capabilities,
    is_size_row,
    is_usage_row,
    resource_skus,
    resource_type_of_sku,
    usage,
)
from planner.inventory.normalise_compute import (
    aks_cluster,
    availability_set,
    capacity_reservation,
    capacity_reservation_group,
    managed_disk,
    scale_set,
    virtual_machine,
)
from planner.inventory.normalise_fields import (
    AZ,
    REST,
    SNAKE,
    Obj,
    ShapeError,
    Spelling,
    location,
    resource_group_of,
    spelling,
    sub_spelling,
)
from planner.inventory.normalise_network import (
    backend_pool,
    dns_resolver,
    load_balancer,
    network_interface,
    peering,
    private_link_service,
    public_ip_address,
    subnet,
    virtual_network,
)

__all__ = [
    "AZ",
    "REST",
    "SNAKE",
    "Obj",
    "ShapeError",
    "Spelling",
    "aks_cluster",
    "availability_set",
    "backend_pool",
    "capacity_reservation",
    "capacity_reservation_group",
    "dns_resolver",
    "has_capabilities",
    "is_size_row",
    "is_usage_row",
    "load_balancer",
    "location",
    "managed_disk",
    "network_interface",
    "peering",
    "private_link_service",
    "public_ip_address",
    "resource_group_of",
    "resource_skus",
    "resource_type_of_sku",
    "scale_set",
    "spelling",
    "sub_spelling",
    "subnet",
    "usage",
    "virtual_machine",
    "virtual_network",
]
