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
from planner.commands.azure_target import AzureTarget
from planner.commands.safe_output import escaped_output
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
    _azure_target(fetch)
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
    script.add_argument(
        "--serial", action="store_true", help="one step at a time in plan order (default: each wave's VMs in parallel)"
    )

    rbac = sub.add_parser("rbac", help="the plan's least-privilege Azure custom roles (review and apply), as az JSON")
    rbac.add_argument("plan", type=Path, help="a plan file written by `planner plan`")
    rbac.add_argument("--name", metavar="NAME", help="role name prefix: NAME-review, NAME-apply (default planner-DIGEST)")
    rbac.add_argument(
        "--scope", choices=("subscriptions", "resource-groups"), default="subscriptions",
        help="AssignableScopes: the plan's subscriptions (default) or its resource groups",
    )
    rbac.add_argument(
        "--inventory", type=Path, help="with --scope resource-groups: add the groups of what the plan's NICs reference"
    )
    rbac.add_argument("--role", choices=("review", "apply"), help="print only this definition (one JSON object)")
    rbac.add_argument("--out-dir", type=Path, metavar="DIR", help="write NAME-review.json and NAME-apply.json here")
    rbac.add_argument("--force", action="store_true", help="with --out-dir: replace existing files")

    tui = sub.add_parser("tui", help="the terminal UI: review, decide, sequence and export a plan")
    tui.add_argument(
        "inventory",
        type=Path,
        nargs="?",
        help="a planner snapshot, or an exported JSON file or folder (default: the built-in demo estate)",
    )
    tui.add_argument(
        "--decisions", type=Path, metavar="FILE", help="operator decisions (TOML), read and saved"
    )
    tui.add_argument("--policy", type=Path, metavar="FILE", help="disruption policy (TOML)")
    tui.add_argument("--out", type=Path, metavar="PLAN", help="where ctrl+s writes the plan (else it asks)")
    tui.add_argument("--series", choices=("baseline", "extended"), help="supported-series list")
    tui.add_argument(
        "--flow-logs", action="append", default=[], metavar="PATH|FLOW_LOG_ID",
        help="what f reads: flow-log blobs (a PT1H.json or a folder), or a flow log's resource id; repeat",
    )
    _usage_location(tui)
    _azure_target(tui)

    _execution_parsers(sub)

    demo = sub.add_parser("demo", help="run planner on the built-in demo estate (the TUI on a terminal)")
    demo.add_argument("--vms", type=int, default=300, help="size of the generated estate (default 300)")
    demo.add_argument("--seed", type=int, default=7, help="generator seed (default 7)")
    demo.add_argument(
        "--write", type=Path, metavar="DIR", help="write the estate's raw ARM JSON files to DIR instead"
    )
    demo.add_argument("--text", action="store_true", help="print the text report even on a terminal")
    return p


def _azure_target(p: argparse.ArgumentParser) -> None:
    p.add_argument("--cloud", choices=("public", "usgov", "china"), default="public")
    p.add_argument("--arm-endpoint", metavar="URL", help="override the cloud's ARM endpoint (e.g. `planner sim`)")
    p.add_argument(
        "--token-env",
        metavar="VAR",
        help="take a bearer token from this environment variable instead of DefaultAzureCredential",
    )
    p.add_argument(
        "--allow-credential-to",
        action="append",
        default=[],
        metavar="HOST",
        help="let DefaultAzureCredential's token go to this --arm-endpoint host, which is not Azure's (repeat)",
    )


def _execution_parsers(sub: argparse._SubParsersAction[_Parser]) -> None:
    ap = sub.add_parser("apply", help="execute a plan against Azure (journalled, resumable); --dry-run only reads")
    ap.add_argument("plan", type=Path, help="a plan file written by `planner plan` (or `planner rollback`)")
    _azure_target(ap)
    ap.add_argument("--dry-run", action="store_true", help="read only: per step would-do / already-done / drift")
    ap.add_argument("--journal", type=Path, metavar="FILE", help="the journal (default: PLAN.journal.jsonl beside it)")
    ap.add_argument("--parallel", type=int, metavar="N", help="steps in flight at once (default: the plan's max_parallel)")
    ap.add_argument("--yes", action="store_true", help="do not ask for confirmation (needed without a terminal)")
    ap.add_argument("--expect-digest", metavar="sha256:...", help="refuse any plan but the one with this digest")
    ap.add_argument(
        "--skip-permissions-check", action="store_true",
        help="do not read your permissions first (a refusal then stops the run at the first 403)",
    )
    ap.add_argument(
        "--poll-interval", type=float, default=10.0, metavar="SECONDS",
        help="seconds between status reads of a long-running operation when Azure names none (default 10)",
    )
    ap.add_argument(
        "--writes-per-second", type=float, default=8.0, metavar="N",
        help="writes per subscription and second, after a first burst of 150 (default 8; Resource Manager allows 10)",
    )

    rb = sub.add_parser("rollback", help="from an apply's journal, a plan that restores the before-values")
    rb.add_argument("journal", type=Path, help="the journal of an apply")
    rb.add_argument("--out", type=Path, required=True, metavar="ROLLBACK.toml", help="the rollback plan to write")
    rb.add_argument("--plan", type=Path, help="the plan the journal belongs to (default: the path it records)")

    ve = sub.add_parser(
        "verify", help="per VNet and VM, whether encryption is in effect (and the proof from flow logs); exit 4 while not"
    )
    ve.add_argument("inventory", type=Path, nargs="?", help="a planner snapshot, or an exported JSON file or folder")
    ve.add_argument("--subscription", action="append", default=[], metavar="ID", help="read live instead (repeat)")
    ve.add_argument("--plan", type=Path, help="the plan: scope, and its journal (beside it) as proof of restarts")
    ve.add_argument("--journal", type=Path, metavar="FILE", help="the apply's journal (default: beside --plan)")
    ve.add_argument("--series", choices=("baseline", "extended"), help="supported-series list (default: the plan's)")
    ve.add_argument(
        "--flow-logs", action="append", default=[], metavar="PATH|FLOW_LOG_ID",
        help="VNet flow-log blobs: a PT1H.json, a folder of downloaded blobs, or a flow log's resource id (read live "
        "from its storage account); repeat. INVENTORY becomes optional",
    )
    ve.add_argument(
        "--storage-token-env", metavar="VAR",
        help="with a FLOW_LOG_ID: the bearer token for its storage account (default: the Azure login, or --token-env's)",
    )
    ve.add_argument("--since", metavar="TIME", help="flow-log rows from this ISO-8601 time (default: all read)")
    ve.add_argument("--until", metavar="TIME", help="flow-log rows before this ISO-8601 time (default: all read)")
    ve.add_argument(
        "--transient", type=int, default=10, metavar="MINUTES",
        help="after a VM's start, minutes of unencrypted traffic that are expected (default 10)",
    )
    ve.add_argument("--json", action="store_true", help="machine-readable output (a stable interface)")
    _azure_target(ve)
    _usage_location(ve)

    sm = sub.add_parser("sim", help="rehearse: serve a copy of an estate as an HTTPS Azure Resource Manager")
    sm.add_argument("--estate", type=Path, required=True, metavar="DIR|SNAPSHOT", help="raw ARM JSON, or a snapshot")
    sm.add_argument("--port", type=int, default=0, help="TCP port on 127.0.0.1 (default: any free port)")
    sm.add_argument("--token-env", metavar="VAR", help="accept only the token in VAR (default: a random one, printed)")
    sm.add_argument(
        "--duration", action="append", default=[], metavar="KIND=SECONDS",
        help="how long an operation takes (deallocate, start, vm_update, nic_update, vnet_update, vmss_update, "
        "vmss_deallocate, vmss_start, vmss_upgrade, or all); repeat",
    )
    sm.add_argument("--no-limits", action="store_true", help="no throttling (Azure's write limits are on by default)")
    sm.add_argument("--fail-writes", type=int, metavar="N", help="answer every Nth write 500 without making it")
    sm.add_argument("--lose-answers", type=int, metavar="N", help="make every Nth write but answer it 500")
    sm.add_argument(
        "--throttle-storm", metavar="COUNT[@SKIP]",
        help="refuse COUNT writes in a row with 429 and Retry-After: 1, after the first SKIP writes",
    )
    sm.add_argument(
        "--fail-operation", action="append", default=[], metavar="KIND[:NAME]",
        help="the next operation of KIND (deallocate, start, vm_update, nic_update, ...) on a resource whose id "
        "contains NAME ends Failed; repeat",
    )
    sm.add_argument("--tls-dir", type=Path, metavar="DIR", help="where to write the CA bundle (default: a temporary folder)")
    sm.add_argument(
        "--blobs", action="append", default=[], metavar="ACCOUNT=DIR",
        help="serve DIR/CONTAINER/... as the blobs of storage account ACCOUNT (e.g. downloaded flow logs); repeat",
    )
    sm.add_argument(
        "--role", type=Path, metavar="FILE",
        help="enforce this role definition (JSON, as `planner rbac` writes): a request outside it gets 403",
    )


def _usage_location(p: argparse.ArgumentParser) -> None:
    """The options of every command that reads an inventory."""
    p.add_argument(
        "--usage-location",
        metavar="REGION",
        help="the region of Compute usage (quota) lists whose file name does not say it",
    )
    p.add_argument(
        "--allow-incomplete",
        action="store_true",
        help="load pages that say more pages follow (nextLink, resultTruncated) instead of refusing them",
    )


def _dispatch(args: argparse.Namespace) -> ExitCode:
    if args.command == "inventory":
        from planner.commands import inventory

        return inventory.run(
            args.inventory,
            as_json=args.json,
            usage_location=args.usage_location,
            allow_incomplete=args.allow_incomplete,
        )
    if args.command == "snapshot":
        from planner.commands import snapshot

        return snapshot.run(
            args.inventory,
            args.out,
            usage_location=args.usage_location,
            allow_incomplete=args.allow_incomplete,
        )
    if args.command == "fetch":
        from planner.commands import fetch

        return fetch.run(args.subscription, azure=AzureTarget.from_args(args), out=args.out)
    if args.command == "analyze":
        from planner.commands import analyze

        return analyze.run(
            args.inventory,
            decisions_file=args.decisions,
            series=args.series,
            as_json=args.json,
            usage_location=args.usage_location,
            allow_incomplete=args.allow_incomplete,
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
            allow_incomplete=args.allow_incomplete,
        )
    if args.command == "validate":
        from planner.commands import validate

        return validate.run(
            args.plan,
            inventory=args.inventory,
            usage_location=args.usage_location,
            allow_incomplete=args.allow_incomplete,
        )
    if args.command == "show":
        from planner.commands import show

        return show.run(args.plan)
    if args.command == "export-script":
        from planner.commands import export_script

        return export_script.run(args.plan, out=args.out, serial=args.serial)
    if args.command == "rbac":
        from planner.commands import rbac

        return rbac.run(
            args.plan,
            name=args.name,
            scope=args.scope,
            inventory=args.inventory,
            role=args.role,
            out_dir=args.out_dir,
            force=args.force,
        )
    if args.command in ("apply", "rollback", "verify", "sim"):
        return _dispatch_execution(args)
    if args.command == "demo":
        from planner.commands import demo

        if args.vms < 1:
            raise UsageError("--vms must be at least 1")
        if args.write is None and not args.text and sys.stdin.isatty() and sys.stdout.isatty():
            from planner.tui.main import demo as tui_demo

            return ExitCode(tui_demo(vms=args.vms, seed=args.seed))
        return demo.run(vms=args.vms, seed=args.seed, write=args.write)
    if args.command == "tui":
        return _tui(args)
    raise AssertionError(f"unhandled command {args.command}")


def _dispatch_execution(args: argparse.Namespace) -> ExitCode:
    if args.command == "apply":
        from planner.commands import apply

        return apply.run(
            apply.ApplyArgs(
                args.plan,
                azure=AzureTarget.from_args(args),
                dry_run=args.dry_run,
                journal=args.journal,
                parallel=args.parallel,
                yes=args.yes,
                expect_digest=args.expect_digest,
                poll_interval=args.poll_interval,
                writes_per_second=args.writes_per_second,
                check_permissions=not args.skip_permissions_check,
            )
        )
    if args.command == "rollback":
        from planner.commands import rollback

        return rollback.run(args.journal, out=args.out, plan_path=args.plan)
    if args.command == "verify":
        from planner.commands import verify

        return verify.run(
            args.inventory,
            subscriptions=args.subscription,
            plan_path=args.plan,
            journal_path=args.journal,
            series=args.series,
            azure=AzureTarget.from_args(args),
            usage_location=args.usage_location,
            flow=verify.FlowArgs(
                args.flow_logs, args.since, args.until, args.transient, args.json, args.storage_token_env
            ),
        )
    from planner.commands import sim

    return sim.run(
        args.estate,
        port=args.port,
        token_env=args.token_env,
        durations=args.duration,
        limits=not args.no_limits,
        tls_dir=args.tls_dir,
        blobs=args.blobs,
        faults=sim.FaultFlags(args.fail_writes, args.lose_answers, args.throttle_storm, args.fail_operation),
        role=args.role,
    )


# Commands that run with Python's cyclic garbage collector on: those that talk to Azure run SDK code and the TUI
# runs Textual,
# both of which make reference cycles (the TUI pauses the collector only while its session thread works). Every
# other command works on a large inventory that makes none, and runs with the collector paused (`planner.gcpause`:
# measured half of the analysis time at 100,000 VMs).
COLLECTOR_ON = ("fetch", "apply", "verify", "sim", "rollback", "tui", "demo")


def _tui(args: argparse.Namespace) -> ExitCode:
    from planner.commands.common import read_decisions, read_policy
    from planner.paths import refuse_overwrite

    decisions = read_decisions(args.decisions, args.series)
    policy = read_policy(args.policy)
    if args.out is not None:
        refuse_overwrite(args.out, (args.inventory, args.decisions, args.policy), "the plan")
    azure = AzureTarget.from_args(args)
    azure.check()  # a login that would go to a host that is not Azure's is refused now, not in the rehearse screen
    from planner.tui.main import run

    code = run(
        args.inventory,
        decisions=decisions,
        policy=policy,
        decisions_file=args.decisions,
        policy_file=args.policy,
        out=args.out,
        usage_location=args.usage_location,
        allow_incomplete=args.allow_incomplete,
        azure=azure if args.inventory is not None else None,
        flow_sources=args.flow_logs,
    )
    return ExitCode(code)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return ExitCode.USAGE
    try:
        if args.command in ("tui", "demo"):
            return int(_dispatch(args))  # Textual draws the screen; the TUI shows every name escaped itself
        if args.command in COLLECTOR_ON:
            with escaped_output():
                return int(_dispatch(args))
        with collector_paused(), escaped_output():
            return int(_dispatch(args))
    except PlannerError as exc:
        from planner.commands.render.errors import report_error

        with escaped_output():
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
