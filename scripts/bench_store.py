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

from docket.events import DocketEntry, DocketEvent, dump_event
from docket.history import load_history
from docket.store import EventStore, open_store

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


def append_rate(store: EventStore, batch: int, total: int, mix: str) -> float:
    """Events per second appending ``total`` entries to one new case, ``batch`` at a time."""
    case = f"bench-{uuid.uuid4().hex[:8]}"
    events = entries(case, total, mix)
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


def bench(
    name: str, store: EventStore, scale: float, repeat: int, mix: str
) -> list[tuple[str, float]]:
    sizes = {1: int(2_000 * scale), 100: int(50_000 * scale), 10_000: int(200_000 * scale)}
    figures = []
    for batch, total in sizes.items():
        total = max(total - total % batch, batch)
        rate = best(repeat, lambda b=batch, t=total: append_rate(store, b, t, mix))
        figures.append((f"append, batches of {batch:,} ({total:,} events)", rate))
        print(f"{name}: {figures[-1][0]}: {rate:,.0f} events/s", flush=True)
    case = f"bench-load-{uuid.uuid4().hex[:8]}"
    count = max(int(100_000 * scale), 10_000)
    store.append(case, entries(case, count, mix))
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
    results: dict[str, list[tuple[str, float]]] = {}
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
    print("\n| events/s | " + " | ".join(names) + " |")
    print("|---|" + "---:|" * len(names))
    for i, (label, _) in enumerate(next(iter(results.values()), [])):
        print(f"| {label} | " + " | ".join(f"{results[n][i][1]:,.0f}" for n in names) + " |")


if __name__ == "__main__":
    main()
