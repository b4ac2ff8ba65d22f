"""Renders the compute documents of a planned VNet block as raw ARM REST: VMs and availability sets.

Field layouts follow shared/realdata: VMs with `properties.instanceView` (statuses, hyperVGeneration, update and
fault domains) as in vm-get-instanceview-*.json, availability sets as AvailabilitySet_Get. The VM spec is already
made deployable on its size (`render.conform`). Real responses mix the casing of ids; so do these (see the
comments where it happens).
"""

from __future__ import annotations

from planner.demo.blueprint import (
    IMAGES,
    SUBSCRIPTIONS,
    TIME,
    AvsetPlan,
    Block,
    Doc,
    SizeFacts,
    VmSpec,
    new_guid,
    resource_id,
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


def status(code: str, display: str) -> Doc:
    return {"code": code, "level": "Info", "displayStatus": display}


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
