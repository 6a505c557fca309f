"""Benchmark: as-of queries from snapshots, and the ``docket posture --as-of`` command.

    python scripts/bench_audit.py            # 1k, 10k and 100k synthetic entries

For each size it builds a synthetic docket (scripts/synthetic.py), indexes it once
(:class:`docket.audit.PostureIndex`), then times as-of queries on random dates, in-process,
and compares with a full replay. Then it times the command line, start-up included.
"""

from __future__ import annotations

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


def bench_cli(size: int, runs: int = 5) -> float:
    events = synthetic_history(size, seed=size)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "history.jsonl"
        write_history(path, events)
        as_of = (events[len(events) // 2].filed).isoformat()
        samples = []
        for _ in range(runs):
            t = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "docket", "posture", str(path), "--as-of", as_of],
                check=True,
                capture_output=True,
            )
            samples.append(time.perf_counter() - t)
    return _median_ms(samples)


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
    for size in (10_000,):
        print(
            f"docket posture --as-of on {size:,} entries (wall, start-up included): {bench_cli(size):.0f} ms"
        )


if __name__ == "__main__":
    main()
