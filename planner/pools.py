"""Who is in a load balancer's backend pool, whichever of the three shapes it lists its members in.

Pools name members by NIC ipconfig id, by scale-set instance ipconfig id (under Microsoft.Compute), or by IP
address in a VNet; the last are matched to NICs by private IP. Assessment (internal-LB blockers) and sequencing
(disruption budgets per pool) both read membership from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from planner.model import BackendPool, Inventory, ResourceId, key

SCALE_SET_TYPE = "microsoft.compute/virtualmachinescalesets"


@dataclass(slots=True)
class PoolMembers:
    vms: dict[str, None] = field(default_factory=dict)  # VM keys, in the pool's order
    scale_sets: dict[str, set[str]] = field(default_factory=dict)  # scale-set key -> instance ids
    secondary: list[str] = field(default_factory=list)  # members that are a NIC's secondary ipconfig
    vnets: set[str] = field(default_factory=set)  # VNet keys the members sit in


class PoolIndex:
    """Resolves pool members against one inventory (the NIC-by-IP map is built once)."""

    def __init__(self, inv: Inventory) -> None:
        self.inv = inv
        # (vnet key, ip) -> (nic key, is the primary ipconfig); a secondary's address may be a CIDR
        self.by_ip: dict[tuple[str, str], tuple[str, bool]] = {}
        for nk, nic in inv.nics.items():
            for cfg in nic.ip_configurations:
                if cfg.subnet_id and cfg.private_ip:
                    ip = cfg.private_ip.split("/")[0]
                    self.by_ip[(key(inv.vnet_id_of_subnet(cfg.subnet_id)), ip)] = (nk, cfg.primary)

    def members(self, pool: BackendPool, into: PoolMembers | None = None) -> PoolMembers:
        """The pool's members, added to `into` when given (several pools of one load balancer)."""
        inv = self.inv
        out = into if into is not None else PoolMembers()
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
            out.vnets.update(key(inv.vnet_id_of_subnet(s)) for s in nic.subnet_ids)
        for addr in pool.addresses:
            if not (addr.vnet_id and addr.ip_address):
                continue
            vk = key(addr.vnet_id)
            out.vnets.add(vk)
            hit = self.by_ip.get((vk, addr.ip_address))
            if hit is None:
                continue
            nic = inv.nics[hit[0]]
            if not hit[1]:
                out.secondary.append(f"{nic.id} ({addr.ip_address})")
            if nic.vm_id:
                out.vms[key(nic.vm_id)] = None
        return out
