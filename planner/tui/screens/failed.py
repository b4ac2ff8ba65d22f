"""When the inventory cannot be loaded: what is wrong, file by file, and the way out (the app exits with 3)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from planner.errors import ExitCode
from planner.model import Problem, Severity
from planner.text import printable

SHOWN = 200


class LoadFailedScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("q,escape", "quit", "Quit", id="failed.quit")]

    def __init__(self, message: str, problems: list[Problem]) -> None:
        super().__init__()
        self.message = message
        self.problems = problems

    def compose(self) -> ComposeResult:
        text = Text()
        text.append(printable(self.message) + "\n\n", style="bold red")
        ordered = sorted(self.problems, key=lambda p: p.severity is not Severity.ERROR)
        for p in ordered[:SHOWN]:
            text.append(
                f"{p.severity.value}: ", style="bold red" if p.severity is Severity.ERROR else "yellow"
            )
            text.append(printable(str(p).split(": ", 1)[1]) + "\n")
        if len(ordered) > SHOWN:
            text.append(f"... and {len(ordered) - SHOWN} more (planner inventory lists all)\n", style="dim")
        with VerticalScroll():
            yield Static(text)
        yield Footer()

    def action_quit(self) -> None:
        self.app.exit(return_code=int(ExitCode.INPUT))
