"""The `tui` stage of `make bench` (`planner.bench`): the TUI driven headless by Textual's Pilot through
`planner.tui.headless`. Kept apart from the other stages because it alone loads Textual."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from planner.demo.estate import estate_documents, generate_estate
from planner.inventory.arm_json import load_documents
from planner.session import Session
from planner.tui.app import PlannerApp
from planner.tui.headless import send_key
from planner.tui.widgets.table import VirtualTable

TUI_QUERIES = ("payments", "verdict:blocked", "rg:rg-web vm-0")


def tui_stage(folder: Path, decision_vms: int, *, changes: int) -> Callable[[], dict[str, int]]:
    """Browse the estate in `folder` (first paint, filter keystrokes), then take `changes` // 2 decisions on an
    estate of `decision_vms` made in memory; the measuring callable."""

    async def until(app: PlannerApp, ready: Callable[[], bool], pilot: Any, seconds: float = 60) -> None:
        deadline = time.perf_counter() + seconds
        while not ready():
            if time.perf_counter() > deadline:
                where = ready.__code__.co_firstlineno
                raise SystemExit(f"the TUI did not get there in {seconds} s (state {app.state}, bench line {where})")
            await pilot.pause(0.005)

    async def browse() -> dict[str, int]:
        app = PlannerApp(inventory=folder)
        async with app.run_test(size=(160, 50)) as pilot:
            table = app.query_one("#vm-table", VirtualTable)
            await until(app, lambda: table.first_paint is not None, pilot)
            first_paint = (table.first_paint or 0) - app.timings["inventory"]
            await until(app, lambda: app.state == "ready" and app.session_thread.idle, pilot)
            await pilot.press("slash")
            keystrokes = []
            for query in TUI_QUERIES:
                for ch in query:
                    version = table.version
                    sent = send_key(app, ch if ch != " " else "space")
                    await until(app, lambda v=version: table.painted[0] > v, pilot)  # type: ignore[misc]
                    keystrokes.append(table.painted[1] - sent)
                await pilot.press("ctrl+u")  # clear the field for the next query
            keystrokes.sort()
            return {
                "vms": len(table.keys),
                "first_paint_ms": round(1000 * first_paint),
                "filter_keystrokes": len(keystrokes),
                "filter_p50_ms": round(1000 * keystrokes[len(keystrokes) // 2]),
                "filter_p95_ms": round(1000 * keystrokes[int(0.95 * (len(keystrokes) - 1))]),
            }

    async def decide() -> dict[str, int]:
        inv = load_documents(estate_documents(generate_estate(vms=decision_vms)))
        app = PlannerApp(session=Session(inv))
        async with app.run_test(size=(160, 50)) as pilot:
            table = app.query_one("#vm-table", VirtualTable)
            table.focus()
            rows, waves = [], []
            for _ in range(changes // 2):
                await until(app, lambda: app.state == "ready" and app.session_thread.idle, pilot)
                table.move_to(table.keys[(table.cursor + len(table.keys) // changes) % len(table.keys)])
                await pilot.pause(0.2)  # the detail pane follows the cursor, and looks its candidates up
                await until(app, lambda: app.session_thread.idle, pilot)
                sent = send_key(app, "space")
                await until(app, lambda s=sent: app.timings.get("waves_shown", 0.0) > s, pilot)  # type: ignore[misc]
                await until(app, lambda: table.painted[0] >= app.timings["analysis_version"], pilot)
                rows.append(table.painted[1] - sent)
                waves.append(app.timings["waves_shown"] - sent)
            rows.sort()
            waves.sort()
            return {
                "decision_vms": len(inv.vms),
                "decision_row_ms": round(1000 * rows[len(rows) // 2]),
                "decision_waves_ms": round(1000 * waves[len(waves) // 2]),
                "slowest_decision_row_ms": round(1000 * rows[-1]),
            }

    def run() -> dict[str, int]:
        return {**asyncio.run(browse()), **asyncio.run(decide())}

    return run
