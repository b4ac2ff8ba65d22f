"""The rehearse screen's state: the executor's events folded into what a person reads (per wave and per VM progress,
drift and failures as they happen, what is down), and rendered as rich Text. No widgets here: the screen shows it.

The clock is injected (`Board(clock=...)`), so a snapshot of a run in flight is the same every time.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from rich.text import Text

from planner.execute.events import (
    Event,
    Outcome,
    Progress,
    RunFinished,
    RunStarted,
    StepFinished,
    StepRetrying,
    StepStarted,
    WaveFinished,
    WaveStarted,
)
from planner.execute.verify import FAILING, VerifyReport
from planner.plan.types import Plan
from planner.text import duration, printable, short_name

IN_FLIGHT_SHOWN = 12  # steps in flight listed; the rest are counted
PROBLEMS_SHOWN = 200  # drift and failure lines kept

_STYLE = {
    Outcome.DONE: "green",
    Outcome.ALREADY_DONE: "green",
    Outcome.WOULD_DO: "cyan",
    Outcome.DRIFT: "bold yellow",
    Outcome.FAILED: "bold red",
    Outcome.SKIPPED: "yellow",
    Outcome.MANUAL: "magenta",
}


@dataclass
class WaveLine:
    index: int
    title: str
    steps: int
    estimate: int
    state: str = "waiting"  # waiting / running / finished
    outcomes: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def finished(self) -> int:
        return sum(self.outcomes.values())


@dataclass
class InFlight:
    wave: int
    op: str
    target: str
    since: float
    note: str = ""


class Board:
    """What one run (a dry run or an apply) has done so far."""

    def __init__(self, plan: Plan, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.plan = plan
        self.clock = clock
        self.title = ""
        self.status = "ready"
        self.waves = {w.index: WaveLine(w.index, w.title, len(w.steps), w.estimated_seconds) for w in plan.waves}
        self.in_flight: dict[str, InFlight] = {}
        self.problems: list[Text] = []
        self.finished = 0
        self.total = sum(len(w.steps) for w in plan.waves)
        self.elapsed = 0.0
        self.remaining = 0.0
        self.result: RunFinished | None = None
        self.dry_run = False

    def start(self, title: str) -> None:
        """A new run begins on this board (a resumed apply keeps the waves' counts from the journal's replay)."""
        self.title = title
        self.status = "starting"
        self.result = None
        self.in_flight.clear()
        for line in self.waves.values():
            line.state, line.outcomes, line.seconds = "waiting", {}, 0.0

    def fold(self, event: Event) -> None:
        if isinstance(event, RunStarted):
            self.status = "running"
            self.dry_run = event.dry_run
            self.finished = event.finished_before
        elif isinstance(event, WaveStarted):
            line = self.waves[event.index]
            line.state = "running"
            done_before = line.steps - event.pending
            if done_before:
                line.outcomes = {"finished before": done_before}
        elif isinstance(event, StepStarted):
            self.in_flight[event.step] = InFlight(event.wave, event.op, event.target, self.clock())
        elif isinstance(event, StepRetrying):
            flight = self.in_flight.get(event.step)
            if flight is not None:
                flight.note = f"retrying in {event.wait_seconds:.0f} s: {event.reason}"
        elif isinstance(event, StepFinished):
            self._step_finished(event)
        elif isinstance(event, WaveFinished):
            line = self.waves[event.index]
            line.state, line.seconds = "finished", event.seconds
        elif isinstance(event, Progress):
            self.finished, self.total = event.finished, event.total
            self.elapsed, self.remaining = event.elapsed, event.remaining_estimate
        elif isinstance(event, RunFinished):
            self.result = event
            self.status = event.status.value
            self.elapsed = event.seconds
            self.in_flight.clear()

    def _step_finished(self, event: StepFinished) -> None:
        self.in_flight.pop(event.step, None)
        line = self.waves[event.wave]
        line.outcomes[event.outcome.value] = line.outcomes.get(event.outcome.value, 0) + 1
        if self.dry_run:
            self.finished += 1
        if event.outcome in (Outcome.DRIFT, Outcome.FAILED, Outcome.SKIPPED) and len(self.problems) < PROBLEMS_SHOWN:
            self.problems.append(problem_line(event))

    # --- rendering ----------------------------------------------------------------------------------------

    def header(self) -> Text:
        out = Text()
        out.append(self.title or "No run yet.", style="bold")
        out.append(f"  {self.status}", style=_status_style(self.status))
        out.append(f"\nsteps {self.finished} / {self.total}")
        if self.elapsed:
            out.append(f"   elapsed {duration(round(self.elapsed))}")
        if self.remaining and self.status == "running":
            out.append(f"   about {duration(round(self.remaining))} left")
        return out

    def wave_lines(self) -> Text:
        out = Text()
        for line in self.waves.values():
            style = {"running": "bold", "finished": "dim"}.get(line.state, "")
            out.append(f"wave {line.index:>3}  {line.finished:>4}/{line.steps:<4} {line.state:<9}", style=style)
            counts = ", ".join(f"{n} {k}" for k, n in sorted(line.outcomes.items()))
            out.append(f" {counts}\n" if counts else "\n", style=_counts_style(line.outcomes))
        return out

    def flight_lines(self) -> Text:
        out = Text()
        now = self.clock()
        flights = sorted(self.in_flight.items(), key=lambda kv: (kv[1].since, kv[0]))
        for _step, flight in flights[:IN_FLIGHT_SHOWN]:
            out.append(f"{round(now - flight.since):>4} s  {flight.op:<34} {printable(short_name(flight.target))}")
            out.append(f"  {flight.note}\n" if flight.note else "\n", style="yellow")
        if len(flights) > IN_FLIGHT_SHOWN:
            out.append(f"... and {len(flights) - IN_FLIGHT_SHOWN} more in flight\n", style="dim")
        if not flights:
            out.append("nothing in flight\n", style="dim")
        return out

    def problem_lines(self) -> Text:
        out = Text()
        for line in self.problems:
            out.append_text(line)
            out.append("\n")
        result = self.result
        if result is not None:
            if result.down:
                out.append(f"Down because of the plan ({len(result.down)}):\n", style="bold red")
                for vm in result.down:
                    out.append(f"  {printable(short_name(vm.id))}  {printable(vm.id)}\n", style="red")
            elif not self.dry_run:
                out.append("Nothing is down because of the plan.\n", style="green")
            for manual in result.manual:
                name = printable(short_name(manual.target))
                out.append(f"manual: {name}: for the operator, with the plan's commands\n", style="magenta")
        if not out.plain:
            out.append("no drift, no failure", style="dim")
        return out


def problem_line(event: StepFinished) -> Text:
    """A drift with each field, a failure with its detail, or a skip: the resource named."""
    out = Text()
    out.append(f"wave {event.wave} {event.outcome.value}: ", style=_STYLE.get(event.outcome, ""))
    out.append(f"{printable(short_name(event.target))} ({event.op}, step {printable(event.step)})")
    for m in event.mismatches:
        out.append(f"\n    {m.field}: expected {printable(str(m.expected))}, found {printable(str(m.found))}")
    if event.detail:
        out.append(f"\n    {printable(event.detail)}", style="dim")
    return out


def verify_text(report: VerifyReport) -> Text:
    """Per VNet whether encryption is on, then per VM and scale set its status and what is still missing."""
    out = Text()
    failing = len(report.failing)
    out.append(
        f"{len(report.checks)} VM(s) and scale set(s) in scope, {failing} not (provably) encrypted\n",
        style="bold red" if failing else "bold green",
    )
    if report.evidence:
        out.append(f"restarts proven from {printable(report.evidence)}\n", style="dim")
    out.append("\nVNets\n", style="bold")
    for v in report.vnets:
        out.append(f"  {'encrypted' if v.encrypted else 'NOT encrypted':<14}", style="green" if v.encrypted else "red")
        out.append(f" {printable(v.name)}  enforcement {v.enforcement or '-'}\n")
    out.append("\nVMs and scale sets\n", style="bold")
    for c in sorted(report.checks, key=lambda c: (c.status not in FAILING, c.status.value, c.name)):
        out.append(f"  {c.status.value:<19}", style="red" if c.status in FAILING else "green")
        out.append(f" {printable(c.name)} ({c.kind})\n")
        for reason in c.reasons:
            if c.status in FAILING:
                out.append(f"      missing: {printable(reason)}\n", style="yellow")
            else:
                out.append(f"      {printable(reason)}\n", style="dim")
    return out


def _status_style(status: str) -> str:
    return {"completed": "bold green", "failed": "bold red", "drift": "bold yellow", "paused": "bold cyan"}.get(
        status, "bold"
    )


def _counts_style(outcomes: dict[str, int]) -> str:
    if outcomes.get("failed"):
        return "red"
    if outcomes.get("drift") or outcomes.get("skipped"):
        return "yellow"
    return "dim"
