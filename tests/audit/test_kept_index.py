"""The posture index kept beside a history file: used only while sound, rebuilt otherwise."""

from __future__ import annotations

import os
import pickle
import shutil
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from docket import replay
from docket.audit import kept, persist
from docket.audit.index import PostureIndex
from docket.audit.kept import index_path, posture_from_file
from docket.errors import HistoryError
from docket.history import load_history

ROOT = Path(__file__).parents[2]
LUCERO = ROOT / "events" / "lucero-v-clovis.jsonl"
DAYS = [
    date(2019, 5, 1),
    date(2019, 11, 1),
    date(2019, 12, 9),
    date(2019, 12, 10),
    date(2030, 1, 1),
]


@pytest.fixture
def history(tmp_path: Path) -> Path:
    path = tmp_path / "lucero.jsonl"
    shutil.copy(LUCERO, path)
    return path


def test_a_kept_index_answers_as_a_replay_does_on_every_day(history: Path) -> None:
    events = load_history(history)
    for day in DAYS:
        found, how = posture_from_file(history, day, use_index=True)
        assert found == replay(events, as_of=day)
        assert how in ("built", "read")
    assert index_path(history).is_file()
    assert posture_from_file(history, DAYS[2], use_index=True)[1] == "read"


def test_the_index_is_a_hidden_file_beside_the_history(history: Path) -> None:
    assert index_path(history) == history.parent / ".lucero.jsonl.docket-index"


def test_a_short_history_is_replayed_and_gets_no_index_unless_asked(history: Path) -> None:
    _, how = posture_from_file(history, DAYS[2])
    assert how == "replayed"
    assert not index_path(history).exists()


def test_no_index_replays_and_leaves_a_kept_index_alone(history: Path) -> None:
    posture_from_file(history, DAYS[2], use_index=True)
    before = index_path(history).read_bytes()
    _, how = posture_from_file(history, DAYS[2], use_index=False)
    assert how == "replayed"
    assert index_path(history).read_bytes() == before


def test_an_edited_history_makes_its_index_stale_and_the_answer_follows_the_edit(
    history: Path,
) -> None:
    posture_from_file(history, DAYS[3], use_index=True)
    lines = history.read_text().splitlines(keepends=True)
    order = next(i for i, line in enumerate(lines) if '"type": "order"' in line)
    history.write_text("".join(lines[:order] + lines[order + 1 :]))
    found, how = posture_from_file(history, DAYS[3], use_index=True)
    assert how == "built"
    assert found == replay(load_history(history), as_of=DAYS[3])
    assert found.discovery.status == "open"  # the stay order is gone


def test_an_index_built_by_another_engine_is_stale(
    history: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    posture_from_file(history, DAYS[3], use_index=True)
    monkeypatch.setattr(persist, "_fingerprint", "another release of docket")
    assert posture_from_file(history, DAYS[3], use_index=True)[1] == "built"


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",
        lambda data: data[: len(data) // 2],
        lambda data: data[:40] + b"\x00" * (len(data) - 40),
        lambda data: b"not an index at all\n" + data,
        lambda data: data[:-200] + os.urandom(200),
    ],
    ids=["empty", "truncated", "zeroed header", "wrong magic", "garbled tail"],
)
def test_a_damaged_index_is_rebuilt_and_never_believed(history: Path, damage) -> None:
    posture_from_file(history, DAYS[3], use_index=True)
    kept = index_path(history)
    kept.write_bytes(damage(kept.read_bytes()))
    for day in DAYS:
        found, how = posture_from_file(history, day, use_index=True)
        assert found == replay(load_history(history), as_of=day)
    assert how == "read"  # rebuilt once, then read


class _RunsCode:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, ("touch pwned",))


def test_an_index_that_would_run_code_is_refused_and_runs_nothing(
    history: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    source = kept.source_stamp(history.read_bytes())
    header = pickle.dumps(_RunsCode())
    evil = persist.MAGIC + len(header).to_bytes(8, "big") + header
    index_path(history).write_bytes(evil)
    assert persist.StoredIndex.read(persist.bytes_reader(evil), source=source) is None
    found, how = posture_from_file(history, DAYS[3], use_index=True)
    assert how == "built"
    assert found == replay(load_history(history), as_of=DAYS[3])
    assert not (tmp_path / "pwned").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only directories")
def test_a_history_in_a_read_only_directory_is_answered_without_writing(history: Path) -> None:
    history.parent.chmod(0o555)
    try:
        found, how = posture_from_file(history, DAYS[3], use_index=True)
    finally:
        history.parent.chmod(0o755)
    assert how == "not_writable"
    assert found == replay(load_history(history), as_of=DAYS[3])
    assert not index_path(history).exists()


def test_an_index_that_cannot_be_written_leaves_no_temporary_file(
    history: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(self: Path, target: object) -> Path:
        raise PermissionError("read-only file system")

    monkeypatch.setattr(Path, "replace", refuse)
    found, how = posture_from_file(history, DAYS[3], use_index=True)
    assert how == "not_writable"
    assert found == replay(load_history(history), as_of=DAYS[3])
    assert list(history.parent.iterdir()) == [history]


def test_an_index_that_disagrees_with_a_fresh_replay_is_not_kept(
    history: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wrong = replay(load_history(history), as_of=date(2019, 1, 1))
    monkeypatch.setattr(PostureIndex, "posture", lambda self, as_of=None: wrong)
    found, how = posture_from_file(history, DAYS[3], use_index=True)
    assert how == "check_failed"
    assert found == replay(load_history(history), as_of=DAYS[3])
    assert not index_path(history).exists()


def test_a_bad_line_is_reported_with_its_file_and_line_whatever_the_index(
    history: Path,
) -> None:
    posture_from_file(history, DAYS[3], use_index=True)
    with history.open("a") as f:
        f.write('{"type": "motion_filed"}\n')
    with pytest.raises(HistoryError) as error:
        posture_from_file(history, DAYS[3], use_index=True)
    assert f"{history}:8" in str(error.value)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    flips=st.lists(
        st.tuples(st.floats(0, 1, exclude_max=True), st.integers(1, 255)), min_size=1, max_size=4
    )
)
def test_an_index_with_any_bytes_flipped_is_never_believed_wrongly(
    tmp_path: Path, flips: list[tuple[float, int]]
) -> None:
    history = tmp_path / "lucero.jsonl"
    shutil.copy(LUCERO, history)
    posture_from_file(history, DAYS[3], use_index=True)
    kept = index_path(history)
    data = bytearray(kept.read_bytes())
    for where, mask in flips:
        data[int(where * len(data))] ^= mask
    kept.write_bytes(bytes(data))
    events = load_history(history)
    for day in DAYS:
        assert posture_from_file(history, day, use_index=True)[0] == replay(events, as_of=day)
