"""What analysis produces: findings, per-VNet and per-VM (and scale set) results, and the whole analysis.

Results are values: once an analysis is returned, nothing changes its results (incremental re-analysis makes new
result objects for what changed and shares the rest), so a face can keep a reference and compare identities.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from planner.analysis.decisions import Decisions
from planner.analysis.propose import Rejection
from planner.model import PowerState
from planner.vocabulary import Action, Encryption, ResultKind, Verdict, VnetVerdict
from sku_catalog import SizeInfo


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


RESTART_UNVERIFIED_SCALE_SET = Finding(
    "restart-unverified",
    "encryption is on and the scale set is ready, but whether its instances were deallocated and started since "
    "is not visible: check their flows in VNet flow logs",
)


@dataclass(slots=True)
class PeeringView:
    """One peering of a VNet, and whether it will carry encrypted traffic once both sides are enabled."""

    remote_id: str | None
    remote_name: str | None
    remote_encryption: str  # enabled / disabled / not-loaded
    remote_verdict: VnetVerdict | None  # when the remote VNet is loaded
    encrypted_when_enabled: bool


@dataclass(slots=True)
class VnetResult:
    id: str
    name: str
    location: str
    encryption: Encryption
    verdict: VnetVerdict = VnetVerdict.READY
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
    verdict: Verdict = Verdict.COMPLIANT
    actions: list[Action] = field(default_factory=list)
    target_size: str | None = None
    pinned: bool = False
    nics_without_an: list[str] = field(default_factory=list)
    blockers: list[Finding] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)  # the best-ranked candidates that lost
    rejected_counts: dict[str, int] = field(default_factory=dict)  # every candidate that lost, by code
    kind: ResultKind = ResultKind.VM


@dataclass(slots=True)
class Candidates:
    """The sizes a VM or scale set could move to, ranked best first, quota aside (what an operator picks from
    to pin a target), and the best-ranked of those that lost, with the constraint each broke."""

    current: SizeInfo
    valid: list[SizeInfo]
    rejected: list[Rejection]
    rejected_counts: dict[str, int]  # every candidate that lost, by code


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

        actions: list[str] = [a for r in self.vms.values() for a in r.actions]
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
