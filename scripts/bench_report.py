"""Benchmark: ``docket report`` pages, in-process: how long a page takes to build and how big
it is, for the founding case and synthetic dockets.

    python scripts/bench_report.py              # the founding case, 1k and 3k entries
    python scripts/bench_report.py 10000        # one synthetic size (the founding case too)

Each figure is the best of three builds (:func:`docket.report.render_report`), with the
number of states the page carries (runs of days with one posture) and the page's size.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from synthetic import synthetic_history

from docket import load_history
from docket.events import DocketEvent
from docket.report import render_report

ROOT = Path(__file__).parents[1]


def bench(name: str, events: list[DocketEvent] | tuple[DocketEvent, ...]) -> None:
    best = float("inf")
    page = ""
    for _ in range(3):
        start = time.perf_counter()
        page = render_report(events, [], date(2020, 1, 1))
        best = min(best, time.perf_counter() - start)
    states = page.count('"from":')
    print(
        f"{name}: {len(events):,} entries, {states:,} states, "
        f"{len(page.encode()) / 1e6:.2f} MB, built in {best * 1000:,.0f} ms (best of 3)"
    )


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 3000]
    print(f"load average {os.getloadavg()[0]:.1f}")
    bench("founding case", load_history(ROOT / "events" / "lucero-v-clovis.jsonl"))
    for size in sizes:
        bench(f"synthetic {size:,}", synthetic_history(size))


if __name__ == "__main__":
    main()
