"""vCPU quota: what is left per subscription and region, handed out as target sizes are chosen.

Owns `QuotaLedger` (the regional `cores` quota, the size family's quota, and for Spot VMs the regional
`lowPriorityCores` quota instead of both: AD `articles/quotas/spot-quota.md`) and the case-folded quota family of a
size. Quota is the only size constraint that depends on other VMs; the ledger is consumed in a fixed VM order, so the
same inputs always give the same proposals (see `planner.analysis.resources`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from planner.model import Usage
from sku_catalog import SizeInfo

# The Compute usage name of the regional Spot quota ("Total Regional Low-priority vCPUs"), case-folded.
SPOT_CORES = "lowprioritycores"


class QuotaLedger:
    """vCPU quota left per (subscription, region, family) and per region (`cores`), consumed as targets are chosen.

    Quota is per subscription; a usage list loaded without a subscription applies to every subscription in its
    region. A family or region with no usage row is not limited (analysis notes that quota was not checked there).
    A Spot VM draws on `lowPriorityCores` only: neither `cores` nor its family's quota.
    """

    def __init__(self, usages: Iterable[Usage]) -> None:
        # (subscription, region) -> quota name (`cores` or a family, case-folded) -> vCPUs left
        self.left: dict[tuple[str, str], dict[str, int]] = {}
        self.regions: set[str] = set()
        self._unscoped: dict[str, dict[str, int]] = {}  # region -> rows of usage lists naming no subscription
        for u in usages:
            sub, loc = (u.subscription or "").lower(), u.location.lower()
            rows = self.left.setdefault((sub, loc), {}) if sub else self._unscoped.setdefault(loc, {})
            rows[u.name.lower()] = u.limit - u.current
            self.regions.add(loc)
        self._scope_cache: dict[tuple[str, str], tuple[str, str]] = {}

    def scope(self, subscription: str, location: str) -> tuple[str, str]:
        """The (subscription, region) whose quota governs a VM. A usage list that names no subscription applies to
        every subscription in its region, each with its own headroom (quota is per subscription): its rows are
        copied for each subscription that draws on them. A region without rows is not limited."""
        k = (subscription.lower(), location.lower())
        hit = self._scope_cache.get(k)
        if hit is None:
            if k in self.left:
                hit = k
            elif k[1] in self._unscoped:
                self.left[k] = dict(self._unscoped[k[1]])
                hit = k
            else:
                hit = ("", k[1])
            self._scope_cache[k] = hit
        return hit

    def knows(self, location: str) -> bool:
        return location.lower() in self.regions

    def fits(self, scope: tuple[str, str], current: SizeInfo, target: SizeInfo, *, spot: bool = False) -> bool:
        # Asked for every candidate tried against quota (tens of thousands per re-analysis): kept lean.
        left = self.left.get(scope)
        if left is None:
            return True
        delta = target.vcpus - current.vcpus
        if spot:
            room = left.get(SPOT_CORES)
            return delta <= 0 or room is None or room >= delta
        if delta > 0:
            cores = left.get("cores")
            if cores is not None and cores < delta:
                return False
        fam = family_key(target)
        if fam:
            room = left.get(fam)
            if room is not None:
                need = delta if fam == family_key(current) else target.vcpus
                if need > 0 and room < need:
                    return False
        return True

    def first_fit(
        self,
        scope: tuple[str, str],
        current: SizeInfo,
        keys: Sequence[tuple[int, str]],
        start: int,
        *,
        spot: bool = False,
    ) -> int:
        """The index of the first of `keys[start:]` ((vCPUs, family) of a ranking's valid targets) that fits the
        quota left (`fits`, for a whole ranking at once: the hottest loop of re-analysis); len(keys) when none
        does."""
        left = self.left.get(scope)
        if left is None:
            return start if start < len(keys) else len(keys)
        have = current.vcpus
        if spot:
            room = left.get(SPOT_CORES)
            for index in range(start, len(keys)):
                delta = keys[index][0] - have
                if delta <= 0 or room is None or room >= delta:
                    return index
            return len(keys)
        cores = left.get("cores")
        own_family = family_key(current)
        for index in range(start, len(keys)):
            vcpus, fam = keys[index]
            delta = vcpus - have
            if delta > 0 and cores is not None and cores < delta:
                continue
            if fam:
                room = left.get(fam)
                if room is not None:
                    need = delta if fam == own_family else vcpus
                    if need > 0 and room < need:
                        continue
            return index
        return len(keys)

    def draw(
        self, scope: tuple[str, str], current: SizeInfo, target: SizeInfo, *, spot: bool = False
    ) -> dict[str, int]:
        """What moving from `current` to `target` takes from the scope's quotas (a smaller size of the same family
        gives vCPUs back to it): quota name -> vCPUs. Quotas the scope has no row for are not counted."""
        left = self.left.get(scope)
        if left is None:
            return {}
        out: dict[str, int] = {}
        delta = target.vcpus - current.vcpus
        if spot:
            if delta > 0 and SPOT_CORES in left:
                out[SPOT_CORES] = delta
            return out
        if delta > 0 and "cores" in left:
            out["cores"] = delta
        fam = family_key(target)
        if fam and fam in left:
            out[fam] = delta if fam == family_key(current) else target.vcpus
        return out

    def take(self, scope: tuple[str, str], current: SizeInfo, target: SizeInfo, *, spot: bool = False) -> None:
        left = self.left.get(scope)
        for name, n in self.draw(scope, current, target, spot=spot).items():
            left[name] -= n  # type: ignore[index]  # draw is empty when the scope has no rows


_FAMILY_KEYS: dict[str, str] = {}


def family_key(info: SizeInfo) -> str:
    """The case-folded quota family of a size (asked for every candidate tried against quota)."""
    fam = _FAMILY_KEYS.get(info.name)
    if fam is None:
        fam = _FAMILY_KEYS[info.name] = (info.family_quota_name or "").lower()
    return fam
