"""Benchmark the event store: append throughput by batch size, and load throughput.

Usage:
    python scripts/bench_store.py                      # SQLite, and PostgreSQL if reachable
    python scripts/bench_store.py --postgres URL       # a PostgreSQL server of your choosing
    python scripts/bench_store.py --only sqlite --scale 0.2   # a quick look

Two mixes of entries: ``founding``, the founding case's seven docket entries
(events/lucero-v-clovis.jsonl) repeated under fresh ids (real entries, one a nested order;
mean JSON ~600 bytes), and ``plain``, minute entries and notices of one line of docket text
(mean JSON ~300 bytes). Entries are built before the clock starts: the figures are what the
store costs (canonical JSON, hashing, chaining, writing), not what building entries costs. Each figure is the best of ``--repeat`` runs, each run
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
from datetime import date
from pathlib import Path
from typing import NamedTuple

from docket.events import DocketEntry, DocketEvent, dump_event
from docket.history import load_history
from docket.store import EventStore, events_of, open_store

ROOT = Path(__file__).resolve().parents[1]
FOUNDING = load_history(ROOT / "events" / "lucero-v-clovis.jsonl")
POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"


PLAIN = DocketEntry(
    id="x",
    case="x",
    filed=date(2020, 3, 2),
    doc=1,
    filed_by="court",
    text="MINUTE ENTRY for proceedings held before Magistrate Judge Kevin R. Sweazea: "
    "Telephonic Status Conference held on 3/2/2020.",
    event_name="Status Conference",
)


def entries(case: str, count: int, mix: str) -> list[DocketEvent]:
    """``count`` docket entries of ``case`` from ``mix``, each under its own id."""
    if mix == "plain":
        return [
            PLAIN.model_copy(update={"id": f"{case}/{n}", "case": case, "doc": n})
            for n in range(count)
        ]
    return [
        FOUNDING[n % len(FOUNDING)].model_copy(update={"id": f"{case}/{n}", "case": case})
        for n in range(count)
    ]


class Rate(NamedTuple):
    """Events per second by the wall clock, and per second of this process's CPU time."""

    wall: float
    cpu: float


def timed(count: int, work: Callable[[], object]) -> Rate:
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return Rate(count / (time.perf_counter() - wall), count / (time.process_time() - cpu))


def append_rate(store: EventStore, batch: int, total: int, mix: str) -> Rate:
    """Appending ``total`` entries to one new case, ``batch`` at a time."""
    case = f"bench-{uuid.uuid4().hex[:8]}"
    events = entries(case, total, mix)
    batches = [events[i : i + batch] for i in range(0, total, batch)]

    def work() -> None:
        for version, chunk in zip(range(0, total, batch), batches, strict=True):
            store.append(case, chunk, expected_version=version)

    return timed(total, work)


def load_rate(store: EventStore, case: str, count: int, parse: bool) -> Rate:
    """Loading ``case`` (and parsing every entry, when ``parse``)."""

    def work() -> None:
        loaded = store.load(case)
        assert len(loaded) == count
        if parse:
            events_of(loaded)

    return timed(count, work)


def best(runs: int, measure: Callable[[], Rate]) -> Rate:
    rates = [measure() for _ in range(runs)]
    return Rate(max(r.wall for r in rates), max(r.cpu for r in rates))


def bench(
    name: str, store: EventStore, scale: float, repeat: int, mix: str
) -> list[tuple[str, Rate]]:
    sizes = {1: int(2_000 * scale), 100: int(50_000 * scale), 10_000: int(200_000 * scale)}
    figures: list[tuple[str, Rate]] = []

    def report(label: str, rate: Rate) -> None:
        figures.append((label, rate))
        print(f"{name}: {label}: {rate.wall:,.0f} events/s (CPU time: {rate.cpu:,.0f})", flush=True)

    for batch, total in sizes.items():
        total = max(total - total % batch, batch)
        rate = best(repeat, lambda b=batch, t=total: append_rate(store, b, t, mix))
        report(f"append, batches of {batch:,} ({total:,} events)", rate)
    case = f"bench-load-{uuid.uuid4().hex[:8]}"
    count = max(int(100_000 * scale), 10_000)
    store.append(case, entries(case, count, mix))
    for parse, label in ((False, "load"), (True, "load + parse into events")):
        rate = best(repeat, lambda p=parse: load_rate(store, case, count, p))
        report(f"{label} ({count:,}-event case)", rate)
    report(f"verify ({count:,}-event case)", timed(count, lambda: store.verify(case)))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", default=os.environ.get("DOCKET_BENCH_POSTGRES", POSTGRES))
    parser.add_argument("--only", choices=["sqlite", "postgres"], default=None)
    parser.add_argument("--scale", type=float, default=1.0, help="Multiply the event counts.")
    parser.add_argument("--repeat", type=int, default=3, help="Runs per figure; best is kept.")
    parser.add_argument("--mix", choices=["founding", "plain", "both"], default="both")
    args = parser.parse_args()
    mixes = ["founding", "plain"] if args.mix == "both" else [args.mix]
    for mix in mixes:
        size = statistics.mean(len(dump_event(e).encode()) for e in entries("c", 7, mix))
        print(f"# mix {mix}: mean entry JSON {size:.0f} bytes")
    print(
        f"# {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()},"
        f" load average {os.getloadavg()[0]:.1f} at the start"
    )
    results: dict[str, list[tuple[str, Rate]]] = {}
    if args.only in (None, "sqlite"):
        with tempfile.TemporaryDirectory() as tmp, open_store(f"{tmp}/bench.db") as store:
            for mix in mixes:
                name = f"SQLite, {mix}"
                results[name] = bench(name, store, args.scale, args.repeat, mix)
    if args.only in (None, "postgres"):
        schema = f"docket_bench_{uuid.uuid4().hex[:8]}"
        sep = "&" if "?" in args.postgres else "?"
        try:
            store = open_store(f"{args.postgres}{sep}schema={schema}")
        except Exception as e:
            print(f"PostgreSQL skipped: {e}")
        else:
            try:
                for mix in mixes:
                    name = f"PostgreSQL, {mix}"
                    results[name] = bench(name, store, args.scale, args.repeat, mix)
            finally:
                store.close()
                import psycopg

                with psycopg.connect(args.postgres, autocommit=True) as conn:
                    conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
    names = list(results)
    print(f"# load average {os.getloadavg()[0]:.1f} at the end")
    print("# SQLite cells: wall-clock rate (rate per second of this process's CPU time)")
    print("\n| events/s | " + " | ".join(names) + " |")
    print("|---|" + "---:|" * len(names))
    for i, (label, _) in enumerate(next(iter(results.values()), [])):
        cells = [cell(n, results[n][i][1]) for n in names]
        print(f"| {label} | " + " | ".join(cells) + " |")


def cell(name: str, rate: Rate) -> str:
    """Wall-clock rate; for SQLite (all its work is in this process) the CPU-time rate too."""
    if name.startswith("SQLite"):
        return f"{rate.wall:,.0f} ({rate.cpu:,.0f})"
    return f"{rate.wall:,.0f}"


if __name__ == "__main__":
    main()
