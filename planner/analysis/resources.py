"""Per-VM and per-scale-set assessment: blockers, the proposed target size, and the actions needed.

`Assessor` holds what is worked out once per inventory (each VM's NIC facts and features, size catalogs, proposers,
profiles, the reserved sizes of capacity reservation groups) and hands the sizing of the run in progress to
`planner.analysis.proposals`. Size constraints come from `planner.analysis.propose`; the rules about what makes a
cycle impossible or worth a warning (ephemeral OS disks, dedicated hosts...) from `planner.analysis.features`.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.analysis import features as feat
from planner.analysis.decisions import Decisions
from planner.analysis.features import Features
from planner.analysis.proposals import Proposals
from planner.analysis.propose import SIZE_UNKNOWN, Profile, Proposer, profile_of
from planner.analysis.quota import QuotaLedger
from planner.analysis.results import RESTART_UNVERIFIED_SCALE_SET, Candidates, Finding, VmResult
from planner.model import Inventory, PowerState, ScaleSet, VirtualMachine, key
from planner.topology import Topology, is_uniform
from planner.vocabulary import Action, ResultKind, Verdict
from sku_catalog import Catalog, SizeInfo, load_catalog

AKS_RECOMMENDATION = (
    "AKS-managed node resources must not be changed through IaaS APIs: add a node pool with a supported size "
    "(e.g. `az aks nodepool add --node-vm-size {size}`), cordon and drain the old pool's nodes, then delete the old pool."
)


def is_aks_managed(resource_id: str, tags: dict[str, str]) -> bool:
    """AKS node resources: tagged `aks-managed-*` by AKS, or in its `MC_*` node resource group."""
    for tag in tags:
        if tag[:12].lower() == "aks-managed-":
            return True
    segments = resource_id.split("/", 5)  # ['', 'subscriptions', S, 'resourceGroups', G, ...]
    return len(segments) > 4 and segments[4][:3].lower() == "mc_"


def is_confidential(vm: VirtualMachine, catalog: Catalog) -> bool:
    return catalog.size(vm.size).confidential != "none" or (vm.security_type or "").lower() == "confidentialvm"


def size_unknown(size: str, resource_id: str) -> Finding:
    return Finding(
        SIZE_UNKNOWN,
        f"{size} is in neither the size catalog nor the inventory's Resource SKUs: its facts (temp disk, "
        "generation, controller...) are unknown; export the region's Resource SKUs (`az vm list-skus`)",
        [resource_id],
    )


@dataclass(slots=True)
class VmFacts:
    """What assessment needs of one VM beyond its topology, derived once."""

    vm: VirtualMachine
    nics_without_an: list[str]
    aks: bool
    enabled: bool  # every VNet it sits in has encryption on, as inventoried
    features: Features


class Assessor:
    def __init__(self, inv: Inventory, topo: Topology) -> None:
        self.inv = inv
        self.topo = topo
        self.facts = {k: self._facts(k, vm) for k, vm in inv.vms.items()}
        self.reservations = feat.reservations_of(inv)
        self._catalogs: dict[str, Catalog] = {}
        self._proposers: dict[tuple[str, tuple[str, ...]], Proposer] = {}
        self._profiles: dict[tuple[str, bool], Profile] = {}
        self.proposals = Proposals()

    def _facts(self, k: str, vm: VirtualMachine) -> VmFacts:
        inv, links = self.inv, self.topo.vms[k]
        vnets = inv.vnets
        return VmFacts(
            vm=vm,
            nics_without_an=[nic.id for nic in links.nics if not nic.accelerated_networking],
            aks=is_aks_managed(vm.id, vm.tags),
            enabled=bool(links.vnet_keys)
            and all(v in vnets and vnets[v].encryption_enabled for v in links.vnet_keys),
            features=feat.vm_features(inv, vm, links.nics),
        )

    # --- caches ---------------------------------------------------------------------------------------------

    def catalog(self, series: str) -> Catalog:
        if series not in self._catalogs:
            self._catalogs[series] = load_catalog(series, self.inv.skus)
        return self._catalogs[series]

    def proposer(self, decisions: Decisions) -> Proposer:
        k = (decisions.series, tuple(decisions.preferred_sizes))
        if k not in self._proposers:
            catalog = self.catalog(decisions.series)
            self._proposers[k] = Proposer(catalog, decisions.preferred_sizes, self.reservations)
        return self._proposers[k]

    def profile(self, vm_key: str, allow_smaller: bool) -> Profile:
        k = (vm_key, allow_smaller)
        p = self._profiles.get(k)
        if p is None:
            p = self._profiles[k] = profile_of(self.inv.vms[vm_key], allow_smaller=allow_smaller)
        return p

    def eligible(self, vm_key: str, decisions: Decisions) -> bool:
        """Whether any supported size passes every constraint for the VM, quota aside."""
        return bool(self.proposer(decisions).ranking(self.profile(vm_key, decisions.allow_smaller)).valid)

    def candidates(self, k: str, decisions: Decisions) -> Candidates | None:
        """The ranked targets of a VM or scale set under these decisions (None when its size is unknown)."""
        catalog = self.catalog(decisions.series)
        if k in self.inv.vms:
            if not self.inv.vms[k].size:
                return None
            profile = self.profile(k, decisions.allow_smaller)
        else:
            ss = self.inv.scale_sets[k]
            if not ss.size:
                return None
            profile = feat.scale_set_profile(ss, ss.size, decisions.allow_smaller)
        ranking = self.proposer(decisions).ranking(profile)
        return Candidates(
            catalog.size(profile.size), list(ranking.valid), list(ranking.rejected), dict(ranking.rejected_counts)
        )

    def replay(self, k: str, catalog: Catalog, proposer: Proposer, ledger: QuotaLedger) -> bool:
        """Replay a resource's last quota outcome (`Proposals.replay`): True when its result stands."""
        return self.proposals.replay(k, catalog, proposer, ledger)

    def begin(self, users: dict[tuple[str, str], set[str]]) -> None:
        """Start (re-)assessing: quota users are recorded into `users`; ranking positions start afresh."""
        self.proposals.begin(users)

    # --- VMs ------------------------------------------------------------------------------------------------

    def vm(
        self, k: str, decisions: Decisions, catalog: Catalog, proposer: Proposer, ledger: QuotaLedger | None
    ) -> VmResult:
        """A VM's blockers, proposal and actions; `ledger` None: its VNet is blocked, so nothing is proposed."""
        self.proposals.forget(k)
        f = self.facts[k]
        links = self.topo.vms[k]
        vm = f.vm
        inv = self.inv
        vnet_id = inv.vnets[links.vnet_keys[0]].id if links.vnet_keys and links.vnet_keys[0] in inv.vnets else None
        if vnet_id is None and links.vnet_ids:
            vnet_id = links.vnet_ids[0]
        r = VmResult(id=vm.id, name=vm.name, vnet_id=vnet_id, size=vm.size, power_state=vm.power_state)
        r.nics_without_an = list(f.nics_without_an)
        if k in decisions.exclude_vms or (
            links.vnet_keys and all(v in decisions.exclude_vnets for v in links.vnet_keys)
        ):
            r.verdict = Verdict.EXCLUDED
            return r
        if not vm.size:
            r.blockers.append(Finding("size-unknown", "the inventory has no size for this VM", [vm.id]))
            return r
        self._standing_blockers(r, k, f, catalog)
        if links.uniform_scale_set:
            r.warnings.append(
                Finding(
                    "scale-set-member",
                    "changed through its scale set's model and an instance upgrade",
                    [links.uniform_scale_set],
                )
            )
            return r
        if r.blockers or ledger is None:
            return r
        pinned = decisions.pins.get(k)
        if pinned is not None and pinned.lower() == vm.size.lower() and catalog.is_supported(vm.size):
            pinned = None
        resize = pinned is not None or not catalog.is_supported(vm.size)
        fs = f.features
        # A cycle is needed for a resize, AN, or encryption to take effect (`Analyzer._finalize` adds the restart).
        if fs.ephemeral and (resize or f.nics_without_an or not f.enabled or fs.inactive_nics):
            r.blockers.append(feat.ephemeral_blocker(vm.id, scale_set=False))
        if fs.host and resize:
            r.blockers.append(feat.dedicated_host_blocker(vm.id, fs.host, vm.size))
        if r.blockers:
            return r
        self._state_warnings(r, vm)
        target: SizeInfo | None = catalog.size(vm.size)
        if resize:
            profile = self.profile(k, decisions.allow_smaller)
            target = self.proposals.propose(r, k, profile, pinned, catalog, proposer, ledger)
            if target is not None and target.name.lower() != vm.size.lower():
                r.actions.append(Action.RESIZE)
        if target is None:
            return r
        if f.nics_without_an:
            if target.accelerated_networking is False:
                r.blockers.append(
                    Finding(
                        "accelerated-networking", f"{target.name} does not support Accelerated Networking"
                    )
                )
                return r
            r.actions.append(Action.ENABLE_AN)
        self._feature_warnings(r, f, vm)
        return r

    def _standing_blockers(self, r: VmResult, k: str, f: VmFacts, catalog: Catalog) -> None:
        """Blockers that hold whatever the decisions: unknown size, AKS, confidential, NICs or VNet not loaded."""
        vm, links, inv = f.vm, self.topo.vms[k], self.inv
        if catalog.size(vm.size).estimated:
            r.blockers.append(size_unknown(vm.size, vm.id))
        if f.aks:
            r.blockers.append(
                Finding("aks-managed", AKS_RECOMMENDATION.format(size=self._aks_size(vm, catalog)), [vm.id])
            )
        if is_confidential(vm, catalog):
            r.blockers.append(
                Finding(
                    "confidential-vm",
                    f"{vm.size} is a confidential-computing size: its VNet must not be encrypted "
                    "and it cannot move to a non-confidential size",
                    [vm.id],
                )
            )
        if links.missing_nics or not vm.nics:
            r.blockers.append(
                Finding(
                    "nic-not-loaded",
                    "the VM's NICs are not in the inventory: its network and Accelerated Networking are unknown",
                    list(links.missing_nics) or [vm.id],
                )
            )
        if any(v not in inv.vnets for v in links.vnet_keys):
            r.blockers.append(
                Finding(
                    "vnet-not-loaded",
                    "the VM's VNet is not in the inventory: its encryption cannot be planned; "
                    "export the VNet too",
                    [v for v in links.vnet_ids if key(v) not in inv.vnets],
                )
            )

    @staticmethod
    def _state_warnings(r: VmResult, vm: VirtualMachine) -> None:
        if vm.power_state is PowerState.UNKNOWN:
            r.warnings.append(
                Finding(
                    "power-state-unknown",
                    "no instance view or power state in the inventory: treated as running",
                )
            )
        if vm.hyper_v_generation is None:
            r.warnings.append(
                Finding(
                    "generation-unknown",
                    "Hyper-V generation unknown (no instance view or OS disk): Gen1 assumed for size checks",
                )
            )

    @staticmethod
    def _feature_warnings(r: VmResult, f: VmFacts, vm: VirtualMachine) -> None:
        """What the operator must hear before the deallocation the plan will make (issue 9, items 2, 8, 13)."""
        fs = f.features
        if fs is feat.NONE:
            return
        if f.enabled and fs.inactive_nics and not r.actions and vm.power_state is not PowerState.DEALLOCATED:
            # AN is on and the size is supported, but the NIC says encryption is not active: a cycle activates it.
            r.actions.append(Action.RESTART)
            r.warnings.append(feat.inactive_warning(fs.inactive_nics))
        resize = Action.RESIZE in r.actions
        if resize and fs.ppg:
            r.warnings.append(feat.ppg_warning(fs.ppg))
        if resize and fs.capacity_group and not fs.capacity_group_loaded:
            r.warnings.append(feat.capacity_reservation_warning(fs.capacity_group))
        cycled = (r.actions or not f.enabled) and vm.power_state is not PowerState.DEALLOCATED
        if cycled and fs.dynamic_ips:
            r.warnings.append(feat.dynamic_ip_warning(fs.dynamic_ips))

    def _aks_size(self, vm: VirtualMachine, catalog: Catalog) -> str:
        if catalog.is_supported(vm.size):
            return vm.size
        ranking = self.proposer(Decisions(series=catalog.series_list)).ranking(
            profile_of(vm, allow_smaller=False)
        )
        return ranking.valid[0].name if ranking.valid else "<a supported size>"

    # --- scale sets -----------------------------------------------------------------------------------------

    def scale_set(
        self,
        ss: ScaleSet,
        decisions: Decisions,
        catalog: Catalog,
        proposer: Proposer,
        ledger: QuotaLedger | None,
    ) -> VmResult:
        sk = key(ss.id)
        self.proposals.forget(sk)
        vnets = self.topo.scale_set_vnets.get(sk, [])
        inv = self.inv
        r = VmResult(
            id=ss.id,
            name=ss.name,
            vnet_id=inv.vnets[vnets[0]].id if vnets and vnets[0] in inv.vnets else None,
            size=ss.size or "unknown",
            power_state=PowerState.UNKNOWN,
            kind=ResultKind.SCALE_SET,
        )
        if key(ss.id) in decisions.exclude_vms or (vnets and all(v in decisions.exclude_vnets for v in vnets)):
            r.verdict = Verdict.EXCLUDED
            return r
        if ss.aks_managed or is_aks_managed(ss.id, ss.tags):
            size = ss.size or "<a supported size>"
            if ss.size and not catalog.is_supported(ss.size):
                ranking = proposer.ranking(feat.scale_set_profile(ss, ss.size, False))
                size = ranking.valid[0].name if ranking.valid else "<a supported size>"
            r.blockers.append(Finding("aks-managed", AKS_RECOMMENDATION.format(size=size), [ss.id]))
            return r
        if ss.size is None:
            r.blockers.append(Finding("size-unknown", "the scale set's model has no size"))
            return r
        if catalog.size(ss.size).estimated:
            r.blockers.append(size_unknown(ss.size, ss.id))
            return r
        if ledger is None:
            return r
        pinned = decisions.pins.get(sk)
        resize = bool(pinned) or not catalog.is_supported(ss.size)
        uniform = is_uniform(ss)
        enabled = bool(vnets) and all(v in inv.vnets and inv.vnets[v].encryption_enabled for v in vnets)
        fs = feat.scale_set_features(inv, ss)
        if fs.ephemeral and (resize or not ss.accelerated_networking or (uniform and not enabled)):
            r.blockers.append(feat.ephemeral_blocker(ss.id, scale_set=True))
        if fs.host and resize:
            r.blockers.append(feat.dedicated_host_blocker(ss.id, fs.host, ss.size))
        if r.blockers:
            return r
        target: SizeInfo | None = catalog.size(ss.size)
        if resize:
            profile = feat.scale_set_profile(ss, ss.size, decisions.allow_smaller)
            target = self.proposals.propose(r, sk, profile, pinned, catalog, proposer, ledger)
            if target is not None and target.name.lower() != ss.size.lower():
                r.actions.append(Action.RESIZE)
        if target is None:
            return r
        if not ss.accelerated_networking:
            r.actions.append(Action.ENABLE_AN)
        if r.actions:
            r.actions.append(Action.UPGRADE_INSTANCES)
        elif uniform and vnets and not enabled:
            # Compliant, in a VNet the plan enables: its instances need a deallocate/start to carry encrypted
            # traffic (DOMAIN.md "Added rules", scale sets), in batches within its budget.
            r.actions.append(Action.RESTART)
        elif uniform:
            r.warnings.append(RESTART_UNVERIFIED_SCALE_SET)
        if Action.RESIZE in r.actions:
            if fs.ppg:
                r.warnings.append(feat.ppg_warning(fs.ppg))
            if fs.capacity_group and not fs.capacity_group_loaded:
                r.warnings.append(feat.capacity_reservation_warning(fs.capacity_group))
        return r
