"""``python -m docket`` in a process of its own, as a user runs it: the one helper the CLI, report
and README tests share (``tests/cli`` is on pytest's ``pythonpath``)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def docket(
    *args: str,
    cwd: Path | None = ROOT,
    stdin: str | None = None,
    timeout: float = 120,
    **env_vars: str,
) -> subprocess.CompletedProcess[str]:
    """``python -m docket ARGS`` in ``cwd`` (the repository root unless given) with this checkout
    first on the path and ``env_vars`` added to the environment; a hang past ``timeout``
    seconds fails the test."""
    path = os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    return subprocess.run(
        [sys.executable, "-m", "docket", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": path, **env_vars},
        input=stdin,
        timeout=timeout,
        check=False,
    )
