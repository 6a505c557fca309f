"""How an order's rulings attach to the motions before the court (issue 13).

A recommendation decides nothing (28 U.S.C. 636(b)(1)): the motions it recommends a ruling on
stay pending, and the words about them call for no review. A partial disposition belongs to
its own clause ("GRANTS IN PART AND DENIES AS MOOT IN PART 47" is granted in part; the motion
granted in the clause before stays granted). Words naming one side's motion ("Plaintiff's
request for sanctions") never reach the other side's. A number closing a motion's title may
open a list ("Motion to Compel 61 , 69 is DENIED", "Motions to Extend Time 24 and 26 are
GRANTED re 22 ...") or be joined to another title ("Motion for a Status Conference 63 and
Motion to Amend 72 are DENIED"). So does a plural or "both" subject after the motions an
entry names, a bracketed list whose "]" is lost, and the last item of a serial list after a
related paper. Relief an order gives in its own words beside its rulings grants the one motion
that asked for it. An exception or "in part" in one clause makes that clause's ruling partial,
no other's. The sentences below are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from docket import replay
from docket.ingest import RawDocket, RawEntry, build
from docket.posture import MotionState, Posture

FILED = date(2021, 3, 1)
ORDERED = date(2021, 5, 3)


def _posture(motions: list[tuple[int, str]], order: str, order_doc: int = 200) -> Posture:
    """A docket of a complaint, ``motions`` (number, docket text), then the order."""
    entries = [
        RawEntry(0, FILED, FILED, 1, None, "", "COMPLAINT filed by Plaintiff Ann Lee.", None)
    ]
    for doc, text in motions:
        entries.append(RawEntry(len(entries), FILED, FILED, doc, None, "", text, None))
    entries.append(RawEntry(len(entries), ORDERED, ORDERED, order_doc, None, "", order, None))
    raw = RawDocket("sheet.json", "nmd", "1:21-cv-00100", "Lee v. Acme", FILED, (), tuple(entries))
    return replay(build(raw).events, as_of=ORDERED)


def _motion(posture: Posture, doc: int) -> MotionState:
    return next(m for m in posture.motions if m.doc == doc)


def _read(posture: Posture) -> dict[int | None, tuple[str, bool]]:
    """Each motion's status, and whether it is flagged for review."""
    return {m.doc: (m.status, bool(m.review)) for m in posture.motions}


_DISMISS_AND_STRIKE = [
    (12, "MOTION to Dismiss for Failure to State a Claim by Defendant Acme Corp."),
    (14, "MOTION to Strike Affirmative Defenses by Plaintiff Ann Lee."),
    (16, "MOTION to Compel Discovery Responses by Plaintiff Ann Lee."),
]


# -- a recommendation decides nothing ----------------------------------------------------------


@pytest.mark.parametrize(
    "order",
    [
        "ORDER and FINDINGS AND RECOMMENDATIONS signed by Magistrate Judge Rivera: DENYING 16 "
        "Motion to Compel; RECOMMENDING that 12 MOTION to Dismiss filed by Acme Corp. be "
        "granted and 14 MOTION to Strike filed by Ann Lee be denied.",
        "ORDER AND REPORT AND RECOMMENDATION. The Court DENIES 16 Motion to Compel. The Court "
        "further RECOMMENDS granting 12 Motion to Dismiss and denying 14 Motion to Strike.",
        "ORDER denying 16 Motion to Compel. FINDINGS AND RECOMMENDATIONS: it is recommended "
        "that: (1) 12 Motion to Dismiss be GRANTED; (2) 14 Motion to Strike be DENIED.",
    ],
)
def test_a_recommendation_leaves_its_motions_pending_and_unflagged(order: str) -> None:
    posture = _posture(_DISMISS_AND_STRIKE, order)
    assert _read(posture) == {
        12: ("pending", False),
        14: ("pending", False),
        16: ("denied", False),
    }


@pytest.mark.parametrize(
    "order",
    [
        "ORDER: IT IS ORDERED that 12 Motion to Dismiss be granted and 14 Motion to Strike be "
        "denied.",
        "ORDER: The magistrate judge recommended dismissal. IT IS ORDERED that 12 Motion to "
        "Dismiss be granted and 14 Motion to Strike be denied.",
    ],
)
def test_a_decree_in_the_subjunctive_still_rules(order: str) -> None:
    posture = _posture(_DISMISS_AND_STRIKE, order)
    assert _motion(posture, 12).status == "granted"
    assert _motion(posture, 14).status == "denied"


@pytest.mark.parametrize(
    "order",
    [
        "ORDER ADOPTING 30 Report and Recommendation, as the Magistrate Judge recommended, and "
        "GRANTING 12 Motion to Dismiss.",
        "ORDER ADOPTING 30 REPORT AND RECOMMENDATION recommending that the motion be granted, "
        "and GRANTING 12 MOTION to Dismiss.",
    ],
)
def test_the_adopting_orders_own_verb_rules_after_the_recommendation_it_names(order: str) -> None:
    posture = _posture(_DISMISS_AND_STRIKE, order)
    assert _read(posture)[12] == ("granted", False)


def test_an_order_adopting_a_recommendation_it_describes_is_left_for_review() -> None:
    posture = _posture(
        _DISMISS_AND_STRIKE,
        "ORDER ADOPTING 20 REPORT AND RECOMMENDATIONS recommending that 12 Motion to Dismiss "
        "be granted.",
    )
    assert _read(posture)[12] == ("pending", True)


# -- a partial disposition belongs to its own clause -------------------------------------------


_JUDGMENT_AND_STRIKE = [
    (40, "MOTION for Summary Judgment by Defendant Acme Corp."),
    (47, "MOTION to Strike Portions of Declaration by Defendant Acme Corp."),
]


@pytest.mark.parametrize(
    "order",
    [
        "OPINION AND ORDER: The Court GRANTS 40 Motion for Summary Judgment and GRANTS IN PART "
        "AND DENIES AS MOOT IN PART 47 Motion to Strike.",
        "ORDER granting 40 Motion for Summary Judgment; granting in part and denying without "
        "prejudice in part 47 Motion to Strike.",
        "ORDER denying as moot in part and granting in part 47 Motion to Strike; granting 40 "
        "Motion for Summary Judgment.",
        "ORDER: 47 Motion to Strike is GRANTED in part and DENIED as moot in part. 40 Motion for "
        "Summary Judgment is GRANTED.",
    ],
)
def test_a_qualified_denial_in_part_with_a_grant_in_part_is_granted_in_part(order: str) -> None:
    posture = _posture(_JUDGMENT_AND_STRIKE, order)
    assert _motion(posture, 47).status == "granted_in_part"
    assert _motion(posture, 40).status == "granted"


# -- words naming one side's motion ------------------------------------------------------------


@pytest.mark.parametrize(
    "also",
    [
        "The Court also DENIES Plaintiff's request that the Court enter summary judgment in her "
        "favor.",
        "Plaintiffs' cross-request for summary judgment is DENIED.",
    ],
)
def test_a_ruling_on_the_other_sides_request_does_not_reach_the_numbered_motion(
    also: str,
) -> None:
    posture = _posture(
        _JUDGMENT_AND_STRIKE,
        f"ORDER: The Court GRANTS 40 Motion for Summary Judgment. {also}",
    )
    assert _motion(posture, 40).status == "granted"


@pytest.mark.parametrize(
    "order",
    [
        "Order GRANTING IN PART Defendants' 92 Motion for Sanctions; and DENYING Plaintiff's "
        "request for sanctions.",
        "ORDER granting in part Defendants' 92 Motion for Sanctions. Plaintiff's request for "
        "sanctions is DENIED.",
    ],
)
def test_the_other_sides_request_is_not_the_numbered_motion_before_it(order: str) -> None:
    posture = _posture(
        [
            (92, "MOTION for Sanctions by Defendants Acme Corp., et al."),
            (98, "MOTION for Sanctions by Plaintiff Ann Lee."),
        ],
        order,
    )
    assert _motion(posture, 92).status == "granted_in_part"
    assert _motion(posture, 98).status == "denied"


@pytest.mark.parametrize(
    "order",
    [
        "ORDER: Plaintiff's application is DENIED. Her submissions do not show good cause.",
        "MEMO ENDORSED ORDER: The Court has reviewed the letter. Plaintiff's request is DENIED.",
    ],
)
def test_a_bare_request_of_one_side_is_that_sides_one_pending_motion(order: str) -> None:
    posture = _posture(
        [
            (30, "LETTER MOTION for Leave to File Additional Exhibits by Plaintiff Ann Lee."),
            (31, "MOTION for Summary Judgment by Defendants Acme Corp., Beta LLC."),
        ],
        order,
    )
    assert _read(posture) == {30: ("denied", False), 31: ("pending", False)}


def test_a_bare_request_stays_for_review_when_that_side_has_two_motions_pending() -> None:
    posture = _posture(
        [
            (30, "LETTER MOTION for Leave to File Additional Exhibits by Plaintiff Ann Lee."),
            (32, "MOTION to Compel by Plaintiff Ann Lee."),
            (31, "MOTION for Summary Judgment by Defendants Acme Corp., Beta LLC."),
        ],
        "ORDER: Plaintiff's application is DENIED.",
    )
    read = _read(posture)
    assert read[30] == ("pending", True)
    assert read[32] == ("pending", True)
    assert read[31][0] == "pending"


# -- lists of numbers closing a title ----------------------------------------------------------


@pytest.mark.parametrize(
    ("order", "ruled", "status"),
    [
        (
            "ORDER signed by Magistrate Judge Rivera ORDERING that Plaintiff's MOTION to Compel "
            "61 , 69 is DENIED without prejudice.",
            (61, 69),
            "denied_without_prejudice",
        ),
        (
            "ORDER: Defendant's Motions to Compel 61 and 69 are GRANTED.",
            (61, 69),
            "granted",
        ),
        (
            "ORDER: the Motion to Compel 61, 69 and 70 are DENIED as moot.",
            (61, 69, 70),
            "moot",
        ),
    ],
)
def test_numbers_listed_after_a_motions_title_are_each_ruled_on(
    order: str, ruled: tuple[int, ...], status: str
) -> None:
    posture = _posture(
        [
            (61, "MOTION to Compel Responses to Interrogatories by Plaintiff Ann Lee."),
            (69, "MOTION to Compel Production by Plaintiff Ann Lee."),
            (70, "MOTION to Compel Inspection by Plaintiff Ann Lee."),
        ],
        order,
    )
    for doc in ruled:
        assert _read(posture)[doc] == (status, False)


@pytest.mark.parametrize(
    "order",
    [
        "ORDER that Plaintiffs First and Second Motions to Extend Time 24 and 26 are GRANTED re "
        "22 First MOTION to Dismiss.",
        "ORDER: Plaintiff's Motions for Extension of Time 24 , 26 are GRANTED as to 22 Motion to "
        "Dismiss.",
    ],
)
def test_the_motion_a_listed_ruling_concerns_is_not_ruled_on(order: str) -> None:
    posture = _posture(
        [
            (22, "First MOTION to Dismiss by Defendant Acme Corp."),
            (24, "MOTION to Extend Time to Respond to Motion to Dismiss by Plaintiff Ann Lee."),
            (
                26,
                "Second MOTION to Extend Time to Respond to Motion to Dismiss by Plaintiff Ann Lee.",
            ),
        ],
        order,
    )
    read = _read(posture)
    assert read[24] == ("granted", False)
    assert read[26] == ("granted", False)
    assert read[22][0] == "pending"


@pytest.mark.parametrize(
    "order",
    [
        "ORDER: Defendant's Motion to Dismiss 59 , and plaintiff's Motion for a Status Conference "
        "63 and Motion to Amend 72 are DENIED without prejudice.",
        "ORDER: The Motion for a Status Conference 63 and the Motion to Amend 72 are DENIED "
        "without prejudice, as is the Motion to Dismiss 59 .",
    ],
)
def test_a_number_closing_a_title_joined_to_another_title_is_ruled_on(order: str) -> None:
    posture = _posture(
        [
            (59, "MOTION to Dismiss by Defendant Acme Corp."),
            (63, "MOTION for Status Conference by Plaintiff Ann Lee."),
            (72, "MOTION to Amend Complaint by Plaintiff Ann Lee."),
        ],
        order,
    )
    assert _motion(posture, 63).status == "denied_without_prejudice"
    assert _motion(posture, 72).status == "denied_without_prejudice"


def test_a_rule_cited_before_a_list_of_numbers_is_no_docket_number() -> None:
    from docket.ingest.refs import find_refs, title_numbers

    low = "the motion to preclude testimony pursuant to frcp 26 and 37, dkt. no. 40, is granted."
    assert [r.doc for r in title_numbers(low, find_refs(low))] == [40]


# -- the formal close of an order --------------------------------------------------------------


@pytest.mark.parametrize(
    "order",
    [
        "ORDER adopting the Report and Recommendation (ECF No. 25 ); and denying Plaintiff's "
        "motion for summary judgment (ECF No. 20 ) as premature. IT IS SO ORDERED.",
        "ORDER: Plaintiff's motion for summary judgment [20] is denied as premature. It is so "
        "ordered.",
    ],
)
def test_it_is_so_ordered_rules_on_no_motion_of_the_sentence_before(order: str) -> None:
    posture = _posture([(20, "MOTION for Summary Judgment by Plaintiff Ann Lee.")], order)
    assert _motion(posture, 20).status == "denied"


# -- a possessive glued to its noun --------------------------------------------------------------


@pytest.mark.parametrize(
    "order",
    [
        "ORDER granting in part and denying in part 8 and 9 defendants'motions to Dismiss (as "
        "more fully set out in the Order).",
        "ORDER denying 8 and 9 Defendant'smotions to Dismiss.",
    ],
)
def test_a_list_before_a_possessive_glued_to_motions_is_ruled_on_whole(order: str) -> None:
    posture = _posture(
        [
            (8, "MOTION to Dismiss Official Capacity Claims by Defendants Acme Corp., et al."),
            (9, "MOTION to Dismiss Individual Capacity Claims by Defendants Bo Diaz, et al."),
        ],
        order,
    )
    read = _read(posture)
    assert read[8][0] == read[9][0] != "pending"


# -- "the requested relief" ------------------------------------------------------------------


_CONTINUANCES = [
    (7, "MOTION to Continue Deadlines set forth in the Scheduling Order by Defendant Acme Corp."),
    (8, "Supplemental MOTION to Continue by Defendant Acme Corp."),
]


@pytest.mark.parametrize(
    ("order", "status"),
    [
        (
            "ORDER re 7 MOTION to Continue Deadlines set forth in 4 Initial Scheduling Order and 8 "
            "Supplemental MOTION to Continue. The requested relief is GRANTED, to the extent the "
            "deadlines are extended by sixty days.",
            "granted_in_part",
        ),
        (
            "ORDER on 7 MOTION to Continue Deadlines and 8 Supplemental MOTION to Continue. Upon "
            "review, the relief requested is DENIED.",
            "denied",
        ),
    ],
)
def test_the_requested_relief_is_what_the_motions_the_entry_names_asked(
    order: str, status: str
) -> None:
    posture = _posture(_CONTINUANCES, order)
    assert _read(posture) == {7: (status, False), 8: (status, False)}


def test_the_requested_relief_of_motions_of_several_kinds_is_left_for_review() -> None:
    posture = _posture(
        [(7, "MOTION to Continue Deadlines by Defendant Acme Corp."), *_DISMISS_AND_STRIKE[:1]],
        "ORDER re 7 MOTION to Continue Deadlines and 12 MOTION to Dismiss. The requested relief "
        "is GRANTED.",
    )
    read = _read(posture)
    assert read[7][0] == read[12][0] == "pending"
    assert read[7][1] and read[12][1]


# -- relief given beside a ruling --------------------------------------------------------------


@pytest.mark.parametrize(
    "order",
    [
        "ORDER: Accordingly, Acme's motion to strike is denied as moot. The time for plaintiff to "
        "file a notice of appeal is hereby extended for a period of 14 days.",
        "ORDER denying as moot 31 Motion to Strike. The deadline for plaintiff to file a notice "
        "of appeal is extended to June 1, 2021.",
    ],
)
def test_relief_an_order_gives_beside_its_ruling_grants_the_motion_that_asked(order: str) -> None:
    posture = _posture(
        [
            (30, "MOTION for Extension of Time to File Notice of Appeal by Plaintiff Ann Lee."),
            (31, "MOTION to Strike by Defendant Acme Corp."),
        ],
        order,
    )
    assert _read(posture) == {30: ("granted", False), 31: ("moot", False)}


def test_relief_beside_a_ruling_on_a_motion_of_its_kind_is_that_motions() -> None:
    posture = _posture(
        [
            (30, "MOTION for Extension of Time to File Answer by Defendant Acme Corp."),
            (32, "MOTION for Extension of Time to Complete Discovery by Plaintiff Ann Lee."),
        ],
        "ORDER granting 30 Motion for Extension of Time. The time for defendant to answer is "
        "extended to June 1, 2021.",
    )
    assert _read(posture) == {30: ("granted", False), 32: ("pending", False)}


# -- the last item of a serial list; a bracket's lost closing ------------------------------------


_RECONSIDERATIONS = [
    (95, "Ex Parte MOTION for Reconsideration of Ruling on Depositions by Defendant Bo Diaz."),
    (98, "Joint Statement re Hearing by Plaintiff Ann Lee, Defendant Bo Diaz."),
    (116, "Ex Parte MOTION for Reconsideration re 98 Joint Statement by Defendant Bo Diaz."),
    (128, "Ex Parte MOTION to Shorten Time by Defendant Bo Diaz."),
]


@pytest.mark.parametrize(
    "order",
    [
        "ORDER denying Defendant Diaz's 95 Ex Parte Motion for Reconsideration of Ruling on "
        "Depositions, 116 Ex Parte Motion for Reconsideration re 98 Joint Statement Hearing, and "
        "128 Ex Parte Motion to Shorten Time.",
        "ORDER granting 95 Motion for Reconsideration, 116 Motion for Reconsideration re [98] "
        "Joint Statement, and [128] Motion to Shorten Time.",
    ],
)
def test_the_last_motion_of_a_series_after_a_related_paper_is_ruled_on(order: str) -> None:
    posture = _posture(_RECONSIDERATIONS, order)
    read = _read(posture)
    assert read[95][0] == read[116][0] == read[128][0] != "pending"


def test_a_motion_after_a_related_motion_is_still_left_for_review() -> None:
    # "re 22 Motion to Dismiss, and 23 Motion to Strike": 23 may be what 24 responds to too.
    posture = _posture(
        [
            (22, "MOTION to Dismiss by Defendant Acme Corp."),
            (23, "MOTION to Strike by Defendant Acme Corp."),
            (24, "MOTION for Extension of Time to Respond by Plaintiff Ann Lee."),
        ],
        "ORDER granting 24 Motion for Extension of Time to Respond re 22 Motion to Dismiss, and "
        "23 Motion to Strike.",
    )
    read = _read(posture)
    assert read[24] == ("granted", False)
    assert read[23][0] == "pending"


@pytest.mark.parametrize(
    ("order", "status"),
    [
        (
            "ORDER RULING ON REPORT AND RECOMMENDATION adopts 80 Report and Recommendation. "
            "Defendants motions to dismiss [26 32 49 GRANTED.",
            "granted",
        ),
        ("ORDER: Defendants' motions [26, 32, 49 are denied as moot.", "moot"),
    ],
)
def test_a_bracketed_list_whose_closing_bracket_is_lost_is_read_whole(
    order: str, status: str
) -> None:
    posture = _posture(
        [
            (26, "MOTION to Dismiss by Defendant Acme Corp."),
            (32, "MOTION to Dismiss by Defendant Beta LLC."),
            (49, "MOTION to Dismiss by Defendant Bo Diaz."),
        ],
        order,
    )
    assert _read(posture) == {26: (status, False), 32: (status, False), 49: (status, False)}


# -- a page cited for a point; a motion the court declines to consider ---------------------------


@pytest.mark.parametrize(
    "order",
    [
        "ORDER: The request is untimely, as the Court has explained before. (See Dkt. No. 18 at "
        "3-4.) SO ORDERED.",
        "ORDER: Reconsideration is not warranted (see ECF No. 18 at 2). It is so ordered.",
    ],
)
def test_so_ordered_after_a_page_cited_for_a_point_rules_on_no_motion(order: str) -> None:
    posture = _posture([(18, "MOTION to Compel by Plaintiff Ann Lee.")], order)
    assert _motion(posture, 18).status == "pending"


@pytest.mark.parametrize(
    "order",
    [
        "ORDER: The Court declines to consider Defendant's 18 Motion to Compel, filed after the "
        "close of discovery.",
        "MEMORANDUM ORDER declining to entertain 18 MOTION to Compel as untimely.",
    ],
)
def test_a_motion_the_court_declines_to_consider_is_denied(order: str) -> None:
    posture = _posture([(18, "MOTION to Compel by Defendant Acme Corp.")], order)
    assert _read(posture)[18] == ("denied", False)


# -- the motions a passive subject or "the motions" names ----------------------------------------


_COMPEL_SANCTIONS_SEAL = [
    (30, "MOTION to Compel by Plaintiff Ann Lee."),
    (33, "MOTION for Sanctions by Plaintiff Ann Lee."),
    (35, "MOTION to Seal by Defendant Acme Corp."),
]


@pytest.mark.parametrize(
    "order",
    [
        "ORDER: 30 Motion to Compel, 33 Motion for Sanctions are GRANTED.",
        "ORDER: [30] Motion to Compel and [33] Motion for Sanctions are GRANTED.",
    ],
)
def test_numbered_titles_opening_a_passive_subject_are_each_ruled_on(order: str) -> None:
    posture = _posture(_COMPEL_SANCTIONS_SEAL, order)
    assert _read(posture) == {
        30: ("granted", False),
        33: ("granted", False),
        35: ("pending", False),
    }


def test_the_object_of_an_active_verb_is_not_the_next_passive_subject() -> None:
    posture = _posture(
        _COMPEL_SANCTIONS_SEAL,
        "ORDER granting 30 Motion to Compel production of the previously filed documents, and "
        "35 Motion to Seal now deemed moot.",
    )
    assert _read(posture)[30] == ("granted", False)
    assert _read(posture)[35] == ("moot", False)


@pytest.mark.parametrize(
    "order",
    [
        "ORDER re 30 MOTION to Compel and 33 MOTION for Sanctions. The motions are GRANTED.",
        "ORDER re 30 MOTION to Compel, 33 MOTION for Sanctions. Having heard argument, the "
        "motions are GRANTED.",
    ],
)
def test_the_motions_are_the_ones_the_entry_is_re(order: str) -> None:
    posture = _posture(_COMPEL_SANCTIONS_SEAL, order)
    assert _read(posture) == {
        30: ("granted", False),
        33: ("granted", False),
        35: ("pending", False),
    }


def test_a_recommendation_on_a_motion_to_dismiss_does_not_make_the_order_dismiss() -> None:
    posture = _posture(
        [*_DISMISS_AND_STRIKE, (40, "MOTION for Summary Judgment by Defendant Acme Corp.")],
        "FINDINGS AND RECOMMENDATIONS recommending that 12 Motion to Dismiss be granted and 14 "
        "Motion to Strike be denied; ORDER granting 16 Motion to Compel.",
    )
    assert _read(posture) == {
        12: ("pending", False),
        14: ("pending", False),
        16: ("granted", False),
        40: ("pending", False),
    }
    assert posture.case.status == "open"
    assert not posture.case.review


@pytest.mark.parametrize(
    "order",
    [
        "ORDER denying Plaintiff's Motion to Compel (Doc. 30), and granting Defendant's Motion to "
        "Seal (Doc. 35) in part.",
        "ORDER: The Court denies 30 Motion to Compel and grants Defendant's Motion to Seal (Dkt. "
        "No. 35) in part.",
    ],
)
def test_in_part_after_a_prefixed_number_limits_that_grant(order: str) -> None:
    posture = _posture(_COMPEL_SANCTIONS_SEAL, order)
    assert _read(posture)[35] == ("granted_in_part", False)
    assert _read(posture)[30] == ("denied", False)


def test_a_ruling_on_one_sides_motion_by_title_flags_only_that_sides_motions() -> None:
    posture = _posture(
        [
            (40, "MOTION for Summary Judgment by Defendant Acme Corp."),
            (45, "MOTION for Summary Judgment by Defendant Beta LLC."),
            (50, "Cross MOTION for Summary Judgment by Plaintiff Ann Lee."),
        ],
        "ORDER: Defendants' motion for summary judgment is GRANTED.",
    )
    assert _read(posture) == {40: ("pending", True), 45: ("pending", True), 50: ("pending", False)}


def test_relief_beside_a_ruling_that_no_one_motion_asked_for_flags_none() -> None:
    posture = _posture(
        [
            (10, "MOTION to Dismiss by Defendant Acme Corp."),
            (30, "MOTION for Extension of Time to Complete Discovery by Plaintiff Ann Lee."),
            (31, "MOTION for Extension of Time to Serve Expert Reports by Plaintiff Ann Lee."),
        ],
        "ORDER denying 10 Motion to Dismiss. The time for defendant to answer the complaint is "
        "extended to June 1, 2021.",
    )
    assert _read(posture) == {10: ("denied", False), 30: ("pending", False), 31: ("pending", False)}


def test_an_application_is_not_taken_for_a_plain_motion_of_that_side() -> None:
    posture = _posture(
        [
            (30, "MOTION to Compel by Plaintiff Ann Lee."),
            (31, "MOTION for Summary Judgment by Defendants Acme Corp., Beta LLC."),
        ],
        "ORDER: Plaintiff's application is DENIED. Her letter of May 1 shows no good cause.",
    )
    read = _read(posture)
    assert read[30][0] == "pending"
    assert read[31] == ("pending", False)


@pytest.mark.parametrize(
    "order",
    [
        "ORDER re 30 Motion to Compel, 33 Motion for Sanctions: Both motions are DENIED.",
        "ORDER re 30 Motion to Compel and 33 Motion for Sanctions: The motions are DENIED.",
    ],
)
def test_a_plural_bare_subject_after_the_motions_named_rules_on_each(order: str) -> None:
    posture = _posture(_COMPEL_SANCTIONS_SEAL, order)
    assert _read(posture) == {30: ("denied", False), 33: ("denied", False), 35: ("pending", False)}


def test_the_motions_after_a_motion_re_another_are_both_not_the_last_alone() -> None:
    posture = _posture(
        [
            (10, "MOTION to Dismiss by Defendant Acme Corp."),
            (14, "MOTION for Leave to File Amended Complaint by Plaintiff Ann Lee."),
        ],
        "ORDER re 14 MOTION for Leave to File Amended Complaint re 10 Motion to Dismiss: The "
        "motions are GRANTED.",
    )
    assert _motion(posture, 14).status == "granted"


def test_a_counter_defendants_motion_may_be_the_plaintiffs() -> None:
    posture = _posture(
        [
            (40, "MOTION for Summary Judgment by Counter Defendant Ann Lee."),
            (47, "MOTION to Strike by Defendant Acme Corp."),
        ],
        "ORDER: The Court GRANTS 47 Motion to Strike. Plaintiff's motion for summary judgment "
        "is DENIED.",
    )
    assert _read(posture) == {40: ("denied", False), 47: ("granted", False)}


def test_words_naming_a_counter_defendants_motion_name_no_side() -> None:
    # The plaintiff is the counter-defendant: "Counter-Defendant's motion" is not a defendant's.
    posture = _posture(
        [
            (40, "MOTION for Summary Judgment by Plaintiff Ann Lee."),
            (47, "MOTION to Strike by Defendant Acme Corp."),
        ],
        "ORDER: Counter-Defendant's motion for summary judgment is DENIED.",
    )
    assert _read(posture) == {40: ("denied", False), 47: ("pending", False)}


@pytest.mark.parametrize(
    "order",
    [
        "ORDER AND FINDINGS AND RECOMMENDATIONS: 16 Motion to Compel is DENIED. It is "
        "RECOMMENDED that 12 Motion to Dismiss be GRANTED and that this action be dismissed with "
        "prejudice.",
        "ORDER denying 16 Motion to Compel; FINDINGS AND RECOMMENDATIONS recommending that this "
        "case be DISMISSED and closed.",
    ],
)
def test_a_recommended_dismissal_leaves_the_case_open_and_unflagged(order: str) -> None:
    posture = _posture(_DISMISS_AND_STRIKE, order)
    assert posture.case.status == "open"
    assert not posture.case.review
    assert _read(posture) == {
        12: ("pending", False),
        14: ("pending", False),
        16: ("denied", False),
    }


@pytest.mark.parametrize(
    "order",
    [
        "ORDER denying 30 Motion to Compel except as to Request No. 5, and granting 33 Motion for "
        "Sanctions.",
        "ORDER: The Court GRANTS 30 Motion to Compel except with respect to the tax returns; "
        "GRANTS 33 Motion for Sanctions.",
    ],
)
def test_an_active_ruling_with_an_exception_is_partial_for_its_own_motion(order: str) -> None:
    posture = _posture(_COMPEL_SANCTIONS_SEAL, order)
    assert _read(posture)[30] == ("granted_in_part", False)
    assert _read(posture)[33] == ("granted", False)
