"""An application granted by the clerk in an entry of its own, or noted approved on its own.

E.D. Tex. Local Rule CV-12 has the clerk grant a defendant's unopposed application for more
time to answer in an unnumbered entry repeating the application's title ("... is granted
pursuant to Local Rule CV-12 for SVTronics, Inc. to 12/11/2017"), listed before or after the
numbered application on the sheet; a pro hac vice application's own entry may end "Approved
8/30/07." Either way the application is granted, not left pending. A paper filed by a movant
whose motion for leave to file it is still pending is flagged: leave may have been granted.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from docket import replay
from docket.ingest import build, read_juriscraper
from docket.posture import Posture

FIRST_TI = (
    "Defendant's Unopposed First Application for Extension of Time to Answer Complaint re "
    "Texas Instruments, Inc..( Hill, Jack)"
)
FIRST_SV = (
    "Defendant's Unopposed First Application for Extension of Time to Answer Complaint re "
    "SVTronics, Inc..( Hill, Jack)"
)


def _grant(who: str, until: str) -> str:
    return (
        "Defendant's Unopposed FIRST Application for Extension of Time to Answer Complaint is "
        f"granted pursuant to Local Rule CV-12 for {who} to {until}. 30 Days Granted for "
        "Deadline Extension.( ch, )"
    )


def _posture(tmp_path: Path, rows: list[tuple[int | None, str, str]], as_of: date) -> Posture:
    entries: list[dict[str, Any]] = [
        {
            "document_number": "1",
            "date_filed": "2017-10-13",
            "date_entered": "2017-10-13",
            "description": "COMPLAINT against SVTronics, Inc., Texas Instruments, Inc. filed by "
            "Complex Memory, LLC.( Van Cleef, L.)",
        }
    ]
    for doc, day, text in rows:
        entries.append(
            {
                "document_number": None if doc is None else str(doc),
                "date_filed": day,
                "date_entered": day,
                "description": text,
            }
        )
    sheet = {
        "court_id": "txed",
        "docket_number": "2:17-cv-00699",
        "case_name": "Complex Memory, LLC v. Texas Instruments",
        "date_filed": "2017-10-13",
        "parties": [],
        "docket_entries": entries,
    }
    path = tmp_path / "txed.json"
    path.write_text(json.dumps(sheet), encoding="utf-8")
    return replay(build(read_juriscraper(path)).events, as_of=as_of)


def test_the_clerks_grant_listed_before_its_application_grants_it(tmp_path: Path) -> None:
    rows = [(None, "2017-10-24", _grant("Texas Instruments, Inc.", "12/13/2017"))]
    rows.append((8, "2017-10-24", FIRST_TI))
    posture = _posture(tmp_path, rows, date(2017, 11, 1))
    assert posture.motion(8).status == "granted"


def test_the_clerks_grant_after_two_applications_grants_the_one_for_its_party(
    tmp_path: Path,
) -> None:
    rows = [
        (8, "2017-10-24", FIRST_TI),
        (9, "2017-10-27", FIRST_SV),
        (None, "2017-10-30", _grant("SVTronics, Inc.", "12/11/2017")),
    ]
    posture = _posture(tmp_path, rows, date(2017, 11, 1))
    assert posture.motion(9).status == "granted"
    assert posture.motion(8).status == "pending"


def test_a_grant_weeks_away_from_the_application_does_not_decide_it(tmp_path: Path) -> None:
    rows = [
        (None, "2017-10-02", _grant("Texas Instruments, Inc.", "11/13/2017")),
        (8, "2017-10-24", FIRST_TI),
    ]
    assert _posture(tmp_path, rows, date(2017, 11, 1)).motion(8).status == "pending"


@pytest.mark.parametrize(
    ("tail", "status"),
    [
        ("Fee pd., 6-1-10829. Approved 8/30/07. (mjc ) (Entered: 08/30/2007)", "granted"),
        ("Fee pd., 6-1-10829. (mjc ) (Entered: 08/30/2007)", "pending"),
        ("Proposed order to be Approved 8/30/07 attached. (mjc )", "pending"),
    ],
)
def test_an_application_its_own_entry_notes_approved_is_granted(
    tmp_path: Path, tail: str, status: str
) -> None:
    text = f"APPLICATION to Appear Pro Hac Vice by Attorney Jo Ruiz for Yahoo! Inc. {tail}"
    posture = _posture(tmp_path, [(14, "2007-08-30", text)], date(2007, 9, 1))
    assert posture.motion(14).status == status


def test_an_answer_filed_while_leave_to_file_it_is_pending_flags_the_motion(
    tmp_path: Path,
) -> None:
    rows = [
        (
            13,
            "2017-10-20",
            "Consent MOTION for Leave to File answer to complaint by Texas "
            "Instruments, Inc. (Hill, Jack)",
        ),
        (14, "2017-10-30", "ANSWER to Complaint by Texas Instruments, Inc..(Hill, Jack)"),
    ]
    motion = _posture(tmp_path, rows, date(2017, 11, 1)).motion(13)
    assert motion.status == "pending"
    assert [r.doc for r in motion.review] == [14]


def test_a_grant_naming_no_party_does_not_decide_the_application_docketed_after_it(
    tmp_path: Path,
) -> None:
    grant = (
        "Defendant's Unopposed FIRST Application for Extension of Time to Answer Complaint is "
        "granted pursuant to Local Rule CV-12. ( ch, )"
    )
    rows = [(None, "2017-10-24", grant), (8, "2017-10-24", FIRST_TI)]
    assert _posture(tmp_path, rows, date(2017, 11, 1)).motion(8).status == "pending"
