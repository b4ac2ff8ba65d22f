"""`planner sim --estate DIR|SNAPSHOT`: rehearse a plan against a copy of an estate. Serves raw ARM JSON files (or a
planner snapshot, rendered back to ARM's shapes) as an HTTPS Resource Manager on 127.0.0.1, with writes, Azure's
refusals and throttling, until Ctrl-C; prints the endpoint, the CA bundle and the token to use."""

from __future__ import annotations

import os
import secrets
import signal
import threading
from pathlib import Path
from types import FrameType

from planner.errors import ExitCode, InputError, UsageError


def _stop(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def run(
    estate: Path,
    *,
    port: int,
    token_env: str | None,
    durations: list[str],
    limits: bool,
    tls_dir: Path | None,
) -> ExitCode:
    from planner.sim.load import load_estate
    from planner.sim.options import Limits, SimOptions, parse_durations
    from planner.sim.server import ArmSimulator
    from planner.sim.store import StoreError

    try:
        options = SimOptions(durations=parse_durations(durations), limits=Limits() if limits else None)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    if token_env is not None:
        token = os.environ.get(token_env)
        if not token:
            raise UsageError(f"environment variable {token_env} is not set or empty")
    else:
        token = secrets.token_urlsafe(24)
    try:
        store = load_estate(estate)
    except StoreError as exc:
        raise InputError(str(exc)) from exc
    simulator = ArmSimulator(store, token=token, port=port, tls_dir=tls_dir, options=options)
    try:
        handle = simulator.start()
    except OSError as exc:
        raise UsageError(f"cannot listen on 127.0.0.1:{port}: {exc.strerror or exc}") from exc
    signal.signal(signal.SIGTERM, _stop)
    try:
        subscription = store.subscriptions[0] if store.subscriptions else "SUBSCRIPTION"
        print(f"ARM simulator: {handle.url} ({len(store)} resources, {len(store.subscriptions)} subscription(s))")
        print(f"CA bundle:     {handle.ca_bundle_path}")
        print(f"token:         {'$' + token_env if token_env else token}")
        print(f"state:         {handle.url}/_sim/state")
        env = f"REQUESTS_CA_BUNDLE={handle.ca_bundle_path} SIM_TOKEN={'$' + token_env if token_env else token}"
        print("rehearse:")
        print(f"  {env} planner fetch --arm-endpoint {handle.url} --token-env SIM_TOKEN --subscription {subscription} --out rehearsal.json")
        print(f"  {env} planner apply PLAN.toml --arm-endpoint {handle.url} --token-env SIM_TOKEN --dry-run")
        print("Ctrl-C stops it.", flush=True)
        threading.Event().wait()
    except KeyboardInterrupt:
        print("stopping")
    finally:
        simulator.stop()
    return ExitCode.OK
