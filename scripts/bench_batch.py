"""Benchmark: ``docket batch`` on 1 and 2 processes, and on a local Dask cluster.

A corpus of synthetic dockets (``scripts/synthetic.py``: motions, briefs, rulings, stays;
each case its own seed) is written as history files and appended to a PostgreSQL store (a
schema of its own at ``$DOCKET_TEST_POSTGRES``, default
``postgresql://postgres@127.0.0.1:5432/test``, dropped afterwards; left out with a note when
unreachable). Then each source is replayed by ``python -m docket batch`` (the entry point, a
fresh process each run, its start-up included) with ``--jobs 1``, ``--jobs 2`` and
``--scheduler`` on a ``distributed.LocalCluster`` of 2 worker processes of 1 thread (started
once, before the runs: an existing cluster, as a user would have). Each run is repeated and
the best and the median wall time shown; the modes take turns round after round, so that a
burst of load from other work falls on all of them, and the load average is printed beside
each, because the machine is shared. Every run's rows are checked equal to the first's.
Nothing is asserted.

Beside the wall times, CPU time that the load does not distort: the command's own process
(start-up, cutting the cases into partitions, writing what the workers send back) and its
pool's workers (``getrusage``: the command reports its own and its children's as it exits),
and, from a PostgreSQL store on this machine, the server's (the backends that ended during
the run, read from the postmaster's children's time: other work's backends ending then are
counted too). Amdahl's law on those figures gives what two free cores would allow: the
command's own CPU taken as serial (on two cores it runs beside two busy workers), the
workers' and the server's split evenly over the two cores, load and idle time left out.

Usage: python scripts/bench_batch.py [--cases 300] [--entries 300] [--repeat 3] [--no-postgres]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from synthetic import synthetic_history  # noqa: E402

from docket.events import dump_event  # noqa: E402

POSTGRES = os.environ.get("DOCKET_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


def _corpus(folder: Path, cases: int, entries: int) -> tuple[list[Path], int]:
    paths = []
    total = 0
    for i in range(cases):
        history = synthetic_history(entries, seed=i, case=f"synthetic-{i:05d}")
        path = folder / f"case-{i:05d}.jsonl"
        path.write_text("".join(dump_event(e) + "\n" for e in history))
        paths.append(path)
        total += len(history)
    return paths, total


def _postgres(paths: list[Path]) -> tuple[str, object] | None:
    try:
        import psycopg

        admin = psycopg.connect(POSTGRES, autocommit=True, connect_timeout=3)
    except Exception as e:
        print(f"PostgreSQL left out: {e}".splitlines()[0])
        return None
    from docket.history import load_history
    from docket.store import open_store

    schema = f"bench_batch_{uuid.uuid4().hex[:10]}"
    sep = "&" if "?" in POSTGRES else "?"
    url = f"{POSTGRES}{sep}schema={schema}"
    with open_store(url) as store:
        for path in paths:
            events = load_history(path)
            store.append(events[0].case, events)
    return url, (admin, schema)


#: Runs ``docket`` as ``python -m docket`` does, and on the way out writes to the file named
#: first the CPU seconds of this process and of its finished children (the pool's workers).
_LAUNCH = """
import atexit, json, resource, sys
report = sys.argv.pop(1)
def _cpu():
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(report, "w") as f:
        json.dump([own.ru_utime + own.ru_stime, workers.ru_utime + workers.ru_stime], f)
atexit.register(_cpu)
from docket.cli import main
main()
"""


@dataclass(frozen=True, slots=True)
class Run:
    """One run of the command: wall seconds, the rows it wrote, the load average before and
    after, and CPU seconds of the command's own process, of its pool's workers, and of the
    PostgreSQL server (``None`` when not measured)."""

    wall: float
    rows: str
    load: tuple[float, float]
    own_cpu: float
    workers_cpu: float
    server_cpu: float | None = None


def _run(args: list[str], out: Path) -> tuple[float, str, tuple[float, float], float]:
    """One run: wall seconds, rows written, load average before and after, and CPU seconds
    of the command and its workers together."""
    run = _measure(args, out)
    return run.wall, run.rows, run.load, run.own_cpu + run.workers_cpu


def _measure(args: list[str], out: Path, server: int | None = None) -> Run:
    """One run of ``docket batch ARGS --as-of 2024-01-01 -o OUT`` in a fresh process, with
    its CPU split between the command's process and its workers; ``server``: the PostgreSQL
    postmaster's process id, whose finished children's CPU is counted too."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    report = out.with_suffix(".cpu.json")
    load_before = os.getloadavg()[0]
    server_before = _server_cpu(server)
    started = time.perf_counter()
    command = [sys.executable, "-c", _LAUNCH, str(report), "batch", *args]
    done = subprocess.run(
        [*command, "--as-of", "2024-01-01", "-o", str(out)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"docket batch {' '.join(args)} failed:\n{done.stderr}")
    own, workers = json.loads(report.read_text())
    server_after = _server_cpu(server)
    server_cpu = (
        None if server_before is None or server_after is None else server_after - server_before
    )
    return Run(wall, out.read_text(), (load_before, os.getloadavg()[0]), own, workers, server_cpu)


def _server_cpu(postmaster: int | None) -> float | None:
    """CPU seconds of the PostgreSQL server's backends that have ended (its postmaster's
    children's time), or ``None`` when the server is not a process of this machine."""
    if postmaster is None:
        return None
    try:
        fields = Path(f"/proc/{postmaster}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[13]) + int(fields[14])) / ticks  # cutime, cstime


def _postmaster(admin: object) -> int | None:
    """The process id of the PostgreSQL server's postmaster, when it runs on this machine
    (the parent of this connection's backend), else ``None``."""
    try:
        (backend,) = admin.execute("SELECT pg_backend_pid()").fetchone()  # type: ignore[attr-defined]
        fields = Path(f"/proc/{backend}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, ValueError, TypeError):
        return None
    return int(fields[1])  # the parent process id


def amdahl(one: float, own: float, parallel: float, cores: int = 2) -> float:
    """The speed-up ``cores`` free cores allow a run whose one-process form costs ``one``
    CPU seconds, when ``own`` seconds stay serial and ``parallel`` seconds split evenly."""
    return one / (own + parallel / cores)


def _children_cpu() -> float:
    """CPU seconds of the finished child processes (the command and its pool's workers;
    not a Dask cluster's, which are not its children)."""
    import resource

    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _report(name: str, runs: dict[str, list[Run]], total: int) -> None:
    """Print each mode's wall times and CPU, the scaling from 1 to 2 processes, and what the
    CPU accounting allows on two free cores."""
    med = statistics.median
    walls = {label: [r.wall for r in rs] for label, rs in runs.items()}
    best = {label: min(w) for label, w in walls.items()}
    for label, rs in runs.items():
        w = walls[label]
        loads = [x for r in rs for x in r.load]
        servers = [r.server_cpu for r in rs if r.server_cpu is not None]
        server = f" + server {med(servers):5.2f}" if servers else ""
        print(
            f"{name:17} {label:30} best {best[label]:6.2f} s"
            f" ({total / best[label]:7,.0f} entries/s),"
            f" median {med(w):6.2f} s;"
            f" CPU command {med(r.own_cpu for r in rs):5.2f}"
            f" + workers {med(r.workers_cpu for r in rs):5.2f}{server} s"
            f"  (runs {', '.join(f'{x:.2f}' for x in w)};"
            f" load average {min(loads):.1f}-{max(loads):.1f})"
        )
    one, two = runs["--jobs 1"], runs["--jobs 2"]
    print(
        f"{name:17} scaling 1 -> 2 processes: {best['--jobs 1'] / best['--jobs 2']:.2f}x best,"
        f" {med(walls['--jobs 1']) / med(walls['--jobs 2']):.2f}x median;"
        f" Dask vs 1 process: {best['--jobs 1'] / best['Dask LocalCluster, 2 workers']:.2f}x"
        " best; rows identical in every run"
    )

    def server(rs: list[Run]) -> float:
        return med(r.server_cpu or 0.0 for r in rs)

    whole = med(r.own_cpu + r.workers_cpu for r in one) + server(one)
    own = med(r.own_cpu for r in two)
    parallel = med(r.workers_cpu for r in two) + server(two)
    print(
        f"{name:17} CPU accounting: --jobs 1 {whole:.2f} s in all; --jobs 2 {own:.2f} s serial"
        f" (the command) + {parallel:.2f} s in the workers{' and the server' if server(two) else ''}"
        f" ({(own + parallel) / whole - 1:+.0%} CPU over --jobs 1): two free cores allow"
        f" {amdahl(whole, own, parallel):.2f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--entries", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-postgres", action="store_true")
    opts = parser.parse_args()
    os.environ["PYTHONPATH"] = str(ROOT)  # the Dask workers import docket from here
    from distributed import LocalCluster

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "histories"
        folder.mkdir()
        paths, total = _corpus(folder, opts.cases, opts.entries)
        print(
            f"corpus: {opts.cases} synthetic cases, {total:,} entries; cores: {os.cpu_count()};"
            f" {opts.repeat} rounds"
        )
        sources = [("history files", [str(folder)])]
        pg = None if opts.no_postgres else _postgres(paths)
        if pg is not None:
            sources.append(("PostgreSQL store", ["--store", pg[0]]))
        cluster = LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        )
        try:
            modes = (
                ("--jobs 1", ["--jobs", "1"]),
                ("--jobs 2", ["--jobs", "2"]),
                ("Dask LocalCluster, 2 workers", ["--scheduler", cluster.scheduler_address]),
            )
            postmaster = None if pg is None else _postmaster(pg[1][0])  # type: ignore[index]
            for name, source in sources:
                server = postmaster if source[0] == "--store" else None
                first: str | None = None
                runs: dict[str, list[Run]] = {label: [] for label, _ in modes}
                # The modes take turns, round after round, so that each meets the same load.
                for _ in range(opts.repeat):
                    for label, extra in modes:
                        run = _measure(source + extra, Path(tmp) / "out.jsonl", server)
                        runs[label].append(run)
                        if first is None:
                            first = run.rows
                        elif run.rows != first:
                            raise SystemExit(f"{name} {label}: rows differ from --jobs 1")
                _report(name, runs, total)
            print(
                "CPU: medians; 'command' is the docket process itself, 'workers' its pool's"
                " processes (a Dask cluster's workers are not its children: not counted),"
                " 'server' the PostgreSQL backends that ended during the run"
            )
        finally:
            cluster.close()
            if pg is not None:
                drop_postgres(pg)


def drop_postgres(pg: tuple[str, object]) -> None:
    """Drop the scratch schema :func:`_postgres` made, and close its admin connection."""
    admin, schema = pg[1]  # type: ignore[misc]
    admin.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    admin.close()


if __name__ == "__main__":
    main()
