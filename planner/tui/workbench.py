"""The TUI's working state around one Session: the history of decisions (undo, redo), and the files it reads and
writes (the decisions file, the plan, and the inputs an output must never overwrite).

Plain Python, no Textual: the app calls it from its one session worker thread (a Session is used from one thread
at a time), and tests drive it directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from planner.analysis import decisions as decisions_mod
from planner.analysis.decisions import Decisions
from planner.analysis.results import Analysis
from planner.errors import InputError
from planner.paths import refuse_overwrite, write_text_atomically
from planner.plan import check as plan_check
from planner.plan import write as plan_write
from planner.plan.policy import Policy
from planner.plan.types import Plan, PlanProblem
from planner.session import Change, Session, copy_decisions

PREVIEW_LINES = 400


@dataclass(slots=True)
class PlanPreview:
    """What the Plan screen shows: the head of the TOML file, `validate`'s verdict and the digest."""

    plan: Plan
    text: str  # the first PREVIEW_LINES lines of the file
    lines: int  # lines in `text`'s source, at least
    problems: list[PlanProblem]

    @property
    def steps(self) -> int:
        return sum(len(w.steps) for w in self.plan.waves)


class Workbench:
    def __init__(
        self,
        session: Session,
        *,
        decisions_file: Path | None = None,
        policy_file: Path | None = None,
        out: Path | None = None,
    ) -> None:
        self.session = session
        self.decisions_file = decisions_file
        self.policy_file = policy_file
        self.out = out
        self._undo: list[Decisions] = []
        self._redo: list[Decisions] = []

    # --- decisions, with history ----------------------------------------------------------------------------

    def decide(self, change: Change) -> Analysis:
        before = self.session.decisions
        analysis = self.session.decide(change)
        self._undo.append(before)
        self._redo.clear()
        return analysis

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> Analysis | None:
        """Back to the decisions before the last change; None when there is nothing to undo."""
        if not self._undo:
            return None
        self._redo.append(self.session.decisions)
        return self.session.set_decisions(self._undo.pop())

    def redo(self) -> Analysis | None:
        if not self._redo:
            return None
        self._undo.append(self.session.decisions)
        return self.session.set_decisions(self._redo.pop())

    def set_policy(self, policy: Policy) -> None:
        self.session.set_policy(policy)

    def save_decisions(self, path: Path | None = None) -> Path:
        """Write the decisions (to the `--decisions` file unless `path` is given); the file written."""
        target = path or self.decisions_file or Path("decisions.toml")
        self.refuse_input(target, "the decisions", allowed=self.decisions_file)
        try:
            write_text_atomically(target, copy_decisions(self.session.decisions).to_toml())
        except OSError as exc:
            raise InputError(f"{target}: cannot write the decisions: {exc.strerror or exc}") from exc
        self.decisions_file = target
        return target

    def load_decisions(self, path: Path) -> Analysis:
        """Read a decisions file and make it the current decisions (undoable)."""
        decisions = decisions_mod.load(path)
        before = self.session.decisions
        analysis = self.session.set_decisions(decisions)
        self._undo.append(before)
        self._redo.clear()
        self.decisions_file = path
        return analysis

    # --- the plan -------------------------------------------------------------------------------------------

    def preview(self) -> PlanPreview:
        plan = self.session.plan()
        text, lines = plan_write.head(plan, PREVIEW_LINES)
        return PlanPreview(plan, text, lines, plan_check.check(plan))

    def write_plan(self, path: Path) -> Plan:
        """Write the plan to `path`; refused (UsageError) when `path` is one of the inputs."""
        self.refuse_input(path, "the plan")
        return self.session.write_plan(path)

    def inputs(self) -> list[Path]:
        """Every file this session read: inventory files, and the decisions and policy files."""
        out = [Path(s) for s in self.session.inventory.sources if Path(s).exists()]
        if self.session.source is not None:
            out.append(self.session.source)
        out += [p for p in (self.decisions_file, self.policy_file) if p is not None]
        return out

    def refuse_input(self, path: Path, what: str, allowed: Path | None = None) -> None:
        """UsageError when writing `what` to `path` would overwrite an input (or a file inside an input folder);
        `allowed` is the one input this write may replace (the decisions file, when saving decisions)."""
        keep = allowed.resolve() if allowed is not None else None
        refuse_overwrite(path, (p for p in self.inputs() if p.resolve() != keep), what)
