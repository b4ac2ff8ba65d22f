"""Compute usage (quota) lists: the region and subscription a list belongs to, and merging the lists of one scope.

A usage list names neither its region nor its subscription. The region comes from the file name
(`usages-<region>.json`), else `--usage-location`, else the estate's only VM region (decided by the builder); the
subscription from a folder named by a subscription id (or a live label), and a list without one applies to every
subscription in its region. Lists of the same scope (subscription or none, region) are merged quota by quota
(`UsageMerge`): equal rows are one row; rows that differ are never settled silently: the smaller headroom
(limit - current) is used and the difference is recorded as a `UsageConflict` naming both files, which the builder
reports. Nothing here reports problems itself.
"""

from __future__ import annotations

import dataclasses
import re

from planner.model import Usage

# A token of a file name that looks like an Azure region: the names are built from these words.
_REGION_WORDS = ("north", "south", "east", "west", "central", "usgov", "usdod", "ussec", "usnat")
_NAME_TOKENS = re.compile(r"[-_. ]+")
_USAGE_PREFIX = re.compile(r"usages?(?=[-_. ]|$)", re.IGNORECASE)
_GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)


def region_candidates(label: str) -> list[str]:
    """Region-looking tokens after `usage(s)` in a file name (`usages-eastus2.json`, `usage_eastus2.json`)."""
    base = label.replace("\\", "/").rsplit("/", 1)[-1]
    match = _USAGE_PREFIX.search(base)
    if match is None:
        return []
    rest = base[match.end() :]
    for ext in (".jsonl", ".ndjson", ".json"):
        if rest.lower().endswith(ext):
            rest = rest[: -len(ext)]
            break
    return [t.lower() for t in _NAME_TOKENS.split(rest) if t]


def subscription_of(label: str) -> str | None:
    """The subscription a usage list belongs to: a subscription id among the folders of its path, or of a live
    label (`live:<subscription>/usages-eastus2.json`). Quota is per subscription."""
    parts = label.replace("\\", "/").replace(":", "/").split("/")[:-1]
    return next((p for p in reversed(parts) if _GUID.match(p)), None)


def looks_like_region(token: str) -> bool:
    return token.isalnum() and len(token) >= 5 and any(w in token for w in _REGION_WORDS)


@dataclasses.dataclass(slots=True)
class PendingUsage:
    """A usage list read from one file, waiting for `finish` to decide its region."""

    source: str
    tokens: list[str]
    rows: list[Usage]


@dataclasses.dataclass(slots=True)
class UsageConflict:
    """Two usage lists of one scope that give one or more quotas different values: (row of `first`, row of
    `second`) per quota, in the order `second` lists them."""

    subscription: str | None
    region: str
    first: str
    second: str
    quotas: list[tuple[Usage, Usage]] = dataclasses.field(default_factory=list)


def _headroom(row: Usage) -> int:
    return row.limit - row.current


class UsageMerge:
    """The rows of every usage list, one per (subscription, region, quota name); see the module's rule."""

    def __init__(self) -> None:
        # (subscription or "", region, quota name), case-folded -> (row, the file it came from)
        self._rows: dict[tuple[str, str, str], tuple[Usage, str]] = {}
        self._conflicts: dict[tuple[str, str, str, str], UsageConflict] = {}

    def add(self, source: str, region: str, subscription: str | None, rows: list[Usage]) -> None:
        scope = ((subscription or "").lower(), region)
        for row in rows:
            row.location = region
            row.subscription = subscription
            k = (*scope, row.name.lower())
            held = self._rows.get(k)
            if held is None:
                self._rows[k] = (row, source)
                continue
            kept, kept_source = held
            if (kept.limit, kept.current) == (row.limit, row.current):
                continue
            self._conflict(scope, kept_source, source, subscription).quotas.append((kept, row))
            if _headroom(row) < _headroom(kept):
                self._rows[k] = (row, source)

    def _conflict(self, scope: tuple[str, str], first: str, second: str, subscription: str | None) -> UsageConflict:
        k = (*scope, first, second)
        found = self._conflicts.get(k)
        if found is None:
            found = self._conflicts[k] = UsageConflict(subscription, scope[1], first, second)
        return found

    def usages(self) -> list[Usage]:
        return [row for row, _source in self._rows.values()]

    def conflicts(self) -> list[UsageConflict]:
        return list(self._conflicts.values())


def conflict_message(conflict: UsageConflict) -> str:
    """What a `conflict` problem says of two usage lists: both files, every differing quota with the limit and
    current value each gives, what is used, and how to keep the lists apart."""
    a, b = conflict.first, conflict.second
    quotas = ", ".join(
        f"{x.name} (limit {x.limit}, current {x.current} in {a}; limit {y.limit}, current {y.current} in {b})"
        for x, y in conflict.quotas
    )
    if conflict.subscription:
        scope = f"subscription {conflict.subscription} in {conflict.region}"
        hint = "keep one usage list per subscription and region"
    else:
        scope = (
            f"{conflict.region} (no subscription folder: each applies to every subscription in the region)"
        )
        hint = "put each subscription's list in a folder named by its subscription id to give each its own"
    files = f"usage lists {a} and {b} give" if a != b else f"usage list {a} gives"
    return (
        f"{files} different quotas for {scope}: {quotas}; the smaller headroom (limit - current) of each quota "
        f"is used; {hint}"
    )
