"""Driving the app headless for `make bench`: keys sent as a terminal would send them.

Pilot's `press` waits for the whole app to go idle after each key, which is not the app's own work; a benchmark
of keystroke latency sends the key event to the driver and watches the table paint instead.
"""

from __future__ import annotations

import time

from textual import events

from planner.tui.app import PlannerApp


def send_key(app: PlannerApp, name: str) -> float:
    """Send one key (`"a"`, `"space"`, `":"`) as the terminal would; the perf_counter when it was sent."""
    sent = time.perf_counter()
    assert app._driver is not None, "the app must be running"
    char = " " if name == "space" else name if len(name) == 1 else None
    app._driver.send_message(events.Key(name, char))
    return sent
