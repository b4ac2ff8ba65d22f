"""Who is in which VNet, load-balancer pool, availability set and scale set: derived from an inventory once.

Analysis (VNet readiness, internal-LB rules, incremental re-analysis) and sequencing (disruption groups, the VNets
a plan entry names) both read membership from here, so each derivation exists once and is built once per inventory.

Load-balancer pools name members by NIC ipconfig id, by scale-set instance ipconfig id (under Microsoft.Compute), or
by IP address in a VNet; the last are matched to NICs by private IP.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from planner.model import (
    BackendPool,
    Inventory,
    LoadBalancer,
    NetworkInterface,
    ResourceId,
    ScaleSet,
    VirtualMachine,
    key,
)

SCALE_SET_TYPE = "microsoft.compute/virtualmachinescalesets"


def vnet_key_of_subnet(subnet_id: str) -> str:
    """The case-folded VNet id of a subnet id (the id up to `/subnets/`)."""
    low = subnet_id.lower()
    cut = low.find("/subnets/")
    return low[:cut] if cut >= 0 else low


def is_uniform(ss: ScaleSet) -> bool:
    """Uniform orchestration (the default): instances follow the scale set's model."""
    return (ss.orchestration_mode or "Uniform").lower() == "uniform"


@dataclass(slots=True)
class PoolMembers:
    vms: dict[str, None] = field(default_factory=dict)  # VM keys, in the pool's order
    scale_sets: dict[str, set[str]] = field(default_factory=dict)  # scale-set key -> instance ids
    secondary: list[str] = field(default_factory=list)  # members that are a NIC's secondary ipconfig
    vnets: set[str] = field(default_factory=set)  # VNet keys the members sit in

    def merge(self, other: PoolMembers) -> None:
        self.vms.update(other.vms)
        for k, instances in other.scale_sets.items():
            self.scale_sets.setdefault(k, set()).update(instances)
        self.secondary += other.secondary
        self.vnets |= other.vnets


@dataclass(slots=True)
class Pool:
    """One backend pool and its resolved members."""

    lb: LoadBalancer
    pool: BackendPool
    members: PoolMembers


@dataclass(slots=True)
class InternalLb:
    """An internal load balancer: every pool's members together, and every VNet it touches."""

    lb: LoadBalancer
    vms: set[str]
    scale_sets: set[str]
    secondary: list[str]
    vnets: set[str]


@dataclass(slots=True)
class VmLinks:
    """One VM's place in the estate. Tuples shared between VMs alike (an estate has far fewer VNet combinations
    than VMs): never change them."""

    vnet_keys: tuple[str, ...]  # case-folded, the primary NIC's first, without repeats
    vnet_ids: tuple[str, ...]  # the same VNets as the ids were read (original casing)
    nics: tuple[NetworkInterface, ...]  # its NICs that are loaded, primary first
    missing_nics: tuple[str, ...]  # ids of NICs it references that are not loaded
    uniform_scale_set: str | None  # the id of the Uniform scale set it is an instance of


class Topology:
    """Membership derived from one inventory; never changes once built (the inventory is fixed for it)."""

    def __init__(self, inv: Inventory) -> None:
        self.inv = inv
        # Strings and tuples are interned: 100,000 VMs share a few thousand subnets and VNet combinations.
        self._subnets: dict[str, tuple[str, str]] = {}  # subnet id as written -> (VNet key, VNet id)
        self._shared: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._nic_vnets: dict[str, tuple[tuple[str, str], ...]] = {}
        self.vms: dict[str, VmLinks] = {k: self._vm_links(vm) for k, vm in inv.vms.items()}
        self.vnet_vms: dict[str, list[str]] = {}
        self.set_members: dict[str, list[str]] = {}  # Uniform scale set -> its instance VMs
        self.scale_set_vms: dict[str, list[str]] = {}  # any scale set -> VMs naming it (Flexible VMs)
        for k, links in self.vms.items():
            for vk in links.vnet_keys:
                self.vnet_vms.setdefault(vk, []).append(k)
            if links.uniform_scale_set:
                self.set_members.setdefault(key(links.uniform_scale_set), []).append(k)
            ss_id = inv.vms[k].scale_set_id
            if ss_id:
                self.scale_set_vms.setdefault(key(ss_id), []).append(k)
        self.scale_set_vnet_ids: dict[str, tuple[str, ...]] = {}  # in subnet order, original casing
        self.scale_set_vnets: dict[str, list[str]] = {}  # sorted keys
        self.vnet_sets: dict[str, list[str]] = {}
        for k, ss in inv.scale_sets.items():
            seen: dict[str, str] = {}
            for s in ss.subnet_ids:
                vk, vid = self.vnet_of_subnet(s)
                seen.setdefault(vk, vid)
            self.scale_set_vnet_ids[k] = tuple(seen.values())
            self.scale_set_vnets[k] = sorted(seen)
            for v in self.scale_set_vnets[k]:
                self.vnet_sets.setdefault(v, []).append(k)
        self.avset_ids, self.avset_members = self._availability_sets()
        self._by_ip = self._nics_by_ip()
        self.pools = [
            Pool(lb, pool, self.pool_members(pool))
            for _, lb in sorted(inv.load_balancers.items())
            for pool in lb.backend_pools
        ]
        self.internal_lbs = self._internal_lbs()
        self.unloaded_pools = self._unloaded_pools()
        self._neighbours()

    # --- VMs ------------------------------------------------------------------------------------------------

    def vnet_of_subnet(self, subnet_id: str) -> tuple[str, str]:
        """(key, id) of a subnet's VNet; the id keeps the casing it was read with."""
        hit = self._subnets.get(subnet_id)
        if hit is None:
            low = subnet_id.lower()
            cut = low.find("/subnets/")
            vk, vid = (low[:cut], subnet_id[:cut]) if cut >= 0 else (low, subnet_id)
            hit = self._subnets[subnet_id] = (self._share1(vk), self._share1(vid))
        return hit

    def _share1(self, s: str) -> str:
        return self._share((s,))[0]

    def _share(self, t: tuple[str, ...]) -> tuple[str, ...]:
        return self._shared.setdefault(t, t)

    def _vnets_of_nic(self, nic_key: str) -> tuple[tuple[str, str], ...]:
        """(key, id) of the VNets of a NIC's subnets, in ipconfig order, worked out once per NIC."""
        hit = self._nic_vnets.get(nic_key)
        if hit is None:
            pairs: dict[str, tuple[str, str]] = {}
            for cfg in self.inv.nics[nic_key].ip_configurations:
                if cfg.subnet_id:
                    pair = self.vnet_of_subnet(cfg.subnet_id)
                    pairs.setdefault(pair[0], pair)
            hit = self._nic_vnets[nic_key] = tuple(pairs.values())
        return hit

    def _vm_links(self, vm: VirtualMachine) -> VmLinks:
        inv = self.inv
        vnets: dict[str, str] = {}
        nics: list[NetworkInterface] = []
        missing: list[str] = []
        # Primary NIC first, so a VM's first VNet is its primary NIC's.
        refs = vm.nics if len(vm.nics) < 2 else sorted(vm.nics, key=lambda r: not r.primary)
        for ref in refs:
            nk = ref.id.lower()
            nic = inv.nics.get(nk)
            if nic is None:
                missing.append(ref.id)
                continue
            nics.append(nic)
            for vk, vid in self._vnets_of_nic(nk):
                vnets.setdefault(vk, vid)
        uniform = None
        if vm.scale_set_id:
            ss = inv.scale_sets.get(key(vm.scale_set_id))
            if ss is not None and is_uniform(ss):
                uniform = ss.id
        return VmLinks(
            self._share(tuple(vnets)),
            self._share(tuple(vnets.values())),
            tuple(nics),
            tuple(missing),
            uniform,
        )

    def vnet_ids(self, resource_key: str) -> tuple[str, ...]:
        """The VNets of a VM (primary NIC's first) or of a scale set (in subnet order), as ids."""
        links = self.vms.get(resource_key)
        if links is not None:
            return links.vnet_ids
        return self.scale_set_vnet_ids.get(resource_key, ())

    # --- availability sets ----------------------------------------------------------------------------------

    def _availability_sets(self) -> tuple[dict[str, str], dict[str, list[str]]]:
        """Availability sets with a loaded member: id, and member VM keys sorted (from both sides' references)."""
        inv = self.inv
        members: dict[str, dict[str, None]] = {}
        names: dict[str, str] = {}
        for sk, s in inv.availability_sets.items():
            names[sk] = s.id
            members[sk] = {key(m): None for m in s.member_ids if key(m) in inv.vms}
        for vk, vm in inv.vms.items():
            if vm.availability_set_id:
                sk = key(vm.availability_set_id)
                names.setdefault(sk, vm.availability_set_id)
                members.setdefault(sk, {})[vk] = None
        ids = {sk: names[sk] for sk in sorted(members) if members[sk]}
        return ids, {sk: sorted(members[sk]) for sk in ids}

    # --- load balancers -------------------------------------------------------------------------------------

    def _nics_by_ip(self) -> dict[tuple[str, str], tuple[str, bool]]:
        """(VNet key, private IP) -> (NIC key, is the primary ipconfig); a secondary's address may be a CIDR."""
        out: dict[tuple[str, str], tuple[str, bool]] = {}
        for nk, nic in self.inv.nics.items():
            for cfg in nic.ip_configurations:
                ip = cfg.private_ip
                if cfg.subnet_id and ip:
                    if "/" in ip:
                        ip = ip.split("/")[0]
                    out[(self.vnet_of_subnet(cfg.subnet_id)[0], ip)] = (nk, cfg.primary)
        return out

    def pool_members(self, pool: BackendPool) -> PoolMembers:
        """A backend pool's members, whichever of the three shapes it lists them in."""
        inv = self.inv
        out = PoolMembers()
        for cfg_id in pool.ip_configuration_ids:
            rid = ResourceId.parse(cfg_id)
            if rid is None:
                continue
            owner = key(rid.ancestor(1))
            if rid.type.lower().startswith(SCALE_SET_TYPE):
                instance = rid.parts[1][1] if len(rid.parts) > 1 else "?"
                out.scale_sets.setdefault(owner, set()).add(instance)
                continue
            nic = inv.nics.get(owner)
            if nic is None:
                continue
            cfg = next((c for c in nic.ip_configurations if key(c.id) == key(cfg_id)), None)
            if cfg is not None and not cfg.primary:
                out.secondary.append(cfg.id)
            if nic.vm_id:
                out.vms[key(nic.vm_id)] = None
            out.vnets.update(self.vnet_of_subnet(s)[0] for s in nic.subnet_ids)
        for addr in pool.addresses:
            if not (addr.vnet_id and addr.ip_address):
                continue
            vk = key(addr.vnet_id)
            out.vnets.add(vk)
            hit = self._by_ip.get((vk, addr.ip_address))
            if hit is None:
                continue
            nic = inv.nics[hit[0]]
            if not hit[1]:
                out.secondary.append(f"{nic.id} ({addr.ip_address})")
            if nic.vm_id:
                out.vms[key(nic.vm_id)] = None
        return out

    def _internal_lbs(self) -> list[InternalLb]:
        """Internal load balancers in inventory order, with every pool's members and the VNets they touch."""
        by_lb: dict[int, list[Pool]] = {}
        for p in self.pools:
            by_lb.setdefault(id(p.lb), []).append(p)
        out = []
        for lb in self.inv.load_balancers.values():
            if not lb.internal:
                continue
            members = PoolMembers(vnets={self.vnet_of_subnet(s)[0] for s in lb.frontend_subnet_ids})
            for p in by_lb.get(id(lb), []):
                members.merge(p.members)
            vnets = set(members.vnets)
            for owner in members.scale_sets:
                vnets.update(self.scale_set_vnets.get(owner, []))
            out.append(InternalLb(lb, set(members.vms), set(members.scale_sets), members.secondary, vnets))
        return out

    def _unloaded_pools(self) -> list[Pool]:
        """Backend pools that NICs name but whose load balancer is not loaded: members seen from the NIC side."""
        inv = self.inv
        found: dict[str, Pool] = {}
        for nic in inv.nics.values():
            for cfg in nic.ip_configurations:
                for pool_id in cfg.backend_pool_ids:
                    rid = ResourceId.parse(pool_id)
                    if rid is None or key(rid.ancestor(1)) in inv.load_balancers:
                        continue
                    pool = found.get(key(pool_id))
                    if pool is None:
                        lb = LoadBalancer(rid.ancestor(1), rid.parts[0][1], nic.location)
                        pool = found[key(pool_id)] = Pool(lb, BackendPool(pool_id, rid.name), PoolMembers())
                    members = pool.members
                    if not cfg.primary:
                        members.secondary.append(cfg.id)
                    if nic.vm_id:
                        members.vms[key(nic.vm_id)] = None
                    if cfg.subnet_id:
                        members.vnets.add(self.vnet_of_subnet(cfg.subnet_id)[0])
        return [found[k] for k in sorted(found)]

    # --- neighbours -----------------------------------------------------------------------------------------

    def _neighbours(self) -> None:
        """Who is affected when one resource's analysis changes (for incremental re-analysis), and per-VNet
        lists of the resources that block or qualify it."""
        inv = self.inv
        self.vm_ilb_vnets: dict[str, set[str]] = {}
        self.set_ilb_vnets: dict[str, set[str]] = {}
        self.vnet_ilbs: dict[str, list[InternalLb]] = {}
        for ilb in self.internal_lbs:
            for v in ilb.vms:
                self.vm_ilb_vnets.setdefault(v, set()).update(ilb.vnets)
            for s in ilb.scale_sets:
                self.set_ilb_vnets.setdefault(s, set()).update(ilb.vnets)
            for v in ilb.vnets:
                self.vnet_ilbs.setdefault(v, []).append(ilb)
        self.peered_by: dict[str, set[str]] = {}
        for k, vnet in inv.vnets.items():
            for p in vnet.peerings:
                if p.remote_vnet_id:
                    remote = key(p.remote_vnet_id)
                    self.peered_by.setdefault(remote, set()).add(k)
                    self.peered_by.setdefault(k, set()).add(remote)
        self.vnet_resolvers: dict[str, list[str]] = {}
        for d in inv.dns_resolvers.values():
            if d.vnet_id:
                self.vnet_resolvers.setdefault(key(d.vnet_id), []).append(d.id)
        self.vnet_unloaded_pools: dict[str, list[Pool]] = {}
        for pool in self.unloaded_pools:
            for v in sorted(pool.members.vnets):
                self.vnet_unloaded_pools.setdefault(v, []).append(pool)
        self.vnet_pls: dict[str, list[str]] = {}
        for service in inv.private_link_services.values():
            for v in dict.fromkeys(self.vnet_of_subnet(sid)[0] for sid in service.subnet_ids):
                self.vnet_pls.setdefault(v, []).append(service.id)
