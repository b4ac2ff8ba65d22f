"""Assessment: per-VNet readiness for encryption and per-VM (and scale set) verdicts with the actions needed.

`Analyzer` indexes an inventory once (VM -> VNets, NIC AN flags, load-balancer membership) and then `run(decisions)`
re-derives every verdict cheaply, so the TUI can re-analyse on each operator change. Rules: DOMAIN.md ("What VNet
encryption needs", "What blocks a whole VNet"). Size choices come from `planner.propose`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from planner.decisions import Decisions
from planner.gcpause import collector_paused
from planner.model import (
    Inventory,
    LoadBalancer,
    PowerState,
    ScaleSet,
    VirtualMachine,
    key,
)
from planner.pools import PoolIndex, PoolMembers
from planner.propose import QUOTA, REJECTIONS_KEPT, Profile, Proposer, QuotaLedger, Rejection, profile_of
from sku_catalog import Catalog, SizeInfo, load_catalog

# Actions (the stable vocabulary of `planner analyze --json`).
RESIZE = "resize"
ENABLE_AN = "enable-accelerated-networking"
RESTART = "restart"
UPGRADE_INSTANCES = "upgrade-instances"  # scale sets: roll the instances onto the new model

# Quota losers named per VM (every candidate ranked above the chosen one lost on quota).
QUOTA_LOSERS_SHOWN = 10

AKS_RECOMMENDATION = (
    "AKS-managed node resources must not be changed through IaaS APIs: add a node pool with a supported size "
    "(e.g. `az aks nodepool add --node-vm-size {size}`), cordon and drain the old pool's nodes, then delete the old pool."
)


@dataclass(slots=True)
class Finding:
    code: str
    message: str
    resources: list[str] = field(default_factory=list)


# Shared by every VM it applies to (findings are never mutated once made).
RESTART_UNVERIFIED = Finding(
    "restart-unverified",
    "encryption is on and the VM is ready, but whether it was restarted since is not visible: "
    "check its flows in VNet flow logs",
)


@dataclass(slots=True)
class PeeringView:
    """One peering of a VNet, and whether it will carry encrypted traffic once both sides are enabled."""

    remote_id: str | None
    remote_name: str | None
    remote_encryption: str  # enabled / disabled / not-loaded
    remote_verdict: str | None  # ready / blocked / excluded, when the remote VNet is loaded
    encrypted_when_enabled: bool


@dataclass(slots=True)
class VnetResult:
    id: str
    name: str
    location: str
    encryption: str  # enabled / disabled
    verdict: str = "ready"  # ready / blocked / excluded
    blockers: list[Finding] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)
    peerings: list[PeeringView] = field(default_factory=list)
    vm_ids: list[str] = field(default_factory=list)
    scale_set_ids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class VmResult:
    id: str
    name: str
    vnet_id: str | None
    size: str
    power_state: PowerState
    verdict: str = "compliant"  # compliant / needs-changes / blocked / excluded
    actions: list[str] = field(default_factory=list)
    target_size: str | None = None
    pinned: bool = False
    nics_without_an: list[str] = field(default_factory=list)
    blockers: list[Finding] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)  # the best-ranked candidates that lost
    rejected_counts: dict[str, int] = field(default_factory=dict)  # every candidate that lost, by code
    kind: str = "vm"  # vm / scale-set


@dataclass(slots=True)
class Analysis:
    vnets: dict[str, VnetResult]
    vms: dict[str, VmResult]
    scale_sets: dict[str, VmResult]
    decisions: Decisions
    notes: list[Finding] = field(default_factory=list)  # estate-wide remarks (e.g. quota data missing)

    def summary(self) -> dict[str, object]:
        def tally(values: list[str]) -> dict[str, int]:
            out: dict[str, int] = {}
            for v in values:
                out[v] = out.get(v, 0) + 1
            return dict(sorted(out.items()))

        actions = [a for r in self.vms.values() for a in r.actions]
        return {
            "vnets": len(self.vnets),
            "vnets_by_verdict": tally([v.verdict for v in self.vnets.values()]),
            "vms": len(self.vms),
            "vms_by_verdict": tally([v.verdict for v in self.vms.values()]),
            "vm_actions": tally(actions),
            "scale_sets_by_verdict": tally([v.verdict for v in self.scale_sets.values()]),
            "resizes_by_target": tally([v.target_size for v in self.vms.values() if v.target_size]),
            "series_list": self.decisions.series,
        }


def is_aks_managed(resource_id: str, tags: dict[str, str]) -> bool:
    """AKS node resources: tagged `aks-managed-*` by AKS, or in its `MC_*` node resource group."""
    for tag in tags:
        if tag[:12].lower() == "aks-managed-":
            return True
    segments = resource_id.split("/", 5)  # ['', 'subscriptions', S, 'resourceGroups', G, ...]
    return len(segments) > 4 and segments[4][:3].lower() == "mc_"


@dataclass(slots=True)
class _VmFacts:
    """What assessment needs of one VM, derived from the inventory once."""

    vm: VirtualMachine
    vnet_keys: list[str]
    nics_without_an: list[str]
    missing_nics: list[str]
    aks: bool
    uniform_scale_set: str | None


@dataclass(slots=True)
class _RunState:
    """What the last run kept so that `Analyzer.update` can redo only what a decision change affects."""

    decisions: Decisions
    confidential: set[str]
    blocked: set[str]  # VNets blocked by what does not depend on proposals
    notes: list[Finding]
    raw_vms: dict[str, VmResult] = field(default_factory=dict)  # before VNet verdicts are applied
    raw_sets: dict[str, VmResult] = field(default_factory=dict)
    users: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # quota scope -> who drew on it
    analysis: Analysis | None = None


def _copy_decisions(d: Decisions) -> Decisions:
    return Decisions(
        series=d.series,
        strict_private_link=d.strict_private_link,
        allow_smaller=d.allow_smaller,
        preferred_sizes=list(d.preferred_sizes),
        pins=dict(d.pins),
        exclude_vms=set(d.exclude_vms),
        exclude_vnets=set(d.exclude_vnets),
    )


def _same_policy(a: Decisions, b: Decisions) -> bool:
    """Everything but pins and VM exclusions is equal (those two are what `update` handles incrementally)."""
    return (
        a.series == b.series
        and a.strict_private_link == b.strict_private_link
        and a.allow_smaller == b.allow_smaller
        and a.preferred_sizes == b.preferred_sizes
        and a.exclude_vnets == b.exclude_vnets
    )


class Analyzer:
    """Indexes an inventory once; `run` re-derives all verdicts for a set of decisions."""

    def __init__(self, inv: Inventory) -> None:
        with collector_paused():
            self._index(inv)

    def _index(self, inv: Inventory) -> None:
        self.inv = inv
        self._catalogs: dict[str, Catalog] = {}
        self._proposers: dict[tuple[str, tuple[str, ...]], Proposer] = {}
        self._profiles: dict[tuple[str, bool], Profile] = {}
        self._resume: dict[tuple[Profile, tuple[str, str]], int] = {}
        self._nic_vnet_cache: dict[str, list[str]] = {}
        self._vnet_blocked_cache: dict[tuple[str, ...], Finding] = {}
        self._state: _RunState | None = None
        self._users: dict[tuple[str, str], set[str]] = {}
        self._current = ""
        self.facts = {k: self._vm_facts(vm) for k, vm in inv.vms.items()}
        self.vnet_vms: dict[str, list[str]] = {}
        for k, f in self.facts.items():
            for vk in f.vnet_keys:
                self.vnet_vms.setdefault(vk, []).append(k)
        self.scale_set_vnets = {
            k: sorted({key(inv.vnet_id_of_subnet(s)) for s in ss.subnet_ids})
            for k, ss in inv.scale_sets.items()
        }
        self._index_load_balancers()
        self._index_neighbours()

    # --- indexing -------------------------------------------------------------------------------------------

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

    def _nic_vnets(self, nic_key: str) -> list[str]:
        """The case-folded VNet ids of a NIC's subnets, worked out once per NIC."""
        hit = self._nic_vnet_cache.get(nic_key)
        if hit is None:
            nic = self.inv.nics[nic_key]
            hit = []
            for cfg in nic.ip_configurations:
                if cfg.subnet_id:
                    sid = cfg.subnet_id.lower()
                    cut = sid.find("/subnets/")
                    vk = sid[:cut] if cut >= 0 else sid
                    if vk not in hit:
                        hit.append(vk)
            self._nic_vnet_cache[nic_key] = hit
        return hit

    def _vm_facts(self, vm: VirtualMachine) -> _VmFacts:
        inv = self.inv
        without: list[str] = []
        missing: list[str] = []
        vnet_keys: list[str] = []
        # Primary NIC first, so a VM's first VNet is its primary NIC's.
        refs = vm.nics if len(vm.nics) < 2 else sorted(vm.nics, key=lambda r: not r.primary)
        for ref in refs:
            nk = ref.id.lower()
            nic = inv.nics.get(nk)
            if nic is None:
                missing.append(ref.id)
                continue
            if not nic.accelerated_networking:
                without.append(nic.id)
            for vk in self._nic_vnets(nk):
                if vk not in vnet_keys:
                    vnet_keys.append(vk)
        uniform = None
        if vm.scale_set_id:
            ss = inv.scale_sets.get(key(vm.scale_set_id))
            if ss is not None and (ss.orchestration_mode or "Uniform").lower() == "uniform":
                uniform = ss.id
        return _VmFacts(
            vm=vm,
            vnet_keys=vnet_keys,
            nics_without_an=without,
            missing_nics=missing,
            aks=is_aks_managed(vm.id, vm.tags),
            uniform_scale_set=uniform,
        )

    def _index_neighbours(self) -> None:
        """Who is affected when one resource's result changes: for incremental re-analysis."""
        inv = self.inv
        self.vm_ilb_vnets: dict[str, set[str]] = {}
        self.set_ilb_vnets: dict[str, set[str]] = {}
        for _, lb_vms, lb_sets, _, lb_vnets in self.ilb_members:
            for v in lb_vms:
                self.vm_ilb_vnets.setdefault(v, set()).update(lb_vnets)
            for s in lb_sets:
                self.set_ilb_vnets.setdefault(s, set()).update(lb_vnets)
        self.peered_by: dict[str, set[str]] = {}
        for k, vnet in inv.vnets.items():
            for p in vnet.peerings:
                if p.remote_vnet_id:
                    remote = key(p.remote_vnet_id)
                    self.peered_by.setdefault(remote, set()).add(k)
                    self.peered_by.setdefault(k, set()).add(remote)
        self.vnet_ilbs: dict[str, list[tuple[LoadBalancer, set[str], set[str], list[str], set[str]]]] = {}
        for entry in self.ilb_members:
            for v in entry[4]:
                self.vnet_ilbs.setdefault(v, []).append(entry)
        self.vnet_resolvers: dict[str, list[str]] = {}
        for d in inv.dns_resolvers.values():
            if d.vnet_id:
                self.vnet_resolvers.setdefault(key(d.vnet_id), []).append(d.id)
        self.vnet_pls: dict[str, list[str]] = {}
        for service in inv.private_link_services.values():
            for v in dict.fromkeys(key(inv.vnet_id_of_subnet(sid)) for sid in service.subnet_ids):
                self.vnet_pls.setdefault(v, []).append(service.id)
        self.vnet_sets: dict[str, list[str]] = {}
        for s, vs in self.scale_set_vnets.items():
            for v in vs:
                self.vnet_sets.setdefault(v, []).append(s)
        self.set_members: dict[str, list[str]] = {}
        for k, f in self.facts.items():
            if f.uniform_scale_set:
                self.set_members.setdefault(key(f.uniform_scale_set), []).append(k)

    def _index_load_balancers(self) -> None:
        """Internal LB pool members per VNet: VM keys, scale-set keys, and secondary ipconfigs found in pools."""
        inv = self.inv
        index = PoolIndex(inv)
        # per internal LB: member VM keys, member scale-set keys, secondary ipconfig ids, VNet keys touched
        self.ilb_members: list[tuple[LoadBalancer, set[str], set[str], list[str], set[str]]] = []
        for lb in inv.load_balancers.values():
            if not lb.internal:
                continue
            members = PoolMembers(vnets={key(inv.vnet_id_of_subnet(s)) for s in lb.frontend_subnet_ids})
            for pool in lb.backend_pools:
                index.members(pool, members)
            vnets = set(members.vnets)
            for owner in members.scale_sets:
                vnets.update(self.scale_set_vnets.get(owner, []))
            vms, sets, secondary = set(members.vms), set(members.scale_sets), members.secondary
            self.ilb_members.append((lb, vms, sets, secondary, vnets))

    # --- analysis -------------------------------------------------------------------------------------------

    def run(self, decisions: Decisions) -> Analysis:
        with collector_paused():
            return self._run(decisions)

    def _run(self, decisions: Decisions) -> Analysis:
        inv = self.inv
        catalog = self.catalog(decisions.series)
        notes: list[Finding] = []
        missing_quota = sorted(
            {vm.location.lower() for vm in inv.vms.values()} - QuotaLedger(inv.usages).regions
        )
        if missing_quota:
            notes.append(
                Finding(
                    "quota-unknown",
                    "no Compute usage (quota) data for "
                    + ", ".join(missing_quota)
                    + ": quota was not checked there",
                )
            )
        confidential = {
            k
            for k, f in self.facts.items()
            if catalog.size(f.vm.size).confidential != "none"
            or (f.vm.security_type or "").lower() == "confidentialvm"
        }
        # VNet blockers that do not depend on proposals come first: VMs in a VNet blocked by them are not
        # proposed for (nothing will change them) and take no quota from VMs that will be changed.
        static = {k: self._assess_vnet(k, decisions, confidential) for k in sorted(inv.vnets)}
        st = _RunState(
            decisions=_copy_decisions(decisions),
            confidential=confidential,
            blocked={k for k, v in static.items() if v.verdict == "blocked"},
            notes=notes,
        )
        self._state = st
        self._assess_resources(st, decisions, sorted(inv.vms), sorted(inv.scale_sets))
        vnets = {k: self._vnet_result(k, st, decisions, static[k]) for k in sorted(inv.vnets)}
        self._peerings(vnets, vnets)
        vms = {k: self._finalize(st.raw_vms[k], self.facts[k].vnet_keys, vnets) for k in sorted(st.raw_vms)}
        scale_sets = {
            k: self._finalize(st.raw_sets[k], self.scale_set_vnets.get(k, []), vnets)
            for k in sorted(st.raw_sets)
        }
        self._follow_scale_sets(vms, scale_sets, vms)
        st.analysis = Analysis(vnets=vnets, vms=vms, scale_sets=scale_sets, decisions=decisions, notes=notes)
        return st.analysis

    def update(self, decisions: Decisions) -> Analysis:
        """Re-analyse after the operator changed decisions, redoing only what the change can affect.

        Pins and VM exclusions change one VM's result, the quota left in its subscription and region (so every VM
        there that draws on quota is re-proposed, in the same order as a full run), and the verdicts of the VNets
        those VMs touch (through internal load balancers) and their peers. Any other change runs everything again.
        The result equals `run(decisions)`.
        """
        st = self._state
        if st is None or st.analysis is None or not _same_policy(st.decisions, decisions):
            return self.run(decisions)
        with collector_paused():
            return self._update(st, decisions)

    def _update(self, st: _RunState, decisions: Decisions) -> Analysis:
        assert st.analysis is not None
        old = st.decisions
        changed = {
            k for k in old.pins.keys() | decisions.pins.keys() if old.pins.get(k) != decisions.pins.get(k)
        }
        changed |= old.exclude_vms ^ decisions.exclude_vms
        vm_keys = {k for k in changed if k in self.inv.vms}
        set_keys = {k for k in changed if k in self.inv.scale_sets}
        ledger = QuotaLedger(self.inv.usages)
        scopes = {self._scope_of(k, ledger) for k in vm_keys | set_keys}
        for scope in scopes:
            for k in st.users.pop(scope, set()):
                (vm_keys if k in self.inv.vms else set_keys).add(k)
        st.decisions = _copy_decisions(decisions)
        self._assess_resources(st, decisions, sorted(vm_keys), sorted(set_keys))

        affected: set[str] = set()
        for k in vm_keys:
            affected.update(self.facts[k].vnet_keys)
            affected.update(self.vm_ilb_vnets.get(k, ()))
        for k in set_keys:
            affected.update(self.scale_set_vnets.get(k, ()))
            affected.update(self.set_ilb_vnets.get(k, ()))
        affected &= self.inv.vnets.keys()
        vnets = dict(st.analysis.vnets)
        for k in affected:
            vnets[k] = self._vnet_result(k, st, decisions)
        for k in {p for a in affected for p in self.peered_by.get(a, ())} - affected:
            if k in vnets:  # a peer's own result is unchanged; only its view of the peering is redone
                vnets[k] = dataclasses.replace(vnets[k])
            affected.add(k)
        self._peerings(vnets, {k: vnets[k] for k in affected if k in vnets})

        vms = dict(st.analysis.vms)
        scale_sets = dict(st.analysis.scale_sets)
        refresh = set(vm_keys)
        before = st.analysis.vnets
        for k in affected:
            # A VM's final result reads only its VNets' verdicts (and names): unchanged verdict, nothing to redo.
            if k not in before or before[k].verdict != vnets[k].verdict:
                refresh.update(self.vnet_vms.get(k, ()))
        for k in set_keys | {s for v in affected for s in self.vnet_sets.get(v, ())}:
            scale_sets[k] = self._finalize(st.raw_sets[k], self.scale_set_vnets.get(k, []), vnets)
            refresh.update(self.set_members.get(k, ()))
        for k in refresh:
            vms[k] = self._finalize(st.raw_vms[k], self.facts[k].vnet_keys, vnets)
        self._follow_scale_sets(vms, scale_sets, {k: vms[k] for k in refresh})
        st.analysis = Analysis(
            vnets=vnets, vms=vms, scale_sets=scale_sets, decisions=decisions, notes=st.notes
        )
        return st.analysis

    def _scope_of(self, k: str, ledger: QuotaLedger) -> tuple[str, str]:
        res = self.inv.vms[k] if k in self.inv.vms else self.inv.scale_sets[k]
        return ledger.scope(res.id.split("/")[2], res.location)

    def _assess_resources(
        self, st: _RunState, decisions: Decisions, vm_keys: list[str], set_keys: list[str]
    ) -> None:
        """(Re-)assess these VMs and scale sets into `st`: pinned VMs take quota first, then by id, then sets."""
        catalog = self.catalog(decisions.series)
        proposer = self.proposer(decisions)
        ledger = QuotaLedger(self.inv.usages)
        self._resume = {}
        self._users = st.users
        pins = decisions.pins
        ordered = sorted(vm_keys, key=lambda k: (k not in pins, k)) if pins else sorted(vm_keys)
        blocked = st.blocked
        for k in ordered:
            in_blocked = bool(blocked) and any(v in blocked for v in self.facts[k].vnet_keys)
            self._current = k
            st.raw_vms[k] = self._assess_vm(k, decisions, catalog, proposer, None if in_blocked else ledger)
        for k in set_keys:
            ss = self.inv.scale_sets[k]
            in_blocked = any(v in st.blocked for v in self.scale_set_vnets.get(k, []))
            self._current = k
            st.raw_sets[k] = self._assess_scale_set(
                ss, decisions, catalog, proposer, None if in_blocked else ledger
            )

    def _vnet_result(
        self, k: str, st: _RunState, decisions: Decisions, static: VnetResult | None = None
    ) -> VnetResult:
        """A VNet's full result; `static` is its proposal-independent part when already worked out."""
        v = static if static is not None else self._assess_vnet(k, decisions, st.confidential)
        if v.verdict != "excluded":
            self._ilb_backend_blockers(k, v, decisions, st.raw_vms, st.raw_sets)
        return v

    def _follow_scale_sets(
        self, vms: dict[str, VmResult], scale_sets: dict[str, VmResult], which: dict[str, VmResult]
    ) -> None:
        """Members of a Uniform scale set take its verdict: they change through its model."""
        for k, r in which.items():
            uniform = self.facts[k].uniform_scale_set
            if uniform and key(uniform) in scale_sets and r.verdict not in ("excluded", "blocked"):
                vms[k].verdict = scale_sets[key(uniform)].verdict

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
            if code is not None:
                r.blockers.append(
                    Finding("pin-refused", f"pinned size {pinned} refused: {code} ({_why(code)})", [r.id])
                )
                return None
            ledger.take(scope, current, target)
            r.target_size = target.name
            return target
        ranking = proposer.ranking(profile)
        if not ranking.valid:
            r.rejected = list(ranking.rejected)
            r.rejected_counts = ranking.rejected_counts
            r.blockers.append(
                Finding("no-eligible-size", f"no supported size passes every constraint for {r.size}", [r.id])
            )
            return None
        chosen = None
        start = self._resume.get((profile, scope), 0)
        index = start
        for index in range(start, len(ranking.valid)):
            if ledger.fits(scope, current, ranking.valid[index]):
                chosen = ranking.valid[index]
                break
        else:
            index = len(ranking.valid)
        self._resume[(profile, scope)] = index
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

    def _assess_vm(
        self, k: str, decisions: Decisions, catalog: Catalog, proposer: Proposer, ledger: QuotaLedger | None
    ) -> VmResult:
        """A VM's blockers, proposal and actions; `ledger` None: its VNet is blocked, so nothing is proposed."""
        f = self.facts[k]
        vm = f.vm
        vnet_id = (
            self.inv.vnets[f.vnet_keys[0]].id if f.vnet_keys and f.vnet_keys[0] in self.inv.vnets else None
        )
        if vnet_id is None and f.vnet_keys:
            vnet_id = next((v for v in self.inv.vm_vnet_ids(vm)), None)
        r = VmResult(id=vm.id, name=vm.name, vnet_id=vnet_id, size=vm.size, power_state=vm.power_state)
        r.nics_without_an = list(f.nics_without_an)
        if k in decisions.exclude_vms or (
            f.vnet_keys and all(v in decisions.exclude_vnets for v in f.vnet_keys)
        ):
            r.verdict = "excluded"
            return r
        if not vm.size:
            r.blockers.append(Finding("size-unknown", "the inventory has no size for this VM", [vm.id]))
            return r
        size = catalog.size(vm.size)
        if f.aks:
            r.blockers.append(
                Finding("aks-managed", AKS_RECOMMENDATION.format(size=self._aks_size(vm, catalog)), [vm.id])
            )
        if size.confidential != "none" or (vm.security_type or "").lower() == "confidentialvm":
            r.blockers.append(
                Finding(
                    "confidential-vm",
                    f"{vm.size} is a confidential-computing size: its VNet must not be encrypted "
                    "and it cannot move to a non-confidential size",
                    [vm.id],
                )
            )
        if f.missing_nics or not vm.nics:
            r.blockers.append(
                Finding(
                    "nic-not-loaded",
                    "the VM's NICs are not in the inventory: its network and Accelerated Networking are unknown",
                    f.missing_nics or [vm.id],
                )
            )
        if any(v not in self.inv.vnets for v in f.vnet_keys):
            absent = [v for v in self.inv.vm_vnet_ids(vm) if key(v) not in self.inv.vnets]
            r.blockers.append(
                Finding(
                    "vnet-not-loaded",
                    "the VM's VNet is not in the inventory: its encryption cannot be planned; "
                    "export the VNet too",
                    absent,
                )
            )
        if f.uniform_scale_set:
            r.warnings.append(
                Finding(
                    "scale-set-member",
                    "changed through its scale set's model and an instance upgrade",
                    [f.uniform_scale_set],
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
                r.actions.append(RESIZE)
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
            r.actions.append(ENABLE_AN)
        return r

    def _aks_size(self, vm: VirtualMachine, catalog: Catalog) -> str:
        if catalog.is_supported(vm.size):
            return vm.size
        ranking = self.proposer(Decisions(series=catalog.series_list)).ranking(
            profile_of(vm, allow_smaller=False)
        )
        return ranking.valid[0].name if ranking.valid else "<a supported size>"

    def _assess_scale_set(
        self,
        ss: ScaleSet,
        decisions: Decisions,
        catalog: Catalog,
        proposer: Proposer,
        ledger: QuotaLedger | None,
    ) -> VmResult:
        vnets = self.scale_set_vnets.get(key(ss.id), [])
        r = VmResult(
            id=ss.id,
            name=ss.name,
            vnet_id=self.inv.vnets[vnets[0]].id if vnets and vnets[0] in self.inv.vnets else None,
            size=ss.size or "unknown",
            power_state=PowerState.UNKNOWN,
            kind="scale-set",
        )
        if vnets and all(v in decisions.exclude_vnets for v in vnets):
            r.verdict = "excluded"
            return r
        if ss.aks_managed or is_aks_managed(ss.id, ss.tags):
            size = ss.size or "<a supported size>"
            if ss.size and not catalog.is_supported(ss.size):
                profile = Profile(
                    ss.size.lower(), ss.location.lower(), None, "V1", False, False, False, 0, 1, False
                )
                ranking = proposer.ranking(profile)
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
            # The model's disks and generation are not in the inventory: judged as a Gen1 SCSI single-NIC VM.
            profile = Profile(
                ss.size.lower(),
                ss.location.lower(),
                None,
                "V1",
                False,
                False,
                False,
                0,
                1,
                decisions.allow_smaller,
            )
            target = self._propose(r, profile, pinned, catalog, proposer, ledger)
            if target is not None and target.name.lower() != ss.size.lower():
                r.actions.append(RESIZE)
        if target is None:
            return r
        if not ss.accelerated_networking:
            r.actions.append(ENABLE_AN)
        if r.actions:
            r.actions.append(UPGRADE_INSTANCES)
        return r

    def _assess_vnet(self, k: str, decisions: Decisions, confidential_vms: set[str]) -> VnetResult:
        """A VNet's blockers and warnings that do not depend on size proposals."""
        inv = self.inv
        vnet = inv.vnets[k]
        r = VnetResult(
            id=vnet.id,
            name=vnet.name,
            location=vnet.location,
            encryption="enabled" if vnet.encryption_enabled else "disabled",
        )
        members = self.vnet_vms.get(k, [])
        r.vm_ids = [inv.vms[m].id for m in members]
        r.scale_set_ids = [inv.scale_sets[s].id for s in self.vnet_sets.get(k, ())]
        if decisions.vnet_excluded(vnet.id):
            r.verdict = "excluded"
            return r
        if vnet.encryption_enabled and (vnet.encryption_enforcement or "").lower() == "dropunencrypted":
            r.warnings.append(
                Finding(
                    "drop-unencrypted",
                    "enforcement is DropUnencrypted: traffic to any VM not yet ready is dropped",
                )
            )
        resolvers = self.vnet_resolvers.get(k, [])
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
        pls = self.vnet_pls.get(k, [])
        if pls:
            finding = Finding(
                "private-link-service",
                "a Private Link service is in this VNet (GA guidance: do not enable; newer: supported, not encrypted)",
                pls,
            )
            (r.blockers if decisions.strict_private_link else r.warnings).append(finding)
        for lb, _, _, secondary, _ in self.vnet_ilbs.get(k, ()):
            if secondary:
                r.blockers.append(
                    Finding(
                        "ilb-secondary-ipconfig",
                        f"internal load balancer {lb.name} has NIC secondary IP configurations in a backend pool",
                        secondary,
                    )
                )
        for cluster in inv.aks_clusters.values():
            for pool in cluster.pools:
                if (
                    pool.pod_subnet_id
                    and pool.vnet_subnet_id
                    and key(inv.vnet_id_of_subnet(pool.vnet_subnet_id)) == k
                ):
                    r.warnings.append(
                        Finding(
                            "aks-pod-subnet",
                            f"AKS {cluster.name} pool {pool.name} uses dynamic pod IPs: only node traffic is encrypted",
                            [cluster.id],
                        )
                    )
        if r.blockers:
            r.verdict = "blocked"
        return r

    def _ilb_backend_blockers(
        self,
        k: str,
        r: VnetResult,
        decisions: Decisions,
        vms: dict[str, VmResult],
        scale_sets: dict[str, VmResult],
    ) -> None:
        """An internal LB whose backends will not all be on supported sizes once the plan has run blocks its VNet."""
        catalog = self.catalog(decisions.series)

        def fixable(member_key: str, m: VmResult) -> bool:
            if catalog.is_supported(m.size):
                return True
            if m.verdict == "excluded" or m.blockers:
                return False
            if m.target_size:
                return catalog.is_supported(m.target_size)
            # Not proposed for (its VNet is blocked for another reason): judged on eligible sizes, quota aside.
            if m.kind == "vm":
                profile = self.profile(member_key, decisions.allow_smaller)
                return bool(self.proposer(decisions).ranking(profile).valid)
            return False

        for lb, lb_vms, lb_sets, _, _ in self.vnet_ilbs.get(k, ()):
            members = [
                *((v, vms[v]) for v in sorted(lb_vms) if v in vms),
                *((s, scale_sets[s]) for s in sorted(lb_sets) if s in scale_sets),
            ]
            unsupported = [m.id for mk, m in members if not fixable(mk, m)]
            if unsupported:
                r.blockers.append(
                    Finding(
                        "ilb-unsupported-backend",
                        f"internal load balancer {lb.name} has backends that will not be on a supported size",
                        unsupported,
                    )
                )
                r.verdict = "blocked"

    def _peerings(self, vnets: dict[str, VnetResult], targets: dict[str, VnetResult]) -> None:
        """Fill the peering views of `targets` (a subset of `vnets`), replacing what they held."""
        for k, r in targets.items():
            r.peerings = []
            for p in self.inv.vnets[k].peerings:
                remote = vnets.get(key(p.remote_vnet_id)) if p.remote_vnet_id else None
                here_ok = r.verdict == "ready"
                remote_ok = remote is not None and remote.verdict == "ready"
                r.peerings.append(
                    PeeringView(
                        remote_id=p.remote_vnet_id,
                        remote_name=remote.name if remote else None,
                        remote_encryption=remote.encryption if remote else "not-loaded",
                        remote_verdict=remote.verdict if remote else None,
                        encrypted_when_enabled=here_ok and remote_ok,
                    )
                )

    def _vnet_blocked(self, blocked: list[str], vnets: dict[str, VnetResult]) -> Finding:
        """The `vnet-blocked` finding, one object shared by every VM behind the same blocked VNets."""
        k = tuple(blocked)
        hit = self._vnet_blocked_cache.get(k)
        if hit is None:  # the inventory is fixed for an Analyzer, so are the VNets' names and ids
            hit = self._vnet_blocked_cache[k] = Finding(
                "vnet-blocked",
                "its VNet cannot be encrypted: " + ", ".join(vnets[v].name for v in blocked),
                [vnets[v].id for v in blocked],
            )
        return hit

    def _finalize(self, raw: VmResult, vnet_keys: list[str], vnets: dict[str, VnetResult]) -> VmResult:
        """The final result: the raw one (kept unchanged for re-analysis) with its VNets' verdicts applied.

        Lists are shared with the raw result and replaced, never appended to, when they change.
        """
        r = VmResult(
            raw.id,
            raw.name,
            raw.vnet_id,
            raw.size,
            raw.power_state,
            raw.verdict,
            raw.actions,
            raw.target_size,
            raw.pinned,
            raw.nics_without_an,
            raw.blockers,
            raw.warnings,
            raw.rejected,
            raw.rejected_counts,
            raw.kind,
        )
        if r.verdict == "excluded":
            return r
        blocked = [v for v in vnet_keys if v in vnets and vnets[v].verdict == "blocked"]
        if blocked:
            r.blockers = [*r.blockers, self._vnet_blocked(blocked, vnets)]
        if r.blockers:
            r.verdict = "blocked"
            r.actions = []
            return r
        enabled = bool(vnet_keys) and all(v in vnets and vnets[v].encryption == "enabled" for v in vnet_keys)
        if r.kind == "vm" and r.power_state is not PowerState.DEALLOCATED and (r.actions or not enabled):
            r.actions = [*r.actions, RESTART]
        elif r.kind == "vm" and enabled and r.power_state is not PowerState.DEALLOCATED:
            r.warnings = [*r.warnings, RESTART_UNVERIFIED]
        r.verdict = "needs-changes" if r.actions else "compliant"
        return r


def _why(code: str) -> str:
    from planner.propose import REJECTION_MESSAGES

    return REJECTION_MESSAGES.get(code, code)


def analyze(inv: Inventory, decisions: Decisions | None = None) -> Analysis:
    return Analyzer(inv).run(decisions or Decisions())
