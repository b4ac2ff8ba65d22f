"""What the session thread tells the app: typed messages, posted as each piece of work finishes."""

from __future__ import annotations

from pathlib import Path

from textual.message import Message

from planner.analysis.results import Analysis, Candidates
from planner.model import Inventory, Problem
from planner.plan.types import Plan
from planner.sequencing.schedule import Schedule
from planner.topology import Topology
from planner.tui.rows import SearchIndex
from planner.tui.workbench import PlanPreview, Workbench


class Progress(Message):
    """Loading: `count` files (or resources) of `what` so far."""

    def __init__(self, what: str, count: int) -> None:
        super().__init__()
        self.what = what
        self.count = count


class InventoryLoaded(Message):
    def __init__(self, inventory: Inventory, started: float) -> None:
        super().__init__()
        self.inventory = inventory
        self.started = started  # perf_counter when the inventory was in memory


class LoadFailed(Message):
    def __init__(self, message: str, problems: list[Problem]) -> None:
        super().__init__()
        self.message = message
        self.problems = problems


class SessionReady(Message):
    """The Session is built (topology and analyzer): VNet columns can be filled, decisions taken."""

    def __init__(self, workbench: Workbench, topology: Topology) -> None:
        super().__init__()
        self.workbench = workbench
        self.topology = topology


class AnalysisReady(Message):
    def __init__(self, analysis: Analysis, note: str | None = None) -> None:
        super().__init__()
        self.analysis = analysis
        self.note = note  # what changed, to say in a notification


class CountsReady(Message):
    """VMs and scale sets by verdict, for the status line."""

    def __init__(self, counts: dict[str, int]) -> None:
        super().__init__()
        self.counts = counts


class WavesReady(Message):
    def __init__(self, schedule: Schedule) -> None:
        super().__init__()
        self.schedule = schedule


class IndexReady(Message):
    def __init__(self, index: SearchIndex) -> None:
        super().__init__()
        self.index = index


class CandidatesReady(Message):
    def __init__(self, key: str, candidates: Candidates | None) -> None:
        super().__init__()
        self.key = key
        self.candidates = candidates


class PreviewReady(Message):
    def __init__(self, preview: PlanPreview) -> None:
        super().__init__()
        self.preview = preview


class PlanWritten(Message):
    def __init__(self, path: Path, plan: Plan) -> None:
        super().__init__()
        self.path = path
        self.plan = plan


class DecisionsSaved(Message):
    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path


class JobFailed(Message):
    """A piece of work was refused (a `PlannerError`, with its message) or failed."""

    def __init__(self, what: str, message: str) -> None:
        super().__init__()
        self.what = what
        self.message = message


class FlowPlan(Message):
    """The current plan, made for the flow-log view."""

    def __init__(self, plan: Plan) -> None:
        super().__init__()
        self.plan = plan


class RehearsalPlan(Message):
    """The current plan, made for the rehearse screen."""

    def __init__(self, plan: Plan) -> None:
        super().__init__()
        self.plan = plan
