"""A denial without prejudice written short: "w/o prejudice" and "w/out prejudice" are
"without prejudice" (a denial that leaves the movant free to file again)."""

from __future__ import annotations

import pytest

from docket.events import Disposition
from docket.ingest._orders import order


def _read(text: str) -> dict[int, Disposition]:
    return {n: r.disposition for r in order(text, None, "", 5).rulings for n in r.docs}


@pytest.mark.parametrize(
    "text",
    [
        "ORDER denying w/out prejudice 14 Motion to Compel. Signed by Judge Roe.",
        "ORDER denying 14 Motion to Compel w/out prejudice. Signed by Judge Roe.",
        "ORDER: the motion to compel (ECF No. 14) is DENIED w/out prejudice.",
    ],
)
def test_a_denial_w_out_prejudice_is_a_denial_without_prejudice(text: str) -> None:
    assert _read(text) == {14: Disposition.DENIED_WITHOUT_PREJUDICE}
