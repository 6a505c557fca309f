"""The user's files, read and written safely.

Every docket history, docket sheet and exported file docket reads or writes goes through
here, so that:

* Reading refuses what is not a regular file (a directory, a named pipe, a character or
  block device such as ``/dev/zero``, a socket) before reading a byte, and refuses a file
  larger than a stated limit without reading it whole. The file is opened without blocking
  and checked again once open, so a named pipe swapped in after the first check cannot
  hang the command.
* Writing never leaves a half-written file and never writes through a planted link: the
  bytes go to a new temporary file beside the target (created exclusively, never following
  a link), are flushed to disk, and the temporary file is renamed over the target. A
  symbolic link, directory or special file at the target is refused, not replaced.
* A read-modify-write (``docket import --into``) holds :func:`locked` throughout, so two
  commands adding to one history at once both land.

Failures are :class:`~docket.errors.FileRefused` (reading) and
:class:`~docket.errors.WriteFailed` (writing), each naming the file and the reason.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from docket.errors import FileRefused, WriteFailed

__all__ = [
    "HISTORY_LIMIT",
    "SHEET_LIMIT",
    "FileRefused",
    "WriteFailed",
    "lock_path",
    "locked",
    "open_limited",
    "read_limited",
    "write_atomically",
]

#: The largest docket history read, in bytes: 1 GiB. A 100,000-entry history (the
#: benchmarks' largest) is about 31 MB, so this leaves room for some 3 million entries.
HISTORY_LIMIT = 1 << 30

#: The largest docket sheet (juriscraper or CourtListener JSON, PACER HTML) read: 256 MiB.
#: The largest real sheets in the fixtures are under 1 MB; a sheet is decoded whole.
SHEET_LIMIT = 256 << 20

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISLNK, "a symbolic link"),
)


def _kind(mode: int) -> str:
    """What a file that is not a regular file is, in words."""
    for test, words in _KINDS:
        if test(mode):
            return words
    return "not a regular file"


def _size(limit: int) -> str:
    """A byte count in words: ``1 GiB``, ``256 MiB``, ``10 bytes``."""
    for shift, unit in ((30, "GiB"), (20, "MiB"), (10, "KiB")):
        if limit >= 1 << shift and limit % (1 << shift) == 0:
            return f"{limit >> shift} {unit}"
    return f"{limit} bytes"


def _reason(e: OSError) -> str:
    if isinstance(e, FileNotFoundError):
        return "no such file"
    return (e.strerror or str(e)).lower()


def _check_regular(name: str, st: os.stat_result, what: str) -> None:
    if not stat.S_ISREG(st.st_mode):
        raise FileRefused(name, f"is {_kind(st.st_mode)}, not {what}")


def _check_size(name: str, size: int, limit: int, what: str) -> None:
    if size > limit:
        raise FileRefused(name, f"is larger than {_size(limit)}, the most docket reads as {what}")


def open_limited(path: str | Path, limit: int, what: str = "a regular file") -> BinaryIO:
    """Open a regular file of at most ``limit`` bytes for reading.

    The path is checked before it is opened (a named pipe or device is never opened), then
    opened without blocking and checked again: what was opened is what was checked.

    Args:
        path: The file. A symbolic link is followed (reading through one is harmless).
        limit: The largest size accepted, in bytes.
        what: What the file should be, for the message (``"a docket history"``).

    Raises:
        FileRefused: Missing, unreadable, not a regular file, or larger than ``limit``.
    """
    name = str(path)
    try:
        _check_regular(name, os.stat(path), what)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as e:
        raise FileRefused(name, _reason(e)) from None
    try:
        st = os.fstat(fd)
        _check_regular(name, st, what)
        _check_size(name, st.st_size, limit, what)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_limited(path: str | Path, limit: int, what: str = "a regular file") -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes (see :func:`open_limited`).

    At most ``limit + 1`` bytes are read, so a file that grows past the limit after it was
    checked is refused all the same.

    Raises:
        FileRefused: As :func:`open_limited`, or the file cannot be read.
    """
    name = str(path)
    with open_limited(path, limit, what) as handle:
        try:
            data = handle.read(limit + 1)
        except OSError as e:
            raise FileRefused(name, _reason(e)) from None
    _check_size(name, len(data), limit, what)
    return data


def _writable_target(name: str, target: Path) -> os.stat_result | None:
    """The target's status if it is a regular file, ``None`` if it does not exist yet.

    Raises:
        WriteFailed: The target is a symbolic link, a directory or a special file.
    """
    try:
        st = os.lstat(target)
    except FileNotFoundError:
        return None
    except OSError as e:
        raise WriteFailed(name, _reason(e)) from None
    if stat.S_ISLNK(st.st_mode):
        raise WriteFailed(
            name, "is a symbolic link; docket does not replace links (write to the file it names)"
        )
    if not stat.S_ISREG(st.st_mode):
        raise WriteFailed(name, f"is {_kind(st.st_mode)}, not a regular file")
    return st


def _directory_reason(name: str, directory: Path, e: OSError) -> WriteFailed:
    if isinstance(e, FileNotFoundError | NotADirectoryError):
        return WriteFailed(name, f"no such directory: {directory}")
    if isinstance(e, PermissionError) or e.errno == errno.EROFS:
        return WriteFailed(name, f"directory {directory} is not writable ({_reason(e)})")
    return WriteFailed(name, _reason(e))


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_directory(directory: Path) -> None:
    """Flush the directory's entry for the renamed file (best effort: not every file
    system can)."""
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_atomically(path: str | Path, data: bytes | str) -> None:
    """Replace the file at ``path`` with ``data`` (text is written as UTF-8), all or nothing.

    The bytes go to a new temporary file ``.NAME.XXXXXXXX.tmp`` in the target's directory,
    created exclusively (never following a link), flushed to disk and renamed over the
    target; the directory is then flushed too. A file replaced keeps its permission bits
    (and, where allowed, its owner); a new file gets the usual ``0666`` less the umask. On
    any failure the temporary file is removed and the target is as it was.

    A symbolic link at ``path`` is refused rather than replaced: replacing it would silently
    turn a link the user made into a plain file, and writing through it could overwrite a
    file elsewhere.

    This takes no lock: a caller that read the file first holds :func:`locked`.

    Raises:
        WriteFailed: The directory is missing or not writable, the target is a link, a
            directory or a special file, or the disk refused the bytes.
    """
    import tempfile  # only writers pay for it: reading a history is on every query's path

    name = str(path)
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    directory = target.parent
    before = _writable_target(name, target)
    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as e:
        raise _directory_reason(name, directory, e) from None
    try:
        try:
            if before is None:
                os.fchmod(fd, 0o666 & ~_umask())
            else:
                os.fchmod(fd, stat.S_IMODE(before.st_mode))
                if (before.st_uid, before.st_gid) != (os.geteuid(), os.getegid()):
                    with contextlib.suppress(OSError):
                        os.fchown(fd, before.st_uid, before.st_gid)
            view = memoryview(payload)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except OSError as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(e, PermissionError | FileNotFoundError) or e.errno == errno.EROFS:
            raise _directory_reason(name, directory, e) from None
        raise WriteFailed(name, _reason(e)) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_directory(directory)


def lock_path(path: str | Path) -> Path:
    """The lock file of ``path``: ``.NAME.lock`` beside it, there only while a command holds
    the lock."""
    target = Path(path)
    return target.with_name(f".{target.name}.lock")


def _open_lock(name: str, lock: Path) -> int:
    """Open (creating it if need be) the lock file, never following a link or waiting on a
    named pipe planted at its name."""
    flags = os.O_RDONLY | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
    try:
        fd = os.open(lock, flags, 0o600)
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise WriteFailed(name, f"its lock file {lock} is a symbolic link") from None
        raise _directory_reason(name, lock.parent, e) from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise WriteFailed(name, f"its lock file {lock} is {_kind(mode)}")
    return fd


def _still_linked(fd: int, lock: Path) -> bool:
    """Whether the locked file is still the one at the lock file's name (the previous
    holder removes it when done)."""
    try:
        linked = os.stat(lock, follow_symlinks=False)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (linked.st_dev, linked.st_ino) == (held.st_dev, held.st_ino)


@contextlib.contextmanager
def locked(path: str | Path) -> Iterator[None]:
    """Hold the exclusive lock on ``path`` for a read-modify-write; waits while another
    docket command holds it.

    The lock is an advisory ``flock`` on the lock file (see :func:`lock_path`), not on the
    target, because :func:`write_atomically` replaces the target while the lock is held. The
    holder removes the lock file when done; a command that was waiting on the removed file
    finds it gone and locks afresh, so two commands never hold the lock of one path at once.
    The lock file is opened without following a link and must be a regular file, so a link or
    named pipe planted at its name is refused, not followed or waited on.

    Not reentrant: a command holding the lock of ``path`` must not ask for it again.

    Raises:
        WriteFailed: The lock file cannot be created or opened (names the file to write).
    """
    name = str(path)
    lock = lock_path(path)
    while True:
        fd = _open_lock(name, lock)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            if _still_linked(fd, lock):
                break
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(lock)
        os.close(fd)
