"""Benchmark: reading a docket history vs replaying it, on synthetic dockets.

    python scripts/bench_replay.py [ENTRIES ...]     # default: 10,000 and 100,000

Reading is ``load_history`` (JSONL parsed and validated into events); replay is
``docket.replay`` over the events read. CPU time of this process, best of 3.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from synthetic import synthetic_history

from docket import load_history, replay
from docket.history import write_history


def _best(f: object, rounds: int = 3) -> float:
    times = []
    for _ in range(rounds):
        t = time.process_time()
        f()  # type: ignore[operator]
        times.append(time.process_time() - t)
    return min(times)


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [10_000, 100_000]
    print("| entries | read (entries/s) | replay (entries/s) |")
    print("|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            path = Path(tmp) / f"h{size}.jsonl"
            write_history(path, synthetic_history(size, seed=size))
            events = load_history(path)
            read = _best(lambda p=path: load_history(p))
            run = _best(lambda e=events: replay(e))
            print(f"| {size:,} | {size / read:,.0f} | {size / run:,.0f} |")


if __name__ == "__main__":
    main()
