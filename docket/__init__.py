"""docket: replay federal civil dockets and read a case's posture on any date.

Example:
    >>> import docket
    >>> posture = docket.replay(docket.load_history("events/lucero-v-clovis.jsonl"))

The names below load on first use, so that a command that reads a kept posture index does
not pay for importing the replay engine and the rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docket._runtime import lazy_names

if TYPE_CHECKING:
    from docket.engine import Replayer, replay
    from docket.errors import DocketError, HistoryError, InvalidEvent, UnknownEventType
    from docket.history import load_history, replay_history
    from docket.posture import Posture

__all__ = [
    "DocketError",
    "HistoryError",
    "InvalidEvent",
    "Posture",
    "Replayer",
    "UnknownEventType",
    "load_history",
    "replay",
    "replay_history",
]

_HOMES = {
    "DocketError": "docket.errors",
    "HistoryError": "docket.errors",
    "InvalidEvent": "docket.errors",
    "UnknownEventType": "docket.errors",
    "load_history": "docket.history",
    "Posture": "docket.posture",
    "replay": "docket.engine",
    "Replayer": "docket.engine",
    "replay_history": "docket.history",
}


__getattr__, __dir__ = lazy_names("docket", _HOMES, globals())
