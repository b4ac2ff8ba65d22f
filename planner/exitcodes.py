"""The CLI's exit codes: a documented, stable interface for scripts (see README, "Exit codes")."""

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FAILURE = 1  # an unexpected internal error (a bug): reported without a traceback unless PLANNER_DEBUG=1
    USAGE = 2  # wrong command-line arguments
    INPUT = 3  # an input file or folder is missing, unreadable, malformed or of an unknown shape
    DRIFT = 4  # live state differs from what the plan expects
    AZURE = 5  # Azure (or the endpoint given) refused, failed or could not be reached
    PLAN_INVALID = 6  # a plan file fails validation
    INTERRUPTED = 130  # stopped with Ctrl-C
