"""A newer sheet of a recorded case: unchanged entries stay, new ones are added, changed
ones are corrected; the sheet's termination date closes the case."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from docket.engine.fold import replay
from docket.events import CaseClosed, EntryCorrected, OrderEntered
from docket.ingest import RawDocket, RawEntry, build, merge_sheet

TODAY = date(2024, 6, 1)


def sheet(
    *entries: tuple[str, int | None, str], terminated: str | None = None, seq: bool = False
) -> RawDocket:
    """A sheet from (date, docket number, text) triples; ``seq`` numbers them as PACER does."""
    raw = [
        RawEntry(i, date.fromisoformat(day), None, doc, i + 1 if seq else None, "", text, None)
        for i, (day, doc, text) in enumerate(entries)
    ]
    return RawDocket(
        "sheet.json",
        "nmd",
        "2:20-cv-00045",
        "A v. B",
        None,
        (),
        tuple(raw),
        date.fromisoformat(terminated) if terminated else None,
    )


COMPLAINT = ("2020-01-02", 1, "COMPLAINT against City of A filed by B.")
MOTION = ("2020-02-03", 5, "MOTION to Dismiss by City of A.")
ORDER = ("2020-03-04", 9, "ORDER granting 5 Motion to Dismiss. Signed by Judge C.")


def test_the_same_sheet_merged_again_adds_nothing() -> None:
    first = build(sheet(COMPLAINT, MOTION)).events
    again = merge_sheet(first, sheet(COMPLAINT, MOTION), on=TODAY)
    assert (again.events, again.new, again.corrected, again.unchanged) == ([], 0, 0, 2)


def test_entries_only_the_newer_sheet_holds_are_appended_after_the_record() -> None:
    first = build(sheet(COMPLAINT, MOTION)).events
    merged = merge_sheet(first, sheet(COMPLAINT, MOTION, ORDER), on=TODAY)
    assert [e.doc for e in merged.events] == [9]
    assert (merged.new, merged.corrected, merged.unchanged) == (1, 0, 2)
    order = merged.events[0]
    assert isinstance(order, OrderEntered)
    posture = replay([*first, *merged.events])
    assert posture.motion(5).status == "granted"


def test_an_entry_whose_text_changed_becomes_an_entry_corrected_known_from_the_import() -> None:
    first = build(sheet(COMPLAINT, MOTION, ("2020-03-04", 9, "NOTICE by City of A."))).events
    merged = merge_sheet(first, sheet(COMPLAINT, MOTION, ORDER), on=TODAY)
    assert (merged.new, merged.corrected, merged.unchanged) == (0, 1, 2)
    (fix,) = merged.events
    assert isinstance(fix, EntryCorrected)
    assert fix.target == "nmd-2:20-cv-00045/9" and fix.corrected["type"] == "order"
    assert fix.filed == date(2020, 3, 4) and fix.entered == TODAY
    history = [*first, *merged.events]
    assert replay(history).motion(5).status == "granted"
    # Known on the day before the import, the docket still read as a notice.
    assert replay(history, known_on=date(2024, 5, 31)).motion(5).status == "pending"
    assert merge_sheet(history, sheet(COMPLAINT, MOTION, ORDER), on=TODAY).events == []


def test_a_sheet_giving_no_text_where_the_record_has_some_corrects_nothing() -> None:
    first = build(sheet(COMPLAINT, MOTION)).events
    merged = merge_sheet(first, sheet(COMPLAINT, ("2020-02-03", 5, "")), on=TODAY)
    assert merged.events == [] and merged.unchanged == 2


def test_an_entry_whose_date_changed_is_corrected() -> None:
    first = build(sheet(COMPLAINT, MOTION)).events
    merged = merge_sheet(first, sheet(COMPLAINT, ("2020-02-04", 5, MOTION[2])), on=TODAY)
    (fix,) = merged.events
    assert isinstance(fix, EntryCorrected) and fix.corrected["filed"] == "2020-02-04"


def test_an_unnumbered_entry_with_other_text_is_a_new_entry_never_a_correction() -> None:
    minute = ("2020-02-10", None, "Minute Entry for proceedings held before Judge C.")
    other = ("2020-02-10", None, "Clerk's Notice of a hearing set for 2020-03-01.")
    first = build(sheet(COMPLAINT, minute)).events
    merged = merge_sheet(first, sheet(COMPLAINT, other), on=TODAY)
    (added,) = merged.events
    assert added.text == other[2] and added.id == "nmd-2:20-cv-00045/2020-02-10.2"
    assert merged.corrected == 0
    both = [*first, *merged.events]
    assert merge_sheet(both, sheet(COMPLAINT, minute, other), on=TODAY).events == []


def test_an_unnumbered_entry_with_a_sequence_number_is_corrected_like_a_numbered_one() -> None:
    first = build(sheet(COMPLAINT, ("2020-02-10", None, "Minute Entry."), seq=True)).events
    changed = sheet(COMPLAINT, ("2020-02-10", None, "Minute Entry, amended."), seq=True)
    (fix,) = merge_sheet(first, changed, on=TODAY).events
    assert isinstance(fix, EntryCorrected) and fix.target == "nmd-2:20-cv-00045/s2"


def test_the_sheets_termination_date_closes_the_case_on_that_date() -> None:
    events = build(sheet(COMPLAINT, MOTION, terminated="2020-06-30")).events
    closing = events[-1]
    assert isinstance(closing, CaseClosed) and closing.filed == date(2020, 6, 30)
    assert replay(events, as_of=date(2020, 6, 29)).case.status == "open"
    assert replay(events, as_of=date(2020, 6, 30)).case.status == "closed"


def test_the_termination_closing_goes_in_date_order_before_later_entries() -> None:
    late = ("2020-08-01", 12, "NOTICE OF APPEAL by B.")
    events = build(sheet(COMPLAINT, MOTION, late, terminated="2020-06-30")).events
    assert [e.doc for e in events] == [1, 5, None, 12]


def test_no_closing_is_added_when_an_entry_already_ends_the_case() -> None:
    judgment = ("2020-06-30", 20, "JUDGMENT in favor of City of A against B.")
    events = build(sheet(COMPLAINT, judgment, terminated="2020-06-30")).events
    assert not any(e.id.endswith("/terminated") for e in events)


def test_a_newer_sheet_with_a_termination_date_closes_a_recorded_case_once() -> None:
    first = build(sheet(COMPLAINT, MOTION)).events
    newer = sheet(COMPLAINT, MOTION, terminated="2020-06-30")
    merged = merge_sheet(first, newer, on=TODAY)
    (closing,) = merged.events
    assert isinstance(closing, CaseClosed) and merged.new == 1
    assert merge_sheet([*first, closing], newer, on=TODAY).events == []


def test_a_sheet_without_a_termination_date_adds_no_closing() -> None:
    raw = sheet(COMPLAINT, MOTION)
    assert replace(raw, terminated=None) == raw
    assert not any(isinstance(e, CaseClosed) for e in build(raw).events)
