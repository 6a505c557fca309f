"""``docket report`` opened in headless Chromium: the page shows what ``docket posture`` says.

Every expectation about the posture is read from the command line (``docket posture --as-of``,
``docket timeline --json``) at test time, never copied from the page or the report's code.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from docket_process import docket
from report_browser import ROOT, OpenPage

FOUNDING = "events/lucero-v-clovis.jsonl"
SHEETS = ROOT / "tests/fixtures/dockets/juriscraper/dockets/district"
#: A real docket sheet (Free Law Project's juriscraper fixtures, BSD licence in the folder):
#: M.D. La. 3:17-cv-01352, with a judgment, two notices of appeal and a mandate.
SHEET = SHEETS / "lamd.json"


def _posture_lines(history: str, day: str) -> list[str]:
    """What ``docket posture --as-of DAY`` prints, after the two lines stating the question."""
    done = docket("posture", history, "--as-of", day)
    assert done.returncode == 0, done.stderr
    return done.stdout.rstrip("\n").split("\n")[2:]


def _posture_json(history: str, day: str) -> dict[str, object]:
    done = docket("posture", history, "--as-of", day, "--json")
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout))


def _report(history: str, out: Path, *more: str) -> Path:
    done = docket("report", history, "-o", str(out), *more)
    assert done.returncode == 0, done.stderr
    return out


def _shows_what_posture_prints(opened: OpenPage, history: str, day: str) -> None:
    opened.choose(day)
    assert opened.summary() == _posture_lines(history, day), day
    said = _posture_json(history, day)
    discovery = said["discovery"]
    assert isinstance(discovery, dict)
    assert opened.text("#discovery-status") == str(discovery["status"]).replace("_", " ").upper()
    deadlines = said["deadlines"]
    assert isinstance(deadlines, list)
    rows = opened.page.locator("#deadlines tbody tr")
    assert rows.count() == len(deadlines), day
    for i, d in enumerate(deadlines):
        cells = rows.nth(i).locator("td").all_text_contents()
        assert cells[:3] == [d["due"], d["what"], d["citation"]]
    anomalies = said["anomalies"]
    assert isinstance(anomalies, list)
    assert opened.page.locator("#anomalies li").count() == len(anomalies), day


def test_the_founding_case_report_shows_discovery_stayed_pending_doc_30_on_2019_12_10_not_before(
    tmp_path: Path, open_report: Callable[..., OpenPage]
) -> None:
    opened = open_report(_report(FOUNDING, tmp_path / "lucero.html", "--as-of", "2019-12-10"))
    assert opened.page.locator("#as-of").input_value() == "2019-12-10"
    # Opened on --as-of: the page shows that day's posture before anyone touches it.
    assert opened.summary() == _posture_lines(FOUNDING, "2019-12-10")
    opened.screenshot("lucero-2019-12-10")
    assert opened.text("#discovery-status") == "STAYED"
    stayed = [line for line in opened.summary() if line.startswith("Discovery STAYED")]
    assert len(stayed) == 1 and "pending resolution of Doc. 30" in stayed[0]

    opened.choose("2019-12-09")
    assert opened.text("#discovery-status") == "OPEN"
    assert not any("STAYED" in line for line in opened.summary())
    assert opened.summary() == _posture_lines(FOUNDING, "2019-12-09")
    opened.screenshot("lucero-2019-12-09")
    assert opened.page.locator("#cursor").is_visible()
    assert opened.errors == [] and opened.requests == []


def test_the_report_prints_without_its_controls(
    tmp_path: Path, open_report: Callable[..., OpenPage]
) -> None:
    opened = open_report(_report(FOUNDING, tmp_path / "lucero.html", "--as-of", "2019-12-10"))
    opened.page.emulate_media(media="print")
    assert not opened.page.locator("#next-change").is_visible()
    assert opened.page.locator("#summary li").first.is_visible()
    pdf = opened.screenshot_path("lucero-print").with_suffix(".pdf")
    opened.page.pdf(path=str(pdf), format="Letter")
    assert pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    "day",
    [
        "2019-05-12",
        "2019-05-13",
        "2019-10-11",
        "2019-10-26",
        "2019-11-20",
        "2019-12-03",
        "2021-01-01",
    ],
)
def test_the_founding_case_report_agrees_with_docket_posture_on_each_date(
    day: str, tmp_path: Path, open_report: Callable[..., OpenPage]
) -> None:
    opened = open_report(_report(FOUNDING, tmp_path / "lucero.html", "--as-of", "2019-12-10"))
    _shows_what_posture_prints(opened, FOUNDING, day)
    assert opened.errors == []


def test_the_date_control_is_used_with_the_keyboard_alone(
    tmp_path: Path, open_report: Callable[..., OpenPage]
) -> None:
    opened = open_report(_report(FOUNDING, tmp_path / "lucero.html", "--as-of", "2019-12-10"))
    page = opened.page
    page.locator("#as-of").focus()
    # An en-US date field takes month, day and year as typed digits.
    page.keyboard.type("12092019")
    assert page.locator("#as-of").input_value() == "2019-12-09"
    assert opened.summary() == _posture_lines(FOUNDING, "2019-12-09")
    # Tab out of the date field (Tab first walks its month, day and year) to "Previous
    # change", on to "Next change", and press Enter: the date moves to the next day the
    # timeline records a change.
    for _ in range(4):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") != "as-of":
            break
    assert page.evaluate("document.activeElement.id") == "previous-change"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "next-change"
    page.keyboard.press("Enter")
    timeline = json.loads(docket("timeline", FOUNDING, "--json").stdout)
    following = sorted(c["on"] for c in timeline["changes"] if c["on"] > "2019-12-09")
    assert page.locator("#as-of").input_value() == following[0]
    assert opened.summary() == _posture_lines(FOUNDING, following[0])
    assert opened.errors == []


# lamd: a judgment, appeals and a mandate; ned (D. Neb., 136 entries): more states than the
# page keeps between two checkpoints, so a date far in is rebuilt from a checkpoint.
@pytest.mark.parametrize("sheet", ["lamd", "ned"])
def test_a_report_of_a_real_imported_docket_agrees_with_docket_posture(
    sheet: str, tmp_path: Path, open_report: Callable[..., OpenPage]
) -> None:
    history = tmp_path / f"{sheet}.jsonl"
    done = docket("import", "juriscraper", str(SHEETS / f"{sheet}.json"), "-o", str(history))
    assert done.returncode == 0, done.stderr
    opened = open_report(_report(str(history), tmp_path / f"{sheet}.html", "--as-of", "2019-06-01"))
    timeline = json.loads(docket("timeline", str(history), "--json").stdout)
    days = sorted({c["on"] for c in timeline["changes"] if c["on"]})
    # Every fifth day the posture changes, the last, and a day long after.
    chosen = sorted(set(days[::5]) | {days[-1], "2030-01-01"})
    for day in chosen:
        _shows_what_posture_prints(opened, str(history), day)
    opened.choose(days[-1])
    opened.screenshot(f"{sheet}-last-change")
    entries = [json.loads(line) for line in history.read_text().splitlines() if line.strip()]
    rows = opened.page.locator("#entries tbody tr")
    assert rows.count() == len(entries)
    flagged = [e for e in entries if e.get("review")]
    assert flagged, "the fixture sheet has entries flagged for review"
    assert opened.page.locator("#entries tbody tr.flagged").count() == len(flagged)
    assert opened.errors == [] and opened.requests == []


def test_a_script_in_docket_text_stays_text(
    tmp_path: Path, open_report: Callable[..., OpenPage]
) -> None:
    lines = [json.loads(line) for line in (ROOT / FOUNDING).read_text().splitlines()]
    evil = '</script><script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">'
    lines[1]["text"] = "MOTION to Compel " + evil
    lines[1]["movants"] = ["Plaintiff " + evil]
    history = tmp_path / "evil.jsonl"
    history.write_text("".join(json.dumps(line) + "\n" for line in lines))
    opened = open_report(_report(str(history), tmp_path / "evil.html", "--as-of", "2019-12-10"))
    assert opened.page.evaluate("typeof window.pwned") == "undefined"
    assert opened.page.locator("img").count() == 0
    assert opened.page.locator("script").count() == 2  # the page's data and its own script
    cell = opened.page.locator("#entries tbody tr").nth(1).locator("td.text")
    assert evil in str(cell.text_content())
    assert any(evil in line for line in opened.summary())
    assert opened.summary() == _posture_lines(str(history), "2019-12-10")
    assert opened.errors == []


def _busy_day(history: str) -> str:
    """The day of the timeline with the most deadlines running, per docket posture."""
    timeline = json.loads(docket("timeline", history, "--json").stdout)
    days = sorted({c["on"] for c in timeline["changes"] if c["on"]})
    counts = {}
    for day in days[:: max(len(days) // 8, 1)]:
        said = _posture_json(history, day)
        deadlines, anomalies = said["deadlines"], said["anomalies"]
        assert isinstance(deadlines, list) and isinstance(anomalies, list)
        counts[day] = (len(deadlines), len(anomalies))
    return max(counts, key=lambda d: counts[d])


@pytest.mark.parametrize("width", [1200, 390])
def test_the_reports_pass_axe_core_at_wcag_2_1_aa(
    width: int, tmp_path: Path, open_report: Callable[..., OpenPage]
) -> None:
    history = tmp_path / "lamd.jsonl"
    assert docket("import", "juriscraper", str(SHEET), "-o", str(history)).returncode == 0
    for name, source in (("lucero", FOUNDING), ("lamd", str(history))):
        opened = open_report(_report(source, tmp_path / f"{name}.html"), width=width)
        assert opened.axe_violations() == [], name
        # And with the deadlines table and the anomalies filled in, on a day that has them.
        busy = _busy_day(source)
        opened.choose(busy)
        assert opened.page.locator("#deadlines tbody tr").count() > 0, busy
        assert opened.axe_violations() == [], f"{name} on {busy}"
        opened.screenshot(f"{name}-{width}px")
        assert opened.errors == []
