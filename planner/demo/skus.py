"""The demo estate's catalog inputs: Resource SKUs rows and Compute usage (quota) lists, one set per region.

SKU rows are built from the facts in sku_catalog/vm-sizes.csv in the shape of the Resource SKUs API (recorded in
resourceskus-list-eastus2-2019-04-01.json and ListAvailableResourceSkus): capability values as strings, `family`
quota names, `zoneDetails[].Name` capitalised, and restrictions. Usage rows follow compute-usages-list-eastus.json
and carry no location (the file name gives it). Current usage is what the generated VMs and scale sets consume.
"""

from __future__ import annotations

import math
from fractions import Fraction

from planner.demo.blueprint import Doc, SizeFacts, Tally, size_facts

# Availability quirks. Neither size is ever a VM's current size, so they only matter as resize targets.
LOCATION_RESTRICTED = ("Standard_D4ds_v5", "southeastasia")
ZONE_RESTRICTED = ("Standard_E8ds_v5", "eastus2", ("2",))
# The quota family left with room for one 4-vCPU VM only.
TIGHT_FAMILY = ("eastus2", "standardDDSv5Family", 4)


def sku_rows(region: str) -> list[Doc]:
    """Every size of the CSV as a `virtualMachines` Resource SKUs row for `region`."""
    return [sku_row(f, region) for f in size_facts().values()]


def usage_rows(tally: Tally, region: str) -> list[Doc]:
    """The Compute usage list of `region`: totals, then one row per quota family of the CSV's sizes."""
    cores, vms = tally.cores[region], tally.vms[region]
    rows = [
        usage_row("availabilitySets", "Availability Sets", tally.avsets[region], 2500),
        usage_row("cores", "Total Regional vCPUs", cores, max(350, round_up(cores * 1.3, 100))),
        usage_row("virtualMachines", "Virtual Machines", vms, 25000 * (1 + vms // 25000)),
        usage_row("virtualMachineScaleSets", "Virtual Machine Scale Sets", tally.scale_sets[region], 2500),
    ]
    for family in sorted({f.family for f in size_facts().values()}, key=lambda name: (name.lower(), name)):
        used = tally.families[(region, family)]
        if (region, family) == TIGHT_FAMILY[:2]:
            limit = used + TIGHT_FAMILY[2]
        else:
            limit = max(100, round_up(used * 1.25 + 8, 50))
        rows.append(usage_row(family, family_display(family), used, limit))
    return rows


def round_up(value: float, step: int) -> int:
    return int(math.ceil(value / step) * step)


def usage_row(name: str, display: str, current: int, limit: int) -> Doc:
    return {
        "limit": limit,
        "unit": "Count",
        "currentValue": current,
        "name": {"value": name, "localizedValue": display},
    }


def family_display(family: str) -> str:
    core = family[len("standard") :] if family.lower().startswith("standard") else family
    core = core.removesuffix("Family")
    return f"Standard {core} Family vCPUs"


def sku_row(f: SizeFacts, region: str) -> Doc:
    caps: list[tuple[str, str]] = [
        ("MaxResourceVolumeMB", str(int(f.temp_disk_gib * 1024))),
        ("OSVhdSizeMB", "1047552"),
        ("vCPUs", str(f.vcpus)),
        ("HyperVGenerations", ",".join(f.hyperv_generations)),
        ("MemoryGB", f"{f.memory_gib:g}"),
        ("MaxDataDiskCount", str(f.max_data_disks)),
        ("CpuArchitectureType", f.cpu_arch),
        ("PremiumIO", str(f.premium_io)),
        ("vCPUsAvailable", str(f.vcpus)),
    ]
    if f.disk_controllers:
        caps.append(("DiskControllerTypes", ", ".join(f.disk_controllers)))
    if f.confidential in ("SNP", "TDX"):
        caps.append(("ConfidentialComputingType", f.confidential))
    if f.local_nvme_gib:
        caps.append(("NvmeDiskSizeInMiB", str(int(f.local_nvme_gib * 1024))))
    if f.gpu_count:
        # Resource SKUs count whole GPUs; a partitioned one (NVv4 1/8) is listed as 1.
        caps.append(("GPUs", str(max(1, int(float(Fraction(f.gpu_count)))))))
    if f.max_write_accelerator_disks not in ("", "0"):
        caps.append(("MaxWriteAcceleratorDisksAllowed", f.max_write_accelerator_disks))
    caps += [
        ("AcceleratedNetworkingEnabled", str(f.accelerated_networking)),
        ("RdmaEnabled", str(f.infiniband)),
        ("MaxNetworkInterfaces", str(f.max_nics)),
    ]
    zone_details: list[Doc] = []
    if f.premium_io:
        # `Name` is capitalised in zoneDetails in the recorded Resource SKUs list.
        zone_details = [
            {"Name": ["2", "3"], "capabilities": [{"name": "UltraSSDAvailable", "value": "True"}]}
        ]
    restrictions: list[Doc] = []
    if (f.name, region) == LOCATION_RESTRICTED:
        restrictions.append(
            {
                "type": "Location",
                "values": [region],
                "restrictionInfo": {"locations": [region]},
                "reasonCode": "NotAvailableForSubscription",
            }
        )
    if (f.name, region) == ZONE_RESTRICTED[:2]:
        restrictions.append(
            {
                "type": "Zone",
                "values": [region],
                "restrictionInfo": {"locations": [region], "zones": list(ZONE_RESTRICTED[2])},
                "reasonCode": "NotAvailableForSubscription",
            }
        )
    return {
        "resourceType": "virtualMachines",
        "name": f.name,
        "tier": "Standard",
        "size": f.name.removeprefix("Standard_"),
        "family": f.family,
        "locations": [region],
        "locationInfo": [{"location": region, "zones": ["1", "2", "3"], "zoneDetails": zone_details}],
        "capabilities": [{"name": n, "value": v} for n, v in caps],
        "restrictions": restrictions,
    }
