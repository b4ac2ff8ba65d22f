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
"""

from __future__ import annotations

import re
from sys import intern
from typing import Any

from planner.model import (
    AksCluster,
    AksNodePool,
    AvailabilitySet,
    BackendAddress,
    BackendPool,
    Disk,
    DnsResolver,
    IpConfiguration,
    LoadBalancer,
    ManagedDisk,
    NetworkInterface,
    NicRef,
    Peering,
    PowerState,
    PrivateLinkService,
    ResourceSku,
    ScaleSet,
    SkuRestriction,
    Subnet,
    Usage,
    VirtualMachine,
    VirtualNetwork,
)

Obj = dict[str, Any]
Spelling = dict[str, str]
_EMPTY: Obj = {}

# SDK attribute name -> REST name, for every field read below. The az spelling is the camelCase of the SDK name.
_REST_NAMES = {
    "accelerated_network": "acceleratedNetwork",
    "address_prefix": "addressPrefix",
    "address_prefixes": "addressPrefixes",
    "address_space": "addressSpace",
    "agent_pool_profiles": "agentPoolProfiles",
    "availability_set": "availabilitySet",
    "backend_address_pools": "backendAddressPools",
    "backend_ip_configurations": "backendIPConfigurations",
    "community_gallery_image_id": "communityGalleryImageId",
    "current_value": "currentValue",
    "data_disks": "dataDisks",
    "disk_controller_type": "diskControllerType",
    "disk_controller_types": "diskControllerTypes",
    "disk_size_gb": "diskSizeGB",
    "enable_accelerated_networking": "enableAcceleratedNetworking",
    "frontend_ip_configurations": "frontendIPConfigurations",
    "hardware_profile": "hardwareProfile",
    "hyper_v_generation": "hyperVGeneration",
    "image_reference": "imageReference",
    "instance_view": "instanceView",
    "ip_address": "ipAddress",
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


# --- compute -----------------------------------------------------------------------------------------------


# The hot constructors below pass fields positionally, in model order: keyword binding costs ~1 microsecond
# per VM, a tenth of the budget. tests/test_inventory_files.py pins the model field order these calls rely on.
# Low-cardinality strings (sizes, storage types, images) are interned: 100,000 VMs share a few dozen of them.


def _disk(d: Obj, k: Spelling) -> Disk:
    md = d.get(k["managed_disk"]) or _EMPTY
    name = d.get("name")
    storage = md.get(k["storage_account_type"])
    size = d.get(k["disk_size_gb"])
    lun = d.get("lun")
    mid = md.get("id")
    return Disk(
        name if name.__class__ is str else None,
        intern(storage) if storage.__class__ is str else None,
        size if size.__class__ is int else _int(size),
        lun if lun.__class__ is int else None,
        mid if mid.__class__ is str else None,
    )


def _image(ref: Obj, k: Spelling) -> str | None:
    publisher = ref.get("publisher")
    offer = ref.get("offer")
    sku = ref.get("sku")
    version = ref.get("version")
    if publisher.__class__ is str and offer.__class__ is str and sku.__class__ is str:
        return intern(f"{publisher}:{offer}:{sku}:{version if version.__class__ is str else ''}")
    rid = ref.get("id") or ref.get(k["shared_gallery_image_id"]) or ref.get(k["community_gallery_image_id"])
    if rid.__class__ is str:
        return rid
    if publisher or offer or sku:
        return ":".join(x if x.__class__ is str else "" for x in (publisher, offer, sku, version))
    return None


def _power_state(r: Obj, p: Obj, iv: Obj | None) -> PowerState:
    if iv:
        for status in iv.get("statuses") or ():
            code = status.get("code")
            if code.__class__ is str and code.startswith("PowerState/"):
                return PowerState.parse(code)
    # `az vm list -d` adds `powerState: "VM running"`; Resource Graph rows carry it under `properties.extended`.
    text = r.get("powerState")
    if text.__class__ is str:
        return PowerState.parse(text)
    extended = p.get("extended") if p is not r else None
    if extended.__class__ is dict:
        code = ((extended.get("instanceView") or _EMPTY).get("powerState") or _EMPTY).get("code")
        if code.__class__ is str:
            return PowerState.parse(code)
    return PowerState.UNKNOWN


def virtual_machine(r: Obj) -> VirtualMachine:
    rid = r.get("id")
    if rid.__class__ is not str or not rid:
        raise ShapeError("record has no resource id")
    p = r.get("properties")
    if p.__class__ is dict:
        k = REST
    else:
        k, p = spelling(r)
    hw = p.get(k["hardware_profile"]) or _EMPTY
    sp = p.get(k["storage_profile"]) or _EMPTY
    os_disk = sp.get(k["os_disk"])
    nics = []
    for ref in (p.get(k["network_profile"]) or _EMPTY).get(k["network_interfaces"]) or ():
        nid = ref.get("id")
        if nid.__class__ is str and nid:
            primary = sub_spelling(k, ref).get("primary")
            nics.append(NicRef(nid, primary if primary is True or primary is False else None))

    iv = p.get(k["instance_view"])
    if iv is None and p is not r:
        iv = r.get(AZ["instance_view"])  # `az vm get-instance-view` puts it beside `properties`
    generation = None
    update_domain = fault_domain = None
    if iv:
        generation = iv.get(k["hyper_v_generation"])
        update_domain = _int(iv.get(k["platform_update_domain"]))
        fault_domain = _int(iv.get(k["platform_fault_domain"]))
    if generation is None:
        generation = p.get(k["hyper_v_generation"])

    name = r.get("name")
    size = hw.get(k["vm_size"])
    zones = r.get("zones")
    avset = p.get(k["availability_set"])
    scale_set = p.get(k["virtual_machine_scale_set"])
    ppg = p.get(k["proximity_placement_group"])
    controller = sp.get(k["disk_controller_type"])
    security = p.get(k["security_profile"])
    if security:
        security = security.get(k["security_type"])
    os_type = os_disk.get(k["os_type"]) if os_disk else None
    data_disks = sp.get(k["data_disks"])
    image = sp.get(k["image_reference"])
    state = p.get(k["provisioning_state"])
    etag = r.get("etag")
    return VirtualMachine(
        rid,
        name if name.__class__ is str and name else _name(r, rid),
        _LOCATIONS.get(r.get("location") or "") or location(r.get("location")),
        intern(size) if size.__class__ is str else "",
        _power_state(r, p, iv) if iv or p is r or "extended" in p else PowerState.UNKNOWN,
        [z for z in zones if z.__class__ is str] if zones.__class__ is list else [],
        _ref(avset) if avset else None,
        _ref(scale_set) if scale_set else None,
        _ref(ppg) if ppg else None,
        generation.upper() if generation.__class__ is str and generation else None,
        controller if controller.__class__ is str else None,
        security if security.__class__ is str else None,
        intern(os_type) if os_type.__class__ is str else None,
        _image(image, k) if image else None,
        _disk(os_disk, k) if os_disk else None,
        [_disk(d, k) for d in data_disks] if data_disks else [],
        nics,
        update_domain,
        fault_domain,
        intern(state) if state.__class__ is str else None,
        etag if etag.__class__ is str else None,
        _tags(r.get("tags")),
    )


def availability_set(r: Obj) -> AvailabilitySet:
    rid = _id(r)
    k, p = spelling(r)
    return AvailabilitySet(
        id=rid,
        name=_name(r, rid),
        location=location(r.get("location")),
        update_domain_count=_int(p.get(k["platform_update_domain_count"])),
        fault_domain_count=_int(p.get(k["platform_fault_domain_count"])),
        member_ids=_dedupe(_ref_ids(p.get(k["virtual_machines"]))),
        sku=_str((r.get("sku") or _EMPTY).get("name")),
    )


def scale_set(r: Obj) -> ScaleSet:
    rid = _id(r)
    k, p = spelling(r)
    sku = r.get("sku") or _EMPTY
    upgrade = p.get(k["upgrade_policy"]) or _EMPTY
    rolling = upgrade.get(k["rolling_upgrade_policy"]) or _EMPTY
    profile = p.get(k["virtual_machine_profile"]) or _EMPTY
    net = profile.get(k["network_profile"]) or _EMPTY
    configs = [sub_spelling(k, c) for c in net.get(k["network_interface_configurations"]) or ()]
    subnets = []
    for c in configs:
        for ipc in c.get(k["ip_configurations"]) or ():
            sid = _ref(sub_spelling(k, ipc).get("subnet"))
            if sid is not None:
                subnets.append(sid)
    tags = _tags(r.get("tags"))
    aks = resource_group_of(rid).lower().startswith("mc_") or any(t.startswith("aks-managed-") for t in tags)
    return ScaleSet(
        id=rid,
        name=_name(r, rid),
        location=location(r.get("location")),
        size=_str(sku.get("name")),
        capacity=_int(sku.get("capacity")),
        accelerated_networking=bool(configs)
        and all(c.get(k["enable_accelerated_networking"]) is True for c in configs),
        upgrade_mode=_str(upgrade.get("mode")),
        orchestration_mode=_str(p.get(k["orchestration_mode"])),
        zones=_strs(r.get("zones")),
        subnet_ids=_dedupe(subnets),
        aks_managed=aks,
        max_unavailable_percent=_int(rolling.get(k["max_batch_instance_percent"])),
        etag=_str(r.get("etag")),
        tags=tags,
    )


def managed_disk(r: Obj) -> ManagedDisk:
    rid = _id(r)
    k, p = spelling(r)
    caps = p.get(k["supported_capabilities"]) or _EMPTY
    controllers = caps.get(k["disk_controller_types"])
    generation = _str(p.get(k["hyper_v_generation"]))
    return ManagedDisk(
        id=rid,
        name=_name(r, rid),
        location=location(r.get("location")),
        managed_by=_str(r.get(k["managed_by"])),
        storage_type=_str((r.get("sku") or _EMPTY).get("name")),
        size_gb=_int(p.get(k["disk_size_gb"])),
        os_type=_str(p.get(k["os_type"])),
        hyper_v_generation=generation.upper() if generation else None,
        accelerated_networking=_bool(caps.get(k["accelerated_network"])),
        architecture=_str(caps.get("architecture")),
        disk_controllers=[c.strip() for c in controllers.split(",") if c.strip()]
        if controllers.__class__ is str
        else _strs(controllers),
    )


def aks_cluster(r: Obj) -> AksCluster:
    rid = _id(r)
    k, p = spelling(r)
    pools = [
        AksNodePool(
            name=_str(a.get("name")) or "",
            vm_size=_str(a.get(k["vm_size"])),
            vnet_subnet_id=_str(a.get(k["vnet_subnet_id"])),
            pod_subnet_id=_str(a.get(k["pod_subnet_id"])),
        )
        for a in p.get(k["agent_pool_profiles"]) or ()
    ]
    return AksCluster(
        id=rid,
        name=_name(r, rid),
        location=location(r.get("location")),
        node_resource_group=_str(p.get(k["node_resource_group"])),
        pools=pools,
    )


# --- network -----------------------------------------------------------------------------------------------


def _ip_configuration(c: Obj, k: Spelling, only: bool) -> IpConfiguration:
    q = c.get("properties") if k is REST else c
    if q.__class__ is not dict:
        q = c
    cid = c.get("id")
    name = c.get("name")
    primary = q.get("primary")
    ip = q.get(k["private_ip_address"])
    subnet_ref = q.get("subnet")
    pools = q.get(k["load_balancer_backend_address_pools"])
    return IpConfiguration(
        cid if cid.__class__ is str else "",
        name if name.__class__ is str else "",
        primary if primary is True or primary is False else only,
        ip if ip.__class__ is str else None,
        _ref(subnet_ref) if subnet_ref else None,
        _ref_ids(pools) if pools else [],
    )


def network_interface(r: Obj) -> NetworkInterface:
    rid = r.get("id")
    if rid.__class__ is not str or not rid:
        raise ShapeError("record has no resource id")
    p = r.get("properties")
    if p.__class__ is dict:
        k = REST
    else:
        k, p = spelling(r)
    raw_configs = p.get(k["ip_configurations"]) or ()
    only = len(raw_configs) == 1
    name = r.get("name")
    vm = p.get(k["virtual_machine"])
    primary = p.get("primary")
    supported = p.get(k["vnet_encryption_supported"])
    mac = p.get(k["mac_address"])
    etag = r.get("etag")
    return NetworkInterface(
        rid,
        name if name.__class__ is str and name else _name(r, rid),
        _LOCATIONS.get(r.get("location") or "") or location(r.get("location")),
        p.get(k["enable_accelerated_networking"]) is True,
        _ref(vm) if vm else None,
        [_ip_configuration(c, k, only) for c in raw_configs],
        primary if primary is True or primary is False else None,
        supported if supported is True or supported is False else None,
        mac if mac.__class__ is str else None,
        etag if etag.__class__ is str else None,
        _tags(r.get("tags")),
    )


def _subnet(r: Obj, k: Spelling, q: Obj) -> Subnet:
    rid = _id(r)
    prefixes = _strs(q.get(k["address_prefixes"]))
    if not prefixes:
        one = _str(q.get(k["address_prefix"]))
        prefixes = [one] if one else []
    return Subnet(id=rid, name=_name(r, rid), address_prefixes=prefixes)


def subnet(r: Obj) -> Subnet:
    k, p = spelling(r)
    return _subnet(r, k, p)


def _peering(r: Obj, k: Spelling, q: Obj) -> Peering:
    rid = _id(r)
    return Peering(
        id=rid,
        name=_name(r, rid),
        remote_vnet_id=_ref(q.get(k["remote_virtual_network"])),
        state=_str(q.get(k["peering_state"])),
    )


def peering(r: Obj) -> Peering:
    k, p = spelling(r)
    return _peering(r, k, p)


def virtual_network(r: Obj) -> VirtualNetwork:
    rid = _id(r)
    k, p = spelling(r)
    enc = p.get("encryption") or _EMPTY
    space = p.get(k["address_space"]) or _EMPTY
    return VirtualNetwork(
        id=rid,
        name=_name(r, rid),
        location=location(r.get("location")),
        address_prefixes=_strs(space.get(k["address_prefixes"])),
        subnets=[_subnet(s, k, sub_spelling(k, s)) for s in p.get("subnets") or () if s.get("id")],
        peerings=[
            _peering(x, k, sub_spelling(k, x))
            for x in p.get(k["virtual_network_peerings"]) or ()
            if x.get("id")
        ],
        encryption_enabled=enc.get("enabled") is True,
        encryption_enforcement=_str(enc.get("enforcement")),
        etag=_str(r.get("etag")),
        tags=_tags(r.get("tags")),
    )


def _backend_pool(r: Obj, k: Spelling, q: Obj) -> BackendPool:
    rid = _id(r)
    ipconfigs = _ref_ids(q.get(k["backend_ip_configurations"]))
    addresses = []
    for a in q.get(k["load_balancer_backend_addresses"]) or ():
        aq = sub_spelling(k, a)
        # NIC-based pools also list their members here (read-only) under networkInterfaceIPConfiguration.
        nic_cfg = _ref(aq.get(k["network_interface_ip_configuration"]))
        if nic_cfg is not None:
            ipconfigs.append(nic_cfg)
            continue
        addresses.append(
            BackendAddress(
                name=_str(a.get("name")),
                ip_address=_str(aq.get(k["ip_address"])),
                vnet_id=_ref(aq.get(k["virtual_network"])),
            )
        )
    return BackendPool(
        id=rid, name=_name(r, rid), ip_configuration_ids=_dedupe(ipconfigs), addresses=addresses
    )


def backend_pool(r: Obj) -> BackendPool:
    k, p = spelling(r)
    return _backend_pool(r, k, p)


def load_balancer(r: Obj) -> LoadBalancer:
    rid = _id(r)
    k, p = spelling(r)
    frontends = p.get(k["frontend_ip_configurations"]) or ()
    subnets = []
    private = 0
    for f in frontends:
        q = sub_spelling(k, f)
        sid = _ref(q.get("subnet"))
        if sid is not None and not q.get(k["public_ip_address"]) and not q.get(k["public_ip_prefix"]):
            private += 1
            subnets.append(sid)
    return LoadBalancer(
        id=rid,
        name=_name(r, rid),
        location=location(r.get("location")),
        sku=_str((r.get("sku") or _EMPTY).get("name")),
        internal=bool(frontends) and private == len(frontends),
        frontend_subnet_ids=_dedupe(subnets),
        backend_pools=[
            _backend_pool(b, k, sub_spelling(k, b))
            for b in p.get(k["backend_address_pools"]) or ()
            if b.get("id")
        ],
        etag=_str(r.get("etag")),
        tags=_tags(r.get("tags")),
    )


def private_link_service(r: Obj) -> PrivateLinkService:
    rid = _id(r)
    k, p = spelling(r)
    subnets = [
        sid
        for c in p.get(k["ip_configurations"]) or ()
        if (sid := _ref(sub_spelling(k, c).get("subnet"))) is not None
    ]
    return PrivateLinkService(
        id=rid, name=_name(r, rid), location=location(r.get("location")), subnet_ids=_dedupe(subnets)
    )


def dns_resolver(r: Obj) -> DnsResolver:
    rid = _id(r)
    k, p = spelling(r)
    return DnsResolver(
        id=rid,
        name=_name(r, rid),
        location=location(r.get("location")),
        vnet_id=_ref(p.get(k["virtual_network"])),
    )


# --- catalog inputs ----------------------------------------------------------------------------------------


def resource_type_of_sku(r: Obj) -> str | None:
    """The `resourceType` of a Resource SKUs row (`virtualMachines`, `disks`...), None if it is not one."""
    return _str(r.get("resourceType")) or _str(r.get("resource_type"))


def resource_skus(r: Obj) -> list[ResourceSku]:
    """One `virtualMachines` SKU row as one ResourceSku per location it lists."""
    k = SNAKE if "resource_type" in r else REST
    name = _str(r.get("name"))
    if name is None:
        raise ShapeError("SKU row has no name")
    infos = [i for i in r.get(k["location_info"]) or () if i.__class__ is dict]
    locations = [location(x) for x in _strs(r.get("locations"))] or [
        location(i.get("location")) for i in infos if i.get("location")
    ]
    caps = {}
    for c in r.get("capabilities") or ():
        cname = c.get("name")
        if cname.__class__ is str:
            value = c.get("value")
            caps[cname] = value if value.__class__ is str else ("" if value is None else str(value))
    restrictions = []
    for x in r.get("restrictions") or ():
        info = x.get(k["restriction_info"]) or _EMPTY
        locs = [location(v) for v in _strs(info.get("locations"))] or [
            location(v) for v in _strs(x.get("values"))
        ]
        restrictions.append(
            SkuRestriction(
                type=_str(x.get("type")) or "",
                locations=locs,
                zones=_strs(info.get("zones")),
                reason=_str(x.get(k["reason_code"])),
            )
        )
    out = []
    for loc in locations:
        zones: list[str] = []
        for i in infos:
            if location(i.get("location")) == loc:
                zones = _strs(i.get("zones"))
                break
        out.append(
            ResourceSku(
                name=name,
                location=loc,
                family=_str(r.get("family")),
                tier=_str(r.get("tier")),
                zones=zones,
                capabilities=dict(caps),
                restrictions=[
                    SkuRestriction(x.type, list(x.locations), list(x.zones), x.reason)
                    for x in restrictions
                    if not x.locations or loc in x.locations
                ],
            )
        )
    return out


def is_usage_row(r: Obj) -> bool:
    return "limit" in r and "name" in r and ("currentValue" in r or "current_value" in r)


def usage(r: Obj, region: str = "") -> Usage | None:
    """A Compute usage row; the region is set later (usage lists carry none). None if the row is unreadable."""
    k = SNAKE if "current_value" in r else REST
    raw_name = r.get("name")
    display = None
    if raw_name.__class__ is dict:
        value = _str(raw_name.get("value"))
        display = _str(raw_name.get(k["localized_value"]))
    else:
        value = _str(raw_name)
    display = display or _str(r.get(k["local_name"]))
    current = _int(r.get(k["current_value"]))
    limit = _int(r.get("limit"))
    if value is None or current is None or limit is None:
        return None
    return Usage(
        location=region,
        name=value,
        current=current,
        limit=limit,
        unit=_str(r.get("unit")) or "Count",
        display_name=display,
    )


def is_size_row(r: Obj) -> bool:
    """A row of `list_available_sizes` / `az vm list-sizes`: a size without the VM or region it belongs to."""
    return "numberOfCores" in r or "number_of_cores" in r
