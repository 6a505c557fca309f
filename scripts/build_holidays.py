"""Write the holiday calendars docket ships for the years of ``SPAN``, from ``holidays``.

Usage: PYTHONPATH=. python scripts/build_holidays.py

Writes ``docket/rules/holidays/US.json`` (federal legal holidays and presidential closures)
and ``US-XX.json`` for every state and territory the ``holidays`` package knows (the days
only that state keeps), each ``{"built_with": ..., "years": [first, last], "holidays": {day:
[name, kind]}}``. Run it again when the ``holidays`` package is upgraded:
``tests/rules/test_holiday_data.py`` fails while the files and the package disagree.
"""

from __future__ import annotations

import json
from importlib.metadata import version

import holidays

from docket.rules.calendar import (
    DATA,
    SPAN,
    ByYear,
    federal_years_from_library,
    state_years_from_library,
)


def _write(name: str, by_year: ByYear) -> None:
    # One holiday a line, so that a new release of the package shows as a readable diff.
    lines = [
        f"{json.dumps(h.day.isoformat())}: {json.dumps([h.name, h.kind], ensure_ascii=False)}"
        for year in sorted(by_year)
        for h in sorted(by_year[year].values(), key=lambda h: h.day)
    ]
    head = f'"built_with": "holidays {version("holidays")}", "years": {json.dumps(list(SPAN))}'
    body = ",\n".join(lines)
    text = (
        f'{{{head}, "holidays": {{\n{body}\n}}}}\n' if lines else f'{{{head}, "holidays": {{}}}}\n'
    )
    (DATA / f"{name}.json").write_text(text, encoding="utf-8")


def main() -> None:
    years = range(SPAN[0], SPAN[1] + 1)
    DATA.mkdir(exist_ok=True)
    _write("US", federal_years_from_library(years))
    for subdiv in holidays.US.subdivisions:
        _write(f"US-{subdiv}", state_years_from_library(subdiv, years))
    print(f"wrote {len(holidays.US.subdivisions) + 1} calendars for {SPAN[0]}-{SPAN[1]} to {DATA}")


if __name__ == "__main__":
    main()
