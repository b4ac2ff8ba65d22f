"""Progress on stderr for the commands' long operations (fetching, loading a large folder)."""

from __future__ import annotations

import sys


class Progress:
    """Progress on stderr: one rewritten line on a terminal, a line per finished listing otherwise."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.current: str | None = None
        self.count = 0

    def __call__(self, what: str, count: int) -> None:
        if what != self.current:
            self._finish_line()
            self.current = what
        self.count = count
        if self.tty:
            print(f"\r  {what}: {count}", end="", file=sys.stderr, flush=True)

    def _finish_line(self) -> None:
        if self.current is None:
            return
        if self.tty:
            print(file=sys.stderr)
        else:
            print(f"  {self.current}: {self.count}", file=sys.stderr)

    def close(self) -> None:
        self._finish_line()
        self.current = None


def on_terminal() -> Progress | None:
    """A Progress when stderr is a terminal; None otherwise, so that scripted runs print nothing extra."""
    return Progress() if sys.stderr.isatty() else None
