"""The attacks of issue 11, each a regression test: every bad input is one line naming the
file (and the line, or the entry), exit code 2, no traceback and no hang."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from hostile import assert_one_clear_line

from docket import replay
from docket.cli import cli
from docket.errors import HistoryError, InvalidEvent
from docket.events import parse_event
from docket.history import load_history
from docket.ingest import ImportFailed, read_juriscraper
from docket.limits import MAX_DOC, MAX_HTML_DEPTH, html_depth, json_depth_over
from docket.rules.errors import RulePackError
from docket.rules.pack import read_pack_file

ROOT = Path(__file__).parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "lucero-v-clovis.jsonl"
LINES = FIXTURE.read_text(encoding="utf-8").splitlines()
MOTION_30 = next(
    i for i, line in enumerate(LINES) if '"doc": 30' in line and "motion_filed" in line
)


def docket(*args: str) -> tuple[int, str, str]:
    """Run ``docket`` in process: exit code, stdout, stderr."""
    result = CliRunner().invoke(cli, list(args), prog_name="docket")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def docket_process(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ``docket`` as a user would, through its entry point (60 s guards against a hang)."""
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    return subprocess.run(
        [sys.executable, "-m", "docket", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def refused(code: int, stdout: str, stderr: str, *names: str) -> str:
    """Assert a refusal: exit 2, nothing on stdout, one line on stderr naming ``names``."""
    assert code == 2, stderr
    assert stdout == ""
    assert_one_clear_line(stderr)
    for name in names:
        assert name in stderr, stderr
    return stderr


def history_with(tmp_path: Path, line: int, **changes: object) -> Path:
    """The founding case's history with ``changes`` made to the entry on ``line`` (0-based)."""
    lines = list(LINES)
    event = json.loads(lines[line])
    event.update(changes)
    lines[line] = json.dumps(event)
    path = tmp_path / "case.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- a history ------------------------------------------------------------------------------


def test_a_history_line_of_100000_brackets_is_refused_with_its_line_not_a_recursion_error(
    tmp_path: Path,
) -> None:
    path = tmp_path / "deep.jsonl"
    path.write_text(LINES[0] + "\n" + "[" * 100_000 + "\n", encoding="utf-8")
    err = refused(*docket("posture", str(path), "--as-of", "2020-01-01"), "deep.jsonl:2:")
    assert "nested more than 200 deep" in err


def test_brackets_inside_a_docket_text_do_not_count_as_nesting() -> None:
    event = json.loads(LINES[0])
    event["text"] = "[" * 500 + "{" * 500
    assert parse_event(json.dumps(event)).text == event["text"]
    assert not json_depth_over(json.dumps(event))
    assert json_depth_over("[" * 201)
    assert not json_depth_over("[" * 200 + "]" * 200)


def test_a_condition_nested_98_deep_is_read_and_one_nested_deeper_is_refused(
    tmp_path: Path,
) -> None:
    line = next(i for i, text in enumerate(LINES) if '"lifts_when"' in text)
    order = json.loads(LINES[line])

    def nested(levels: int) -> dict[str, object]:
        condition: dict[str, object] = {"kind": "motion_resolved", "motion": 30}
        for _ in range(levels):
            condition = {"kind": "any_of", "conditions": [condition]}
        return {**order, "stays": [{**order["stays"][0], "lifts_when": condition}]}

    path = history_with(tmp_path, line, **nested(98))
    code, _, stderr = docket("posture", str(path), "--as-of", "2020-06-01")
    assert code == 0, stderr
    path = history_with(tmp_path, line, **nested(99))
    refused(*docket("posture", str(path)), f"case.jsonl:{line + 1}:", "200 deep")


def test_a_line_over_eight_mebibytes_is_refused_with_its_line_number(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    path.write_bytes(LINES[0].encode() + b"\n" + b'{"text": "' + b"x" * (9 << 20) + b'"}\n')
    with pytest.raises(HistoryError) as caught:
        load_history(path)
    assert caught.value.line == 2
    assert "longer than 8,388,608 bytes" in caught.value.reason


def test_an_entry_with_a_megabyte_of_docket_text_reads_back(tmp_path: Path) -> None:
    event = json.loads(LINES[0])
    event["text"] = "\u03a9 \u2018x\u2019 \\ \n" * (1 << 17)
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps(event, ensure_ascii=False) + "\n", encoding="utf-8")
    assert load_history(path)[0].text == event["text"]


@pytest.mark.parametrize("filed", ["0001-01-01", "1019-10-21", "1899-12-31", "2101-01-01"])
def test_a_filing_date_outside_1900_to_2100_is_refused_with_its_file_and_line(
    tmp_path: Path, filed: str
) -> None:
    path = history_with(tmp_path, MOTION_30, filed=filed)
    err = refused(*docket("posture", str(path), "--as-of", "2020-01-01"))
    assert f"case.jsonl:{MOTION_30 + 1}: filed: {filed} is out of range" in err


@pytest.mark.parametrize("field", ["entered", "filed"])
@pytest.mark.parametrize("day", ["1900-01-01", "2100-12-31"])
def test_the_first_and_last_days_of_the_bounds_are_read(
    tmp_path: Path, field: str, day: str
) -> None:
    path = history_with(tmp_path, MOTION_30, **{field: day})
    code, _, stderr = docket("posture", str(path), "--as-of", "2100-12-31")
    assert code == 0, stderr


def test_an_order_effective_in_the_year_1019_is_refused_with_its_line(tmp_path: Path) -> None:
    order = next(i for i, line in enumerate(LINES) if '"type": "order"' in line)
    path = history_with(tmp_path, order, effective="1019-12-10")
    err = refused(*docket("posture", str(path)))
    assert f"case.jsonl:{order + 1}: effective: 1019-12-10 is out of range" in err


def test_a_motion_filed_before_the_frcp_is_flagged_and_the_posture_still_read(
    tmp_path: Path,
) -> None:
    path = history_with(tmp_path, MOTION_30, filed="1920-10-21")
    posture = replay(load_history(path), as_of=date(2020, 1, 1))
    flagged = [a for a in posture.anomalies if a.code == "no_rule_in_force"]
    assert [a.doc for a in flagged] == [30]
    assert "1938-09-16" in flagged[0].reason


@pytest.mark.parametrize("on", [date.min, date.max, date(1900, 1, 1), date(2100, 12, 31)])
def test_replay_reads_the_posture_on_the_first_and_last_days_of_the_calendar(on: date) -> None:
    events = load_history(FIXTURE)
    assert replay(events, as_of=on).as_of == on
    assert replay(events, as_of=date(2019, 12, 31), known_on=on).case is not None


def test_a_4400_digit_docket_number_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text(LINES[0].replace('"doc": 1', '"doc": ' + "9" * 4400) + "\n", "utf-8")
    err = refused(*docket("posture", str(path)), "big.jsonl:1:")
    assert "too many digits" in err


def test_docket_numbers_and_parts_are_bounded_at_the_schema() -> None:
    event = json.loads(LINES[MOTION_30])
    assert parse_event(json.dumps({**event, "doc": MAX_DOC})).doc == MAX_DOC
    with pytest.raises(InvalidEvent, match="doc: 10000000 is out of range"):
        parse_event(json.dumps({**event, "doc": MAX_DOC + 1}))
    assert parse_event(json.dumps({**event, "part": 999})).part == 999  # type: ignore[union-attr]
    with pytest.raises(InvalidEvent, match="part: 1000 is out of range"):
        parse_event(json.dumps({**event, "part": 1000}))


# -- options --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["posture", str(FIXTURE), "--as-of", "9999-12-31"],
        ["posture", str(FIXTURE), "--as-of", "0001-01-01"],
        ["posture", str(FIXTURE), "--as-of", "2019-12-10", "--known-on", "9999-12-31"],
        ["deadlines", str(FIXTURE), "--as-of", "2101-01-01"],
        ["diff", str(FIXTURE), "--from", "0001-01-01", "--to", "9999-12-31"],
        ["explain", str(FIXTURE), "--as-of", "1899-12-31", "--case-status"],
        ["explain", str(FIXTURE), "--as-of", "2019-12-10", "--motion", "9" * 5000],
        ["deadline", "9999-12-30", "--days", "14"],
        ["deadline", "2019-05-10", "--days", "3651"],
        ["deadline", "2019-05-10", "--days", "99999999999999999999"],
        ["deadline", "2019-05-10", "--days", "14", "--closed", "0001-01-01"],
    ],
)
def test_an_option_out_of_range_is_one_line_and_exit_2(args: list[str]) -> None:
    err = refused(*docket(*args))
    assert "Usage:" not in err


def test_an_option_out_of_range_through_the_entry_point_is_one_line_and_exit_2() -> None:
    done = docket_process("posture", str(FIXTURE), "--as-of", "9999-12-31")
    err = refused(done.returncode, done.stdout, done.stderr, "--as-of")
    assert "outside the dates docket reads (1900-01-01 to 2100-12-31)" in err


# -- docket sheets --------------------------------------------------------------------------


def sheet(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def entry(**fields: object) -> str:
    data = {"court_id": "nmd", "docket_number": "1:19-cv-1", "docket_entries": [fields]}
    return json.dumps(data)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[" * 100_000, "JSON nested too deep"),
        ('{"docket_entries": [{"document_number": ' + "9" * 4400 + "}]}", "too many digits"),
        (entry(document_number=1, date_filed="0001-01-01"), "docket_entries[0].date_filed"),
        (entry(document_number=1, date_filed="2019-13-45"), "docket_entries[0].date_filed"),
        (entry(document_number=MAX_DOC + 1, date_filed="2019-10-10"), "over 9,999,999"),
        (entry(document_number="9" * 30, date_filed="2019-10-10"), "too many digits"),
    ],
)
def test_a_juriscraper_sheet_out_of_bounds_is_one_line_naming_the_file_and_entry(
    tmp_path: Path, text: str, reason: str
) -> None:
    path = sheet(tmp_path, "nmd_1.json", text)
    with pytest.raises(ImportFailed) as caught:
        read_juriscraper(path)
    assert_one_clear_line(str(caught.value), names="nmd_1.json")
    assert reason in str(caught.value)


def test_a_juriscraper_sheet_with_a_superscript_docket_number_imports_it_unnumbered(
    tmp_path: Path,
) -> None:
    path = sheet(tmp_path, "nmd_1.json", entry(document_number="²", date_filed="2019-10-10"))
    assert read_juriscraper(path).entries[0].doc is None


def test_a_sheet_whose_case_id_is_too_long_is_refused_in_one_line(tmp_path: Path) -> None:
    text = json.dumps(
        {
            "court_id": "nmd",
            "docket_number": "1" * 600,
            "docket_entries": [{"date_filed": "2019-10-10"}],
        }
    )
    path = sheet(tmp_path, "nmd_1.json", text)
    err = refused(*docket("import", "juriscraper", str(path)), "nmd_1.json")
    assert "case id of 604 characters" in err


def test_a_pacer_page_of_80000_nested_divs_is_refused_before_it_is_parsed(
    tmp_path: Path,
) -> None:
    page = sheet(tmp_path, "nmd_1.html", "<html><body>" + "<div>" * 80_000 + "x</body></html>")
    done = docket_process("import", "pacer", str(page), "--court", "nmd")
    err = refused(done.returncode, done.stdout, done.stderr, "nmd_1.html")
    assert "nested more than 1,000 deep" in err


def test_real_pacer_pages_nest_far_less_deep_than_the_bound() -> None:
    pages = sorted((ROOT / "tests" / "fixtures" / "dockets").rglob("*.html"))
    assert pages
    assert max(html_depth(p.read_text(encoding="utf-8", errors="replace")) for p in pages) < 50
    assert html_depth("<div>" * (MAX_HTML_DEPTH + 5)) > MAX_HTML_DEPTH
    assert html_depth("<br>" * 5000 + "<p>" * 5000 + "<!--" + "<div>" * 5000) == 0


# -- rule packs -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("a = " + "[" * 3000, "nested too deep"),
        ("a = " + "9" * 5000, "too many digits"),
    ],
)
def test_a_rule_pack_nested_too_deep_or_with_a_huge_number_is_one_line(
    text: str, reason: str
) -> None:
    with pytest.raises(RulePackError) as caught:
        read_pack_file(text, "packs/bad.toml")
    assert_one_clear_line(str(caught.value), names="packs/bad.toml")
    assert reason in str(caught.value)


# -- found by the fuzz harness --------------------------------------------------------------


def test_a_history_line_holding_a_lone_surrogate_is_refused_with_its_line(
    tmp_path: Path,
) -> None:
    path = history_with(tmp_path, 0, title="\ud800")
    err = refused(*docket("posture", str(path)), "case.jsonl:1:")
    assert "lone surrogate" in err


def test_a_sheet_holding_a_lone_surrogate_is_refused_in_one_line(tmp_path: Path) -> None:
    text = entry(document_number=1, date_filed="2019-10-10", description="\udc00")
    path = sheet(tmp_path, "nmd_1.json", text)
    err = refused(*docket("import", "juriscraper", str(path)), "nmd_1.json")
    assert "lone surrogate" in err


def test_a_courtlistener_entry_whose_documents_are_not_a_list_imports_on_its_text(
    tmp_path: Path,
) -> None:
    data = {
        "court_id": "nmd",
        "docket_number": "1:19-cv-1",
        "docket_entries": [
            {
                "entry_number": 1,
                "date_filed": "2019-10-10",
                "description": "COMPLAINT",
                "recap_documents": True,
            }
        ],
    }
    path = sheet(tmp_path, "cl.json", json.dumps(data))
    code, stdout, stderr = docket("import", "courtlistener", str(path))
    assert code == 0, stderr
    assert json.loads(stdout.splitlines()[0])["type"] == "case_opened"
