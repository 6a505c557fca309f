"""Run the ``docket`` command as a user would: a separate process, through its entry point; and
read back the output the README shows under a command, to compare with what it prints."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]


@pytest.fixture
def run_docket() -> Callable[..., subprocess.CompletedProcess[str]]:
    """``run_docket("posture", path)`` runs ``python -m docket posture path`` from the repo root."""

    def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        return subprocess.run(
            [sys.executable, "-m", "docket", *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            input=stdin,
            timeout=60,
        )

    return run


@pytest.fixture
def readme_block() -> Callable[[str], str]:
    """``readme_block("docket posture ...")``: the README's text under ``$ docket posture ...``, up
    to the end of its fenced block, exactly (blank lines included)."""

    def block(command: str) -> str:
        text = (ROOT / "README.md").read_text(encoding="utf-8")
        start = text.index(f"$ {command}\n") + len(f"$ {command}\n")
        return text[start : text.index("```", start)]

    return block
