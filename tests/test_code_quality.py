"""The package passes ``ruff`` and ``mypy --strict``, as the house style requires."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


@pytest.mark.parametrize(
    "command",
    [
        [sys.executable, "-m", "ruff", "check", "docket", "tests", "scripts"],
        [sys.executable, "-m", "ruff", "format", "--check", "docket"],
        [sys.executable, "-m", "mypy"],
    ],
    ids=["ruff-check", "ruff-format", "mypy-strict"],
)
def test_the_package_passes_the_linters(command):
    if shutil.which("ruff") is None and "ruff" in command:
        pytest.fail("ruff is not installed: pip install -e '.[test]'")
    out = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
