"""Normalisers of the network resources: NICs (with their IP configurations), VNets with their subnets and
peerings, load balancers with their backend pools, public IP addresses, Private Link services and DNS resolvers.
Subnets, peerings and
backend pools also have normalisers of their own, for when they are exported apart from their parent.

`network_interface` runs once per NIC on 100,000-VM estates: see `planner.inventory.normalise` for the export
shapes and why fields are read the way they are.
"""

from __future__ import annotations

from planner.inventory.normalise_fields import (
    _EMPTY,
    _LOCATIONS,
    REST,
    Obj,
    ShapeError,
    Spelling,
    _dedupe,
    _id,
    _name,
    _ref,
    _ref_ids,
    _str,
    _strs,
    _tags,
    location,
    spelling,
    sub_spelling,
)
from planner.model import (
    BackendAddress,
    BackendPool,
    DnsResolver,
    IpConfiguration,
    LoadBalancer,
    NetworkInterface,
    Peering,
    PrivateLinkService,
    PublicIpAddress,
    Subnet,
    VirtualNetwork,
)

# The hot constructors below (`network_interface`, `_ip_configuration`) pass fields positionally, in model order,
# like the VM's in `normalise_compute`: keyword binding costs ~1 microsecond per NIC, a tenth of the budget.
# tests/test_inventory_files.py pins the model field order these calls rely on.


def _ip_configuration(c: Obj, k: Spelling, only: bool) -> IpConfiguration:
    q = c.get("properties") if k is REST else c
    if q.__class__ is not dict:
        q = c
    cid = c.get("id")
    name = c.get("name")
    primary = q.get("primary")
    ip = q.get(k["private_ip_address"])
    subnet_ref = q.get("subnet")
    pools = q.get(k["load_balancer_backend_address_pools"])
    public_ip = q.get(k["public_ip_address"])
    return IpConfiguration(
        cid if cid.__class__ is str else "",
        name if name.__class__ is str else "",
        primary if primary is True or primary is False else only,
        ip if ip.__class__ is str else None,
        _ref(subnet_ref) if subnet_ref else None,
        _ref_ids(pools) if pools else [],
        _ref(public_ip) if public_ip else None,
    )


def network_interface(r: Obj) -> NetworkInterface:
    rid = r.get("id")
    if rid.__class__ is not str or not rid:
        raise ShapeError("record has no resource id")
    p = r.get("properties")
    if p.__class__ is dict:
        k = REST
    else:
        k, p = spelling(r)
    raw_configs = p.get(k["ip_configurations"]) or ()
    only = len(raw_configs) == 1
    name = r.get("name")
    vm = p.get(k["virtual_machine"])
    primary = p.get("primary")
    supported = p.get(k["vnet_encryption_supported"])
    mac = p.get(k["mac_address"])
    etag = r.get("etag")
    return NetworkInterface(
        rid,
        name if name.__class__ is str and name else _name(r, rid),
        _LOCATIONS.get(r.get("location") or "") or location(r.get("location")),
        p.get(k["enable_accelerated_networking"]) is True,
        _ref(vm) if vm else None,
        [_ip_configuration(c, k, only) for c in raw_configs],
        primary if primary is True or primary is False else None,
        supported if supported is True or supported is False else None,
        mac if mac.__class__ is str else None,
        etag if etag.__class__ is str else None,
        _tags(r.get("tags")),
    )


def _subnet(r: Obj, k: Spelling, q: Obj) -> Subnet:
    rid = _id(r)
    prefixes = _strs(q.get(k["address_prefixes"]))
    if not prefixes:
        one = _str(q.get(k["address_prefix"]))
        prefixes = [one] if one else []
    return Subnet(id=rid, name=_name(r, rid), address_prefixes=prefixes)


def subnet(r: Obj) -> Subnet:
    k, p = spelling(r)
    return _subnet(r, k, p)


def _peering(r: Obj, k: Spelling, q: Obj) -> Peering:
    rid = _id(r)
    return Peering(
        id=rid,
        name=_name(r, rid),
        remote_vnet_id=_ref(q.get(k["remote_virtual_network"])),
        state=_str(q.get(k["peering_state"])),
    )


def peering(r: Obj) -> Peering:
    k, p = spelling(r)
    return _peering(r, k, p)


def virtual_network(r: Obj) -> VirtualNetwork:
    rid = _id(r)
    k, p = spelling(r)
    enc = p.get("encryption") or _EMPTY
    space = p.get(k["address_space"]) or _EMPTY
    return VirtualNetwork(
        id=rid,
        name=_name(r, rid),
        location=location(r.get("location")),
        address_prefixes=_strs(space.get(k["address_prefixes"])),
        subnets=[_subnet(s, k, sub_spelling(k, s)) for s in p.get("subnets") or () if s.get("id")],
        peerings=[
            _peering(x, k, sub_spelling(k, x))
            for x in p.get(k["virtual_network_peerings"]) or ()
            if x.get("id")
        ],
        encryption_enabled=enc.get("enabled") is True,
        encryption_enforcement=_str(enc.get("enforcement")),
        etag=_str(r.get("etag")),
        tags=_tags(r.get("tags")),
    )


def _backend_pool(r: Obj, k: Spelling, q: Obj) -> BackendPool:
    rid = _id(r)
    ipconfigs = _ref_ids(q.get(k["backend_ip_configurations"]))
    addresses = []
    for a in q.get(k["load_balancer_backend_addresses"]) or ():
        aq = sub_spelling(k, a)
        # NIC-based pools also list their members here (read-only) under networkInterfaceIPConfiguration.
        nic_cfg = _ref(aq.get(k["network_interface_ip_configuration"]))
        if nic_cfg is not None:
            ipconfigs.append(nic_cfg)
            continue
        addresses.append(
            BackendAddress(
                name=_str(a.get("name")),
                ip_address=_str(aq.get(k["ip_address"])),
                vnet_id=_ref(aq.get(k["virtual_network"])),
            )
        )
    return BackendPool(
        id=rid, name=_name(r, rid), ip_configuration_ids=_dedupe(ipconfigs), addresses=addresses
    )


def backend_pool(r: Obj) -> BackendPool:
    k, p = spelling(r)
    return _backend_pool(r, k, p)


def load_balancer(r: Obj) -> LoadBalancer:
    rid = _id(r)
    k, p = spelling(r)
    frontends = p.get(k["frontend_ip_configurations"]) or ()
    subnets = []
    private = 0
    for f in frontends:
        q = sub_spelling(k, f)
        sid = _ref(q.get("subnet"))
        if sid is not None and not q.get(k["public_ip_address"]) and not q.get(k["public_ip_prefix"]):
            private += 1
            subnets.append(sid)
    return LoadBalancer(
        id=rid,
        name=_name(r, rid),
        location=location(r.get("location")),
        sku=_str((r.get("sku") or _EMPTY).get("name")),
        internal=bool(frontends) and private == len(frontends),
        frontend_subnet_ids=_dedupe(subnets),
        backend_pools=[
            _backend_pool(b, k, sub_spelling(k, b))
            for b in p.get(k["backend_address_pools"]) or ()
            if b.get("id")
        ],
        etag=_str(r.get("etag")),
        tags=_tags(r.get("tags")),
    )


def private_link_service(r: Obj) -> PrivateLinkService:
    rid = _id(r)
    k, p = spelling(r)
    subnets = [
        sid
        for c in p.get(k["ip_configurations"]) or ()
        if (sid := _ref(sub_spelling(k, c).get("subnet"))) is not None
    ]
    return PrivateLinkService(
        id=rid, name=_name(r, rid), location=location(r.get("location")), subnet_ids=_dedupe(subnets)
    )


def public_ip_address(r: Obj) -> PublicIpAddress:
    rid = _id(r)
    k, p = spelling(r)
    return PublicIpAddress(
        id=rid,
        name=_name(r, rid),
        location=location(r.get("location")),
        allocation_method=_str(p.get(k["public_ip_allocation_method"])),
        ip_address=_str(p.get(k["ip_address"])),
        sku=_str((r.get("sku") or _EMPTY).get("name")),
        ip_configuration_id=_ref(p.get(k["ip_configuration"])),
    )


def dns_resolver(r: Obj) -> DnsResolver:
    rid = _id(r)
    k, p = spelling(r)
    return DnsResolver(
        id=rid,
        name=_name(r, rid),
        location=location(r.get("location")),
        vnet_id=_ref(p.get(k["virtual_network"])),
    )
