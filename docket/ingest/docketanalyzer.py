"""Reading docketanalyzer's CSV of CM/ECF docket text: many cases in one file.

The docketanalyzer project publishes real docket text as one CSV row per entry, with the
columns ``ucid`` (``court;;number``, e.g. ``akd;;3:16-cv-00263``), ``ind`` (the docket
number, ``1.0``, or empty for an unnumbered entry) and ``docket_text`` (verbatim, ending in
"(Entered: MM/DD/YYYY)"). The entered date is the only date a row gives, so it is both the
entry's filing and its entry date. A row without it (some courts' text lacks the suffix) is
dated by the day its order says it was signed ("Signed by Judge X on 10/13/16"), and
otherwise by its neighbours when the history is built. Each case becomes one
:class:`RawDocket`; nothing here classifies.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from docket.ingest._text import clean
from docket.ingest.sources import ImportFailed, RawDocket, RawEntry, read_sheet_bytes
from docket.limits import EARLIEST_DATE, LATEST_DATE

__all__ = ["read_docketanalyzer"]

_COLUMNS = ("ucid", "ind", "docket_text")
_ENTERED = re.compile(r"\(Entered:\s*(\d{1,2})/(\d{1,2})/(\d{4})\)\s*$")
_SIGNED = re.compile(r"\bSigned by [^.;()]{0,120}? on (\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\b")
#: A row's docket number: "12", "12.0" (how the CSV writes them).
_NUMBER = re.compile(r"^\s*(\d{1,7})(?:\.0*)?\s*$")


def _entered(text: str, path: str, row: int) -> date | None:
    found = _ENTERED.search(text)
    if found is None:
        return None
    month, day, year = (int(g) for g in found.groups())
    try:
        entered = date(year, month, day)
    except ValueError:
        raise ImportFailed(path, f"row {row}: {found.group(0)} is not a date") from None
    if not EARLIEST_DATE <= entered <= LATEST_DATE:
        raise ImportFailed(
            path, f"row {row}: {entered} is out of range ({EARLIEST_DATE} to {LATEST_DATE})"
        )
    return entered


def _signed(text: str) -> date | None:
    """The day an order says it was signed, if it says so and the date is real."""
    found = _SIGNED.search(text)
    if found is None:
        return None
    month, day, year = (int(g) for g in found.groups())
    try:
        signed = date(year + 2000 if year < 100 else year, month, day)
    except ValueError:
        return None
    return signed if EARLIEST_DATE <= signed <= LATEST_DATE else None


def _doc(value: str, path: str, row: int) -> int | None:
    if not value.strip():
        return None
    found = _NUMBER.match(value)
    if found is None:
        raise ImportFailed(path, f"row {row}: ind {value!r} is not a docket number")
    return int(found.group(1))


def _cases(
    rows: Iterable[dict[str, str]], path: str
) -> dict[str, list[tuple[int, dict[str, str]]]]:
    cases: dict[str, list[tuple[int, dict[str, str]]]] = {}
    for row, record in enumerate(rows, start=2):  # row 1 is the header
        ucid = (record.get("ucid") or "").strip()
        if ";;" not in ucid:
            raise ImportFailed(path, f"row {row}: ucid {ucid!r} is not court;;number")
        cases.setdefault(ucid, []).append((row, record))
    return cases


def read_docketanalyzer(path: str | Path, *, case: str | None = None) -> list[RawDocket]:
    """The cases of a docketanalyzer CSV, each a :class:`RawDocket`, in the file's order.

    Args:
        path: The CSV file.
        case: A ``ucid`` (``akd;;3:16-cv-00263``): read that case only.

    Raises:
        ImportFailed: the file is not such a CSV, a row is malformed (names the row), or
            ``case`` is not in it.
    """
    name = str(path)
    try:
        text = read_sheet_bytes(path).decode("utf-8")
    except UnicodeDecodeError:
        raise ImportFailed(name, "not UTF-8 text") from None
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        header = tuple(reader.fieldnames or ())
        if not set(_COLUMNS) <= set(header):
            raise ImportFailed(
                name, f"not a docketanalyzer CSV: its header must name {', '.join(_COLUMNS)}"
            )
        cases = _cases(reader, name)
    except csv.Error as e:
        raise ImportFailed(name, f"line {reader.line_num}: not CSV: {e}") from e
    if case is not None:
        if case not in cases:
            raise ImportFailed(name, f"no case {case!r} in this file")
        cases = {case: cases[case]}
    out = []
    for ucid, rows in cases.items():
        court, _, number = ucid.partition(";;")
        entries = []
        for position, (row, record) in enumerate(rows):
            raw_text = record.get("docket_text") or ""
            day = _entered(raw_text, name, row)
            entries.append(
                RawEntry(
                    position=position,
                    filed=day or _signed(raw_text),
                    entered=day,
                    doc=_doc(record.get("ind") or "", name, row),
                    seq=None,
                    order="",
                    text=clean(_ENTERED.sub("", raw_text)),
                    short=None,
                )
            )
        filed = min((e.filed for e in entries if e.filed is not None), default=None)
        out.append(
            RawDocket(
                path=f"{name} [{ucid}]",
                court=court.strip() or None,
                number=number.strip() or None,
                title=None,
                filed=filed,
                parties=(),
                entries=tuple(entries),
                unnumbered_in_place=False,
            )
        )
    return out
