"""``docket deadlines`` and ``docket posture`` after a judgment, through the entry point.

The history is ``events/examples/after-judgment.jsonl``: a final judgment entered Mon
2021-03-01, a timely Rule 59(e) motion on 2021-03-26, denied on 2021-06-01.
"""

from __future__ import annotations

import json

EXAMPLE = "events/examples/after-judgment.jsonl"


def test_deadlines_after_a_final_judgment_list_the_appeal_rule_59_and_fees_with_citations(
    run_docket,
):
    """FRAP 4(a)(1)(A) 30 days (Wed 2021-03-31); FRCP 59(b), (e) 28 days (Mon 2021-03-29);
    FRCP 54(d)(2)(B) 14 days (Mon 2021-03-15)."""
    out = run_docket("deadlines", EXAMPLE, "--as-of", "2021-03-01")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert any(
        line.startswith("2021-03-31  Notice of appeal") and "FRAP 4(a)(1)(A)" in line
        for line in lines
    )
    assert any(
        line.startswith("2021-03-29  Motion for a new trial") and "FRCP 59(b), 59(e)" in line
        for line in lines
    )
    assert any(
        line.startswith("2021-03-15  Motion for attorney's fees") and "FRCP 54(d)(2)(B)" in line
        for line in lines
    )
    assert "No deadline runs" not in out.stdout


def test_deadlines_json_after_the_tolling_motion_is_denied_runs_from_the_order(run_docket):
    """FRAP 4(a)(4)(A): the order of Tue 2021-06-01 starts 30 days again: Thu 2021-07-01."""
    out = run_docket("deadlines", EXAMPLE, "--as-of", "2021-06-01", "--json")
    assert out.returncode == 0, out.stderr
    (appeal,) = json.loads(out.stdout)["deadlines"]
    assert (appeal["id"], appeal["due"], appeal["trigger_doc"]) == ("appeal:40", "2021-07-01", 50)
    assert appeal["citation"].startswith("FRAP 4(a)(4)(A)")


def test_posture_says_the_time_to_appeal_is_suspended_while_the_motion_is_pending(run_docket):
    out = run_docket("posture", EXAMPLE, "--as-of", "2021-04-01")
    assert out.returncode == 0, out.stderr
    assert "Final judgment Doc. 40 entered 2021-03-01" in out.stdout
    assert "time to appeal SUSPENDED while Doc. 42 pending (FRAP 4(a)(4)(A))" in out.stdout
    data = json.loads(run_docket("posture", EXAMPLE, "--as-of", "2021-04-01", "--json").stdout)
    (judgment,) = data["case"]["judgments"]
    assert judgment["tolled_by"] == ["42"] and judgment["final"] is True
