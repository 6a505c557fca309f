"""Benchmark: as-of queries from snapshots, and the ``docket posture --as-of`` command.

    python scripts/bench_audit.py            # 1k, 10k and 100k synthetic entries
    python scripts/bench_audit.py 10000      # one size

For each size it builds a synthetic docket (scripts/synthetic.py), indexes it once
(:class:`docket.audit.PostureIndex`), then times as-of queries on random dates, in-process,
and compares with a full replay. Then it times the command line, start-up included:
``docket posture HISTORY --as-of D`` the first time (it builds and keeps the index in a
cache directory of the run's own, ``$DOCKET_CACHE_DIR``), then from the kept index on random
dates, then with ``--no-index``; and ``docket posture --case`` from the snapshot kept in a
SQLite store.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from synthetic import synthetic_history

from docket import replay
from docket.audit import PostureIndex
from docket.history import write_history


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def bench(size: int, queries: int = 200) -> dict[str, float]:
    events = synthetic_history(size, seed=size)
    first, last = events[0].filed, events[-1].filed
    rng = random.Random(1)
    days = [first + timedelta(days=rng.randint(0, (last - first).days)) for _ in range(queries)]
    t = time.perf_counter()
    index = PostureIndex(events)
    build = time.perf_counter() - t
    samples = []
    for day in days:
        t = time.perf_counter()
        index.posture(day)
        samples.append(time.perf_counter() - t)
    full = []
    for day in days[:5]:
        t = time.perf_counter()
        replay(events, as_of=day)
        full.append(time.perf_counter() - t)
    return {
        "build_s": build,
        "query_ms": _median_ms(samples),
        "query_p95_ms": sorted(samples)[int(len(samples) * 0.95)] * 1000,
        "full_replay_ms": _median_ms(full),
    }


def _run(args: list[str], cache: Path | None = None) -> tuple[float, float]:
    """Wall time of one ``python -m docket ARGS`` (start-up included), and its CPU time."""
    env = None if cache is None else {**os.environ, "DOCKET_CACHE_DIR": str(cache)}
    t = time.perf_counter()
    before = os.times()
    subprocess.run(
        [sys.executable, "-m", "docket", *args], check=True, capture_output=True, env=env
    )
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return time.perf_counter() - t, cpu


def _wall(args: list[str], cache: Path | None = None) -> float:
    return _run(args, cache)[0]


def bench_cli(size: int, runs: int = 7) -> dict[str, float]:
    """``docket posture HISTORY --as-of D``: first call (builds the kept index), then reads."""
    events = synthetic_history(size, seed=size)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "history.jsonl"
        write_history(path, events)
        rng = random.Random(2)
        days = [events[rng.randrange(len(events))].filed.isoformat() for _ in range(runs)]
        days[0] = events[len(events) // 2].filed.isoformat()
        cache = Path(tmp) / "cache"
        ask = ["posture", str(path), "--as-of"]
        build = _wall([*ask, days[0]], cache)
        (kept,) = cache.glob("*.posture-index")
        index_mb = kept.stat().st_size / 1e6
        reads, cpus = [], []
        for day in days:
            wall, cpu = _run([*ask, day], cache)
            reads.append(wall)
            cpus.append(cpu)
        replays = [_wall([*ask, day, "--no-index"], cache) for day in days[:3]]
        db = Path(tmp) / "docket.db"
        _wall(["append", str(path), "--store", str(db)])
        case = ["posture", "--case", events[0].case, "--store", str(db), "--as-of"]
        _wall([*case, days[0]])  # builds the store's snapshot
        stored = [_wall([*case, day]) for day in days]
    return {
        "build_ms": build * 1000,
        "index_mb": index_mb,
        "read_ms": _median_ms(reads),
        "read_cpu_ms": _median_ms(cpus),
        "replay_ms": _median_ms(replays),
        "store_ms": _median_ms(stored),
    }


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [1_000, 10_000, 100_000]
    print("| entries | index build (s) | as-of query, median (ms) | p95 (ms) | full replay (ms) |")
    print("|---:|---:|---:|---:|---:|")
    for size in sizes:
        r = bench(size)
        print(
            f"| {size:,} | {r['build_s']:.2f} | {r['query_ms']:.3f} | {r['query_p95_ms']:.3f} | {r['full_replay_ms']:.0f} |"
        )
    print()
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    print(f"python start-up alone: {(time.perf_counter() - t) * 1000:.0f} ms")
    print(f"load average before the command-line runs: {os.getloadavg()[0]:.1f}")
    print()
    print(
        "| entries | first call, builds the index (ms) | index file (MB) | --as-of from the index,"
        " median wall (ms) | its CPU (ms) | --no-index (ms) | --case from the store's snapshot (ms) |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for size in sizes:
        r = bench_cli(size)
        print(
            f"| {size:,} | {r['build_ms']:.0f} | {r['index_mb']:.1f} | {r['read_ms']:.0f} |"
            f" {r['read_cpu_ms']:.0f} | {r['replay_ms']:.0f} | {r['store_ms']:.0f} |"
        )
    print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
