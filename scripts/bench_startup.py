"""Benchmark the command line's cold start against Python's own floor, in one run.

Usage: PYTHONPATH=. python scripts/bench_startup.py [--source] [ROUNDS] [HISTORY]

Each round runs, in turn (which goes first alternates), the floor
``python -c "import pydantic, click"`` and ``docket posture HISTORY`` (default the founding
case), each a fresh process, timed by wall clock around the whole process. The two share
every round's load on the machine, so the ratio of one round is fair even when the
absolutes drift; the figure reported is the median of the rounds' ratios (default 41
rounds), beside each command's median time and the load average at the start and end. The
same ratio in CPU time (user + system, of the child process) follows: on a machine shared with
other work, it moves less with the load than the wall clock does.

The ``docket`` run goes through the console script installed beside this Python (not a
version manager's shim, which would add its own start-up to one side only).

A third command, timed in the same rounds, is a peer: the floor plus one pydantic model built
and validated, the least any command that validates its input with pydantic pays.

All commands run with compiled bytecode, as an installed package has it (pip compiles each
module when it installs it): each child process writes and reads its ``.pyc`` files under
a fresh temporary ``PYTHONPYCACHEPREFIX``, whatever ``PYTHONDONTWRITEBYTECODE`` says, so
neither side compiles its source on every run and the working tree gets no ``__pycache__``.
The untimed first run of each fills that cache. ``--source`` measures as before this was
done: the children inherit the environment (with ``PYTHONDONTWRITEBYTECODE=1``, an editable
checkout's modules are compiled from source on every run, while site-packages' are not).
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FLOOR = [sys.executable, "-c", "import pydantic, click"]

#: A peer, not the target's floor: the least a command that validates anything with a
#: pydantic model pays (pydantic's model machinery, and what building its first validator
#: loads). Printed as its own ratio to the floor, to show how much of the 2x is left for
#: docket's own work.
ONE_MODEL = [
    sys.executable,
    "-c",
    "import pydantic, click\nclass M(pydantic.BaseModel):\n    n: int\nM.model_validate({'n': 1})",
]


def _docket_script() -> str:
    beside = Path(sys.executable).with_name("docket")
    if beside.exists():
        return str(beside)
    found = shutil.which("docket")
    if found is None:
        sys.exit("no docket console script found: install docket first")
    return found


def _time(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """The wall-clock and CPU seconds of one run of ``cmd``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _bytecode_env(prefix: str) -> dict[str, str]:
    """The environment with bytecode written and read under ``prefix``."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = prefix
    return env


def main(rounds: int, history: str, source: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-startup-pyc-") as prefix:
        _measure(rounds, history, None if source else _bytecode_env(prefix))


def _measure(rounds: int, history: str, env: dict[str, str] | None) -> None:
    docket = [_docket_script(), "posture", history]
    # Once each before timing: the operating system's file cache warm for both, and their
    # bytecode compiled.
    _time(FLOOR, env)
    _time(docket, env)
    load_before = os.getloadavg()
    _time(ONE_MODEL, env)
    floors, dockets, models = [], [], []
    for i in range(rounds):
        if i % 2:
            d = _time(docket, env)
            f = _time(FLOOR, env)
        else:
            f = _time(FLOOR, env)
            d = _time(docket, env)
        floors.append(f)
        dockets.append(d)
        models.append(_time(ONE_MODEL, env))
    load_after = os.getloadavg()
    code = "source compiled on every run" if env is None else "compiled bytecode"
    print(
        f"rounds: {rounds}; {code}; load average (1 min) {load_before[0]:.2f}"
        f" -> {load_after[0]:.2f}"
    )
    for which, clock in (("wall", 0), ("CPU", 1)):
        f_ms = statistics.median(f[clock] for f in floors) * 1e3
        d_ms = statistics.median(d[clock] for d in dockets) * 1e3
        ratios = [d[clock] / f[clock] for f, d in zip(floors, dockets, strict=True)]
        q = statistics.quantiles(ratios, n=4)
        print(
            f"{which:>4}: floor {' '.join(FLOOR[1:])!r} {f_ms:.0f} ms; docket posture {history}"
            f" {d_ms:.0f} ms; ratio median {statistics.median(ratios):.2f}"
            f" (quartiles {q[0]:.2f}-{q[2]:.2f}; target <= 2)"
        )
        m_ratio = statistics.median(
            m[clock] / f[clock] for f, m in zip(floors, models, strict=True)
        )
        print(
            f"{'':>4}  peer: one pydantic model validated"
            f" {statistics.median(m[clock] for m in models) * 1e3:.0f} ms; ratio median {m_ratio:.2f}"
        )


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--source"]
    main(
        int(args[0]) if args else 41,
        args[1] if len(args) > 1 else "events/lucero-v-clovis.jsonl",
        "--source" in sys.argv[1:],
    )
