"""Bringing a firm's dockets into the store: many sheets or cases in one run, each case all
or nothing, and an account of what became of each.

A docket sheet of a case the store does not hold yet starts the case; a sheet of a case it
holds is merged into it exactly as ``docket import --into`` merges it into a history file
(:func:`docket.ingest.merge.merge_sheet`): entries recorded as the sheet gives them are
left alone, new ones are appended, and an entry the sheet now reads differently gets an
``entry_corrected``. What a case gains is one append, one transaction: all of it lands or
none does. A sheet or case that cannot be taken is refused with its reason, and the others
are still taken.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from docket.errors import DocketError
from docket.events import DocketEvent
from docket.ingest import RawDocket, merge_sheet, sheet_case
from docket.store import (
    ConcurrencyConflict,
    EventStore,
    IdempotencyConflict,
    SchemaTooNew,
    StoreUnavailable,
    events_of,
)

__all__ = ["Outcome", "Summary", "append_case", "by_case", "import_sheet"]

Status = Literal["new", "merged", "unchanged", "refused"]

#: How many times a case is re-read and merged again when another writer appended to it
#: between our read and our write.
ATTEMPTS = 5


@dataclass(frozen=True)
class Outcome:
    """What became of one sheet (or one case of a history) brought into the store.

    Attributes:
        source: The file it came from.
        case: The case id, when it could be read.
        status: ``new`` (the store did not hold the case), ``merged`` (it did, and gained
            entries or corrections), ``unchanged`` (it held all of it) or ``refused``.
        entries: How many docket entries the sheet (or history) holds.
        added: New entries appended.
        corrected: Corrections appended (``entry_corrected``).
        unchanged: Entries the store already held as given.
        reason: For a refused one: why, naming the line or entry where there is one.
        version: How many entries the case holds afterwards.
    """

    source: str
    case: str | None
    status: Status
    entries: int = 0
    added: int = 0
    corrected: int = 0
    unchanged: int = 0
    reason: str | None = None
    version: int = 0


def _refused(source: str, case: str | None, reason: str, entries: int = 0) -> Outcome:
    return Outcome(source, case, "refused", entries=entries, reason=reason)


def _fatal(error: DocketError) -> bool:
    """Whether ``error`` ends the whole run: the store itself is out of reach or too new."""
    return isinstance(error, StoreUnavailable | SchemaTooNew)


def import_sheet(
    store: EventStore, raw: RawDocket, *, on: date, case: str | None = None
) -> Outcome:
    """Merge the docket sheet ``raw`` into its case in ``store``, in one transaction.

    Args:
        store: The event store.
        raw: The sheet.
        on: The day of the import (when a correction it makes became known).
        case: A case id to use instead of the sheet's own.

    Raises:
        StoreUnavailable: The store cannot be reached (every other failure is an outcome).
    """
    entries = len(raw.entries)
    try:
        case = sheet_case(raw, case)
        for _ in range(ATTEMPTS):
            stored = store.load(case)
            merged = merge_sheet(events_of(stored), raw, on=on, case=case)
            try:
                if merged.events:
                    store.append(case, merged.events, expected_version=len(stored))
            except ConcurrencyConflict:
                continue  # another writer appended to the case: read it again and merge
            status: Status = "new" if not stored else "merged" if merged.events else "unchanged"
            return Outcome(
                raw.path,
                case,
                status,
                entries,
                merged.new,
                merged.corrected,
                merged.unchanged,
                version=len(stored) + len(merged.events),
            )
        return _refused(
            raw.path, case, f"other writers kept appending to the case ({ATTEMPTS} tries)", entries
        )
    except DocketError as e:
        if _fatal(e):
            raise
        return _refused(raw.path, case, _without_path(str(e), raw.path), entries)


def append_case(
    store: EventStore, case: str, events: Sequence[tuple[int, DocketEvent]], source: str
) -> Outcome:
    """Append one case's entries of a history file (each with its line), in one transaction.

    Entries stored with the same content are skipped; an entry whose id is stored with
    other content refuses the case (nothing of it is written), naming its line.

    Raises:
        StoreUnavailable: The store cannot be reached (every other failure is an outcome).
    """
    try:
        before = store.version(case)
        result = store.append(case, [e for _, e in events])
    except IdempotencyConflict as e:
        line = next((n for n, ev in events if ev.id == e.event_id), None)
        where = f"line {line}: " if line is not None else ""
        return _refused(source, case, f"{where}{e}", len(events))
    except DocketError as e:
        if _fatal(e):
            raise
        return _refused(source, case, str(e), len(events))
    status: Status = "new" if before == 0 else "merged" if result.appended else "unchanged"
    return Outcome(
        source,
        case,
        status,
        len(events),
        len(result.appended),
        0,
        result.duplicates,
        version=result.version,
    )


def _without_path(message: str, path: str) -> str:
    """An error message without the file name it starts with (the summary names the file)."""
    return message[len(path) + 2 :] if message.startswith(f"{path}: ") else message


@dataclass
class Summary:
    """The account of a run: each case's outcome over all its sheets, and every refusal."""

    outcomes: list[Outcome] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        """Count one more sheet's (or case's) outcome."""
        self.outcomes.append(outcome)

    @property
    def refused(self) -> list[Outcome]:
        """The sheets and cases refused, in the order they were tried."""
        return [o for o in self.outcomes if o.status == "refused"]

    @property
    def entries(self) -> int:
        """Docket entries read, over every sheet taken or refused."""
        return sum(o.entries for o in self.outcomes)

    def cases(self) -> list[Outcome]:
        """One outcome per case taken, its sheets added up, in the order first met: ``new`` if the
        store did not hold the case before the run, else ``merged`` if it gained anything."""
        by_case: dict[str, list[Outcome]] = {}
        for o in self.outcomes:
            if o.status != "refused" and o.case is not None:
                by_case.setdefault(o.case, []).append(o)
        out = []
        for case, outcomes in by_case.items():
            added = sum(o.added for o in outcomes)
            corrected = sum(o.corrected for o in outcomes)
            status: Status = (
                "new"
                if outcomes[0].status == "new"
                else "merged"
                if added or corrected
                else "unchanged"
            )
            out.append(
                Outcome(
                    ", ".join(dict.fromkeys(o.source for o in outcomes)),
                    case,
                    status,
                    sum(o.entries for o in outcomes),
                    added,
                    corrected,
                    sum(o.unchanged for o in outcomes),
                    version=outcomes[-1].version,
                )
            )
        return out

    def lines(self, unit: str = "sheets") -> list[str]:
        """The summary as lines of text: one per case (naming its sheets when ``unit`` is
        sheets), then one per refusal."""
        lines = []
        for c in self.cases():
            counts = [f"{c.added} appended"]
            if c.corrected:
                counts.append(f"{c.corrected} corrected")
            counts += [f"{c.unchanged} already stored", f"{c.version} in the case"]
            sources = f" ({c.source})" if unit != "cases" else ""
            lines.append(f"{c.case}: {c.status}: {', '.join(counts)}{sources}")
        for r in self.refused:
            if unit != "cases":
                on = f" (case {r.case})" if r.case is not None else ""
                lines.append(f"{r.source}{on}: refused: {r.reason}")
            else:
                lines.append(f"{r.case}: refused: {r.reason}")
        return lines

    def totals(self, seconds: float | None = None, unit: str = "sheets") -> str:
        """One line: how many sheets (or cases) were tried and what became of them."""
        cases = self.cases()
        tally = {s: sum(c.status == s for c in cases) for s in ("new", "merged", "unchanged")}
        tried = f"{len(self.outcomes)} {unit}: " if unit != "cases" else ""
        total = (
            f"{tried}{len(cases)} cases ({tally['new']} new, "
            f"{tally['merged']} merged, {tally['unchanged']} unchanged), "
            f"{len(self.refused)} refused; {self.entries:,} entries"
        )
        if seconds is not None and seconds > 0:
            total += f" in {seconds:.2f} s ({self.entries / seconds:,.0f} entries/s)"
        return total


def by_case(
    events: Iterable[tuple[int, DocketEvent]],
) -> dict[str, list[tuple[int, DocketEvent]]]:
    """A history's entries (each with its line) grouped by case, in file order."""
    cases: dict[str, list[tuple[int, DocketEvent]]] = {}
    for line, event in events:
        cases.setdefault(event.case, []).append((line, event))
    return cases
