"""What ``docket batch`` should write for a case, worked out from ``docket posture --json``.

The rows are derived here from the posture's JSON, field by field, not from the batch's own
code: a test comparing the two catches a batch row that says something the posture does not.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from click.testing import CliRunner

from docket.cli import cli

Row = dict[str, Any]


def posture_json(*args: str) -> dict[str, Any]:
    """``docket posture ARGS --json --no-index``, run through the real command."""
    result = CliRunner().invoke(cli, ["posture", *args, "--json", "--no-index"])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.output)
    return data


def _days(start: str | None, end: str | None) -> int | None:
    if start is None or end is None:
        return None
    return (date.fromisoformat(end) - date.fromisoformat(start)).days


def expected_rows(p: dict[str, Any], source: str | None, case_id: str | None = None) -> list[Row]:
    """The batch rows of a posture (its ``--json``), dates as ISO text; ``case_id`` is the
    id the case was asked for by, in the store."""
    case = p["case"]
    common = {
        "case": case["id"] or case_id,
        "source": source,
        "court": case["court"],
        "judge": case.get("judge"),
        "as_of": p["as_of"],
    }
    d = p["discovery"]
    rows: list[Row] = [
        {
            "row": "case",
            **common,
            "title": case["title"],
            "status": case["status"],
            "since": case["since"],
            "discovery_status": d["status"],
            "discovery_since": d["since"],
            "discovery_closes": d["closes"],
            "rule_pack": case["rule_pack"],
            "review": "; ".join(f["reason"] for f in case["review"]) or None,
        }
    ]
    for m in p["motions"]:
        leave = m["leave_to_refile"]
        rows.append(
            {
                "row": "motion",
                **common,
                "doc": m["doc"],
                "part": m["part"],
                "kind": m["kind"],
                "title": m["title"],
                "movant": m["movant"],
                "grounds": "; ".join(m["grounds"]) or None,
                "filed": m["filed"],
                "status": m["status"],
                "decided": m["decided"],
                "decided_by": m["decided_by"],
                "days_to_ruling": _days(m["filed"], m["decided"]),
                "leave_to_refile": leave["status"] if leave else None,
                "review": "; ".join(f["reason"] for f in m["review"]) or None,
            }
        )
    for s in d["stays"]:
        rows.append(
            {
                "row": "stay",
                **common,
                "doc": s["imposed_by"],
                "grounds": "; ".join(s["grounds"]) or None,
                "status": s["status"],
                "scope": s["scope"],
                "imposed": s["imposed"],
                "lifted": s["lifted"],
                "lifted_by": s["lifted_by"],
                "lifted_because": s["lifted_because"],
                "lift_cause": s.get("lift_cause"),
                "stay_days": _days(s["imposed"], s["lifted"] or p["as_of"]),
                "on_motion": s["on_motion"],
                "review": s.get("review"),
            }
        )
    for dl in p["deadlines"]:
        rows.append(
            {
                "row": "deadline",
                **common,
                "doc": dl["trigger_doc"],
                "part": dl["part"],
                "title": dl["what"],
                "status": dl["status"],
                "on_motion": dl["motion"],
                "due": dl["due"],
                "deadline": dl["id"],
                "rule": dl["rule"],
                "citation": dl["citation"],
            }
        )
    return rows


def filled(row: Row) -> Row:
    """A row without its empty cells (a column that does not apply to the row's kind)."""
    return {k: v for k, v in row.items() if v is not None}


def read_jsonl(path: str) -> list[Row]:
    """The rows of a JSONL batch output."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def read_parquet(path: str) -> list[Row]:
    """The rows of a Parquet batch output, dates as ISO text (as in JSONL)."""
    import pyarrow.parquet as pq

    rows = pq.read_table(path).to_pylist()
    return [
        {k: v.isoformat() if isinstance(v, date) else v for k, v in row.items()} for row in rows
    ]
