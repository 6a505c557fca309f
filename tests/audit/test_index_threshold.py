"""A history too long to keep an index of is replayed as it is read and gets none, unless
asked: the threshold is ``$DOCKET_INDEX_MAX_ENTRIES`` (tests move it to a short history)."""

from __future__ import annotations

import json
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from docket import replay
from docket.audit.kept import (
    INDEX_MAX_ENTRIES,
    INDEX_MAX_ENV,
    cache_root,
    index_max_entries,
    read_file,
)
from docket.audit.record import summarize
from docket.errors import SettingError
from docket.history import load_history

ROOT = Path(__file__).parents[2]
LUCERO = ROOT / "events" / "lucero-v-clovis.jsonl"
AS_OF = date(2020, 6, 1)


@pytest.fixture
def long_history(tmp_path: Path) -> Path:
    """The founding case and 1,200 notices of appearance after it: 1,207 entries."""
    path = tmp_path / "long.jsonl"
    shutil.copy(LUCERO, path)
    case = "nmd-2:19-cv-00445"
    with path.open("a", encoding="utf-8") as out:
        for i in range(1200):
            doc = 1000 + i
            filed = date(2020, 1, 2) + timedelta(days=i // 10)
            out.write(
                json.dumps(
                    {
                        "id": f"{case}/{doc}",
                        "case": case,
                        "type": "docket_entry",
                        "doc": doc,
                        "filed": filed.isoformat(),
                        "text": "NOTICE of Appearance",
                        "event_name": "Notice of Appearance",
                    }
                )
                + "\n"
            )
    return path


def _kept_indexes() -> list[Path]:
    root = cache_root()
    return sorted(root.glob("*.posture-index")) if root.is_dir() else []


def test_a_history_longer_than_the_threshold_is_replayed_as_read_and_gets_no_index(
    long_history: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(INDEX_MAX_ENV, "1100")
    events = load_history(long_history)
    answer = read_file(long_history, AS_OF)
    assert answer.how == "replayed"
    assert answer.posture == replay(events, as_of=AS_OF)
    assert answer.record == summarize(events)
    assert _kept_indexes() == []


def test_a_history_longer_than_the_threshold_gets_no_index_for_its_deadline_book_either(
    long_history: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(INDEX_MAX_ENV, "1100")
    answer = read_file(long_history, AS_OF, book=True)
    replayed = read_file(long_history, AS_OF, use_index=False, book=True)
    assert answer.how == "replayed"
    assert answer.book == replayed.book
    assert answer.book  # the founding case's deadlines, met and run out
    assert _kept_indexes() == []


def test_the_same_history_under_the_threshold_gets_a_kept_index(
    long_history: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(INDEX_MAX_ENV, "1300")
    answer = read_file(long_history, AS_OF)
    assert answer.how == "built"
    assert answer.posture == replay(load_history(long_history), as_of=AS_OF)
    assert len(_kept_indexes()) == 1


def test_an_index_asked_for_is_kept_whatever_the_history_s_length(
    long_history: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(INDEX_MAX_ENV, "1100")
    assert read_file(long_history, AS_OF, use_index=True).how == "built"
    assert len(_kept_indexes()) == 1


def test_the_threshold_is_ten_thousand_entries_unless_moved(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(INDEX_MAX_ENV, raising=False)
    assert index_max_entries() == INDEX_MAX_ENTRIES == 10_000
    monkeypatch.setenv(INDEX_MAX_ENV, " 5000 ")
    assert index_max_entries() == 5000


@pytest.mark.parametrize("value", ["many", "-1", "1e5", "12.5", "\u0661\u0660\u0660"])
def test_a_threshold_that_is_not_a_whole_number_is_refused_by_name(
    value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(INDEX_MAX_ENV, value)
    with pytest.raises(SettingError, match=INDEX_MAX_ENV):
        index_max_entries()


def test_the_command_line_replays_a_long_history_and_says_nothing_wrong(
    long_history: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from docket.cli import cli

    runner = CliRunner()
    kept = runner.invoke(cli, ["posture", str(long_history), "--as-of", "2020-06-01", "--json"])
    monkeypatch.setenv(INDEX_MAX_ENV, "1100")
    streamed = runner.invoke(cli, ["posture", str(long_history), "--as-of", "2020-06-01", "--json"])
    assert kept.exit_code == streamed.exit_code == 0, streamed.output
    assert streamed.output == kept.output
    monkeypatch.setenv(INDEX_MAX_ENV, "lots")
    refused = runner.invoke(cli, ["posture", str(long_history), "--as-of", "2020-06-01"])
    assert refused.exit_code != 0
    assert INDEX_MAX_ENV in refused.output
    assert "Traceback" not in refused.output
