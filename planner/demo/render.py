"""Renders a planned VNet block into raw ARM REST documents: VMs, NICs, the VNet, load balancers, availability sets.

Field layouts follow shared/realdata: VMs with `properties.instanceView` (statuses, hyperVGeneration, update and
fault domains) as in vm-get-instanceview-*.json, NICs as in nic-*.json and NetworkInterfaceGet (secondary ipconfigs,
vnetEncryptionSupported), VNets as in vnet-get-with-peering.json and VirtualNetworkCreateWithEncryption, LBs as in
lb-get-with-*.json and LBBackendAddressPoolWithBackendAddressesGet, availability sets as AvailabilitySet_Get.
`conform` first makes every VM spec deployable on its size, so the estate never holds a VM Azure would refuse.
Real responses mix the casing of ids; so do these (see the comments where it happens).
"""

from __future__ import annotations

from planner.demo.blueprint import (
    ENCRYPTABLE,
    IMAGES,
    SUBSCRIPTIONS,
    TIME,
    AvsetPlan,
    Block,
    Doc,
    LbPlan,
    SizeFacts,
    VmSpec,
    new_etag,
    new_guid,
    new_mac,
    resource_id,
    size_facts,
)


def image_reference(spec: VmSpec, facts: SizeFacts) -> Doc:
    if spec.image == "custom":
        gallery = resource_id(SUBSCRIPTIONS[0], "rg-images", "Microsoft.Compute/galleries", "gal_platform")
        return {"id": f"{gallery}/images/rhel8-hardened/versions/1.4.0"}
    if spec.image is not None:
        return dict(IMAGES[spec.image])
    if spec.security == "ConfidentialVM":
        return dict(IMAGES["win2022-cvm" if spec.windows else "ubuntu-cvm"])
    if facts.cpu_arch == "Arm64":
        return dict(IMAGES["ubuntu-arm64"])
    if spec.windows:
        return dict(IMAGES["win2019-gen1" if spec.gen == "V1" else "win2022-gen2"])
    return dict(IMAGES["ubuntu-gen1" if spec.gen == "V1" else "ubuntu-gen2"])


def conform(spec: VmSpec, facts: SizeFacts) -> None:
    """Make a spec deployable on its size: Azure would refuse any VM that breaks these."""
    gens = facts.hyperv_generations
    if facts.confidential != "none":
        spec.security = "ConfidentialVM"
    elif spec.security == "ConfidentialVM" or "V2" not in gens:
        spec.security = None  # Trusted Launch and confidential VMs are Gen2
    if facts.cpu_arch == "Arm64" or spec.image == "custom":
        spec.windows = False  # no Windows Arm64 server images; the custom image is RHEL
    if spec.image == "win2012r2" and "V1" not in gens:
        spec.image = None
    if spec.image == "win2012r2":
        spec.windows, spec.security, spec.gen = True, None, "V1"  # a Gen1-only image
    elif spec.security is not None:
        spec.gen = "V2"
    elif spec.gen not in gens:
        spec.gen = gens[-1]
    if facts.disk_controllers == ("NVMe",):
        spec.controller = "NVMe"
    elif spec.controller == "NVMe" and "NVMe" not in facts.disk_controllers:
        spec.controller = "SCSI"
    if spec.controller == "NVMe" and spec.security == "TrustedLaunch":
        spec.security = None
    spec.nics = max(1, min(spec.nics, facts.max_nics))
    if spec.nics > 1 or spec.secondary_ip:
        spec.bare_nic_ref = False
    spec.data_disks = min(spec.data_disks, facts.max_data_disks)
    if not facts.premium_io and spec.disk_type.startswith("Premium"):
        spec.disk_type = "StandardSSD_LRS"
    spec.an = spec.an and facts.accelerated_networking
    if spec.avset is not None:
        spec.zone = None


def status(code: str, display: str) -> Doc:
    return {"code": code, "level": "Info", "displayStatus": display}


def render_block(b: Block) -> None:
    facts_by_name = size_facts()
    avsets = {a.name: a for a in b.avsets}
    for k, spec in enumerate(b.specs):
        facts = facts_by_name[spec.size]
        conform(spec, facts)
        vm_name = f"vm-{b.app}-{k + 1:03d}"
        vm_id = resource_id(b.subscription, b.rg, "Microsoft.Compute/virtualMachines", vm_name)
        nic_ids = [
            resource_id(b.subscription, b.rg, "Microsoft.Network/networkInterfaces", f"{vm_name}-nic{j}")
            for j in range(spec.nics)
        ]
        domains = (0, 0)
        if spec.avset is not None:
            plan = avsets[spec.avset]
            n = len(plan.members)
            domains = (n % plan.update_domains, n % plan.fault_domains)
            # Availability sets report their members with resource group and VM name upper-cased.
            plan.members.append(
                resource_id(
                    b.subscription, b.rg.upper(), "Microsoft.Compute/virtualMachines", vm_name.upper()
                )
            )
        b.vm_docs.append(render_vm(b, spec, facts, vm_name, vm_id, nic_ids, domains))
        for j, nic_id in enumerate(nic_ids):
            b.nic_docs.append(render_nic(b, spec, nic_id, vm_id, j))
        b.tally.add(b.region, facts)
    for n, an in enumerate(b.unattached_nics, 1):
        nic_id = resource_id(
            b.subscription, b.rg, "Microsoft.Network/networkInterfaces", f"nic-{b.app}-spare-{n:02d}"
        )
        b.nic_docs.append(render_nic(b, VmSpec("Standard_D4s_v5", an=an), nic_id, None, 0))
    b.tally.avsets[b.region] += len(b.avsets)
    extras = [doc for make in b.extras for doc in make(b)]
    b.resource_docs.append(render_vnet(b))
    b.resource_docs += [render_lb(b, lb) for lb in b.lbs]
    b.resource_docs += [render_avset(b, a) for a in b.avsets]
    b.resource_docs += extras


def render_vm(
    b: Block,
    spec: VmSpec,
    facts: SizeFacts,
    vm_name: str,
    vm_id: str,
    nic_ids: list[str],
    domains: tuple[int, int],
) -> Doc:
    rng = b.rng
    os_type = "Windows" if spec.windows else "Linux"
    disk_rg = b.rg.upper()  # managed disk ids come back with the resource group upper-cased
    os_disk_name = f"{vm_name}_OsDisk_1_{rng.getrandbits(128):032x}"
    managed: Doc = {
        "storageAccountType": spec.disk_type,
        "id": resource_id(b.subscription, disk_rg, "Microsoft.Compute/disks", os_disk_name),
    }
    if spec.security == "ConfidentialVM":
        managed["securityProfile"] = {"securityEncryptionType": "VMGuestStateOnly"}
    storage: Doc = {
        "imageReference": image_reference(spec, facts),
        "osDisk": {
            "osType": os_type,
            "name": os_disk_name,
            "createOption": "FromImage",
            "caching": "ReadWrite",
            "managedDisk": managed,
            "deleteOption": "Detach",
            "diskSizeGB": 127 if spec.windows else 30,
        },
        "dataDisks": [
            {
                "lun": lun,
                "name": f"{vm_name}-data-{lun:02d}",
                "createOption": "Attach" if lun % 2 else "Empty",
                "caching": "ReadOnly" if lun == 0 else "None",
                "managedDisk": {
                    "storageAccountType": spec.disk_type,
                    "id": resource_id(
                        b.subscription, disk_rg, "Microsoft.Compute/disks", f"{vm_name}-data-{lun:02d}"
                    ),
                },
                "deleteOption": "Detach",
                "diskSizeGB": (128, 256, 512, 1024)[lun % 4],
                "toBeDetached": False,
            }
            for lun in range(spec.data_disks)
        ],
    }
    if spec.controller is not None:
        storage["diskControllerType"] = spec.controller
    if spec.windows:
        os_config: Doc = {
            "windowsConfiguration": {
                "provisionVMAgent": True,
                "enableAutomaticUpdates": True,
                "patchSettings": {"patchMode": "AutomaticByOS", "assessmentMode": "ImageDefault"},
            }
        }
    else:
        os_config = {
            "linuxConfiguration": {
                "disablePasswordAuthentication": True,
                "provisionVMAgent": True,
                "patchSettings": {"patchMode": "ImageDefault", "assessmentMode": "ImageDefault"},
            }
        }
    if spec.bare_nic_ref:
        nic_refs: list[Doc] = [{"id": nic_ids[0]}]
    else:
        nic_refs = [{"id": n, "properties": {"primary": j == 0}} for j, n in enumerate(nic_ids)]
    props: Doc = {"vmId": new_guid(rng)}
    if spec.avset is not None:
        # VMs name their availability set upper-cased, as recorded in vm-get-in-availabilityset.json.
        avset_id = resource_id(b.subscription, b.rg, "Microsoft.Compute/availabilitySets", spec.avset.upper())
        props["availabilitySet"] = {"id": avset_id}
    props["hardwareProfile"] = {"vmSize": spec.size}
    if spec.security is not None:
        props["securityProfile"] = {
            "uefiSettings": {"secureBootEnabled": True, "vTpmEnabled": True},
            "securityType": spec.security,
        }
    props["storageProfile"] = storage
    props["osProfile"] = {
        "computerName": vm_name[:15],
        "adminUsername": "azureuser",
        **os_config,
        "secrets": [],
        "allowExtensionOperations": True,
        "requireGuestProvisionSignal": True,
    }
    props["networkProfile"] = {"networkInterfaces": nic_refs}
    props["provisioningState"] = "Succeeded"
    props["timeCreated"] = TIME
    view: Doc = {}
    if spec.power != "deallocated":
        view["computerName"] = vm_name[:15]
        view["osName"] = "Windows Server" if spec.windows else "ubuntu"
        view["platformUpdateDomain"], view["platformFaultDomain"] = domains
    view["hyperVGeneration"] = spec.gen
    view["statuses"] = [
        {**status("ProvisioningState/succeeded", "Provisioning succeeded"), "time": TIME},
        status(f"PowerState/{spec.power}", f"VM {spec.power}"),
    ]
    props["instanceView"] = view
    doc: Doc = {
        "name": vm_name,
        "id": vm_id,
        "type": "Microsoft.Compute/virtualMachines",
        "location": b.region,
        "tags": {"app": b.app, "env": "prod" if b.index % 3 else "test"},
        "etag": f'"{rng.randrange(1, 40)}"',
        "properties": props,
    }
    if spec.zone is not None:
        doc["zones"] = [spec.zone]
    return doc


def render_nic(b: Block, spec: VmSpec, nic_id: str, vm_id: str | None, j: int) -> Doc:
    rng = b.rng
    etag = new_etag(rng)
    subnet_name = "snet-app" if j == 0 else "snet-data"
    subnet = b.subnets["snet-app"] if j == 0 else b.subnets["snet-data"]
    configs: list[Doc] = []
    n_configs = 2 if (j == 0 and spec.secondary_ip) else 1
    for c in range(n_configs):
        ipc_name = f"ipconfig{c + 1}"
        ipc_id = f"{nic_id}/ipConfigurations/{ipc_name}"
        props: Doc = {"provisioningState": "Succeeded"}
        if c == 1 and spec.secondary_prefix:
            # A prefix on a secondary ipconfig, as in NetworkInterfaceGet: the address is written as a CIDR.
            props["privateIPAddress"] = subnet.allocate_prefix(28)
            props["privateIPAddressPrefixLength"] = 28
        else:
            props["privateIPAddress"] = subnet.allocate()
        props["privateIPAllocationMethod"] = "Dynamic"
        props["subnet"] = {"id": b.subnet_id(subnet_name)}
        props["primary"] = c == 0
        props["privateIPAddressVersion"] = "IPv4"
        if j == 0:
            pools = [(lb, pool) for lb, pool, secondary in spec.pools if secondary == (c == 1)]
            if pools:
                props["loadBalancerBackendAddressPools"] = [
                    {"id": f"{b.lb_id(lb)}/backendAddressPools/{pool}"} for lb, pool in pools
                ]
                for lb, pool in pools:
                    b.pool(lb, pool).members.append(ipc_id)
            if c == 0 and spec.ip_pool is not None:
                plan = b.pool(*spec.ip_pool)
                plan.addresses.append((f"addr-{len(plan.addresses) + 1}", props["privateIPAddress"]))
        configs.append(
            {
                "name": ipc_name,
                "id": ipc_id,
                "etag": etag,
                "type": "Microsoft.Network/networkInterfaces/ipConfigurations",
                "properties": props,
            }
        )
    nic_props: Doc = {
        "provisioningState": "Succeeded",
        "resourceGuid": new_guid(rng),
        "ipConfigurations": configs,
        "dnsSettings": {
            "dnsServers": [],
            "appliedDnsServers": [],
            "internalDomainNameSuffix": f"{b.app}.{b.region}.internal.cloudapp.net",
        },
    }
    if vm_id is not None and spec.power != "deallocated":
        nic_props["macAddress"] = new_mac(rng)
    nic_props["enableAcceleratedNetworking"] = spec.an
    nic_props["enableIPForwarding"] = False
    if vm_id is not None:
        nic_props["primary"] = j == 0
        ref = vm_id
        if spec.upper_refs:
            ref = vm_id.replace(f"/resourceGroups/{b.rg}/", f"/resourceGroups/{b.rg.upper()}/")
        nic_props["virtualMachine"] = {"id": ref}
    if b.encryption:
        nic_props["vnetEncryptionSupported"] = spec.an and spec.size in ENCRYPTABLE
    nic_props["hostedWorkloads"] = []
    nic_props["tapConfigurations"] = []
    return {
        "name": nic_id.rsplit("/", 1)[1],
        "id": nic_id,
        "etag": etag,
        "location": b.region,
        "tags": {"app": b.app},
        "properties": nic_props,
        "type": "Microsoft.Network/networkInterfaces",
    }


def render_vnet(b: Block) -> Doc:
    rng = b.rng
    etag = new_etag(rng)
    subnets: list[Doc] = []
    for s in b.subnets.values():
        props: Doc = {
            "provisioningState": "Succeeded",
            "addressPrefix": str(s.network),
            "delegations": [],
            "privateEndpointNetworkPolicies": "Disabled",
            "privateLinkServiceNetworkPolicies": "Disabled" if s.pls_policies_disabled else "Enabled",
        }
        if s.delegation is not None:
            props["delegations"] = [
                {
                    "name": s.delegation.replace("/", "."),
                    "id": f"{b.subnet_id(s.name)}/delegations/{s.delegation.replace('/', '.')}",
                    "etag": etag,
                    "properties": {"provisioningState": "Succeeded", "serviceName": s.delegation},
                    "type": "Microsoft.Network/virtualNetworks/subnets/delegations",
                }
            ]
        subnets.append(
            {
                "name": s.name,
                "id": b.subnet_id(s.name),
                "etag": etag,
                "properties": props,
                "type": "Microsoft.Network/virtualNetworks/subnets",
            }
        )
    peerings: list[Doc] = []
    for peer in b.peers:
        peer_name = f"peer-{b.app}-to-{peer.app}"
        peerings.append(
            {
                "name": peer_name,
                "id": f"{b.vnet_id}/virtualNetworkPeerings/{peer_name}",
                "etag": etag,
                "properties": {
                    "provisioningState": "Succeeded",
                    "resourceGuid": new_guid(rng),
                    "peeringState": "Connected",
                    "peeringSyncLevel": "FullyInSync",
                    "remoteVirtualNetwork": {"id": peer.vnet_id},
                    "allowVirtualNetworkAccess": True,
                    "allowForwardedTraffic": False,
                    "allowGatewayTransit": False,
                    "useRemoteGateways": False,
                    "doNotVerifyRemoteGateways": False,
                    "remoteAddressSpace": {"addressPrefixes": [str(peer.network)]},
                    "routeServiceVips": {},
                },
                "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings",
            }
        )
    props = {
        "provisioningState": "Succeeded",
        "resourceGuid": new_guid(rng),
        "addressSpace": {"addressPrefixes": [str(b.network)]},
        "dhcpOptions": {"dnsServers": []},
        "subnets": subnets,
        "virtualNetworkPeerings": peerings,
        "enableDdosProtection": False,
    }
    if b.encryption is not None:
        props["encryption"] = {"enabled": b.encryption, "enforcement": "AllowUnencrypted"}
    return {
        "name": b.vnet_name,
        "id": b.vnet_id,
        "etag": etag,
        "type": "Microsoft.Network/virtualNetworks",
        "location": b.region,
        "tags": {"app": b.app},
        "properties": props,
    }


def render_lb(b: Block, lb: LbPlan) -> Doc:
    rng = b.rng
    etag = new_etag(rng)
    lb_id = b.lb_id(lb.name)
    fe_name = "fe-public" if lb.public else "fe-internal"
    fe_id = f"{lb_id}/frontendIPConfigurations/{fe_name}"
    rule_ids = {p: f"{lb_id}/loadBalancingRules/rule-{p}" for p in lb.pools}
    probe_id = f"{lb_id}/probes/probe-tcp"
    fe_props: Doc = {"provisioningState": "Succeeded", "privateIPAllocationMethod": "Dynamic"}
    if lb.public:
        pip = resource_id(b.subscription, b.rg, "Microsoft.Network/publicIPAddresses", f"pip-{lb.name}")
        fe_props["publicIPAddress"] = {"id": pip}
    else:
        fe_props["privateIPAddress"] = b.subnets["snet-edge"].allocate()
        fe_props["privateIPAllocationMethod"] = "Static"
        fe_props["subnet"] = {"id": b.subnet_id("snet-edge")}
    fe_props["loadBalancingRules"] = [{"id": r} for r in rule_ids.values()]
    fe_props["privateIPAddressVersion"] = "IPv4"
    pools: list[Doc] = []
    for pool in lb.pools.values():
        pool_props: Doc = {"provisioningState": "Succeeded"}
        if pool.addresses:
            pool_props["loadBalancerBackendAddresses"] = [
                {"name": name, "properties": {"virtualNetwork": {"id": b.vnet_id}, "ipAddress": ip}}
                for name, ip in pool.addresses
            ]
        else:
            pool_props["backendIPConfigurations"] = [{"id": m} for m in pool.members]
        pool_props["loadBalancingRules"] = [{"id": rule_ids[pool.name]}]
        pools.append(
            {
                "name": pool.name,
                "id": f"{lb_id}/backendAddressPools/{pool.name}",
                "etag": etag,
                "properties": pool_props,
                "type": "Microsoft.Network/loadBalancers/backendAddressPools",
            }
        )
    rules = [
        {
            "name": rule_id.rsplit("/", 1)[1],
            "id": rule_id,
            "etag": etag,
            "type": "Microsoft.Network/loadBalancers/loadBalancingRules",
            "properties": {
                "provisioningState": "Succeeded",
                "frontendIPConfiguration": {"id": fe_id},
                "frontendPort": 443,
                "backendPort": 443,
                "enableFloatingIP": False,
                "idleTimeoutInMinutes": 4,
                "protocol": "Tcp",
                "enableTcpReset": True,
                "loadDistribution": "Default",
                "disableOutboundSnat": True,
                "backendAddressPool": {"id": f"{lb_id}/backendAddressPools/{pool}"},
                "probe": {"id": probe_id},
            },
        }
        for pool, rule_id in rule_ids.items()
    ]
    return {
        "name": lb.name,
        "id": lb_id,
        "etag": etag,
        "type": "Microsoft.Network/loadBalancers",
        "location": b.region,
        "tags": {"app": b.app},
        "properties": {
            "provisioningState": "Succeeded",
            "resourceGuid": new_guid(rng),
            "frontendIPConfigurations": [
                {
                    "name": fe_name,
                    "id": fe_id,
                    "etag": etag,
                    "type": "Microsoft.Network/loadBalancers/frontendIPConfigurations",
                    "properties": fe_props,
                }
            ],
            "backendAddressPools": pools,
            "loadBalancingRules": rules,
            "probes": [
                {
                    "name": "probe-tcp",
                    "id": probe_id,
                    "etag": etag,
                    "type": "Microsoft.Network/loadBalancers/probes",
                    "properties": {
                        "provisioningState": "Succeeded",
                        "protocol": "Tcp",
                        "port": 443,
                        "intervalInSeconds": 5,
                        "numberOfProbes": 2,
                        "probeThreshold": 1,
                        "loadBalancingRules": [{"id": r} for r in rule_ids.values()],
                    },
                }
            ],
            "inboundNatRules": [],
            "outboundRules": [],
            "inboundNatPools": [],
        },
        "sku": {"name": "Standard", "tier": "Regional"},
    }


def render_avset(b: Block, plan: AvsetPlan) -> Doc:
    return {
        "name": plan.name,
        "id": resource_id(b.subscription, b.rg, "Microsoft.Compute/availabilitySets", plan.name),
        "type": "Microsoft.Compute/availabilitySets",
        "location": b.region,
        "tags": {"app": b.app},
        "sku": {"name": "Aligned"},
        "properties": {
            "platformUpdateDomainCount": plan.update_domains,
            "platformFaultDomainCount": plan.fault_domains,
            "virtualMachines": [{"id": m} for m in plan.members],
        },
    }
