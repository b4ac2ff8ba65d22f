"""What every check of a plan file shares: where each step sits, `after` closures, and the problems found."""

from __future__ import annotations

from dataclasses import dataclass

from planner.plan.types import GroupEntry, Plan, PlanProblem, Step, VmEntry
from planner.vocabulary import ResultKind


@dataclass(slots=True)
class At:
    """Where a step sits: its wave's position and its own position in the wave (both 0-based)."""

    wave: int
    pos: int
    step: Step


class PlanIndex:
    """A plan file being checked: its entries and groups by key, each step's place, and the problems found."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.policy = plan.policy
        self.problems: list[PlanProblem] = []
        self.entries: dict[str, VmEntry] = {}
        self.groups: dict[str, GroupEntry] = {}
        self.members: dict[str, list[str]] = {}  # group key -> member entry keys
        self.at: dict[str, At] = {}  # step id -> place (first occurrence)
        self._closures: dict[tuple[int, str], frozenset[str]] = {}

    # -- helpers

    def wave_where(self, w: int) -> str:
        return f"wave {self.plan.waves[w].index}"

    def add_step(self, a: At, message: str) -> None:
        self.problems.append(
            PlanProblem(
                f"{self.wave_where(a.wave)} step {a.step.id}",
                message,
                table="waves",
                ordinal=a.wave + 1,
                step_ordinal=a.pos + 1,
            )
        )

    def add_wave(self, w: int, message: str) -> None:
        self.problems.append(PlanProblem(self.wave_where(w), message, table="waves", ordinal=w + 1))

    def add(self, where: str, message: str, table: str | None = None, ordinal: int | None = None) -> None:
        self.problems.append(PlanProblem(where, message, table=table, ordinal=ordinal))

    def closure(self, a: At) -> frozenset[str]:
        """The ids of every step that must finish before `a` (its `after`, transitively, inside its wave)."""
        k = (a.wave, a.step.id)
        got = self._closures.get(k)
        if got is not None:
            return got
        out: set[str] = set()
        for dep in a.step.after:
            d = self.at.get(dep)
            if d is not None and d.wave == a.wave and d.pos < a.pos:
                out.add(dep)
                out |= self.closure(d)
        self._closures[k] = frozen = frozenset(out)
        return frozen

    def before(self, first: At, then: At) -> bool:
        """`first` is sure to finish before `then` starts: an earlier wave, or `after`-linked in one wave."""
        return first.wave < then.wave or (first.wave == then.wave and first.step.id in self.closure(then))

    def entry_where(self, k: str) -> str:
        e = self.entries[k]
        return f"{'scale set' if e.kind is ResultKind.SCALE_SET else 'VM'} {e.name}"
