"""Every benchmark figure of issue 19 in one run, each beside its floor or peer.

Usage:
    PYTHONPATH=. python scripts/bench.py                 # the full run (about ten minutes)
    PYTHONPATH=. python scripts/bench.py --quick         # small sizes, one round: under a minute
    PYTHONPATH=. python scripts/bench.py --only replay   # one figure (repeatable)

Figures (``--only`` names):

* ``startup``: ``docket posture events/lucero-v-clovis.jsonl`` against
  ``python -c "import pydantic, click"``, fresh processes taking turns, compiled bytecode under
  a temporary ``PYTHONPYCACHEPREFIX`` (the measuring functions of ``bench_startup.py``); the
  median of the rounds' ratios, wall clock and CPU; and against a peer, the floor plus one
  pydantic model validated.
* ``replay``: a synthetic history (``synthetic.py``, 20,000 entries) replayed from its file,
  whole (``replay(load_history(p))``) and streaming (``replay_history(p)``), against a floor
  that reads the same file with ``json.loads`` per line and folds the dicts into each
  motion's status, its briefs, the stays and their lifts in plain dicts. CPU time of this
  process, best of the rounds, docket and floor taking turns.
* ``store``: appending the same entries (``bench_store.py``'s founding mix) in batches to a
  fresh SQLite store, and to a PostgreSQL one (``$DOCKET_TEST_POSTGRES``, default
  ``postgresql://postgres@127.0.0.1:5432/test``; the row says so when it is unreachable),
  against raw ``executemany`` of the very rows the store wrote (read back from it) into a
  table of the same columns and keys, without triggers, in the same batches, one transaction
  each, the same durability settings. Wall clock, best of the rounds.
* ``batch``: ``docket batch`` with ``--jobs 2`` against ``--jobs 1``, from history files and
  from the PostgreSQL store, and through a Dask ``LocalCluster`` of 2 worker processes
  (``bench_batch.py``'s corpus and runs: a fresh process each run, start-up included); best
  wall time of the rounds, the modes taking turns, every run's rows checked equal.
* ``memory``: peak RSS of the streaming replay of a 1,000,000-entry history against a process
  that imports docket and reads nothing (``bench_memory.py``, a process each); the kept index
  ``docket posture HISTORY --as-of D`` builds for a 100,000-entry history: its size against
  the history file's, and that first call's time against ``--no-index`` on the same file.

Each row is printed as soon as it is measured; the load average is printed at the start and
the end, as the machine may be shared. The ratio is docket over the floor or peer (times,
sizes), except for batch scaling, where it is the speed-up (one process's time over two's).
Nothing is asserted: a goal not met is printed as such.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager, redirect_stdout
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

import bench_batch  # noqa: E402
import bench_memory  # noqa: E402
import bench_startup  # noqa: E402
import bench_store  # noqa: E402

import docket  # noqa: E402
from docket.store import open_store  # noqa: E402

POSTGRES = os.environ.get("DOCKET_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
FOUNDING = ROOT / "events" / "lucero-v-clovis.jsonl"
FIGURES = ("startup", "replay", "store", "batch", "memory")


@dataclass(frozen=True)
class Sizes:
    """How much each figure measures: the full run's, or ``--quick``'s."""

    startup_rounds: int
    replay_entries: int
    replay_rounds: int
    store_events: int
    store_batch: int
    store_rounds: int
    batch_cases: int
    batch_entries: int
    batch_rounds: int
    stream_entries: int
    index_entries: int


FULL = Sizes(31, 20_000, 5, 20_000, 1_000, 3, 300, 300, 5, 1_000_000, 100_000)
QUICK = Sizes(3, 2_000, 2, 2_000, 500, 1, 6, 100, 1, 20_000, 2_000)


@dataclass(frozen=True)
class Row:
    """One line of the table: a figure, docket's value, the floor's or peer's, their ratio,
    the goal (``<= 2`` or ``>= 1.7`` on the ratio, ``<= 200 MB`` on docket's value) and
    whether it is met."""

    figure: str
    docket: str
    floor: str
    ratio: float | None
    goal: str = "-"
    met: str = "-"


def header() -> None:
    print("| figure | docket | floor / peer | ratio | goal | met? |")
    print("|---|---:|---:|---:|---|---|", flush=True)


def show(row: Row, quick: bool) -> None:
    """Print ``row``; with ``quick``, whether a goal is met is not said (the goals are for
    the full run's sizes)."""
    ratio = "-" if row.ratio is None else f"{row.ratio:.2f}x"
    met = "not judged (--quick)" if quick and row.met != "-" else row.met
    print(
        f"| {row.figure} | {row.docket} | {row.floor} | {ratio} | {row.goal} | {met} |",
        flush=True,
    )


def at_most(value: float, limit: float) -> str:
    return "yes" if value <= limit else "**no**"


def at_least(value: float, limit: float) -> str:
    return "yes" if value >= limit else "**no**"


def say(message: str) -> None:
    """Progress, on standard error (the table is standard output)."""
    print(f"# {datetime.now(UTC):%H:%M:%S} {message}", file=sys.stderr, flush=True)


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:,.0f} ms"


def secs(seconds: float) -> str:
    return f"{seconds:,.2f} s"


# -- cold start ---------------------------------------------------------------------------


def startup(sizes: Sizes) -> Iterator[Row]:
    """The founding case's posture against the import floor, and against a peer."""
    target = [bench_startup._docket_script(), "posture", str(FOUNDING)]
    floor, peer = bench_startup.FLOOR, bench_startup.ONE_MODEL
    with tempfile.TemporaryDirectory(prefix="bench-pyc-") as prefix:
        env = bench_startup._bytecode_env(prefix)
        for command in (floor, target, peer):  # file cache warm, bytecode compiled
            bench_startup._time(command, env)
        floors, dockets, peers = [], [], []
        for i in range(sizes.startup_rounds):
            if i % 2:
                dockets.append(bench_startup._time(target, env))
                floors.append(bench_startup._time(floor, env))
            else:
                floors.append(bench_startup._time(floor, env))
                dockets.append(bench_startup._time(target, env))
            peers.append(bench_startup._time(peer, env))
    n = sizes.startup_rounds
    for name, clock in (("wall", 0), ("CPU", 1)):
        ratio = statistics.median(d[clock] / f[clock] for f, d in zip(floors, dockets, strict=True))
        yield Row(
            f'cold start ({name}): `docket posture events/lucero-v-clovis.jsonl` vs `python -c "import pydantic, click"`, median of {n} rounds',
            ms(statistics.median(d[clock] for d in dockets)),
            ms(statistics.median(f[clock] for f in floors)),
            ratio,
            "<= 2x",
            at_most(ratio, 2.0),
        )
    ratio = statistics.median(d[1] / p[1] for p, d in zip(peers, dockets, strict=True))
    yield Row(
        "cold start (CPU) vs a peer: the floor + one pydantic model validated",
        ms(statistics.median(d[1] for d in dockets)),
        ms(statistics.median(p[1] for p in peers)),
        ratio,
    )


# -- replay -------------------------------------------------------------------------------


def floor_read(path: Path) -> int:
    """The floor of reading: ``json.loads`` of every line."""
    count = 0
    with open(path, "rb") as handle:
        for line in handle:
            if line.strip():
                json.loads(line)
                count += 1
    return count


def floor_replay(path: Path) -> dict[str, Any]:
    """The floor of a replay: every line through ``json.loads``, folded in plain dicts into
    what the posture's core holds: each motion's status and the day it was decided, its
    response and reply, the stays imposed and the day each was lifted."""
    case: dict[str, Any] = {}
    motions: dict[int, dict[str, Any]] = {}
    stays: list[dict[str, Any]] = []
    with open(path, "rb") as handle:
        for line in handle:
            if not line.strip():
                continue
            entry = json.loads(line)
            kind, filed = entry["type"], entry["filed"]
            if kind == "case_opened":
                case = {"court": entry["court"], "title": entry["title"], "opened": filed}
            elif kind == "motion_filed":
                motions[entry["doc"]] = {
                    "kind": entry["kind"],
                    "filed": filed,
                    "movants": entry["movants"],
                    "status": "pending",
                }
            elif kind in ("response_filed", "reply_filed"):
                motion = motions.get(entry["to_motion"])
                if motion is not None:
                    motion[kind] = filed
            elif kind == "order":
                for ruling in entry["rulings"]:
                    motion = motions.get(ruling["motion"])
                    if motion is not None and motion["status"] == "pending":
                        motion["status"] = ruling["disposition"]
                        motion["decided"] = filed
                for stay in entry["stays"]:
                    stays.append({"scope": stay["scope"], "imposed": filed, "lifted": None})
                for lift in entry["lifts"]:
                    for stay in stays:
                        if stay["scope"] == lift["scope"] and stay["lifted"] is None:
                            stay["lifted"] = filed
                            break
            case["last"] = filed
    return {"case": case, "motions": motions, "stays": stays}


def best_cpu(rounds: int, *work: Callable[[], object]) -> list[float]:
    """The least CPU time of each of ``work`` over ``rounds`` rounds, taking turns."""
    best = [float("inf")] * len(work)
    for _ in range(rounds):
        for i, w in enumerate(work):
            started = time.process_time()
            w()
            best[i] = min(best[i], time.process_time() - started)
    return best


def replay(sizes: Sizes) -> Iterator[Row]:
    """Replay from the file against ``json.loads`` and a dict reducer over the same file."""
    n = sizes.replay_entries
    with tempfile.TemporaryDirectory(prefix="bench-replay-") as tmp:
        path = bench_memory.history_file(n, Path(tmp))
        statuses = Counter(str(m.status) for m in docket.replay_history(path).motions)
        floor_statuses = Counter(m["status"] for m in floor_replay(path)["motions"].values())
        if statuses != floor_statuses:
            say(f"note: the floor's motion statuses differ from docket's: {floor_statuses}")
        whole, stream, floor, read, read_floor = best_cpu(
            sizes.replay_rounds,
            lambda: docket.replay(docket.load_history(path)),
            lambda: docket.replay_history(path),
            lambda: floor_replay(path),
            lambda: docket.load_history(path),
            lambda: floor_read(path),
        )
    where = f"{n:,}-entry synthetic history, CPU, best of {sizes.replay_rounds}"
    for name, value in (
        ("`replay(load_history(p))`", whole),
        ("streaming `replay_history(p)`", stream),
    ):
        yield Row(
            f"replay, {where}: {name} vs `json.loads` per line + dict reducer",
            ms(value),
            ms(floor),
            value / floor,
            "<= 1.5x",
            at_most(value / floor, 1.5),
        )
    yield Row(
        f"reading alone, {where}: `load_history(p)` vs `json.loads` per line",
        ms(read),
        ms(read_floor),
        read / read_floor,
    )


# -- store --------------------------------------------------------------------------------

_SQLITE_TABLE = """CREATE TABLE events (
    global_position INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id TEXT NOT NULL, position INTEGER NOT NULL CHECK (position >= 1),
    event_id TEXT NOT NULL UNIQUE, event_type TEXT NOT NULL, recorded_at TEXT NOT NULL,
    payload TEXT NOT NULL, event_hash TEXT NOT NULL, prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL, UNIQUE (case_id, position))"""
_POSTGRES_TABLE = """CREATE TABLE {s}.events (
    global_position bigint GENERATED ALWAYS AS IDENTITY,
    case_id text NOT NULL, position bigint NOT NULL CHECK (position >= 1),
    event_id text NOT NULL, event_type text NOT NULL, recorded_at timestamptz NOT NULL,
    payload text NOT NULL, event_hash text NOT NULL, prev_hash text NOT NULL, hash text NOT NULL,
    PRIMARY KEY (case_id, position), UNIQUE (event_id), UNIQUE (global_position))"""
_COLUMNS = (
    "case_id, position, event_id, event_type, recorded_at, payload, event_hash, prev_hash, hash"
)


def _batches(items: list[Any], size: int) -> list[list[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _append(store: Any, sizes: Sizes) -> float:
    """Wall seconds to append ``store_events`` fresh entries to one new case, in batches."""
    case = f"bench-{uuid.uuid4().hex[:8]}"
    batches = _batches(bench_store.entries(case, sizes.store_events, "founding"), sizes.store_batch)
    started = time.perf_counter()
    for version, batch in zip(
        range(0, sizes.store_events, sizes.store_batch), batches, strict=True
    ):
        store.append(case, batch, expected_version=version)
    return time.perf_counter() - started


def _sqlite_round(sizes: Sizes, folder: Path) -> tuple[float, float]:
    """One round on SQLite: the store's append, then raw ``executemany`` of its rows."""
    tag = uuid.uuid4().hex[:8]
    with open_store(str(folder / f"store-{tag}.db")) as store:
        took = _append(store, sizes)
    with sqlite3.connect(folder / f"store-{tag}.db") as conn:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM events ORDER BY global_position").fetchall()
    conn.close()
    raw = sqlite3.connect(folder / f"raw-{tag}.db", isolation_level=None)
    try:
        raw.execute("PRAGMA journal_mode = WAL")  # as the store: WAL, durable commits
        raw.execute("PRAGMA synchronous = FULL")
        raw.execute(_SQLITE_TABLE)
        insert = f"INSERT INTO events ({_COLUMNS}) VALUES ({', '.join('?' * 9)})"
        started = time.perf_counter()
        for batch in _batches(rows, sizes.store_batch):
            raw.execute("BEGIN IMMEDIATE")
            raw.executemany(insert, batch)
            raw.execute("COMMIT")
        floor = time.perf_counter() - started
    finally:
        raw.close()
    return took, floor


def _postgres_round(sizes: Sizes, admin: Any) -> tuple[float, float, float]:
    """One round on PostgreSQL: the store's append, then its rows written raw with
    ``executemany`` and with ``COPY``, each in a schema of its own, dropped afterwards."""
    from psycopg import sql

    schemas = [f"bench_{w}_{uuid.uuid4().hex[:8]}" for w in ("store", "many", "copy")]
    sep = "&" if "?" in POSTGRES else "?"
    try:
        with open_store(f"{POSTGRES}{sep}schema={schemas[0]}") as store:
            took = _append(store, sizes)
        rows = admin.execute(
            sql.SQL(f"SELECT {_COLUMNS} FROM {{s}}.events ORDER BY global_position").format(
                s=sql.Identifier(schemas[0])
            )
        ).fetchall()
        floors = []
        for schema in schemas[1:]:
            s = sql.Identifier(schema)
            admin.execute(sql.SQL("CREATE SCHEMA {s}").format(s=s))
            admin.execute(sql.SQL(_POSTGRES_TABLE).format(s=s))
            insert = sql.SQL(
                f"INSERT INTO {{s}}.events ({_COLUMNS}) VALUES ({', '.join(['%s'] * 9)})"
            ).format(s=s)
            copy = sql.SQL(f"COPY {{s}}.events ({_COLUMNS}) FROM STDIN").format(s=s)
            started = time.perf_counter()
            with admin.cursor() as cur:
                for batch in _batches(rows, sizes.store_batch):
                    with admin.transaction():
                        if schema.startswith("bench_many"):
                            cur.executemany(insert, batch)
                        else:
                            with cur.copy(copy) as writer:
                                for row in batch:
                                    writer.write_row(row)
            floors.append(time.perf_counter() - started)
    finally:
        for schema in schemas:
            admin.execute(
                sql.SQL("DROP SCHEMA IF EXISTS {s} CASCADE").format(s=sql.Identifier(schema))
            )
    return took, floors[0], floors[1]


def _connect_postgres() -> tuple[Any, str]:
    """An autocommit connection to the PostgreSQL server, or None and why not."""
    try:
        import psycopg

        return psycopg.connect(POSTGRES, autocommit=True, connect_timeout=3), ""
    except Exception as e:
        return None, str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__


def store(sizes: Sizes) -> Iterator[Row]:
    """The store's batched append against raw ``executemany`` of the same rows."""
    n, b, r = sizes.store_events, sizes.store_batch, sizes.store_rounds
    what = f"{n:,} events in batches of {b:,}, events/s, best of {r}"
    with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp:
        rounds = [_sqlite_round(sizes, Path(tmp)) for _ in range(r)]
    took, floor = min(t for t, _ in rounds), min(f for _, f in rounds)
    yield Row(
        f"store append, SQLite, {what}: `append` vs raw `sqlite3` `executemany` of its rows",
        f"{n / took:,.0f}/s",
        f"{n / floor:,.0f}/s",
        took / floor,
    )
    labels = [
        f"store append, PostgreSQL, {what}: `append` vs raw psycopg `{how}` of its rows"
        for how in ("executemany", "COPY")
    ]
    admin, why = _connect_postgres()
    if admin is None:
        for label in labels:
            yield Row(label, f"skipped: PostgreSQL unreachable at {POSTGRES} ({why})", "-", None)
        return
    try:
        rounds = [_postgres_round(sizes, admin) for _ in range(r)]
    finally:
        admin.close()
    took = min(t for t, _, _ in rounds)
    for label, floor in zip(
        labels, (min(m for _, m, _ in rounds), min(c for _, _, c in rounds)), strict=True
    ):
        yield Row(label, f"{n / took:,.0f}/s", f"{n / floor:,.0f}/s", took / floor)


# -- batch --------------------------------------------------------------------------------


def batch(sizes: Sizes) -> Iterator[Row]:
    """``docket batch`` on 1 and 2 processes and on a Dask LocalCluster, from files and
    from the PostgreSQL store."""
    from distributed import LocalCluster

    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        folder = Path(tmp) / "histories"
        folder.mkdir()
        paths, total = bench_batch._corpus(folder, sizes.batch_cases, sizes.batch_entries)
        corpus = f"{sizes.batch_cases} cases, {total:,} entries, best of {sizes.batch_rounds}"
        sources: list[tuple[str, list[str]]] = [("history files", [str(folder)])]
        with redirect_stdout(sys.stderr):  # its note when the server is unreachable
            pg = bench_batch._postgres(paths)
        cluster = LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        )
        try:
            if pg is not None:
                sources.append(("the PostgreSQL store", ["--store", pg[0]]))
            modes = {
                "1": ["--jobs", "1"],
                "2": ["--jobs", "2"],
                "dask": ["--scheduler", cluster.scheduler_address],
            }
            for name, source in sources:
                say(f"batch from {name}")
                best = {mode: float("inf") for mode in modes}
                first: str | None = None
                for _ in range(sizes.batch_rounds):
                    for mode, extra in modes.items():
                        wall, rows, load, cpu = bench_batch._run(
                            source + extra, Path(tmp) / "out.jsonl"
                        )
                        say(
                            f"  {mode}: {wall:.2f} s, CPU of the command and its pool {cpu:.2f} s,"
                            f" load average {load[0]:.1f} -> {load[1]:.1f}"
                        )
                        best[mode] = min(best[mode], wall)
                        if first is None:
                            first = rows
                        elif rows != first:
                            raise SystemExit(f"batch from {name}, {mode}: rows differ")
                speedup = best["1"] / best["2"]
                yield Row(
                    f"batch scaling from {name} ({corpus}): `--jobs 2` vs `--jobs 1`, speed-up",
                    secs(best["2"]),
                    secs(best["1"]),
                    speedup,
                    ">= 1.7x",
                    at_least(speedup, 1.7),
                )
                yield Row(
                    f"batch from {name} on a Dask LocalCluster (2 worker processes) vs `--jobs 1`, speed-up",
                    secs(best["dask"]),
                    secs(best["1"]),
                    best["1"] / best["dask"],
                )
            if pg is None:
                unreachable = f"skipped: PostgreSQL unreachable at {POSTGRES}"
                yield Row(
                    f"batch scaling from the PostgreSQL store ({corpus})", unreachable, "-", None
                )
                yield Row(
                    "batch from the PostgreSQL store on a Dask LocalCluster", unreachable, "-", None
                )
        finally:
            cluster.close()
            if pg is not None:
                bench_batch.drop_postgres(pg)


# -- memory -------------------------------------------------------------------------------


def _no_index(path: Path) -> float:
    """Wall seconds of ``docket posture PATH --as-of D --no-index`` (a replay, nothing kept)."""
    with tempfile.TemporaryDirectory() as cache:
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "docket", "posture", str(path), "--as-of", "2030-01-01",
             "--no-index"],
            check=True,
            capture_output=True,
            env={**os.environ, "DOCKET_CACHE_DIR": cache},
        )  # fmt: skip
        return time.perf_counter() - started


def memory(sizes: Sizes) -> Iterator[Row]:
    """Streaming replay's peak RSS against the import floor; the kept index's size and
    build time against the history's size and a replay without it."""
    n, m = sizes.stream_entries, sizes.index_entries
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        folder = Path(tmp)
        floor, _ = bench_memory.replay_rss(bench_memory.history_file(1, folder), "none")
        say(f"memory: writing a {n:,}-entry history")
        path = bench_memory.history_file(n, folder)
        say("memory: streaming replay")
        stream, _ = bench_memory.replay_rss(path, "stream")
        yield Row(
            f"streaming replay of {n:,} entries (`replay_history`), peak RSS, vs a process importing docket",
            f"{stream:,.0f} MB",
            f"{floor:,.0f} MB",
            stream / floor,
            "<= 200 MB",
            at_most(stream, 200),
        )
        path = bench_memory.history_file(m, folder)
        say(f"memory: kept index of {m:,} entries")
        size, build = bench_memory.kept_index(path)
        replayed = _no_index(path)
        history_mb = path.stat().st_size / 1e6
        yield Row(
            f"kept index of a {m:,}-entry history: size vs the history file",
            f"{size:,.1f} MB" if size else "none kept",
            f"{history_mb:,.1f} MB",
            size / history_mb if size else None,
            "< 10 MB",
            "yes" if size < 10 else "**no**",
        )
        yield Row(
            f"kept index of a {m:,}-entry history: first `docket posture --as-of` (replays, builds, keeps) vs `--no-index`",
            secs(build),
            secs(replayed),
            build / replayed,
            "< 5 s",
            "yes" if build < 5 else "**no**",
        )


MEASURES: dict[str, Callable[[Sizes], Iterator[Row]]] = {
    "startup": startup,
    "replay": replay,
    "store": store,
    "batch": batch,
    "memory": memory,
}


@contextmanager
def _this_checkout() -> Iterator[None]:
    """Child processes (the CLI, the pool, Dask's workers) import docket from this checkout."""
    before = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), before) if p)
    try:
        yield
    finally:
        if before is None:
            del os.environ["PYTHONPATH"]
        else:
            os.environ["PYTHONPATH"] = before


def _commit() -> str:
    done = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    )
    return done.stdout.strip() or "unknown"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="Small sizes, one round each.")
    parser.add_argument(
        "--only", action="append", choices=FIGURES, help="Measure this figure (repeatable)."
    )
    opts = parser.parse_args(argv)
    sizes = QUICK if opts.quick else FULL
    chosen = opts.only or list(FIGURES)
    load = os.getloadavg()
    print(
        f"scripts/bench.py{' --quick' if opts.quick else ''}: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC,"
        f" commit {_commit()}, Python {platform.python_version()}, {os.cpu_count()} cores;"
        f" load average at the start {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}"
    )
    print()
    header()
    with _this_checkout():
        for name in chosen:
            say(f"measuring {name}")
            for row in MEASURES[name](sizes):
                show(row, opts.quick)
    load = os.getloadavg()
    print()
    print(
        "ratio: docket's time (or size) over the floor's or peer's, but for batch rows the"
        " speed-up (`--jobs 1`'s time over the other's). A store append turns each entry into"
        " canonical JSON and hashes it into the case's chain; the floor writes the rows that"
        " came out."
    )
    print(f"load average at the end {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")


if __name__ == "__main__":
    main()
