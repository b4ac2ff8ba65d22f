"""Renders the network documents of a planned VNet block as raw ARM REST: NICs, the VNet, load balancers.

Field layouts follow shared/realdata: NICs as in nic-*.json and NetworkInterfaceGet (secondary ipconfigs,
vnetEncryptionSupported), VNets as in vnet-get-with-peering.json and VirtualNetworkCreateWithEncryption, LBs as in
lb-get-with-*.json and LBBackendAddressPoolWithBackendAddressesGet. Rendering a NIC also records its pool
memberships on the block's load balancer plans, so render NICs before load balancers. Real responses mix the
casing of ids; so do these (see the comments where it happens).
"""

from __future__ import annotations

from planner.demo.blueprint import (
    ENCRYPTABLE,
    Block,
    Doc,
    LbPlan,
    VmSpec,
    new_etag,
    new_guid,
    new_mac,
    resource_id,
)


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
