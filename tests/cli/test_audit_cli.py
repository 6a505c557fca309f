"""``docket explain``, ``diff`` and ``timeline`` through the entry point."""

from __future__ import annotations

import json

LUCERO = "events/lucero-v-clovis.jsonl"


def test_explain_discovery_prints_the_chain_behind_the_stay(run_docket):
    out = run_docket("explain", LUCERO, "--as-of", "2019-12-31", "--discovery")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("explain as of 2019-12-31; last entry 2019-12-10;")
    assert lines[2] == "Discovery STAYED as of 2019-12-31"
    assert any("Doc. 44 discovery stayed by order Doc. 44" in line for line in lines)
    assert any("resolution of Doc. 30: not yet met" in line for line in lines)


def test_explain_a_motion_as_json_gives_its_steps_as_data(run_docket):
    out = run_docket("explain", LUCERO, "--as-of", "2019-12-31", "--motion", "27", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    # Filed; the time to respond ran out with no entry (a tick); then the order.
    assert [s["doc"] for s in data["steps"]] == [27, None, 44, 44]
    assert data["conditions"][0]["truth"] == "open"


def test_explain_needs_exactly_one_subject(run_docket):
    out = run_docket("explain", LUCERO, "--motion", "27", "--discovery")
    assert out.returncode == 2
    assert "exactly one" in out.stderr


def test_explain_of_a_missing_motion_is_one_line_and_exit_2(run_docket):
    out = run_docket("explain", LUCERO, "--motion", "99")
    assert out.returncode == 2
    assert "no motion is Doc. 99" in out.stderr
    assert "Traceback" not in out.stderr


def test_diff_lists_what_the_order_changed(run_docket):
    out = run_docket("diff", LUCERO, "--from", "2019-12-01", "--to", "2019-12-31")
    assert out.returncode == 0, out.stderr
    assert "discovery status: open -> stayed" in out.stdout
    assert "Doc. 38 (motion to stay discovery) status: pending -> granted" in out.stdout


def test_diff_with_dates_reversed_is_a_usage_error(run_docket):
    out = run_docket("diff", LUCERO, "--from", "2019-12-31", "--to", "2019-12-01")
    assert out.returncode == 2
    assert "before --from" in out.stderr


def test_timeline_json_is_a_list_of_changes_in_date_order(run_docket):
    out = run_docket("timeline", LUCERO, "--json")
    assert out.returncode == 0, out.stderr
    days = [c["on"] for c in json.loads(out.stdout)["changes"]]
    assert days == sorted(days) and days[-1] == "2019-12-10"


def test_posture_known_on_leaves_out_entries_not_yet_known(run_docket):
    out = run_docket(
        "posture", LUCERO, "--as-of", "2019-12-31", "--known-on", "2019-12-09", "--json"
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["discovery"]["status"] == "open"


def test_a_case_in_the_store_is_known_from_the_day_the_store_recorded_it(run_docket, tmp_path):
    from datetime import date, timedelta

    store = str(tmp_path / "docket.db")
    assert run_docket("append", LUCERO, "--store", store).returncode == 0
    args = [
        "posture",
        "--case",
        "nmd-2:19-cv-00445",
        "--store",
        store,
        "--as-of",
        "2019-12-31",
        "--json",
    ]
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    before = json.loads(run_docket(*args, "--known-on", yesterday).stdout)
    assert before["motions"] == []
    now = json.loads(run_docket(*args, "--known-on", date.today().isoformat()).stdout)
    assert now["discovery"]["status"] == "stayed"
