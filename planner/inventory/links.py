"""Back-links and dangling references: the cross-file half of finishing an Inventory.

Owns what only makes sense once every file is read: a NIC and its VM name each other, availability sets list their
member VMs, load balancer pools and NIC ipconfigs list each other, a VM without a Hyper-V generation takes its OS
disk's, and a reference to something not loaded is a `dangling-reference` warning naming the file it came from.
`_BackLinks` is the base class of `InventoryBuilder`, which fills `inv` and `_origins` and calls these from
`finish`; `problem` lives here because every check reports through it.
"""

from __future__ import annotations

from planner.model import BackendPool, Inventory, NetworkInterface, NicRef, Problem, Severity, key

_TABLE_OF = {"VM": "vms", "NIC": "nics", "backend pool": "load_balancers"}


class _BackLinks:
    """Links the resources of `inv` to each other and reports what they reference but was not loaded."""

    inv: Inventory
    # Which source each resource was last read from (table -> key -> source), for the messages.
    _origins: dict[str, dict[str, str]]

    def problem(
        self,
        code: str,
        message: str,
        severity: Severity = Severity.WARNING,
        source: str | None = None,
        resource_id: str | None = None,
    ) -> None:
        self.inv.problems.append(Problem(code, message, severity, source, resource_id))

    def _dangling(self, what: str, rid: str, missing: list[str], kind: str) -> None:
        shown = ", ".join(missing[:3]) + (f" and {len(missing) - 3} more" if len(missing) > 3 else "")
        self.problem(
            "dangling-reference",
            f"{what} {rid.rstrip('/').rsplit('/', 1)[-1]} references {len(missing)} {kind} not loaded: {shown}",
            Severity.WARNING,
            self._origin_of(what, rid),
            rid,
        )

    def _origin_of(self, what: str, rid: str) -> str | None:
        k = key(rid)
        if what == "backend pool":
            k = k[: k.rfind("/backendaddresspools/")]
        return self._origins[_TABLE_OF[what]].get(k)

    def _link_nics(self) -> None:
        vms, nics, vnets = self.inv.vms, self.inv.nics, self.inv.vnets
        linked: set[int] = set()  # id() of NICs whose VM lists them: only the others need a closer look
        for vm_key, vm in vms.items():
            missing = []
            for ref in vm.nics:
                nic = nics.get(ref.id.lower())
                if nic is None:
                    missing.append(ref.id)
                elif nic.vm_id is None:
                    nic.vm_id = vm.id
                    linked.add(id(nic))
                elif nic.vm_id == vm.id or nic.vm_id.lower() == vm_key:
                    linked.add(id(nic))
            if missing:
                self._dangling("VM", vm.id, missing, "network interface(s)")
        vnet_known: dict[str, bool] = {}  # subnet id as written -> its VNet is loaded
        for nic in nics.values():
            if nic.vm_id is not None and id(nic) not in linked:
                self._check_nic_owner(nic, nic.vm_id)
            missing_vnets: dict[str, str] = {}
            for cfg in nic.ip_configurations:
                sid = cfg.subnet_id
                if sid is None:
                    continue
                known = vnet_known.get(sid)
                if known is None:
                    low = sid.lower()
                    cut = low.find("/subnets/")
                    known = vnet_known[sid] = (low[:cut] if cut >= 0 else low) in vnets
                if not known:
                    vnet_id = self.inv.vnet_id_of_subnet(sid)
                    missing_vnets.setdefault(vnet_id.lower(), vnet_id)
            if missing_vnets:
                self._dangling("NIC", nic.id, list(missing_vnets.values()), "virtual network(s)")

    def _check_nic_owner(self, nic: NetworkInterface, vm_id: str) -> None:
        """A NIC naming a VM that does not list it: a dangling reference, a VM export without its NICs listed,
        or exports taken at different times."""
        owner = self.inv.vms.get(vm_id.lower())
        if owner is None:
            # A scale-set instance is not modelled as a VM, so its NICs point at nothing loaded by design.
            if "/virtualmachinescalesets/" not in vm_id.lower():
                self._dangling("NIC", nic.id, [vm_id], "virtual machine")
        elif not owner.nics:
            owner.nics.append(NicRef(nic.id, nic.primary))
        else:
            self.problem(
                "inconsistent-reference",
                f"NIC {nic.name} says it is attached to VM {owner.name}, but the VM does not list it "
                "(exports taken at different times?)",
                Severity.WARNING,
                self._origin_of("NIC", nic.id),
                nic.id,
            )

    def _link_availability_sets(self) -> None:
        inv = self.inv
        for avset in inv.availability_sets.values():
            avset.member_ids = list({key(m): m for m in avset.member_ids}.values())
        for vm in inv.vms.values():
            if vm.availability_set_id is None:
                continue
            owner = inv.availability_sets.get(key(vm.availability_set_id))
            if owner is None:
                self._dangling("VM", vm.id, [vm.availability_set_id], "availability set")
            elif not any(key(m) == key(vm.id) for m in owner.member_ids):
                owner.member_ids.append(vm.id)

    def _link_backend_pools(self) -> None:
        inv = self.inv
        pools: dict[str, tuple[BackendPool, set[str]]] = {}
        for lb in inv.load_balancers.values():
            for pool in lb.backend_pools:
                pools[key(pool.id)] = (pool, {key(i) for i in pool.ip_configuration_ids})
        # A NIC ipconfig naming a pool that does not list it (or the other way round): make both sides agree.
        unloaded: dict[str, tuple[str, dict[str, str]]] = {}  # pool key -> (pool id, NIC key -> NIC id)
        for nic in inv.nics.values():
            for cfg in nic.ip_configurations:
                for pool_id in cfg.backend_pool_ids:
                    entry = pools.get(key(pool_id))
                    if entry is None:
                        unloaded.setdefault(key(pool_id), (pool_id, {}))[1].setdefault(key(nic.id), nic.id)
                    elif cfg.id and key(cfg.id) not in entry[1]:
                        entry[0].ip_configuration_ids.append(cfg.id)
                        entry[1].add(key(cfg.id))
        for pool_id, nics in unloaded.values():
            cut = pool_id.lower().rfind("/backendaddresspools/")
            lb_id = pool_id[:cut] if cut >= 0 else pool_id
            names = [n.rstrip("/").rsplit("/", 1)[-1] for n in nics.values()]
            shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
            self.problem(
                "lb-not-loaded",
                f"NIC {shown} references backend pool {pool_id.rstrip('/').rsplit('/', 1)[-1]} of load balancer "
                f"{lb_id.rstrip('/').rsplit('/', 1)[-1]}, which is not in the inventory: the pool's budget counts only "
                "the members seen and its VNet's internal-LB rules cannot be judged; export the load balancer too",
                Severity.WARNING,
                self._origins.get("nics", {}).get(next(iter(nics))),
                pool_id,
            )
        if not any(pool.ip_configuration_ids for pool, _ in pools.values()):
            return
        configs = {key(c.id): c for nic in inv.nics.values() for c in nic.ip_configurations if c.id}
        for lb in inv.load_balancers.values():
            for pool in lb.backend_pools:
                missing: dict[str, str] = {}
                for cfg_id in pool.ip_configuration_ids:
                    member = configs.get(key(cfg_id))
                    if member is not None:
                        if not any(key(p) == key(pool.id) for p in member.backend_pool_ids):
                            member.backend_pool_ids.append(pool.id)
                        continue
                    cut = cfg_id.lower().rfind("/ipconfigurations/")
                    nic_id = cfg_id[:cut] if cut >= 0 else cfg_id
                    if key(nic_id) in inv.nics:
                        continue
                    # A scale-set instance's NIC stands for its scale set: enough when the scale set is loaded.
                    vmss = key(nic_id).split("/virtualmachines/")[0]
                    if "/microsoft.compute/virtualmachinescalesets/" in vmss and vmss in inv.scale_sets:
                        continue
                    missing.setdefault(key(nic_id), nic_id)
                if missing:
                    self._dangling("backend pool", pool.id, list(missing.values()), "network interface(s)")

    def _generation_from_disks(self) -> None:
        inv = self.inv
        if not inv.disks:
            return
        by_owner: dict[str, str] = {}
        for disk in inv.disks.values():
            if disk.managed_by and disk.os_type and disk.hyper_v_generation:
                by_owner.setdefault(key(disk.managed_by), disk.hyper_v_generation)
        for vm in inv.vms.values():
            if vm.hyper_v_generation is not None:
                continue
            generation = None
            if vm.os_disk is not None and vm.os_disk.managed_disk_id:
                os_disk = inv.disks.get(key(vm.os_disk.managed_disk_id))
                if os_disk is not None:
                    generation = os_disk.hyper_v_generation
            vm.hyper_v_generation = generation or by_owner.get(key(vm.id))
