"""From a docket sheet to a docket history: order, identify, classify and resolve entries.

Entries are put in the order the court keeps them: date filed, then docket number (an
unnumbered entry stays after the numbered entry it followed on the sheet), then PACER's
sequence number. Ids are deterministic, so re-importing the same sheet yields the same
events: ``{case}/{doc}`` for a numbered entry, ``{case}/s{seq}`` for an unnumbered one with
a PACER sequence number, else ``{case}/{date}.{n}`` (the n-th such entry of that day).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from pydantic import ValidationError

from docket.events import (
    CaseClosed,
    CaseOpened,
    DocketEvent,
    JudgmentEntered,
    MotionKind,
)
from docket.ingest._events import EventMaker
from docket.ingest.classify import classify_clean
from docket.ingest.draft import Draft
from docket.ingest.report import ImportReport
from docket.ingest.resolve import DocketContext
from docket.ingest.sources import ImportFailed, RawDocket

__all__ = ["ImportResult", "Known", "build", "case_id", "sheet_case"]

_CASE_NUMBER = re.compile(r"^\s*(\d{1,2}:\d{2}-[a-z]{1,5}-\d{1,6})", re.I)
_STAYS = (MotionKind.STAY_DISCOVERY, MotionKind.STAY_CASE)


#: The longest case id an event holds (its ``case`` field).
_MAX_CASE_ID = 512


def case_id(court: str, number: str) -> str:
    """The case id: court id and docket number without judges' initials (``nmd-2:19-cv-00445``)."""
    m = _CASE_NUMBER.match(number)
    core = m.group(1).lower() if m is not None else re.sub(r"\s+", "", number)
    return f"{court.lower()}-{core}"


@dataclass
class Known:
    """What an existing history already holds, when importing into it.

    Attributes:
        case: Its case id, which the imported entries take.
        ids: The ids of its entries.
        docs: The docket numbers of its entries.
        motions: Its motions: (docket number, part) to (kind, title, the motion a stay awaits,
            filer); the part is ``None`` unless the document holds several motions.
        answers: Its responses and replies: docket number to the motion answered.
        types: Its numbered entries' event types.
        opened: It has a ``case_opened`` entry.
        closed: It has an entry that ends the case (a closing or a final judgment).
    """

    case: str
    ids: set[str] = field(default_factory=set)
    docs: set[int] = field(default_factory=set)
    motions: dict[tuple[int, int | None], tuple[MotionKind, str, int | None, str]] = field(
        default_factory=dict
    )
    answers: dict[int, int] = field(default_factory=dict)
    types: dict[int, str] = field(default_factory=dict)
    opened: bool = False
    closed: bool = False


@dataclass(frozen=True)
class ImportResult:
    """A docket sheet read into a docket history.

    Attributes:
        events: The history's events in court order.
        report: How the sheet was read.
        entry_ids: For each entry of the sheet, in the sheet's order, the id of the event it
            became.
    """

    events: list[DocketEvent]
    report: ImportReport
    entry_ids: list[str]


def _filled_dates(raw: RawDocket) -> list[tuple[date, str | None]]:
    """Each entry's filing date; a missing one is taken from a neighbour, with a note."""
    out: list[tuple[date, str | None]] = []
    entries = raw.entries
    for i, e in enumerate(entries):
        if e.filed is not None:
            out.append((e.filed, None))
            continue
        if e.entered is not None:
            out.append((e.entered, "date filed not on the sheet; the date entered is used"))
            continue
        before = next((x.filed for x in reversed(entries[:i]) if x.filed is not None), None)
        after = next((x.filed for x in entries[i + 1 :] if x.filed is not None), None)
        guess = before or after or raw.filed
        if guess is None:
            raise ImportFailed(
                raw.path, f"docket_entries[{e.position}]: no date anywhere on the sheet"
            )
        out.append((guess, "date filed not on the sheet; the neighbouring entry's date is used"))
    return out


def _court_order(
    raw: RawDocket, dates: list[tuple[date, str | None]], drafts: list[Draft] | None = None
) -> list[int]:
    """The order the court keeps the entries in (see the module's docstring). Given the
    ``drafts``, a motion entered without a number on a sheet that does not place such
    entries comes first in its day: it was filed before any order of that day could rule
    on it, and only its date places it."""
    keys = []
    last_doc = -1
    for i, e in enumerate(raw.entries):
        if e.doc is not None:
            last_doc = e.doc
        doc_key = e.doc if e.doc is not None else last_doc
        if (
            drafts is not None
            and e.doc is None
            and not raw.unnumbered_in_place
            and drafts[i].type == "motion_filed"
        ):
            doc_key = -1
        keys.append(
            (dates[i][0], doc_key, e.doc is None, e.seq if e.seq is not None else -1, e.order, i)
        )
    return [k[-1] for k in sorted(keys)]


def _ids(
    raw: RawDocket, order: list[int], dates: list[tuple[date, str | None]], case: str
) -> list[str]:
    ids = [""] * len(raw.entries)
    seen_docs: dict[int, int] = {}
    per_day: dict[date, int] = {}
    for i in order:
        e = raw.entries[i]
        if e.doc is not None:
            k = seen_docs.get(e.doc, 0) + 1
            seen_docs[e.doc] = k
            ids[i] = f"{case}/{e.doc}" if k == 1 else f"{case}/{e.doc}.{k}"
        elif e.seq is not None:
            ids[i] = f"{case}/s{e.seq}"
        else:
            day = dates[i][0]
            per_day[day] = per_day.get(day, 0) + 1
            ids[i] = f"{case}/{day.isoformat()}.{per_day[day]}"
    return ids


def sheet_case(raw: RawDocket, case: str | None = None) -> str:
    """The case id a sheet's events take: ``case`` when given, else the court id and docket
    number the sheet gives (see :func:`case_id`).

    Raises:
        ImportFailed: the sheet names no court or case number and no ``case`` was given, or
            the case id is too long.
    """
    if case is None:
        if not raw.court or not raw.number:
            what = "court id" if not raw.court else "docket number"
            raise ImportFailed(raw.path, f"the sheet gives no {what}: pass --case")
        case = case_id(raw.court, raw.number)
    if not 0 < len(case) <= _MAX_CASE_ID:
        raise ImportFailed(raw.path, f"a case id of {len(case):,} characters: the most is 512")
    return case


def build(raw: RawDocket, *, case: str | None = None, known: Known | None = None) -> ImportResult:
    """The docket history of ``raw``, with the report of how it was read.

    Every entry of the sheet becomes its events, including those the history imported into
    already holds: :func:`docket.ingest.merge.merge_sheet` decides what is new, unchanged or
    corrected.

    Args:
        raw: The docket sheet.
        case: A case id to use instead of the one derived from the sheet.
        known: The history being imported into: its case id is kept, and its motions count
            when references are looked up; a case it opens or closes is not opened or closed
            again by the importer.

    Raises:
        ImportFailed: the sheet names no court or case number and none was given.
    """
    case = sheet_case(raw, known.case if known is not None else case)
    dates = _filled_dates(raw)
    drafts = [classify_clean(e.text, e.short) for e in raw.entries]
    # Ids follow the sheet's order of each day, so they stay the same however entries are
    # read: an unplaced unnumbered motion is read first in its day, its id unchanged.
    ids = _ids(raw, _court_order(raw, dates), dates, case)
    order = _court_order(raw, dates, drafts) if not raw.unnumbered_in_place else None
    order = order if order is not None else _court_order(raw, dates)
    report = ImportReport(source=raw.path, case=case, entries=len(raw.entries))
    ctx = _context(raw, drafts, known)
    maker = EventMaker(raw, case, ctx, report)
    maker.closed = known is not None and known.closed
    events: list[DocketEvent] = []
    for i in order:
        try:
            events.extend(maker.make(raw.entries[i], drafts[i], ids[i], dates[i]))
        except ValidationError as e:  # a value the event schema refuses, such as a huge id
            position = raw.entries[i].position
            raise ImportFailed(raw.path, f"docket_entries[{position}]: {_first_error(e)}") from e
    opens = bool(events) and isinstance(events[0], CaseOpened)
    if not opens and (known is None or not known.opened):
        # Replay learns the court from the first entry: one is reconstructed from the sheet.
        first = min([d for d, _ in dates] + ([raw.filed] if raw.filed else []), default=raw.filed)
        if first is not None:
            try:
                events.insert(0, maker.synthesized_opening(first))
            except ValidationError as e:  # the sheet's court, number, title or parties
                raise ImportFailed(raw.path, f"the case: {_first_error(e)}") from e
    ends = any(_ends_case(e) for e in events)
    if raw.terminated is not None and not ends and (known is None or not known.closed):
        # The sheet's "Date Terminated" is the clerk's closing of the case; no entry said so.
        closing = maker.terminated_closing(raw.terminated)
        at = next((i for i, e in enumerate(events) if e.filed > closing.filed), len(events))
        events.insert(at, closing)
    return ImportResult(events, report, ids)


def _ends_case(event: DocketEvent) -> bool:
    """Whether replay closes the case on ``event`` (a closing, or a final judgment)."""
    return isinstance(event, CaseClosed) or (isinstance(event, JudgmentEntered) and event.final)


def _first_error(error: ValidationError) -> str:
    """The first thing the event schema refused, on one line."""
    first = error.errors(include_url=False)[0]
    where = ".".join(str(p) for p in first["loc"]) or "entry"
    return f"{where}: {' '.join(str(first['msg']).split())}"


def _context(raw: RawDocket, drafts: list[Draft], known: Known | None) -> DocketContext:
    ctx = DocketContext()
    if known is not None:
        ctx.types.update(known.types)
        for (doc, part), (kind, title, pending, filer) in known.motions.items():
            ctx.add_motion(doc, kind, title, pending, filer, part=part)
        ctx.answers.update(known.answers)
    for e, d in zip(raw.entries, drafts, strict=True):
        if e.doc is not None:
            ctx.types.setdefault(e.doc, d.type)
    return ctx
