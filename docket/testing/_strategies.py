"""The public strategies: valid docket histories, and histories broken in one known way."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from docket.testing._corrupt import CORRUPTIONS, NEEDS_OPEN_CASE
from docket.testing._docket import Docket
from docket.testing._history import Corruption, History
from docket.testing._steps import ACTIONS, GAPS, build

__all__ = [
    "CORRUPTION_CODES",
    "LATE_FILING_CODES",
    "corrupted_histories",
    "docket_histories",
]

_STEPS = st.tuples(
    st.integers(0, len(ACTIONS) - 1),
    st.integers(0, 255),
    st.integers(0, 255),
    st.integers(0, len(GAPS) - 1),
)


@st.composite
def _dockets(
    draw: st.DrawFn,
    court: str,
    min_entries: int,
    max_entries: int,
    keep_open: bool = False,
    late_filings: bool = True,
) -> Docket:
    number = draw(st.integers(1, 9999))
    opened = draw(st.dates(date(2010, 1, 1), date(2025, 12, 31)))
    steps = draw(st.lists(_STEPS, min_size=min_entries - 1, max_size=max_entries - 1))
    return build(
        court,
        number,
        opened,
        steps,
        keep_open=keep_open,
        late_filings=late_filings,
        max_entries=max_entries,
    )


def _check(court: str, min_entries: int, max_entries: int) -> None:
    if not court:
        raise InvalidArgument("court must be a court id such as 'nmd'")
    if min_entries < 1:
        raise InvalidArgument(f"min_entries={min_entries}: a history has at least the complaint")
    if max_entries < min_entries:
        raise InvalidArgument(f"max_entries={max_entries} is less than min_entries={min_entries}")


def docket_histories(
    *, court: str = "nmd", min_entries: int = 1, max_entries: int = 30, late_filings: bool = True
) -> st.SearchStrategy[History]:
    """Valid, realistic docket histories of one case.

    The complaint comes first (Doc. 1); then motions of every kind (now and then two or three
    in one document, each its own ``part``, which rulings, refilings and ruling conditions
    name, and papers name or leave out to speak to the whole document), responses and replies
    (in time or late), notices of briefing complete, withdrawals, orders that rule on one to
    three pending motions (granted, in part, denied, without prejudice with leave to refile
    now or on a condition, moot), stays of discovery, of the case or as to some parties (until
    a date, pending a motion, or until further order), lifts, vacaturs on reconsideration,
    refiled motions, a scheduling order, answers and notices, judgments, closing, and the
    clerk's corrections and strikes. Filed dates never go backwards and docket numbers
    increase, but for the motions of one document, which share its number. Replay flags no anomaly on them but late responses and replies
    (:data:`LATE_FILING_CODES`), and none at all with ``late_filings=False``.

    Args:
        court: The court id, e.g. ``"nmd"`` (D.N.M.): the case id and the complaint carry it.
        min_entries: The fewest entries, the complaint included (at least 1).
        max_entries: The most entries.
        late_filings: Whether responses and replies are sometimes filed late (more than 14
            days after the motion or the response); ``False`` keeps every one in time.

    Example:
        >>> from hypothesis import given
        >>> @given(docket_histories(max_entries=10))
        ... def test_replay_never_crashes(history):
        ...     docket.replay(history)
    """
    _check(court, min_entries, max_entries)
    dockets = _dockets(court, min_entries, max_entries, late_filings=late_filings)
    return dockets.map(lambda d: History(d.events))


@st.composite
def _corrupted(
    draw: st.DrawFn, court: str, max_entries: int, codes: list[str]
) -> tuple[History, Corruption]:
    code = draw(st.sampled_from(codes))
    keep_open = code in NEEDS_OPEN_CASE
    docket = draw(_dockets(court, 1, max_entries, keep_open=keep_open, late_filings=False))
    choice = draw(st.integers(0, 255))
    corruption = CORRUPTIONS[code](docket, choice)
    return History(docket.events), corruption


def corrupted_histories(
    *, court: str = "nmd", max_entries: int = 20, codes: Iterable[str] | None = None
) -> st.SearchStrategy[tuple[History, Corruption]]:
    """Histories broken in one known way, each with what is wrong.

    Each is a valid history with every filing in time (see :func:`docket_histories`), so
    replay flags nothing on it, with entries added at its end: at most a couple that set the
    scene, then the one bad entry, which replay flags, and nothing else. The :class:`Corruption` names
    the anomaly code replay must flag and the entry it must flag: an order, response or
    withdrawal on a motion that is not on the docket (``unknown_motion``), a ruling on a motion
    already decided (``already_decided``), a vacatur of a pending motion (``not_decided``), a
    withdrawal of a decided motion (``not_pending``), a reply with no response
    (``reply_without_response``), a reused docket number or id, an entry from another case,
    a lift with no stay to lift, a correction of an entry that does not exist, a filed date
    out of docket order, a motion to compel during a stay of discovery, a motion refiled
    before leave opens, a notice extending a time to reply that does not run, a ruling on a
    document holding several motions that does not say which (``ambiguous_motion``).

    Args:
        court: The court id, e.g. ``"nmd"``.
        max_entries: The most entries in the valid history underneath.
        codes: Only corruptions that replay flags with these anomaly codes (default: every
            one in :data:`CORRUPTION_CODES`).
    """
    _check(court, 1, max_entries)
    chosen = sorted(CORRUPTIONS if codes is None else set(codes))
    unknown = [c for c in chosen if c not in CORRUPTIONS]
    if unknown or not chosen:
        known = ", ".join(sorted(CORRUPTIONS))
        raise InvalidArgument(f"no corruption for codes {unknown or 'none'} (known: {known})")
    return _corrupted(court, max_entries, chosen)


#: The anomaly codes replay flags on a late response or reply in a valid history.
LATE_FILING_CODES = frozenset({"late_response", "late_reply"})

#: The anomaly codes :func:`corrupted_histories` can make replay flag.
CORRUPTION_CODES = frozenset(CORRUPTIONS)
