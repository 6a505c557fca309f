"""A denial "without prejudice to reconsideration" of the request leaves the movant free to
ask again: leave to refile, as "without prejudice to renewal" gives."""

from __future__ import annotations

from docket.events import Disposition
from docket.ingest._orders import order


def test_a_denial_without_prejudice_to_reconsideration_gives_leave() -> None:
    text = (
        "ORDER denying Plaintiff's 8 MOTION to Appoint Counsel without prejudice to "
        "reconsideration of the request. Signed by Judge Jane Roe."
    )
    (ruling,) = order(text, None, "", 5).rulings
    assert ruling.docs == (8,)
    assert ruling.disposition is Disposition.DENIED_WITHOUT_PREJUDICE
    assert ruling.leave is not None
