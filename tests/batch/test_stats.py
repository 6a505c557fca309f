"""``docket stats`` on a small batch output built by hand, whose shares and medians are
worked out by hand below."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any, get_args

import pytest
from click.testing import CliRunner, Result

from docket.cli import cli
from docket.posture import LiftCause, MotionStatus

RIGGS = "Kea W. Riggs"


def motion(
    court: str, judge: str | None, kind: str, status: str, days: int | None
) -> dict[str, Any]:
    return {"row": "motion", "case": f"{court}-1", "court": court, "judge": judge, "kind": kind,
            "status": status, "days_to_ruling": days, "scope": None, "stay_days": None}  # fmt: skip


def stay(
    court: str, judge: str | None, scope: str, status: str, days: int, cause: str | None = None
) -> dict[str, Any]:
    return {"row": "stay", "case": f"{court}-1", "court": court, "judge": judge, "kind": None,
            "status": status, "days_to_ruling": None, "scope": scope, "stay_days": days,
            "lift_cause": cause}  # fmt: skip


ROWS = [
    {
        "row": "case",
        "case": "nmd-1",
        "court": "nmd",
        "judge": RIGGS,
        "kind": None,
        "status": "open",
        "days_to_ruling": None,
        "scope": None,
        "stay_days": None,
        "lift_cause": None,
    },
    # D.N.M., compel: 6 motions, 5 decided after 10, 20, 30, 40 and 50 days.
    motion("nmd", RIGGS, "compel", "granted", 10),
    motion("nmd", RIGGS, "compel", "granted", 20),
    motion("nmd", RIGGS, "compel", "granted_in_part", 30),
    motion("nmd", RIGGS, "compel", "denied", 40),
    motion("nmd", RIGGS, "compel", "denied_without_prejudice", 50),
    motion("nmd", RIGGS, "compel", "pending", None),
    # D.N.M., dismiss: 2 motions, too few for a share.
    motion("nmd", RIGGS, "dismiss", "granted", 7),
    motion("nmd", RIGGS, "dismiss", "moot", 9),
    # D. Colo., compel, no judge on record: 5 motions.
    *[motion("cod", None, "compel", "denied", d) for d in (1, 2, 3, 4)],
    motion("cod", None, "compel", "moot", 100),
    # D.N.M.'s discovery stays: 6 lifted (10..60 days), 1 in force; a stay of the whole case.
    # Lifted: 2 on the motion they waited on, 1 by order, 1 on a date, 1 with the case, 1 on
    # an appeal's mandate.
    stay("nmd", RIGGS, "discovery", "lifted", 10, "motion_resolved"),
    stay("nmd", RIGGS, "discovery", "lifted", 20, "motion_resolved"),
    stay("nmd", RIGGS, "discovery", "lifted", 30, "order"),
    stay("nmd", RIGGS, "discovery", "lifted", 40, "date"),
    stay("nmd", RIGGS, "parties", "lifted", 50, "case_closed"),
    stay("nmd", RIGGS, "parties", "lifted", 60, "mandate"),
    stay("nmd", RIGGS, "discovery", "in_force", 500),
    stay("nmd", RIGGS, "case", "lifted", 1000, "order"),
    # D. Colo.: 2 lifted discovery stays, too few for a median; no cause on record.
    stay("cod", None, "discovery", "lifted", 5),
    stay("cod", None, "discovery", "lifted", 6),
    {
        "row": "error",
        "case": "x",
        "court": None,
        "judge": None,
        "kind": None,
        "status": None,
        "days_to_ruling": None,
        "scope": None,
        "stay_days": None,
        "lift_cause": None,
    },
]


@pytest.fixture
def batch_out(tmp_path: Path) -> Path:
    out = tmp_path / "batch.jsonl"
    out.write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    return out


def stats(*args: str) -> Result:
    return CliRunner().invoke(cli, ["stats", *args])


def as_json(*args: str) -> dict[str, Any]:
    result = stats(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.output)
    return data


def group(groups: list[dict[str, Any]], **key: str) -> dict[str, Any]:
    [found] = [g for g in groups if all(g.get(k) == v for k, v in key.items())]
    return found


def test_shares_and_median_days_to_ruling_per_court_and_kind_are_those_worked_by_hand(
    batch_out: Path,
) -> None:
    data = as_json(str(batch_out))
    assert data["by"] == ["court", "kind"] and data["min_n"] == 5
    compel = group(data["motions"], court="nmd", kind="compel")
    assert compel["n"] == 6 and not compel["too_small"]
    shares = {o: f["share"] for o, f in compel["outcomes"].items()}
    assert shares == {"granted": round(2 / 6, 4), "granted_in_part": round(1 / 6, 4),
                      "denied": round(1 / 6, 4), "denied_without_prejudice": round(1 / 6, 4),
                      "moot": 0.0, "withdrawn": 0.0, "pending": round(1 / 6, 4),
                      "held_in_abeyance": 0.0}  # fmt: skip
    assert compel["outcomes"]["granted"] == {"n": 6, "count": 2, "share": 0.3333}
    assert compel["days_to_ruling"] == {"n": 5, "median": 30.0}
    cod = group(data["motions"], court="cod", kind="compel")
    assert cod["outcomes"]["denied"]["share"] == 0.8 and cod["outcomes"]["moot"]["share"] == 0.2
    assert cod["days_to_ruling"] == {"n": 5, "median": 3.0}  # 1, 2, 3, 4, 100


def test_a_group_of_fewer_than_five_motions_is_marked_too_small_and_given_no_share(
    batch_out: Path,
) -> None:
    dismiss = group(as_json(str(batch_out))["motions"], court="nmd", kind="dismiss")
    assert dismiss["n"] == 2 and dismiss["too_small"]
    assert dismiss["outcomes"]["granted"] == {"n": 2, "count": 1, "share": None, "too_small": True}
    assert dismiss["days_to_ruling"] == {"n": 2, "median": None, "too_small": True}
    text = stats(str(batch_out)).output
    [line] = [ln for ln in text.splitlines() if ln.startswith("nmd") and "dismiss" in ln]
    assert "too small" in line and "%" not in line


def test_discovery_stays_give_the_median_length_of_those_lifted_and_leave_out_case_stays(
    batch_out: Path,
) -> None:
    stays = as_json(str(batch_out), "--by", "court")["discovery_stays"]
    nmd = group(stays, court="nmd")
    # 10, 20, 30, 40, 50, 60 lifted (median 35); the one in force and the case stay left out.
    lifted_by = nmd.pop("lifted_by")
    assert nmd == {"court": "nmd", "n": 7, "in_force": 1, "lifted_days": {"n": 6, "median": 35.0}}
    cod = group(stays, court="cod")
    assert cod["lifted_days"] == {"n": 2, "median": None, "too_small": True}
    # What lifted D.N.M.'s 7: 2 the motion, 1 an order, 1 a date, 1 the case closing, 1 the
    # mandate; 1 still stayed.
    counts = {c: f["count"] for c, f in lifted_by.items()}
    assert counts == {"motion_resolved": 2, "date": 1, "terms": 0, "mandate": 1, "order": 1,
                      "case_closed": 1, "unknown": 0, "in_force": 1}  # fmt: skip
    assert lifted_by["motion_resolved"] == {"n": 7, "count": 2, "share": round(2 / 7, 4)}
    assert cod["lifted_by"]["unknown"] == {"n": 2, "count": 2, "share": None, "too_small": True}


def test_what_lifted_the_discovery_stays_is_in_the_text_table(batch_out: Path) -> None:
    text = stats(str(batch_out), "--by", "court").output
    head = next(ln for ln in text.splitlines() if ln.startswith("court") and "stays" in ln)
    for words in ("motion resolved", "order", "case closed", "mandate", "still stayed"):
        assert words in head
    [nmd] = [ln for ln in text.splitlines() if ln.startswith("nmd") and "(n=6)" in ln]
    # 7 stays: motion 2/7, date 1/7, terms 0, mandate 1/7, order 1/7, case 1/7, in force 1/7
    # (no cause unknown: that column is shown only when a stay has none on record).
    assert nmd.split()[-16:] == ["2", "(29%)", "1", "(14%)", "0", "(0%)", "1", "(14%)", "1",
                                 "(14%)", "1", "(14%)", "0", "(0%)", "1", "(14%)"]  # fmt: skip
    # D. Colo.'s 2 stays, lifted with no cause on record: counts only, too few for a share.
    [cod] = [ln for ln in text.splitlines() if ln.startswith("cod") and "(n=2)" in ln]
    assert cod.split()[-8:] == ["0", "0", "0", "0", "0", "0", "2", "0"]


def test_by_judge_groups_a_judges_motions_across_kinds_and_names_an_unknown_judge(
    batch_out: Path,
) -> None:
    data = as_json(str(batch_out), "--by", "judge")
    riggs = group(data["motions"], judge=RIGGS)
    assert riggs["n"] == 8 and riggs["outcomes"]["granted"]["share"] == round(3 / 8, 4)
    # 10, 20, 30, 40, 50, 7, 9 decided: median 20.
    assert riggs["days_to_ruling"] == {"n": 7, "median": 20.0}
    assert group(data["motions"], judge="(unknown)")["n"] == 5


def test_the_text_table_and_the_csv_give_the_same_figures(batch_out: Path) -> None:
    text = stats(str(batch_out)).output
    [line] = [ln for ln in text.splitlines() if ln.startswith("nmd") and "compel" in ln]
    assert line.split()[:4] == ["nmd", "compel", "6", "33%"] and "30 (n=5)" in line
    rows = list(csv.DictReader(io.StringIO(stats(str(batch_out), "--format", "csv").output)))
    compel = next(r for r in rows if r["court"] == "nmd" and r["kind"] == "compel")
    assert compel["table"] == "motions" and compel["granted_share"] == "0.3333"
    assert compel["median_days_to_ruling"] == "30" and compel["ruled"] == "5"
    stay_rows = [r for r in rows if r["table"] == "discovery_stays"]
    assert {r["court"]: r["median_stay_days"] for r in stay_rows} == {"cod": "", "nmd": "35"}


def test_a_parquet_output_gives_the_figures_of_the_same_rows_in_json_lines(
    batch_out: Path, tmp_path: Path
) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    parquet = tmp_path / "batch.parquet"
    pq.write_table(pa.Table.from_pylist(ROWS), parquet)
    assert as_json(str(parquet), "--by", "judge") == as_json(str(batch_out), "--by", "judge")


def test_a_file_that_is_not_a_batch_output_is_refused_in_one_line(tmp_path: Path) -> None:
    other = tmp_path / "other.jsonl"
    other.write_text('{"type": "case_opened"}\n')
    for path, says in (
        (other, "not a docket batch output"),
        (tmp_path / "no.jsonl", "cannot be read"),
    ):
        result = stats(str(path))
        assert result.exit_code == 2 and says in result.output, result.output
        assert "Traceback" not in result.output and len(result.output.splitlines()) == 1


def test_the_chart_draws_each_group_large_enough_with_its_shares_and_lists_the_small_ones(
    batch_out: Path, tmp_path: Path
) -> None:
    import xml.etree.ElementTree as ET

    chart = tmp_path / "outcomes.svg"
    result = stats(str(batch_out), "--by", "court", "--by", "kind", "--chart", str(chart))
    assert result.exit_code == 0, result.output
    texts = [t.text or "" for t in ET.parse(chart).iter() if t.tag.endswith("text")]
    words = " ".join(texts)
    # Drawn: D.N.M. compel (6 motions) and D. Colo. compel (5); D.N.M. dismiss (2) is not.
    assert "nmd / compel (n=6)" in texts and "cod / compel (n=5)" in texts
    assert "nmd / dismiss (n=2)" not in texts and "nmd / dismiss (n=2)" in words
    # Worked by hand: D.N.M. compel granted 2 of 6, D. Colo. compel denied 4 of 5, moot 1 of 5.
    assert {"33%", "17%", "80%", "20%"} <= set(texts)


def test_a_png_chart_is_a_png_and_a_chart_of_another_kind_is_refused_in_one_line(
    batch_out: Path, tmp_path: Path
) -> None:
    png = tmp_path / "outcomes.png"
    assert stats(str(batch_out), "--chart", str(png)).exit_code == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    result = CliRunner().invoke(cli, ["stats", str(batch_out), "--chart", str(tmp_path / "x.pdf")])
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0 and ".png or .svg" in result.output
    assert not (tmp_path / "x.pdf").exists()


def every_outcome_rows() -> list[dict[str, Any]]:
    """Motions of every status a posture can give, and discovery stays of every lift cause
    and still in force, in two courts of uneven mixes (a court of 3 too few for shares)."""
    statuses, causes = get_args(MotionStatus), get_args(LiftCause)
    rows = [motion("nmd", RIGGS, "compel", s, None) for s in statuses]
    rows += [motion("nmd", RIGGS, "compel", s, None) for s in statuses[:3]]
    rows += [motion("cod", None, "dismiss", s, None) for s in statuses[-3:]]
    rows += [stay("nmd", RIGGS, "discovery", "lifted", 10, c) for c in causes]
    rows += [stay("nmd", RIGGS, "parties", "in_force", 10), stay("nmd", RIGGS, "discovery",
             "lifted", 3, causes[0])]  # fmt: skip
    return rows


def test_every_groups_shares_add_up_to_all_its_motions_and_stays_over_every_outcome(
    tmp_path: Path,
) -> None:
    out = tmp_path / "every.jsonl"
    out.write_text("".join(json.dumps(r) + "\n" for r in every_outcome_rows()))
    data = as_json(str(out), "--by", "court")
    for g in data["motions"]:
        assert set(get_args(MotionStatus)) <= set(g["outcomes"]), g["outcomes"].keys()
        assert sum(f["count"] for f in g["outcomes"].values()) == g["n"]
        if not g["too_small"]:
            assert sum(f["share"] for f in g["outcomes"].values()) == pytest.approx(1, abs=1e-3)
    for g in data["discovery_stays"]:
        assert set(get_args(LiftCause)) <= set(g["lifted_by"]), g["lifted_by"].keys()
        assert sum(f["count"] for f in g["lifted_by"].values()) == g["n"]
        assert sum(f["share"] for f in g["lifted_by"].values()) == pytest.approx(1, abs=1e-3)
    rows = list(csv.DictReader(io.StringIO(stats(str(out), "--format", "csv").output)))
    for r in rows:
        part = "lifted_by_" if r["table"] == "discovery_stays" else ""
        counts = [int(v) for k, v in r.items() if k.endswith("_count") and
                  k.startswith(part) and v]  # fmt: skip
        assert sum(counts) == int(r["n"]), r
