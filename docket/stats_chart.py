"""``docket stats --chart``: the outcome shares of each group as a picture.

One horizontal bar per group large enough to say anything (at least :data:`~docket.stats.MIN_N`
motions), split into the shares of its outcomes, each segment labelled with its percentage
where it is wide enough and hatched as well as coloured (colour is never the only signal);
the group's n stands beside its name. Groups too small are listed under the chart, not drawn.
Drawn with matplotlib's non-interactive Agg backend (no display needed); the file's suffix
chooses PNG or SVG.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from docket.errors import DocketError

if TYPE_CHECKING:
    from docket.stats import MotionGroup

__all__ = ["ChartUnwritable", "write_chart"]

#: Outcome, label, colour (Okabe-Ito, safe for colour-blind readers) and hatch.
_STYLE = (
    ("granted", "granted", "#009E73", ""),
    ("granted_in_part", "in part", "#56B4E9", "//"),
    ("denied", "denied", "#D55E00", "xx"),
    ("denied_without_prejudice", "denied w/o prejudice", "#E69F00", ".."),
    ("moot", "moot", "#999999", "--"),
    ("withdrawn", "withdrawn", "#CC79A7", "\\\\"),
    ("pending", "pending", "#F0E442", "oo"),
    ("held_in_abeyance", "held in abeyance", "#0072B2", "++"),
)


class ChartUnwritable(DocketError, ValueError):
    """The chart cannot be written: a suffix other than .png or .svg, or matplotlib missing."""


def write_chart(path: Path, keys: list[str], motions: list[MotionGroup], title: str) -> int:
    """Draw the outcome shares of ``motions``' groups into ``path``; the number of groups drawn.

    Raises:
        ChartUnwritable: the suffix is not .png or .svg, or matplotlib is not installed.
    """
    from docket.stats import MIN_N

    if path.suffix.lower() not in (".png", ".svg"):
        raise ChartUnwritable(f"{path}: a chart is written as .png or .svg")
    try:
        import matplotlib
    except ImportError:
        raise ChartUnwritable(
            "docket stats --chart needs matplotlib: pip install 'docket[batch]'"
        ) from None
    matplotlib.use("Agg")
    # Text stays text in an SVG (searchable, read by screen readers), not glyph outlines.
    matplotlib.rcParams["svg.fonttype"] = "none"
    import matplotlib.pyplot as plt

    shown = [g for g in motions if g.motions >= MIN_N]
    small = [g for g in motions if g.motions < MIN_N]
    height = 1.2 + 0.45 * max(len(shown), 1) + (0.4 if small else 0)
    fig, ax = plt.subplots(figsize=(10, height))
    names = [f"{' / '.join(g.key[k] for k in keys)} (n={g.motions})" for g in shown]
    for outcome, label, colour, hatch in _STYLE:
        lefts = []
        widths = []
        for g in shown:
            before = sum((g.outcomes[o].value or 0.0) for o, *_ in _STYLE[: _index(outcome)])
            lefts.append(before)
            widths.append(g.outcomes[outcome].value or 0.0)
        bars = ax.barh(
            names,
            widths,
            left=lefts,
            color=colour,
            hatch=hatch,
            edgecolor="#333333",
            linewidth=0.5,
            label=label,
        )
        for bar, w in zip(bars, widths, strict=True):
            if w >= 0.08:
                ax.text(
                    bar.get_x() + w / 2,
                    bar.get_y() + bar.get_height() / 2,
                    f"{w:.0%}",
                    ha="center",
                    va="center",
                    fontsize=8,
                    color="#000000",
                    bbox={"facecolor": "white", "alpha": 0.7, "pad": 1, "linewidth": 0},
                )
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
    ax.invert_yaxis()
    ax.set_title(title, fontsize=10)
    ax.legend(ncol=4, fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.12 if shown else 0.5))
    if small:
        fig.text(
            0.01,
            0.01,
            f"Too small to chart (fewer than {MIN_N} motions): "
            + "; ".join(f"{' / '.join(g.key[k] for k in keys)} (n={g.motions})" for g in small)[
                :300
            ],
            fontsize=7,
        )
    fig.tight_layout()
    fig.savefig(path, format=path.suffix.lower().lstrip("."), metadata=_metadata(path))
    plt.close(fig)
    return len(shown)


def _index(outcome: str) -> int:
    return next(i for i, (o, *_) in enumerate(_STYLE) if o == outcome)


def _metadata(path: Path) -> dict[str, str | None]:
    # No creation date in the file: the same output draws the same bytes (SVG, PNG).
    return {"Date": None} if path.suffix.lower() == ".svg" else {"Software": "docket"}
