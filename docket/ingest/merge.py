"""Importing a docket sheet into a case already recorded: the one merge every importer uses.

A history file (``docket import --into``) and a stored case (``docket import --store``)
take a newer sheet of their case the same way:

* an entry already recorded with the same docket text and date is **unchanged** (nothing is
  added, so re-importing a sheet is idempotent);
* an entry the record does not hold is **new**, and appended;
* an entry whose docket text or date the sheet now gives differently is **corrected**: an
  ``entry_corrected`` event carrying the new reading is appended (nothing recorded is ever
  edited), effective from the entry's own date and known from the day of the import.

An entry whose new text is empty (a History/Documents report gives no text where the docket
sheet did) is not a correction: the sheet says less, not something else. An unnumbered entry
without PACER's sequence number has no stable identity (its id is its place among the day's
unnumbered entries), so it is matched by its day and text: one whose text no recorded entry
of its day holds is new, under the next free id of that day, never a correction.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from docket.events import (
    CaseClosed,
    CaseOpened,
    DocketEvent,
    EntryCorrected,
    JudgmentEntered,
    MotionFiled,
    ReplyFiled,
    ResponseFiled,
    dump_event,
    parse_event_data,
)
from docket.ingest.build import Known, build
from docket.ingest.report import ImportReport
from docket.ingest.sources import RawDocket

__all__ = ["Merged", "known_from_history", "merge_sheet"]

#: An unnumbered entry's id by its place in the day: ``{case}/{date}.{n}``.
_BY_PLACE = re.compile(r"/(\d{4}-\d{2}-\d{2})\.(\d+)$")
#: What an event's id adds to its entry's id when one entry becomes several events.
_DERIVED = ("/closed", "/rulings", "/part")


def known_from_history(events: Iterable[DocketEvent]) -> Known | None:
    """What an existing history holds, for :func:`docket.ingest.build.build`.

    Returns ``None`` for an empty history (the sheet's own case id is then used).
    """
    known: Known | None = None
    for e in events:
        if known is None:
            known = Known(case=e.case)
        known.ids.add(e.id)
        if isinstance(e, CaseOpened):
            known.opened = True
        if isinstance(e, CaseClosed) or (isinstance(e, JudgmentEntered) and e.final):
            known.closed = True
        if e.doc is None:
            continue
        known.docs.add(e.doc)
        known.types.setdefault(e.doc, e.type)
        if isinstance(e, MotionFiled):
            filer = ", ".join(e.movants) or e.filed_by or ""
            known.motions[(e.doc, e.part)] = (
                e.kind,
                e.title or e.text or "",
                e.stay_pending,
                filer,
            )
        elif isinstance(e, ResponseFiled | ReplyFiled) and e.to_motion is not None:
            known.answers[e.doc] = e.to_motion
    return known


@dataclass(frozen=True)
class Merged:
    """A sheet merged into a case's record.

    Attributes:
        case: The case id the events carry (the record's, when it has one).
        events: What to append to the record, in court order: new entries, then corrections.
        new: How many of ``events`` are new entries.
        corrected: How many of ``events`` are corrections of recorded entries.
        unchanged: Entries of the sheet the record already holds as the sheet gives them.
        report: How the sheet was read.
    """

    case: str
    events: list[DocketEvent]
    new: int
    corrected: int
    unchanged: int
    report: ImportReport


def merge_sheet(
    history: Sequence[DocketEvent], raw: RawDocket, *, on: date, case: str | None = None
) -> Merged:
    """Merge the sheet ``raw`` into ``history``, the case's record so far (possibly empty).

    Args:
        history: The case's recorded events, in record order.
        raw: The docket sheet.
        on: The day of the import: when a correction became known (its ``entered`` date).
        case: A case id for a case not yet recorded (default: the sheet's own).

    Raises:
        ImportFailed: the sheet cannot be read into events.
    """
    known = known_from_history(history)
    result = build(raw, case=case, known=known)
    if known is None:
        return Merged(result.report.case, result.events, len(result.events), 0, 0, result.report)
    current = _current(history)
    same_day = _unnumbered_by_day(current.values())
    taken = set(known.ids)
    serial = Counter(e.target for e in history if isinstance(e, EntryCorrected))
    decided: dict[str, str] = {}  # each sheet entry's id: "same", "changed", "new" or its new id
    new: list[DocketEvent] = []
    fixes: list[DocketEvent] = []
    unchanged = 0
    for ev in result.events:
        parent = _parent(ev.id)
        if parent not in decided:
            decided[parent] = _decide(ev, parent, current, same_day, known, taken)
            unchanged += decided[parent] == "same"
        decision = decided[parent]
        if decision == "same":
            continue
        if decision == "changed":
            if ev.id not in current:
                new.append(ev)  # the corrected entry now also is this event (a closing, a part)
            elif not _same_reading(current[ev.id], ev):
                serial[ev.id] += 1
                fixes.append(_correction(ev, on, serial[ev.id]))
            continue
        if decision != "new":
            ev = ev.model_copy(update={"id": decision + ev.id[len(parent) :]})
        taken.add(ev.id)
        new.append(ev)
    result.report.skipped = unchanged
    return Merged(known.case, [*new, *fixes], len(new), len(fixes), unchanged, result.report)


def _decide(
    ev: DocketEvent,
    parent: str,
    current: dict[str, DocketEvent],
    same_day: dict[date, set[str]],
    known: Known,
    taken: set[str],
) -> str:
    """What the record makes of the sheet entry ``ev`` came from: ``same`` (recorded as the
    sheet gives it), ``changed`` (recorded, and the sheet reads it differently), ``new``, or
    the id a new entry takes because its own id is another entry's place in the day."""
    words = _words(ev.text)
    recorded = current.get(parent)
    if ev.doc is None and _BY_PLACE.search(parent) is not None:
        texts = same_day.get(ev.filed, set())
        if words in texts or (recorded is not None and _same_reading(recorded, ev)):
            return "same"
        if recorded is None and not words and texts:
            return "same"
        return "new" if parent not in taken else _next_free_place(parent, taken)
    if recorded is not None:
        return "same" if _same_reading(recorded, ev) else "changed"
    if ev.doc is None and words and words in same_day.get(ev.filed, set()):
        return "same"  # recorded under another id (a sheet with no sequence numbers)
    if parent in known.ids or (ev.doc is not None and ev.doc in known.docs):
        return "same"
    return "new"


def _current(history: Sequence[DocketEvent]) -> dict[str, DocketEvent]:
    """Each recorded entry as it now reads, its latest correction applied, by id."""
    current: dict[str, DocketEvent] = {
        e.id: e for e in history if not isinstance(e, EntryCorrected)
    }
    for e in history:
        if isinstance(e, EntryCorrected) and e.target in current:
            current[e.target] = parse_event_data(e.corrected)
    return current


def _unnumbered_by_day(events: Iterable[DocketEvent]) -> dict[date, set[str]]:
    by_day: dict[date, set[str]] = {}
    for e in events:
        if e.doc is None and _parent(e.id) == e.id:
            by_day.setdefault(e.filed, set()).add(_words(e.text))
    return by_day


def _parent(event_id: str) -> str:
    """The id of the sheet entry an event came from."""
    for mark in _DERIVED:
        event_id = event_id.split(mark)[0]
    return event_id


def _words(text: str | None) -> str:
    """Docket text compared as words: case and spacing do not make a new reading."""
    return " ".join((text or "").split()).casefold()


def _same_reading(recorded: DocketEvent, sheet: DocketEvent) -> bool:
    """Whether the sheet gives an entry as recorded: same date filed and, unless the sheet
    gives no text, the same docket text."""
    if recorded.filed != sheet.filed:
        return False
    return not _words(sheet.text) or _words(sheet.text) == _words(recorded.text)


def _next_free_place(event_id: str, taken: set[str]) -> str:
    m = _BY_PLACE.search(event_id)
    assert m is not None
    n = int(m.group(2))
    while True:
        n += 1
        candidate = f"{event_id[: m.start()]}/{m.group(1)}.{n}"
        if candidate not in taken:
            return candidate


def _correction(event: DocketEvent, on: date, serial: int) -> EntryCorrected:
    """The ``entry_corrected`` event recording the sheet's new reading of ``event``."""
    return EntryCorrected(
        id=f"{event.id}/sheet{serial}",
        case=event.case,
        filed=event.filed,
        entered=on,
        filed_by="court",
        note="a newer docket sheet gives this entry's text or date differently",
        target=event.id,
        corrected=_as_data(event),
        reason="the docket sheet changed",
    )


def _as_data(event: DocketEvent) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(dump_event(event))
    return data
