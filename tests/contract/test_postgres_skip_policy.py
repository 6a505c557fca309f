"""The PostgreSQL tests may skip only when no server answers and ``$CI`` is unset."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOWHERE = "postgresql://postgres@127.0.0.1:1/test?connect_timeout=2"


def _start_one_postgres_test(ci: bool) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env["DOCKET_TEST_POSTGRES"] = NOWHERE
    env["PYTHONPATH"] = os.pathsep.join([str(HERE.parents[1]), env.get("PYTHONPATH", "")])
    if ci:
        env["CI"] = "true"
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pytest",
            str(HERE / "test_store_contract.py"),
            "-k",
            "postgres and version_zero",
            "-q",
            "-rs",
            "-p",
            "no:cacheprovider",
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=HERE.parents[1],
    )


def test_an_unreachable_server_skips_without_ci_and_fails_with_it() -> None:
    without_ci, with_ci = _start_one_postgres_test(False), _start_one_postgres_test(True)
    skipped, _ = without_ci.communicate(timeout=120)
    failed, _ = with_ci.communicate(timeout=120)
    assert without_ci.returncode == 0, skipped
    assert "1 skipped" in skipped and "skipped because CI is unset" in skipped
    assert with_ci.returncode == 1, failed
    assert "CI is set, so the PostgreSQL tests must run" in failed
