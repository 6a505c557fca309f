"""Hypothesis strategies for docket histories: test your own procedural rules on every docket.

Install with ``pip install 'docket[testing]'`` (Hypothesis is an optional extra).

* :func:`docket_histories` draws valid, realistic histories of one case;
* :func:`corrupted_histories` draws histories broken in one known way, each with the
  :class:`Corruption` that says which anomaly replay must flag, on which entry;
* :func:`docket_events` draws single entries of every kind, valid or not as a history.

A failing example shrinks to a handful of entries and prints as a docket sheet (see
:class:`History`).

Example:
    >>> from hypothesis import given
    >>> from docket import replay
    >>> from docket.testing import docket_histories
    >>> @given(docket_histories(court="nmd", max_entries=20))
    ... def test_a_closed_case_has_no_stay_in_force(history):
    ...     posture = replay(history)
    ...     if posture.case.status == "closed":
    ...         assert all(s.status == "lifted" for s in posture.discovery.stays)
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401
except ModuleNotFoundError as e:  # pragma: no cover - depends on the environment
    raise ModuleNotFoundError(
        "docket.testing needs Hypothesis: pip install 'docket[testing]'", name=e.name
    ) from e

from docket.testing._events import docket_conditions, docket_events
from docket.testing._history import Corruption, History, summarize
from docket.testing._strategies import (
    CORRUPTION_CODES,
    LATE_FILING_CODES,
    corrupted_histories,
    docket_histories,
)

__all__ = [
    "CORRUPTION_CODES",
    "LATE_FILING_CODES",
    "Corruption",
    "History",
    "corrupted_histories",
    "docket_conditions",
    "docket_events",
    "docket_histories",
    "summarize",
]
