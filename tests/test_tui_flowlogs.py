"""The TUI's flow-log view (`f`): the proof from flow logs for the estate in the workbench and its plan, the same
report `planner verify --flow-logs` builds; asking for the logs when none were given; a source that cannot be read."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from flowlog_helpers import MINUTE, T0, both_views, inventory, write_logs
from textual.pilot import Pilot
from tui_helpers import screen_text, settle

from planner.flowlogs.flows import Window
from planner.flowlogs.parse import parse_blobs
from planner.flowlogs.report import build_report
from planner.flowlogs.source import read_folder
from planner.session import Session
from planner.tui.app import PlannerApp
from planner.tui.screens.flows import FlowLogView
from planner.tui.screens.save import AskPath
from planner.tui.widgets.table import VirtualTable


def logs(tmp_path: Path) -> Path:
    """vm-a encrypts with vm-o; vm-a and vm-b talk unencrypted half an hour later; vm-u (an unsupported size) too."""
    return write_logs(
        tmp_path,
        both_views("vm-a", "vm-o", T0, "X")
        + both_views("vm-a", "vm-b", T0 + 30 * MINUTE, "NX")
        + both_views("vm-u", "vm-a", T0 + 40 * MINUTE, "NX_HW_NOT_SUPPORTED"),
    )


async def until(pilot: Pilot[int], ready: Callable[[], bool], seconds: float = 60) -> None:
    for _ in range(int(seconds / 0.05)):
        if ready():
            return
        await pilot.pause(0.05)
    raise AssertionError("timed out")


def app_for(tmp_path: Path, sources: list[str]) -> PlannerApp:
    return PlannerApp(session=Session(inventory()), origin="flow-log estate", flow_sources=sources)


async def test_f_shows_the_same_report_as_verify_for_the_workbenchs_plan(tmp_path: Path) -> None:
    folder = logs(tmp_path)
    app = app_for(tmp_path, [str(folder)])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, app)
        await pilot.press("f")
        await until(pilot, lambda: isinstance(app.screen, FlowLogView) and app.screen.report is not None)
        view = app.screen
        assert isinstance(view, FlowLogView) and view.report is not None
        assert app.workbench is not None
        plan = app.workbench.session.plan()
        expected = build_report(parse_blobs(read_folder(folder)), inventory(), plan, None, Window(),
                                series=plan.meta.series)
        assert view.report == expected  # the core's report, not one of the TUI's own
        assert expected.flags  # something is flagged for the view to show
        text = screen_text(app)
        for flag in expected.flags:
            label = "MIGRATED, STILL UNENCRYPTED" if flag.kind == "migrated" else "candidate (outside the plan)"
            assert f"{flag.name}: {label}" in text
        assert "NX_HW_NOT_SUPPORTED" in text  # the codes in words
        table = view.query_one("#flow-pairs", VirtualTable)
        assert len(table.keys) == len(expected.pairs) and table.has_focus
        first = expected.pairs[0]
        assert f"{first.a.name} ↔ {first.b.name}" in screen_text(app)  # the pair under the cursor, in words
        await pilot.press("down")
        second = expected.pairs[1]
        await until(pilot, lambda: f"{second.a.name} ↔ {second.b.name}" in screen_text(app))
        await pilot.press("escape")
        assert not isinstance(app.screen, FlowLogView)


async def test_f_without_flow_logs_asks_for_them(tmp_path: Path) -> None:
    folder = logs(tmp_path)
    app = app_for(tmp_path, [])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, app)
        await pilot.press("f")
        await until(pilot, lambda: isinstance(app.screen, AskPath))
        assert "Flow logs to read" in screen_text(app) and "Enter reads" in screen_text(app)
        await pilot.press("ctrl+a", "ctrl+k")  # clear the default
        for ch in str(folder):
            await pilot.press(ch)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, FlowLogView) and app.screen.report is not None)
        assert app.flow_sources == [str(folder)]  # asked once: f shows them again


async def test_a_source_that_cannot_be_read_is_said_on_the_view(tmp_path: Path) -> None:
    app = app_for(tmp_path, [str(tmp_path / "missing")])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, app)
        await pilot.press("f")
        await until(pilot, lambda: isinstance(app.screen, FlowLogView) and app.screen.error is not None)
        await until(pilot, lambda: "cannot read the flow logs" in screen_text(app))
        view = app.screen
        assert isinstance(view, FlowLogView) and "no such file or folder" in (view.error or "")
        flow_id = "/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/networkWatchers/w/flowLogs/f"
        await pilot.press("escape")
        app.flow_sources = [flow_id]
        await pilot.press("f")
        await until(pilot, lambda: isinstance(app.screen, FlowLogView) and app.screen.error is not None)
        view = app.screen
        assert isinstance(view, FlowLogView) and "reading a flow log live needs Azure" in (view.error or "")
