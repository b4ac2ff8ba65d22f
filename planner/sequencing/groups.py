"""Disruption groups: availability sets, load-balancer backend pools and scale sets, whose members must not all be
down at once. Membership depends on the inventory only; each group's budget (members down at once) on the policy."""

from __future__ import annotations

from dataclasses import dataclass

from planner.model import PowerState, key
from planner.plan.policy import Policy
from planner.topology import Topology
from planner.vocabulary import GroupKind


@dataclass(frozen=True, slots=True)
class Group:
    key: str
    id: str
    kind: GroupKind
    name: str
    size: int  # members (at least 1)


def _name(resource_id: str) -> str:
    return resource_id.rstrip("/").rsplit("/", 1)[-1]


class Groups:
    """Every disruption group of an inventory, and which groups each VM and scale set belongs to."""

    def __init__(self, topo: Topology) -> None:
        inv = topo.inv
        self.groups: dict[str, Group] = {}
        self.vm_groups: dict[str, list[str]] = {}  # VM key -> group keys
        self.vmss_groups: dict[str, list[str]] = {}  # scale-set key -> group keys
        self.avset_members: dict[str, list[str]] = {}  # availability-set group key -> member VM keys, sorted
        for sk, sid in topo.avset_ids.items():
            gk = self._add(sid, GroupKind.AVAILABILITY_SET, _name(sid), len(topo.avset_members[sk]))
            self.avset_members[gk] = topo.avset_members[sk]
            for vk in self.avset_members[gk]:
                self.vm_groups.setdefault(vk, []).append(gk)
        for sk, ss in sorted(inv.scale_sets.items()):
            vms = topo.scale_set_vms.get(sk, [])
            gk = self._add(ss.id, GroupKind.SCALE_SET, ss.name, max(ss.capacity or 0, len(vms)))
            self.vmss_groups.setdefault(sk, []).append(gk)
            for vk in vms:
                self.vm_groups.setdefault(vk, []).append(gk)
        # Pools of loaded load balancers, then pools that NICs name whose load balancer is not loaded (members
        # seen from the NIC side: still a group whose members must not all go down at once).
        for p in [*topo.pools, *topo.unloaded_pools]:
            if not p.pool.id:
                continue
            members, instances = p.members.vms, p.members.scale_sets
            size = len(members) + sum(len(i) for i in instances.values())
            if size == 0:
                continue
            gk = self._add(p.pool.id, GroupKind.LOAD_BALANCER_POOL, f"{p.lb.name}/{p.pool.name}", size)
            for vk in members:
                self.vm_groups.setdefault(vk, []).append(gk)
            for sk in instances:
                self.vmss_groups.setdefault(sk, []).append(gk)
        # Per VM, worked out once: its availability set's group, and the groups its deallocation takes a
        # member of (none when it is deallocated already).
        self.avset_of: dict[str, str] = {}
        self.down_of: dict[str, dict[str, int]] = {}
        no_groups: dict[str, int] = {}
        for vk, gks in self.vm_groups.items():
            avset = next((g for g in gks if self.groups[g].kind is GroupKind.AVAILABILITY_SET), None)
            if avset is not None:
                self.avset_of[vk] = avset
            deallocated = inv.vms[vk].power_state is PowerState.DEALLOCATED
            self.down_of[vk] = no_groups if deallocated else dict.fromkeys(gks, 1)

    def _add(self, gid: str, kind: GroupKind, name: str, members: int) -> str:
        gk = key(gid)
        self.groups[gk] = Group(gk, gid, kind, name, max(members, 1))
        return gk

    def budgets(self, policy: Policy) -> dict[str, int]:
        """Members of each group that may be down at once under the policy."""
        return {gk: policy.budget(g.size) for gk, g in self.groups.items()}

    def down(self, vm_key: str) -> dict[str, int]:
        """The groups a VM's deallocation takes a member of, 1 each (shared: never change it)."""
        return self.down_of.get(vm_key, _NONE)


_NONE: dict[str, int] = {}
