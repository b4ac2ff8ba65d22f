"""Azure's refusals of the writes a plan makes, with Azure's status codes and error codes.

Resizes are judged by the proposer's own hard constraints (`planner.analysis.propose.check`: temp disk, Hyper-V
generation, disk controller, CPU architecture, confidential, Accelerated Networking, premium storage, data disks,
NICs, Location/Zone restrictions) on a catalog that admits every series (Azure does not care whether a series
supports VNet encryption) with smaller sizes allowed (only the operator's policy forbids them), plus regional and
family vCPU quota. A VM that holds hardware (running, stopped, starting, stopping) may only move to a size of its
current hardware cluster (`OperationNotAllowed`, "not available in the current hardware cluster"), and so may a
deallocated member of an availability set with allocated members; the simulator's cluster offers the sizes of the
VM's generation and older, as a real `vmSizes` list does (realdata `vm-available-sizes-for-resize.json`: v2/v3 sizes
only on a v3 host).

Accelerated Networking: only on a size that supports it (`VMSizeIsNotPermittedToEnableAcceleratedNetworking`), only on
a deallocated VM, and in an availability set only when every member is deallocated (DOMAIN.md); Azure's exact
error code for the last two is not in any public source we have, so the simulator answers the generic
`OperationNotAllowed` (HTTP 400) with a message saying which rule. A NIC PUT without its primary IP configuration is
`IpConfigDeleteNotSupported`; a VNet PUT that drops a subnet in use is `InUseSubnetCannotBeDeleted`.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

from planner.analysis import propose, quota
from planner.inventory.arm_json import load_documents
from planner.model import key
from planner.sim.estate import NIC_TYPE, SimEstate, props
from planner.sim.wire import SimResponse, arm_error
from sku_catalog import Catalog, SizeInfo, load_catalog
from sku_catalog.names import parse_size_name

Doc = dict[str, Any]
ALLOCATED = ("running", "stopped", "starting", "stopping", "unknown")

# Rejection code -> (HTTP status, Azure error code) for the constraints Azure enforces itself.
_RESIZE_ERRORS: dict[str, tuple[int, str]] = {
    propose.CONFIDENTIAL: (400, "OperationNotAllowed"),
    propose.ARCHITECTURE: (400, "OperationNotAllowed"),
    propose.TEMP_DISK: (409, "OperationNotAllowed"),
    propose.GENERATION: (400, "BadRequest"),
    propose.DISK_CONTROLLER: (400, "OperationNotAllowed"),
    propose.ACCELERATED_NETWORKING: (400, "VMSizeIsNotPermittedToEnableAcceleratedNetworking"),
    propose.PREMIUM_IO: (409, "OperationNotAllowed"),
    propose.DATA_DISKS: (409, "OperationNotAllowed"),
    propose.NICS: (400, "NetworkInterfaceCountExceeded"),
    propose.RESTRICTED: (409, "SkuNotAvailable"),
    propose.ACCELERATOR: (409, "OperationNotAllowed"),
    propose.LOCAL_NVME: (409, "OperationNotAllowed"),
    propose.WRITE_ACCELERATOR: (409, "OperationNotAllowed"),
    propose.ULTRA_SSD: (400, "InvalidParameter"),
}


@dataclasses.dataclass(slots=True, repr=False)
class _AnySeries(Catalog):
    """The catalog as Azure sees it: any series may be the target of a resize."""

    def is_supported(self, name: str) -> bool:
        return True


def version_of(size: str) -> int:
    parsed = parse_size_name(size)
    return parsed.version if parsed is not None else 1


class Refusals:
    def __init__(self, estate: SimEstate) -> None:
        self.estate = estate
        self._catalogs: dict[str, tuple[Catalog, Catalog]] = {}
        self._ledgers: dict[tuple[str, str], quota.QuotaLedger] = {}
        self._subnet_users: dict[str, str] | None = None

    # --- catalogs --------------------------------------------------------------------------------------------

    def _catalog_pair(self, subscription: str) -> tuple[Catalog, Catalog]:
        k = key(subscription)
        if k not in self._catalogs:
            skus = load_documents([("skus.json", {"value": self.estate.store.skus(subscription)})]).skus
            real = load_catalog("extended", skus)
            anyseries = _AnySeries(*[getattr(real, f.name) for f in dataclasses.fields(Catalog)])
            self._catalogs[k] = (real, anyseries)
        return self._catalogs[k]

    def supports_encryption(self, subscription: str, size: str) -> bool:
        """Whether the size's series supports VNet encryption (Microsoft's newest list)."""
        return self._catalog_pair(subscription)[0].is_supported(size)

    def size(self, subscription: str, name: str) -> SizeInfo:
        return self._catalog_pair(subscription)[1].size(name)

    def cluster(self, subscription: str, size: str) -> list[SizeInfo]:
        """Sizes offered by the hardware cluster a VM of this size runs on: its generation and older."""
        limit = version_of(size)
        current = self.size(subscription, size)
        return [
            s
            for s in self._catalog_pair(subscription)[1].sizes()
            if version_of(s.name) <= limit and s.cpu_arch.lower() == current.cpu_arch.lower()
        ]

    # --- resizes ---------------------------------------------------------------------------------------------

    def resize(self, vm: Doc, subscription: str, target: str) -> SimResponse | None:
        name = str(vm.get("name"))
        current = str((props(vm).get("hardwareProfile") or {}).get("vmSize") or "")
        if target.lower() == current.lower():
            return None
        power = self.estate.power(str(vm["id"]))
        refused = self._cluster_rule(vm, subscription, target, power)
        if refused is not None:
            return refused
        model = self._model(vm)
        if model is None:
            return None
        nics = self.estate.nics_of(vm)
        profile = propose.profile_of(model, allow_smaller=True)
        catalog = self._catalog_pair(subscription)[1]
        target_info = catalog.size(target)
        if not any(props(n).get("enableAcceleratedNetworking") is True for n in nics):
            # Azure refuses an AN-less size only to a VM that has AN on a NIC.
            target_info = dataclasses.replace(target_info, accelerated_networking=None)
        code = propose.check(profile, catalog.size(current), target_info, catalog)
        if code is not None and code in _RESIZE_ERRORS:
            status, azure_code = _RESIZE_ERRORS[code]
            return arm_error(
                status,
                azure_code,
                f"Unable to resize the VM '{name}' from {current} to {target}: "
                f"{propose.REJECTION_MESSAGES[code]}.",
            )
        return self._quota(vm, subscription, current, target, spot=profile.spot)

    def _cluster_rule(self, vm: Doc, subscription: str, target: str, power: str) -> SimResponse | None:
        name = str(vm.get("name"))
        current = str((props(vm).get("hardwareProfile") or {}).get("vmSize") or "")
        avset = self.estate.availability_set_of(vm)
        if power in ALLOCATED:
            host_version, where = version_of(current), "the current hardware cluster"
        elif avset is not None:
            allocated = [m for m in self.estate.members(avset) if self.estate.power(m) in ALLOCATED]
            if not allocated:
                return None
            sizes = [self._size_of(m) for m in allocated]
            host_version = max(version_of(s) for s in sizes)
            where = "the current hardware cluster where the availability set is allocated"
        else:
            return None
        if version_of(target) <= host_version:
            return None
        offered = ", ".join(s.name for s in self.cluster(subscription, current)[:12])
        return arm_error(
            409,
            "OperationNotAllowed",
            f"Unable to resize the VM '{name}' because the requested size {target} is not available in {where}. "
            f"The available sizes in this cluster are: {offered}. The requested size might be available in other "
            "clusters of this region. Read more on VM resizing strategy at https://aka.ms/azure-resizevm.",
        )

    def _size_of(self, vm_key: str) -> str:
        vm = self.estate.get(vm_key) or {}
        return str((props(vm).get("hardwareProfile") or {}).get("vmSize") or "")

    def _model(self, vm: Doc) -> Any:
        doc = copy.deepcopy(vm)
        doc.setdefault("properties", {})["instanceView"] = self.estate.store.instance_view(str(vm["id"]))
        inv = load_documents([("sim-vm.json", doc)])
        return next(iter(inv.vms.values()), None)

    def _ledger(self, subscription: str, location: str) -> quota.QuotaLedger:
        k = (key(subscription), key(location))
        if k not in self._ledgers:
            rows = self.estate.store.usages(subscription, location)
            usages = load_documents([(f"usages-{k[1]}.json", {"value": rows})]).usages
            self._ledgers[k] = quota.QuotaLedger(usages)
        return self._ledgers[k]

    def _quota(self, vm: Doc, subscription: str, current: str, target: str, *, spot: bool) -> SimResponse | None:
        location = str(vm.get("location") or "")
        ledger = self._ledger(subscription, location)
        scope = ledger.scope(subscription, location)
        cur, tgt = self.size(subscription, current), self.size(subscription, target)
        if ledger.fits(scope, cur, tgt, spot=spot):
            ledger.take(scope, cur, tgt, spot=spot)
            if not spot:
                self._release(ledger, scope, cur, tgt)
            return None
        family = "Low-priority" if spot else tgt.family_quota_name or "regional"
        return arm_error(
            409,
            "OperationNotAllowed",
            f"Operation could not be completed as it results in exceeding approved {family} Cores quota. "
            f"Additional details - Deployment Model: Resource Manager, Location: {location}, "
            f"Additional Required: {tgt.vcpus}.",
        )

    @staticmethod
    def _release(ledger: quota.QuotaLedger, scope: tuple[str, str], cur: SizeInfo, tgt: SizeInfo) -> None:
        """What the VM gives back: the proposer's ledger only ever takes (it plans moves into families), Azure frees
        the old family's vCPUs and any regional ones a smaller size no longer uses."""
        left = ledger.left.get(scope)
        if left is None:
            return
        old, new = (cur.family_quota_name or "").lower(), (tgt.family_quota_name or "").lower()
        delta = tgt.vcpus - cur.vcpus
        if old and old != new and old in left:
            left[old] += cur.vcpus
        elif old and old == new and delta < 0 and old in left:
            left[old] -= delta
        if delta < 0 and "cores" in left:
            left["cores"] -= delta

    # --- Accelerated Networking, NIC and VNet bodies ---------------------------------------------------------

    def enable_an(self, nic: Doc, subscription: str) -> SimResponse | None:
        vm = self.estate.nic_vm(nic)
        if vm is None:
            return None  # an unattached NIC may have AN on
        size = str((props(vm).get("hardwareProfile") or {}).get("vmSize") or "")
        if self.size(subscription, size).accelerated_networking is False:
            return arm_error(
                400,
                "VMSizeIsNotPermittedToEnableAcceleratedNetworking",
                f"Virtual Machine {vm['id']} has size {size}, which is not compatible with enabling accelerated "
                "networking on network interface(s) on the VM.",
            )
        power = self.estate.power(str(vm["id"]))
        if power != "deallocated":
            return arm_error(
                400,
                "OperationNotAllowed",
                f"Accelerated Networking cannot be enabled on network interface {nic.get('name')}: virtual machine "
                f"{vm.get('name')} is {power}; stop and deallocate it first.",
            )
        avset = self.estate.availability_set_of(vm)
        if avset is not None:
            allocated = [m for m in self.estate.members(avset) if self.estate.power(m) != "deallocated"]
            if allocated:
                names = ", ".join(str((self.estate.get(m) or {}).get("name", m)) for m in allocated)
                return arm_error(
                    400,
                    "OperationNotAllowed",
                    f"Accelerated Networking cannot be enabled on network interface {nic.get('name')}: every VM of "
                    f"availability set {avset.rsplit('/', 1)[-1]} must be deallocated first; still allocated: {names}.",
                )
        return None

    def nic_body(self, stored: Doc, body: Doc) -> SimResponse | None:
        configs = [c for c in props(stored).get("ipConfigurations") or [] if isinstance(c, dict)]
        primary = next((c for c in configs if props(c).get("primary") is True), configs[0] if len(configs) == 1 else None)
        sent = {str(c.get("name", "")).lower() for c in props(body).get("ipConfigurations") or [] if isinstance(c, dict)}
        if primary is not None and str(primary.get("name", "")).lower() not in sent:
            return arm_error(
                400,
                "IpConfigDeleteNotSupported",
                f"IP Configuration {primary.get('name')} cannot be deleted. Deletion and renaming of primary IP "
                "Configuration is not supported",
            )
        return None

    def vnet_body(self, stored: Doc, body: Doc) -> SimResponse | None:
        sent = {str(s.get("name", "")).lower() for s in props(body).get("subnets") or [] if isinstance(s, dict)}
        users = self._subnets_in_use()
        for subnet in props(stored).get("subnets") or []:
            if not isinstance(subnet, dict) or str(subnet.get("name", "")).lower() in sent:
                continue
            user = users.get(key(str(subnet.get("id", ""))))
            if user is not None or props(subnet).get("ipConfigurations"):
                return arm_error(
                    400,
                    "InUseSubnetCannotBeDeleted",
                    f"Subnet {subnet.get('name')} is in use by {user or 'IP configurations'} and cannot be deleted. "
                    "In order to delete the subnet, delete all the resources within the subnet. See aka.ms/deletesubnet.",
                )
        return None

    def _subnets_in_use(self) -> dict[str, str]:
        if self._subnet_users is None:
            users: dict[str, str] = {}
            for doc in self.estate.store:
                if self.estate.kind(doc) != NIC_TYPE:
                    continue
                for ipc in props(doc).get("ipConfigurations") or []:
                    subnet = (props(ipc).get("subnet") or {}).get("id") if isinstance(ipc, dict) else None
                    if isinstance(subnet, str):
                        users.setdefault(key(subnet), str(ipc.get("id", doc.get("id"))))
            self._subnet_users = users
        return self._subnet_users
