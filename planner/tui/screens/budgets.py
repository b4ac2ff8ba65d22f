"""Editing the disruption budgets (max parallel, max unavailable, whole-set outages) with immediate re-sequencing."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label

from planner.plan.policy import Policy


class EditBudgets(ModalScreen[Policy | None]):
    DEFAULT_CSS = """
    EditBudgets { align: center middle; }
    EditBudgets > Vertical { width: 64; height: auto; border: round $accent; background: $surface; padding: 0 1; }
    EditBudgets Input { width: 12; }
    EditBudgets Horizontal { height: auto; }
    EditBudgets Label.field { width: 40; padding-top: 1; }
    EditBudgets #budget-error { color: $text-error; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel", id="budgets.cancel"),
        Binding("ctrl+s", "apply", "Apply", id="budgets.apply", priority=True),
    ]

    def __init__(self, policy: Policy) -> None:
        super().__init__()
        self.policy = policy

    def compose(self) -> ComposeResult:
        p = self.policy
        with Vertical():
            yield Label("[b]Budgets[/b] (waves are re-sequenced as soon as you apply)")
            with Horizontal():
                yield Label("VMs per wave (max_parallel)", classes="field")
                yield Input(str(p.max_parallel), id="max-parallel", type="integer")
            with Horizontal():
                yield Label(
                    "Members down per group (max_unavailable;\nempty: 1, or 20% of larger groups)",
                    classes="field",
                )
                yield Input(
                    "" if p.max_unavailable is None else str(p.max_unavailable),
                    id="max-unavailable",
                    type="integer",
                )
            yield Checkbox(
                "Allow whole availability-set outages (AN needs one)",
                p.allow_set_outage,
                id="allow-set-outage",
            )
            yield Checkbox(
                "Resizes in an availability set take it down whole",
                p.resize_set_outage,
                id="resize-set-outage",
            )
            yield Checkbox(
                "Start VMs that were deallocated before the plan", p.start_deallocated, id="start-deallocated"
            )
            yield Checkbox(
                "Switch ready VNets to DropUnencrypted at the end", p.drop_unencrypted, id="drop-unencrypted"
            )
            yield Label("", id="budget-error")
            with Horizontal():
                yield Button("Apply", variant="primary", id="apply")
                yield Button("Cancel", id="cancel")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "apply":
            self.action_apply()
        else:
            self.dismiss(None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_apply()

    def action_apply(self) -> None:
        error = self.query_one("#budget-error", Label)
        parallel = self.query_one("#max-parallel", Input).value.strip()
        unavailable = self.query_one("#max-unavailable", Input).value.strip()
        if not parallel.isdigit() or int(parallel) < 1:
            error.update("VMs per wave must be a whole number, at least 1")
            return
        if unavailable and (not unavailable.isdigit() or int(unavailable) < 1):
            error.update("Members down per group must be empty or a whole number, at least 1")
            return
        self.dismiss(
            replace(
                self.policy,
                max_parallel=int(parallel),
                max_unavailable=int(unavailable) if unavailable else None,
                allow_set_outage=self.query_one("#allow-set-outage", Checkbox).value,
                resize_set_outage=self.query_one("#resize-set-outage", Checkbox).value,
                start_deallocated=self.query_one("#start-deallocated", Checkbox).value,
                drop_unencrypted=self.query_one("#drop-unencrypted", Checkbox).value,
                durations=dict(self.policy.durations),
                windows=list(self.policy.windows),
            )
        )
