"""Normalisers of the compute resources: VMs (with their disks, image, NIC references and power state),
availability sets, scale sets (with their model's disks and placement), capacity reservation groups and their
reservations, managed disks and AKS clusters.

`virtual_machine` is the hottest function of loading (once per VM on 100,000-VM estates): see
`planner.inventory.normalise` for the export shapes and why fields are read the way they are.
"""

from __future__ import annotations

from sys import intern

from planner.inventory.normalise_fields import (
    _EMPTY,
    _LOCATIONS,
    AZ,
    REST,
    Obj,
    ShapeError,
    Spelling,
    _bool,
    _dedupe,
    _id,
    _int,
    _name,
    _ref,
    _ref_ids,
    _str,
    _strs,
    _tags,
    location,
    resource_group_of,
    spelling,
    sub_spelling,
)
from planner.model import (
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
    wa = d.get(k["write_accelerator_enabled"])
    diff = d.get(k["diff_disk_settings"])
    option = diff.get("option") if diff.__class__ is dict else None
    return Disk(
        name if name.__class__ is str else None,
        intern(storage) if storage.__class__ is str else None,
        size if size.__class__ is int else _int(size),
        lun if lun.__class__ is int else None,
        mid if mid.__class__ is str else None,
        wa if wa is True or wa is False else None,
        intern(option) if option.__class__ is str else None,
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
    host = p.get("host")
    host_group = p.get(k["host_group"])
    priority = p.get("priority")
    capabilities = p.get(k["additional_capabilities"])
    ultra = capabilities.get(k["ultra_ssd_enabled"]) if capabilities.__class__ is dict else None
    reservation = p.get(k["capacity_reservation"])
    group = reservation.get(k["capacity_reservation_group"]) if reservation.__class__ is dict else None
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
        _ref(host) if host else None,
        _ref(host_group) if host_group else None,
        intern(priority) if priority.__class__ is str else None,
        ultra if ultra is True or ultra is False else None,
        _ref(group) if group else None,
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
    storage = profile.get(k["storage_profile"]) or _EMPTY
    os_disk = storage.get(k["os_disk"])
    security = profile.get(k["security_profile"]) or _EMPTY
    capabilities = p.get(k["additional_capabilities"]) or _EMPTY
    reservation = profile.get(k["capacity_reservation"]) or _EMPTY
    ultra = capabilities.get(k["ultra_ssd_enabled"])
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
        os_disk=_disk(os_disk, k) if os_disk.__class__ is dict else None,
        data_disks=[_disk(d, k) for d in storage.get(k["data_disks"]) or () if d.__class__ is dict],
        disk_controller=_str(storage.get(k["disk_controller_type"])),
        security_type=_str(security.get(k["security_type"])),
        nic_count=len(configs),
        priority=_str(profile.get("priority")),
        ultra_ssd_enabled=ultra if ultra is True or ultra is False else None,
        capacity_reservation_group_id=_ref(reservation.get(k["capacity_reservation_group"])),
        host_group_id=_ref(p.get(k["host_group"])),
        proximity_placement_group_id=_ref(p.get(k["proximity_placement_group"])),
    )


def capacity_reservation_group(r: Obj) -> CapacityReservationGroup:
    rid = _id(r)
    k, p = spelling(r)
    return CapacityReservationGroup(
        id=rid,
        name=_name(r, rid),
        location=location(r.get("location")),
        reservation_ids=_dedupe([_full_id(x) for x in _ref_ids(p.get(k["capacity_reservations"]))]),
        zones=_strs(r.get("zones")),
    )


def capacity_reservation(r: Obj) -> CapacityReservation:
    """A reservation (exported on its own, as `az capacity reservation list` gives them): `sku.name` is its size."""
    rid = _id(r)
    sku = r.get("sku") or _EMPTY
    return CapacityReservation(
        id=rid,
        name=_name(r, rid),
        size=_str(sku.get("name")),
        capacity=_int(sku.get("capacity")),
        zones=_strs(r.get("zones")),
    )


def _full_id(rid: str) -> str:
    # REST examples list a group's reservations as `subscriptions/...` without the leading slash.
    return rid if rid.startswith("/") else "/" + rid


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
