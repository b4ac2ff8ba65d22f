"""The rehearse screen (`r`): the current plan run as a dry run against Azure or the built-in simulator, then for
real against the simulator; and, after an explicit confirmation, applied to Azure with the same executor and
journal as `planner apply`. The executor runs in a thread worker and its events come back as messages; the screen
shows per wave and per VM progress, drift and failures as they happen, what is down, and the journal's path.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Static

from planner.errors import PlannerError
from planner.execute.events import Event, RunFinished, RunStatus
from planner.execute.journal import default_path
from planner.execute.verify import VerifyReport
from planner.plan import write as plan_write
from planner.plan.types import Plan
from planner.text import printable
from planner.tui.board import Board
from planner.tui.screens.apply_confirm import ConfirmApply, going_down
from planner.tui.screens.verify import VerifyView

if TYPE_CHECKING:
    from planner.execute.rehearse import LiveTarget, Rehearsal
    from planner.sim.store import ArmStore

NO_AZURE = "no Azure here: the demo estate lives only in the simulator (`planner tui INVENTORY` reaches Azure)"
REFRESH_SECONDS = 0.2  # the screen redraws at most this often while events arrive


@dataclass(frozen=True)
class Sources:
    """What the rehearse screen is given by the app: where its targets come from."""

    store: Callable[[], ArmStore]  # a copy of the loaded estate for the simulator (called in a worker)
    live: Callable[[], LiveTarget] | None  # Azure, with the credentials `planner tui` was given (None: not set up)
    written: Callable[[str], Path | None]  # the plan file last written with this digest, if any
    sim_scale: float = 0.02  # the simulator's operation times: the plan's durations times this
    sim_poll: float = 0.25  # seconds between status reads against the simulator


class RunEvent(Message):
    def __init__(self, event: Event) -> None:
        super().__init__()
        self.event = event


class RunEnded(Message):
    def __init__(self, what: str, error: str | None = None, result: RunFinished | None = None) -> None:
        super().__init__()
        self.what = what
        self.error = error
        self.result = result


class Verified(Message):
    def __init__(self, report: VerifyReport | None, error: str | None = None) -> None:
        super().__init__()
        self.report = report
        self.error = error


class RehearseScreen(Screen[None]):
    DEFAULT_CSS = """
    RehearseScreen #rh-header { height: 2; padding: 0 1; background: $boost; }
    RehearseScreen #rh-body { height: 1fr; }
    RehearseScreen #rh-waves-scroll { width: 2fr; border: round $primary; }
    RehearseScreen #rh-side { width: 3fr; }
    RehearseScreen #rh-flight { height: auto; max-height: 16; border: round $primary; }
    RehearseScreen #rh-problems-scroll { height: 1fr; border: round $warning; }
    RehearseScreen #rh-journal { height: 1; padding: 0 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("d", "dry_run(False)", "Dry run (simulator)", id="rehearse.dry-run"),
        Binding("g", "run", "Run on simulator", id="rehearse.run"),
        Binding("p", "pause", "Pause / resume", id="rehearse.pause"),
        Binding("v", "verify", "Verify", id="rehearse.verify"),
        Binding("l", "dry_run(True)", "Dry run (Azure)", id="rehearse.dry-run-live"),
        Binding("A", "apply_live", "Apply to Azure", id="rehearse.apply"),
        Binding("escape", "back", "Back", id="rehearse.back"),
        Binding("q", "back", "Back", show=False, id="rehearse.quit"),
    ]

    def __init__(self, plan: Plan, sources: Sources, *, board: Board | None = None) -> None:
        super().__init__()
        self.plan = plan
        self.sources = sources
        self.board = board or Board(plan)
        self.simulator: Rehearsal | None = None
        self.live: Rehearsal | None = None
        self.running: str | None = None  # what runs now: "dry run", "run", "apply"
        self.last: tuple[Rehearsal, Path | None] | None = None  # the last run's rehearsal and journal
        self.paused: Callable[[], None] | None = None  # resumes the paused run
        self.verify_report: VerifyReport | None = None
        self._dirty = False

    def compose(self) -> ComposeResult:
        yield Static(id="rh-header")
        with Horizontal(id="rh-body"):
            with VerticalScroll(id="rh-waves-scroll"):
                yield Static(id="rh-waves")
            with Vertical(id="rh-side"):
                yield Static(id="rh-flight")
                with VerticalScroll(id="rh-problems-scroll"):
                    yield Static(id="rh-problems")
        yield Static(id="rh-journal")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Rehearse"
        if not self.board.title:
            self.board.title = f"Plan {self.plan.digest[:19]}...: d dry-runs it against the simulator, g runs it there"
        self._redraw()
        self.set_interval(REFRESH_SECONDS, self._tick)

    # --- events from the worker -------------------------------------------------------------------------

    def on_run_event(self, message: RunEvent) -> None:
        self.board.fold(message.event)
        self._dirty = True

    def on_run_ended(self, message: RunEnded) -> None:
        self.running = None
        if message.error is not None:
            self.board.status = "failed to run"
            self.notify(printable(message.error), title=f"{message.what} failed", severity="error", timeout=15)
        result = message.result
        if result is not None and result.status is RunStatus.PAUSED and self.last is not None:
            self.notify("paused: nothing new starts; p resumes", timeout=5)
        if result is not None and result.status is RunStatus.COMPLETED and message.what != "dry run":
            self.action_verify()
        self._redraw()

    def on_verified(self, message: Verified) -> None:
        self.running = None
        if message.error is not None or message.report is None:
            self.notify(printable(message.error or "no report"), title="verify failed", severity="error", timeout=15)
        else:
            self.verify_report = message.report
            self.app.push_screen(VerifyView(message.report))
        self._redraw()

    def _tick(self) -> None:
        if self._dirty or self.running:
            self._dirty = False
            self._redraw()

    def _redraw(self) -> None:
        self.query_one("#rh-header", Static).update(self.board.header())
        self.query_one("#rh-waves", Static).update(self.board.wave_lines())
        flight = Text("In flight\n", style="bold")
        flight.append_text(self.board.flight_lines())
        self.query_one("#rh-flight", Static).update(flight)
        problems = Text("Drift and failures\n", style="bold")
        problems.append_text(self.board.problem_lines())
        self.query_one("#rh-problems", Static).update(problems)
        journal = self.last[1] if self.last is not None else None
        where = f"journal: {journal}" if journal is not None else "journal: none yet (a dry run keeps none)"
        self.query_one("#rh-journal", Static).update(Text(printable(where), style="dim"))

    # --- actions ------------------------------------------------------------------------------------------

    def _busy(self) -> bool:
        if self.running is not None:
            self.notify(f"a {self.running} is running: p pauses it", severity="warning")
            return True
        return False

    def _sim(self) -> Rehearsal:
        """(worker) The simulator rehearsal, started on first use."""
        from planner.execute.rehearse import Rehearsal, SimulatorTarget

        if self.simulator is None:
            target = SimulatorTarget(
                self.sources.store(), self.plan.policy, scale=self.sources.sim_scale, poll=self.sources.sim_poll
            )
            self.simulator = Rehearsal(target, on_event=self._post)
        return self.simulator

    def _live(self) -> Rehearsal:
        from planner.execute.rehearse import Rehearsal

        if self.sources.live is None:
            raise PlannerError(NO_AZURE)
        if self.live is None:
            self.live = Rehearsal(self.sources.live(), on_event=self._post)
        return self.live

    def _post(self, event: Event) -> None:
        self.post_message(RunEvent(event))

    def _start(self, what: str, title: str, job: Callable[[], RunFinished | None]) -> None:
        self.running = what
        self.paused = None
        self.board.start(title)
        self._redraw()

        def work() -> None:
            try:
                result = job()
            except PlannerError as exc:
                self.post_message(RunEnded(what, str(exc)))
            except Exception as exc:  # the worker must always end the run on the screen
                self.post_message(RunEnded(what, f"{type(exc).__name__}: {exc}"))
            else:
                self.post_message(RunEnded(what, result=result))

        self.run_worker(work, thread=True, group="rehearse", exit_on_error=False)

    def action_dry_run(self, live: bool) -> None:
        if self._busy():
            return
        title = "Dry run against Azure" if live else "Dry run against the simulator"

        def job() -> RunFinished | None:
            rehearsal = self._live() if live else self._sim()
            self.last = (rehearsal, None)
            rehearsal.dry_run(self.plan)
            return None

        self._start("dry run", title, job)

    def action_run(self) -> None:
        if self._busy():
            return

        def job() -> RunFinished:
            from planner.execute.rehearse import SimulatorTarget

            rehearsal = self._sim()
            assert isinstance(rehearsal.target, SimulatorTarget)
            plan_path = rehearsal.target.workdir / "plan.toml"
            if not plan_path.exists():
                plan_write.write(self.plan, plan_path)
            journal = default_path(plan_path)
            self.last = (rehearsal, journal)
            self.paused = self.action_run
            return rehearsal.apply(self.plan, plan_path, journal)

        self._start("run", "Run against the simulator", job)

    def action_pause(self) -> None:
        if self.running is None:
            if self.paused is not None and self.board.status == RunStatus.PAUSED.value:
                self.paused()
            else:
                self.notify("nothing is paused", severity="warning")
            return
        if self.running == "dry run" or self.last is None or not self.last[0].pause():
            self.notify("a dry run cannot be paused; it only reads", severity="warning")
            return
        self.board.status = "pausing: finishing what is in flight"
        self._redraw()

    def action_verify(self) -> None:
        if self._busy():
            return
        rehearsal, journal = self.last if self.last is not None else (None, None)
        self.running = "verify"
        self.notify("verifying: reading the estate again", timeout=3)

        def work() -> None:
            try:
                report = (rehearsal or self._sim()).verify(self.plan, journal)
            except PlannerError as exc:
                self.post_message(Verified(None, str(exc)))
            except Exception as exc:
                self.post_message(Verified(None, f"{type(exc).__name__}: {exc}"))
            else:
                self.post_message(Verified(report))

        self.run_worker(work, thread=True, group="rehearse", exit_on_error=False)

    def action_apply_live(self) -> None:
        if self._busy():
            return
        if self.sources.live is None:
            self.notify(NO_AZURE, severity="error", timeout=10)
            return
        path = self.sources.written(self.plan.digest)
        if path is None:
            self.notify(
                "write the plan first (ctrl+s): a real apply runs the plan file, with its journal beside it",
                severity="warning",
                timeout=10,
            )
            return
        self.app.push_screen(ConfirmApply(self.plan, path), lambda yes: self._apply_live(path) if yes else None)

    def _apply_live(self, path: Path) -> None:
        from planner.session import Session

        def job() -> RunFinished:
            plan = Session.read_plan(path)  # the file as written, checked as `planner apply` checks it
            rehearsal = self._live()
            journal = default_path(path)
            self.last = (rehearsal, journal)
            self.paused = lambda: self._apply_live(path)
            return rehearsal.apply(plan, path, journal)

        self._start("apply", f"Apply to Azure: {going_down(self.plan)} VM(s) go down", job)

    def action_back(self) -> None:
        if self._busy():
            return
        self.dismiss(None)

    def on_unmount(self) -> None:
        if self.running is not None and self.last is not None:
            self.last[0].pause()  # the app is closing: what is in flight finishes, nothing new starts
        for rehearsal in (self.simulator, self.live):
            if rehearsal is not None:
                rehearsal.close()
