"""A case's report: one self-contained HTML page (styles and script inline, no network).

The page holds a timeline of the case (motions from filing to ruling, stays, judgments,
appeals, every entry), a date control that shows the posture on the chosen date (the same
text ``docket posture --as-of`` prints, carried in the page for every day the posture
changes, so no server is needed), the deadlines running and the anomalies on that date, and
a table of every entry with how it was read. Rendered with Jinja2, autoescaping on: every
piece of docket text is escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from importlib.resources import files

from docket.events import DocketEvent

__all__ = ["render_report"]


def _asset(name: str) -> str:
    return files("docket.report").joinpath("assets", name).read_text(encoding="utf-8")


def render_report(events: Sequence[DocketEvent], question: list[str], as_of: date) -> str:
    """The HTML report of a case's ``events``, its date control opening on ``as_of``;
    ``question`` is what the report answers, as a reading's first lines."""
    import jinja2
    from markupsafe import Markup

    from docket.report._model import build_model

    model = build_model(events, question, as_of)
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("docket.report", "assets"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    template = env.get_template("report.html.j2")
    # The page's own style and script: ours, not docket text, so inlined unescaped.
    return template.render(
        m=model,
        style=Markup(_asset("report.css")),
        script=Markup(_asset("report.js")),
    )
