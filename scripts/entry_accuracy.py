"""Measuring the classifier against hand-labelled docket entries (an evaluation harness: it
lives in scripts/, outside the installed package; `python scripts/accuracy.py` prints it).

Labels are JSON lines (see ``tests/fixtures/labels/GUIDE.md``): for one entry of one
fixture docket, its event type, and for a motion its kind (and, for an entry holding
several motions, each one's kind: ``parts``), for a response or reply the motion it
answers, for an order its rulings on motions it names by number. The importer
reads each labelled docket whole (references resolve on the whole docket, as they do in
use), and each labelled entry is compared with the event it became.

Rulings the importer resolves from words alone ("plaintiff's consent motion is granted"),
and motions a response names only in words, are outside what the labels record: they are
counted apart, not compared.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docket.events import DocketEvent, MotionFiled, OrderEntered, ReplyFiled, ResponseFiled
from docket.ingest.build import build
from docket.ingest.sources import RawDocket, read_courtlistener, read_juriscraper

__all__ = ["Label", "Predicted", "Scores", "load_labels", "predict", "score"]


@dataclass(frozen=True)
class Label:
    """One hand-labelled docket entry."""

    source: str
    index: int
    doc: int | None
    text: str
    type: str
    kind: str | None
    to_motion: int | None
    rulings: frozenset[tuple[int, str]] | None
    #: For an entry holding several motions, each one's kind in order (``None``: one motion).
    parts: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Predicted:
    """What the importer made of one entry, in the labels' terms."""

    type: str
    kind: str | None
    #: Each motion's kind, for an entry read as several motions.
    parts: tuple[str, ...] | None
    to_motion: int | None
    to_motion_named: bool
    rulings: frozenset[tuple[int, str]]
    unnamed_rulings: int


def load_labels(path: str | Path) -> list[Label]:
    """Read a labels file (JSON lines)."""
    out = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            d = json.loads(line)
            rulings = d.get("rulings")
            out.append(
                Label(
                    source=d["source"],
                    index=d["index"],
                    doc=d.get("doc"),
                    text=d.get("text") or "",
                    type=d["type"],
                    kind=d.get("kind"),
                    to_motion=d.get("to_motion"),
                    rulings=None
                    if rulings is None
                    else frozenset((r["motion"], r["disposition"]) for r in rulings),
                    parts=tuple(d["parts"]) if d.get("parts") else None,
                )
            )
    return out


def _read(root: Path, source: str) -> RawDocket:
    path = root / source
    return (
        read_courtlistener(path) if source.startswith("courtlistener/") else read_juriscraper(path)
    )


def _named(n: int, text: str) -> bool:
    return re.search(rf"(?<![\d/.:$-]){n}(?![\d/:]|\.\d)", text) is not None


def _predicted(event: DocketEvent, further: list[DocketEvent]) -> Predicted:
    text = event.text or ""
    kind = event.kind.value if isinstance(event, MotionFiled) else None
    parts = tuple(e.kind.value for e in [event, *further] if isinstance(e, MotionFiled))
    to_motion = event.to_motion if isinstance(event, ResponseFiled | ReplyFiled) else None
    named: set[tuple[int, str]] = set()
    unnamed = 0
    if isinstance(event, OrderEntered):
        for r in event.rulings:
            if _named(r.motion, text):
                named.add((r.motion, r.disposition.value))
            else:
                unnamed += 1
    return Predicted(
        type=event.type,
        kind=kind,
        parts=parts if len(parts) > 1 else None,
        to_motion=to_motion,
        to_motion_named=to_motion is not None and _named(to_motion, text),
        rulings=frozenset(named),
        unnamed_rulings=unnamed,
    )


def predict(root: str | Path, labels: list[Label]) -> dict[tuple[str, int], Predicted]:
    """Import every labelled docket under ``root`` and read off each labelled entry."""
    out: dict[tuple[str, int], Predicted] = {}
    for source in sorted({label.source for label in labels}):
        raw = _read(Path(root), source)
        result = build(raw)
        by_id = {e.id: e for e in result.events}
        further: dict[str, list[DocketEvent]] = {}
        for e in result.events:
            if "/part" in e.id:
                further.setdefault(e.id.rsplit("/part", 1)[0], []).append(e)
        for entry, event_id in zip(raw.entries, result.entry_ids, strict=True):
            if entry.docket == 0:
                out[(source, entry.position)] = _predicted(
                    by_id[event_id], further.get(event_id, [])
                )
    return out


@dataclass
class _PR:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def labelled(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Scores:
    """Precision and recall by event type, motion kind and ruling disposition.

    Attributes:
        types: By event type, over the labelled entries.
        kinds: By motion kind, over entries labelled or predicted a motion.
        dispositions: By disposition, over (order, motion, disposition) triples.
        rulings: All ruling triples together.
        several: Entries holding several motions (labelled ``parts``, or read so): found
            with each motion's kind right.
        to_motion: Responses and replies whose answered motion the label names: how many
            were found (recall), and of those the importer named, how many were right.
        references: Motions an order names by number that are motions on the same docket
            (labelled ``motion_filed`` there), and how many the importer resolved to them.
        unnamed_rulings: Rulings the importer resolved from words alone (not compared).
        mismatches: Labelled entries where type, kind, answered motion or rulings differ.
    """

    types: dict[str, _PR] = field(default_factory=dict)
    kinds: dict[str, _PR] = field(default_factory=dict)
    dispositions: dict[str, _PR] = field(default_factory=dict)
    rulings: _PR = field(default_factory=_PR)
    several: _PR = field(default_factory=_PR)
    to_motion: _PR = field(default_factory=_PR)
    references: tuple[int, int] = (0, 0)
    unnamed_rulings: int = 0
    mismatches: list[str] = field(default_factory=list)


def _count(table: dict[str, _PR], gold: str | None, pred: str | None) -> None:
    if gold == pred:
        if gold is not None:
            table.setdefault(gold, _PR()).tp += 1
        return
    if gold is not None:
        table.setdefault(gold, _PR()).fn += 1
    if pred is not None:
        table.setdefault(pred, _PR()).fp += 1


def score(labels: list[Label], predictions: dict[tuple[str, int], Predicted]) -> Scores:
    """Compare the importer's reading with the labels."""
    s = Scores()
    resolved = named = 0
    motions = {(label.source, label.doc) for label in labels if label.type == "motion_filed"}
    for label in labels:
        p = predictions[(label.source, label.index)]
        _count(s.types, label.type, p.type)
        _count(s.kinds, label.kind, p.kind)
        if label.parts is not None or p.parts is not None:
            if label.parts == p.parts:
                s.several.tp += 1
            else:
                s.several.fn += label.parts is not None
                s.several.fp += p.parts is not None
        gold_r = label.rulings or frozenset()
        for motion, disposition in gold_r | p.rulings:
            _count(
                s.dispositions,
                disposition if (motion, disposition) in gold_r else None,
                disposition if (motion, disposition) in p.rulings else None,
            )
            if (motion, disposition) in gold_r and (motion, disposition) in p.rulings:
                s.rulings.tp += 1
            elif (motion, disposition) in gold_r:
                s.rulings.fn += 1
            else:
                s.rulings.fp += 1
        predicted_motions = {m for m, _ in p.rulings}
        for motion, _ in gold_r:
            if (label.source, motion) in motions:
                named += 1
                resolved += motion in predicted_motions
        s.unnamed_rulings += p.unnamed_rulings
        if label.to_motion is not None:
            if p.to_motion == label.to_motion:
                s.to_motion.tp += 1
            else:
                s.to_motion.fn += 1
                if p.to_motion_named:
                    s.to_motion.fp += 1
        elif p.to_motion_named and label.type == p.type:
            s.to_motion.fp += 1
        if (label.type, label.kind, gold_r, label.parts) != (
            p.type,
            p.kind,
            p.rulings,
            p.parts,
        ) or (label.to_motion is not None and label.to_motion != p.to_motion):
            s.mismatches.append(_mismatch(label, p))
    s.references = (resolved, named)
    return s


def _mismatch(label: Label, p: Predicted) -> str:
    def show(t: str, k: str | None, m: int | None, r: Any) -> str:
        extra = f" {k}" if k else ""
        extra += f" ->{m}" if m is not None else ""
        extra += f" {sorted(r)}" if r else ""
        return t + extra

    gold = show(label.type, label.kind, label.to_motion, label.rulings)
    pred = show(p.type, p.kind, p.to_motion, p.rulings)
    return f"{label.source}[{label.index}] doc {label.doc}: labelled {gold}, read {pred} | {label.text[:80]}"


def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def table(s: Scores) -> str:
    """The scores as a Markdown table (the README's)."""
    rows = ["| measure | labelled | precision | recall |", "|---|---:|---:|---:|"]
    for name, pr in sorted(s.types.items(), key=lambda kv: -kv[1].labelled):
        rows.append(f"| type `{name}` | {pr.labelled} | {_pct(pr.precision)} | {_pct(pr.recall)} |")
    for name, pr in sorted(s.kinds.items(), key=lambda kv: -kv[1].labelled):
        rows.append(
            f"| motion kind `{name}` | {pr.labelled} | {_pct(pr.precision)} | {_pct(pr.recall)} |"
        )
    for name, pr in sorted(s.dispositions.items(), key=lambda kv: -kv[1].labelled):
        rows.append(
            f"| ruling `{name}` | {pr.labelled} | {_pct(pr.precision)} | {_pct(pr.recall)} |"
        )
    r = s.rulings
    rows.append(
        f"| **all rulings** (motion + disposition) | {r.labelled} | {_pct(r.precision)} | {_pct(r.recall)} |"
    )
    v = s.several
    rows.append(
        f"| entries holding several motions (each motion's kind) | {v.labelled} | {_pct(v.precision)} | {_pct(v.recall)} |"
    )
    t = s.to_motion
    rows.append(
        f"| motion a response/reply answers | {t.labelled} | {_pct(t.precision)} | {_pct(t.recall)} |"
    )
    got, of = s.references
    rows.append(
        f"| order references to a motion on the docket, resolved | {of} | | {_pct(got / of if of else 1.0)} |"
    )
    return "\n".join(rows)


def counts(labels: list[Label]) -> Counter[str]:
    """How many entries each source contributes."""
    return Counter(label.source for label in labels)
