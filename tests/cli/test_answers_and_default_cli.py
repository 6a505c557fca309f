"""The answers-and-default example through the entry point: what the README shows is what runs.

``events/examples/answers-and-default.jsonl`` is hand-written from the rule text. Officer
Roe, served Mon 2021-01-11, moves to dismiss on 2021-01-29 before his 21 days run out
(2021-02-01): the time is suspended (FRCP 12(a)(4)); the order of Wed 2021-03-10 denying the
motion gives him 14 days, Wed 2021-03-24 (12(a)(4)(A)). The City's waiver request was sent
Tue 2021-01-05: 60 days is Sat 2021-03-06, so Mon 2021-03-08 (12(a)(1)(A)(ii), 6(a)(1)(C));
it answers 2021-03-05. Sergeant Smith, served Tue 2021-01-19, lets 2021-02-09 pass; default
is requested 2021-02-16 and entered 2021-02-18 (FRCP 55(a)).
"""

from __future__ import annotations

import json

EXAMPLE = "events/examples/answers-and-default.jsonl"


def test_the_readme_answers_and_default_example_runs_as_written(run_docket, readme_block):
    command = f"docket posture {EXAMPLE} --as-of 2021-03-16"
    out = run_docket(*command.split()[1:])
    assert out.returncode == 0, out.stderr
    assert out.stdout == readme_block(command)


def test_each_defendants_answer_reads_the_same_in_json(run_docket):
    out = run_docket("posture", EXAMPLE, "--as-of", "2021-03-16", "--json")
    data = json.loads(out.stdout)
    posture = data.get("posture", data)
    answers = {d["name"]: d for d in posture["case"]["defendants"]}
    assert answers["Officer Roe"]["answer"] == "due"
    assert answers["Officer Roe"]["answer_due"] == "2021-03-24"
    assert answers["Officer Roe"]["rule"] == "FRCP 12(a)(4)(A)"
    assert answers["City of Clovis"]["answer"] == "answered"
    assert answers["Sergeant Smith"]["answer"] == "in_default"
    assert answers["Sergeant Smith"]["default_entered"] == "2021-02-18"


def test_docket_deadlines_lists_the_answer_with_its_rule(run_docket):
    early = run_docket("deadlines", EXAMPLE, "--as-of", "2021-01-25")
    assert "2021-02-01  Answer by Officer Roe [FRCP 12(a)(1)(A)(i); frcp.12a.answer" in early.stdout
    assert "2021-02-09  Answer by Sergeant Smith [FRCP 12(a)(1)(A)(i)" in early.stdout
    assert (
        "2021-03-08  Answer by City of Clovis [FRCP 12(a)(1)(A)(ii); frcp.12a.waiver"
        in early.stdout
    )
    late = run_docket("deadlines", EXAMPLE, "--as-of", "2021-03-16")
    assert "2021-03-24  Answer by Officer Roe [FRCP 12(a)(4)(A); frcp.12a4.answer" in late.stdout
