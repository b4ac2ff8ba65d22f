"""How a raw resource record is read, whatever export shape it comes in: the three spellings of a field (REST,
az, SDK), deciding a record's spelling, and the small tolerant readers every normaliser uses.

Owns the shared machinery of the normalisers (`normalise_compute`, `normalise_network`, `normalise_catalog`);
see `planner.inventory.normalise` for the shapes and why fields are looked up directly, per record, with inline
type checks. Nothing here builds model objects.
"""

from __future__ import annotations

import re
from typing import Any

Obj = dict[str, Any]
Spelling = dict[str, str]
_EMPTY: Obj = {}

# SDK attribute name -> REST name, for every field read below. The az spelling is the camelCase of the SDK name.
_REST_NAMES = {
    "accelerated_network": "acceleratedNetwork",
    "additional_capabilities": "additionalCapabilities",
    "address_prefix": "addressPrefix",
    "address_prefixes": "addressPrefixes",
    "address_space": "addressSpace",
    "agent_pool_profiles": "agentPoolProfiles",
    "availability_set": "availabilitySet",
    "backend_address_pools": "backendAddressPools",
    "backend_ip_configurations": "backendIPConfigurations",
    "capacity_reservation": "capacityReservation",
    "capacity_reservation_group": "capacityReservationGroup",
    "capacity_reservations": "capacityReservations",
    "community_gallery_image_id": "communityGalleryImageId",
    "current_value": "currentValue",
    "data_disks": "dataDisks",
    "diff_disk_settings": "diffDiskSettings",
    "disk_controller_type": "diskControllerType",
    "disk_controller_types": "diskControllerTypes",
    "disk_size_gb": "diskSizeGB",
    "enable_accelerated_networking": "enableAcceleratedNetworking",
    "frontend_ip_configurations": "frontendIPConfigurations",
    "hardware_profile": "hardwareProfile",
    "host_group": "hostGroup",
    "hyper_v_generation": "hyperVGeneration",
    "image_reference": "imageReference",
    "instance_view": "instanceView",
    "ip_address": "ipAddress",
    "ip_configuration": "ipConfiguration",
    "ip_configurations": "ipConfigurations",
    "load_balancer_backend_address_pools": "loadBalancerBackendAddressPools",
    "load_balancer_backend_addresses": "loadBalancerBackendAddresses",
    "local_name": "localName",
    "localized_value": "localizedValue",
    "location_info": "locationInfo",
    "mac_address": "macAddress",
    "managed_by": "managedBy",
    "managed_disk": "managedDisk",
    "max_batch_instance_percent": "maxBatchInstancePercent",
    "network_interface_configurations": "networkInterfaceConfigurations",
    "network_interface_ip_configuration": "networkInterfaceIPConfiguration",
    "network_interfaces": "networkInterfaces",
    "network_profile": "networkProfile",
    "node_resource_group": "nodeResourceGroup",
    "orchestration_mode": "orchestrationMode",
    "os_disk": "osDisk",
    "os_type": "osType",
    "peering_state": "peeringState",
    "platform_fault_domain": "platformFaultDomain",
    "platform_fault_domain_count": "platformFaultDomainCount",
    "platform_update_domain": "platformUpdateDomain",
    "platform_update_domain_count": "platformUpdateDomainCount",
    "pod_subnet_id": "podSubnetID",
    "power_state": "powerState",
    "private_ip_address": "privateIPAddress",
    "provisioning_state": "provisioningState",
    "proximity_placement_group": "proximityPlacementGroup",
    "public_ip_address": "publicIPAddress",
    "public_ip_allocation_method": "publicIPAllocationMethod",
    "public_ip_prefix": "publicIPPrefix",
    "reason_code": "reasonCode",
    "remote_virtual_network": "remoteVirtualNetwork",
    "resource_type": "resourceType",
    "restriction_info": "restrictionInfo",
    "rolling_upgrade_policy": "rollingUpgradePolicy",
    "security_profile": "securityProfile",
    "security_type": "securityType",
    "shared_gallery_image_id": "sharedGalleryImageId",
    "storage_account_type": "storageAccountType",
    "storage_profile": "storageProfile",
    "supported_capabilities": "supportedCapabilities",
    "ultra_ssd_enabled": "ultraSSDEnabled",
    "upgrade_policy": "upgradePolicy",
    "virtual_machine": "virtualMachine",
    "virtual_machine_profile": "virtualMachineProfile",
    "virtual_machine_scale_set": "virtualMachineScaleSet",
    "virtual_machines": "virtualMachines",
    "virtual_network": "virtualNetwork",
    "virtual_network_peerings": "virtualNetworkPeerings",
    "vm_size": "vmSize",
    "vnet_encryption_supported": "vnetEncryptionSupported",
    "vnet_subnet_id": "vnetSubnetID",
    "write_accelerator_enabled": "writeAcceleratorEnabled",
    "zone_details": "zoneDetails",
}


def _camel(snake: str) -> str:
    return re.sub(r"_([a-z0-9])", lambda m: m.group(1).upper(), snake)


REST: Spelling = dict(_REST_NAMES)
AZ: Spelling = {k: _camel(k) for k in _REST_NAMES}
SNAKE: Spelling = {k: k for k in _REST_NAMES}


class ShapeError(ValueError):
    """A record of a known kind that lacks what the model needs (e.g. no resource id)."""


def spelling(r: Obj) -> tuple[Spelling, Obj]:
    """The spelling of a record and where its fields are: REST (under `properties`), az or SDK (flattened)."""
    p = r.get("properties")
    if p.__class__ is dict:
        return REST, p
    for k in r:
        if "_" in k:
            return SNAKE, r
    return AZ, r


def sub_spelling(k: Spelling, item: Obj) -> Obj:
    """The fields of a nested sub-resource: REST nests them again under `properties`."""
    if k is REST:
        p = item.get("properties")
        if p.__class__ is dict:
            return p
    return item


# --- small readers: null, missing and wrongly typed values become None / empty ---------------------------------


def _str(value: Any) -> str | None:
    return value if value.__class__ is str and value else None


def _strs(value: Any) -> list[str]:
    if value.__class__ is not list:
        return []
    return [v for v in value if v.__class__ is str and v]


def _ref(value: Any) -> str | None:
    """The id of a `{"id": ...}` sub-resource reference."""
    if value.__class__ is dict:
        rid = value.get("id")
        if rid.__class__ is str and rid:
            return rid
    return None


def _ref_ids(value: Any) -> list[str]:
    if value.__class__ is not list:
        return []
    return [rid for item in value if (rid := _ref(item)) is not None]


def _int(value: Any) -> int | None:
    if value.__class__ is int:
        return value
    if value.__class__ is str:
        try:
            return int(value)
        except ValueError:
            try:
                return int(float(value))
            except ValueError:
                return None
    if value.__class__ is float:
        return int(value)
    return None


def _bool(value: Any) -> bool | None:
    if value is True or value is False:
        return value
    if value.__class__ is str:
        low = value.lower()
        if low in ("true", "false"):
            return low == "true"
    return None


def _tags(value: Any) -> dict[str, str]:
    """The record's own tag dict (not a copy: the raw document is dropped after normalising)."""
    if value.__class__ is not dict:
        return {}
    for v in value.values():
        if v.__class__ is not str:
            return {str(k): "" if v is None else str(v) for k, v in value.items()}
    return value


_LOCATIONS: dict[str, str] = {}


def location(value: Any) -> str:
    """`West US` (a display name, seen in some examples) and `westus` are one region. Memoised: an estate has a
    handful of distinct spellings, and sharing one string per region keeps 100,000 resources small."""
    if value.__class__ is not str:
        return ""
    loc = _LOCATIONS.get(value)
    if loc is None:
        loc = value.lower().replace(" ", "")
        if len(_LOCATIONS) < 1000:
            _LOCATIONS[value] = loc
    return loc


def _id(r: Obj) -> str:
    rid = r.get("id")
    if rid.__class__ is not str or not rid:
        raise ShapeError("record has no resource id")
    return rid


def _name(r: Obj, rid: str) -> str:
    name = r.get("name")
    if name.__class__ is str and name:
        return name
    return rid.rstrip("/").rsplit("/", 1)[-1]


def _dedupe(ids: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for rid in ids:
        k = rid.lower()
        if k not in seen:
            seen.add(k)
            out.append(rid)
    return out


def resource_group_of(rid: str) -> str:
    parts = rid.split("/", 5)
    return parts[4] if len(parts) > 4 and parts[3].lower() == "resourcegroups" else ""
