"""Which VM an address in a flow log belongs to, from the inventory: the logging NIC by its MAC address, the other
end by its private IP in the logging NIC's VNet (then its peered VNets, then anywhere when only one NIC has it).

Private IPs repeat across VNets, so an IP alone is trusted only when it is unique in the inventory; an address no
NIC holds is outside the inventory (the internet, a platform service, a VNet not inventoried).
"""

from __future__ import annotations

import ipaddress

from planner.model import Inventory, key


def canonical_ip(text: str) -> str:
    """An IP as compared: a CIDR's address part, IPv6 compressed and lower case (IPv4 kept as written)."""
    ip = text.split("/", 1)[0].strip()
    if ":" not in ip:
        return ip
    try:
        return str(ipaddress.ip_address(ip))
    except ValueError:
        return ip.lower()


def canonical_mac(text: str) -> str:
    """A MAC as flow logs write it: 12 hex digits, upper case, no separators (ARM writes `00-0D-3A-...`)."""
    return text.replace("-", "").replace(":", "").upper()


def owner_name(vm_id: str) -> str:
    """A VM's name from its id; a scale-set instance as `set/instance`."""
    parts = vm_id.rstrip("/").split("/")
    lowered = [p.lower() for p in parts]
    if "virtualmachinescalesets" in lowered and lowered[-2] == "virtualmachines":
        return f"{parts[lowered.index('virtualmachinescalesets') + 1]}/{parts[-1]}"
    return parts[-1]


class AddressBook:
    """MACs and private IPs of the inventory's NICs, each to the VM (key) it is attached to."""

    def __init__(self, inv: Inventory) -> None:
        self.by_mac: dict[str, str] = {}
        self.vnet_of_mac: dict[str, str] = {}
        self.by_vnet_ip: dict[tuple[str, str], str] = {}
        self.by_ip: dict[str, set[str]] = {}
        self.names: dict[str, str] = {k: vm.name for k, vm in inv.vms.items()}
        self.peers: dict[str, set[str]] = {
            k: {key(p.remote_vnet_id) for p in v.peerings if p.remote_vnet_id} for k, v in inv.vnets.items()
        }
        for nic in inv.nics.values():
            if not nic.vm_id:
                continue
            owner = key(nic.vm_id)
            self.names.setdefault(owner, owner_name(nic.vm_id))
            vnet = ""
            for cfg in nic.ip_configurations:
                if cfg.subnet_id:
                    vnet = inv.vnet_id_of_subnet(cfg.subnet_id).lower()
                if cfg.private_ip:
                    ip = canonical_ip(cfg.private_ip)
                    self.by_ip.setdefault(ip, set()).add(owner)
                    if vnet:
                        self.by_vnet_ip[(vnet, ip)] = owner
            if nic.mac_address:
                mac = canonical_mac(nic.mac_address)
                self.by_mac[mac] = owner
                self.vnet_of_mac[mac] = vnet

    def unique(self, ip: str) -> str | None:
        owners = self.by_ip.get(ip)
        return next(iter(owners)) if owners is not None and len(owners) == 1 else None

    def local(self, mac: str, ip: str) -> str | None:
        """The VM of the NIC whose log it is (by MAC; by a unique IP when the MAC is not in the inventory)."""
        return self.by_mac.get(mac) or self.unique(ip)

    def remote(self, mac: str, ip: str) -> str | None:
        """The VM at the other end: in the logging NIC's VNet, its peers, else a unique IP; None: outside."""
        vnet = self.vnet_of_mac.get(mac)
        if vnet:
            hit = self.by_vnet_ip.get((vnet, ip))
            if hit is not None:
                return hit
            for peer in sorted(self.peers.get(vnet, ())):
                hit = self.by_vnet_ip.get((peer, ip))
                if hit is not None:
                    return hit
        return self.unique(ip)
