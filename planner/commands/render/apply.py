"""Printing an apply (and its dry run) as it happens, from the executor's events.

Not on a terminal (a pipeline's log): one line per event, timestamped. On a terminal: the lines worth keeping
(waves, drift, failures, manual steps, retries) scroll, and under them a live block is redrawn: the wave, steps
finished of all, elapsed and remaining time, and each VM (or resource) with a step in flight and for how long.
The end of a run says what failed, what drifted (resource, field, expected, found), the manual steps, every VM the
plan has taken down and not started again, and the command that resumes.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, TextIO

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
from planner.text import duration

if TYPE_CHECKING:  # the dry run's module loads the Azure SDK; printers never need it loaded
    from planner.execute.dryrun import DryRunReport

_QUIET = (Outcome.DONE, Outcome.ALREADY_DONE, Outcome.WOULD_DO)


def _name(resource_id: str) -> str:
    return resource_id.rstrip("/").rsplit("/", 1)[-1]


def _clock(seconds: float) -> str:
    return duration(round(seconds))


def _show(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "(none)" if value is None else str(value)


def step_line(e: StepFinished) -> str:
    head = f"{e.outcome.value:12} {e.step}"
    if e.outcome is Outcome.DRIFT:
        found = "; ".join(f"{m.field} expected {_show(m.expected)}, found {_show(m.found)}" for m in e.mismatches)
        return f"{head}: {_name(e.target)}: {found}"
    if e.outcome in (Outcome.FAILED, Outcome.SKIPPED) and e.detail:
        return f"{head}: {e.detail}"
    if e.outcome is Outcome.MANUAL:
        return f"{head}: for the operator: {e.detail}"
    took = f" ({e.seconds:.1f} s)" if e.seconds >= 0.05 else ""
    return head + took + (f": {e.detail}" if e.detail else "")


class ApplyPrinter:
    """An event sink for `planner apply`; `live` redraws a block on a terminal, else one line per event."""

    def __init__(self, out: TextIO, *, live: bool) -> None:
        self.out = out
        self.live = live
        self.in_flight: dict[str, tuple[str, str, float]] = {}  # step -> (resource name, op, since)
        self.progress: Progress | None = None
        self.wave_title = ""
        self._drawn = 0
        self._drawn_at = 0.0

    def __call__(self, event: Event) -> None:
        lines = self._lines(event)
        if not self.live:
            for line in lines:
                print(f"{datetime.now(UTC):%H:%M:%S} {line}", file=self.out)
            self.out.flush()
            return
        final = isinstance(event, RunFinished)
        if not lines and not final and time.monotonic() - self._drawn_at < 0.2:
            return  # redraw the live block a few times a second, not at every event
        self._clear()
        for line in lines:
            print(line, file=self.out)
        if not final:
            self._draw()
            self._drawn_at = time.monotonic()
        self.out.flush()

    def _lines(self, event: Event) -> list[str]:
        if isinstance(event, RunStarted):
            what = "dry run" if event.dry_run else "apply"
            resumed = f", {event.finished_before} finished before (resuming)" if event.finished_before else ""
            return [f"{what}: {event.waves} wave(s), {event.steps} step(s){resumed}"]
        if isinstance(event, WaveStarted):
            self.wave_title = f"wave {event.index}: {event.title}"
            left = f", {event.pending} to run" if event.pending != event.steps else ""
            return [f"wave {event.index} started: {event.title} ({event.steps} steps{left}, estimated {_clock(event.estimated_seconds)})"]
        if isinstance(event, WaveFinished):
            counts = ", ".join(f"{n} {k}" for k, n in sorted(event.outcomes.items()))
            return [f"wave {event.index} finished in {_clock(event.seconds)}: {counts}"]
        if isinstance(event, StepStarted):
            self.in_flight[event.step] = (_name(event.target), str(event.op), time.monotonic())
            if self.live:
                return []
            return [f"{'resumed' if event.resumed else 'started':12} {event.step}"]
        if isinstance(event, StepRetrying):
            return [f"{'retrying':12} {event.step} in {event.wait_seconds:.1f} s: {event.reason}"]
        if isinstance(event, StepFinished):
            self.in_flight.pop(event.step, None)
            if self.live and event.outcome in _QUIET:
                return []
            lines = [step_line(event)]
            lines += [f"             $ {c}" for c in event.commands]
            return lines
        if isinstance(event, Progress):
            self.progress = event
            if self.live:
                return []
            return [
                f"progress     {event.finished}/{event.total} steps, elapsed {_clock(event.elapsed)}, "
                f"about {_clock(event.remaining_estimate)} left"
            ]
        return []

    def _clear(self) -> None:
        if self._drawn:
            # The display's own cursor movement goes to the terminal as it is (names and messages are escaped).
            print(f"\x1b[{self._drawn}A\x1b[J", end="", file=getattr(self.out, "raw", self.out))
            self._drawn = 0

    def _draw(self) -> None:
        lines = []
        p = self.progress
        if p is not None:
            lines.append(
                f"[{p.finished}/{p.total} steps, wave {p.wave}/{p.waves}] elapsed {_clock(p.elapsed)}, "
                f"about {_clock(p.remaining_estimate)} left"
            )
        now = time.monotonic()
        flight = sorted(self.in_flight.values(), key=lambda v: v[2])
        for name, op, since in flight[:12]:
            lines.append(f"  {name:40} {op:36} {_clock(now - since)}")
        if len(flight) > 12:
            lines.append(f"  ... and {len(flight) - 12} more in flight")
        for line in lines:
            print(line, file=self.out)
        self._drawn = len(lines)


def print_end(event: RunFinished, out: TextIO, *, resume: str) -> None:
    counts = ", ".join(f"{n} {k}" for k, n in sorted(event.outcomes.items())) or "nothing to do"
    print(f"\n{event.status.value}: {counts} in {_clock(event.seconds)}", file=out)
    for e in event.failed:
        print(f"  FAILED {e.step} ({_name(e.target)}): {e.detail}", file=out)
    for e in event.drifted:
        for m in e.mismatches:
            print(
                f"  DRIFT {e.target}: {m.field} expected {_show(m.expected)}, found {_show(m.found)} "
                f"(step {e.step}: nothing was written to it)",
                file=out,
            )
    if event.manual:
        print(f"  {len(event.manual)} manual step(s) for the operator (their commands are above):", file=out)
        for e in event.manual:
            print(f"    {e.step}", file=out)
    if event.down:
        print(f"  {len(event.down)} VM(s) are DOWN because of the plan and not started again:", file=out)
        for d in event.down:
            print(f"    {d.id}" + (f" (start step {d.step})" if d.step else ""), file=out)
    if event.journal:
        print(f"  journal: {event.journal}", file=out)
    if event.status.value != "completed" or event.down:
        print(f"  to resume: {resume}", file=out)


def print_dry_run(report: DryRunReport, out: TextIO) -> None:
    print("\nWaves (estimated: the plan's; would do: what is left to do now)", file=out)
    for w in report.waves:
        counts = ", ".join(f"{n} {k}" for k, n in sorted(w.outcomes.items()))
        print(
            f"  wave {w.index}: estimated {_clock(w.estimated_seconds)}, would do {_clock(w.would_do_seconds)}: {counts}",
            file=out,
        )
    total = sum(w.would_do_seconds for w in report.waves)
    print(f"  in all: about {_clock(total)} of work left", file=out)
