"""The executor: a validated plan run against Azure, wave by wave, with its journal.

    executor = Executor(plan, ArmClients(credential), journal_path, on_event=print_event)
    finished = executor.run()        # RunFinished: status, outcomes, failed, drifted, manual, VMs down
    executor.pause()                 # from another thread: finish the steps in flight, start nothing new

Waves run strictly in order; inside a wave a step starts once every step its `after` names has finished, at most
`parallel` at a time, each in a worker thread (`planner.execute.step`). Steps the journal has finished are skipped, so
running again resumes. What stops a run:

- a step fails: nothing new starts (no VM is taken down, no VNet or scale set changed), the steps in flight finish,
  and so do the cycles of the VMs the plan already took down, so that they come back up; the run ends (`failed`,
  exit 5);
- a step drifts: nothing is written to that resource and the steps waiting for it are skipped; the rest of the wave
  (budgeted together) runs on, no later wave starts (`drift`, exit 4);
- `pause()`, or Ctrl-C on the thread in `run`: the same as a failure: in-flight steps and the cycles of VMs already
  down finish, nothing new starts (`paused` / `interrupted`; a second Ctrl-C ends the process at once, and the
  journal resumes it).

Every end names the VMs the plan has taken down and not brought back (`RunFinished.down`): none is ever left
deallocated silently. A `manual` step is handed to the operator (its commands are in the event) and the run goes on.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from planner.execute.arm import ArmClients
from planner.execute.backoff import Backoff, RetryPolicy, WriteLimiter
from planner.execute.down import down_batches, down_vms
from planner.execute.estimate import critical_path
from planner.execute.events import (
    Event,
    EventSink,
    Outcome,
    Progress,
    RunFinished,
    RunStarted,
    RunStatus,
    StepFinished,
    WaveFinished,
    WaveStarted,
    ignore,
)
from planner.execute.journal import Journal, JournalState
from planner.execute.step import RunSettings, StepFailure, StepRun, batch_sources
from planner.model import key
from planner.plan.ops import Op, Part, batch_of, durations, spec
from planner.plan.types import Plan, Step, Wave

_FINISHED = (Outcome.DONE, Outcome.ALREADY_DONE, Outcome.MANUAL)


@dataclass(frozen=True)
class ExecuteOptions:
    parallel: int | None = None  # steps in flight at once; None: the plan's max_parallel
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    settings: RunSettings = field(default_factory=RunSettings)
    write_burst: float = 150.0  # writes per subscription at once (Resource Manager allows 200)
    writes_per_second: float = 8.0  # ... refilled at this rate (Resource Manager refills 10 a second)


def _cycle(s: Step) -> str | None:
    """The cycle a step belongs to: its VM's (a VM's or a NIC's step) or its scale-set batch's."""
    vm = spec(s.op).vm_of(s.target, s.params)
    return key(vm) if vm is not None else batch_of(s.op, s.target, s.params)


class Executor:
    def __init__(
        self,
        plan: Plan,
        arm: ArmClients,
        journal_path: Path,
        *,
        plan_path: Path | None = None,
        options: ExecuteOptions | None = None,
        on_event: EventSink = ignore,
    ) -> None:
        self.plan = plan
        self.arm = arm
        self.journal_path = journal_path
        self.plan_path = plan_path
        self.options = options or ExecuteOptions()
        self._on_event = on_event
        self._emit_lock = threading.Lock()
        self._stop = threading.Event()
        self._status_on_stop = RunStatus.PAUSED
        self._seconds = {op: float(s) for op, s in durations(plan.policy).items()}
        self._started = 0.0
        self._planned_done = 0.0
        self._actual_done = 0.0
        self._finished_count = 0
        self._failed = False
        self._down: set[str] = set()  # VMs the plan has taken down and not started again
        self._later: list[float] = []  # per wave: the critical paths of the waves after it, at the run's start

    @property
    def parallel(self) -> int:
        return max(1, self.options.parallel or self.plan.policy.max_parallel)

    def emit(self, event: Event) -> None:
        with self._emit_lock:
            self._on_event(event)

    def pause(self) -> None:
        """Finish the steps in flight and start nothing new (thread-safe); `run` then returns `paused`."""
        self._stop.set()

    def interrupt(self) -> None:
        """As `pause`, for Ctrl-C (or SIGTERM): `run` then returns `interrupted`. Safe in a signal handler."""
        self._status_on_stop = RunStatus.INTERRUPTED
        self._stop.set()

    def run(self) -> RunFinished:
        journal = Journal.open(self.journal_path, digest=self.plan.digest, plan_path=self.plan_path)
        try:
            return self._run(journal)
        finally:
            journal.close()

    # --- the run ---------------------------------------------------------------------------------------------

    def _run(self, journal: Journal) -> RunFinished:
        plan, state = self.plan, journal.state
        self._started = time.monotonic()
        total = sum(len(w.steps) for w in plan.waves)
        finished_before = sum(1 for _, s in plan.steps() if self._finished(state, s))
        self._finished_count = finished_before
        self._down = {key(d.id) for d in down_vms(plan, state)} | down_batches(plan, state)
        paths = [critical_path(w, self._seconds, {s.id for s in w.steps if not self._finished(state, s)}) for w in plan.waves]
        self._later = [sum(paths[i + 1 :]) for i in range(len(paths))]
        self.emit(RunStarted(plan.digest, len(plan.waves), total, finished_before))
        results: list[StepFinished] = []
        status = RunStatus.COMPLETED
        backoff = Backoff(self.options.retry)
        limiter = WriteLimiter(self.options.write_burst, self.options.writes_per_second)
        with ThreadPoolExecutor(max_workers=self.parallel, thread_name_prefix="planner-step") as pool:
            for w, wave in enumerate(plan.waves):
                pending = [s for s in wave.steps if not self._finished(state, s)]
                if not pending:
                    continue
                if self._stop.is_set():
                    status = self._status_on_stop
                    break
                self.emit(
                    WaveStarted(wave.index, wave.title, len(wave.steps), len(pending), wave.estimated_seconds, tuple(wave.outage))
                )
                began = time.monotonic()
                wave_results = self._wave(w, wave, pending, journal, pool, backoff, limiter)
                results += wave_results
                counts = Counter(r.outcome.value for r in wave_results)
                self.emit(WaveFinished(wave.index, time.monotonic() - began, dict(counts)))
                if counts[Outcome.FAILED]:
                    status = RunStatus.FAILED
                    break
                if counts[Outcome.DRIFT]:
                    status = RunStatus.DRIFT
                    break
                if self._stop.is_set() and any(not self._finished(state, s) for s in wave.steps):
                    status = self._status_on_stop
                    break
        journal.append({"type": "run-end", "status": status.value})
        finished = RunFinished(
            status,
            time.monotonic() - self._started,
            dict(Counter(r.outcome.value for r in results)),
            failed=tuple(r for r in results if r.outcome is Outcome.FAILED),
            drifted=tuple(r for r in results if r.outcome is Outcome.DRIFT),
            manual=tuple(r for r in results if r.outcome is Outcome.MANUAL),
            down=tuple(down_vms(plan, state)),
            journal=str(self.journal_path),
        )
        self.emit(finished)
        return finished

    @staticmethod
    def _finished(state: JournalState, s: Step) -> bool:
        rec = state.steps.get(s.id)
        return rec is not None and rec.finished

    def _wave(
        self,
        w: int,
        wave: Wave,
        pending: list[Step],
        journal: Journal,
        pool: ThreadPoolExecutor,
        backoff: Backoff,
        limiter: WriteLimiter,
    ) -> list[StepFinished]:
        done = {s.id for s in wave.steps if self._finished(journal.state, s)}
        sources = batch_sources(wave.steps)
        blocked: set[str] = set()
        waiting = list(pending)
        running: dict[Future[StepFinished], Step] = {}
        results: list[StepFinished] = []
        while waiting or running:
            draining = self._failed or self._stop.is_set()
            allowed = self._bringing_back(waiting) if draining else set()
            for s in list(waiting):
                if any(d in blocked for d in s.after):
                    waiting.remove(s)
                    blocked.add(s.id)
                    skipped = StepFinished(wave.index, s.id, s.op, s.target, Outcome.SKIPPED, detail="an earlier step drifted or failed")
                    results.append(skipped)
                    self.emit(skipped)
                elif (
                    len(running) < self.parallel
                    and all(d in done for d in s.after)
                    and (not draining or s.id in allowed)
                ):
                    waiting.remove(s)
                    source = sources.get(s.id)
                    running[pool.submit(self._step, s, wave.index, journal, backoff, limiter, source)] = s
            if not running:
                break  # stopping, or what is left waits for a step that will not finish in this run
            try:
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
            except KeyboardInterrupt:
                self._status_on_stop = RunStatus.INTERRUPTED
                self._stop.set()
                continue  # VMs already down finish their cycle; a second Ctrl-C ends the process (the journal resumes)
            for future in finished:
                s = running.pop(future)
                result = future.result()
                results.append(result)
                if result.outcome in _FINISHED:
                    done.add(s.id)
                    self._finished_count += 1
                    self._planned_done += self._seconds.get(s.op, 0.0)
                    self._actual_done += result.seconds
                    if s.op in (Op.VM_DEALLOCATE, Op.VMSS_DEALLOCATE_INSTANCES):
                        self._down.add(_cycle(s) or "")
                    elif s.op in (Op.VM_START, Op.VMSS_START_INSTANCES):
                        self._down.discard(_cycle(s) or "")
                else:
                    blocked.add(s.id)
                    self._failed = self._failed or result.outcome is Outcome.FAILED
                self.emit(result)
                self._progress(w, journal.state)
        return results

    def _bringing_back(self, waiting: list[Step]) -> set[str]:
        """While stopping: the steps of the cycles of VMs (and scale-set batches) the plan already took down, and
        the steps those wait for (in a whole-set outage, the other members' changes), so that those VMs and
        instances come back up; never a deallocation."""
        by_id = {s.id: s for s in waiting}
        todo = [s for s in waiting if _cycle(s) in self._down]
        allowed: set[str] = set()
        while todo:
            s = todo.pop()
            if s.id in allowed or spec(s.op).part is Part.DOWN:
                continue
            allowed.add(s.id)
            todo += [by_id[d] for d in s.after if d in by_id]
        return allowed

    def _step(
        self, s: Step, wave: int, journal: Journal, backoff: Backoff, limiter: WriteLimiter, source: str | None
    ) -> StepFinished:
        try:
            run = StepRun(
                s, wave, arm=self.arm, journal=journal, backoff=backoff, limiter=limiter,
                settings=self.options.settings, emit=self.emit, batch_source=source,
            )
            return run.run()
        except StepFailure as exc:  # raised before the step could journal it (e.g. a bad resource id)
            return StepFinished(wave, s.id, s.op, s.target, Outcome.FAILED, detail=str(exc))

    def _progress(self, w: int, state: JournalState) -> None:
        wave = self.plan.waves[w]
        left = {s.id for s in wave.steps if not self._finished(state, s)}
        remaining = critical_path(wave, self._seconds, left) + self._later[w]
        if self._planned_done > 0 and self._actual_done > 0:
            remaining *= self._actual_done / self._planned_done
        total = sum(len(x.steps) for x in self.plan.waves)
        elapsed = time.monotonic() - self._started
        self.emit(Progress(self._finished_count, total, elapsed, remaining, wave.index, len(self.plan.waves)))
