"""Benchmark: import + classify + replay throughput over every fixture docket (entries/s).

Each round reads every JSON docket sheet under tests/fixtures/dockets (juriscraper and
CourtListener) from disk, imports it (classify every entry, resolve references, build the
events) and replays the history. The figure is entries per second of the best round (the
machine's other load only ever slows a round down). PACER HTML sheets are timed apart:
their cost is juriscraper's HTML parser, not ours.

Usage: python scripts/bench_ingest.py [--rounds 7] [--html]
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import time
from pathlib import Path

from docket.engine.fold import replay
from docket.ingest import ImportFailed, build, read_courtlistener, read_juriscraper, read_pacer

ROOT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "dockets"
TARGET = 20_000


def _json_round(files: list[Path]) -> int:
    entries = 0
    for path in files:
        try:
            raw = (
                read_courtlistener(path)
                if "courtlistener" in path.parts
                else read_juriscraper(path)
            )
        except ImportFailed:
            continue  # the four empty sheets juriscraper could not parse
        result = build(raw)
        replay(result.events)
        entries += len(raw.entries)
    return entries


def _html_round(files: list[Path]) -> int:
    entries = 0
    for path in files:
        try:
            raw = read_pacer(path)
        except ImportFailed:
            continue
        replay(build(raw).events)
        entries += len(raw.entries)
    return entries


def _measure(label: str, run: object, files: list[Path], rounds: int) -> float:
    assert callable(run)
    times = []
    cpu = []
    entries = 0
    for _ in range(rounds):
        gc.collect()
        start, start_cpu = time.perf_counter(), time.process_time()
        entries = run(files)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    best = min(times)
    rate = entries / best
    print(
        f"{label}: {len(files)} files, {entries} entries; best {best * 1000:.0f} ms "
        f"(median {statistics.median(times) * 1000:.0f} ms) -> {rate:,.0f} entries/s; "
        f"CPU time best {min(cpu) * 1000:.0f} ms -> {entries / min(cpu):,.0f} entries/s per CPU second"
    )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"  (load average {load:.1f} on {os.cpu_count()} CPUs while measuring)")
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--html", action="store_true", help="also time the PACER HTML sheets")
    args = parser.parse_args()
    files = sorted(p for p in ROOT.rglob("*.json"))
    _json_round(files)  # warm up: imports, compiled patterns, caches
    rate = _measure("JSON sheets (juriscraper + CourtListener)", _json_round, files, args.rounds)
    print(f"target {TARGET:,} entries/s: {'met' if rate >= TARGET else 'NOT met'}")
    if args.html:
        html = sorted(p for p in ROOT.rglob("*.html"))
        _measure(
            "PACER HTML sheets (parsed by juriscraper)", _html_round, html, max(1, args.rounds // 3)
        )


if __name__ == "__main__":
    main()
