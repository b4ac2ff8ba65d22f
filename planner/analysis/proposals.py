"""Handing out target sizes during one analysis run: pins judged, rankings walked against the quota left, and the
findings a VM or scale set gets when nothing fits.

Owns the bookkeeping of a run in progress (`Proposals`): who drew on which quota scope (so that an incremental
re-analysis knows whom a decision change can move), how far down each ranking quota has already failed, and each
resource's last quota outcome (`Proposal`), which a re-analysis replays instead of assessing the resource again.
`planner.analysis.resources` calls it once per resource that needs a size.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.analysis.propose import QUOTA, REJECTION_MESSAGES, REJECTIONS_KEPT, Profile, Proposer
from planner.analysis.quota import QuotaLedger
from planner.analysis.results import Finding, VmResult
from sku_catalog import Catalog, SizeInfo

# Quota losers named per VM (every candidate ranked above the chosen one lost on quota).
QUOTA_LOSERS_SHOWN = 10


@dataclass(frozen=True, slots=True)
class Proposal:
    """How quota decided a resource's target in the last run it was assessed in."""

    profile: Profile
    scope: tuple[str, str]
    pinned: str | None  # the pinned size, when pinned
    refused: str | None  # a pin's refusal code (QUOTA when for quota)
    index: int  # unpinned: the position in its ranking of the first candidate that fitted (len: none did)


class Proposals:
    """The quota bookkeeping of one run; `begin` starts a run (or an incremental re-run)."""

    def __init__(self) -> None:
        self._resume: dict[tuple[Profile, tuple[str, str]], int] = {}
        self._users: dict[tuple[str, str], set[str]] = {}
        self.last: dict[str, Proposal] = {}  # each resource's last quota outcome (for `replay`)

    def begin(self, users: dict[tuple[str, str], set[str]]) -> None:
        """Start (re-)assessing: quota users are recorded into `users`; ranking positions start afresh."""
        self._resume = {}
        self._users = users

    def forget(self, user: str) -> None:
        """The resource is being assessed again: its last outcome no longer stands."""
        self.last.pop(user, None)

    def replay(self, user: str, catalog: Catalog, proposer: Proposer, ledger: QuotaLedger) -> bool:
        """Replay a resource's last quota outcome on `ledger`, when it still holds: the same candidate is still the
        first to fit (or a pin still fits, or still does not). True: its result is unchanged and the quota it takes
        is taken; False: nothing was changed, assess it again. A resource that drew on no quota has nothing to
        replay (its result cannot move) and is True."""
        prop = self.last.get(user)
        if prop is None:
            return True
        profile = prop.profile
        spot = profile.spot
        scope = ledger.scope(*prop.scope)  # a scope is made on first use (see QuotaLedger.scope)
        self._users.setdefault(scope, set()).add(user)
        current = catalog.size(profile.size)
        if prop.pinned is not None:
            if prop.refused not in (None, QUOTA):
                return True  # refused whatever the quota
            fits = ledger.fits(scope, current, catalog.size(prop.pinned), spot=spot)
            if fits != (prop.refused is None):
                return False
            if fits:
                ledger.take(scope, current, catalog.size(prop.pinned), spot=spot)
            return True
        ranking = proposer.ranking(profile)
        if not ranking.valid:
            return True
        index = ledger.first_fit(
            scope, current, ranking.quota_keys, self._resume.get((profile, scope), 0), spot=spot
        )
        if index != prop.index:
            return False
        self._resume[(profile, scope)] = index
        if index < len(ranking.valid):
            ledger.take(scope, current, ranking.valid[index], spot=spot)
        return True

    def propose(
        self,
        r: VmResult,
        user: str,
        profile: Profile,
        pinned: str | None,
        catalog: Catalog,
        proposer: Proposer,
        ledger: QuotaLedger,
    ) -> SizeInfo | None:
        """Fill r.target_size / r.rejected / blockers for a resource of `profile`; the chosen size, if any.

        `user` is the resource's key, recorded against its quota scope. `self._resume` remembers, per (profile,
        quota scope), how far down the ranking quota already failed in this run: quota only shrinks as targets
        are handed out, so those candidates would fail again.
        """
        current = catalog.size(profile.size)
        subscription = r.id.split("/")[2] if r.id.count("/") > 2 else ""
        scope = ledger.scope(subscription, profile.location)
        self._users.setdefault(scope, set()).add(user)
        spot = profile.spot
        if pinned is not None:
            r.pinned = True
            target = catalog.size(pinned)
            code = proposer.judge_pin(profile, pinned)
            if code is None and not ledger.fits(scope, current, target, spot=spot):
                code = QUOTA
            self.last[user] = Proposal(profile, scope, pinned, code, 0)
            if code is not None:
                why = REJECTION_MESSAGES.get(code, code)
                r.blockers.append(Finding("pin-refused", f"pinned size {pinned} refused: {code} ({why})", [r.id]))
                return None
            ledger.take(scope, current, target, spot=spot)
            r.target_size = target.name
            return target
        ranking = proposer.ranking(profile)
        if not ranking.valid:
            self.last[user] = Proposal(profile, scope, None, None, 0)
            r.rejected = list(ranking.rejected)
            r.rejected_counts = ranking.rejected_counts
            r.blockers.append(
                Finding("no-eligible-size", f"no supported size passes every constraint for {r.size}", [r.id])
            )
            return None
        index = ledger.first_fit(
            scope, current, ranking.quota_keys, self._resume.get((profile, scope), 0), spot=spot
        )
        chosen = ranking.valid[index] if index < len(ranking.valid) else None
        self._resume[(profile, scope)] = index
        self.last[user] = Proposal(profile, scope, None, None, index)
        # Every candidate ranked above the chosen one lost on quota; the first few are named.
        r.rejected = (ranking.quota_rejections[: min(index, QUOTA_LOSERS_SHOWN)] + ranking.rejected)[
            :REJECTIONS_KEPT
        ]
        r.rejected_counts = {**ranking.rejected_counts, QUOTA: index} if index else ranking.rejected_counts
        if chosen is None:
            quota = "Spot (lowPriorityCores)" if spot else "vCPU"
            r.blockers.append(
                Finding(
                    "quota",
                    f"every eligible size for {r.size} lacks {quota} quota in {profile.location}",
                    [r.id],
                )
            )
            return None
        ledger.take(scope, current, chosen, spot=spot)
        r.target_size = chosen.name
        return chosen
