"""``docket rules``: every pack and its coverage, or one pack's periods with citations and
whether each was verified from the rule's text (issue 18)."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

from docket.cli import cli


def test_rules_lists_every_pack_with_its_coverage() -> None:
    result = CliRunner().invoke(cli, ["rules"])
    assert result.exit_code == 0, result.output
    assert "17 of 94 district courts" in result.output
    line = next(x for x in result.output.splitlines() if x.split()[:1] == ["cacd"])
    assert "C.D. Cal." in line and "counts back from the hearing" in line
    data = json.loads(CliRunner().invoke(cli, ["rules", "--json"]).output)
    courts = {row["court"]: row for row in data["packs"]}
    assert len(courts) == 17 and data["districts"] == 94
    assert courts["ilnd"]["by_order"] and courts["cacd"]["hearing_based"]
    assert courts["scd"]["verified"] == 0 and courts["nmd"]["verified"] == 3


def test_rules_for_a_court_shows_each_period_with_its_source_and_verified_flag() -> None:
    result = CliRunner().invoke(cli, ["rules", "--court", "cacd"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "cacd.7_9.opposition" in out and "21 days before motion_hearing" in out
    assert "C.D. Cal. L.R. 7-9 (2010)" in out and "verified; read: " in out
    assert "UNVERIFIED; read: llrx.com" in out
    assert out.index("The court's own periods:") < out.index("On the FRCP base:")


def test_rules_for_a_court_that_sets_briefing_by_order_says_so_through_the_entry_point() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "docket", "rules", "--court", "ilnd"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "set by the court's order (N.D. Ill. LR 78.3)" in done.stdout


def test_deadline_from_an_unverified_rule_says_it_is_unverified() -> None:
    result = CliRunner().invoke(
        cli, ["deadline", "2022-06-06", "--rule", "casd.7_1e3.reply", "--court", "casd"]
    )
    assert result.exit_code == 0, result.output
    assert "Friday, May 27, 2022" in result.output and "Unverified" in result.output
