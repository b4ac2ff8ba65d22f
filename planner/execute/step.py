"""Running one step: read, decide, write, wait, journal.

    read the resource (retrying transient failures); wait while it is between states
    already in the target state        -> already-done (done, if this run wrote to it)
    different from what the plan expects -> drift: nothing is written to it
    else journal `step-started` with the values read (before the first write only), write through the op's calls,
    journal each poller's continuation token, wait for it -> done

A write that fails transiently (429, 409 Conflict, 412, 5xx, a broken connection) is never simply sent again: the
loop reads the resource again first, so a write whose answer was lost but which Azure carried out is adopted rather
than repeated, and a resource that changed in between is caught as drift. A poll that fails transiently resumes
from the continuation token. A step the journal had in flight (a crash, kill -9, a Ctrl-C in the middle) resumes
its pollers from their tokens, or, without a token, is read again and adopted or redone. Waits are bounded in
total by the retry policy; an operation that ends Failed, or a refusal, fails the step.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from azure.core.exceptions import ResourceNotFoundError
from azure.core.polling import LROPoller

from planner.execute.arm import ArmClients, Live
from planner.execute.backoff import (
    Backoff,
    GaveUp,
    WriteLimiter,
    describe,
    error_code,
    is_transient,
    operation_failed,
)
from planner.execute.calls import CALLS
from planner.execute.drift import mismatches, project, reached
from planner.execute.events import Event, Mismatch, Outcome, StepFinished, StepRetrying, StepStarted
from planner.execute.journal import Journal, StepRecord
from planner.model import ResourceId, key
from planner.plan.ops import Op, batch_of, spec
from planner.plan.types import Step

Begin = Callable[[dict[str, Any]], LROPoller[Any]]
Resume = Callable[[str, dict[str, Any]], LROPoller[Any]]


class Missing(Exception):
    """The step's resource is not there (404): live state differs from what the plan expects."""


class StepFailure(Exception):
    """Azure refused the write, the operation ended Failed, or retrying ran out of time."""

    def __init__(self, message: str, code: str = "") -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class RunSettings:
    poll_interval: float = 10.0  # seconds between a poller's status reads when Azure names no Retry-After
    settle_timeout: float = 1800.0  # how long to wait for a resource between states before giving up


class StepRun:
    """One step being run (one worker thread): its resource, its journal record, its waits."""

    def __init__(
        self,
        step: Step,
        wave: int,
        *,
        arm: ArmClients,
        journal: Journal,
        backoff: Backoff,
        limiter: WriteLimiter,
        settings: RunSettings,
        emit: Callable[[Event], None],
        batch_source: str | None = None,
    ) -> None:
        self.step = step
        self.batch_source = batch_source  # a batch's upgrade or start: the id of the batch's deallocation
        self.wave = wave
        rid = ResourceId.parse(step.target)
        if rid is None:
            raise StepFailure(f"{step.target} is not a resource id")
        self.rid = rid
        self.arm = arm
        self.journal = journal
        self.backoff = backoff
        self.limiter = limiter
        self.settings = settings
        self.emit = emit
        self.wrote = False

    @property
    def record(self) -> StepRecord | None:
        return self.journal.state.steps.get(self.step.id)

    def retrying(self, reason: str, wait: float) -> None:
        self.emit(StepRetrying(self.wave, self.step.id, reason, wait))

    # --- the step ------------------------------------------------------------------------------------------

    def run(self) -> StepFinished:
        step = self.step
        record = self.record
        resumed = record is not None and record.in_flight
        # A step the journal has in flight may have written already (the journal records the start just before the
        # first write): what is found done is its own doing (rollback restores it), and the etag is its own.
        self.wrote = resumed
        self.emit(StepStarted(self.wave, step.id, step.op, step.target, resumed=resumed))
        start = time.monotonic()
        if step.op == "manual":
            self.journal.append({"type": "step-finished", "step": step.id, "outcome": Outcome.MANUAL.value})
            commands = tuple(str(c) for c in step.params.get("commands", []))
            return self._finished(Outcome.MANUAL, start, str(step.params.get("reason", "")), commands=commands)
        try:
            outcome, live = self._loop()
        except StepFailure as exc:
            self.journal.append({"type": "step-failed", "step": step.id, "code": exc.code, "error": str(exc)})
            return self._finished(Outcome.FAILED, start, str(exc))
        except Missing:
            outcome, live = Outcome.DRIFT, {}
        if outcome is Outcome.DRIFT:
            found = mismatches(step, live, with_etag=not self.wrote) if live else [Mismatch("exists", True, False)]
            self.journal.append(
                {"type": "step-drift", "step": step.id, "mismatches": [[m.field, m.expected, m.found] for m in found]}
            )
            return self._finished(Outcome.DRIFT, start, mismatches=tuple(found))
        seconds = time.monotonic() - start
        self.journal.append(
            {"type": "step-finished", "step": step.id, "outcome": outcome.value, "after": live, "seconds": round(seconds, 3)}
        )
        return self._finished(outcome, start)

    def _finished(self, outcome: Outcome, start: float, detail: str = "", **extra: Any) -> StepFinished:
        s = self.step
        return StepFinished(self.wave, s.id, s.op, s.target, outcome, time.monotonic() - start, detail, **extra)

    def _loop(self) -> tuple[Outcome, dict[str, Any]]:
        step = self.step
        call = CALLS[step.op]
        waited = 0.0
        attempt = 0
        while True:
            live = self._read_settled()
            done_already = False if call.batch else reached(step, live.fields)
            if done_already:
                return (Outcome.DONE if self.wrote else Outcome.ALREADY_DONE), live.fields
            if mismatches(step, live.fields, with_etag=not self.wrote):
                return Outcome.DRIFT, live.fields
            record = self.record
            if record is None or not record.in_flight:  # a first attempt, or a retry after a failure or drift
                self.journal.append(
                    {"type": "step-started", "step": step.id, "wave": self.wave, "op": step.op, "target": step.target,
                     "before": live.fields}
                )
            try:
                assert call.write is not None
                call.write(self, live)
            except StepFailure:
                raise
            except GaveUp as exc:
                raise StepFailure(str(exc), error_code(exc.last)) from exc
            except Exception as exc:
                if operation_failed(exc) or not is_transient(exc):
                    raise StepFailure(describe(exc), error_code(exc)) from exc
                wait = self.backoff.delay(attempt, exc)
                if waited + wait > self.backoff.policy.max_total:
                    raise StepFailure(f"gave up after {waited:.0f}s of retries: {describe(exc)}", error_code(exc)) from exc
                self.retrying(describe(exc), wait)
                self.backoff.sleep(wait)
                waited += wait
                attempt += 1
                continue
            if call.batch and not self.wrote:
                return Outcome.ALREADY_DONE, live.fields  # no instance was left to upgrade
            return Outcome.DONE, project(step, live.fields)

    def _read(self) -> Live:
        target = spec(self.step.op).target
        try:
            return self.backoff.call(lambda: self.arm.read(target, self.rid), what=f"reading {self.step.target}", on_retry=self.retrying)
        except ResourceNotFoundError as exc:
            raise Missing(self.step.target) from exc
        except GaveUp as exc:
            raise StepFailure(str(exc), error_code(exc.last)) from exc
        except Exception as exc:
            raise StepFailure(f"reading {self.step.target}: {describe(exc)}", error_code(exc)) from exc

    def _read_settled(self) -> Live:
        """Read; while the resource is between states (deallocating, Updating...), wait and read again."""
        deadline = time.monotonic() + self.settings.settle_timeout
        live = self._read()
        while live.settling:
            if time.monotonic() > deadline:
                raise StepFailure(f"{self.step.target} stayed between states for {self.settings.settle_timeout:.0f}s")
            time.sleep(self.settings.poll_interval)
            live = self._read()
        return live

    # --- what the op's calls use -------------------------------------------------------------------------------

    def lro(self, phase: str, begin: Begin, resume: Resume) -> Any:
        """Run one long-running operation of this step: resume it from the journal's token, or begin it (a write,
        rate-limited) and journal its token; then wait, resuming from the token after a transient poll failure."""
        kw: dict[str, Any] = {"polling_interval": self.settings.poll_interval}
        record = self.record
        journalled = record.tokens.get(phase) if record is not None else None
        if journalled:
            token = journalled
            poller = self.backoff.call(lambda: resume(token, kw), what=f"resuming {phase}", on_retry=self.retrying)
        else:
            self.limiter.acquire(self.rid.subscription)
            self.wrote = True  # from here on the change may have been made, whatever the answer
            poller = begin(kw)
            token = poller.continuation_token()
            self.journal.append({"type": "step-poller", "step": self.step.id, "phase": phase, "token": token})
        current: LROPoller[Any] | None = poller

        def wait() -> Any:
            nonlocal current
            if current is None:
                current = resume(token, kw)  # poll again from the token after a transient failure
            try:
                return current.result()
            except Exception as exc:
                if is_transient(exc) and not operation_failed(exc):
                    current = None
                raise

        try:
            return self.backoff.call(
                wait,
                what=f"waiting for {phase} of {self.step.target}",
                on_retry=self.retrying,
                transient=lambda e: is_transient(e) and not operation_failed(e),
            )
        except GaveUp as exc:
            raise StepFailure(str(exc), error_code(exc.last)) from exc
        except Exception as exc:
            if operation_failed(exc) or not is_transient(exc):
                raise StepFailure(f"{phase} of {self.step.target} failed: {describe(exc)}", error_code(exc)) from exc
            raise

    def batch_instances(self) -> tuple[list[str], dict[str, str]]:
        """A scale-set batch's instances and their power states before the batch. The batch's deallocation chooses
        them when it first runs: `batch_size` of them, in instance-id order, that no earlier batch of the set in
        this journal took; and journals them (a resumed or retried step keeps them). The batch's upgrade and start
        take exactly those from the deallocation's record."""
        if self.step.op is not Op.VMSS_DEALLOCATE_INSTANCES:
            source = self.journal.state.steps.get(self.batch_source or "")
            if source is None or not source.chosen:
                raise StepFailure(
                    f"{self.step.id}: the batch's deallocation {self.batch_source or '(none in this wave)'} has not "
                    "recorded which instances it took"
                )
            return source.instances, source.instance_power
        record = self.record
        if record is not None and record.chosen:
            return record.instances, record.instance_power
        try:
            instances = self.backoff.call(lambda: self.arm.instances(self.rid), what="listing instances", on_retry=self.retrying)
        except GaveUp as exc:
            raise StepFailure(str(exc), error_code(exc.last)) from exc
        size = int(self.step.params.get("batch_size", 1))
        target = key(self.step.target)
        taken = {
            i
            for r in self.journal.state.steps.values()
            if r.op == Op.VMSS_DEALLOCATE_INSTANCES and key(r.target) == target and r.id != self.step.id
            for i in r.instances
        }
        chosen = [i for i in instances if i.instance_id not in taken][:size]
        ids = [i.instance_id for i in chosen]
        power = {i.instance_id: i.power_state for i in chosen}
        self.journal.append(
            {"type": "step-poller", "step": self.step.id, "phase": "instances", "token": "", "instances": ids,
             "instance_power": power}
        )
        return ids, power


def batch_sources(steps: list[Step]) -> dict[str, str]:
    """Per upgrade or start of a scale-set batch, the step id of the batch's deallocation in the same wave (the
    validator requires one, named in its `after`): the instances it acts on are the ones that step took."""
    deallocs = {
        batch_of(s.op, s.target, s.params): s.id for s in steps if s.op is Op.VMSS_DEALLOCATE_INSTANCES
    }
    out: dict[str, str] = {}
    for s in steps:
        b = batch_of(s.op, s.target, s.params)
        if b is not None and s.op is not Op.VMSS_DEALLOCATE_INSTANCES and b in deallocs:
            out[s.id] = deallocs[b]
    return out
