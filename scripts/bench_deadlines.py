"""Benchmark FRCP 6 deadline computation: first use, uncached and cached calls, explanations.

Usage: PYTHONPATH=. python scripts/bench_deadlines.py [N] [ROUNDS]

Replay computes a response and a reply deadline for every motion; this shows what one
computation costs when its result is new, when the cache already holds it, and what the
explanation (built only when asked for) adds. Each figure is the median of ROUNDS rounds
(default 5) over N calls (default 20,000), in CPU time (``time.process_time``): on a shared,
busy machine wall-clock time mostly measures the wait for a core.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta

from docket.rules import briefing_deadlines, compute_deadline, load_pack, reply_deadline
from docket.rules.computation import _cached


def _median_us(rounds: int, n: int, setup: Callable[[], None], run: Callable[[], None]) -> float:
    times = []
    for _ in range(rounds):
        setup()
        t = time.process_time()
        run()
        times.append((time.process_time() - t) / n * 1e6)
    return statistics.median(times)


def _clear() -> None:
    _cached.cache_clear()
    briefing_deadlines.cache_clear()
    reply_deadline.cache_clear()


def main(n: int, rounds: int) -> None:
    rng = random.Random(0)
    start = date(1995, 1, 1)
    triggers = [start + timedelta(days=rng.randrange(0, 40 * 365)) for _ in range(n)]
    services = [rng.choice(("electronic", "electronic", "mail")) for _ in range(n)]
    pairs = list(zip(triggers, services, strict=True))
    nmd = load_pack("nmd")

    t = time.process_time()
    compute_deadline(date(2019, 5, 10), 14, court=nmd)  # imports holidays, loads 1990-2045
    print(f"first computation (holiday calendars loaded): {(time.process_time() - t) * 1e3:.0f} ms")
    for year in range(1995, 2036):
        compute_deadline(date(year, 6, 1), 1, court=nmd)

    def deadlines() -> None:
        for d, s in pairs:
            compute_deadline(d, 14, service=s, court=nmd)  # type: ignore[arg-type]

    def briefing() -> None:
        for d, s in pairs:
            briefing_deadlines(nmd, "compel", d, s)  # type: ignore[arg-type]
            reply_deadline(nmd, d, s)  # type: ignore[arg-type]

    def explained() -> None:
        for d, s in pairs:
            compute_deadline(d, 14, service=s, court=nmd).to_dict()  # type: ignore[arg-type]

    def nothing() -> None:
        pass

    cold = _median_us(rounds, n, _clear, deadlines)
    print(f"compute_deadline, uncached:    {n} calls, {cold:.1f} us/call")
    warm = _median_us(rounds, n, nothing, deadlines)
    print(f"compute_deadline, cached:      {n} calls, {warm:.2f} us/call")
    both = _median_us(rounds, n, _clear, briefing)
    print(f"briefing + reply, uncached:    {n} motions, {both:.1f} us/motion")
    again = _median_us(rounds, n, nothing, briefing)
    print(f"briefing + reply, cached:      {n} motions, {again:.2f} us/motion")
    words = _median_us(rounds, n, _clear, explained)
    print(f"compute_deadline + to_dict():  {n} calls, {words:.1f} us/call (explanation built)")
    print(f"=> 1,000,000 motions: {both:.0f} s uncached, {again:.1f} s cached (CPU)")


if __name__ == "__main__":
    main(
        int(sys.argv[1]) if len(sys.argv) > 1 else 20_000,
        int(sys.argv[2]) if len(sys.argv) > 2 else 5,
    )
