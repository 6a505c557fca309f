"""One exception root for docket; each subclass is named for what went wrong."""

from __future__ import annotations

__all__ = [
    "DocketError",
    "FileRefused",
    "HistoryError",
    "IllegalTransition",
    "InvalidEvent",
    "SettingError",
    "UnknownEventType",
    "WriteFailed",
]


class DocketError(Exception):
    """Root of every error docket raises on purpose."""


class InvalidEvent(DocketError, ValueError):
    """An event's JSON does not describe a valid docket entry."""


class UnknownEventType(InvalidEvent):
    """An event's ``type`` is not in the vocabulary."""


class HistoryError(DocketError, ValueError):
    """A docket history file cannot be read: names the file, the line and the reason."""

    def __init__(self, path: str, line: int | None, reason: str) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class SettingError(DocketError, ValueError):
    """A setting docket reads from the environment holds a value it cannot use: names the
    setting, the value and what it takes."""


class FileRefused(DocketError, ValueError):
    """A file docket was asked to read is not one it will read: missing, unreadable, not a
    regular file (a directory, named pipe or device), or too large. Names the file and why."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class WriteFailed(DocketError, OSError):
    """A file docket was asked to write was not written (and the file there, if any, is as it
    was): its directory is missing or not writable, or a link or special file is in the way.
    Names the file and why."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: cannot write: {reason}")

    def __str__(self) -> str:
        return f"{self.path}: cannot write: {self.reason}"


class IllegalTransition(DocketError):
    """A state machine was asked for a transition its table does not allow."""

    def __init__(self, machine: str, state: str, trigger: str) -> None:
        self.machine = machine
        self.state = state
        self.trigger = trigger
        super().__init__(f"{machine}: cannot {trigger!r} from {state!r}")
