"""Every byte the CLI prints passes through here: names and messages from Azure or from a user's files are shown
with terminal control sequences and bidirectional overrides escaped (`planner.text.printable_lines`), so that an
estate with a hostile resource name cannot rewrite what a reviewer sees. JSON output is already escaped by
`json.dumps`; the exported script quotes such values with bash's `$'...'` (`planner.plan.azcli.shell_quote`), so
both pass through unchanged.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from planner.text import printable_lines


class EscapedStream:
    """A text stream that escapes what it is given, then hands it to the real one."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self.raw = stream  # for a printer's own control sequences (a live display moving the cursor back)

    def write(self, text: str) -> int:
        self._stream.write(printable_lines(text))
        return len(text)

    def __getattr__(self, name: str) -> object:  # flush, fileno, isatty, encoding...
        return getattr(self._stream, name)


@contextmanager
def escaped_output() -> Iterator[None]:
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = EscapedStream(out), EscapedStream(err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
