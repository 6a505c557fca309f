"""docketanalyzer's CSV of real CM/ECF docket text: every case in one file, dated by its entries."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from docket_process import docket

from docket import replay
from docket.history import load_history
from docket.ingest import ImportFailed, build
from docket.ingest.docketanalyzer import read_docketanalyzer

POOL = Path(__file__).parents[1] / "fixtures" / "docketanalyzer" / "dockets.csv"


def test_every_case_of_the_pool_is_read_each_entry_dated_by_its_entered_suffix() -> None:
    cases = read_docketanalyzer(POOL)
    assert len(cases) == 80
    first = cases[0]
    assert (first.court, first.number) == ("akd", "3:16-cv-00263")
    assert first.entries[0].doc == 1
    assert first.entries[0].filed == first.entries[0].entered == date(2016, 11, 10)
    assert "(Entered:" not in first.entries[0].text
    assert first.entries[0].text.startswith("NOTICE OF REMOVAL by Wal-Mart Stores")


def test_one_case_is_read_when_asked_and_an_unknown_case_is_refused() -> None:
    [case] = read_docketanalyzer(POOL, case="akd;;3:16-cv-00263")
    assert case.number == "3:16-cv-00263"
    with pytest.raises(ImportFailed, match="no case 'xyz;;1' in this file"):
        read_docketanalyzer(POOL, case="xyz;;1")


def test_a_row_without_an_entered_date_takes_the_day_its_order_was_signed(tmp_path: Path) -> None:
    csv = tmp_path / "pool.csv"
    csv.write_text(
        "ucid,ind,docket_text\n"
        'msnd;;3:16-cv-1,1.0,"COMPLAINT filed by A. (tab) (Entered: 10/12/2016)"\n'
        'msnd;;3:16-cv-1,2.0,"ORDER granting 1 Motion. Signed by Judge Roy Percy on 10/13/16. (cs)"\n',
        encoding="utf-8",
    )
    [case] = read_docketanalyzer(csv)
    assert [e.filed for e in case.entries] == [date(2016, 10, 12), date(2016, 10, 13)]
    assert case.entries[1].entered is None


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("a,b\n1,2\n", "its header must name ucid, ind, docket_text"),
        ("ucid,ind,docket_text\nakd-1,1.0,x\n", "row 2: ucid 'akd-1' is not court;;number"),
        ("ucid,ind,docket_text\nakd;;1,1.5,x\n", "row 2: ind '1.5' is not a docket number"),
        ("ucid,ind,docket_text\nakd;;1,1,x (Entered: 13/45/2016)\n", "row 2: .* is not a date"),
    ],
)
def test_a_malformed_pool_is_refused_naming_the_row(
    tmp_path: Path, content: str, reason: str
) -> None:
    csv = tmp_path / "pool.csv"
    csv.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFailed, match=reason):
        read_docketanalyzer(csv)


def test_every_dated_case_of_the_pool_builds_and_replays() -> None:
    replayed = refused = 0
    for raw in read_docketanalyzer(POOL):
        try:
            events = build(raw).events
        except ImportFailed as e:
            assert "no date anywhere" in str(e) and str(e).startswith(f"{POOL} [")
            refused += 1
            continue
        replay(events)
        replayed += 1
    assert (replayed, refused) == (78, 2)


def _docket(*args: str) -> subprocess.CompletedProcess[str]:
    return docket("import", "docketanalyzer", *args)


def test_the_cli_imports_one_case_of_the_pool_into_a_history_that_replays(tmp_path: Path) -> None:
    out = tmp_path / "akd.jsonl"
    done = _docket(str(POOL), "--case", "akd;;3:16-cv-00263", "-o", str(out))
    assert done.returncode == 0, done.stderr
    events = load_history(out)
    assert {e.case for e in events} == {"akd-3:16-cv-00263"}
    assert events[0].type == "case_opened"


def test_the_cli_imports_every_case_and_says_which_it_refused_and_why(tmp_path: Path) -> None:
    out = tmp_path / "all.jsonl"
    done = _docket(str(POOL), "-o", str(out))
    assert done.returncode == 2
    refused = [line for line in done.stderr.splitlines() if line.startswith("refused: ")]
    assert len(refused) == 2 and all("no date anywhere" in line for line in refused)
    assert "78 cases imported, 2 refused" in done.stderr
    assert len({e.case for e in load_history(out)}) == 78


def test_into_a_history_needs_one_case(tmp_path: Path) -> None:
    done = _docket(str(POOL), "--into", str(tmp_path / "h.jsonl"))
    assert done.returncode == 2
    assert "--into takes one case" in done.stderr and "Traceback" not in done.stderr
