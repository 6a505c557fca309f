"""``docket watch courtlistener``: rounds of fetching from a local server that answers as
CourtListener's API does, telling each destination only what it has not been told, through
the entry point; a webhook that fails is told again, never skipped."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest
from courtlistener_server import GOOD_TOKEN, Api, recorded_dockets, serving, serving_on_loopback

from docket.watch import channel_of

ROOT = Path(__file__).parents[2]
DOCKET = 68363715  # insd 1:24-cv-00524, 40 entries (41 events: the clerk's entry of default
# Doc. 12 also grants the motion for it, Doc. 11); Doc. 20 grants Doc. 17 (leave to amend)


@pytest.fixture
def api() -> Iterator[Api]:
    """The recorded docket as it stood after its 19th entry: it gains the rest later."""
    early = copy.deepcopy(recorded_dockets()[DOCKET])
    early["docket_entries"] = early["docket_entries"][:19]
    early["date_terminated"] = None
    with serving(Api(dockets={DOCKET: early})) as served:
        yield served


def _grow(api: Api) -> None:
    api.dockets[DOCKET] = recorded_dockets()[DOCKET]


def watch(api: Api, store: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "COURTLISTENER_API_URL": api.url,
        "COURTLISTENER_TOKEN": GOOD_TOKEN,
    }
    env.pop("DOCKET_STORE", None)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "docket",
            "watch",
            "courtlistener",
            str(DOCKET),
            "--store",
            str(store),
            *args,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def test_the_first_round_tells_the_posture_and_a_round_with_nothing_new_tells_nothing(
    api: Api, tmp_path: Path
) -> None:
    store = tmp_path / "w.db"
    first = watch(api, store, "--once")
    assert first.returncode == 0, first.stderr
    assert "(entries 1-20)" in first.stdout
    assert "Doc. 17 (motion to amend) filed" in first.stdout
    again = watch(api, store, "--once")
    assert again.returncode == 0, again.stderr
    assert again.stdout == ""
    assert "0 case(s) with news told" in again.stderr


def test_entries_added_since_the_last_round_are_told_and_old_news_is_not(
    api: Api, tmp_path: Path
) -> None:
    store = tmp_path / "w.db"
    assert watch(api, store, "--once").returncode == 0
    _grow(api)
    news = watch(api, store, "--once", "--json")
    assert news.returncode == 0, news.stderr
    [notice] = [json.loads(line) for line in news.stdout.splitlines()]
    assert (notice["case"], notice["since_version"], notice["version"]) == (
        "insd-1:24-cv-00524",
        20,
        41,
    )
    about_17 = [c for c in notice["changes"] if c["fact"].startswith("Doc. 17 ")]
    assert [(c["field"], c["old"], c["new"]) for c in about_17] == [
        ("status", "pending", "granted")
    ]
    assert about_17[0]["cause"]["doc"] == 20
    assert not any(
        c["field"] == "filed" and c["fact"].startswith("Doc. 17 ") for c in notice["changes"]
    )


@dataclass
class Hook:
    """A webhook receiver on 127.0.0.1 answering the given statuses first, then 204."""

    statuses: list[int] = field(default_factory=list)
    bodies: list[dict[str, Any]] = field(default_factory=list)
    url: str = ""


@contextmanager
def receiving(hook: Hook) -> Iterator[Hook]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            return

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            status = hook.statuses.pop(0) if hook.statuses else 204
            if status < 300:
                hook.bodies.append(body)
            self.send_response(status)
            self.send_header("Content-Length", "0")
            if status == 503:
                self.send_header("Retry-After", "0")
            self.end_headers()

    with serving_on_loopback(Handler) as origin:
        hook.url = f"{origin}/hooks/docket?key=s3cret"
        yield hook


def test_a_webhook_that_fails_once_gets_the_notice_on_the_retry(api: Api, tmp_path: Path) -> None:
    with receiving(Hook(statuses=[500])) as hook:
        done = watch(api, tmp_path / "w.db", "--once", "--webhook", hook.url)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    [body] = hook.bodies
    assert (body["case"], body["since_version"], body["version"]) == ("insd-1:24-cv-00524", 0, 20)


def test_a_webhook_that_keeps_failing_loses_nothing_the_next_round_sends_it_all(
    api: Api, tmp_path: Path
) -> None:
    store = tmp_path / "w.db"
    with receiving(Hook(statuses=[503, 503])) as hook:
        failed = watch(api, store, "--once", "--webhook", hook.url, "--webhook-tries", "2")
        assert failed.returncode == 2
        assert "failed (HTTP 503) after 2 tries" in failed.stderr
        assert "s3cret" not in failed.stderr + failed.stdout
        assert hook.bodies == []
        _grow(api)  # the docket moves on meanwhile
        later = watch(api, store, "--once", "--webhook", hook.url)
    assert later.returncode == 0, later.stderr
    [body] = hook.bodies
    assert (body["since_version"], body["version"]) == (0, 41)


def test_each_destination_has_its_own_mark(api: Api, tmp_path: Path) -> None:
    store = tmp_path / "w.db"
    assert watch(api, store, "--once").returncode == 0
    with receiving(Hook()) as hook:
        assert watch(api, store, "--once", "--webhook", hook.url).returncode == 0
    assert [b["since_version"] for b in hook.bodies] == [0]
    assert channel_of(hook.url) != channel_of(None)
    assert "s3cret" not in channel_of(hook.url)


def test_rounds_repeat_every_period_until_the_count_is_reached(api: Api, tmp_path: Path) -> None:
    done = watch(api, tmp_path / "w.db", "--rounds", "2", "--every", "1s")
    assert done.returncode == 0, done.stderr
    assert "round 1 " in done.stderr and "round 2 " in done.stderr
    assert done.stdout.count("(entries 1-20)") == 1


@pytest.mark.parametrize("every", ["0s", "1d", "soon", ""])
def test_a_bad_period_is_one_usage_line(api: Api, tmp_path: Path, every: str) -> None:
    done = watch(api, tmp_path / "w.db", "--once", "--every", every)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "--every" in done.stderr
    assert not (tmp_path / "w.db").exists()


@pytest.mark.parametrize(
    ("every", "seconds"), [("1h", 3600), ("30m", 1800), ("1h30m", 5400), ("90s", 90)]
)
def test_a_period_is_read_in_hours_minutes_and_seconds(every: str, seconds: float) -> None:
    from docket.cli._watch import parse_every

    assert parse_every(every) == seconds
