"""Step ids: `w<wave>-<kind>-<name>-<what>`, readable and deterministic, with a short hash of the resource id where
two resources that get steps share a name."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from planner.model import key

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(name: str) -> str:
    s = _NOT_SLUG.sub("-", name.lower()).strip("-")
    return s[:48].strip("-") or "x"


def step_id(wave: int, stem: str, what: str) -> str:
    return f"w{wave:03d}-{stem}-{what}"


class StepIds:
    """Stems of step ids. Collisions are judged among the resources that get steps (registered with `register`
    before any stem is made), so adding an unrelated resource of the same name to the estate does not rename a
    plan's steps. The slug of each resource's name is worked out once and kept (`bases`), so a face re-planning
    after each decision reuses them."""

    def __init__(self, bases: dict[tuple[str, str], str] | None = None) -> None:
        self.seen: dict[str, set[str]] = {}
        self.bases = bases if bases is not None else {}  # (kind, key) -> base

    def _base(self, kind: str, k: str, name: str) -> str:
        base = self.bases.get((kind, k))
        if base is None:
            base = self.bases[(kind, k)] = f"{kind}-{slug(name)}"
        return base

    def register(self, kind: str, resources: Iterable[tuple[str, str]]) -> None:
        for resource_id, name in resources:
            k = key(resource_id)
            self.seen.setdefault(self._base(kind, k, name), set()).add(k)

    def stem(self, kind: str, resource_id: str, name: str) -> str:
        k = key(resource_id)
        base = self._base(kind, k, name)
        keys = self.seen.setdefault(base, set())
        keys.add(k)
        if len(keys) > 1:
            return f"{base}-{hashlib.sha256(k.encode()).hexdigest()[:6]}"
        return base
