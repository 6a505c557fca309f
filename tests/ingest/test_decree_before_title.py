"""An entry that opens with the court's decree ("IT IS ORDERED", "ORDERED AND ADJUDGED") and
then names a paper's title is an order ruling on that paper, not the paper itself."""

from __future__ import annotations

import pytest

from docket.events import Disposition
from docket.ingest.classify import classify


@pytest.mark.parametrize(
    ("text", "disposition"),
    [
        (
            "IT IS ORDERED Defendant's Motion to Transfer Venue (Doc. #31) is GRANTED. "
            "Signed on 3/4/19 by District Judge Jane Roe.",
            Disposition.GRANTED,
        ),
        (
            "IT IS ORDERED AND ADJUDGED Plaintiff's Motion for Remand (Doc. 31) is DENIED.",
            Disposition.DENIED,
        ),
    ],
)
def test_a_decree_naming_a_motion_is_an_order_on_it(text: str, disposition: Disposition) -> None:
    draft = classify(text)
    assert draft.type == "order"
    assert [(r.disposition, r.docs) for r in draft.rulings] == [(disposition, (31,))]


def test_a_motion_asking_for_an_order_is_still_a_motion() -> None:
    assert classify("MOTION for Order Compelling Discovery by Jane Doe.").type == "motion_filed"
