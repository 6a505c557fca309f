"""The replay engine: the only code that folds docket entries into working state.

Its surface is read-only: :func:`replay` (events -> posture on a date),
:func:`replay_stream` (the same, reading the entries as it goes, never holding them), :class:`Replayer`
(replay that continues as entries are docketed) and :class:`Fold` (the fold itself, for the
audit index: ``run_until``, ``posture``), with the two time axes :func:`effective_date`
(valid time) and :func:`known_date` (knowledge time).

Modules: ``fold`` (the fold and ``replay``), ``continuing`` (``Replayer``), ``world`` (the
working state), ``entries`` (one handler per kind of entry), ``orders`` (rulings, stays,
lifts, extensions), ``briefing`` and ``deadlines`` (each motion's briefing and the deadlines
that run), ``conditions`` (three-valued truth of a condition), ``numbering`` (docket order),
``streaming`` (``replay_stream``), ``freeze`` (working state -> posture facts) and ``changes`` (the facts the audit index
tracks).

The names load on first use, so that reading a kept index (which needs only ``changes``)
does not import the fold.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docket._runtime import lazy_names

if TYPE_CHECKING:
    from docket.engine.continuing import Replayer
    from docket.engine.fold import Fold, effective_date, known_date, replay
    from docket.engine.streaming import replay_stream

__all__ = ["Fold", "Replayer", "effective_date", "known_date", "replay", "replay_stream"]

_HOMES = {
    "Fold": "docket.engine.fold",
    "Replayer": "docket.engine.continuing",
    "effective_date": "docket.engine.fold",
    "known_date": "docket.engine.fold",
    "replay": "docket.engine.fold",
    "replay_stream": "docket.engine.streaming",
}

__getattr__, __dir__ = lazy_names("docket.engine", _HOMES, globals())
