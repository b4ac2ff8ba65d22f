"""Driving the TUI headless in tests: an app on the demo estate, waiting for the session thread, the screen as
text (the snapshot tests compare it), and an SVG of it for people to look at."""

from __future__ import annotations

import io
import re
from functools import cache
from pathlib import Path

from rich.console import Console
from textual.pilot import Pilot

from planner.demo.estate import estate_documents, generate_estate
from planner.inventory.arm_json import load_documents
from planner.model import Inventory
from planner.session import Session
from planner.tui.app import PlannerApp

SNAPSHOTS = Path(__file__).parent / "snapshots"


@cache
def demo_inventory(vms: int = 300, seed: int = 7) -> Inventory:
    return load_documents(estate_documents(generate_estate(vms=vms, seed=seed)))


def demo_app(**kwargs: object) -> PlannerApp:
    session = Session(demo_inventory())
    return PlannerApp(session=session, origin="demo estate (300 VMs, seed 7)", **kwargs)  # type: ignore[arg-type]


async def settle(pilot: Pilot[int], app: PlannerApp, *, seconds: float = 30) -> None:
    """Wait until the session thread has run every job and the app has shown the results."""
    loops = int(seconds / 0.02)
    for _ in range(loops):
        await pilot.pause(0.02)
        if app.session_thread.idle and app.state == "ready" and not app._message_queue.qsize():
            await pilot.pause(0.05)
            if app.session_thread.idle:
                return
    raise AssertionError(f"the app did not settle (state {app.state})")


def screen_text(app: PlannerApp) -> str:
    width, height = app.size
    console = Console(width=width, height=height, file=io.StringIO(), record=True, force_terminal=True)
    console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))
    text = console.export_text(styles=False)
    return re.sub(r'generated_at = "[^"]*"', 'generated_at = "<now>"', text)
