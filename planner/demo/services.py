"""The demo estate's resources around the VMs: DNS resolver, private link service, scale sets and AKS.

Each function is registered by a scenario as one of its block's `extras` and renders raw ARM REST documents in the
recorded shapes (rest-api-specs DnsResolver_Get, PrivateLinkServiceGet, ManagedClustersGet; vmss-get.json and
vmss-networkinterfaces-list.json for scale sets and their instance NICs). Scale-set instances count against quota.
"""

from __future__ import annotations

from planner.demo.blueprint import (
    IMAGES,
    SUBSCRIPTIONS,
    TIME,
    Block,
    Doc,
    new_etag,
    new_guid,
    new_mac,
    resource_id,
    size_facts,
)


def dns_resolver(b: Block) -> list[Doc]:
    # Real responses mix the casing of ids: the resolver names its VNet with the resource group upper-cased.
    vnet_ref = b.vnet_id.replace(f"/resourceGroups/{b.rg}/", f"/resourceGroups/{b.rg.upper()}/")
    return [
        {
            "name": f"dnspr-{b.app}",
            "type": "Microsoft.Network/dnsResolvers",
            "etag": new_guid(b.rng),
            "id": resource_id(b.subscription, b.rg, "Microsoft.Network/dnsResolvers", f"dnspr-{b.app}"),
            "location": b.region,
            "properties": {
                "dnsResolverState": "Connected",
                "provisioningState": "Succeeded",
                "resourceGuid": new_guid(b.rng),
                "virtualNetwork": {"id": vnet_ref},
            },
            "tags": {"app": b.app},
        }
    ]


def private_link_service(b: Block) -> list[Doc]:
    pls_id = resource_id(b.subscription, b.rg, "Microsoft.Network/privateLinkServices", f"pls-{b.app}")
    return [
        {
            "name": f"pls-{b.app}",
            "id": pls_id,
            "etag": new_etag(b.rng),
            "type": "Microsoft.Network/privateLinkServices",
            "location": b.region,
            "properties": {
                "provisioningState": "Succeeded",
                "visibility": {"subscriptions": [SUBSCRIPTIONS[0]]},
                "autoApproval": {"subscriptions": [SUBSCRIPTIONS[0]]},
                "fqdns": [],
                "alias": f"pls-{b.app}.{new_guid(b.rng)}.{b.region}.azure.privatelinkservice",
                "loadBalancerFrontendIpConfigurations": [
                    {"id": f"{b.lb_id('lbi-partner')}/frontendIPConfigurations/fe-internal"}
                ],
                "ipConfigurations": [
                    {
                        "name": f"pls-{b.app}-ipconfig0",
                        "id": f"{pls_id}/ipConfigurations/pls-{b.app}-ipconfig0",
                        "properties": {
                            "privateIPAddress": b.subnets["snet-edge"].allocate(),
                            "privateIPAllocationMethod": "Static",
                            "privateIPAddressVersion": "IPv4",
                            "subnet": {"id": b.subnet_id("snet-edge")},
                            "primary": True,
                        },
                    }
                ],
                "privateEndpointConnections": [],
                "enableProxyProtocol": False,
            },
        }
    ]


def batch_scale_set(b: Block) -> list[Doc]:
    name, nic_cfg, ip_cfg = "vmss-batch", "nic-batch", "ipcfg-batch"
    vmss_id = resource_id(b.subscription, b.rg, "Microsoft.Compute/virtualMachineScaleSets", name)
    pool_id = f"{b.lb_id('lbi-batch')}/backendAddressPools/bepool-workers"
    subnet = b.subnets["snet-app"]
    instances = (0, 1, 3, 4)  # instance ids keep gaps where instances were deleted, as in real listings
    vmss = scale_set_doc(
        b,
        vmss_id,
        name,
        size="Standard_F4s_v2",
        capacity=len(instances),
        an=False,
        nic_cfg=nic_cfg,
        ip_cfg=ip_cfg,
        subnet_id=b.subnet_id("snet-app"),
        pool_ids=[pool_id],
        tags={"app": b.app},
    )
    docs: list[Doc] = [vmss]
    pool = b.pool("lbi-batch", "bepool-workers")
    for i in instances:
        nic_id = f"{vmss_id}/virtualMachines/{i}/networkInterfaces/{nic_cfg}"
        ipc_id = f"{nic_id}/ipConfigurations/{ip_cfg}"
        pool.members.append(ipc_id)
        etag = new_etag(b.rng)
        # Scale-set instance NICs are listed without `type`, exactly as the recorded listing has them.
        docs.append(
            {
                "name": nic_cfg,
                "id": nic_id,
                "etag": etag,
                "properties": {
                    "provisioningState": "Succeeded",
                    "resourceGuid": new_guid(b.rng),
                    "ipConfigurations": [
                        {
                            "name": ip_cfg,
                            "id": ipc_id,
                            "etag": etag,
                            "properties": {
                                "provisioningState": "Succeeded",
                                "privateIPAddress": subnet.allocate(),
                                "privateIPAllocationMethod": "Dynamic",
                                "subnet": {"id": b.subnet_id("snet-app")},
                                "primary": True,
                                "privateIPAddressVersion": "IPv4",
                                "loadBalancerBackendAddressPools": [{"id": pool_id}],
                            },
                        }
                    ],
                    "dnsSettings": {"dnsServers": [], "appliedDnsServers": []},
                    "macAddress": new_mac(b.rng),
                    "enableAcceleratedNetworking": False,
                    "enableIPForwarding": False,
                    "primary": True,
                    "virtualMachine": {"id": f"{vmss_id}/virtualMachines/{i}"},
                },
            }
        )
    count_scale_set(b, "Standard_F4s_v2", len(instances))
    return docs


def aks_cluster(b: Block) -> list[Doc]:
    cluster, suffix, version = f"{b.app}-prod", "27419365", "1.30.6"
    node_rg = f"MC_{b.rg}_{cluster}_{b.region}"
    # AKS answers with a lower-case `resourcegroups` segment in its own ids.
    cluster_id = (
        f"/subscriptions/{b.subscription}/resourcegroups/{b.rg}"
        f"/providers/Microsoft.ContainerService/managedClusters/{cluster}"
    )
    nodes, pods = b.subnet_id("snet-aks-nodes"), b.subnet_id("snet-aks-pods")
    pools = (("system", "Standard_D4s_v3", 3, None), ("user", "Standard_D8ds_v5", 2, pods))
    profiles: list[Doc] = []
    docs: list[Doc] = []
    for pool, size, count, pod_subnet in pools:
        profile: Doc = {
            "name": pool,
            "count": count,
            "vmSize": size,
            "osDiskSizeGB": 128,
            "osDiskType": "Managed",
            "kubeletDiskType": "OS",
            "vnetSubnetID": nodes,
            "maxPods": 30,
            "type": "VirtualMachineScaleSets",
            "enableAutoScaling": False,
            "provisioningState": "Succeeded",
            "powerState": {"code": "Running"},
            "orchestratorVersion": version,
            "currentOrchestratorVersion": version,
            "mode": "System" if pool == "system" else "User",
            "osType": "Linux",
            "osSKU": "Ubuntu",
            "nodeImageVersion": "AKSUbuntu-2204gen2containerd-202411.12.0",
            "upgradeSettings": {"maxSurge": "10%"},
        }
        if pod_subnet:
            profile["podSubnetID"] = pod_subnet
        profiles.append(profile)
        vmss_name = f"aks-{pool}-{suffix}-vmss"
        tags = {
            "aks-managed-createOperationID": new_guid(b.rng),
            "aks-managed-creationSource": f"vmssclient-{vmss_name}",
            "aks-managed-kubeletIdentityClientID": new_guid(b.rng),
            "aks-managed-orchestrator": f"Kubernetes:{version}",
            "aks-managed-poolName": pool,
            "aks-managed-resourceNameSuffix": suffix,
        }
        vmss_id = resource_id(b.subscription, node_rg, "Microsoft.Compute/virtualMachineScaleSets", vmss_name)
        docs.append(
            scale_set_doc(
                b,
                vmss_id,
                vmss_name,
                size=size,
                capacity=count,
                an=True,
                nic_cfg=vmss_name,
                ip_cfg="ipconfig1",
                subnet_id=nodes,
                pool_ids=[],
                tags=tags,
            )
        )
        count_scale_set(b, size, count)
    cluster_doc: Doc = {
        "id": cluster_id,
        "location": b.region,
        "name": cluster,
        "tags": {"app": b.app},
        "type": "Microsoft.ContainerService/ManagedClusters",
        "properties": {
            "provisioningState": "Succeeded",
            "powerState": {"code": "Running"},
            "kubernetesVersion": version,
            "currentKubernetesVersion": version,
            "dnsPrefix": cluster,
            "fqdn": f"{cluster}-{suffix}.hcp.{b.region}.azmk8s.io",
            "agentPoolProfiles": profiles,
            "nodeResourceGroup": node_rg,
            "enableRBAC": True,
            "networkProfile": {
                "networkPlugin": "azure",
                "networkPolicy": "azure",
                "serviceCidr": "172.16.0.0/16",
                "dnsServiceIP": "172.16.0.10",
                "loadBalancerSku": "standard",
                "outboundType": "loadBalancer",
            },
        },
    }
    return [cluster_doc, *docs]


def scale_set_doc(
    b: Block,
    vmss_id: str,
    name: str,
    *,
    size: str,
    capacity: int,
    an: bool,
    nic_cfg: str,
    ip_cfg: str,
    subnet_id: str,
    pool_ids: list[str],
    tags: dict[str, str],
) -> Doc:
    ip_props: Doc = {"primary": True, "subnet": {"id": subnet_id}, "privateIPAddressVersion": "IPv4"}
    if pool_ids:
        ip_props["loadBalancerBackendAddressPools"] = [{"id": p} for p in pool_ids]
    return {
        "sku": {"name": size, "tier": "Standard", "capacity": capacity},
        "properties": {
            "singlePlacementGroup": True,
            "orchestrationMode": "Uniform",
            "upgradePolicy": {"mode": "Manual"},
            "virtualMachineProfile": {
                "osProfile": {
                    "computerNamePrefix": name[:9],
                    "adminUsername": "azureuser",
                    "linuxConfiguration": {"disablePasswordAuthentication": True, "provisionVMAgent": True},
                    "secrets": [],
                    "allowExtensionOperations": True,
                    "requireGuestProvisionSignal": True,
                },
                "storageProfile": {
                    "osDisk": {
                        "osType": "Linux",
                        "createOption": "FromImage",
                        "caching": "ReadWrite",
                        "managedDisk": {"storageAccountType": "Premium_LRS"},
                        "diskSizeGB": 128,
                    },
                    "imageReference": dict(IMAGES["ubuntu-gen2"]),
                    "dataDisks": [],
                },
                "networkProfile": {
                    "networkInterfaceConfigurations": [
                        {
                            "name": nic_cfg,
                            "properties": {
                                "primary": True,
                                "enableAcceleratedNetworking": an,
                                "dnsSettings": {"dnsServers": []},
                                "enableIPForwarding": False,
                                "ipConfigurations": [{"name": ip_cfg, "properties": ip_props}],
                            },
                        }
                    ]
                },
            },
            "provisioningState": "Succeeded",
            "overprovision": False,
            "uniqueId": new_guid(b.rng),
            "platformFaultDomainCount": 5,
            "timeCreated": TIME,
        },
        "type": "Microsoft.Compute/virtualMachineScaleSets",
        "location": b.region,
        "tags": tags,
        "id": vmss_id,
        "name": name,
    }


def count_scale_set(b: Block, size: str, instances: int) -> None:
    b.tally.add(b.region, size_facts()[size], instances)
    b.tally.scale_sets[b.region] += 1
