"""Shared by the executor's tests: plans made from the estate a simulator serves, executors against it with fast
polling and short retries, and readings of what happened."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from conftest import SIM_TOKEN

from planner.execute.arm import ArmClients
from planner.execute.backoff import RetryPolicy
from planner.execute.events import Event, EventSink
from planner.execute.runner import ExecuteOptions, Executor
from planner.execute.step import RunSettings
from planner.inventory.live import StaticTokenCredential
from planner.plan.types import Plan
from planner.session import Session
from planner.sim.server import SimHandle

FAST_RETRY = RetryPolicy(max_total=60, base=0.05, cap=0.5)
FAST_RUN = RunSettings(poll_interval=0.05, settle_timeout=30)


def make_plan(estate: Path, tmp_path: Path) -> tuple[Plan, Path]:
    path = tmp_path / "plan.toml"
    Session.load(estate).write_plan(path)
    return Session.read_plan(path), path


def arm_for(handle: SimHandle) -> ArmClients:
    return ArmClients(StaticTokenCredential(SIM_TOKEN), arm_endpoint=handle.url, connections=64)


def executor(handle: SimHandle, plan: Plan, plan_path: Path, *, on_event: EventSink | None = None, **kw: Any) -> Executor:
    options = ExecuteOptions(
        parallel=kw.pop("parallel", 64), retry=FAST_RETRY, settings=FAST_RUN, writes_per_second=1000.0, **kw
    )
    journal = plan_path.with_name(plan_path.stem + ".journal.jsonl")
    return Executor(plan, arm_for(handle), journal, plan_path=plan_path, options=options, on_event=on_event or (lambda e: None))


class Recorder:
    """An event sink keeping every event (the executor serialises calls)."""

    def __init__(self) -> None:
        self.events: list[Event] = []

    def __call__(self, event: Event) -> None:
        self.events.append(event)

    def of(self, kind: type) -> list[Any]:
        return [e for e in self.events if isinstance(e, kind)]


def vm_states(handle: SimHandle) -> dict[str, dict[str, Any]]:
    return {k.lower(): v for k, v in handle.simulator.state()["vms"].items()}


def writes(handle: SimHandle) -> Counter[str]:
    return Counter(r.method for r in handle.simulator.requests if r.method in ("PUT", "PATCH", "POST", "DELETE"))


def planned_starts(plan: Plan) -> set[str]:
    return {s.target.lower() for _, s in plan.steps() if s.op == "vm.start"}
