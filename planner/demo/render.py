"""Renders a planned VNet block into raw ARM REST documents: VMs, NICs, the VNet, load balancers, availability sets.

Field layouts follow shared/realdata: VMs with `properties.instanceView` (statuses, hyperVGeneration, update and
fault domains) as in vm-get-instanceview-*.json, NICs as in nic-*.json and NetworkInterfaceGet (secondary ipconfigs,
vnetEncryptionSupported), VNets as in vnet-get-with-peering.json and VirtualNetworkCreateWithEncryption, LBs as in
lb-get-with-*.json and LBBackendAddressPoolWithBackendAddressesGet, availability sets as AvailabilitySet_Get.
`conform` first makes every VM spec deployable on its size, so the estate never holds a VM Azure would refuse.
Real responses mix the casing of ids; so do these (see the comments where it happens).

This module owns the order of rendering a block and `conform`; the documents themselves are rendered by
`render_compute` (VMs, availability sets) and `render_network` (NICs, the VNet, load balancers), whose public
names it re-exports (see `__all__`).
"""

from __future__ import annotations

from planner.demo.blueprint import Block, SizeFacts, VmSpec, resource_id, size_facts
from planner.demo.render_compute import image_reference, render_avset, render_vm, status
from planner.demo.render_network import render_lb, render_nic, render_vnet

__all__ = [
    "conform",
    "image_reference",
    "render_avset",
    "render_block",
    "render_lb",
    "render_nic",
    "render_vm",
    "render_vnet",
    "status",
]


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
