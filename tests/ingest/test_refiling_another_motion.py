"""Leave to refile that names, by its title, a motion other than the one denied gives the
denied motion no leave: "denying 12 Motion for Leave to File Excess Pages. Acme may refile
its Motion for Leave to Amend ..." denies 12 outright; the same leave naming the denied
motion ("may refile its motion to compel") still makes the denial one without prejudice."""

from __future__ import annotations

from docket.events import Disposition
from docket.ingest._orders import order


def _read(text: str) -> dict[int, Disposition]:
    return {n: r.disposition for r in order(text, None, "", 5).rulings for n in r.docs}


def test_leave_to_refile_another_motion_leaves_the_denial_plain() -> None:
    text = (
        "ORDER denying 12 Motion for Leave to File Excess Pages. Acme may refile its Motion "
        "for Leave to Supplement its Expert Report in compliance with the page limits."
    )
    assert _read(text) == {12: Disposition.DENIED}


def test_leave_to_refile_the_denied_motion_is_still_read() -> None:
    text = (
        "ORDER denying 12 Motion to Compel Production. Acme may refile its motion to compel "
        "in compliance with Local Rule 37.1."
    )
    assert _read(text) == {12: Disposition.DENIED_WITHOUT_PREJUDICE}
