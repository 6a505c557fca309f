"""The start-of-case example through the entry point: what the README shows is what runs.

``events/examples/start-of-case.jsonl`` is hand-written from the rule text (FRCP 16(b),
26(d)(1), 26(f)): a scheduling order sets discovery to close 2021-10-01 and a stay of
discovery pending a qualified-immunity motion is entered 2021-06-01, 122 days before it
(June 29 + July 31 + August 31 + September 30 + 1 = 122).
"""

from __future__ import annotations

import json
import re

EXAMPLE = "events/examples/start-of-case.jsonl"


def test_the_readme_start_of_case_example_runs_as_written(run_docket, readme_block):
    command = f"docket posture {EXAMPLE} --as-of 2021-11-01"
    out = run_docket(*command.split()[1:])
    assert out.returncode == 0, out.stderr
    assert out.stdout == readme_block(command)


def test_a_stayed_discovery_deadline_reads_stayed_in_text_and_json(run_docket):
    text = run_docket("posture", EXAMPLE, "--as-of", "2021-11-01")
    data = json.loads(run_docket("posture", EXAMPLE, "--as-of", "2021-11-01", "--json").stdout)
    assert data["discovery"]["status"] == "stayed"
    assert data["discovery"]["days_left"] == 122
    assert data["discovery"]["closes"] == "2021-10-01"
    assert re.search(r"^Discovery STAYED since 2021-06-01", text.stdout, re.M)
    assert "122 days left" in text.stdout
    assert "CLOSED" not in text.stdout


def test_before_the_stay_the_scheduling_order_s_close_is_shown(run_docket):
    out = run_docket("posture", EXAMPLE, "--as-of", "2021-05-01")
    assert "Discovery OPEN since 2021-03-15" in out.stdout
    assert "Discovery closes 2021-10-01" in out.stdout
