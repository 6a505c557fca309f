"""The posture index kept for a history file: in the user's cache, used only while sound,
rebuilt otherwise, and never able to run code or give another docket's answer."""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import stat
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from docket import replay
from docket.audit import index_file
from docket.audit.index import PostureIndex
from docket.audit.kept import (
    CACHE_ENV,
    cache_root,
    history_shape,
    index_path,
    posture_from_file,
    source_stamp,
)
from docket.errors import HistoryError
from docket.events import CaseClosed, dump_event
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


def _kept(history: Path) -> Path:
    return index_path(source_stamp(history.read_bytes()))


def test_a_kept_index_answers_as_a_replay_does_on_every_day(history: Path) -> None:
    events = load_history(history)
    for day in DAYS:
        found, how = posture_from_file(history, day, use_index=True)
        assert found == replay(events, as_of=day)
        assert how in ("built", "read")
    assert _kept(history).is_file()
    assert posture_from_file(history, DAYS[2], use_index=True)[1] == "read"


def test_the_index_is_kept_in_the_cache_named_by_the_history_and_never_beside_it(
    history: Path,
) -> None:
    posture_from_file(history, DAYS[3], use_index=True)
    digest = hashlib.sha256(history.read_bytes()).hexdigest()
    assert _kept(history).parent == cache_root()
    assert _kept(history).name.startswith(digest)
    assert sorted(p.name for p in history.parent.iterdir()) == ["lucero.jsonl"]


def test_the_cache_directory_is_made_private_to_the_user(history: Path) -> None:
    posture_from_file(history, DAYS[3], use_index=True)
    assert stat.S_IMODE(cache_root().stat().st_mode) == 0o700
    assert stat.S_IMODE(_kept(history).stat().st_mode) == 0o600


def test_a_cache_others_may_write_is_neither_read_nor_written(history: Path) -> None:
    posture_from_file(history, DAYS[3], use_index=True)
    cache_root().chmod(0o777)
    before = _kept(history).read_bytes()
    found, how = posture_from_file(history, DAYS[3], use_index=True)
    assert how == "not_writable"
    assert found == replay(load_history(history), as_of=DAYS[3])
    assert _kept(history).read_bytes() == before


def test_a_cache_that_is_a_link_is_neither_read_nor_written(
    history: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    (tmp_path / "link").symlink_to(elsewhere)
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "link"))
    found, how = posture_from_file(history, DAYS[3], use_index=True)
    assert how == "not_writable"
    assert found == replay(load_history(history), as_of=DAYS[3])
    assert list(elsewhere.iterdir()) == []


def test_an_index_reached_through_a_link_is_not_read(history: Path, tmp_path: Path) -> None:
    posture_from_file(history, DAYS[3], use_index=True)
    moved = tmp_path / "moved-index"
    _kept(history).rename(moved)
    _kept(history).symlink_to(moved)
    assert posture_from_file(history, DAYS[3], use_index=True)[1] == "built"
    assert not _kept(history).is_symlink()  # replaced, not followed
    assert posture_from_file(history, DAYS[3], use_index=True)[1] == "read"


def test_a_short_history_is_replayed_and_gets_no_index_unless_asked(history: Path) -> None:
    _, how = posture_from_file(history, DAYS[2])
    assert how == "replayed"
    assert not _kept(history).exists()


def test_no_index_replays_and_leaves_a_kept_index_alone(history: Path) -> None:
    posture_from_file(history, DAYS[2], use_index=True)
    before = _kept(history).read_bytes()
    _, how = posture_from_file(history, DAYS[2], use_index=False)
    assert how == "replayed"
    assert _kept(history).read_bytes() == before


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
    stale = _kept(history).read_bytes()
    monkeypatch.setattr(index_file, "_fingerprint", "another release of docket")
    _kept(history).write_bytes(stale)  # even at this engine's name
    assert posture_from_file(history, DAYS[3], use_index=True)[1] == "built"


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",
        lambda data: data[: len(data) // 2],
        lambda data: data[:40] + b"\x00" * (len(data) - 40),
        lambda data: b"not an index at all\n" + data,
        lambda data: data[:-200] + bytes(range(200)),
    ],
    ids=["empty", "truncated", "zeroed header", "wrong magic", "garbled tail"],
)
def test_a_damaged_index_is_rebuilt_and_never_believed(history: Path, damage) -> None:
    posture_from_file(history, DAYS[3], use_index=True)
    kept_file = _kept(history)
    kept_file.write_bytes(damage(kept_file.read_bytes()))
    for day in DAYS:
        found, how = posture_from_file(history, day, use_index=True)
        assert found == replay(load_history(history), as_of=day)
    assert how == "read"  # rebuilt once, then read


def test_a_header_claiming_a_terabyte_is_a_missing_index_not_a_memory_error(
    history: Path,
) -> None:
    posture_from_file(history, DAYS[3], use_index=True)
    data = bytearray(_kept(history).read_bytes())
    data[len(index_file.MAGIC) : len(index_file.MAGIC) + 8] = (2**40).to_bytes(8, "big")
    _kept(history).write_bytes(bytes(data))
    found, how = posture_from_file(history, DAYS[3], use_index=True)
    assert (found, how) == (replay(load_history(history), as_of=DAYS[3]), "built")


def test_a_part_claiming_to_inflate_past_the_ceiling_is_damage(
    history: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    posture_from_file(history, DAYS[3], use_index=True)
    monkeypatch.setattr(index_file, "MAX_BLOB", 16)
    found, how = posture_from_file(history, DAYS[3], use_index=True)
    assert (found, how) == (replay(load_history(history), as_of=DAYS[3]), "built")


class _RunsCode:
    """What a planted index's header unpickles to: a shell command, run."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, (f"touch {self.marker}",))


def _old_sealed_index(marker: Path, magic: bytes = b"docket posture index 3\n") -> bytes:
    """A planted index exactly as the old writer laid one out: magic line, the header's
    length and its SHA-256, then a pickled header (here, one that runs a command)."""
    header = pickle.dumps(_RunsCode(marker), protocol=pickle.HIGHEST_PROTOCOL)
    return magic + len(header).to_bytes(8, "big") + hashlib.sha256(header).digest() + header


def test_the_old_sealed_pickle_index_beside_the_history_or_in_the_cache_runs_nothing(
    history: Path, tmp_path: Path
) -> None:
    marker = tmp_path / "pwned"
    evil = _old_sealed_index(marker)
    # The planted file really runs code under the old reader's pickle.loads.
    pickle.loads(evil[len(b"docket posture index 3\n") + 40 :])
    assert marker.exists()
    marker.unlink()
    (history.parent / f".{history.name}.docket-index").write_bytes(evil)
    cache_root().mkdir(mode=0o700, parents=True)
    _kept(history).write_bytes(evil)
    for day in DAYS:
        found, _ = posture_from_file(history, day, use_index=True)
        assert found == replay(load_history(history), as_of=day)
    assert not marker.exists()


def test_a_pickled_header_behind_the_new_magic_and_checksum_runs_nothing(
    history: Path, tmp_path: Path
) -> None:
    marker = tmp_path / "pwned"
    cache_root().mkdir(mode=0o700, parents=True)
    _kept(history).write_bytes(_old_sealed_index(marker, index_file.MAGIC))
    found, how = posture_from_file(history, DAYS[3], use_index=True)
    assert (found, how) == (replay(load_history(history), as_of=DAYS[3]), "built")
    assert not marker.exists()


def _closed_copy(history: Path, tmp_path: Path) -> Path:
    """Another history: this one, and then the clerk closes the case."""
    events = list(load_history(history))
    closing = CaseClosed(id="other/99", case=events[0].case, filed=date(2020, 1, 5), doc=99)
    other = tmp_path / "other.jsonl"
    other.write_text("".join(dump_event(e) + "\n" for e in [*events, closing]))
    return other


def _plant(history: Path, index: bytes) -> None:
    cache_root().mkdir(mode=0o700, parents=True, exist_ok=True)
    _kept(history).write_bytes(index)


def test_another_historys_index_restamped_with_this_ones_sha256_is_not_believed(
    history: Path, tmp_path: Path
) -> None:
    other = _closed_copy(history, tmp_path)
    forged = index_file.dump_index(
        PostureIndex(load_history(other)),
        source_stamp(history.read_bytes()),  # this history's stamp
        history_shape(other.read_bytes()),  # the shape it was built from
    )
    _plant(history, forged)
    found, how = posture_from_file(history, DAYS[-1], use_index=True)
    assert how == "built"
    assert found.case.status == "open"
    assert found == replay(load_history(history), as_of=DAYS[-1])


def test_another_historys_index_restamped_whole_cannot_close_an_open_case(
    history: Path, tmp_path: Path
) -> None:
    other = _closed_copy(history, tmp_path)
    assert replay(load_history(other), as_of=DAYS[-1]).case.status == "closed"
    forged = index_file.dump_index(
        PostureIndex(load_history(other)),
        source_stamp(history.read_bytes()),
        history_shape(history.read_bytes()),  # this history's case, length and ends
    )
    _plant(history, forged)
    found, how = posture_from_file(history, DAYS[-1], use_index=True)
    assert how == "built"  # the closing entry it cites is not in this history
    assert found.case.status == "open"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only directories")
def test_a_read_only_cache_is_answered_from_without_writing(history: Path) -> None:
    cache_root().mkdir(mode=0o500, parents=True)
    try:
        found, how = posture_from_file(history, DAYS[3], use_index=True)
    finally:
        cache_root().chmod(0o700)
    assert how == "not_writable"
    assert found == replay(load_history(history), as_of=DAYS[3])
    assert not _kept(history).exists()


def test_a_history_in_a_read_only_directory_still_gets_an_index(history: Path) -> None:
    history.parent.chmod(0o555)
    try:
        _, how = posture_from_file(history, DAYS[3], use_index=True)
    finally:
        history.parent.chmod(0o755)
    assert how == "built"
    assert _kept(history).is_file()


def test_an_index_that_cannot_be_written_leaves_no_temporary_file(
    history: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(source: object, target: object) -> None:
        raise PermissionError("read-only file system")

    monkeypatch.setattr(os, "replace", refuse)
    found, how = posture_from_file(history, DAYS[3], use_index=True)
    assert how == "not_writable"
    assert found == replay(load_history(history), as_of=DAYS[3])
    assert list(cache_root().iterdir()) == []


def test_an_index_that_disagrees_with_a_fresh_replay_is_not_kept(
    history: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wrong = replay(load_history(history), as_of=date(2019, 1, 1))
    monkeypatch.setattr(PostureIndex, "posture", lambda self, as_of=None: wrong)
    found, how = posture_from_file(history, DAYS[3], use_index=True)
    assert how == "check_failed"
    assert found == replay(load_history(history), as_of=DAYS[3])
    assert not _kept(history).exists()


def test_a_bad_line_is_reported_with_its_file_and_line_whatever_the_index(
    history: Path,
) -> None:
    posture_from_file(history, DAYS[3], use_index=True)
    with history.open("a") as f:
        f.write('{"type": "motion_filed"}\n')
    with pytest.raises(HistoryError) as error:
        posture_from_file(history, DAYS[3], use_index=True)
    assert f"{history}:8" in str(error.value)


def test_the_shape_of_a_history_is_its_case_line_count_and_first_and_last_ids() -> None:
    shape = history_shape(b'\n{"id": "a", "case": "c"}\n  \n{"id": "b"}\nnot json\n{"id": "z"}\n')
    assert (shape.case, shape.entries, shape.first, shape.last) == ("c", 6, "a", "z")
    assert history_shape(b"  \n").entries == 0
    assert history_shape(b'{"id": "only"}').first == history_shape(b'{"id": "only"}').last


@pytest.fixture(scope="module")
def lucero_index(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, str, index_file.Shape]:
    """Lucero's kept index as bytes, with what it was built from."""
    data = LUCERO.read_bytes()
    source, shape = source_stamp(data), history_shape(data)
    return index_file.dump_index(PostureIndex(load_history(LUCERO)), source, shape), source, shape


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(
    flips=st.lists(
        st.tuples(st.floats(0, 1, exclude_max=True), st.integers(1, 255)), min_size=1, max_size=4
    )
)
def test_an_index_with_any_bytes_flipped_is_never_believed_wrongly(
    lucero_index: tuple[bytes, str, index_file.Shape], flips: list[tuple[float, int]]
) -> None:
    original, source, shape = lucero_index
    data = bytearray(original)
    for where, mask in flips:
        data[int(where * len(data))] ^= mask
    events = load_history(LUCERO)
    found = index_file.StoredIndex.read(
        index_file.bytes_reader(bytes(data)), source=source, shape=shape
    )
    for day in DAYS:
        try:
            answer = None if found is None else found.posture(day)
        except ValueError:
            answer = None  # damage found: the reader rebuilds
        assert answer is None or answer == replay(events, as_of=day)


def test_every_single_byte_flip_of_an_index_is_caught_or_harmless(
    lucero_index: tuple[bytes, str, index_file.Shape],
) -> None:
    original, source, shape = lucero_index
    events = load_history(LUCERO)
    truth = {day: replay(events, as_of=day) for day in DAYS}
    for where in range(0, len(original), max(1, len(original) // 400)):
        data = bytearray(original)
        data[where] ^= 0x5A
        found = index_file.StoredIndex.read(
            index_file.bytes_reader(bytes(data)), source=source, shape=shape
        )
        for day in DAYS:
            try:
                answer = None if found is None else found.posture(day)
            except ValueError:
                answer = None
            assert answer is None or answer == truth[day], (where, day)


def test_reading_an_index_needs_no_pickle() -> None:
    source = (ROOT / "docket").rglob("*.py")
    assert not [p for p in source if "pickle" in p.read_text()]
