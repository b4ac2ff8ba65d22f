"""The rehearse screen (`r`): the demo plan run against the built-in simulator to the end and verified, a fault
reported with what is down, pause and resume, a dry run that writes nothing, the real apply's confirmation; and
text snapshots of the screen mid-run (fixed clock, events made from the plan) and at the end."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from conftest import SIM_TOKEN
from textual.pilot import Pilot
from tui_helpers import SNAPSHOTS, demo_app, screen_text, settle

from planner.execute.events import (
    Mismatch,
    Outcome,
    Progress,
    RunFinished,
    RunStarted,
    RunStatus,
    StepFinished,
    StepStarted,
    WaveFinished,
    WaveStarted,
)
from planner.execute.journal import default_path
from planner.execute.rehearse import LiveTarget
from planner.execute.runner import ExecuteOptions
from planner.execute.step import RunSettings
from planner.inventory.live import StaticTokenCredential
from planner.plan.ops import Op
from planner.plan.permissions import review_actions
from planner.plan.policy import Policy
from planner.plan.roles import Permission, Role
from planner.plan.types import Plan
from planner.session import Session
from planner.sim.faults import FailOperations
from planner.sim.server import SimHandle
from planner.tui.app import PlannerApp
from planner.tui.board import Board
from planner.tui.screens.apply_confirm import ConfirmApply, going_down
from planner.tui.screens.rehearse import RehearseScreen, Sources
from planner.tui.screens.verify import VerifyView

FAST = (0.0005, 0.02)  # the simulator's time scale and poll interval: a whole demo run in seconds
WRITES = ("PUT", "PATCH", "POST", "DELETE")


async def until(pilot: Pilot[int], ready: Callable[[], bool], seconds: float = 120) -> None:
    for _ in range(int(seconds / 0.05)):
        if ready():
            return
        await pilot.pause(0.05)
    raise AssertionError("the rehearse screen did not get there")


async def open_rehearsal(pilot: Pilot[int], app: PlannerApp) -> RehearseScreen:
    app.sim_speed = FAST
    await settle(pilot, app)
    await pilot.press("r")
    await until(pilot, lambda: isinstance(app.screen, RehearseScreen))
    screen = app.screen
    assert isinstance(screen, RehearseScreen)
    return screen


def writes(screen: RehearseScreen) -> int:
    assert screen.simulator is not None
    sim = screen.simulator.target.simulator
    assert sim is not None
    return sum(1 for r in sim.requests if r.method in WRITES)


def idle(screen: RehearseScreen) -> Callable[[], bool]:
    return lambda: screen.running is None and screen.board.result is not None


async def test_the_demo_plan_rehearsed_to_the_end_verifies_clean() -> None:
    app = demo_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_rehearsal(pilot, app)
        await pilot.press("g")
        await until(pilot, lambda: isinstance(app.screen, VerifyView))
        result = screen.board.result
        assert result is not None and result.status is RunStatus.COMPLETED, screen.board.header().plain
        assert not result.failed and not result.drifted and not result.down
        assert screen.board.finished == screen.board.total == sum(len(w.steps) for w in screen.plan.waves)
        report = screen.verify_report
        assert report is not None and report.checks and not report.failing
        assert all(v.encrypted for v in report.vnets)
        await pilot.pause(0.3)
        text = screen_text(app)
        assert "0 not (provably) encrypted" in text and "restarts proven from" in text
        await pilot.press("escape")
        await pilot.pause(0.3)
        assert "completed" in screen_text(app) and "Nothing is down because of the plan" in screen_text(app)
        journal = screen.last[1] if screen.last is not None else None
        assert journal is not None and journal.exists() and str(journal) in screen_text(app).replace("\n", "")


async def test_a_failed_start_is_reported_with_the_vms_left_down() -> None:
    app = demo_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_rehearsal(pilot, app)
        await pilot.press("d")  # starts the simulator (and reads only)
        await until(pilot, idle(screen))
        assert screen.simulator is not None and screen.simulator.target.simulator is not None
        victim = next(
            s.target for _, s in screen.plan.steps() if s.op is Op.VM_START and "vm-payments" in s.target
        ).rsplit("/", 1)[-1]
        screen.simulator.target.simulator.add_fault(FailOperations(["start"], name_contains=victim, count=None))
        await pilot.press("g")
        await until(pilot, idle(screen))
        result = screen.board.result
        assert result is not None and result.status is RunStatus.FAILED
        assert [f.target.rsplit("/", 1)[-1] for f in result.failed] == [victim]
        assert victim in {d.id.rsplit("/", 1)[-1] for d in result.down}
        await pilot.pause(0.3)
        text = screen_text(app)
        assert f"failed: {victim}" in text and "Down because of the plan" in text
        assert not isinstance(app.screen, VerifyView)  # a failed run is not verified on its own


async def test_pause_finishes_what_is_in_flight_then_resume_goes_to_the_end() -> None:
    app = demo_app()
    async with app.run_test(size=(120, 40)) as pilot:
        app.sim_speed = (0.004, 0.02)
        await settle(pilot, app)
        await pilot.press("r")
        await until(pilot, lambda: isinstance(app.screen, RehearseScreen))
        screen = app.screen
        assert isinstance(screen, RehearseScreen)
        await pilot.press("g")
        await until(pilot, lambda: screen.board.finished >= 40)
        await pilot.press("p")
        await until(pilot, idle(screen))
        result = screen.board.result
        assert result is not None and result.status is RunStatus.PAUSED
        assert not result.down  # a pause lets every VM in flight come back up
        assert 40 <= screen.board.finished < screen.board.total
        before = writes(screen)
        await pilot.pause(0.5)
        assert writes(screen) == before  # nothing new starts while paused
        await pilot.press("p")
        await until(pilot, lambda: isinstance(app.screen, VerifyView))
        result = screen.board.result
        assert result is not None and result.status is RunStatus.COMPLETED
        assert screen.verify_report is not None and not screen.verify_report.failing


async def test_a_dry_run_writes_nothing() -> None:
    app = demo_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_rehearsal(pilot, app)
        await pilot.press("d")
        await until(pilot, idle(screen))
        result = screen.board.result
        assert result is not None and result.status is RunStatus.COMPLETED
        assert result.outcomes.get("would-do", 0) > 0
        assert writes(screen) == 0
        assert screen.simulator is not None and screen.simulator.target.simulator is not None
        assert any(r.method == "GET" for r in screen.simulator.target.simulator.requests)


async def test_apply_to_azure_needs_the_written_plan_and_the_typed_word(tmp_path: Path) -> None:
    app = demo_app(out=tmp_path / "plan.toml")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_rehearsal(pilot, app)
        await pilot.press("A")  # the demo estate has no Azure behind it
        assert not isinstance(app.screen, ConfirmApply)
        screen.sources = Sources(screen.sources.store, lambda: None, screen.sources.written)  # type: ignore[arg-type,return-value]
        await pilot.press("A")  # a plan never written is not applied
        assert not isinstance(app.screen, ConfirmApply)
        await pilot.press("escape")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: (tmp_path / "plan.toml").exists() and screen.plan.digest in app.written)
        await pilot.press("r")
        await until(pilot, lambda: isinstance(app.screen, RehearseScreen) and app.screen is not screen)
        again = app.screen
        assert isinstance(again, RehearseScreen)
        again.sources = Sources(again.sources.store, lambda: None, again.sources.written)  # type: ignore[arg-type,return-value]
        await pilot.press("A")
        await until(pilot, lambda: isinstance(app.screen, ConfirmApply))
        await pilot.pause(0.3)
        text = screen_text(app)
        assert again.plan.digest in text and str(going_down(again.plan)) in text
        assert all(s in text for s in again.plan.meta.subscriptions)
        for ch in "yes":
            await pilot.press(ch)
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert isinstance(app.screen, ConfirmApply) and "type apply" in screen_text(app)
        await pilot.press("escape")
        shown: object = app.screen
        assert shown is again and again.running is None  # cancelled: nothing ran


class FastLive(LiveTarget):
    """`demo_sim` standing in for Azure, polled as fast as the tests' simulators answer."""

    def options(self, policy: Policy) -> ExecuteOptions:
        return ExecuteOptions(settings=RunSettings(poll_interval=0.05), writes_per_second=1000.0)


async def test_dry_run_and_apply_against_azure_after_the_confirmation(demo_sim: SimHandle, tmp_path: Path) -> None:
    out = tmp_path / "plan.toml"
    app = demo_app(out=out)
    app.live = lambda: FastLive(StaticTokenCredential(SIM_TOKEN), arm_endpoint=demo_sim.url)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, app)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: out.exists() and bool(app.written))
        screen = await open_rehearsal(pilot, app)
        await pilot.press("l")
        await until(pilot, idle(screen))
        result = screen.board.result
        assert result is not None and result.status is RunStatus.COMPLETED and result.outcomes["would-do"] > 0
        assert not writes_to(demo_sim) and screen.simulator is None  # Azure was read; no simulator was started
        await pilot.press("A")
        await until(pilot, lambda: isinstance(app.screen, ConfirmApply))
        for ch in "apply":
            await pilot.press(ch)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, VerifyView))
        result = screen.board.result
        assert result is not None and result.status is RunStatus.COMPLETED and not result.down
        assert writes_to(demo_sim) > 0
        assert default_path(out).exists() and screen.last is not None and screen.last[1] == default_path(out)
        assert screen.verify_report is not None and not screen.verify_report.failing


async def test_an_apply_to_azure_without_the_roles_actions_is_refused_before_any_write(
    demo_sim: SimHandle, tmp_path: Path
) -> None:
    out = tmp_path / "plan.toml"
    app = demo_app(out=out)
    app.live = lambda: FastLive(StaticTokenCredential(SIM_TOKEN), arm_endpoint=demo_sim.url)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, app)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: out.exists() and bool(app.written))
        written = Session.read_plan(out)
        demo_sim.simulator.authz.role = Role("review", (Permission(tuple(review_actions(written))),))
        screen = await open_rehearsal(pilot, app)
        told: list[str] = []
        screen.notify = lambda message, **_: told.append(str(message))  # type: ignore[method-assign]
        await pilot.press("A")
        await until(pilot, lambda: isinstance(app.screen, ConfirmApply))
        for ch in "apply":
            await pilot.press(ch)
        await pilot.press("enter")
        await until(pilot, lambda: screen.board.status == "failed to run")
        assert any("lack" in t and "Microsoft.Compute/virtualMachines/deallocate/action" in t for t in told)
        assert writes_to(demo_sim) == 0 and not default_path(out).exists()  # refused before the journal, any write


def writes_to(handle: SimHandle) -> int:
    return sum(1 for r in handle.simulator.requests if r.method in WRITES)


# --- snapshots -------------------------------------------------------------------------------------------------


def _events(plan: Plan, *, upto_wave: int) -> list[object]:
    """A run's events made from the plan: waves before `upto_wave` done (one drift in wave 2), `upto_wave`
    half-way with steps in flight; all of them and the end when `upto_wave` is past the last."""
    total = sum(len(w.steps) for w in plan.waves)
    out: list[object] = [RunStarted(plan.digest, len(plan.waves), total, 0)]
    finished = 0
    drifted = False
    for wave in plan.waves:
        if wave.index > upto_wave:
            break
        out.append(WaveStarted(wave.index, wave.title, len(wave.steps), len(wave.steps), wave.estimated_seconds))
        steps = wave.steps if wave.index < upto_wave else wave.steps[: len(wave.steps) // 2]
        for n, s in enumerate(steps):
            out.append(StepStarted(wave.index, s.id, s.op, s.target))
            if wave.index == upto_wave and n >= len(steps) - 3:
                continue  # in flight
            drift = wave.index == 2 and s.op is Op.VM_DEALLOCATE and not drifted
            drifted = drifted or drift
            mismatches = (Mismatch("size", "Standard_D4s_v3", "Standard_D8s_v3"),) if drift else ()
            out.append(
                StepFinished(wave.index, s.id, s.op, s.target, Outcome.DRIFT if drift else Outcome.DONE, 1.0, "", mismatches)
            )
            finished += 1
        out.append(Progress(finished, total, 60.0 * wave.index, 600.0, wave.index, len(plan.waves)))
        if wave.index < upto_wave:
            out.append(WaveFinished(wave.index, 60.0))
    if upto_wave > len(plan.waves):
        out.append(RunFinished(RunStatus.DRIFT, 300.0, {"done": finished - 1, "drift": 1}))
    return out


async def _snapshot(name: str, upto_wave: int, size: tuple[int, int]) -> tuple[str, str]:
    """The screen as text, and its snapshot (rewritten first with PLANNER_UPDATE_EXPECTED=1)."""
    app = demo_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot, app)
        plan = app.workbench.session.plan() if app.workbench is not None else None
        assert plan is not None
        clock = iter(float(n) for n in range(10_000))
        board = Board(plan, clock=lambda: next(clock))
        board.start("Run against the simulator")
        for event in _events(plan, upto_wave=upto_wave):
            board.fold(event)  # type: ignore[arg-type]
        board.clock = lambda: 300.0
        await app.push_screen(RehearseScreen(plan, Sources(lambda: None, None, lambda d: None), board=board))  # type: ignore[arg-type,return-value]
        await pilot.pause(0.3)
        actual = screen_text(app)
        stem = f"rehearse-{name}-{size[0]}x{size[1]}"
        expected_file = SNAPSHOTS / f"{stem}.txt"
        if os.environ.get("PLANNER_UPDATE_EXPECTED") == "1":
            expected_file.write_text(actual)
            (SNAPSHOTS / f"{stem}.svg").write_text(app.export_screenshot(title=f"planner tui: rehearse {name}"))
        return actual, expected_file.read_text()


async def test_the_rehearse_screen_mid_run_matches_its_snapshot() -> None:
    for size in ((120, 40), (80, 24)):
        actual, expected = await _snapshot("mid-run", 3, size)
        assert actual == expected, f"rehearse mid-run at {size} differs from its snapshot"


async def test_the_rehearse_screen_at_the_end_matches_its_snapshot() -> None:
    actual, expected = await _snapshot("end", 99, (120, 40))
    assert actual == expected, "rehearse end differs from its snapshot"
