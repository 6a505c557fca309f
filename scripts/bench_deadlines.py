"""Benchmark FRCP 6 deadline computation: cold (uncached) and cached calls.

Usage: PYTHONPATH=. python scripts/bench_deadlines.py [N]

Replay computes a response and a reply deadline for every motion; this shows what one
computation costs when its result is new, and when the cache already holds it.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date, timedelta

from docket.rules import briefing_deadlines, compute_deadline, load_pack, reply_deadline
from docket.rules.briefing import briefing_deadlines as _bd
from docket.rules.computation import _cached


def main(n: int) -> None:
    rng = random.Random(0)
    start = date(1995, 1, 1)
    triggers = [start + timedelta(days=rng.randrange(0, 40 * 365)) for _ in range(n)]
    services = [rng.choice(("electronic", "electronic", "mail")) for _ in range(n)]
    nmd = load_pack("nmd")
    compute_deadline(date(2019, 5, 10), 14, court="nmd")  # import and holiday warm-up
    for year in range(1995, 2036):
        compute_deadline(date(year, 6, 1), 1, court="nmd")

    _cached.cache_clear()
    _bd.cache_clear()
    t = time.perf_counter()
    for d, s in zip(triggers, services, strict=True):
        compute_deadline(d, 14, service=s, court=nmd)  # type: ignore[arg-type]
    cold = time.perf_counter() - t
    print(f"compute_deadline, uncached: {n} calls, {cold / n * 1e6:.1f} us/call")

    t = time.perf_counter()
    for d, s in zip(triggers, services, strict=True):
        compute_deadline(d, 14, service=s, court=nmd)  # type: ignore[arg-type]
    warm = time.perf_counter() - t
    print(f"compute_deadline, cached:   {n} calls, {warm / n * 1e6:.2f} us/call")

    _cached.cache_clear()
    t = time.perf_counter()
    for d, s in zip(triggers, services, strict=True):
        briefing_deadlines(nmd, "compel", d, s)  # type: ignore[arg-type]
        reply_deadline(nmd, d, s)  # type: ignore[arg-type]
    both = time.perf_counter() - t
    print(f"briefing + reply, first pass:  {n} motions, {both / n * 1e6:.1f} us/motion")
    t = time.perf_counter()
    for _ in range(10):
        for d, s in zip(triggers, services, strict=True):
            briefing_deadlines(nmd, "compel", d, s)  # type: ignore[arg-type]
            reply_deadline(nmd, d, s)  # type: ignore[arg-type]
    again = (time.perf_counter() - t) / 10
    print(f"briefing + reply, cached:      {n} motions, {again / n * 1e6:.2f} us/motion")
    print(f"=> 1,000,000 motions (cached): {again / n * 1e6:.1f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
