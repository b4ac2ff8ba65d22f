"""Per-VM and per-scale-set assessment: blockers, the proposed target size, and the actions needed.

`Assessor` holds what is worked out once per inventory (each VM's NIC facts, size catalogs, proposers and profiles)
and the quota bookkeeping of the run in progress (who drew on which quota scope, how far down a ranking quota has
already failed). Size choices come from `planner.analysis.propose`.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.analysis.decisions import Decisions
from planner.analysis.propose import (
    QUOTA,
    REJECTION_MESSAGES,
    REJECTIONS_KEPT,
    Profile,
    Proposer,
    QuotaLedger,
    profile_of,
)
from planner.analysis.results import Candidates, Finding, VmResult
from planner.model import Inventory, PowerState, ScaleSet, VirtualMachine, key
from planner.topology import Topology
from planner.vocabulary import Action, ResultKind, Verdict
from sku_catalog import Catalog, SizeInfo, load_catalog

# Quota losers named per VM (every candidate ranked above the chosen one lost on quota).
QUOTA_LOSERS_SHOWN = 10

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


@dataclass(frozen=True, slots=True)
class Proposal:
    """How quota decided a resource's target in the last run it was assessed in."""

    profile: Profile
    scope: tuple[str, str]
    pinned: str | None  # the pinned size, when pinned
    refused: str | None  # a pin's refusal code (QUOTA when for quota)
    index: int  # unpinned: the position in its ranking of the first candidate that fitted (len: none did)


@dataclass(slots=True)
class VmFacts:
    """What assessment needs of one VM beyond its topology, derived once."""

    vm: VirtualMachine
    nics_without_an: list[str]
    aks: bool


def _scale_set_profile(ss: ScaleSet, size: str, allow_smaller: bool) -> Profile:
    # The model's disks and generation are not in the inventory: judged as a Gen1 SCSI single-NIC VM.
    return Profile(size.lower(), ss.location.lower(), None, "V1", False, False, False, 0, 1, allow_smaller)


class Assessor:
    def __init__(self, inv: Inventory, topo: Topology) -> None:
        self.inv = inv
        self.topo = topo
        self.facts = {
            k: VmFacts(
                vm=vm,
                nics_without_an=[nic.id for nic in topo.vms[k].nics if not nic.accelerated_networking],
                aks=is_aks_managed(vm.id, vm.tags),
            )
            for k, vm in inv.vms.items()
        }
        self._catalogs: dict[str, Catalog] = {}
        self._proposers: dict[tuple[str, tuple[str, ...]], Proposer] = {}
        self._profiles: dict[tuple[str, bool], Profile] = {}
        # The run in progress: see `begin` and `_propose`.
        self._resume: dict[tuple[Profile, tuple[str, str]], int] = {}
        self._users: dict[tuple[str, str], set[str]] = {}
        # Each resource's last quota outcome (for `replay`).
        self.proposals: dict[str, Proposal] = {}
        self._current = ""

    # --- caches ---------------------------------------------------------------------------------------------

    def catalog(self, series: str) -> Catalog:
        if series not in self._catalogs:
            self._catalogs[series] = load_catalog(series, self.inv.skus)
        return self._catalogs[series]

    def proposer(self, decisions: Decisions) -> Proposer:
        k = (decisions.series, tuple(decisions.preferred_sizes))
        if k not in self._proposers:
            self._proposers[k] = Proposer(self.catalog(decisions.series), decisions.preferred_sizes)
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
            profile = _scale_set_profile(ss, ss.size, decisions.allow_smaller)
        ranking = self.proposer(decisions).ranking(profile)
        return Candidates(
            catalog.size(profile.size), list(ranking.valid), list(ranking.rejected), dict(ranking.rejected_counts)
        )

    def replay(self, k: str, catalog: Catalog, proposer: Proposer, ledger: QuotaLedger) -> bool:
        """Replay a resource's last quota outcome on `ledger`, when it still holds: the same candidate is still the
        first to fit (or a pin still fits, or still does not). True: its result is unchanged and the quota it takes
        is taken; False: nothing was changed, assess it again. A resource that drew on no quota has nothing to
        replay (its result cannot move) and is True."""
        prop = self.proposals.get(k)
        if prop is None:
            return True
        profile = prop.profile
        scope = ledger.scope(*prop.scope)  # a scope is made on first use (see QuotaLedger.scope)
        self._users.setdefault(scope, set()).add(k)
        current = catalog.size(profile.size)
        if prop.pinned is not None:
            if prop.refused not in (None, QUOTA):
                return True  # refused whatever the quota
            fits = ledger.fits(scope, current, catalog.size(prop.pinned))
            if fits != (prop.refused is None):
                return False
            if fits:
                ledger.take(scope, current, catalog.size(prop.pinned))
            return True
        ranking = proposer.ranking(profile)
        if not ranking.valid:
            return True
        index = ledger.first_fit(scope, current, ranking, self._resume.get((profile, scope), 0))
        if index != prop.index:
            return False
        self._resume[(profile, scope)] = index
        if index < len(ranking.valid):
            ledger.take(scope, current, ranking.valid[index])
        return True

    def begin(self, users: dict[tuple[str, str], set[str]]) -> None:
        """Start (re-)assessing: quota users are recorded into `users`; ranking positions start afresh."""
        self._resume = {}
        self._users = users

    # --- VMs ------------------------------------------------------------------------------------------------

    def vm(
        self, k: str, decisions: Decisions, catalog: Catalog, proposer: Proposer, ledger: QuotaLedger | None
    ) -> VmResult:
        """A VM's blockers, proposal and actions; `ledger` None: its VNet is blocked, so nothing is proposed."""
        self._current = k
        self.proposals.pop(k, None)
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
        size = catalog.size(vm.size)
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
        target: SizeInfo | None = size
        if not catalog.is_supported(vm.size) or k in decisions.pins:
            pinned = decisions.pins.get(k)
            if pinned is not None and pinned.lower() == vm.size.lower() and catalog.is_supported(vm.size):
                pinned = None
            profile = self.profile(k, decisions.allow_smaller)
            target = self._propose(r, profile, pinned, catalog, proposer, ledger)
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
        return r

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
        self._current = key(ss.id)
        self.proposals.pop(self._current, None)
        vnets = self.topo.scale_set_vnets.get(key(ss.id), [])
        r = VmResult(
            id=ss.id,
            name=ss.name,
            vnet_id=self.inv.vnets[vnets[0]].id if vnets and vnets[0] in self.inv.vnets else None,
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
                ranking = proposer.ranking(_scale_set_profile(ss, ss.size, False))
                size = ranking.valid[0].name if ranking.valid else "<a supported size>"
            r.blockers.append(Finding("aks-managed", AKS_RECOMMENDATION.format(size=size), [ss.id]))
            return r
        if ss.size is None:
            r.blockers.append(Finding("size-unknown", "the scale set's model has no size"))
            return r
        if ledger is None:
            return r
        target: SizeInfo | None = catalog.size(ss.size)
        pinned = decisions.pins.get(key(ss.id))
        if not catalog.is_supported(ss.size) or pinned:
            profile = _scale_set_profile(ss, ss.size, decisions.allow_smaller)
            target = self._propose(r, profile, pinned, catalog, proposer, ledger)
            if target is not None and target.name.lower() != ss.size.lower():
                r.actions.append(Action.RESIZE)
        if target is None:
            return r
        if not ss.accelerated_networking:
            r.actions.append(Action.ENABLE_AN)
        if r.actions:
            r.actions.append(Action.UPGRADE_INSTANCES)
        return r

    # --- proposals ------------------------------------------------------------------------------------------

    def _propose(
        self,
        r: VmResult,
        profile: Profile,
        pinned: str | None,
        catalog: Catalog,
        proposer: Proposer,
        ledger: QuotaLedger,
    ) -> SizeInfo | None:
        """Fill r.target_size / r.rejected / blockers for a resource of `profile`; the chosen size, if any.

        `self._resume` remembers, per (profile, quota scope), how far down the ranking quota already failed in this
        run: quota only shrinks as targets are handed out, so those candidates would fail again.
        """
        current = catalog.size(profile.size)
        subscription = r.id.split("/")[2] if r.id.count("/") > 2 else ""
        scope = ledger.scope(subscription, profile.location)
        self._users.setdefault(scope, set()).add(self._current)
        location = profile.location
        if pinned is not None:
            r.pinned = True
            target = catalog.size(pinned)
            code = proposer.judge_pin(profile, pinned)
            if code is None and not ledger.fits(scope, current, target):
                code = QUOTA
            self.proposals[self._current] = Proposal(profile, scope, pinned, code, 0)
            if code is not None:
                why = REJECTION_MESSAGES.get(code, code)
                r.blockers.append(Finding("pin-refused", f"pinned size {pinned} refused: {code} ({why})", [r.id]))
                return None
            ledger.take(scope, current, target)
            r.target_size = target.name
            return target
        ranking = proposer.ranking(profile)
        if not ranking.valid:
            self.proposals[self._current] = Proposal(profile, scope, None, None, 0)
            r.rejected = list(ranking.rejected)
            r.rejected_counts = ranking.rejected_counts
            r.blockers.append(
                Finding("no-eligible-size", f"no supported size passes every constraint for {r.size}", [r.id])
            )
            return None
        index = ledger.first_fit(scope, current, ranking, self._resume.get((profile, scope), 0))
        chosen = ranking.valid[index] if index < len(ranking.valid) else None
        self._resume[(profile, scope)] = index
        self.proposals[self._current] = Proposal(profile, scope, None, None, index)
        # Every candidate ranked above the chosen one lost on quota; the first few are named.
        r.rejected = (ranking.quota_rejections[: min(index, QUOTA_LOSERS_SHOWN)] + ranking.rejected)[
            :REJECTIONS_KEPT
        ]
        r.rejected_counts = {**ranking.rejected_counts, QUOTA: index} if index else ranking.rejected_counts
        if chosen is None:
            r.blockers.append(
                Finding("quota", f"every eligible size for {r.size} lacks vCPU quota in {location}", [r.id])
            )
            return None
        ledger.take(scope, current, chosen)
        r.target_size = chosen.name
        if current.estimated:
            r.warnings.append(
                Finding(
                    "size-estimated",
                    f"{r.size} is not in the size catalog; its facts were read from its name",
                )
            )
        return chosen
