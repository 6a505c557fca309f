"""Dockets written as docketanalyzer pool rows, for tests of the reader: each text becomes a
numbered entry of one case, entered a day apart (``(Entered: MM/DD/2016)``), read by the
pool's importer, built into events and replayed, the way ``docket import docketanalyzer``
reads a real docket."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from docket import replay
from docket.events import DocketEvent
from docket.ingest import build
from docket.ingest.docketanalyzer import read_docketanalyzer
from docket.posture import Posture


def pool_events(
    tmp_path: Path, texts: Sequence[str], *, ucid: str, month: int
) -> tuple[DocketEvent, ...]:
    """The events of ``texts`` as entries 1, 2, ... of case ``ucid``, the n-th entered on day
    n of ``month`` 2016."""
    rows = ["ucid,ind,docket_text"]
    for n, text in enumerate(texts, start=1):
        body = text.replace('"', '""')
        rows.append(f'{ucid},{n}.0,"{body} (Entered: {month:02d}/{n:02d}/2016)"')
    path = tmp_path / "pool.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return build(read_docketanalyzer(path)[0]).events


def pool_posture(
    tmp_path: Path, texts: Sequence[str], as_of: date, *, ucid: str, month: int
) -> Posture:
    """The posture on ``as_of`` of the docket :func:`pool_events` makes of ``texts``."""
    return replay(pool_events(tmp_path, texts, ucid=ucid, month=month), as_of=as_of)
