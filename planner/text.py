"""Text for people, shared by every face (CLI printers, the TUI): durations, short names, and names made safe to
show on a terminal.

Resource names, tags and sizes come from Azure or from files a user was handed: a name holding terminal control
sequences or bidirectional overrides could rewrite what a reviewer sees. `printable` shows such characters escaped;
plans keep names exactly as they are (their `az` lines are shell-quoted instead).
"""

from __future__ import annotations

import re
import unicodedata

# Bidirectional formatting characters (embedding, override, isolate marks): they reorder what follows on screen.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def duration(seconds: int) -> str:
    """`45 s`, `3 min 20 s`, `2 h 5 min`."""
    if seconds < 60:
        return f"{seconds} s"
    minutes, s = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min" + (f" {s} s" if s else "")
    hours, m = divmod(minutes, 60)
    return f"{hours} h" + (f" {m} min" if m else "")


def data_size(n: int) -> str:
    """Bytes in decimal units: `512 B`, `1.5 KB`, `3.2 GB`."""
    size = float(n)
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if size < 1000 or unit == "TB":
            return f"{n} B" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1000
    return f"{n} B"


def short_name(resource_id: str) -> str:
    """The last segment of a resource id (its name)."""
    return resource_id.rstrip("/").rsplit("/", 1)[-1]


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with control characters (C0, C1, DEL and other `Cc`/`Cf` formats) and bidi overrides escaped as
    `\\xNN` / `\\uNNNN`, so that it shows as the characters it holds and changes nothing else on a terminal."""
    if text.isprintable() and not _BIDI.intersection(text):
        return text  # the common case, checked in C
    return "".join(
        _escape(ch) if ch in _BIDI or unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch for ch in text
    )


# Characters printable_lines has to look at: all but printable ASCII and the layout characters (line break, carriage
# return, tab), which stay as they are.
_NOT_PLAIN = re.compile(r"[^\x20-\x7e\n\r\t]")


def _escape_match(m: re.Match[str]) -> str:
    ch = m.group()
    return _escape(ch) if ch in _BIDI or unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch


def printable_lines(text: str) -> str:
    """`printable`, but line breaks, carriage returns and tabs stay as they are (what a printer lays out).

    Every byte the CLI prints passes through here, `analyze --json`'s 100 MB document included: plain text is
    checked in C (a line break makes `isprintable` false, so that check alone would send every report to the
    per-character path, which holds a pointer per character: 800 MB and 10 s at 100,000 VMs), and only the
    characters that may need escaping reach Python."""
    if _NOT_PLAIN.search(text) is None:
        return text  # printable ASCII and layout only: the common case (JSON is always this)
    if text.isprintable() and not _BIDI.intersection(text):
        return text
    return _NOT_PLAIN.sub(_escape_match, text)
