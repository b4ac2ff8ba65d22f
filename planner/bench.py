"""`python -m planner.bench` (run by `make bench`): how fast and how lean loading a large estate is.

Generates the demo estate (`planner.demo.estate`, 100,000 VMs by default) in a temporary folder, or reuses the one
`--out` names, then measures each stage in a fresh subprocess, so every stage starts with clean memory and its peak
RSS is its own: the bare parse (`json.loads` of every file's bytes, the floor any loader pays), then
`planner.inventory.arm_json.load_path`, then `planner analyze` and `planner plan` end to end on the same estate. It
prints files, size, seconds, each stage's ratio (to the bare parse; `plan` to `analyze`) and peak RSS, with PASS/MISS
beside each target (load <= 1.5x the bare parse, plan <= 2x analyze, every stage < 2 GB). It reports and never judges:
the exit status is 0 whatever the targets say, 1 only when a stage could not run at all, 2 for bad arguments.

The `apply` stage stands apart: it applies the demo plan to `planner sim` with compressed operation times and
reports the wall time over the plan's critical path and the executor's ARM requests per VM (`planner.bench_apply`);
so does the `flowlogs` stage: `planner verify --flow-logs` on a generated day of VNet flow logs of 1,000 VMs against a
bare `json.load` of the same blobs (`planner.bench_flowlogs`). `--skip STAGE` leaves a stage out; naming stages
(`python -m planner.bench flowlogs`) runs only those, and generates the estate only if one of them needs it.

A measured stage is one function decorated with `@stage`: it receives the estate folder, does its imports and
set-up, and returns the callable that is timed, which returns the counts to print.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from planner import __version__
from planner.gcpause import collector_paused

RESULT_MARK = "planner-bench-result "
# Written beside a generated estate so `--out` can tell whether the folder already holds the asked-for estate.
# Not a .json file: loaders read every *.json file of a folder.
ESTATE_MARKER = ".planner-bench-estate"
RSS_TARGET_MB = 2048.0
BASELINE = "parse"

Timed = Callable[[], dict[str, int]]


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    title: str
    setup: Callable[[Path], Timed]
    ratio_target: float | None  # at most this many times the `ratio_base` stage's seconds
    rss_target_mb: float | None
    ratio_base: str = BASELINE
    count_limits: tuple[tuple[str, int], ...] = ()  # counts the stage reports that must stay at most these
    rss_ratio: tuple[str, float] | None = None  # peak RSS at most this many times that stage's
    collector_paused: bool = True  # as the CLI runs it; the TUI pauses it only while its session works
    needs_estate: bool = True  # False: the stage makes its own data (the generated estate is not needed for it)


STAGES: dict[str, Stage] = {}


def stage(
    name: str,
    title: str,
    *,
    ratio_target: float | None = None,
    rss_target_mb: float | None = RSS_TARGET_MB,
    count_limits: tuple[tuple[str, int], ...] = (),
    ratio_base: str = BASELINE,
    rss_ratio: tuple[str, float] | None = None,
    collector_paused: bool = True,
    needs_estate: bool = True,
) -> Callable[[Callable[[Path], Timed]], Callable[[Path], Timed]]:
    """Register a measured stage; stages run in registration order. Its ratio is to the `ratio_base` stage."""

    def register(setup: Callable[[Path], Timed]) -> Callable[[Path], Timed]:
        STAGES[name] = Stage(
            name,
            title,
            setup,
            ratio_target,
            rss_target_mb,
            ratio_base,
            count_limits,
            rss_ratio,
            collector_paused,
            needs_estate,
        )
        return setup

    return register


def _json_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.json"))


@stage(BASELINE, "json.loads of every file")
def _bare_parse(folder: Path) -> Timed:
    files = _json_files(folder)

    def run() -> dict[str, int]:
        documents = 0
        for path in files:
            doc = json.loads(path.read_bytes())
            documents += (
                len(doc["value"]) if isinstance(doc, dict) and isinstance(doc.get("value"), list) else 1
            )
        return {"files": len(files), "documents": documents}

    return run


@stage("load", "arm_json.load_path", ratio_target=1.5)
def _load(folder: Path) -> Timed:
    from planner.inventory.arm_json import load_path

    def run() -> dict[str, int]:
        inventory = load_path(folder)
        return {**inventory.counts(), "problems": len(inventory.problems), "errors": len(inventory.errors())}

    return run


def _cli(argv: list[str]) -> str:
    """Run a planner command in this process, as the console script would; its stdout."""
    import contextlib
    import io

    from planner.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(argv)
    if code != 0:
        raise SystemExit(f"planner {argv[0]} exited with {code}")
    return out.getvalue()


@stage("analyze", "planner analyze --json", ratio_target=2.0, ratio_base="load")
def _analyze(folder: Path) -> Timed:
    def run() -> dict[str, int]:
        text = _cli(["analyze", str(folder), "--json"])
        # Only the summary (the last key) is read back: parsing all the output would be timed as analysis.
        summary = json.loads(text[text.rindex('"summary":') + len('"summary":') : text.rindex("}")])
        return {f"vms_{k}": v for k, v in summary["vms_by_verdict"].items()}

    return run


REANALYSIS_VMS = 10_000
REANALYSIS_CHANGES = 20


@stage(
    "update",
    "re-analysis after a change",
    rss_target_mb=None,
    count_limits=(("slowest_ms", 50),),
)
def _reanalyze(folder: Path) -> Timed:
    """The TUI's case: one decision changes, analysis follows. Its own estate of REANALYSIS_VMS (or the bench's
    size when that is smaller), made in memory."""
    from planner.analysis.analyzer import Analyzer
    from planner.analysis.decisions import Decisions
    from planner.demo.estate import estate_documents, generate_estate
    from planner.inventory.arm_json import load_documents

    bench_vms = json.loads((folder / ESTATE_MARKER).read_text(encoding="utf-8"))["vms"]
    inv = load_documents(estate_documents(generate_estate(vms=min(REANALYSIS_VMS, bench_vms))))
    analyzer = Analyzer(inv)
    started = time.perf_counter()
    analyzer.run(Decisions())
    full_ms = (time.perf_counter() - started) * 1000
    keys = sorted(inv.vms)
    step = max(1, len(keys) // REANALYSIS_CHANGES)

    def run() -> dict[str, int]:
        decisions = Decisions()
        times = []
        for i, k in enumerate(keys[::step][:REANALYSIS_CHANGES]):
            if i % 2:
                decisions.exclude_vms.add(k)
            else:
                decisions.pin(inv.vms[k].id, "Standard_D8ds_v5")
            t = time.perf_counter()
            analyzer.update(decisions)
            times.append(time.perf_counter() - t)
        return {
            "changes": len(times),
            "full_run_ms": round(full_ms),
            "mean_ms": round(1000 * sum(times) / len(times)),
            "slowest_ms": round(1000 * max(times)),
        }

    return run


REPLAN_VMS = 20_000


def _percentile(times: list[float], q: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


@stage(
    "replan",
    "decision -> analysis + waves",
    rss_target_mb=None,
    count_limits=(("p50_ms", 100), ("slowest_ms", 250)),
)
def _replan(folder: Path) -> Timed:
    """The TUI's case end to end: one decision changes, the analysis and the waves follow (through `Session`).
    Its own estate of REPLAN_VMS (or the bench's size when that is smaller), made in memory. The slowest change
    has a target of its own."""
    from planner.demo.estate import estate_documents, generate_estate
    from planner.inventory.arm_json import load_documents
    from planner.session import Exclude, Pin, Session

    bench_vms = json.loads((folder / ESTATE_MARKER).read_text(encoding="utf-8"))["vms"]
    inv = load_documents(estate_documents(generate_estate(vms=min(REPLAN_VMS, bench_vms))))
    session = Session(inv)
    started = time.perf_counter()
    session.waves()
    first_ms = (time.perf_counter() - started) * 1000
    keys = sorted(inv.vms)
    step = max(1, len(keys) // REANALYSIS_CHANGES)

    def run() -> dict[str, int]:
        times = []
        for i, k in enumerate(keys[::step][:REANALYSIS_CHANGES]):
            vm_id = inv.vms[k].id
            t = time.perf_counter()
            session.decide(Exclude(vm_id) if i % 2 else Pin(vm_id, "Standard_D8ds_v5"))
            session.waves()
            times.append(time.perf_counter() - t)
        return {
            "vms": len(keys),
            "changes": len(times),
            "first_analysis_and_waves_ms": round(first_ms),
            "p50_ms": round(1000 * _percentile(times, 0.5)),
            "slowest_ms": round(1000 * max(times)),
        }

    return run


TUI_DECISION_VMS = 20_000


@stage(
    "tui",
    "planner tui, headless",
    rss_target_mb=None,
    rss_ratio=("analyze", 1.5),
    collector_paused=False,
    count_limits=(
        ("first_paint_ms", 150),
        ("filter_p50_ms", 30),
        ("filter_p95_ms", 100),
        ("decision_row_ms", 50),
        ("decision_waves_ms", 300),
    ),
)
def _tui(folder: Path) -> Timed:
    """The TUI driven by Textual's Pilot: on the bench estate, the first paint of rows after the inventory is in
    memory (the app loads it itself, as `planner tui DIR` does) and the time each keystroke of a filter takes;
    on an estate of TUI_DECISION_VMS made in memory, how long a decision (space: exclude) takes to show in its row
    and in the waves. The stage's peak RSS is the TUI's, compared with `planner analyze`'s."""
    from planner.bench_tui import tui_stage

    bench_vms = json.loads((folder / ESTATE_MARKER).read_text(encoding="utf-8"))["vms"]
    return tui_stage(folder, min(TUI_DECISION_VMS, bench_vms), changes=REANALYSIS_CHANGES)


@stage("plan", "planner plan (to a file)", ratio_target=2.0, ratio_base="analyze")
def _plan(folder: Path) -> Timed:
    import re

    out = Path(tempfile.mkdtemp(prefix="planner-bench-plan-")) / "plan.toml"

    def run() -> dict[str, int]:
        try:
            said = _cli(["plan", str(folder), "--out", str(out)])
            size = out.stat().st_size
        finally:
            shutil.rmtree(out.parent, ignore_errors=True)
        m = re.search(r"(\d+) wave\(s\) \(lower bound (\d+)\), (\d+) step\(s\)", said)
        waves, bound, steps = (int(g) for g in m.groups()) if m else (0, 0, 0)
        return {"waves": waves, "lower_bound": bound, "steps": steps, "plan_bytes": size}

    return run


@stage(
    "apply",
    "apply the demo plan (simulated)",
    rss_target_mb=None,
    count_limits=(("failed_or_drifted", 0), ("ratio_x100", 130), ("requests_per_vm_x100", 600)),
    needs_estate=False,
)
def _apply(folder: Path) -> Timed:
    """`planner apply` of the demo plan against `planner sim` with compressed operation times: its wall time over
    the plan's critical path, and its own ARM requests per VM (`planner.bench_apply`). Its own estate (the demo's)."""
    from planner.bench_apply import prepare

    return prepare()


@stage(
    "flowlogs",
    "verify --flow-logs, a day",
    count_limits=(("ratio_x100", 200),),
    needs_estate=False,
)
def _flowlogs(folder: Path) -> Timed:
    """`planner verify --flow-logs`'s work (read, parse, de-duplicate, report with inventory, plan and journal) on
    one day of generated VNet flow logs of 1,000 VMs, against a bare `json.load` of the same blobs
    (`planner.bench_flowlogs`); ratio_x100 is the processing over the bare load, times 100. Its own data."""
    from planner.bench_flowlogs import prepare as prepare_flowlogs

    return prepare_flowlogs()


# --- the child: one stage, one process ------------------------------------------------------------------


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


def run_stage(name: str, folder: Path) -> None:
    """Run one stage in this process and print its result as one marked JSON line."""
    # As the CLI does (`planner.cli.main`): bulk work on a large inventory makes no reference cycles.
    with collector_paused() if STAGES[name].collector_paused else contextlib.nullcontext():
        timed = STAGES[name].setup(folder)
        start = time.perf_counter()
        counts = timed()
        seconds = time.perf_counter() - start
    print(RESULT_MARK + json.dumps({"seconds": seconds, "peak_rss_mb": _peak_rss_mb(), "counts": counts}))


# --- the parent -----------------------------------------------------------------------------------------


@dataclass(slots=True)
class Result:
    stage: Stage
    seconds: float | None = None
    peak_rss_mb: float | None = None
    counts: dict[str, int] | None = None
    error: str | None = None


def measure(name: str, folder: Path) -> Result:
    """Run stage `name` in a fresh interpreter and collect what it printed."""
    st = STAGES[name]
    cmd = [sys.executable, "-m", "planner.bench", "--run-stage", name, str(folder)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith(RESULT_MARK):
            data = json.loads(line[len(RESULT_MARK) :])
            return Result(st, data["seconds"], data["peak_rss_mb"], data["counts"])
    tail = (proc.stderr.strip().splitlines() or [f"exit status {proc.returncode}, no result"])[-1]
    return Result(st, error=tail)


def _estate_folder(args: argparse.Namespace) -> tuple[Path, bool, float | None]:
    """The folder to measure, whether it is a temporary one, and generation seconds (None when reused)."""
    from planner.demo.estate import write_estate_streaming

    wanted = {"vms": args.vms, "seed": args.seed, "page_size": args.page_size, "version": __version__}
    if args.out is None:
        folder, temporary = Path(tempfile.mkdtemp(prefix="planner-bench-")), True
    else:
        folder, temporary = args.out, False
        marker = folder / ESTATE_MARKER
        try:
            if json.loads(marker.read_text(encoding="utf-8")) == wanted:
                return folder, False, None
        except (OSError, ValueError):
            pass  # no marker or another estate: generate afresh
    start = time.perf_counter()
    write_estate_streaming(folder, vms=args.vms, seed=args.seed, page_size=args.page_size)
    (folder / ESTATE_MARKER).write_text(json.dumps(wanted) + "\n", encoding="utf-8")
    return folder, temporary, time.perf_counter() - start


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def report(
    results: Sequence[Result], folder: Path, vms: int, seed: int, generated: float | None, *, estate: bool = True
) -> str:
    files = _json_files(folder)
    megabytes = sum(p.stat().st_size for p in files) / 1e6
    origin = f"generated in {generated:.1f} s" if generated is not None else "reused"
    head = f"planner bench: {vms:,} VMs (seed {seed}), {len(files)} files, {megabytes:.1f} MB in {folder} ({origin})"
    lines = [
        head if estate else "planner bench: stages that make their own data (no estate generated)",
        "",
        f"{'stage':<9}{'what':<28}{'seconds':>9}{'ratio':>8}  {'target':<18}{'peak RSS':>10}  target",
    ]
    seconds = {r.stage.name: r.seconds for r in results if r.seconds}
    rss = {r.stage.name: r.peak_rss_mb for r in results if r.peak_rss_mb}
    for r in results:
        if r.seconds is None or r.peak_rss_mb is None:
            lines.append(f"{r.stage.name:<9}{r.stage.title:<28}  could not run: {r.error}")
            continue
        base = seconds.get(r.stage.ratio_base)
        ratio = r.seconds / base if base else None
        ratio_text = f"{ratio:.2f}x" if ratio is not None else "-"
        target = ""
        if r.stage.ratio_target is not None and ratio is not None:
            of = "" if r.stage.ratio_base == BASELINE else f" {r.stage.ratio_base}"
            target = f"<={r.stage.ratio_target:g}x{of} {_verdict(ratio <= r.stage.ratio_target)}"
        rss_target = ""
        if r.stage.rss_target_mb is not None:
            rss_target = f"<{r.stage.rss_target_mb:g} MB {_verdict(r.peak_rss_mb < r.stage.rss_target_mb)}"
        if r.stage.rss_ratio is not None:
            base_rss = rss.get(r.stage.rss_ratio[0])
            if base_rss:
                within = r.peak_rss_mb / base_rss
                rss_target = (
                    f"{within:.2f}x {r.stage.rss_ratio[0]} (<={r.stage.rss_ratio[1]:g}x "
                    f"{_verdict(within <= r.stage.rss_ratio[1])})"
                )
        lines.append(
            f"{r.stage.name:<9}{r.stage.title:<28}{r.seconds:>9.2f}{ratio_text:>8}  {target:<18}"
            f"{r.peak_rss_mb:>7.0f} MB  {rss_target:<14}".rstrip()
        )
    lines.append("")
    for r in results:
        if r.counts:
            line = f"{r.stage.name} counts: " + " ".join(f"{k}={v}" for k, v in r.counts.items())
            for name, limit in r.stage.count_limits:
                value = r.counts.get(name)
                if value is not None:
                    line += f"  ({name} <= {limit} {_verdict(value <= limit)})"
            lines.append(line)
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m planner.bench", description=__doc__.split("\n", 1)[0])
    p.add_argument("--vms", type=int, default=100_000, help="VMs in the generated estate (default 100000)")
    p.add_argument("--seed", type=int, default=7, help="generator seed (default 7)")
    p.add_argument("--page-size", type=int, default=1000, help="resources per page file (default 1000)")
    p.add_argument(
        "--out", type=Path, metavar="DIR", help="generate into DIR and keep it; reused when it matches"
    )
    p.add_argument("--keep", action="store_true", help="keep the temporary estate folder and print its path")
    p.add_argument(
        "--skip", action="append", default=[], metavar="STAGE", help="leave a stage out (repeat); stages: "
        + ", ".join(STAGES),
    )
    p.add_argument(
        "stages", nargs="*", metavar="STAGE",
        help="run only these stages (default: all); the estate is generated only when one of them needs it",
    )
    p.add_argument("--run-stage", nargs=2, metavar=("STAGE", "DIR"), help=argparse.SUPPRESS)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.run_stage is not None:
        name, folder = args.run_stage
        run_stage(name, Path(folder))
        return 0
    unknown = [s for s in [*args.skip, *args.stages] if s not in STAGES]
    if unknown:
        print(f"planner bench: no stage {', '.join(unknown)}; stages: {', '.join(STAGES)}", file=sys.stderr)
        return 2
    if args.vms < 1 or args.page_size < 1:
        print("planner bench: --vms and --page-size must be at least 1", file=sys.stderr)
        return 2
    if args.out is not None and args.out.exists() and not args.out.is_dir():
        print(f"planner bench: --out {args.out} exists and is not a folder", file=sys.stderr)
        return 2
    chosen = [name for name in STAGES if name not in args.skip and (not args.stages or name in args.stages)]
    if any(STAGES[name].needs_estate for name in chosen):
        folder, temporary, generated = _estate_folder(args)
    else:  # the chosen stages make their own data
        folder, temporary, generated = Path(tempfile.mkdtemp(prefix="planner-bench-")), True, 0.0
    try:
        results = [measure(name, folder) for name in chosen]
        print(report(results, folder, args.vms, args.seed, generated, estate=any(STAGES[n].needs_estate for n in chosen)))
    finally:
        if temporary and not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
        elif temporary:
            print(f"estate kept in {folder}")
    return 1 if any(r.error for r in results) else 0


def _entry() -> int:
    try:
        return main()
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stay quiet, as other command-line tools do.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - replaces the broken stdout until exit
        return 0


if __name__ == "__main__":
    sys.exit(_entry())
