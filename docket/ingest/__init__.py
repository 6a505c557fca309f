"""Real dockets in: read PACER, juriscraper, CourtListener and docketanalyzer dockets into histories.

The classifier (:func:`classify`) reads one CM/ECF docket entry into a draft event by rules
over the CM/ECF grammar (no network, no model). The builder (:func:`build`) orders a sheet's
entries as the court does, gives them stable ids, and looks each draft's references up on
the whole docket.

Example:
    >>> from docket.ingest import build, read_juriscraper
    >>> result = build(read_juriscraper("tests/fixtures/dockets/juriscraper/dockets/district/akd.json"))
    >>> result.events[0].type
    'case_opened'
"""

from docket.ingest.build import ImportResult, Known, build, case_id, sheet_case
from docket.ingest.classify import classify
from docket.ingest.docketanalyzer import read_docketanalyzer
from docket.ingest.draft import Draft
from docket.ingest.merge import Merged, known_from_history, merge_sheet
from docket.ingest.pacer import read_pacer
from docket.ingest.report import ImportReport
from docket.ingest.resolve import Unresolved
from docket.ingest.sources import (
    ImportFailed,
    RawDocket,
    RawEntry,
    from_courtlistener_data,
    from_juriscraper_data,
    read_courtlistener,
    read_juriscraper,
)

__all__ = [
    "Draft",
    "ImportFailed",
    "ImportReport",
    "ImportResult",
    "Known",
    "Merged",
    "RawDocket",
    "RawEntry",
    "Unresolved",
    "build",
    "case_id",
    "classify",
    "from_courtlistener_data",
    "from_juriscraper_data",
    "known_from_history",
    "merge_sheet",
    "read_courtlistener",
    "read_docketanalyzer",
    "read_juriscraper",
    "read_pacer",
    "sheet_case",
]
