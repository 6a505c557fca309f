"""Fuzz the command line with hostile option values: every command exits 0, 1 (a check
that failed, e.g. no such fact) or 2 with one line on stderr; none prints a traceback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from hostile import HOSTILE_DATES, assert_one_clear_line
from hypothesis import given
from hypothesis import strategies as st

from docket.cli import cli

FIXTURE = Path(__file__).parents[1] / "fixtures" / "lucero-v-clovis.jsonl"

DATES = HOSTILE_DATES | st.sampled_from(["2019-12-10", "2019-10-21", "1938-09-16"])
NUMBERS = st.integers(-5, 5000).map(str) | st.sampled_from(
    ["99999999999999999999", "9" * 5000, "-0", "1e5", "0x10", "", " 14", "٣"]
)
MOTIONS = st.sampled_from(["30", "30.1", "45/2", "38", "0", "-1", ".", "30.", "9" * 5000])
COURTS = st.sampled_from(["nmd", "NMD", "frcp", "dnm", "", "xx", "../frcp", "a" * 1000])
TEXT = st.text(max_size=30)


@st.composite
def command_lines(draw: st.DrawFn, history: str) -> list[str]:
    """One ``docket`` command line with options drawn from hostile values."""
    command = draw(
        st.sampled_from(
            ["posture", "deadlines", "explain", "diff", "timeline", "deadline", "rules", "schema"]
        )
    )
    args = [command]
    if command in ("posture", "deadlines", "explain", "diff", "timeline"):
        args.append(history)
    if command in ("posture", "deadlines", "explain"):
        args += ["--as-of", draw(DATES)]
    if command in ("posture", "deadlines", "explain", "diff", "timeline") and draw(st.booleans()):
        args += ["--known-on", draw(DATES)]
    if command == "diff":
        args += ["--from", draw(DATES), "--to", draw(DATES)]
    if command == "explain":
        which = draw(st.sampled_from(["--motion", "--discovery", "--case-status", "--deadline"]))
        args.append(which)
        if which == "--motion":
            args.append(draw(MOTIONS))
        elif which == "--deadline":
            args.append(draw(TEXT | st.just("response:30")))
    if command == "deadline":
        args.append(draw(DATES))
        if draw(st.booleans()):
            args += ["--days", draw(NUMBERS)]
        else:
            args += ["--rule", draw(TEXT | st.just("nmd.7.4a.response"))]
        if draw(st.booleans()):
            args += ["--service", draw(st.sampled_from(["mail", "electronic", "pigeon", ""]))]
        if draw(st.booleans()):
            args.append("--before")
        if draw(st.booleans()):
            args += ["--closed", draw(DATES)]
    if command in ("deadline", "rules") and draw(st.booleans()):
        args += ["--court", draw(COURTS)]
    if command != "schema" and draw(st.booleans()):
        args.append("--json")
    return args


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A copy of the founding case's history, so no command writes beside the fixture."""
    path = tmp_path_factory.mktemp("cli") / FIXTURE.name
    shutil.copy(FIXTURE, path)
    return str(path)


@given(data=st.data())
def test_every_command_with_hostile_options_exits_0_1_or_2_with_no_traceback(
    history: str, data: st.DataObject
) -> None:
    args = data.draw(command_lines(history))
    result = CliRunner().invoke(cli, args, prog_name="docket")
    shown = " ".join(a if len(a) < 60 else f"{a[:20]}...({len(a)} characters)" for a in args)
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"docket {shown} raised {type(result.exception).__name__}"
    )
    assert result.exit_code in (0, 1, 2), result.output
    assert "Traceback" not in result.output
    if result.exit_code == 2:
        assert_one_clear_line(result.stderr)
