"""The exit codes (a documented, stable interface for scripts) and the one error hierarchy that carries them.

The core raises a `PlannerError` subclass with a message a user can act on (what, where, what to do); the faces map
it to its exit code in one place (`planner.cli.main`). Nothing in the core prints or exits.
"""

from __future__ import annotations

from enum import IntEnum
from typing import ClassVar


class ExitCode(IntEnum):
    OK = 0
    FAILURE = 1  # an unexpected internal error (a bug): reported without a traceback unless PLANNER_DEBUG=1
    USAGE = 2  # wrong command-line arguments, or a request the command refuses (e.g. writing over an input)
    INPUT = 3  # an input file or folder is missing, unreadable, malformed or of an unknown shape
    DRIFT = 4  # live state differs from what the plan expects
    AZURE = 5  # Azure (or the endpoint given) refused, failed or could not be reached
    PLAN_INVALID = 6  # a plan file fails validation
    INTERRUPTED = 130  # stopped with Ctrl-C


# What each exit code means, in the words of `planner --help`.
EXIT_CODE_MEANINGS: dict[ExitCode, str] = {
    ExitCode.OK: "ok",
    ExitCode.FAILURE: "internal error",
    ExitCode.USAGE: "usage",
    ExitCode.INPUT: "bad input",
    ExitCode.DRIFT: "drift",
    ExitCode.AZURE: "Azure failure",
    ExitCode.PLAN_INVALID: "invalid plan",
    ExitCode.INTERRUPTED: "interrupted",
}


def exit_codes_text() -> str:
    """`0 ok, 1 internal error, ...`: the list the CLI's epilog and the README show."""
    return ", ".join(f"{int(code)} {EXIT_CODE_MEANINGS[code]}" for code in ExitCode)


class PlannerError(Exception):
    """An error a user can act on; `exit_code` is what the CLI exits with."""

    exit_code: ClassVar[ExitCode] = ExitCode.FAILURE


class UsageError(PlannerError):
    """The request itself is refused (bad arguments, an output that would overwrite an input)."""

    exit_code = ExitCode.USAGE


class InputError(PlannerError):
    """An input (inventory, decisions, policy, plan file) is missing, unreadable or malformed."""

    exit_code = ExitCode.INPUT


class DriftError(PlannerError):
    """Live state differs from what a plan expects."""

    exit_code = ExitCode.DRIFT


class AzureError(PlannerError):
    """Azure (or the endpoint given) refused, failed or could not be reached."""

    exit_code = ExitCode.AZURE
