"""``docket deadline`` and ``docket rules``, through the entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from docket_process import docket

from docket.cli import cli

ROOT = Path(__file__).resolve().parents[2]


def test_the_calculator_prints_molinas_response_date_as_a_clerks_note() -> None:
    done = docket("deadline", "2019-05-10", "--days", "14", "--court", "nmd")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Due Friday, May 24, 2019: 14 days after Friday, May 10, 2019")
    assert "FRCP 6(a)(1)" in done.stdout


def test_json_output_has_due_readings_and_explanation() -> None:
    done = docket("deadline", "2025-11-14", "--days", "14", "--court", "nmd", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["due"] == "2025-11-28"
    assert [r["due"] for r in data["readings"]] == ["2025-11-28", "2025-12-01"]
    assert "FRCP 6(a)(6)(C)" in data["explanation"]["text"]
    assert data["explanation"]["citations"]


BAD_INPUT = [
    ["deadline", "2019-13-10", "--days", "14"],
    ["deadline", "2019-05-10", "--days", "-1"],
    ["deadline", "2019-05-10"],
    ["deadline", "2019-05-10", "--days", "14", "--rule", "nmd.7.4a.reply"],
    ["deadline", "2019-05-10", "--days", "14", "--service", "pigeon"],
    ["deadline", "2019-05-10", "--rule", "nmd.nope", "--court", "nmd"],
    ["deadline", "1900-01-02", "--days", "14"],
    ["deadline", "9999-12-30", "--days", "5"],
]


@pytest.mark.parametrize("args", [BAD_INPUT[0], BAD_INPUT[5]])
def test_bad_input_through_the_entry_point_is_one_line_on_stderr_and_exit_2(
    args: list[str],
) -> None:
    done = docket(*args)
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("args", BAD_INPUT)
def test_bad_input_is_one_line_on_stderr_and_exit_2(args: list[str]) -> None:
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith("Error: ")


def test_mail_service_and_a_rule_from_the_pack_name_the_rule() -> None:
    # Reply: Fri 2019-05-10 + 14 = Fri 05-24, + 3 (mail) = Mon 05-27 Memorial Day -> Tue 05-28.
    result = CliRunner().invoke(
        cli,
        [
            "deadline",
            "2019-05-10",
            "--rule",
            "nmd.7.4a.reply",
            "--court",
            "nmd",
            "--service",
            "mail",
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Reply due Tuesday, May 28, 2019 (D.N.M.LR-Civ. 7.4(a))")
    assert "Memorial Day" in result.output


def test_a_period_before_an_event_rolls_back() -> None:
    result = CliRunner().invoke(
        cli, ["deadline", "2019-06-10", "--days", "14", "--before", "--json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["due"] == "2019-05-24"


def test_a_closed_clerks_office_moves_the_deadline() -> None:
    result = CliRunner().invoke(
        cli, ["deadline", "2019-05-10", "--days", "14", "--closed", "2019-05-24", "--json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["due"] == "2019-05-28"


def test_an_unknown_court_is_computed_under_the_frcp_with_a_note() -> None:
    result = CliRunner().invoke(cli, ["deadline", "2019-05-10", "--days", "14", "--court", "xx"])
    assert result.exit_code == 0, result.output
    assert "Note: court 'xx' has no rule pack" in result.output


def test_rules_lists_a_courts_periods() -> None:
    result = CliRunner().invoke(cli, ["rules", "--court", "nmd"])
    assert result.exit_code == 0, result.output
    assert "nmd.26.6.compel" in result.output and "21 days after objections_served" in result.output
    data = json.loads(CliRunner().invoke(cli, ["rules", "--court", "nmd", "--json"]).output)
    assert data["pack"] == "nmd" and not data["fallback"]


@pytest.mark.parametrize("command", ["deadline", "rules"])
def test_every_rules_command_has_help_with_an_example(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example: docket " in result.output
