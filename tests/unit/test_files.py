"""``docket.files``: the user's files, read and written safely."""

from __future__ import annotations

import fcntl
import os
import stat
import tempfile
from pathlib import Path

import pytest

from docket import files
from docket.errors import FileRefused, HistoryError, WriteFailed
from docket.files import lock_path, locked, read_limited, write_atomically
from docket.history import load_history, read_history_bytes, write_history


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    """A file elsewhere that a planted link points at; it must never change."""
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    path = outside / "victim.txt"
    path.write_text("precious\n", encoding="utf-8")
    return path


def test_a_write_replaces_the_file_whole_and_leaves_nothing_beside_it(tmp_path: Path) -> None:
    target = tmp_path / "case.jsonl"
    target.write_text("old\n", encoding="utf-8")
    write_atomically(target, "new\n")
    assert target.read_text(encoding="utf-8") == "new\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.jsonl"]


def test_a_write_keeps_the_permission_bits_of_the_file_it_replaces(tmp_path: Path) -> None:
    target = tmp_path / "case.jsonl"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    write_atomically(target, b"new\n")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_new_file_gets_the_usual_permissions_not_the_temporary_files(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_atomically(tmp_path / "new.jsonl", "x\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.jsonl").stat().st_mode) == 0o644


@pytest.mark.parametrize("name", [".case.jsonl.tmp", "case.jsonl.tmp", ".case.jsonl.0.tmp"])
def test_a_link_planted_at_a_temporary_looking_name_is_not_written_through(
    tmp_path: Path, victim: Path, name: str
) -> None:
    (tmp_path / name).symlink_to(victim)
    target = tmp_path / "case.jsonl"
    write_history(target, [])
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert target.read_bytes() == b"" and not target.is_symlink()


def test_a_link_planted_at_the_lock_files_name_is_refused_not_followed(
    tmp_path: Path, victim: Path
) -> None:
    lock_path(tmp_path / "case.jsonl").symlink_to(victim)
    with pytest.raises(WriteFailed, match=r"its lock file .* is a symbolic link"):
        write_history(tmp_path / "case.jsonl", [])
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert not (tmp_path / "case.jsonl").exists()


def test_every_temporary_name_a_write_could_pick_is_created_afresh(
    tmp_path: Path, victim: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Plant links at the exact names mkstemp will try first: it must skip them, never follow.
    names = iter(["planted1", "planted2", "fresh"])

    class Names:
        def __iter__(self) -> Names:
            return self

        def __next__(self) -> str:
            return next(names)

    monkeypatch.setattr(tempfile, "_get_candidate_names", lambda: Names())
    for planted in ("planted1", "planted2"):
        (tmp_path / f".case.jsonl.{planted}.tmp").symlink_to(victim)
    write_atomically(tmp_path / "case.jsonl", "mine\n")
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert (tmp_path / "case.jsonl").read_text(encoding="utf-8") == "mine\n"


def test_a_link_at_the_target_is_refused_and_left_as_it_was(tmp_path: Path, victim: Path) -> None:
    target = tmp_path / "case.jsonl"
    target.symlink_to(victim)
    with pytest.raises(WriteFailed, match="is a symbolic link"):
        write_atomically(target, "mine\n")
    assert target.is_symlink() and os.readlink(target) == str(victim)
    assert victim.read_text(encoding="utf-8") == "precious\n"


def test_a_directory_or_named_pipe_at_the_target_is_refused(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    os.mkfifo(tmp_path / "p")
    with pytest.raises(WriteFailed, match="d: cannot write: is a directory"):
        write_atomically(tmp_path / "d", "x")
    with pytest.raises(WriteFailed, match=r"p: cannot write: is a named pipe \(FIFO\)"):
        write_atomically(tmp_path / "p", "x")


def test_a_missing_directory_is_named(tmp_path: Path) -> None:
    with pytest.raises(WriteFailed) as caught:
        write_atomically(tmp_path / "nowhere" / "case.jsonl", "x")
    assert str(caught.value) == (
        f"{tmp_path}/nowhere/case.jsonl: cannot write: no such directory: {tmp_path}/nowhere"
    )


def test_a_directory_that_refuses_the_temporary_file_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The suite runs as root, whom a read-only directory does not stop: the refusal is
    # simulated where the operating system would give it.
    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(WriteFailed, match=r"directory .* is not writable \(permission denied\)"):
        write_atomically(tmp_path / "case.jsonl", "x")


def test_a_rename_that_fails_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "case.jsonl"
    target.write_text("old\n", encoding="utf-8")

    def refuse(src: object, dst: object) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(WriteFailed, match="not writable"):
        write_atomically(target, "new\n")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.jsonl"]


def test_a_disk_that_refuses_the_bytes_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "case.jsonl"
    target.write_text("old\n", encoding="utf-8")

    def full(fd: int, data: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "write", full)
    with pytest.raises(WriteFailed, match="no space left on device"):
        write_atomically(target, "new\n")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.jsonl"]


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: p.mkdir(), "is a directory"),
        (lambda p: os.mkfifo(p), r"is a named pipe \(FIFO\)"),
        (lambda p: p.symlink_to("/dev/zero"), "is a character device"),
    ],
    ids=["directory", "fifo", "link-to-dev-zero"],
)
def test_a_file_that_is_not_regular_is_refused_before_it_is_read(
    tmp_path: Path, make: object, words: str
) -> None:
    path = tmp_path / "h.jsonl"
    make(path)  # type: ignore[operator]
    with pytest.raises(HistoryError, match=f"h.jsonl: {words}, not a docket history"):
        read_history_bytes(path)
    with pytest.raises(HistoryError, match=words):
        load_history(path)


def test_a_named_pipe_swapped_in_after_the_check_is_refused_not_waited_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The path was a regular file when checked; a named pipe is there when it is opened.
    path = tmp_path / "h.jsonl"
    os.mkfifo(path)
    (tmp_path / "plain").write_text("", encoding="utf-8")
    regular = os.stat(tmp_path / "plain")
    real_stat = os.stat
    monkeypatch.setattr(
        files.os, "stat", lambda p, **kw: regular if str(p) == str(path) else real_stat(p, **kw)
    )
    with pytest.raises(FileRefused, match=r"is a named pipe \(FIFO\)"):
        read_limited(path, 100)


def test_a_file_larger_than_the_limit_is_refused_with_the_limit_named(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b"x" * 2048)
    assert read_limited(path, 2048) == b"x" * 2048
    with pytest.raises(FileRefused, match="is larger than 1 KiB, the most docket reads as"):
        read_limited(path, 1024)


def test_the_history_limit_leaves_room_for_far_more_than_the_benchmarks_longest() -> None:
    # The benchmarks' 100,000-entry history is about 31 MB (some 313 bytes an entry).
    assert files.HISTORY_LIMIT >= 30 * 100_000 * 313


def test_the_lock_file_is_gone_once_the_lock_is_released(tmp_path: Path) -> None:
    target = tmp_path / "case.jsonl"
    with locked(target):
        assert lock_path(target).is_file()
    assert not lock_path(target).exists()


def test_a_named_pipe_planted_at_the_lock_files_name_is_refused_not_waited_on(
    tmp_path: Path,
) -> None:
    target = tmp_path / "case.jsonl"
    os.mkfifo(lock_path(target))
    with pytest.raises(WriteFailed, match=r"lock file .* is a named pipe"), locked(target):
        pass


def test_a_lock_file_removed_by_the_holder_waited_on_is_locked_afresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A command waiting on the lock wakes when the holder is done, and the holder removed the
    # lock file: a third command may already have made and locked a new one, so the waiter
    # must lock the file now at the name, not the removed one.
    target = tmp_path / "case.jsonl"
    real_flock = fcntl.flock
    taken: list[int] = []

    def flock(fd: int, operation: int) -> None:
        if operation == fcntl.LOCK_EX and not taken:
            os.unlink(lock_path(target))  # the holder waited on removes it as it finishes
        if operation == fcntl.LOCK_EX:
            taken.append(fd)
        real_flock(fd, operation)

    monkeypatch.setattr(files.fcntl, "flock", flock)
    with locked(target):
        assert lock_path(target).is_file()
    assert len(taken) == 2
