"""The reader's appeals: a notice of appeal and a mandate, read only where the words are plain.

Texts are CM/ECF docket text as it appears on the fixture sheets (txed_150129, the
docketanalyzer dockets) or written in the same grammar.
"""

from __future__ import annotations

import pytest

from docket.events import AppealOutcome, Ground
from docket.ingest.classify import classify


def test_a_notice_of_appeal_names_the_orders_appealed_from_and_the_appellant() -> None:
    d = classify(
        "NOTICE OF APPEAL - FEDERAL CIRCUIT as to [25] Order Dismissing Case, [24] Order on "
        "Motion to Dismiss by Clear With Computers LLC. Filing fee $ 505, receipt number 0540-5"
    )
    assert (d.type, d.rule) == ("notice_of_appeal", "appeal.notice")
    assert d.targets == (25, 24)
    assert d.appellants == ("Clear With Computers LLC",)
    assert d.interlocutory is False


def test_a_notice_of_interlocutory_appeal_on_qualified_immunity_lists_each_appellant() -> None:
    d = classify(
        "NOTICE OF INTERLOCUTORY APPEAL as to 60 Order denying qualified immunity by "
        "Defendants John Smith, City of Clovis. Filing fee $ 505"
    )
    assert d.type == "notice_of_appeal" and d.interlocutory
    assert d.targets == (60,)
    assert d.appellants == ("John Smith", "City of Clovis")
    assert d.grounds == (Ground.QUALIFIED_IMMUNITY,)


def test_a_company_keeps_its_llc_and_inc() -> None:
    d = classify(
        "NOTICE OF INTERLOCUTORY APPEAL by Hornblower New York, LLC, Hornblower Group, Inc."
    )
    assert d.appellants == ("Hornblower New York, LLC", "Hornblower Group, Inc")


@pytest.mark.parametrize(
    ("text", "appeal", "outcome"),
    [
        (
            "MANDATE of USCA as to 9 Notice of Appeal filed by Lucas Joseph Roddy the judgment "
            "of the District Court is affirmed. (SWE)",
            (9,),
            AppealOutcome.AFFIRMED,
        ),
        (
            "MANDATE of USCA-FEDERAL CIRCUIT in accordance with the judgment of this Court, "
            "entered February 9, 2016, as to [27] Notice of Appeal",
            (27,),
            None,
        ),
        (
            "MANDATE of USCA (16-30192, 16-30258) as to David Stephens re 105 Notice of Appeal, "
            "88 Notice of Appeal. Appellants motion for voluntary dismissal of consolidated "
            "appeals granted",
            (),
            AppealOutcome.DISMISSED,
        ),
        (
            "MANDATE of USCA as to 12 Notice of Appeal: affirmed in part and reversed in part",
            (12,),
            AppealOutcome.AFFIRMED_IN_PART,
        ),
    ],
)
def test_a_mandate_names_its_appeal_only_when_one_and_its_outcome_only_when_plain(
    text: str, appeal: tuple[int, ...], outcome: AppealOutcome | None
) -> None:
    d = classify(text)
    assert (d.type, d.targets, d.outcome) == ("appeal_decided", appeal, outcome)


def test_the_usca_mandate_event_name_alone_is_a_mandate() -> None:
    assert classify(None, "USCA Mandate (Terminates Appeal)").type == "appeal_decided"


@pytest.mark.parametrize(
    "text",
    [
        "Transmission of Notice of Appeal and Docket Sheet to USCA",
        "AMENDED NOTICE OF APPEAL - PATENT CASE as to [27] Notice of Appeal",
        "NOTICE of Docketing Notice of Appeal from USCA-FEDERAL CIRCUIT re [27] Notice of Appeal",
        "Notice of Appeal fee paid",
        "Mandate Recalled",
        "COURT ORDER denying Motion to recall mandate filed by Appellant Mr. Lucas Roddy.",
    ],
)
def test_papers_about_an_appeal_are_not_read_as_one(text: str) -> None:
    assert classify(text).type not in ("notice_of_appeal", "appeal_decided")
