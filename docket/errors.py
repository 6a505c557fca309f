"""One exception root for docket; each subclass is named for what went wrong."""

from __future__ import annotations

__all__ = [
    "DocketError",
    "HistoryError",
    "IllegalTransition",
    "InvalidEvent",
    "UnknownEventType",
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


class IllegalTransition(DocketError):
    """A state machine was asked for a transition its table does not allow."""

    def __init__(self, machine: str, state: str, trigger: str) -> None:
        self.machine = machine
        self.state = state
        self.trigger = trigger
        super().__init__(f"{machine}: cannot {trigger!r} from {state!r}")
