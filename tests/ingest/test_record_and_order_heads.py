"""A record joined to an order in the entry's head ("REPORT OF HEARING AND ORDER", "NOTICE
AND ORDER") is an order: its ruling words rule. A report or a notice alone is not."""

from __future__ import annotations

from docket.events import Disposition
from docket.ingest.classify import classify


def test_a_report_of_a_hearing_and_order_rules() -> None:
    draft = classify(
        "REPORT OF STATUS CONFERENCE AND ORDER: discovery to close 3/1/22; denies without "
        "prejudice 17 Motion to Amend Schedule. So Ordered by Magistrate Judge Jane Roe."
    )
    assert draft.type == "order"
    assert [(r.disposition, r.docs) for r in draft.rulings] == [
        (Disposition.DENIED_WITHOUT_PREJUDICE, (17,))
    ]


def test_a_notice_and_order_is_an_order() -> None:
    assert classify("NOTICE AND ORDER setting a status conference for 4/2/22.").type == "order"


def test_a_report_alone_is_no_order() -> None:
    assert classify("REPORT of Rule 26(f) Planning Meeting by Jane Doe.").type != "order"
