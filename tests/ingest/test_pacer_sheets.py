"""PACER HTML docket sheets and RECAP docket XML, read with juriscraper (``docket[pacer]``).

Each sheet in the fixtures has its juriscraper JSON beside it: importing the page must give
exactly the history the JSON gives.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from docket.engine.fold import replay
from docket.ingest import ImportFailed, build, read_juriscraper, read_pacer
from docket.ingest.pacer import court_of

pytest.importorskip("juriscraper")

DOCKETS = Path(__file__).resolve().parent.parent / "fixtures" / "dockets" / "juriscraper"
PAGES = sorted([*DOCKETS.rglob("*.html"), *DOCKETS.rglob("*.xml")])


def test_there_is_a_page_for_every_juriscraper_sheet() -> None:
    assert len(PAGES) == 187


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(DOCKETS)))
def test_a_pacer_page_imports_to_the_same_history_as_its_json(page: Path) -> None:
    twin = page.with_suffix(".json")
    try:
        from_page = build(read_pacer(page)).events
    except ImportFailed as e:
        assert "empty docket" in str(e)
        with pytest.raises(ImportFailed):
            read_juriscraper(twin)
        return
    from_json = build(read_juriscraper(twin)).events
    assert [e.model_dump() for e in from_page] == [e.model_dump() for e in from_json]
    replay(from_page)


def test_the_court_is_read_from_the_page_then_from_the_file_name() -> None:
    assert court_of('<a href="https://ecf.nmd.uscourts.gov/x">', "x.html") == "nmd"
    assert court_of("<court>azd</court>", "x.xml") == "azd"
    assert court_of("<html></html>", "/tmp/cacd_26872.html") == "cacd"
    assert court_of("<html></html>", "/tmp/123.html") is None


def test_a_page_that_is_not_html_fails_with_one_clear_message(tmp_path: Path) -> None:
    page = tmp_path / "nmd.html"
    page.write_text("just some words", encoding="utf-8")
    with pytest.raises(ImportFailed, match="not an HTML page"):
        read_pacer(page)
