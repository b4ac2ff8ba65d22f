"""The session thread: every call on the Session runs here, one after another, in the order asked.

A Session is used from one thread at a time, and the operator's changes must apply in order (an undo after an
exclusion undoes that exclusion), so the app does not start a thread per change: it queues jobs here. A job posts
its results as messages; a `PlannerError` becomes a `JobFailed` message with its words; anything else, too, with
the exception named (the app stays up). Jobs sharing a `latest` tag are superseded by the newest queued one (a
candidate lookup for a row the cursor has already left is skipped). The collector is paused while a job runs:
loading and analysing a large estate makes no reference cycles and the collector would only rescan it.
"""

from __future__ import annotations

import gc
import queue
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field

from textual.message import Message

from planner.errors import PlannerError
from planner.gcpause import collector_paused
from planner.tui.messages import JobFailed

Post = Callable[[Message], object]


@dataclass(slots=True)
class _Job:
    what: str
    run: Callable[[], object]
    latest: str | None = None
    ticket: int = 0
    done: threading.Event = field(default_factory=threading.Event)


class SessionThread:
    def __init__(self, post: Post) -> None:
        self._post = post
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._latest: dict[str, int] = {}
        self._tickets = 0
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._loop, name="planner-session", daemon=True)
        self.busy = threading.Event()
        self._done = 0
        self._thread.start()

    def submit(self, what: str, run: Callable[[], object], *, latest: str | None = None) -> threading.Event:
        """Queue `run`; the returned event is set once it has run (or been skipped)."""
        with self._lock:
            self._tickets += 1
            job = _Job(what, run, latest, self._tickets)
            if latest is not None:
                self._latest[latest] = job.ticket
        self._jobs.put(job)
        return job.done

    @property
    def idle(self) -> bool:
        """Every job queued so far has run (tests and the bench wait for this)."""
        return self._done == self._tickets

    def stop(self) -> None:
        self._jobs.put(None)

    def _loop(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            try:
                if job.latest is not None and self._latest.get(job.latest) != job.ticket:
                    continue  # a newer job of the same kind is queued
                self.busy.set()
                with collector_paused():
                    job.run()
                # What exists now (the inventory, the Session, its results) is moved out of the collector's
                # reach for good: with a large estate in memory, every full collection would rescan millions of
                # objects and freeze the screen. They are still freed by reference counting (they make no cycles).
                gc.freeze()
            except PlannerError as exc:
                self._post(JobFailed(job.what, str(exc)))
            except Exception as exc:  # the app must stay up; the operator sees what failed
                detail = traceback.format_exception_only(type(exc), exc)[-1].strip()
                self._post(JobFailed(job.what, f"internal error ({detail}); this is a bug in planner"))
            finally:
                self.busy.clear()
                self._done += 1
                job.done.set()
