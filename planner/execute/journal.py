"""The journal of an apply: append-only JSON lines, each fsynced before the executor goes on, and its lock.

One journal belongs to one plan (its digest is in every `run` record). Records, in the order they happen:

    {"type": "run", "digest", "plan", "pid", "at"}                       an apply (or a resume) began
    {"type": "step-started", "step", "wave", "op", "target", "before", "at"}   live values read before writing
    {"type": "step-poller", "step", "phase", "token", "instances"?, "instance_power"?}
                                                                          a long-running operation was accepted, or
                                                                          the instances a scale-set batch took
    {"type": "step-finished", "step", "outcome", "after", "seconds", "at"}   done / already-done / manual
    {"type": "step-failed", "step", "code", "error", "at"}
    {"type": "step-drift", "step", "mismatches", "at"}
    {"type": "run-end", "status", "at"}

`before` holds the step's live fields as read just before its first write (what `planner rollback` restores);
`token` is the SDK poller's continuation token (azure-core keeps only the polling URLs, the initial response and
the LRO headers in it: no credential), so a run after a crash resumes the poll instead of writing again. A crash
can tear the last line: that line is ignored on reading and cut off when the journal is next opened for an apply
(the step it recorded is then read again and adopted or redone). Any other unreadable line is an error naming it.

The lock is an exclusive `flock` on `<journal>.lock` held for the whole apply: a second apply of the same plan (same
journal) is refused while the first runs, and the kernel releases it when the process ends, even by kill -9.
"""

from __future__ import annotations

import fcntl
import json
import os
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from planner.errors import InputError, UsageError

JOURNAL_SUFFIX = ".journal.jsonl"


class JournalLocked(UsageError):
    """Another apply of the same plan holds the journal's lock."""


class JournalError(InputError):
    """A journal that cannot be used: unreadable, of another plan, or damaged."""


def default_path(plan_path: Path) -> Path:
    """The journal beside the plan: `plan.toml` -> `plan.journal.jsonl`."""
    return plan_path.with_name(plan_path.stem + JOURNAL_SUFFIX)


def now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


@dataclass
class StepRecord:
    id: str
    wave: int = 0
    op: str = ""
    target: str = ""
    status: str = "started"  # started / done / already-done / manual / failed / drift
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)  # phase -> continuation token
    # A scale-set batch's deallocation: the instance ids it chose (kept through a failure or drift, so that a retry
    # acts on the same instances and the batch's upgrade and start on those), and their power states before it.
    chosen: bool = False
    instances: list[str] = field(default_factory=list)
    instance_power: dict[str, str] = field(default_factory=dict)
    started_at: str = ""
    finished_at: str = ""
    error: str = ""

    @property
    def finished(self) -> bool:
        return self.status in ("done", "already-done", "manual")

    @property
    def in_flight(self) -> bool:
        return self.status == "started"


@dataclass
class JournalState:
    """A journal replayed: its plan's digest and each step's last known state."""

    path: Path
    digest: str | None = None
    plan: str | None = None
    steps: dict[str, StepRecord] = field(default_factory=dict)
    runs: int = 0
    torn_tail: bool = False  # the last line was cut short (a crash while writing it)
    good_bytes: int = 0  # the length of the journal up to the end of its last whole line
    last_status: str | None = None

    def apply(self, record: dict[str, Any]) -> None:
        kind = record.get("type")
        if kind == "run":
            self.runs += 1
            self.digest = str(record.get("digest"))
            self.plan = str(record.get("plan") or "")
            return
        if kind == "run-end":
            self.last_status = str(record.get("status"))
            return
        sid = record.get("step")
        if not isinstance(sid, str):
            return
        step = self.steps.setdefault(sid, StepRecord(sid))
        at = str(record.get("at", ""))
        if kind == "step-started":
            step.wave = int(record.get("wave", 0))
            step.op = str(record.get("op", ""))
            step.target = str(record.get("target", ""))
            if not step.before:  # the values before the first write: a resumed step keeps them
                step.before = dict(record.get("before") or {})
            step.status = "started"
            step.started_at = step.started_at or at
        elif kind == "step-poller":
            if record.get("token"):
                step.tokens[str(record.get("phase", "write"))] = str(record["token"])
            if record.get("instances") is not None:
                step.chosen = True
                step.instances = [str(i) for i in record["instances"]]
                step.instance_power = {str(k): str(v) for k, v in (record.get("instance_power") or {}).items()}
        elif kind == "step-finished":
            step.status = str(record.get("outcome", "done"))
            step.after = dict(record.get("after") or {})
            step.finished_at = at
        elif kind in ("step-failed", "step-drift"):
            step.status = "failed" if kind == "step-failed" else "drift"
            if kind == "step-failed":
                step.error = f"{record.get('code') or 'error'}: {record.get('error', '')}"
            # What was in flight is over: a retry reads the resource again and starts its operations afresh (on the
            # instances a batch chose: some of them may be down already).
            step.tokens = {}


def read_journal(path: Path) -> JournalState:
    """A journal file replayed (JournalError when unreadable or damaged before its last line)."""
    state = JournalState(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise JournalError(f"{path}: cannot read the journal: {exc.strerror or exc}") from exc
    lines = data.split(b"\n")
    last = len(lines) - 1
    while last >= 0 and not lines[last].strip():
        last -= 1
    offset = 0
    for number, line in enumerate(lines[: last + 1], 1):
        if line.strip():
            try:
                record = json.loads(line.decode("utf-8"))
                if not isinstance(record, dict):
                    raise ValueError("not a JSON object")
            except ValueError as exc:  # UnicodeDecodeError and JSONDecodeError included
                if number == last + 1:
                    state.torn_tail = True  # cut short by a crash while it was written: the step is re-read
                    break
                raise JournalError(f"{path}:{number}: damaged journal line ({exc})") from exc
            state.apply(record)
        offset += len(line) + 1
    state.good_bytes = min(offset, len(data))
    return state


class Journal:
    """An open journal: locked for this process, appended to and fsynced record by record."""

    def __init__(self, path: Path, state: JournalState, lock_file: IO[str], out: IO[str]) -> None:
        self.path = path
        self.state = state
        self._lock_file = lock_file
        self._out = out
        self._write_lock = threading.Lock()

    @classmethod
    def open(cls, path: Path, *, digest: str, plan_path: Path | None) -> Journal:
        """Lock the journal (JournalLocked if another apply holds it), replay what it has, check that it belongs
        to this plan, and start a new run in it."""
        lock_path = path.with_name(path.name + ".lock")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            lock_file = lock_path.open("a+", encoding="utf-8")
        except OSError as exc:
            raise JournalError(f"{lock_path}: cannot open the journal's lock: {exc.strerror or exc}") from exc
        try:
            fcntl.flock(lock_file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock_file.seek(0)
            holder = lock_file.read().strip() or "another process"
            lock_file.close()
            raise JournalLocked(
                f"{path} is locked by {holder}: another apply of this plan is running; nothing was done"
            ) from None
        lock_file.seek(0)
        lock_file.truncate()
        lock_file.write(f"planner apply, pid {os.getpid()}")
        lock_file.flush()
        try:
            state = read_journal(path) if path.exists() else JournalState(path)
            if state.digest is not None and state.digest != digest:
                raise JournalError(
                    f"{path} is the journal of another plan ({state.digest}); this plan is {digest}: "
                    "give this plan its own --journal"
                )
            if state.torn_tail:
                with path.open("r+b") as f:  # drop the torn fragment: the step it recorded is read again
                    f.truncate(state.good_bytes)
                    f.flush()
                    os.fsync(f.fileno())
            out = path.open("a", encoding="utf-8")
        except BaseException:
            fcntl.flock(lock_file.fileno(), fcntl.LOCK_UN)
            lock_file.close()
            raise
        journal = cls(path, state, lock_file, out)
        journal.append({"type": "run", "digest": digest, "plan": str(plan_path or ""), "pid": os.getpid()})
        return journal

    def append(self, record: dict[str, Any]) -> None:
        """Write one record and make it durable before returning."""
        record = {**record, "at": now_text()} if "at" not in record else record
        line = json.dumps(record, separators=(",", ":"), default=str) + "\n"
        with self._write_lock:  # worker threads append concurrently
            self.state.apply(record)
            self._out.write(line)
            self._out.flush()
            os.fsync(self._out.fileno())

    def close(self) -> None:
        try:
            self._out.close()
        finally:
            fcntl.flock(self._lock_file.fileno(), fcntl.LOCK_UN)
            self._lock_file.close()
