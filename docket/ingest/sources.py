"""Reading docket sheets from their sources into one plain shape.

Three sources: juriscraper's JSON (``DocketReport.data`` and ``DocketHistoryReport.data``
written as JSON), CourtListener's REST v4 docket with ``docket_entries``, and the PACER HTML
docket sheet itself (parsed with juriscraper, see :mod:`docket.ingest.pacer`). Each reader
returns a :class:`RawDocket`; nothing here classifies.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple

from docket.errors import DocketError, FileRefused
from docket.events import Party
from docket.files import SHEET_LIMIT, read_limited
from docket.ingest._text import clean
from docket.limits import MAX_DOC, MAX_INT_DIGITS, date_out_of_range

__all__ = [
    "ImportFailed",
    "RawDocket",
    "RawEntry",
    "from_courtlistener_data",
    "from_juriscraper_data",
    "read_courtlistener",
    "read_json",
    "read_juriscraper",
    "read_sheet_bytes",
]


class ImportFailed(DocketError, ValueError):
    """A docket sheet cannot be imported: names the file and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class RawEntry(NamedTuple):
    """One docket entry as the source gives it.

    Attributes:
        position: Its position in the source's list of entries (0-based).
        filed: The date filed, if the source gives one.
        entered: The date entered on the docket, if given.
        doc: The docket number, or ``None`` for an unnumbered entry.
        seq: PACER's sequence number for the entry, if given (stable within a case).
        order: The source's own ordering key for entries of one day, if any.
        text: The docket text.
        short: The CM/ECF event name (PACER's short description), if given.
        docket: For a file holding several dockets of one case, which one (0-based).
    """

    position: int
    filed: date | None
    entered: date | None
    doc: int | None
    seq: int | None
    order: str
    text: str
    short: str | None
    docket: int = 0


@dataclass(frozen=True, slots=True)
class RawDocket:
    """One case's docket sheet as the source gives it."""

    path: str
    court: str | None
    number: str | None
    title: str | None
    filed: date | None
    parties: tuple[Party, ...]
    entries: tuple[RawEntry, ...]
    #: The date the sheet says the case was terminated, if it says so.
    terminated: date | None = None
    #: The judge the sheet names as assigned to the case (``assigned_to_str``), if any.
    judge: str | None = None
    #: Whether the sheet lists its unnumbered entries where they fell among the numbered
    #: ones. A source that appends them all at the end (the docketanalyzer CSV) does not:
    #: only their dates place them.
    unnumbered_in_place: bool = True


def read_sheet_bytes(path: str | Path) -> bytes:
    """The bytes of a docket sheet: a regular file of at most
    :data:`~docket.files.SHEET_LIMIT` bytes (a directory, named pipe or device is refused
    before it is read), or :class:`ImportFailed` naming the file."""
    try:
        return read_limited(path, SHEET_LIMIT, "a docket sheet")
    except FileRefused as e:
        raise ImportFailed(e.path, e.reason) from None


def read_json(path: str | Path) -> Any:
    """The decoded JSON of ``path``, or :class:`ImportFailed` naming the file."""
    name = str(path)
    data = read_sheet_bytes(path)
    try:
        text = data.decode("utf-8")
        decoded = json.loads(text)
    except UnicodeDecodeError:
        raise ImportFailed(name, "not UTF-8 text") from None
    except json.JSONDecodeError as e:
        raise ImportFailed(name, f"line {e.lineno}: not JSON: {e.msg}") from e
    except RecursionError:  # json's C scanner stops at the interpreter's recursion limit
        raise ImportFailed(name, "JSON nested too deep: not a docket sheet") from None
    except ValueError:  # Python refuses to convert an integer of over 4,300 digits
        raise ImportFailed(name, "JSON holds a number with too many digits") from None
    if ("\\ud" in text or "\\uD" in text) and not _utf8(decoded):
        raise ImportFailed(name, "a string holds a lone surrogate (\\ud800 to \\udfff): not UTF-8")
    return decoded


def _utf8(data: Any) -> bool:
    """Whether every string in decoded JSON ``data`` is text UTF-8 can write (``json``
    decodes an escaped lone surrogate, ``"\\ud800"``, that no history could hold)."""
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _date(value: Any, path: str, where: str | tuple[str, int, str]) -> date | None:
    return _bounded(_any_date(value, path, where), path, where)


def _bounded(day: date | None, path: str, where: str | tuple[str, int, str]) -> date | None:
    """``day``, unless it lies outside the dates docket reads (see :mod:`docket.limits`)."""
    if day is not None and (why := date_out_of_range(day)) is not None:
        raise ImportFailed(path, f"{_where(where)}: {why}")
    return day


def _any_date(value: Any, path: str, where: str | tuple[str, int, str]) -> date | None:
    if type(value) is str and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            pass
    raise ImportFailed(path, f"{_where(where)}: {value!r} is not a date")


def _iso(value: str, path: str, where: tuple[str, int, str]) -> date | None:
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return _date(value, path, where)
    return _bounded(day, path, where)


def _where(where: str | tuple[str, int, str]) -> str:
    """Where in the file a value is: the message is built only when it is wrong."""
    if isinstance(where, str):
        return where
    outer, i, name = where
    return f"{outer}docket_entries[{i}].{name}"


def _int(
    value: Any, path: str, where: str | tuple[str, int, str], most: int = MAX_DOC
) -> int | None:
    """A docket (or sequence) number from 0 to ``most``; ``None`` for an unnumbered entry."""
    if isinstance(value, str):
        value = value.strip()
        if not (value.isascii() and value.isdigit()):
            return None  # "1-2" style attachment numbers or stray text: an unnumbered entry
        if len(value) > MAX_INT_DIGITS:
            raise ImportFailed(path, f"{_where(where)}: {value[:20]}... has too many digits")
        value = int(value)
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise ImportFailed(path, f"{_where(where)}: {value!r} is not a docket number")
    if value < 0:
        return None
    if value > most:
        raise ImportFailed(
            path, f"{_where(where)}: {value} is over {most:,}: not a number docket reads"
        )
    return value


#: The largest PACER sequence number read (an ordering key, not a docket number).
_MAX_SEQ = 10**MAX_INT_DIGITS - 1


def _text(value: Any) -> str:
    return clean(value) if isinstance(value, str) else ""


#: What a sheet's "Assigned to" may name that is no judge: S.D.N.Y.'s Part I (the judge
#: on duty that week, not the case's), or no one yet.
_NO_JUDGE = re.compile(r"(?i)(part\s+(one|i|1)\b|(judge\s+)?unassigned|none|n/?a|-+)\.?\s*$")


def _judge(value: Any) -> str | None:
    """The judge a sheet names as assigned to the case (``assigned_to_str``), if it names
    one: not a duty part, nor "unassigned"."""
    name = _text(value)[:200]
    if not name or _NO_JUDGE.match(name):
        return None
    return name


_ROLES = {"plaintiff": "plaintiff", "defendant": "defendant", "intervenor": "intervenor"}
_ENTITY_WORDS = (
    " inc",
    " llc",
    " corp",
    " co.",
    " company",
    " city",
    " county",
    " department",
    " dept",
    " state of",
    " united states",
    " usa",
    " l.p",
    " ltd",
    " association",
    " board",
    " agency",
    " bureau",
    " bank",
    " trust",
    " fund",
    " plan",
    " university",
    " district",
)


def _parties(raw: Any) -> tuple[Party, ...]:
    out: list[Party] = []
    if not isinstance(raw, list):
        return ()
    for p in raw:
        if not isinstance(p, dict) or not isinstance(p.get("name"), str) or not p["name"].strip():
            continue
        kind = str(p.get("type") or p.get("party_types") or "").lower()
        role = next((v for k, v in _ROLES.items() if k in kind), "other")
        name = " ".join(p["name"].split())
        entity = any(w in f" {name.lower()}" for w in _ENTITY_WORDS)
        out.append(Party(name=name, role=role, entity=entity))
    return tuple(out)


def from_juriscraper_data(data: Any, path: str) -> RawDocket:
    """A juriscraper docket (``DocketReport.data`` or its JSON) as a :class:`RawDocket`."""
    if not isinstance(data, dict):
        raise ImportFailed(path, f"not a juriscraper docket (a JSON {type(data).__name__})")
    entries = data.get("docket_entries")
    if entries is None and not data:
        raise ImportFailed(path, "empty docket: juriscraper found no case on this sheet")
    if not isinstance(entries, list):
        raise ImportFailed(path, "not a juriscraper docket (no docket_entries list)")
    raw: list[RawEntry] = []
    append = raw.append
    for i, e in enumerate(entries):
        if type(e) is not dict:
            raise ImportFailed(path, f"docket_entries[{i}]: an entry is a JSON object")
        get = e.get
        filed, entered, doc, seq = (
            get("date_filed"),
            get("date_entered"),
            get("document_number"),
            get("pacer_seq_no"),
        )
        text, short = get("description"), get("short_description")
        # The common shapes are read inline; anything else goes through the checks.
        append(
            RawEntry(
                i,
                _iso(filed, path, ("", i, "date_filed"))
                if type(filed) is str and len(filed) == 10
                else _date(filed, path, ("", i, "date_filed")),
                _iso(entered, path, ("", i, "date_entered"))
                if type(entered) is str and len(entered) == 10
                else _date(entered, path, ("", i, "date_entered")),
                int(doc)
                if type(doc) is str and len(doc) < 7 and doc.isascii() and doc.isdigit()
                else _int(doc, path, ("", i, "document_number")),
                int(seq)
                if type(seq) is str and len(seq) < 7 and seq.isascii() and seq.isdigit()
                else _int(seq, path, ("", i, "pacer_seq_no"), _MAX_SEQ),
                "",
                clean(text) if type(text) is str else "",
                (clean(short) or None) if type(short) is str and short else None,
            )
        )
    return RawDocket(
        path=path,
        court=_text(data.get("court_id")) or None,
        number=_text(data.get("docket_number")) or None,
        title=_text(data.get("case_name")) or None,
        filed=_date(data.get("date_filed"), path, "date_filed"),
        parties=_parties(data.get("parties")),
        entries=tuple(raw),
        terminated=_date(data.get("date_terminated"), path, "date_terminated"),
        judge=_judge(data.get("assigned_to_str")),
    )


def read_juriscraper(path: str | Path) -> RawDocket:
    """Read a juriscraper docket JSON file."""
    return from_juriscraper_data(read_json(path), str(path))


def _cl_court(d: dict[str, Any]) -> str | None:
    court = d.get("court_id") or d.get("court")
    if isinstance(court, str) and court:
        return court.rstrip("/").rsplit("/", 1)[-1]
    return None


def _cl_docket(d: Any, path: str, k: int) -> RawDocket:
    where = f"docket {k}"
    if not isinstance(d, dict) or not isinstance(d.get("docket_entries"), list):
        raise ImportFailed(path, f"{where}: not a CourtListener docket (no docket_entries list)")
    entries = d["docket_entries"]
    if entries and isinstance(entries[0], dict) and "entry_number" not in entries[0]:
        raise ImportFailed(
            path, f"{where}: not a CourtListener docket (its entries have no entry_number)"
        )
    raw: list[RawEntry] = []
    for i, e in enumerate(d["docket_entries"]):
        w = f"{where}: docket_entries[{i}]"
        if not isinstance(e, dict):
            raise ImportFailed(path, f"{w}: an entry is a JSON object")
        docs = e.get("recap_documents")
        if not isinstance(docs, list):
            docs = []  # none, or not a list of documents: the entry's text stands alone
        main = [
            r
            for r in docs
            if isinstance(r, dict)
            and r.get("attachment_number") in (None, "")
            and r.get("description")
        ]
        raw.append(
            RawEntry(
                position=i,
                filed=_date(e.get("date_filed"), path, f"{w}.date_filed"),
                entered=None,
                doc=_int(e.get("entry_number"), path, f"{w}.entry_number"),
                seq=_int(
                    e.get("pacer_sequence_number"), path, f"{w}.pacer_sequence_number", _MAX_SEQ
                ),
                order=_text(e.get("recap_sequence_number")),
                text=_text(e.get("description")),
                short=_text(main[0]["description"]) if main else None,
                docket=k,
            )
        )
    return RawDocket(
        path=path,
        court=_cl_court(d),
        number=_text(d.get("docket_number")) or None,
        title=_text(d.get("case_name")) or None,
        filed=_date(d.get("date_filed"), path, f"{where}.date_filed"),
        parties=_parties(d.get("parties")),
        entries=tuple(raw),
        terminated=_date(d.get("date_terminated"), path, f"{where}.date_terminated"),
        judge=_judge(d.get("assigned_to_str")),
    )


def read_courtlistener(path: str | Path) -> RawDocket:
    """Read a CourtListener REST v4 docket (one object, a list of them, or a results page).

    Several dockets of the same case in one file are merged: the richest is read whole,
    and numbered entries only the others have are added.
    """
    return from_courtlistener_data(read_json(path), str(path))


def from_courtlistener_data(data: Any, name: str) -> RawDocket:
    """CourtListener REST v4 docket data (one docket with its ``docket_entries``, a list of
    dockets of one case, or a results page) as a :class:`RawDocket`; ``name`` for errors.

    Several dockets of the same case are merged: the richest is read whole, and numbered
    entries only the others have are added.
    """
    if isinstance(data, dict) and isinstance(data.get("results"), list):
        data = data["results"]
    dockets = [
        _cl_docket(d, name, k) for k, d in enumerate(data if isinstance(data, list) else [data])
    ]
    if not dockets:
        raise ImportFailed(name, "no docket in this file")
    cases = {(d.court, d.number) for d in dockets}
    if len(cases) > 1:
        listed = ", ".join(f"{c} {n}" for c, n in sorted(cases, key=str))
        raise ImportFailed(name, f"holds dockets of {len(cases)} different cases ({listed})")
    dockets.sort(
        key=lambda d: (
            len(d.entries),
            sum(len(e.text) for e in d.entries),
            -d.entries[0].docket if d.entries else 0,
        ),
        reverse=True,
    )
    main = dockets[0]
    named = {d.judge for d in dockets[1:] if d.judge is not None}
    if main.judge is None and len(named) == 1:
        # The richest docket names no judge and the others agree on one: the case's.
        main = replace(main, judge=named.pop())
    have = {e.doc for e in main.entries if e.doc is not None}
    extra = [e for d in dockets[1:] for e in d.entries if e.doc is not None and e.doc not in have]
    if not extra:
        return main
    entries = list(main.entries)
    for e in extra:
        have.add(e.doc)  # type: ignore[arg-type]
        entries.append(e)
    return RawDocket(
        main.path,
        main.court,
        main.number,
        main.title,
        main.filed,
        main.parties,
        tuple(entries),
        main.terminated,
        main.judge,
    )
