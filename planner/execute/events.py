"""What the executor tells its face while it runs: typed events, delivered one at a time to one callback.

A face (the CLI's printers, the TUI's worker) subscribes with `on_event`; the executor never prints. Events come
from the executor's worker threads, but never two at once: the executor serialises the callback, so a face needs no
lock of its own. Outcomes of a step are the `Outcome` vocabulary; the journal records the same words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum


class Outcome(StrEnum):
    DONE = "done"  # the change was made (this run or adopted after a crash)
    ALREADY_DONE = "already-done"  # the resource was already in the step's target state: nothing written
    DRIFT = "drift"  # live state differs from what the plan expects: nothing written to that resource
    FAILED = "failed"  # Azure refused or the operation failed
    MANUAL = "manual"  # a step for the operator (AKS node pools): handed over, not executed
    SKIPPED = "skipped"  # not run: an earlier step it waits for drifted or failed
    WOULD_DO = "would-do"  # dry run: the step would make its change


class RunStatus(StrEnum):
    COMPLETED = "completed"
    DRIFT = "drift"
    FAILED = "failed"
    PAUSED = "paused"
    INTERRUPTED = "interrupted"


@dataclass(frozen=True)
class RunStarted:
    digest: str
    waves: int
    steps: int
    finished_before: int  # steps the journal already had finished (a resumed run)
    dry_run: bool = False


@dataclass(frozen=True)
class WaveStarted:
    index: int
    title: str
    steps: int
    pending: int  # steps not finished yet
    estimated_seconds: int
    outage: tuple[str, ...] = ()


@dataclass(frozen=True)
class StepStarted:
    wave: int
    step: str
    op: str
    target: str
    resumed: bool = False  # the journal had it in flight


@dataclass(frozen=True)
class StepRetrying:
    wave: int
    step: str
    reason: str
    wait_seconds: float


@dataclass(frozen=True)
class Mismatch:
    """One field that differs from what a step expects."""

    field: str
    expected: object
    found: object


@dataclass(frozen=True)
class StepFinished:
    wave: int
    step: str
    op: str
    target: str
    outcome: Outcome
    seconds: float = 0.0
    detail: str = ""
    mismatches: tuple[Mismatch, ...] = ()
    commands: tuple[str, ...] = ()  # a manual step's commands for the operator


@dataclass(frozen=True)
class WaveFinished:
    index: int
    seconds: float
    outcomes: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Progress:
    finished: int
    total: int
    elapsed: float
    remaining_estimate: float  # seconds, from the plan's durations scaled by what this run has measured
    wave: int
    waves: int


@dataclass(frozen=True)
class DownVm:
    """A VM (or scale-set instance) the plan deallocated and has not started again."""

    id: str
    step: str  # the start step still to run (a scale-set instance: its batch's start)


@dataclass(frozen=True)
class RunFinished:
    status: RunStatus
    seconds: float
    outcomes: dict[str, int]
    failed: tuple[StepFinished, ...] = ()
    drifted: tuple[StepFinished, ...] = ()
    manual: tuple[StepFinished, ...] = ()
    down: tuple[DownVm, ...] = ()
    journal: str = ""


Event = RunStarted | WaveStarted | StepStarted | StepRetrying | StepFinished | WaveFinished | Progress | RunFinished
EventSink = Callable[[Event], None]


def ignore(event: Event) -> None:
    """An event sink that drops everything (a library caller that only wants the result)."""
