"""docket: replay federal civil dockets and read a case's posture on any date.

Example:
    >>> import docket
    >>> posture = docket.replay(docket.load_history("events/lucero-v-clovis.jsonl"))
"""

from docket.errors import DocketError, HistoryError, InvalidEvent, UnknownEventType
from docket.history import load_history
from docket.posture import Posture
from docket.replay import replay
from docket.replayer import Replayer

__all__ = [
    "DocketError",
    "HistoryError",
    "InvalidEvent",
    "Posture",
    "Replayer",
    "UnknownEventType",
    "load_history",
    "replay",
]
