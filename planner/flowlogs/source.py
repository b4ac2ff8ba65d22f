"""Where flow-log blobs come from: a downloaded file or folder (this module), or a live storage reader elsewhere
that yields the same `Blob`s. A blob is a name (used in every message about it) and its bytes, read whole: a
`PT1H.json` blob is at most one NIC's hour."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from planner.errors import InputError

# A flow log resource's id: `--flow-logs` given one reads its blobs live (`planner.flowlogs.live`).
FLOW_LOG_ID = re.compile(
    r"^/subscriptions/(?P<sub>[^/]+)/resourceGroups/(?P<rg>[^/]+)/providers/Microsoft\.Network/"
    r"networkWatchers/(?P<watcher>[^/]+)/flowLogs/(?P<name>[^/]+)/?$",
    re.IGNORECASE,
)

# What a downloaded flow log is saved as: blobs (`PT1H.json`), NDJSON exports, Elastic/Logstash sample files.
SUFFIXES = (".json", ".jsonl", ".log")


@dataclass(frozen=True, slots=True)
class Blob:
    name: str  # the file path or the blob name, as messages name it
    data: bytes


def blob_paths(path: Path) -> list[Path]:
    """The files `read_folder` reads, in its order: `path` itself when it is a file, else every file under it whose
    name ends in `.json`, `.jsonl` or `.log`, sorted by their path (so the order never depends on the file system)."""
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if path.is_file():
        return [path]
    found: list[Path] = []
    for folder, dirs, names in os.walk(path, onerror=_walk_error):
        dirs.sort()
        found.extend(Path(folder, n) for n in names if n.lower().endswith(SUFFIXES))
    found.sort(key=lambda p: p.parts)
    if not found:
        raise InputError(f"{path}: no flow-log files in it (looked for {', '.join(SUFFIXES)} files in every folder)")
    return found


def _walk_error(exc: OSError) -> None:
    raise InputError(f"{exc.filename}: cannot list the folder: {exc.strerror or exc}") from exc


class BlobFiles:
    """The blobs of files, read as iterated; `paths` lets a parser read them elsewhere (worker processes)."""

    def __init__(self, *roots: Path) -> None:
        self.roots = roots
        self._paths: list[Path] | None = None

    @property
    def paths(self) -> list[Path]:
        """Each root's files in `blob_paths` order, root after root."""
        if self._paths is None:
            self._paths = [p for root in self.roots for p in blob_paths(root)]
        return self._paths

    def __iter__(self) -> Iterator[Blob]:
        for p in self.paths:
            yield read_blob(p)


def read_blob(p: Path) -> Blob:
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read the file: {exc.strerror or exc}") from exc
    return Blob(str(p), data)


def read_folder(path: Path) -> BlobFiles:
    """Every flow-log file under `path` (or `path` itself), recursively, in a deterministic order (listed when first
    iterated)."""
    return BlobFiles(path)


def is_flow_log_id(source: str) -> bool:
    """Whether a `--flow-logs` source names a flow log resource (and no file or folder of that name exists)."""
    return FLOW_LOG_ID.match(source.strip()) is not None and not Path(source).exists()
