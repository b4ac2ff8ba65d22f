"""Command-line parsing and exit codes. Each command's work lives in `planner.commands`."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from planner import __version__
from planner.errors import ExitCode, PlannerError, UsageError, exit_codes_text
from planner.gcpause import collector_paused


class _Parser(argparse.ArgumentParser):
    """argparse that exits with ExitCode.USAGE and a hint, never a traceback."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(ExitCode.USAGE)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="planner",
        description="Plan and execute the move of Azure VMs onto Virtual Network encryption.",
        epilog=f"Exit codes: {exit_codes_text()}.",
    )
    p.add_argument("--version", action="version", version=f"planner {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    inv = sub.add_parser("inventory", help="load an inventory and report counts and problems")
    inv.add_argument("inventory", type=Path, help="a planner snapshot, or an exported JSON file or folder")
    inv.add_argument("--json", action="store_true", help="machine-readable output")
    _usage_location(inv)

    snap = sub.add_parser("snapshot", help="normalise exported JSON files into one planner snapshot")
    snap.add_argument("inventory", type=Path, help="an exported JSON file or folder")
    snap.add_argument("--out", type=Path, required=True, help="the snapshot file to write")
    _usage_location(snap)

    fetch = sub.add_parser("fetch", help="read the inventory live from Azure and write a snapshot")
    fetch.add_argument(
        "--subscription", action="append", required=True, metavar="ID", help="repeat for several"
    )
    fetch.add_argument("--cloud", choices=("public", "usgov", "china"), default="public")
    fetch.add_argument("--arm-endpoint", metavar="URL", help="override the cloud's ARM endpoint")
    fetch.add_argument(
        "--token-env",
        metavar="VAR",
        help="take a bearer token from this environment variable instead of DefaultAzureCredential",
    )
    fetch.add_argument("--out", type=Path, required=True, help="the snapshot file to write")

    an = sub.add_parser("analyze", help="assess VNets and VMs and propose target sizes")
    an.add_argument("inventory", type=Path, help="a planner snapshot, or an exported JSON file or folder")
    an.add_argument("--decisions", type=Path, metavar="FILE", help="operator decisions (TOML)")
    an.add_argument(
        "--series",
        choices=("baseline", "extended"),
        help="supported-series list (overrides the decisions file; default extended)",
    )
    an.add_argument("--json", action="store_true", help="machine-readable output (a stable interface)")
    _usage_location(an)

    pl = sub.add_parser("plan", help="sequence the changes into waves and write the executable TOML plan")
    pl.add_argument("inventory", type=Path, help="a planner snapshot, or an exported JSON file or folder")
    pl.add_argument("--out", type=Path, required=True, metavar="PLAN", help="the plan file to write (TOML)")
    pl.add_argument("--decisions", type=Path, metavar="FILE", help="operator decisions (TOML)")
    pl.add_argument("--policy", type=Path, metavar="FILE", help="disruption policy (TOML; see README, Plans)")
    pl.add_argument(
        "--series",
        choices=("baseline", "extended"),
        help="supported-series list (overrides the decisions file; default extended)",
    )
    pl.add_argument(
        "--cloud",
        choices=("public", "usgov", "china"),
        default="public",
        help="the cloud the inventory is from, recorded in the plan (default public)",
    )
    _usage_location(pl)

    val = sub.add_parser("validate", help="check a plan file; exit 0 only when it is valid")
    val.add_argument("plan", type=Path, help="a plan file written by `planner plan`")
    val.add_argument(
        "--inventory", type=Path, help="also check every target exists and every expectation matches it"
    )
    _usage_location(val)

    show = sub.add_parser(
        "show", help="the human review of a plan: waves, outages, changes, durations, digest"
    )
    show.add_argument("plan", type=Path, help="a plan file written by `planner plan`")

    script = sub.add_parser("export-script", help="a plan's az commands as a commented bash script")
    script.add_argument("plan", type=Path, help="a plan file written by `planner plan`")
    script.add_argument("--out", type=Path, metavar="FILE", help="write the script here instead of stdout")

    demo = sub.add_parser("demo", help="run planner on the built-in demo estate")
    demo.add_argument("--vms", type=int, default=300, help="size of the generated estate (default 300)")
    demo.add_argument("--seed", type=int, default=7, help="generator seed (default 7)")
    demo.add_argument(
        "--write", type=Path, metavar="DIR", help="write the estate's raw ARM JSON files to DIR instead"
    )
    return p


def _usage_location(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--usage-location",
        metavar="REGION",
        help="the region of Compute usage (quota) lists whose file name does not say it",
    )


def _dispatch(args: argparse.Namespace) -> ExitCode:
    if args.command == "inventory":
        from planner.commands import inventory

        return inventory.run(args.inventory, as_json=args.json, usage_location=args.usage_location)
    if args.command == "snapshot":
        from planner.commands import snapshot

        return snapshot.run(args.inventory, args.out, usage_location=args.usage_location)
    if args.command == "fetch":
        from planner.commands import fetch

        return fetch.run(
            args.subscription,
            cloud=args.cloud,
            arm_endpoint=args.arm_endpoint,
            token_env=args.token_env,
            out=args.out,
        )
    if args.command == "analyze":
        from planner.commands import analyze

        return analyze.run(
            args.inventory,
            decisions_file=args.decisions,
            series=args.series,
            as_json=args.json,
            usage_location=args.usage_location,
        )
    if args.command == "plan":
        from planner.commands import plan

        return plan.run(
            args.inventory,
            out=args.out,
            decisions_file=args.decisions,
            policy_file=args.policy,
            series=args.series,
            cloud=args.cloud,
            usage_location=args.usage_location,
        )
    if args.command == "validate":
        from planner.commands import validate

        return validate.run(args.plan, inventory=args.inventory, usage_location=args.usage_location)
    if args.command == "show":
        from planner.commands import show

        return show.run(args.plan)
    if args.command == "export-script":
        from planner.commands import export_script

        return export_script.run(args.plan, out=args.out)
    if args.command == "demo":
        from planner.commands import demo

        if args.vms < 1:
            raise UsageError("--vms must be at least 1")
        return demo.run(vms=args.vms, seed=args.seed, write=args.write)
    raise AssertionError(f"unhandled command {args.command}")


# Commands that run with Python's cyclic garbage collector on: a live fetch runs SDK code, which makes reference
# cycles. Every other command works on a large inventory that makes none, and runs with the collector paused
# (`planner.gcpause`: measured half of the analysis time at 100,000 VMs).
COLLECTOR_ON = ("fetch",)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return ExitCode.USAGE
    try:
        if args.command in COLLECTOR_ON:
            return int(_dispatch(args))
        with collector_paused():
            return int(_dispatch(args))
    except PlannerError as exc:
        from planner.commands.render.errors import report_error

        report_error(args.command, exc, sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`planner ... | head`): point stdout at /dev/null so the final flush stays quiet.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return ExitCode.OK
    except Exception as exc:
        if os.environ.get("PLANNER_DEBUG") == "1":
            traceback.print_exc()
        print(
            f"planner: internal error: {type(exc).__name__}: {exc}\n"
            "This is a bug in planner; run again with PLANNER_DEBUG=1 for the traceback.",
            file=sys.stderr,
        )
        return ExitCode.FAILURE


def entry() -> None:
    """The `planner` console script: `main`, then exit without tearing down the heap.

    Freeing a 100,000-VM inventory object by object takes longer than some commands' work (mypy's CLI does the
    same); output is flushed first, and no file is left open for writing at this point.
    """
    code = main()
    for stream in (sys.stdout, sys.stderr):
        # A reader that went away cannot be told anything more.
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)
