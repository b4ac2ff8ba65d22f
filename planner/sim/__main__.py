"""`python -m planner.sim --estate DIR|FILE`: serve a folder (or file) of raw ARM JSON over HTTPS until Ctrl-C."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

from planner.errors import ExitCode
from planner.sim.load import load_estate
from planner.sim.server import DEFAULT_PAGE_SIZE, ArmSimulator
from planner.sim.store import StoreError


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m planner.sim",
        description="Serve raw ARM REST JSON files as an HTTPS Azure Resource Manager endpoint on 127.0.0.1.",
    )
    p.add_argument(
        "--estate", type=Path, required=True, metavar="DIR|FILE", help="raw ARM JSON file or folder"
    )
    p.add_argument("--port", type=int, default=0, help="TCP port (default: any free port)")
    p.add_argument("--page-size", type=int, default=DEFAULT_PAGE_SIZE, help="items per list page")
    p.add_argument(
        "--token-env",
        metavar="VAR",
        help="accept only the bearer token held in this environment variable (default: any non-empty token)",
    )
    p.add_argument(
        "--tls-dir",
        type=Path,
        metavar="DIR",
        help="write the CA bundle and server certificate here (default: a temporary folder removed on exit)",
    )
    return p


def _stop_on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.page_size < 1:
        print("planner.sim: --page-size must be at least 1", file=sys.stderr)
        return ExitCode.USAGE
    token = None
    if args.token_env is not None:
        token = os.environ.get(args.token_env)
        if not token:
            print(f"planner.sim: environment variable {args.token_env} is not set or empty", file=sys.stderr)
            return ExitCode.USAGE
    try:
        store = load_estate(args.estate)
    except StoreError as exc:
        print(f"planner.sim: {exc}", file=sys.stderr)
        return ExitCode.INPUT
    simulator = ArmSimulator(
        store, token=token, page_size=args.page_size, port=args.port, tls_dir=args.tls_dir
    )
    try:
        handle = simulator.start()
    except OSError as exc:
        print(f"planner.sim: cannot listen on 127.0.0.1:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return ExitCode.FAILURE
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    try:
        print(
            f"ARM simulator: {handle.url} ({len(store)} resources, {len(store.subscriptions)} subscriptions)"
        )
        print(f"CA bundle: {handle.ca_bundle_path}")
        token_value = f"${args.token_env}" if args.token_env else "any-non-empty-text"
        subscription = store.subscriptions[0] if store.subscriptions else "SUBSCRIPTION"
        print(
            f"try: REQUESTS_CA_BUNDLE={handle.ca_bundle_path} TOKEN={token_value} planner fetch "
            f"--arm-endpoint {handle.url} --token-env TOKEN --subscription {subscription} --out snapshot.json"
        )
        print("Ctrl-C stops it.", flush=True)
        threading.Event().wait()
    except KeyboardInterrupt:
        print("stopping", file=sys.stderr)
    finally:
        simulator.stop()
    return ExitCode.OK


if __name__ == "__main__":
    sys.exit(main())
