"""More words for a ruling that grants part of what a motion asked.

"PARTIALLY GRANTED", "partially granting", "GRANTED in limited part", "GRANTED except as to
...", "DENIED except as to ..." are granted in part; "GRANTED as unopposed", "granted in its
entirety" and an "Except ..." opening the next sentence are not.
"""

from __future__ import annotations

import pytest

from docket.events import Disposition
from docket.ingest._orders import order

_D = Disposition


def _read(text: str) -> list[tuple[Disposition, tuple[int, ...]]]:
    return [(r.disposition, r.docs) for r in order(text, None, "", 5).rulings]


@pytest.mark.parametrize(
    "text",
    [
        "ORDER: 14 Motion for Protective Order is PARTIALLY GRANTED. (dd)",
        "ORDER partially granting 14 Motion for Protective Order. (dd)",
        "ORDER: 14 Motion for Protective Order is GRANTED in limited part. (dd)",
        "ORDER: 14 Motion for Protective Order is GRANTED except as to the deposition of Ames.",
        "ORDER: 14 Motion for Protective Order is DENIED, except that the exhibits stay sealed.",
    ],
)
def test_these_words_grant_in_part(text: str) -> None:
    assert _read(text) == [(_D.GRANTED_IN_PART, (14,))]


@pytest.mark.parametrize(
    "text",
    [
        "ORDER: 14 Motion for Protective Order is GRANTED as unopposed. (dd)",
        "ORDER: 14 Motion for Protective Order is granted in its entirety. (dd)",
        "ORDER: 14 Motion for Protective Order is GRANTED. Except as stated, deadlines stand.",
    ],
)
def test_these_words_grant_the_whole(text: str) -> None:
    assert _read(text) == [(_D.GRANTED, (14,))]
