"""The dry run: what `apply` would do now, from reads only: the review a change board reads.

Every resource a step acts on is read once (in parallel, with the executor's retrying); then the waves are walked in
order, each step judged against the state the steps before it would leave (`planner.execute.drift`): `would-do`,
`already-done`, `drift` (with each field that differs), `skipped` (an earlier step it waits for drifted), or
`manual`; with the apply's journal, a step it has finished is `already-done`. A scale-set batch's steps would do
work unless they drift: every instance is cycled (deallocated, given the model, started), whether or not it is on
the latest model already (a model applied to a running instance does not make AN or encryption effective). Each
wave carries the plan's estimate and the estimate of what would actually be done. Nothing is written and no journal
is opened: the simulator's tests count zero PUT, PATCH, POST and DELETE.
"""

from __future__ import annotations

import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from azure.core.exceptions import ResourceNotFoundError

from planner.execute.arm import ArmClients, Instance
from planner.execute.backoff import Backoff, RetryPolicy, describe
from planner.execute.drift import mismatches, project, reached
from planner.execute.estimate import critical_path
from planner.execute.events import (
    EventSink,
    Mismatch,
    Outcome,
    RunFinished,
    RunStarted,
    RunStatus,
    StepFinished,
    WaveFinished,
    WaveStarted,
    ignore,
)
from planner.execute.journal import JournalState
from planner.model import ResourceId, key
from planner.plan.ops import Op, Target, durations, spec
from planner.plan.types import Plan, Step


@dataclass(frozen=True)
class DryWave:
    index: int
    title: str
    estimated_seconds: int  # the plan's
    would_do_seconds: float  # the critical path of the steps that would do something
    outcomes: dict[str, int]


@dataclass
class DryRunReport:
    steps: list[StepFinished] = field(default_factory=list)
    waves: list[DryWave] = field(default_factory=list)

    @property
    def drifted(self) -> list[StepFinished]:
        return [s for s in self.steps if s.outcome is Outcome.DRIFT]

    @property
    def unreadable(self) -> list[StepFinished]:
        return [s for s in self.steps if s.outcome is Outcome.FAILED]


@dataclass
class _Read:
    fields: dict[str, Any] | None = None
    instances: list[Instance] | None = None
    error: str = ""
    missing: bool = False  # 404: the resource is not there


def dry_run(
    plan: Plan,
    arm: ArmClients,
    *,
    parallel: int = 16,
    retry: RetryPolicy | None = None,
    on_event: EventSink = ignore,
    journal: JournalState | None = None,
) -> DryRunReport:
    """`journal`: an apply's journal of this plan, whose finished steps are `already-done` without judging them again
    (a finished cycle no longer looks like what its first step expected)."""
    started = time.monotonic()
    finished = {sid for sid, rec in journal.steps.items() if rec.finished} if journal is not None else set()
    reads = _read_all(plan, arm, parallel, Backoff(retry or RetryPolicy()))
    seconds = {op: float(s) for op, s in durations(plan.policy).items()}
    total = sum(len(w.steps) for w in plan.waves)
    on_event(RunStarted(plan.digest, len(plan.waves), total, 0, dry_run=True))
    report = DryRunReport()
    projected: dict[str, dict[str, Any]] = {}
    touched: set[str] = set()  # targets an earlier step would already have written to
    model_pending: set[str] = set()  # scale sets whose model update would run
    for wave in plan.waves:
        on_event(WaveStarted(wave.index, wave.title, len(wave.steps), len(wave.steps), wave.estimated_seconds, tuple(wave.outage)))
        blocked: set[str] = set()
        results: list[StepFinished] = []
        for s in wave.steps:
            if s.id in finished:
                touched.add(key(s.target))
                result = StepFinished(wave.index, s.id, s.op, s.target, Outcome.ALREADY_DONE, 0.0, "finished in the journal")
            else:
                result = _judge(wave.index, s, reads, projected, touched, model_pending, blocked)
            if result.outcome in (Outcome.DRIFT, Outcome.FAILED, Outcome.SKIPPED):
                blocked.add(s.id)
            results.append(result)
            on_event(result)
        would = {r.step for r in results if r.outcome is Outcome.WOULD_DO}
        counts = dict(Counter(r.outcome.value for r in results))
        report.waves.append(DryWave(wave.index, wave.title, wave.estimated_seconds, critical_path(wave, seconds, would), counts))
        report.steps += results
        on_event(WaveFinished(wave.index, 0.0, counts))
    status = RunStatus.DRIFT if report.drifted else (RunStatus.FAILED if report.unreadable else RunStatus.COMPLETED)
    on_event(
        RunFinished(
            status,
            time.monotonic() - started,
            dict(Counter(r.outcome.value for r in report.steps)),
            failed=tuple(report.unreadable),
            drifted=tuple(report.drifted),
            manual=tuple(r for r in report.steps if r.outcome is Outcome.MANUAL),
        )
    )
    return report


def _read_all(plan: Plan, arm: ArmClients, parallel: int, backoff: Backoff) -> dict[str, _Read]:
    wanted: dict[str, tuple[Target, bool]] = {}
    for _, s in plan.steps():
        target = spec(s.op).target
        if target is Target.ANY:
            continue
        k = key(s.target)
        batch = spec(s.op).takes_instances_down
        prev = wanted.get(k)
        wanted[k] = (target, batch or (prev[1] if prev else False))
    ids = {key(s.target): s.target for _, s in plan.steps()}

    def read(k: str) -> tuple[str, _Read]:
        target, batch = wanted[k]
        rid = ResourceId.parse(ids[k])
        if rid is None:
            return k, _Read(error=f"{ids[k]} is not a resource id")
        try:
            fields = backoff.call(lambda: arm.read(target, rid).fields, what=f"reading {ids[k]}")
            instances = backoff.call(lambda: arm.instances(rid), what=f"listing {ids[k]}") if batch else None
        except ResourceNotFoundError:
            return k, _Read(missing=True)
        except Exception as exc:
            return k, _Read(error=describe(exc))
        return k, _Read(fields, instances)

    with ThreadPoolExecutor(max_workers=max(1, parallel), thread_name_prefix="planner-dry-run") as pool:
        return dict(pool.map(read, list(wanted)))


def _judge(
    wave: int,
    s: Step,
    reads: dict[str, _Read],
    projected: dict[str, dict[str, Any]],
    touched: set[str],
    model_pending: set[str],
    blocked: set[str],
) -> StepFinished:
    def finish(outcome: Outcome, detail: str = "", found: tuple[Mismatch, ...] = ()) -> StepFinished:
        commands = tuple(str(c) for c in s.params.get("commands", [])) if s.op is Op.MANUAL else ()
        return StepFinished(wave, s.id, s.op, s.target, outcome, 0.0, detail, found, commands)

    if s.op is Op.MANUAL:
        return finish(Outcome.MANUAL, str(s.params.get("reason", "")))
    if any(d in blocked for d in s.after):
        return finish(Outcome.SKIPPED, "an earlier step it waits for drifted")
    k = key(s.target)
    read = reads.get(k)
    if read is not None and read.missing:
        return finish(Outcome.DRIFT, "not found", (Mismatch("exists", True, False),))
    if read is None or read.fields is None:
        return finish(Outcome.FAILED, f"cannot read {s.target}: {read.error if read else 'not read'}")
    fields = projected.setdefault(k, dict(read.fields))
    found = tuple(mismatches(s, fields, with_etag=k not in touched))
    if spec(s.op).instance_batch:
        if found and k not in model_pending:
            return finish(Outcome.DRIFT, found=found)
        count = int(s.params.get("batch_size", 1))
        what = {
            Op.VMSS_DEALLOCATE_INSTANCES: f"deallocate up to {count} of {len(read.instances or [])} instance(s)",
            Op.VMSS_UPGRADE_INSTANCES: "apply the model to the batch's instances",
            Op.VMSS_START_INSTANCES: "start the batch's instances that were running",
        }
        return finish(Outcome.WOULD_DO, what.get(s.op, ""))
    if reached(s, fields):
        return finish(Outcome.ALREADY_DONE)
    if found:
        return finish(Outcome.DRIFT, found=found)
    projected[k] = project(s, fields)
    touched.add(k)
    if s.op in (Op.VMSS_UPDATE_MODEL, Op.VMSS_RESTORE_MODEL):
        model_pending.add(k)
    return finish(Outcome.WOULD_DO)
