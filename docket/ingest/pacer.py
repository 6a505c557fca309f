"""PACER docket sheets (HTML), parsed with juriscraper: the optional extra ``docket[pacer]``.

A docket report ("Docket Report"), a docket history report ("History/Documents") and the
RECAP archive's docket XML (``gov_uscourts_docket``) are told apart by their text. The court
comes from ``--court``, else from the page (the CM/ECF host it links to,
``ecf.nmd.uscourts.gov``, or the XML's ``<court>``), else from the file name
(``nmd_123.html``).
"""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path
from typing import Any

from docket.ingest.sources import ImportFailed, RawDocket, from_juriscraper_data, read_sheet_bytes
from docket.limits import MAX_HTML_DEPTH, html_depth

__all__ = ["court_of", "read_pacer"]

_HOST = re.compile(r"ecf\.([a-z]{2,8})\.uscourts\.gov", re.I)
_XML_COURT = re.compile(r"<court>\s*([a-z]{2,10})\s*</court>", re.I)
_FILE_COURT = re.compile(r"^([a-z]{2,10}?)(?=[_.\d-]|$)")
#: PACER hosts whose CourtListener/juriscraper court id differs.
_HOST_TO_COURT = {"neb": "nebraskab"}


def court_of(html: str, path: str) -> str | None:
    """The court id a PACER page belongs to, from its links or its file name."""
    x = _XML_COURT.search(html)
    if x is not None:
        return x.group(1).lower()
    m = _HOST.search(html)
    if m is not None:
        host = m.group(1).lower()
        return _HOST_TO_COURT.get(host, host)
    f = _FILE_COURT.match(Path(path).name.lower())
    return f.group(1) if f is not None else None


def _juriscraper() -> Any:
    try:
        # juriscraper warns on stderr at import when its log directory is missing.
        with contextlib.redirect_stderr(io.StringIO()):
            from juriscraper.pacer import DocketHistoryReport, DocketReport, InternetArchive
    except ImportError as e:
        raise ImportFailed(
            "juriscraper", "PACER HTML needs the optional extra: pip install 'docket[pacer]'"
        ) from e
    return DocketReport, DocketHistoryReport, InternetArchive


def read_pacer(path: str | Path, court: str | None = None) -> RawDocket:
    """Read a PACER docket sheet: a docket report or history/documents report (HTML), or
    the RECAP archive's docket XML.

    Raises:
        ImportFailed: the file cannot be read, is not a page juriscraper can read, or nests
            its elements deeper than :data:`~docket.limits.MAX_HTML_DEPTH`.
    """
    name = str(path)
    html = read_sheet_bytes(path).decode("utf-8", errors="replace")
    if "<" not in html:
        raise ImportFailed(name, "not an HTML page or docket XML")
    if html_depth(html) > MAX_HTML_DEPTH:
        # lxml and juriscraper take time growing faster than the depth: refused beforehand.
        raise ImportFailed(
            name, f"elements nested more than {MAX_HTML_DEPTH:,} deep: not a docket sheet"
        )
    court_id = court or court_of(html, name)
    if court_id is None:
        raise ImportFailed(name, "cannot tell the court from the page or file name: pass --court")
    docket_report, history_report, archive = _juriscraper()
    if "<gov_uscourts_docket" in html[:2000]:
        report = archive(court_id)
    elif "History/Documents" in html or "Docket History" in html:
        report = history_report(court_id)
    else:
        report = docket_report(court_id)
    try:
        with contextlib.redirect_stderr(io.StringIO()):
            report._parse_text(html)
            data = report.data
    except Exception as e:  # juriscraper raises anything on a page it cannot read
        raise ImportFailed(name, f"juriscraper cannot read this page: {_one_line(e)}") from e
    if isinstance(data, dict) and data and not data.get("court_id"):
        data = {**data, "court_id": court_id}
    return from_juriscraper_data(data, name)


def _one_line(error: Exception) -> str:
    """What ``error`` says, on one line and at most 200 characters."""
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 200 else text[:199] + "…"
