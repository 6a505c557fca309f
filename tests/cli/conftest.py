"""Run the ``docket`` command as a user would: a separate process, through its entry point; and
read back the output the README shows under a command, to compare with what it prints."""

from __future__ import annotations

import subprocess
from collections.abc import Callable

import pytest
from docket_process import ROOT, docket


@pytest.fixture
def run_docket() -> Callable[..., subprocess.CompletedProcess[str]]:
    """``run_docket("posture", path)`` runs ``python -m docket posture path`` from the repo root."""

    return docket


@pytest.fixture
def readme_block() -> Callable[[str], str]:
    """``readme_block("docket posture ...")``: the README's text under ``$ docket posture ...``, up
    to the end of its fenced block, exactly (blank lines included)."""

    def block(command: str) -> str:
        text = (ROOT / "README.md").read_text(encoding="utf-8")
        start = text.index(f"$ {command}\n") + len(f"$ {command}\n")
        return text[start : text.index("```", start)]

    return block
