"""A motion the sheet does not hold, known from the order ruling on it.

A partial sheet (a PACER history report of a date range, a RECAP docket missing entries)
may hold an order "granting 164 Sealed Motion for Leave to File Document Under Seal" but not
entry 164. The order calls it a motion and rules on it, so the posture lists it, ruled on,
marked reconstructed (its filing date is not known); a number the sheet holds as another
paper, or a number the order does not call a motion, is not made a motion.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from docket import replay
from docket.events import MotionFiled
from docket.ingest import build, read_juriscraper
from docket.posture import Posture


def _events(tmp_path: Path, rows: list[tuple[int | None, str, str]]) -> Any:
    sheet = {
        "court_id": "dcd",
        "docket_number": "1:20-cv-03010",
        "case_name": "United States v. Acme LLC",
        "date_filed": "2020-10-20",
        "parties": [],
        "docket_entries": [
            {
                "document_number": None if doc is None else str(doc),
                "date_filed": day,
                "date_entered": day,
                "description": text,
            }
            for doc, day, text in rows
        ],
    }
    path = tmp_path / "dcd.json"
    path.write_text(json.dumps(sheet), encoding="utf-8")
    return build(read_juriscraper(path)).events


COMPLAINT = (1, "2020-10-20", "COMPLAINT against Acme LLC filed by UNITED STATES. (ztd)")
ORDER = (
    179,
    "2021-08-19",
    "MINUTE ORDER granting 164 Sealed Motion for Leave to File Document Under Seal; granting "
    "176 Sealed Motion for Leave to File Document Under Seal. Signed by Judge A. P. Mehta.",
)


def _posture(tmp_path: Path, *rows: tuple[int | None, str, str]) -> Posture:
    return replay(_events(tmp_path, list(rows)), as_of=date(2021, 9, 1))


def test_a_motion_known_only_from_the_order_ruling_on_it_is_listed_ruled_on(
    tmp_path: Path,
) -> None:
    posture = _posture(tmp_path, COMPLAINT, ORDER)
    assert posture.motion(164).status == "granted"
    assert posture.motion(176).status == "granted"
    made = [e for e in _events(tmp_path, [COMPLAINT, ORDER]) if isinstance(e, MotionFiled)]
    assert [e.doc for e in made] == [164, 176]
    assert all(e.reconstructed and e.title.startswith("Sealed Motion") for e in made)
    assert all(e.filed_by is None for e in made)  # not the court's paper


def test_a_number_the_sheet_holds_as_another_paper_is_not_made_a_motion(tmp_path: Path) -> None:
    notice = (164, "2021-08-01", "NOTICE of Appearance by Jo Ruiz on behalf of Acme LLC (Ruiz)")
    events = _events(tmp_path, [COMPLAINT, notice, ORDER])
    assert [e.doc for e in events if isinstance(e, MotionFiled)] == [176]


def test_a_number_the_order_does_not_call_a_motion_is_not_made_one(tmp_path: Path) -> None:
    order = (179, "2021-08-19", "MINUTE ORDER granting 164 Stipulation. Signed by Judge Mehta.")
    events = _events(tmp_path, [COMPLAINT, order])
    assert not [e for e in events if isinstance(e, MotionFiled)]
