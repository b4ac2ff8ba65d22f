"""`planner sim --estate DIR|SNAPSHOT`: rehearse a plan against a copy of an estate. Serves raw ARM JSON files (or a
planner snapshot, rendered back to ARM's shapes) as an HTTPS Resource Manager on 127.0.0.1, with writes, Azure's
refusals and throttling, until Ctrl-C; prints the endpoint, the CA bundle and the token to use."""

from __future__ import annotations

import os
import secrets
import signal
import threading
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

from planner.errors import ExitCode, InputError, UsageError


def _stop(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


@dataclass(frozen=True)
class FaultFlags:
    """Faults asked for on the command line."""

    fail_writes: int | None = None
    lose_answers: int | None = None
    throttle_storm: str | None = None
    fail_operations: list[str] = field(default_factory=list)

    def build(self) -> list[Any]:
        from planner.sim.faults import FailOperations, ServerErrors, ThrottleStorm

        out: list[Any] = []
        for every, applied in ((self.fail_writes, False), (self.lose_answers, True)):
            if every is not None:
                if every < 1:
                    raise UsageError("--fail-writes and --lose-answers take N >= 1")
                out.append(ServerErrors(every=every, applied=applied))
        if self.throttle_storm:
            count, _, skip = self.throttle_storm.partition("@")
            if not count.isdigit() or (skip and not skip.isdigit()):
                raise UsageError(f"--throttle-storm {self.throttle_storm!r}: expected COUNT or COUNT@SKIP")
            out.append(ThrottleStorm(count=int(count), skip=int(skip or 0)))
        for item in self.fail_operations:
            kind, _, name = item.partition(":")
            out.append(FailOperations([kind], name_contains=name or None, count=1))
        return out


def run(
    estate: Path,
    *,
    port: int,
    token_env: str | None,
    durations: list[str],
    limits: bool,
    tls_dir: Path | None,
    blobs: list[str] | None = None,
    faults: FaultFlags | None = None,
    role: Path | None = None,
) -> ExitCode:
    from planner.plan.roles import read_role
    from planner.sim.load import load_estate
    from planner.sim.options import Limits, SimOptions, parse_durations
    from planner.sim.server import ArmSimulator
    from planner.sim.store import StoreError

    enforced = read_role(role) if role is not None else None  # InputError naming the file
    try:
        options = SimOptions(
            durations=parse_durations(durations), limits=Limits() if limits else None, role=enforced
        )
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
    for fault in (faults or FaultFlags()).build():
        simulator.add_fault(fault)
    accounts = _load_blobs(simulator, blobs or [])
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
        for account, count in accounts.items():
            print(f"blobs:         {simulator.blobs.endpoint(account)} ({count} blobs)")
        if enforced is not None:
            print(f"role:          {enforced.name} ({role}): requests outside it get 403")
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


def _load_blobs(simulator: Any, items: list[str]) -> dict[str, int]:
    """`--blobs ACCOUNT=DIR`: each folder's blobs, served as that storage account's (InputError naming a bad one)."""
    counts: dict[str, int] = {}
    for item in items:
        account, sep, folder = item.partition("=")
        if not sep or not account or not folder:
            raise UsageError(f"--blobs {item!r}: expected ACCOUNT=DIR")
        path = Path(folder)
        if not path.is_dir():
            raise InputError(f"--blobs {item}: {path} is not a folder")
        try:
            counts[account.lower()] = simulator.blobs.load_folder(account, path)
        except (OSError, ValueError) as exc:
            raise InputError(f"--blobs {item}: {exc}") from exc
    return counts
