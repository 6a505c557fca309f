"""The import report: what the entries became, what stayed generic, what did not resolve."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from docket.ingest.resolve import Unresolved

__all__ = ["ImportReport"]


@dataclass
class ImportReport:
    """How one docket sheet was imported.

    Attributes:
        source: The file read.
        case: The case id the events carry.
        entries: How many entries the sheet holds.
        types: How many entries became each event type.
        rules: How many entries each classifier rule classified.
        added: Events the importer added that no entry is by itself (a synthesized
            ``case_opened``, a ``case_closed`` for an order closing the case), by type.
        skipped: Entries already in the history imported into, so not added again.
        several: Entries holding several motions (CM/ECF's "MOTION to X, MOTION for Y"),
            each motion a ``motion_filed`` of its own (with its ``part``).
        unresolved: Order references that name no motion on the docket.
    """

    source: str
    case: str
    entries: int = 0
    types: Counter[str] = field(default_factory=Counter)
    rules: Counter[str] = field(default_factory=Counter)
    added: Counter[str] = field(default_factory=Counter)
    skipped: int = 0
    several: int = 0
    unresolved: list[Unresolved] = field(default_factory=list)

    @property
    def generic(self) -> int:
        """Entries kept as generic docket entries."""
        return self.types.get("docket_entry", 0)

    def text(self) -> str:
        """The report as lines of text, for a terminal."""
        lines = [f"{self.source}: {self.entries} entries, case {self.case}"]
        width = max((len(t) for t in self.types), default=12)
        for kind, n in sorted(self.types.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"  {kind:<{width}}  {n:>6}")
        share = 100.0 * self.generic / self.entries if self.entries else 0.0
        lines.append(f"  generic (docket_entry): {self.generic} of {self.entries} ({share:.1f}%)")
        for kind, n in sorted(self.added.items()):
            lines.append(f"  added by the importer: {n} {kind}")
        if self.several:
            lines.append(f"  entries holding several motions, each one an event: {self.several}")
        if self.skipped:
            lines.append(f"  already in the history, skipped: {self.skipped}")
        lines.append(f"order references not resolved to a motion: {len(self.unresolved)}")
        for u in self.unresolved:
            order = f"Doc. {u.order}" if u.order is not None else "unnumbered order"
            ref = f"-> {u.ref}" if u.ref is not None else "-> (no number)"
            lines.append(f"  {order} ({u.filed.isoformat()}) {ref}: {u.reason}")
        return "\n".join(lines)
