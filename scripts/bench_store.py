"""Benchmark the event store: append throughput by batch size, and load throughput.

Usage:
    python scripts/bench_store.py                      # SQLite, and PostgreSQL if reachable
    python scripts/bench_store.py --postgres URL       # a PostgreSQL server of your choosing
    python scripts/bench_store.py --only sqlite --scale 0.2   # a quick look

The entries are the founding case's seven docket entries (events/lucero-v-clovis.jsonl),
repeated under fresh ids: real entries, mean JSON ~600 bytes. They are built before the
clock starts: the figures are what the store costs (sealing, hashing, chaining, writing),
not what building entries costs. Each figure is the best of ``--repeat`` runs, each run
on a fresh case. SQLite runs in a temporary directory; PostgreSQL in a temporary schema,
dropped afterwards.

Never imported by the package.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from docket.events import DocketEvent, dump_event
from docket.history import load_history
from docket.store import EventStore, open_store

ROOT = Path(__file__).resolve().parents[1]
FOUNDING = load_history(ROOT / "events" / "lucero-v-clovis.jsonl")
POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"


def entries(case: str, count: int) -> list[DocketEvent]:
    """``count`` real docket entries of ``case``, each under its own id."""
    return [
        FOUNDING[n % len(FOUNDING)].model_copy(update={"id": f"{case}/{n}", "case": case})
        for n in range(count)
    ]


def append_rate(store: EventStore, batch: int, total: int) -> float:
    """Events per second appending ``total`` entries to one new case, ``batch`` at a time."""
    case = f"bench-{uuid.uuid4().hex[:8]}"
    events = entries(case, total)
    batches = [events[i : i + batch] for i in range(0, total, batch)]
    start = time.perf_counter()
    for version, chunk in zip(range(0, total, batch), batches, strict=True):
        store.append(case, chunk, expected_version=version)
    return total / (time.perf_counter() - start)


def load_rate(store: EventStore, case: str, parse: bool) -> float:
    """Events per second loading ``case`` (and parsing every entry, when ``parse``)."""
    start = time.perf_counter()
    loaded = store.load(case)
    if parse:
        for e in loaded:
            _ = e.event
    return len(loaded) / (time.perf_counter() - start)


def best(runs: int, measure: Callable[[], float]) -> float:
    return max(measure() for _ in range(runs))


def bench(name: str, store: EventStore, scale: float, repeat: int) -> list[tuple[str, float]]:
    sizes = {1: int(2_000 * scale), 100: int(50_000 * scale), 10_000: int(200_000 * scale)}
    figures = []
    for batch, total in sizes.items():
        total = max(total - total % batch, batch)
        rate = best(repeat, lambda b=batch, t=total: append_rate(store, b, t))
        figures.append((f"append, batches of {batch:,} ({total:,} events)", rate))
        print(f"{name}: {figures[-1][0]}: {rate:,.0f} events/s", flush=True)
    case = f"bench-load-{uuid.uuid4().hex[:8]}"
    count = max(int(100_000 * scale), 10_000)
    store.append(case, entries(case, count))
    for parse, label in ((False, "load"), (True, "load + parse into events")):
        rate = best(repeat, lambda p=parse: load_rate(store, case, p))
        figures.append((f"{label} ({count:,}-event case)", rate))
        print(f"{name}: {figures[-1][0]}: {rate:,.0f} events/s", flush=True)
    start = time.perf_counter()
    checked = store.verify(case).events
    figures.append((f"verify ({checked:,}-event case)", checked / (time.perf_counter() - start)))
    print(f"{name}: {figures[-1][0]}: {figures[-1][1]:,.0f} events/s", flush=True)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", default=os.environ.get("DOCKET_BENCH_POSTGRES", POSTGRES))
    parser.add_argument("--only", choices=["sqlite", "postgres"], default=None)
    parser.add_argument("--scale", type=float, default=1.0, help="Multiply the event counts.")
    parser.add_argument("--repeat", type=int, default=3, help="Runs per figure; best is kept.")
    args = parser.parse_args()
    size = statistics.mean(len(dump_event(e).encode()) for e in FOUNDING)
    print(
        f"# {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}; mean entry JSON {size:.0f} bytes"
    )
    results: dict[str, list[tuple[str, float]]] = {}
    if args.only in (None, "sqlite"):
        with tempfile.TemporaryDirectory() as tmp, open_store(f"{tmp}/bench.db") as store:
            results["SQLite"] = bench("SQLite", store, args.scale, args.repeat)
    if args.only in (None, "postgres"):
        schema = f"docket_bench_{uuid.uuid4().hex[:8]}"
        sep = "&" if "?" in args.postgres else "?"
        try:
            store = open_store(f"{args.postgres}{sep}schema={schema}")
        except Exception as e:
            print(f"PostgreSQL skipped: {e}")
        else:
            try:
                results["PostgreSQL"] = bench("PostgreSQL", store, args.scale, args.repeat)
            finally:
                store.close()
                import psycopg

                with psycopg.connect(args.postgres, autocommit=True) as conn:
                    conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
    names = list(results)
    print("\n| operation | " + " | ".join(f"{n} (events/s)" for n in names) + " |")
    print("|---|" + "---:|" * len(names))
    for i, (label, _) in enumerate(next(iter(results.values()), [])):
        print(f"| {label} | " + " | ".join(f"{results[n][i][1]:,.0f}" for n in names) + " |")


if __name__ == "__main__":
    main()
