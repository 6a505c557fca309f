"""Benchmark: the memory of a replay, whole and streaming, and the size of a kept index.

    python scripts/bench_memory.py                  # 1,000,000 and 100,000 synthetic entries
    python scripts/bench_memory.py 100000 10000     # replay sizes, then the index size
    python scripts/bench_memory.py --stream 1000000 100000   # streaming replay only

Each figure is measured in a process of its own (peak resident set size of that process,
``VmHWM``: not ``ru_maxrss``, which on Linux also counts the peak of the process that
started it, here the one that built the histories): replay of the whole history read into
memory (``replay(load_history(p))``), the streaming replay that reads the entries as it goes (``replay_history(p)``), and the
floor both stand on, a process that imports docket and reads nothing. The kept index is
the one ``docket posture HISTORY --as-of D`` builds on its first call, in a cache directory
of the run's own: its size and the wall time of that call, for the index size given, for
the longest history that still gets one (``INDEX_MAX_ENTRIES``), and for the index size
with ``--index`` (what a kept index of that size would cost). Histories come from
scripts/synthetic.py (seeded by their size), written to a temporary directory. The load
average is printed beside the figures (the machine is shared).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from synthetic import synthetic_history

from docket.audit.kept import INDEX_MAX_ENTRIES, INDEX_MAX_ENV
from docket.history import write_history

_CHILD = """
import resource, sys, time
import docket
from docket.history import iter_history
how, path = sys.argv[1], sys.argv[2]
t = time.perf_counter()
if how == "whole":
    docket.replay(docket.load_history(path))
elif how == "stream":
    docket.replay_history(path)
wall = time.perf_counter() - t
# VmHWM, this program's own peak: ru_maxrss would also count the peak of the process that
# started it (Linux folds the old memory's high-water mark into it at exec).
try:
    with open("/proc/self/status") as status:
        kb = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))
except OSError:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(kb / 1024, wall)
"""


def history_file(entries: int, folder: Path) -> Path:
    """A synthetic history of ``entries`` entries in ``folder`` (made once per size)."""
    path = folder / f"synthetic-{entries}.jsonl"
    if not path.exists():
        write_history(path, synthetic_history(entries, seed=entries))
    return path


def replay_rss(path: Path, how: str) -> tuple[float, float]:
    """Peak RSS (MB) and seconds of one process replaying ``path``: ``whole``, ``stream``,
    or ``none`` (imports docket, reads nothing: the floor)."""
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, how, str(path)], check=True, capture_output=True, text=True
    ).stdout.split()
    return float(out[0]), float(out[1])


def kept_index(path: Path, *flags: str) -> tuple[float, float]:
    """Size (MB) of the index ``docket posture HISTORY --as-of D`` keeps for ``path`` (0: it
    keeps none), and the wall time (s) of that first call, which replays and builds it."""
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "DOCKET_CACHE_DIR": tmp}
        env.pop(INDEX_MAX_ENV, None)
        t = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "docket", "posture", str(path), "--as-of", "2030-01-01", *flags],
            check=True,
            capture_output=True,
            env=env,
        )
        wall = time.perf_counter() - t
        kept = list(Path(tmp).glob("*.posture-index"))
        return (kept[0].stat().st_size / 1e6 if kept else 0.0), wall


def _load() -> str:
    return "load average " + ", ".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> None:
    args = sys.argv[1:]
    stream_only = "--stream" in args
    sizes = [int(a) for a in args if a != "--stream"] or [1_000_000, 100_000]
    replay_sizes, index_size = (sizes, None) if stream_only else (sizes[:-1] or sizes, sizes[-1])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        floor, _ = replay_rss(history_file(1, folder), "none")
        print(f"floor: a process importing docket, {floor:.0f} MB peak RSS ({_load()})")
        print("| entries | whole replay: peak RSS (MB), s | streaming replay: peak RSS (MB), s |")
        print("|---:|---:|---:|")
        for size in replay_sizes:
            path = history_file(size, folder)
            whole = "-" if stream_only else "{:,.0f}, {:.1f}".format(*replay_rss(path, "whole"))
            stream, ss = replay_rss(path, "stream")
            print(f"| {size:,} | {whole} | {stream:,.0f}, {ss:.1f} |  ({_load()})")
        if index_size is None:
            return
        for size, flags in (
            (index_size, ()),
            (INDEX_MAX_ENTRIES, ()),
            (index_size, ("--index",)),
        ):
            mb, wall = kept_index(history_file(size, folder), *flags)
            kept = f"{mb:.1f} MB kept" if mb else "no index kept"
            how = " with --index" if flags else ""
            print(
                f"docket posture, {size:,} entries{how}: {kept}, first call {wall:.1f} s ({_load()})"
            )


if __name__ == "__main__":
    main()
