"""Estimate: how small a posture's motions would be if held compactly, built on access.

    PYTHONPATH=. python scripts/bench_compact_motions.py 100000

Replays a synthetic history (scripts/synthetic.py, seeded by its size) streaming, then
writes each of the posture's motions as a tuple of plain values (dates as day numbers,
nested facts as tuples, a condition as its text) and packs them ``marshal``-ed and
``zlib``-compressed in chunks of 64, 256 and 1,024 motions: the bytes a motion would take
held so, and the CPU time to pack and unpack them all. Nothing in docket holds motions so
yet; this is the yardstick for the design the README's **Memory** section describes.
"""

from __future__ import annotations

import dataclasses
import marshal
import sys
import tempfile
import time
import zlib
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from synthetic import synthetic_history

from docket import replay_history
from docket.history import write_history


def plain(value: object) -> object:
    """``value`` as marshal can write it: a date as its day number, a dataclass as the
    tuple of its fields, a pydantic condition as its text."""
    if isinstance(value, date):
        return value.toordinal()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return tuple(plain(getattr(value, f.name)) for f in dataclasses.fields(value))
    if isinstance(value, tuple):
        return tuple(plain(x) for x in value)
    if hasattr(value, "model_dump_json"):
        return str(value.model_dump_json())
    if isinstance(value, str):
        return str(value)  # an enum's value, as text
    return value


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"synthetic-{size}.jsonl"
        write_history(path, synthetic_history(size, seed=size))
        posture = replay_history(path)
    started = time.process_time()
    rows = [plain(m) for m in posture.motions]
    flatten = time.process_time() - started
    count = len(rows)
    print(f"{size:,} entries: {count:,} motions; made plain in {flatten:.2f} s CPU")
    for chunk in (64, 256, 1024):
        started = time.process_time()
        blobs = [
            zlib.compress(marshal.dumps(rows[i : i + chunk]), 1) for i in range(0, count, chunk)
        ]
        pack = time.process_time() - started
        started = time.process_time()
        for blob in blobs:
            marshal.loads(zlib.decompress(blob))
        unpack = time.process_time() - started
        held = sum(sys.getsizeof(b) for b in blobs)
        print(
            f"chunks of {chunk:,}: {held / 1e6:.2f} MB, {held / count:.0f} bytes a motion;"
            f" packed in {pack:.2f} s, unpacked in {unpack:.2f} s CPU"
        )


if __name__ == "__main__":
    main()
