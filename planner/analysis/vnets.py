"""VNet readiness: what blocks a whole VNet (DOMAIN.md "What blocks a whole VNet"), and what its peerings carry.

`assess_vnet` is the part that does not depend on size proposals (resolvers, confidential VMs, Private Link,
internal-LB secondary ipconfigs, AKS pod subnets); `ilb_backend_blockers` adds the internal-LB rule that does (an
internal LB whose backends will not all be on supported sizes once the plan has run); `note_left_unencrypted` adds,
once every VM's verdict is known, the note naming what stays unencrypted in a VNet the plan enables.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

from planner.analysis.decisions import Decisions
from planner.analysis.results import Finding, PeeringView, VmResult, VnetResult
from planner.model import Inventory, key
from planner.topology import Topology, vnet_key_of_subnet
from planner.vocabulary import Encryption, ResultKind, Verdict, VnetVerdict

# Whether a VM (key, result) not on a supported size will be by the end of the plan.
Fixable = Callable[[str, VmResult], bool]


def assess_vnet(
    inv: Inventory, topo: Topology, k: str, decisions: Decisions, confidential_vms: set[str]
) -> VnetResult:
    """A VNet's blockers and warnings that do not depend on size proposals."""
    vnet = inv.vnets[k]
    r = VnetResult(
        id=vnet.id,
        name=vnet.name,
        location=vnet.location,
        encryption=Encryption.ENABLED if vnet.encryption_enabled else Encryption.DISABLED,
    )
    members = topo.vnet_vms.get(k, [])
    r.vm_ids = [inv.vms[m].id for m in members]
    r.scale_set_ids = [inv.scale_sets[s].id for s in topo.vnet_sets.get(k, ())]
    if decisions.vnet_excluded(vnet.id):
        r.verdict = VnetVerdict.EXCLUDED
        return r
    if vnet.encryption_enabled and (vnet.encryption_enforcement or "").lower() == "dropunencrypted":
        r.warnings.append(
            Finding(
                "drop-unencrypted",
                "enforcement is DropUnencrypted: traffic to any VM not yet ready is dropped",
            )
        )
    resolvers = topo.vnet_resolvers.get(k, [])
    if resolvers:
        r.blockers.append(
            Finding(
                "dns-private-resolver",
                "a DNS Private Resolver is in this VNet: encryption is not supported with it",
                resolvers,
            )
        )
    confidential = [inv.vms[m].id for m in members if m in confidential_vms]
    if confidential:
        r.blockers.append(
            Finding(
                "confidential-vm",
                f"{len(confidential)} confidential-computing VM(s) in this VNet: do not enable encryption",
                confidential,
            )
        )
    pls = topo.vnet_pls.get(k, [])
    if pls:
        finding = Finding(
            "private-link-service",
            "a Private Link service is in this VNet (GA guidance: do not enable; newer: supported, not encrypted)",
            pls,
        )
        (r.blockers if decisions.strict_private_link else r.warnings).append(finding)
    for ilb in topo.vnet_ilbs.get(k, ()):
        if ilb.secondary:
            r.blockers.append(
                Finding(
                    "ilb-secondary-ipconfig",
                    f"internal load balancer {ilb.lb.name} has NIC secondary IP configurations in a backend pool",
                    ilb.secondary,
                )
            )
    unloaded = topo.vnet_unloaded_pools.get(k, [])
    if unloaded:
        r.blockers.append(
            Finding(
                "lb-not-loaded",
                "VMs of this VNet are in backend pools of load balancers that are not in the inventory: whether an "
                "internal load balancer's rules allow encryption cannot be judged; export the load balancers too",
                [p.pool.id for p in unloaded],
            )
        )
    for cluster in inv.aks_clusters.values():
        for pool in cluster.pools:
            if pool.pod_subnet_id and pool.vnet_subnet_id and vnet_key_of_subnet(pool.vnet_subnet_id) == k:
                r.warnings.append(
                    Finding(
                        "aks-pod-subnet",
                        f"AKS {cluster.name} pool {pool.name} uses dynamic pod IPs: only node traffic is encrypted",
                        [cluster.id],
                    )
                )
    if r.blockers:
        r.verdict = VnetVerdict.BLOCKED
    return r


def ilb_backend_blockers(
    topo: Topology,
    k: str,
    r: VnetResult,
    vms: dict[str, VmResult],
    scale_sets: dict[str, VmResult],
    supported: Callable[[str], bool],
    eligible: Callable[[str], bool],
) -> None:
    """An internal LB whose backends will not all be on a supported size once the plan has run blocks its VNet.

    `supported(size)` says whether a size is in the series list; `eligible(vm key)` whether a VM that was not
    proposed for (its VNet is blocked for another reason) has any valid target, quota aside."""

    def fixable(member_key: str, m: VmResult) -> bool:
        if supported(m.size):
            return True
        if m.verdict is Verdict.EXCLUDED or m.blockers:
            return False
        if m.target_size:
            return supported(m.target_size)
        return m.kind is ResultKind.VM and eligible(member_key)

    for ilb in topo.vnet_ilbs.get(k, ()):
        members = [
            *((v, vms[v]) for v in sorted(ilb.vms) if v in vms),
            *((s, scale_sets[s]) for s in sorted(ilb.scale_sets) if s in scale_sets),
        ]
        unsupported = [m.id for mk, m in members if not fixable(mk, m)]
        if unsupported:
            r.blockers.append(
                Finding(
                    "ilb-unsupported-backend",
                    f"internal load balancer {ilb.lb.name} has backends that will not be on a supported size",
                    unsupported,
                )
            )
            r.verdict = VnetVerdict.BLOCKED


def fill_peerings(inv: Inventory, vnets: dict[str, VnetResult], targets: dict[str, VnetResult]) -> None:
    """Fill the peering views of `targets` (a subset of `vnets`), replacing what they held."""
    for k, r in targets.items():
        r.peerings = []
        for p in inv.vnets[k].peerings:
            remote = vnets.get(key(p.remote_vnet_id)) if p.remote_vnet_id else None
            here_ok = r.verdict is VnetVerdict.READY
            remote_ok = remote is not None and remote.verdict is VnetVerdict.READY
            r.peerings.append(
                PeeringView(
                    remote_id=p.remote_vnet_id,
                    remote_name=remote.name if remote else None,
                    remote_encryption=remote.encryption if remote else "not-loaded",
                    remote_verdict=remote.verdict if remote else None,
                    encrypted_when_enabled=here_ok and remote_ok,
                )
            )


LEFT_UNENCRYPTED = "vms-left-unencrypted"


def note_left_unencrypted(
    topo: Topology,
    vnets: dict[str, VnetResult],
    vms: dict[str, VmResult],
    scale_sets: dict[str, VmResult],
    which: Iterable[str],
    fresh: set[str],
) -> None:
    """In every VNet of `which` that the plan enables (ready, encryption off), name the VMs and scale sets that
    stay blocked or excluded: their traffic stays unencrypted. Results in `fresh` are new objects and are updated
    in place; any other whose note changes is replaced (results are values a face may hold on to)."""
    left_out = (Verdict.BLOCKED, Verdict.EXCLUDED)
    for k in which:
        v = vnets.get(k)
        if v is None:
            continue
        left: list[str] = []
        if v.verdict is VnetVerdict.READY and v.encryption is Encryption.DISABLED:
            left = [vms[m].id for m in topo.vnet_vms.get(k, ()) if m in vms and vms[m].verdict in left_out]
            left += [
                scale_sets[s].id
                for s in topo.vnet_sets.get(k, ())
                if s in scale_sets and scale_sets[s].verdict in left_out
            ]
        kept = [w for w in v.warnings if w.code != LEFT_UNENCRYPTED]
        if left:
            kept.append(
                Finding(
                    LEFT_UNENCRYPTED,
                    f"{len(left)} VM(s) or scale set(s) in this VNet stay blocked or excluded: their traffic stays "
                    "unencrypted after the VNet is switched on",
                    left,
                )
            )
        if kept == v.warnings:
            continue
        if k in fresh:
            v.warnings = kept
        else:
            vnets[k] = dataclasses.replace(v, warnings=kept)
