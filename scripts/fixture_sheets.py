"""The civil cases of the JSON fixture sheets under ``tests/fixtures/dockets``, imported, for the
coverage scripts (``answer_coverage.py``, ``discovery_coverage.py``). Shared by scripts only,
never by the package."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from docket.events import DocketEvent
from docket.ingest import ImportFailed, build, read_courtlistener, read_juriscraper

FIXTURES = Path(__file__).parents[1] / "tests" / "fixtures" / "dockets"


def civil_histories() -> Iterator[list[DocketEvent]]:
    """Each sheet's history, in path order: CourtListener sheets read as such, the rest as
    juriscraper's; a sheet that does not import, or whose case is not civil (``-cv-``), is
    left out."""
    for path in sorted(FIXTURES.rglob("*.json")):
        read = read_courtlistener if "courtlistener" in path.parts else read_juriscraper
        try:
            events = build(read(path)).events
        except ImportFailed:
            continue
        if "-cv-" not in events[0].case:
            continue
        yield events
