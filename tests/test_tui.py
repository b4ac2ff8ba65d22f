"""The TUI, driven headless with Textual's Pilot: every key and screen, against the demo estate."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_helpers import demo_app, screen_text, settle

from planner.analysis import decisions as decisions_mod
from planner.cli import main
from planner.errors import ExitCode
from planner.tui.app import PlannerApp
from planner.tui.screens.budgets import EditBudgets
from planner.tui.screens.help import Help
from planner.tui.screens.save import AskPath
from planner.tui.screens.target import ChooseTarget
from planner.tui.widgets.table import VirtualTable
from planner.vocabulary import Verdict

SIZE = (120, 40)


def vm_table(app: PlannerApp) -> VirtualTable:
    return app.query_one("#vm-table", VirtualTable)


def first_row(app: PlannerApp, verdict: Verdict) -> int:
    table = vm_table(app)
    assert app.rows is not None
    for n, i in enumerate(table.view):
        r = app.rows.result(table.keys[i])
        if r is not None and r.verdict is verdict and r.kind == "vm":
            return n
    raise AssertionError(f"no {verdict} VM")


async def go_to(pilot, app: PlannerApp, n: int) -> None:  # type: ignore[no-untyped-def]
    table = vm_table(app)
    table.focus()
    await pilot.press("home")
    for _ in range(n):
        await pilot.press("down")


async def test_rows_fill_in_with_verdicts_targets_and_waves() -> None:
    app = demo_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        table = vm_table(app)
        assert len(table.keys) == 300 + len(app.inventory.scale_sets)  # type: ignore[union-attr]
        cells = table.cells(table.keys[0])
        assert cells[1][0] in {v.value for v in Verdict}
        assert app.schedule is not None and app.counts[Verdict.NEEDS_CHANGES] > 0
        assert "needs changes" in screen_text(app)


async def test_t_pins_a_chosen_candidate_and_the_row_shows_it() -> None:
    app = demo_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await go_to(pilot, app, first_row(app, Verdict.NEEDS_CHANGES))
        key = vm_table(app).cursor_key
        assert key is not None
        await pilot.press("t")
        await settle(pilot, app)
        assert isinstance(app.screen, ChooseTarget)
        chosen = app.screen.candidates.valid[1].name
        await pilot.press("down", "down", "enter")
        await settle(pilot, app)
        assert app.analysis is not None
        assert app.analysis.decisions.pins[key] == chosen
        r = app.analysis.vms[key]
        assert r.pinned and r.target_size == chosen
        assert chosen in vm_table(app).cells(key)[2][0]


async def test_space_excludes_u_undoes_and_ctrl_r_redoes() -> None:
    app = demo_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await go_to(pilot, app, first_row(app, Verdict.NEEDS_CHANGES))
        key = vm_table(app).cursor_key
        assert key is not None
        await pilot.press("space")
        await settle(pilot, app)
        assert app.analysis is not None and app.analysis.vms[key].verdict is Verdict.EXCLUDED
        assert vm_table(app).cells(key)[1][0] == "excluded"
        await pilot.press("u")
        await settle(pilot, app)
        assert app.analysis.vms[key].verdict is Verdict.NEEDS_CHANGES
        await pilot.press("ctrl+r")
        await settle(pilot, app)
        assert app.analysis.vms[key].verdict is Verdict.EXCLUDED
        await pilot.press("space")
        await settle(pilot, app)
        assert app.analysis.vms[key].verdict is Verdict.NEEDS_CHANGES


async def test_n_excludes_the_selected_vms_vnet_and_every_vm_in_it() -> None:
    app = demo_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await go_to(pilot, app, first_row(app, Verdict.NEEDS_CHANGES))
        key = vm_table(app).cursor_key
        assert key is not None and app.topology is not None
        vnet = app.topology.vms[key].vnet_keys[0]
        await pilot.press("n")
        await settle(pilot, app)
        assert app.analysis is not None and vnet in app.analysis.decisions.exclude_vnets
        assert app.analysis.vnets[vnet].verdict == "excluded"
        assert all(app.analysis.vms[k].verdict is Verdict.EXCLUDED for k in app.topology.vnet_vms[vnet])


async def test_a_allows_smaller_sizes_and_s_switches_the_series_list() -> None:
    app = demo_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        assert app.analysis is not None
        series = app.analysis.decisions.series
        await pilot.press("a")
        await settle(pilot, app)
        assert app.analysis.decisions.allow_smaller is True
        await pilot.press("s")
        await settle(pilot, app)
        assert app.analysis.decisions.series != series


async def test_b_changes_the_budgets_and_the_waves_follow() -> None:
    app = demo_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        assert app.schedule is not None
        before = len(app.schedule.waves)
        await pilot.press("3", "b")
        await settle(pilot, app)
        assert isinstance(app.screen, EditBudgets)
        field = app.screen.query_one("#max-parallel")
        field.value = "10"  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert app.workbench is not None and app.workbench.session.policy.max_parallel == 10
        assert len(app.schedule.waves) > before
        assert all(w.vms <= 10 or w.outages for w in app.schedule.waves)
        for _ in range(100):  # the waves' pane is painted a frame after the schedule arrives (later on a busy machine)
            if "10 VMs per wave" in screen_text(app):
                break
            await pilot.pause(0.05)
        assert "10 VMs per wave" in screen_text(app)


async def test_a_bad_budget_is_refused_in_the_form() -> None:
    app = demo_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("b")
        await settle(pilot, app)
        app.screen.query_one("#max-parallel").value = "0"  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        await pilot.pause(0.1)
        assert isinstance(app.screen, EditBudgets)
        assert "at least 1" in screen_text(app)


async def test_slash_filters_by_words_and_fields_and_escape_clears() -> None:
    app = demo_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("slash")
        await pilot.press(*"verdict:blocked")
        await pilot.pause(0.1)
        table = vm_table(app)
        assert app.rows is not None
        shown = [table.keys[i] for i in table.view]
        assert shown and all(app.rows.result(k).verdict is Verdict.BLOCKED for k in shown)  # type: ignore[union-attr]
        assert "verdict:blocked" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause(0.1)
        assert len(table.view) == len(table.keys)


async def test_a_vnet_opened_from_the_vnets_tab_scopes_the_vm_table() -> None:
    app = demo_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("2")
        vnets = app.query_one("#vnet-table", VirtualTable)
        vnets.focus()
        await pilot.press("down", "enter")
        await pilot.pause(0.1)
        assert app.query_one("TabbedContent").active == "vms"  # type: ignore[attr-defined]
        vnet = vnets.cursor_key
        assert vnet is not None and app.topology is not None
        table = vm_table(app)
        shown = {table.keys[i] for i in table.view}
        assert shown == set(app.topology.vnet_vms[vnet]) | set(app.topology.vnet_sets.get(vnet, []))


async def test_the_plan_tab_previews_a_valid_plan_and_ctrl_s_writes_it_to_out(tmp_path: Path) -> None:
    out = tmp_path / "plan.toml"
    app = demo_app(out=out)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("4")
        await settle(pilot, app)
        assert app.preview is not None and app.preview.problems == []
        text = screen_text(app)
        assert "valid" in text and app.preview.plan.digest in text and "schema_version = 1" in text
        await pilot.press("ctrl+s")
        await settle(pilot, app)
    assert out.exists()
    assert main(["validate", str(out)]) == ExitCode.OK


async def test_ctrl_s_without_out_asks_where_and_never_writes_over_an_input(tmp_path: Path) -> None:
    decisions = tmp_path / "decisions.toml"
    decisions.write_text('series = "baseline"\n')
    app = demo_app(decisions_file=decisions)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("ctrl+s")
        await pilot.pause(0.1)
        assert isinstance(app.screen, AskPath)
        field = app.screen.query_one("#path")
        field.value = str(decisions)  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause(0.1)
        await pilot.press("y")
        await settle(pilot, app)
        assert decisions.read_text().strip() == 'series = "baseline"'
        await pilot.press("ctrl+s")
        await pilot.pause(0.1)
        app.screen.query_one("#path").value = str(tmp_path / "ok.toml")  # type: ignore[attr-defined]
        await pilot.press("enter")
        await settle(pilot, app)
    assert main(["validate", str(tmp_path / "ok.toml")]) == ExitCode.OK


async def test_d_saves_the_decisions_to_the_decisions_file(tmp_path: Path) -> None:
    decisions = tmp_path / "decisions.toml"
    app = demo_app(decisions_file=decisions)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await go_to(pilot, app, first_row(app, Verdict.NEEDS_CHANGES))
        key = vm_table(app).cursor_key
        await pilot.press("space", "a")
        await settle(pilot, app)
        await pilot.press("d")
        await settle(pilot, app)
    saved = decisions_mod.load(decisions)
    assert key in saved.exclude_vms and saved.allow_smaller is True


async def test_question_mark_lists_every_binding_with_its_id() -> None:
    app = demo_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("question_mark")
        await pilot.pause(0.1)
        assert isinstance(app.screen, Help)
        ids = {row[2] for row in app.screen.rows}
        assert {
            "decide.target",
            "decide.exclude",
            "decide.undo",
            "decide.redo",
            "plan.write",
            "filter",
        } <= ids
        await pilot.press("escape")
        assert not isinstance(app.screen, Help)


async def test_a_keymap_file_remaps_a_binding(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "planner").mkdir()
    (tmp_path / "planner" / "keymap.toml").write_text('[keys]\n"decide.exclude" = "x"\n')
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    app = demo_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await go_to(pilot, app, first_row(app, Verdict.NEEDS_CHANGES))
        key = vm_table(app).cursor_key
        assert key is not None
        await pilot.press("x")
        await settle(pilot, app)
        assert app.analysis is not None and app.analysis.vms[key].verdict is Verdict.EXCLUDED


async def test_a_bad_keymap_is_reported_and_the_default_keys_stay(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "planner").mkdir()
    (tmp_path / "planner" / "keymap.toml").write_text('[keys]\n"no.such.binding" = "x"\n')
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    app = demo_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        assert app.keymap_problem is not None and "no.such.binding" in app.keymap_problem


async def test_the_command_palettes_domain_commands_filter_and_jump() -> None:
    app = demo_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        commands = {title: run for title, _, run in app.palette_commands()}
        assert "Write the plan (export)" in commands and "Go to wave 3" in commands
        assert any(t.startswith("Open VNet ") for t in commands)
        commands["Filter: excluded"]()
        await pilot.pause(0.1)
        assert vm_table(app).view == []
        commands["Go to wave 3"]()
        await pilot.pause(0.1)
        assert app.query_one("#wave-table", VirtualTable).cursor_key == "3"


async def test_clicking_a_row_selects_it() -> None:
    app = demo_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        table = vm_table(app)
        await pilot.click("#vm-table", offset=(3, 5))
        await pilot.pause(0.1)
        assert table.cursor == 4 and table.cursor_key == table.keys[4]


async def test_an_inventory_that_cannot_load_shows_its_problems_and_exits_3(tmp_path: Path) -> None:
    bad = tmp_path / "estate.json"
    bad.write_text("{ not json")
    app = PlannerApp(inventory=bad)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(100):
            await pilot.pause(0.05)
            if app.screen.__class__.__name__ == "LoadFailedScreen":
                break
        await pilot.pause(0.2)  # drawn
        assert "input has errors" in screen_text(app) and "estate.json" in screen_text(app)
        await pilot.press("q")
    assert app.return_code == ExitCode.INPUT


async def test_the_app_loads_an_inventory_folder_itself(tmp_path: Path) -> None:
    from planner.demo.estate import generate_estate, write_estate

    write_estate(generate_estate(vms=40, seed=3), tmp_path / "estate")
    app = PlannerApp(inventory=tmp_path / "estate")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        assert len(vm_table(app).keys) >= 40 and app.schedule is not None
