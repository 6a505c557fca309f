"""A computed deadline in words, as a clerk would note it.

Example (one reading)::

    Response due Friday, May 24, 2019 (D.N.M.LR-Civ. 7.4(a)): 14 days after Friday,
    May 10, 2019, the trigger day excluded, end on Friday, May 24, 2019 (FRCP 6(a)(1)(A)-(B));
    served electronically: no days added (...) (FRCP 6(d)); ...
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from docket.rules.result import DeadlineResult, Reading

__all__ = ["explain", "headline"]


def _what(result: DeadlineResult) -> str:
    if result.what is None:
        return "Due"
    words = result.what.replace("_", " ")
    return f"{words[:1].upper()}{words[1:]} due"


def _clauses(reading: Reading) -> str:
    return "; ".join(f"{s.text} ({s.citation})" for s in reading.steps)


def headline(result: DeadlineResult) -> str:
    """One line: what is due, when, and under which rule."""
    from docket.rules.result import long_date

    rule = f" ({result.citation})" if result.citation else ""
    if len(result.readings) == 1:
        return f"{_what(result)} {long_date(result.due)}{rule}"
    later = ", or ".join(f"{long_date(r.due)} if {r.assumption}" for r in result.readings[1:])
    return f"{_what(result)} {long_date(result.due)}{rule}, or {later}"


def explain(result: DeadlineResult) -> str:
    """The whole computation in words: the headline, each reading's steps with their
    citations, and any notice (a fallback to the FRCP, a configurable default period)."""
    from docket.rules.result import long_date

    lines: list[str] = []
    if len(result.readings) == 1:
        lines.append(f"{headline(result)}: {_clauses(result.readings[0])}.")
    else:
        lines.append(
            f"{headline(result)}. Two readings; meet the earliest, {long_date(result.due)}."
        )
        for n, reading in enumerate(result.readings, start=1):
            lines.append(f"  Reading {n}: {long_date(reading.due)}, assuming {reading.assumption}.")
            lines.append(f"    {_clauses(reading)}.")
    if result.notice:
        lines.append(f"Note: {result.notice}")
    return "\n".join(lines)
