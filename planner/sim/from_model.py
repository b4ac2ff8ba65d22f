"""A planner snapshot served by the simulator: the inventory model rendered back into Resource Manager's REST
shapes (fields under `properties`, a VM's power state and Hyper-V generation in its instance view, SKU rows with
`capabilities` and `restrictions`, usage rows per region), so that a rehearsal can run against a copy of an estate
fetched with `planner fetch`.

What is rendered is what the planner reads and the executor writes: ids, names, locations, zones, tags and etags;
VM size, power state, availability set, update/fault domains, disks' tiers and controller, security type, NICs;
NIC ipconfigs (subnet, private IP, backend pools), AN and `vnetEncryptionSupported`; VNets with subnets, peerings and
encryption; load balancers' frontends and pools; availability sets; scale sets' model; Private Link services, DNS
resolvers, managed disks and AKS clusters as their references. Loading the rendering gives back the same model
(a test pins it on the demo estate).
"""

from __future__ import annotations

from typing import Any

from planner.model import Inventory, ResourceSku, Usage
from planner.sim.store import ArmStore

Doc = dict[str, Any]


def _base(r: Any, rtype: str) -> Doc:
    doc: Doc = {"id": r.id, "name": r.name, "type": rtype, "location": getattr(r, "location", "")}
    if getattr(r, "etag", None):
        doc["etag"] = r.etag
    if getattr(r, "tags", None):
        doc["tags"] = dict(r.tags)
    return doc


def _disk(d: Any) -> Doc:
    out: Doc = {"name": d.name}
    managed: Doc = {}
    if d.storage_type:
        managed["storageAccountType"] = d.storage_type
    if d.managed_disk_id:
        managed["id"] = d.managed_disk_id
    if managed:
        out["managedDisk"] = managed
    if d.size_gb is not None:
        out["diskSizeGB"] = d.size_gb
    if d.lun is not None:
        out["lun"] = d.lun
    return out


def vm_doc(vm: Any) -> Doc:
    doc = _base(vm, "Microsoft.Compute/virtualMachines")
    if vm.zones:
        doc["zones"] = list(vm.zones)
    storage: Doc = {"dataDisks": [_disk(d) for d in vm.data_disks]}
    if vm.os_disk is not None:
        storage["osDisk"] = {**_disk(vm.os_disk), **({"osType": vm.os_type} if vm.os_type else {})}
    if vm.disk_controller:
        storage["diskControllerType"] = vm.disk_controller
    props: Doc = {
        "hardwareProfile": {"vmSize": vm.size},
        "storageProfile": storage,
        "networkProfile": {
            "networkInterfaces": [
                {"id": n.id, **({"properties": {"primary": n.primary}} if n.primary is not None else {})} for n in vm.nics
            ]
        },
        "provisioningState": vm.provisioning_state or "Succeeded",
    }
    if vm.availability_set_id:
        props["availabilitySet"] = {"id": vm.availability_set_id}
    if vm.scale_set_id:
        props["virtualMachineScaleSet"] = {"id": vm.scale_set_id}
    if vm.proximity_placement_group_id:
        props["proximityPlacementGroup"] = {"id": vm.proximity_placement_group_id}
    if vm.security_type:
        props["securityProfile"] = {"securityType": vm.security_type}
    statuses = [{"code": f"ProvisioningState/{(vm.provisioning_state or 'succeeded').lower()}", "level": "Info"}]
    if vm.power_state.value != "unknown":
        statuses.append({"code": f"PowerState/{vm.power_state.value}", "level": "Info"})
    view: Doc = {"statuses": statuses}
    if vm.hyper_v_generation:
        view["hyperVGeneration"] = vm.hyper_v_generation
    if vm.platform_update_domain is not None:
        view["platformUpdateDomain"] = vm.platform_update_domain
    if vm.platform_fault_domain is not None:
        view["platformFaultDomain"] = vm.platform_fault_domain
    props["instanceView"] = view
    doc["properties"] = props
    return doc


def nic_doc(nic: Any) -> Doc:
    doc = _base(nic, "Microsoft.Network/networkInterfaces")
    configs = []
    for c in nic.ip_configurations:
        p: Doc = {"primary": c.primary}
        if c.private_ip:
            p["privateIPAddress"] = c.private_ip
        if c.subnet_id:
            p["subnet"] = {"id": c.subnet_id}
        if c.backend_pool_ids:
            p["loadBalancerBackendAddressPools"] = [{"id": x} for x in c.backend_pool_ids]
        configs.append({"id": c.id, "name": c.name, "properties": p})
    props: Doc = {"ipConfigurations": configs, "enableAcceleratedNetworking": nic.accelerated_networking, "provisioningState": "Succeeded"}
    if nic.vm_id:
        props["virtualMachine"] = {"id": nic.vm_id}
    if nic.primary is not None:
        props["primary"] = nic.primary
    if nic.vnet_encryption_supported is not None:
        props["vnetEncryptionSupported"] = nic.vnet_encryption_supported
    if nic.mac_address:
        props["macAddress"] = nic.mac_address
    doc["properties"] = props
    return doc


def vnet_doc(v: Any) -> Doc:
    doc = _base(v, "Microsoft.Network/virtualNetworks")
    props: Doc = {
        "addressSpace": {"addressPrefixes": list(v.address_prefixes)},
        "subnets": [{"id": s.id, "name": s.name, "properties": {"addressPrefixes": list(s.address_prefixes)}} for s in v.subnets],
        "virtualNetworkPeerings": [
            {"id": p.id, "name": p.name, "properties": {"remoteVirtualNetwork": {"id": p.remote_vnet_id}, "peeringState": p.state}}
            for p in v.peerings
        ],
        "provisioningState": "Succeeded",
    }
    if v.encryption_enabled or v.encryption_enforcement:
        props["encryption"] = {"enabled": v.encryption_enabled, "enforcement": v.encryption_enforcement or "AllowUnencrypted"}
    doc["properties"] = props
    return doc


def lb_doc(lb: Any) -> Doc:
    doc = _base(lb, "Microsoft.Network/loadBalancers")
    if lb.sku:
        doc["sku"] = {"name": lb.sku}
    frontends = [{"name": f"frontend-{i}", "properties": {"subnet": {"id": s}}} for i, s in enumerate(lb.frontend_subnet_ids)]
    if not lb.internal and not frontends:
        frontends = [{"name": "frontend-public", "properties": {"publicIPAddress": {"id": f"{lb.id}/publicIP"}}}]
    pools = []
    for p in lb.backend_pools:
        props: Doc = {"backendIPConfigurations": [{"id": x} for x in p.ip_configuration_ids]}
        if p.addresses:
            props["loadBalancerBackendAddresses"] = [
                {"name": a.name, "properties": {"ipAddress": a.ip_address, **({"virtualNetwork": {"id": a.vnet_id}} if a.vnet_id else {})}}
                for a in p.addresses
            ]
        pools.append({"id": p.id, "name": p.name, "properties": props})
    doc["properties"] = {"frontendIPConfigurations": frontends, "backendAddressPools": pools}
    return doc


def avset_doc(a: Any) -> Doc:
    doc = _base(a, "Microsoft.Compute/availabilitySets")
    if a.sku:
        doc["sku"] = {"name": a.sku}
    doc["properties"] = {
        "platformUpdateDomainCount": a.update_domain_count,
        "platformFaultDomainCount": a.fault_domain_count,
        "virtualMachines": [{"id": m} for m in a.member_ids],
    }
    return doc


def vmss_doc(ss: Any) -> Doc:
    doc = _base(ss, "Microsoft.Compute/virtualMachineScaleSets")
    doc["sku"] = {"name": ss.size, "tier": "Standard", "capacity": ss.capacity}
    if ss.zones:
        doc["zones"] = list(ss.zones)
    configs: list[Doc] = []
    for i, subnet in enumerate(ss.subnet_ids or [None]):
        ipc: Doc = {"primary": True, **({"subnet": {"id": subnet}} if subnet else {})}
        configs.append(
            {
                "name": f"{ss.name}-nic{i}",
                "properties": {
                    "primary": i == 0,
                    "enableAcceleratedNetworking": ss.accelerated_networking,
                    "ipConfigurations": [{"name": "ipconfig1", "properties": ipc}],
                },
            }
        )
    props: Doc = {
        "upgradePolicy": {"mode": ss.upgrade_mode or "Manual"},
        "virtualMachineProfile": {"networkProfile": {"networkInterfaceConfigurations": configs}},
        "provisioningState": "Succeeded",
    }
    if ss.orchestration_mode:
        props["orchestrationMode"] = ss.orchestration_mode
    if ss.max_unavailable_percent is not None:
        props["upgradePolicy"]["rollingUpgradePolicy"] = {"maxBatchInstancePercent": ss.max_unavailable_percent}
    doc["properties"] = props
    return doc


def sku_row(s: ResourceSku) -> Doc:
    return {
        "resourceType": "virtualMachines",
        "name": s.name,
        "tier": s.tier,
        "family": s.family,
        "locations": [s.location],
        "locationInfo": [{"location": s.location, "zones": list(s.zones)}],
        "capabilities": [{"name": k, "value": v} for k, v in s.capabilities.items()],
        "restrictions": [
            {"type": r.type, "values": list(r.locations), "restrictionInfo": {"locations": list(r.locations), "zones": list(r.zones)},
             "reasonCode": r.reason}
            for r in s.restrictions
        ],
    }


def usage_row(u: Usage) -> Doc:
    return {"name": {"value": u.name, "localizedValue": u.display_name or u.name}, "currentValue": u.current, "limit": u.limit, "unit": u.unit}


def store_from_inventory(inv: Inventory) -> ArmStore:
    """An ArmStore holding the inventory as Resource Manager would serve it."""
    store = ArmStore()
    for vm in inv.vms.values():
        store.put(vm_doc(vm))
    for nic in inv.nics.values():
        store.put(nic_doc(nic))
    for v in inv.vnets.values():
        store.put(vnet_doc(v))
    for lb in inv.load_balancers.values():
        store.put(lb_doc(lb))
    for a in inv.availability_sets.values():
        store.put(avset_doc(a))
    for ss in inv.scale_sets.values():
        store.put(vmss_doc(ss))
    for p in inv.private_link_services.values():
        store.put({**_base(p, "Microsoft.Network/privateLinkServices"),
                   "properties": {"ipConfigurations": [{"name": f"ipc{i}", "properties": {"subnet": {"id": s}}} for i, s in enumerate(p.subnet_ids)]}})
    for r in inv.dns_resolvers.values():
        store.put({**_base(r, "Microsoft.Network/dnsResolvers"), "properties": {"virtualNetwork": {"id": r.vnet_id}}})
    for d in inv.disks.values():
        store.put({**_base(d, "Microsoft.Compute/disks"), "managedBy": d.managed_by,
                   "sku": {"name": d.storage_type}, "properties": {"diskSizeGB": d.size_gb, "osType": d.os_type, "hyperVGeneration": d.hyper_v_generation}})
    for c in inv.aks_clusters.values():
        pools = [{"name": p.name, "vmSize": p.vm_size, "vnetSubnetID": p.vnet_subnet_id, "podSubnetID": p.pod_subnet_id} for p in c.pools]
        store.put({**_base(c, "Microsoft.ContainerService/managedClusters"),
                   "properties": {"nodeResourceGroup": c.node_resource_group, "agentPoolProfiles": pools}})
    store.add_skus([sku_row(s) for s in inv.skus])
    by_scope: dict[tuple[str | None, str], list[Doc]] = {}
    for u in inv.usages:
        by_scope.setdefault((u.subscription, u.location), []).append(usage_row(u))
    for (sub, location), rows in by_scope.items():
        store.set_usages(location, rows, sub)
    return store
