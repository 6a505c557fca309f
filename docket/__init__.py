"""docket: replay federal civil dockets and read a case's posture on any date.

Example:
    >>> import docket
    >>> posture = docket.replay(docket.load_history("events/lucero-v-clovis.jsonl"))

The names below load on first use, so that a command that reads a kept posture index does
not pay for importing the replay engine and the rules.
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

from docket._lazy import lazy_names

if TYPE_CHECKING:
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

_HOMES = {
    "DocketError": "docket.errors",
    "HistoryError": "docket.errors",
    "InvalidEvent": "docket.errors",
    "UnknownEventType": "docket.errors",
    "load_history": "docket.history",
    "Posture": "docket.posture",
    "replay": "docket.replay",
    "Replayer": "docket.replayer",
}


__getattr__, __dir__ = lazy_names("docket", _HOMES, globals())


class _Package(types.ModuleType):
    """The package, whose ``replay`` is the function even once ``docket.replay`` is imported.

    Importing a submodule sets it as an attribute of its package; the function
    :func:`docket.replay.replay` has always shadowed its module here, and still does.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "replay" and isinstance(value, types.ModuleType):
            value = value.replay
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
