"""Snapshots of the TUI's main screens at 120x40 and 80x24, as text (the compositor's output without styles).

pytest-textual-snapshot 1.1.0 pins a syrupy that needs pytest < 9, so the screens are compared as plain text
here: tests/snapshots/<name>.txt. With PLANNER_UPDATE_EXPECTED=1 the files are rewritten (review the diff), with an
SVG of each screen beside it for people to look at.
"""

from __future__ import annotations

import os

import pytest
from tui_helpers import SNAPSHOTS, demo_app, screen_text, settle

SCREENS = [
    ("vms", ()),
    ("vnets", ("2",)),
    ("waves", ("3",)),
    ("plan", ("4",)),
    ("detail-blocked", ("slash", *"verdict:blocked", "enter", "down")),
    ("help", ("question_mark",)),
]


@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
@pytest.mark.parametrize(("name", "keys"), SCREENS, ids=[s[0] for s in SCREENS])
async def test_screen_matches_its_snapshot(name: str, keys: tuple[str, ...], size: tuple[int, int]) -> None:
    app = demo_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot, app)
        for k in keys:
            await pilot.press(k)
        await settle(pilot, app)
        await pilot.pause(0.2)
        actual = screen_text(app)
        stem = f"{name}-{size[0]}x{size[1]}"
        expected_file = SNAPSHOTS / f"{stem}.txt"
        if os.environ.get("PLANNER_UPDATE_EXPECTED") == "1":
            SNAPSHOTS.mkdir(exist_ok=True)
            expected_file.write_text(actual)
            (SNAPSHOTS / f"{stem}.svg").write_text(app.export_screenshot(title=f"planner tui: {name}"))
        assert actual == expected_file.read_text(), f"{stem} differs from its snapshot"
