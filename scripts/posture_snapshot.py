"""Snapshot of the posture of every example history and of synthetic ones: JSON and text.

For every history under events/ and synthetic histories of several sizes (scripts/synthetic.py,
seeded), on several dates, write one line with the history, the date, how it was replayed
(``whole``: ``replay(load_history(p))``; ``stream``: ``replay_history(p)``) and the SHA-256 of
the posture's JSON (``Posture.model_dump(mode="json")``, as ``docket posture --json`` prints
it) and of its text (``docket.render.posture_text``). Two snapshots taken before and after a
change that should not change any output (a saving of memory or time) must be identical:

    python scripts/posture_snapshot.py > /tmp/before.txt
    ... change ...
    python scripts/posture_snapshot.py > /tmp/after.txt
    cmp /tmp/before.txt /tmp/after.txt

Usage: python scripts/posture_snapshot.py [SIZE ...]   (synthetic sizes; default 1000 10000 100000)
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from synthetic import synthetic_history

from docket import load_history, replay, replay_history
from docket.history import write_history
from docket.posture import Posture
from docket.render import posture_text

ROOT = Path(__file__).resolve().parent.parent / "events"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _dates(path: Path) -> list[date | None]:
    """The end of the history (``None``), and three days along it."""
    events = load_history(path)
    first, last = events[0].filed, events[-1].filed
    span = (last - first).days
    return [None, *(date.fromordinal(first.toordinal() + span * k // 4) for k in (1, 2, 3))]


def _lines(name: str, path: Path) -> list[str]:
    out = []
    for day in _dates(path):
        postures: dict[str, Posture] = {
            "whole": replay(load_history(path), as_of=day),
            "stream": replay_history(path, as_of=day),
        }
        for how, p in postures.items():
            as_json = json.dumps(p.model_dump(mode="json"), sort_keys=True)
            out.append(f"{name} {day} {how} {_digest(as_json)} {_digest(posture_text(p))}")
    return out


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 10_000, 100_000]
    for path in sorted(ROOT.rglob("*.jsonl")):
        for line in _lines(str(path.relative_to(ROOT)), path):
            print(line, flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            for seed in (size, size + 1):
                path = Path(tmp) / f"synthetic-{size}-{seed}.jsonl"
                write_history(path, synthetic_history(size, seed=seed))
                for line in _lines(f"synthetic-{size}-seed{seed}", path):
                    print(line, flush=True)


if __name__ == "__main__":
    main()
