"""``docket fetch courtlistener``: dockets by id from a local server that answers as
CourtListener's REST API v4 does, with its recorded dockets, its pages and its failures."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from courtlistener_server import GOOD_TOKEN, PREFIX, Api, recorded_dockets, serving

from docket.ingest import build, from_courtlistener_data

Run = Callable[..., subprocess.CompletedProcess[str]]
INSD, NYND = 68363715, 18500729
INSD_CASE = "insd-1:24-cv-00524"


@pytest.fixture
def api() -> Iterator[Api]:
    with serving() as served:
        yield served


def fetch(
    run: Run, api: Api, *args: str, token: str = GOOD_TOKEN, verbose: bool = False
) -> subprocess.CompletedProcess[str]:
    return run(
        *(["-v", "-v"] if verbose else []), "fetch", "courtlistener", *args, "--api-url", api.url, "--token", token,
        "--max-per-hour", "3600000",
    )  # fmt: skip


def expected_events(docket_id: int) -> int:
    """How many events the recorded docket makes, read straight from the recording."""
    raw = from_courtlistener_data(recorded_dockets()[docket_id], "recorded")
    return len(build(raw).events)


def test_a_docket_of_several_pages_is_fetched_whole_into_the_store(
    run_docket: Run, api: Api, tmp_path: Path
) -> None:
    db = str(tmp_path / "s.db")
    result = fetch(run_docket, api, str(INSD), "--store", db)
    assert result.returncode == 0, result.stderr
    n = expected_events(INSD)
    assert result.stdout.splitlines() == [
        f"{INSD_CASE}: new: {n} appended, 0 already stored, {n} in the case"
        f" (courtlistener docket {INSD})"
    ]
    pages = [p for p, _ in api.requests if p.startswith(f"{PREFIX}/docket-entries/")]
    assert len(pages) == 4  # 40 entries, 10 a page: the cursor was followed to the end
    again = fetch(run_docket, api, str(INSD), "--store", db)
    entries = len(recorded_dockets()[INSD]["docket_entries"])
    assert again.stdout.startswith(f"{INSD_CASE}: unchanged: 0 appended, {entries} already stored")


def test_a_docket_fetched_to_a_file_is_the_history_of_the_recorded_sheet(
    run_docket: Run, api: Api, tmp_path: Path
) -> None:
    out = tmp_path / "nynd.jsonl"
    assert fetch(run_docket, api, str(NYND), "-o", str(out)).returncode == 0
    raw = from_courtlistener_data(recorded_dockets()[NYND], "recorded")
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == [
        e.id for e in build(raw).events
    ]


def test_a_429_then_a_500_are_retried_and_the_docket_still_comes(
    run_docket: Run, api: Api, tmp_path: Path
) -> None:
    api.faults[f"{PREFIX}/dockets/{INSD}/"] = [429, 500]
    api.faults[f"{PREFIX}/docket-entries/"] = [503]
    result = fetch(run_docket, api, str(INSD), "--store", str(tmp_path / "s.db"))
    assert result.returncode == 0, result.stderr
    assert ": new: " in result.stdout
    asked = [p for p, _ in api.requests if p == f"{PREFIX}/dockets/{INSD}/"]
    assert len(asked) == 3


def test_a_service_that_keeps_failing_refuses_that_docket_and_fetches_the_others(
    run_docket: Run, api: Api, tmp_path: Path
) -> None:
    api.faults[f"{PREFIX}/dockets/{NYND}/"] = [503] * 5
    result = fetch(run_docket, api, str(NYND), str(INSD), "--store", str(tmp_path / "s.db"))
    assert result.returncode == 2
    assert f"courtlistener docket {NYND}: refused: docket {NYND}: HTTP 503 after 5 tries" in (
        result.stdout.splitlines()
    )
    assert f"{INSD_CASE}: new: " in result.stdout


def test_an_unknown_docket_id_is_refused_by_name_and_the_others_are_fetched(
    run_docket: Run, api: Api, tmp_path: Path
) -> None:
    result = fetch(run_docket, api, "999", str(INSD), "--store", str(tmp_path / "s.db"))
    assert result.returncode == 2
    lines = result.stdout.splitlines()
    assert "courtlistener docket 999: refused: docket 999: no such docket (HTTP 404)" in lines
    assert any(line.startswith(f"{INSD_CASE}: new: ") for line in lines)


def test_a_bad_token_stops_the_run_in_one_line_and_is_never_shown(
    run_docket: Run, api: Api, tmp_path: Path
) -> None:
    wrong = "wrong-token-ZZZ-987654"
    db = tmp_path / "s.db"
    result = fetch(run_docket, api, str(INSD), "--store", str(db), token=wrong, verbose=True)
    assert result.returncode == 2
    assert "refused the token (HTTP 401)" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert wrong not in result.stdout + result.stderr
    assert [auth for _, auth in api.requests] == [f"Token {wrong}"]


def test_the_good_token_goes_only_in_the_authorization_header(
    run_docket: Run, api: Api, tmp_path: Path
) -> None:
    result = fetch(run_docket, api, str(INSD), "--store", str(tmp_path / "s.db"))
    assert GOOD_TOKEN not in result.stdout + result.stderr
    assert all(GOOD_TOKEN not in path for path, _ in api.requests)
    assert {auth for _, auth in api.requests} == {f"Token {GOOD_TOKEN}"}


def test_the_client_spaces_its_requests_under_the_hourly_quota() -> None:
    from docket.fetch import CourtListener

    now = [0.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    with (
        serving() as api,
        CourtListener(
            GOOD_TOKEN, api=api.url, per_hour=3600, sleep=sleep, clock=lambda: now[0]
        ) as client,
    ):
        docket = client.docket(INSD)
    assert len(docket["docket_entries"]) == 40
    assert waits == [1.0] * 4  # 5 requests at most one a second: 4 waits of a second
