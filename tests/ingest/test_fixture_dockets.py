"""Every fixture docket sheet imports and replays without a crash.

The fixtures are real dockets (juriscraper's test data and CourtListener dockets, see the
LICENSE files beside them). Four juriscraper sheets are pages juriscraper could not read
(their JSON is ``{}``): importing them fails with one clear message instead.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from docket.engine.fold import replay
from docket.events import CaseOpened
from docket.ingest import ImportFailed, RawDocket, build, read_courtlistener, read_juriscraper

DOCKETS = Path(__file__).resolve().parent.parent / "fixtures" / "dockets"
SHEETS = sorted(DOCKETS.rglob("*.json"))


def read(path: Path) -> RawDocket:
    return read_courtlistener(path) if "courtlistener" in path.parts else read_juriscraper(path)


def test_the_fixtures_are_all_there_with_their_licences() -> None:
    assert len(SHEETS) == 189
    assert (DOCKETS / "juriscraper" / "LICENSE.juriscraper").is_file()
    assert (DOCKETS / "courtlistener" / "LICENSE.docketanalyzer").is_file()


@pytest.mark.parametrize("path", SHEETS, ids=lambda p: str(p.relative_to(DOCKETS)))
def test_every_fixture_sheet_imports_and_replays(path: Path) -> None:
    if json.loads(path.read_text(encoding="utf-8")) == {}:
        with pytest.raises(ImportFailed, match="empty docket"):
            read(path)
        return
    raw = read(path)
    result = build(raw)
    ids = {e.id for e in result.events}
    assert all(entry_id in ids for entry_id in result.entry_ids)
    assert len(ids) == len(result.events)
    first = result.events[0]
    assert isinstance(first, CaseOpened) and first.court == raw.court
    posture = replay(result.events)
    assert posture.case.court == raw.court
    assert sum(result.report.types.values()) == len(raw.entries)
