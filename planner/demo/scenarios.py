"""The demo estate's scenarios: what each VNet block holds, before any document is rendered.

The first twelve VNets are themed, one per group of DOMAIN.md rules (their docstrings say which); every further
VNet is an ordinary one drawn from a realistic mix of older and current sizes. A scenario only plans: it picks sizes,
power states, NIC counts, pool and availability-set membership, and registers the extra resources (DNS resolver,
private link service, scale sets, AKS) that `planner.demo.services` renders.
"""

from __future__ import annotations

import ipaddress
import random
from collections.abc import Callable
from dataclasses import dataclass

from planner.demo.blueprint import (
    REGIONS,
    SUBSCRIPTIONS,
    SUPPORTED_MIX,
    Block,
    Peer,
    Subnet,
    Tally,
    VmSpec,
    pick,
    resource_id,
)
from planner.demo.services import aks_cluster, batch_scale_set, dns_resolver, private_link_service

UNSUPPORTED_MIX = (
    ("Standard_D2s_v3", 6),
    ("Standard_D4s_v3", 6),
    ("Standard_E8s_v3", 2),
    ("Standard_F4s_v2", 2),
    ("Standard_DS2_v2", 2),
    ("Standard_B2ms", 2),
)
GENERAL_MIX = UNSUPPORTED_MIX + SUPPORTED_MIX
VMS_PER_VNET = 50


def vnet_count(vms: int) -> int:
    """VNets for an estate of `vms` VMs: the twelve scenario VNets, more as the estate grows."""
    return max(len(SCENARIOS), vms // VMS_PER_VNET)


def new_block(index: int, seed: int, tally: Tally) -> Block:
    """An empty block with its placement, address space and the three subnets every VNet starts with."""
    app, subscription, region = placement(index)
    rng = random.Random(f"planner-demo:{seed}:{index}")
    b = Block(index, app, subscription, region, vnet_id_of(index), vnet_network(index), rng, tally)
    for n, name in enumerate(("snet-app", "snet-data", "snet-edge")):
        b.subnets[name] = Subnet(name, b.nth_subnet(n, 24))
    return b


def plan_block(b: Block, count: int, vnets: int) -> None:
    """Fill a block with `count` VM specs and its other resources; peerings only to VNets that exist."""
    build = SCENARIOS[b.index].build if b.index < len(SCENARIOS) else ordinary_vnet
    build(b, count)
    b.peers = [p for p in b.peers if p.index < vnets]


def peer(index: int) -> Peer:
    return Peer(index, placement(index)[0], vnet_id_of(index), vnet_network(index))


def fill(b: Block, count: int, featured: list[VmSpec], mix: tuple[tuple[str, int], ...]) -> None:
    """Featured VMs first (as many as fit), then ordinary ones drawn from `mix`."""
    b.specs = featured[:count]
    while len(b.specs) < count:
        b.specs.append(ordinary_vm(b.rng, pick(b.rng, mix)))


def ordinary_vm(rng: random.Random, size: str, *, zoned: bool = False) -> VmSpec:
    """A VM as most of an estate looks: mostly running, a third Gen1, AN on about half the time."""
    roll = rng.random()
    power = "running" if roll < 0.8 else "deallocated" if roll < 0.92 else "stopped"
    nics = 1 if (r := rng.random()) < 0.8 else 2 if r < 0.95 else 3
    return VmSpec(
        size=size,
        power=power,
        gen="V1" if rng.random() < 0.3 else "V2",
        controller="SCSI" if rng.random() < 0.5 else None,
        security="TrustedLaunch" if rng.random() < 0.2 else None,
        zone=rng.choice(("1", "2", "3")) if zoned else None,
        nics=nics,
        an=rng.random() < 0.55,
        windows=rng.random() < 0.3,
        disk_type=rng.choice(("Premium_LRS", "Premium_LRS", "StandardSSD_LRS", "Standard_LRS")),
        data_disks=rng.choice((0, 0, 1, 1, 2, 4)),
        secondary_ip=(secondary := rng.random()) < 0.03,
        secondary_prefix=secondary < 0.015,
        upper_refs=rng.random() < 0.08,
        bare_nic_ref=rng.random() < 0.1,
    )


def _payments(b: Block, count: int) -> None:
    """Ready sizes; an availability set (5 UD / 3 FD) behind a clean internal LB, one member still without AN."""
    b.avset("avset-payments-web", 5, 3)
    b.lb("lbi-payments", public=False, pools=("bepool-web",))
    web = [("lbi-payments", "bepool-web", False)]
    featured = [
        VmSpec("Standard_D4s_v5", avset="avset-payments-web", pools=list(web), controller="SCSI"),
        VmSpec("Standard_D4s_v5", avset="avset-payments-web", pools=list(web)),
        VmSpec("Standard_D4s_v5", avset="avset-payments-web", pools=list(web), an=False),
        VmSpec("Standard_D4s_v5", avset="avset-payments-web", pools=list(web), windows=True),
        VmSpec("Standard_D8ds_v5", security="TrustedLaunch"),
        VmSpec("Standard_E4ds_v5", power="deallocated", data_disks=2),
        VmSpec("Standard_D4as_v4", an=False),
        VmSpec("Standard_D2d_v4", gen="V1", disk_type="StandardSSD_LRS"),
    ]
    b.peers = [peer(1)]
    fill(b, count, featured, SUPPORTED_MIX)


def _orders(b: Block, count: int) -> None:
    """Unsupported sizes; an internal LB pool holding a NIC's secondary ipconfig; multi-NIC and many-disk VMs."""
    b.avset("avset-orders-app", 5, 2)
    b.lb("lbi-orders", public=False, pools=("bepool-app",))
    app = [("lbi-orders", "bepool-app", False)]
    featured = [
        VmSpec("Standard_D4s_v3", avset="avset-orders-app", pools=list(app), gen="V1", an=False),
        VmSpec("Standard_D4s_v3", avset="avset-orders-app", pools=list(app), an=True),
        VmSpec("Standard_E8s_v3", avset="avset-orders-app", pools=list(app), power="deallocated"),
        VmSpec(
            "Standard_D4s_v3",
            nics=2,
            an=False,
            secondary_ip=True,
            pools=[("lbi-orders", "bepool-app", True)],
            upper_refs=True,
        ),
        VmSpec("Standard_E8s_v3", nics=3, data_disks=12, zone="2", controller="SCSI"),
        VmSpec("Standard_D2s_v3", gen="V1", an=False, bare_nic_ref=True),
        VmSpec("Standard_F4s_v2", power="stopped", an=True, windows=True),
        VmSpec("Standard_DS2_v2", gen="V1", an=True, upper_refs=True),
    ]
    b.peers = [peer(0), peer(2)]
    fill(b, count, featured, UNSUPPORTED_MIX)


def _catalog(b: Block, count: int) -> None:
    """Encryption already enabled (AllowUnencrypted): ready VMs wait for a restart, others are not covered yet."""
    b.encryption = True
    featured = [
        VmSpec("Standard_D4s_v5"),
        VmSpec("Standard_D4s_v5", windows=True),
        VmSpec("Standard_D8ds_v5", power="deallocated"),
        VmSpec("Standard_E4ds_v5", an=False),
        VmSpec("Standard_D2s_v3", an=True),
    ]
    b.peers = [peer(1)]
    fill(b, count, featured, SUPPORTED_MIX)


def _identity(b: Block, count: int) -> None:
    """A DNS private resolver in the VNet blocks it, whatever the VMs."""
    b.subnets["snet-dns-inbound"] = Subnet(
        "snet-dns-inbound", b.nth_subnet(3, 28), delegation="Microsoft.Network/dnsResolvers"
    )
    b.extras.append(dns_resolver)
    fill(b, count, [VmSpec("Standard_D4s_v5"), VmSpec("Standard_D2s_v5")], SUPPORTED_MIX)


def _partner(b: Block, count: int) -> None:
    """A private link service, a public LB with NIC ipconfigs and an internal LB with an IP-address pool."""
    b.subnets["snet-edge"].pls_policies_disabled = True
    b.lb("lbe-partner", public=True, pools=("bepool-web",))
    b.lb("lbi-partner", public=False, pools=("bepool-ip",))
    web = [("lbe-partner", "bepool-web", False)]
    featured = [
        VmSpec("Standard_D4s_v5", pools=list(web)),
        VmSpec("Standard_D4s_v5", pools=list(web)),
        VmSpec("Standard_D2s_v3", pools=list(web), an=False),
        VmSpec("Standard_D8s_v5", ip_pool=("lbi-partner", "bepool-ip")),
        VmSpec("Standard_D8s_v5", ip_pool=("lbi-partner", "bepool-ip")),
    ]
    b.extras.append(private_link_service)
    fill(b, count, featured, SUPPORTED_MIX)


def _secure(b: Block, count: int) -> None:
    """Confidential sizes (no AN on these sizes) sharing the VNet with ordinary VMs."""
    featured = [
        VmSpec("Standard_DC4as_v5", security="ConfidentialVM", an=False),
        VmSpec("Standard_DC4as_v5", security="ConfidentialVM", an=False, windows=True),
        VmSpec("Standard_EC4as_v5", security="ConfidentialVM", an=False, power="deallocated"),
    ]
    fill(b, count, featured, SUPPORTED_MIX)


EDGE_MIX = (
    ("Standard_D4ps_v5", 2),
    ("Standard_E4ps_v5", 1),
    ("Standard_D4as_v6", 2),
    ("Standard_D2as_v6", 1),
    ("Standard_D4s_v3", 1),
    ("Standard_D4s_v5", 1),
)


def _edge(b: Block, count: int) -> None:
    """Arm64, NVMe-only and Trusted Launch VMs: the resize constraints on architecture and disk controller."""
    featured = [
        VmSpec("Standard_D4ps_v5"),
        VmSpec("Standard_D4ps_v5", an=False),
        VmSpec("Standard_E4ps_v5", data_disks=3),
        VmSpec("Standard_D4as_v6", controller="NVMe"),
        VmSpec("Standard_D2as_v6", controller="NVMe", an=False),
        VmSpec("Standard_D4s_v3", security="TrustedLaunch", controller="SCSI", an=False),
        VmSpec("Standard_D4s_v5", security="TrustedLaunch", controller="SCSI"),
    ]
    fill(b, count, featured, EDGE_MIX)


def _batch(b: Block, count: int) -> None:
    """A Uniform scale set (Manual upgrades, AN off, unsupported size) behind an internal LB."""
    b.lb("lbi-batch", public=False, pools=("bepool-workers",))
    b.extras.append(batch_scale_set)
    fill(b, count, [VmSpec("Standard_D2s_v3", an=False)], GENERAL_MIX)


def _aks(b: Block, count: int) -> None:
    """An AKS cluster: node pools as scale sets in the MC_ resource group, one pool with dynamic pod IPs."""
    del b.subnets["snet-edge"]
    b.subnets["snet-aks-nodes"] = Subnet("snet-aks-nodes", b.nth_subnet(2, 24))
    b.subnets["snet-aks-pods"] = Subnet("snet-aks-pods", b.nth_subnet(3, 24))
    b.extras.append(aks_cluster)
    fill(b, count, [VmSpec("Standard_D4s_v5")], GENERAL_MIX)


def _legacy(b: Block, count: int) -> None:
    """Gen1 and AN-incapable sizes, stopped and deallocated VMs, a custom image, more disks than smaller sizes take."""
    b.avset("avset-legacy", 5, 2)
    featured = [
        VmSpec("Standard_DS2_v2", gen="V1", avset="avset-legacy", an=False),
        VmSpec("Standard_DS2_v2", gen="V1", avset="avset-legacy", power="deallocated", an=False),
        VmSpec("Standard_B2ms", gen="V1", an=False),
        VmSpec("Standard_F4s_v2", gen="V1", power="deallocated"),
        VmSpec("Standard_D4s_v3", power="stopped", windows=True, image="win2012r2", gen="V1"),
        VmSpec("Standard_E8s_v3", data_disks=16, disk_type="Premium_LRS"),
        VmSpec("Standard_D2s_v3", image="custom", gen="V2", an=False),
    ]
    fill(b, count, featured, UNSUPPORTED_MIX)


def _analytics(b: Block, count: int) -> None:
    """Zoned VMs only, in the region where Standard_D4ds_v5 carries a Location restriction."""
    featured = [
        VmSpec("Standard_D4s_v3", zone="1"),
        VmSpec("Standard_D4s_v3", zone="2", an=False),
        VmSpec("Standard_D8ds_v5", zone="3"),
        VmSpec("Standard_E4ds_v5", zone="1"),
    ]
    b.specs = featured[:count]
    mix = (("Standard_D4s_v3", 3), ("Standard_D8ds_v5", 2), ("Standard_E4ds_v5", 2), ("Standard_D2s_v5", 1))
    while len(b.specs) < count:
        b.specs.append(ordinary_vm(b.rng, pick(b.rng, mix), zoned=True))


def _shared(b: Block, count: int) -> None:
    """Unattached NICs (one with AN) and mixed-case references."""
    b.unattached_nics = [True, False]
    featured = [VmSpec("Standard_D4s_v3", upper_refs=True), VmSpec("Standard_D4s_v5", upper_refs=True)]
    fill(b, count, featured, GENERAL_MIX)


@dataclass(frozen=True, slots=True)
class Scenario:
    app: str
    subscription: int
    region: str
    build: Callable[[Block, int], None]


SCENARIOS = (
    Scenario("payments", 0, "eastus2", _payments),
    Scenario("orders", 0, "eastus2", _orders),
    Scenario("catalog", 0, "westeurope", _catalog),
    Scenario("identity", 1, "westeurope", _identity),
    Scenario("partner", 1, "southeastasia", _partner),
    Scenario("secure", 1, "eastus2", _secure),
    Scenario("edge", 0, "westeurope", _edge),
    Scenario("batch", 0, "southeastasia", _batch),
    Scenario("aks", 0, "eastus2", _aks),
    Scenario("legacy", 1, "westeurope", _legacy),
    Scenario("analytics", 1, "southeastasia", _analytics),
    Scenario("shared", 1, "eastus2", _shared),
)

APP_WORDS = (
    "billing", "crm", "erp", "search", "media", "reports", "ledger", "hr", "portal", "telemetry",
    "checkout", "pricing", "shipping", "support", "wiki", "mail", "etl", "kiosk", "loyalty", "fraud",
)  # fmt: skip


def ordinary_vnet(b: Block, count: int) -> None:
    """The bulk of a large estate: mostly older sizes, with availability sets, LBs, peerings now and then."""
    v = b.index
    modern = b.rng.random() < 0.3
    mix = SUPPORTED_MIX if modern else GENERAL_MIX
    featured: list[VmSpec] = []
    if v % 4 == 0:
        b.avset(f"avset-{b.app}", 5, 2 + v % 2)
        featured += [ordinary_vm(b.rng, pick(b.rng, mix)) for _ in range(3 + v % 3)]
        for spec in featured:
            spec.avset, spec.zone = f"avset-{b.app}", None
    if v % 3 == 0:
        b.lb(f"lbi-{b.app}", public=False, pools=("bepool-app",))
        for spec in featured[:2] or [ordinary_vm(b.rng, pick(b.rng, mix))]:
            spec.pools.append((f"lbi-{b.app}", "bepool-app", False))
            if spec not in featured:
                featured.append(spec)
    if v % 10 == 2:
        b.peers.append(peer(v + 1))
    elif v % 10 == 3:
        b.peers.append(peer(v - 1))
    if v % 20 == 7:
        b.encryption = True
    elif v % 5 == 1:
        b.encryption = False
    if v % 25 == 0:
        b.unattached_nics = [b.rng.random() < 0.5]
    fill(b, count, featured, mix)


def placement(index: int) -> tuple[str, str, str]:
    """(app, subscription, region) of VNet block `index`: fixed for scenarios, cycling for the rest."""
    if index < len(SCENARIOS):
        sc = SCENARIOS[index]
        return sc.app, SUBSCRIPTIONS[sc.subscription], sc.region
    return f"{APP_WORDS[index % len(APP_WORDS)]}-{index:04d}", SUBSCRIPTIONS[index % 2], REGIONS[index % 3]


def vnet_id_of(index: int) -> str:
    app, subscription, _ = placement(index)
    return resource_id(subscription, f"rg-{app}", "Microsoft.Network/virtualNetworks", f"vnet-{app}")


def vnet_network(index: int) -> ipaddress.IPv4Network:
    """A /22 per VNet inside 10.0.0.0/8; beyond 16,384 VNets the ranges repeat (unpeered VNets may overlap)."""
    base = (10 << 24) + (index % 16384) * 1024
    return ipaddress.IPv4Network((base, 22))
