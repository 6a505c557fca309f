"""Words about a ruling that is not yet made are no ruling.

A tentative ruling ("TENTATIVE RULING: ... is GRANTED", "the Court tentatively GRANTS"), a
proposed order ("submit a proposed order granting 12 Motion"), and a future passive under a
condition ("Absent objection by May 1, 12 Motion shall be granted") leave the motion pending;
the order is flagged for review. The Court's own present ruling, with an opinion to follow,
rules.
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
        "TENTATIVE RULING: 12 Motion for Summary Judgment is GRANTED. (ee)",
        "ORDER: The Court tentatively DENIES 12 Motion for Summary Judgment. (ee)",
        "ORDER: Counsel shall submit a proposed order granting 12 Motion for Summary Judgment.",
        "ORDER: Defendant's proposed order denying 12 Motion to Strike is due by 5/1/2016.",
        "ORDER: Absent objection by 5/1/2016, 12 Motion to Strike shall be granted. (ee)",
        "ORDER: Unless Plaintiff responds, 12 Motion to Strike will be deemed granted. (ee)",
    ],
)
def test_a_ruling_not_yet_made_rules_on_nothing(text: str) -> None:
    assert all(12 not in docs for _, docs in _read(text))


@pytest.mark.parametrize(
    "text",
    [
        "ORDER: The Court hereby GRANTS 12 Motion to Strike; an opinion will follow. (ee)",
        "ORDER: 12 Motion to Strike shall be GRANTED. (ee)",
    ],
)
def test_a_present_ruling_with_an_opinion_to_follow_rules(text: str) -> None:
    assert _read(text) == [(_D.GRANTED, (12,))]
