"""Plain text that reads on an 80-column terminal: long lines wrapped at spaces, motions of no
known kind named by their docket title."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import docket.events  # noqa: F401  (docket.words is loaded through the vocabulary)
from docket.posture import MotionState
from docket.render import motion_line, wrap
from docket.words import title_words

ROOT = Path(__file__).parents[2]

LONG = (
    "  Why: Doc. 30 (motion for summary judgment) asserts qualified immunity; the movants are"
    " entitled to a stay of discovery (Jiron v. City of Lakewood, 392 F.3d 410, 414 (10th Cir."
    " 2004)), whenever the motion was filed."
)


def test_a_long_line_is_wrapped_at_spaces_with_its_continuations_indented() -> None:
    lines = wrap(LONG, 60).split("\n")
    assert len(lines) > 1
    assert all(len(line) <= 60 for line in lines)
    assert lines[0].startswith("  Why:")
    assert all(line.startswith("      ") for line in lines[1:])
    assert " ".join(line.strip() for line in lines).split() == LONG.split()


def test_short_lines_and_blank_lines_are_left_as_they_are() -> None:
    text = "Case OPEN since 2019-05-13\n\nMotions: none"
    assert wrap(text, 80) == text


def test_a_word_longer_than_the_terminal_is_never_cut() -> None:
    word = "https://ecf.nmd.uscourts.gov/doc1/" + "0" * 80
    lines = wrap(f"see {word} for the order", 40).split("\n")
    assert "    " + word in lines


def test_shouted_event_words_are_lowered_and_a_notice_of_motion_prefix_dropped() -> None:
    assert title_words("First MOTION to Continue Sentencing") == (
        "first motion to Continue Sentencing"
    )
    assert title_words("NOTICE OF MOTION AND MOTION to Withdraw") == "motion to Withdraw"
    assert title_words("EX PARTE APPLICATION for Further Time") == (
        "ex parte application for Further Time"
    )


def test_a_long_title_is_cut_at_a_word_and_says_so() -> None:
    said = title_words("MOTION to Exclude any Expert testimony on Retail Value because " * 3)
    assert len(said) <= 72 and said.endswith("...")
    assert not said[:-3].endswith(" ")


def test_a_motion_of_no_known_kind_is_named_by_its_title_not_as_motion() -> None:
    m = MotionState(
        doc=21,
        id="e21",
        kind="other",  # type: ignore[arg-type]
        title="MOTION in Limine to Bar Evidence of Prior Arrests",
        movant="Defendants",
        filed=date(2020, 3, 2),
    )
    line = motion_line(m)
    assert line.startswith(
        "Doc. 21: motion in Limine to Bar Evidence of Prior Arrests by Defendants"
    )


def _on_a_terminal(columns: int, *args: str) -> str:
    """Run the entry point with its standard output on a pseudo-terminal."""
    controller, terminal = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": str(columns)}
    process = subprocess.Popen(
        [sys.executable, "-m", "docket", *args], stdout=terminal, cwd=ROOT, env=env
    )
    os.close(terminal)
    out = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # the terminal closed: the process is done
            break
        if not chunk:
            break
        out += chunk
    os.close(controller)
    assert process.wait(timeout=60) == 0
    return out.decode().replace("\r\n", "\n")


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_the_posture_on_an_80_column_terminal_fits_it_and_piped_it_stays_one_fact_a_line() -> None:
    args = ("posture", "events/lucero-v-clovis.jsonl", "--as-of", "2019-12-10")
    shown = _on_a_terminal(80, *args)
    piped = subprocess.run(
        [sys.executable, "-m", "docket", *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert all(len(line) <= 80 for line in shown.splitlines())
    assert any(len(line) > 80 for line in piped.splitlines())
    assert shown.split() == piped.split()
