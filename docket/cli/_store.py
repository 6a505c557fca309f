"""Commands over the event store: ``append``, ``export``, ``cases`` and ``verify``.

``--store URL`` (or ``$DOCKET_STORE``) names the store: a SQLite file (default
``./docket.db``), ``postgresql://...`` or ``memory:``. Only ``append`` creates a store.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from docket.cli._common import echo_json, json_option, store_option
from docket.files import locked, write_atomically
from docket.history import load_numbered_history
from docket.store import EventStore, MemoryStore, UnknownCase, Verification, open_store
from docket.store.anchor import SavedHead, check_saved_head, parse_saved_head, saved_head_text
from docket.store.errors import BadSavedHead

__all__ = ["register", "store_option"]

F = TypeVar("F", bound=Callable[..., Any])


@click.command()
@click.argument("history", type=click.Path(path_type=str))
@store_option
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar with entries/s on standard error (default: when it is a"
    " terminal and the history holds several cases).",
)
def append(history: str, store_url: str | None, progress: bool | None) -> None:
    """Append the entries of HISTORY (a JSONL docket history) to the store.

    Idempotent: entries already stored with the same content are skipped, so appending
    the same file twice stores each entry once. Each case's entries go in as one
    transaction, all or none. An entry whose id is stored with different content refuses
    its case (record a correction): the other cases are still appended, every case is
    listed (new, merged, unchanged or refused, with the reason and line), and the exit
    status is 2.

    Example: docket append events/lucero-v-clovis.jsonl --store docket.db
    """
    from docket.cli._bulk import finish
    from docket.cli._bulk import progress as progress_bar
    from docket.intake import Summary, append_case, by_case

    started = time.perf_counter()
    cases = by_case(load_numbered_history(history))
    if not cases:
        click.echo(f"{history}: no entries")
        return
    summary = Summary()
    with open_store(store_url) as store:
        if isinstance(store, MemoryStore):
            click.echo(
                "memory: keeps nothing after this command (give a file to keep it)", err=True
            )
        shown = progress if progress is not None else (None if len(cases) > 1 else False)
        with progress_bar(len(cases), shown, "cases") as bar:
            for case, batch in cases.items():
                summary.add(append_case(store, case, batch, history))
                bar.advance(len(batch))
    finish(summary, time.perf_counter() - started, "cases")


@click.command()
@click.option("--case", "case", required=True, metavar="ID", help="The case to export.")
@store_option
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="Write to FILE (all or nothing; a symbolic link there is refused) instead of"
    " standard output.",
)
def export(case: str, store_url: str | None, output: Path | None) -> None:
    """Print a case's entries as a JSONL docket history, exactly as stored.

    The output round-trips: appending it to an empty store and exporting again gives
    the same bytes.

    Example: docket export --case nmd-2:19-cv-00445 -o lucero.jsonl
    """
    with open_store(store_url, create=False) as store:
        entries = store.load(case)
    if not entries:
        raise UnknownCase(case)
    text = "".join(e.payload + "\n" for e in entries)
    if output is None:
        sys.stdout.write(text)
        return
    with locked(output):
        write_atomically(output, text)


@click.command()
@store_option
@json_option
def cases(store_url: str | None, as_json: bool) -> None:
    """List the cases in the store: id, number of entries, when the last was recorded.

    Example: docket cases --store postgresql://postgres@127.0.0.1/test
    """
    with open_store(store_url, create=False) as store:
        summaries = store.cases()
    if as_json:
        echo_json(
            [
                {
                    "case": s.case,
                    "entries": s.version,
                    "last_recorded_at": s.last_recorded_at.isoformat(),
                }
                for s in summaries
            ]
        )
        return
    for s in summaries:
        click.echo(f"{s.case}\t{s.version}\t{s.last_recorded_at.isoformat()}")


@click.command()
@click.option("--case", "case", default=None, metavar="ID", help="Check this case only.")
@click.option(
    "--expect-head",
    "expect_heads",
    multiple=True,
    metavar="[CASE@N=]HASH",
    help="A head saved from an earlier verify (its last column): the case must still hold "
    "it, with the chain intact up to it; later entries are fine. Repeatable. A bare HASH "
    "is for the one case checked.",
)
@store_option
@click.pass_context
def verify(
    ctx: click.Context, case: str | None, expect_heads: tuple[str, ...], store_url: str | None
) -> None:
    """Recompute the hash chains and report the first broken link of each case.

    Exit status 0 when every chain holds (and contains every --expect-head), 1 when one is
    broken or a saved head is missing. Each intact case is printed as ok, case, version,
    hash and CASE@VERSION=HASH: keep that last column elsewhere, and pass it back with
    --expect-head to prove that no entry up to it was changed or removed since.

    The posture snapshot kept of each intact case is rebuilt from its events and replaced
    where it differs (a "snapshot" line says so): a snapshot is derived data, and one
    written by anyone but docket is not believed.

    Example: docket verify --case nmd-2:19-cv-00445 --expect-head nmd-2:19-cv-00445@7=HASH
    """
    saved = [parse_saved_head(text) for text in expect_heads]
    with open_store(store_url, create=False) as store:
        result = store.verify(case)
        if case is not None and result.events == 0 and not saved:
            raise UnknownCase(case)
        missed = _saved_heads_missed(store, result, case, saved)
        snapshots = _check_snapshots(store, [head.case for head in result.heads])
    for head in result.heads:
        if head.case not in missed:
            click.echo(f"ok\t{head.case}\t{head.version}\t{head.hash}\t{saved_head_text(head)}")
    for line in snapshots:
        click.echo(line)
    for link in result.broken:
        click.echo(f"BROKEN\t{link}")
    for _, line in sorted(missed.items()):
        click.echo(f"MISMATCH\t{line}")
    summary = f"{result.events} entries in {result.cases} cases"
    if result.ok and not missed:
        anchored = f" and contains the saved heads given ({len(saved)})" if saved else ""
        click.echo(f"verified {summary}: every chain holds{anchored}", err=True)
        return
    problems = [f"{len(result.broken)} broken chains"] if result.broken else []
    problems += [f"{len(missed)} cases missing a saved head"] if missed else []
    click.echo(f"{' and '.join(problems)} among {summary}", err=True)
    ctx.exit(1)


def _saved_heads_missed(
    store: EventStore, result: Verification, case: str | None, saved: list[SavedHead]
) -> dict[str, str]:
    """Each case whose intact chain lacks a head saved for it, and a line saying what
    differs. A broken chain is reported as broken, not checked against its saved heads."""
    heads = {h.case: h for h in result.heads}
    broken = {b.case for b in result.broken}
    missed: dict[str, str] = {}
    for head in saved:
        if head.case is None:
            known = [case] if case is not None else [*heads, *broken]
            if not known:
                missed[""] = f"the store holds no entries, but head {head.hash[:16]}… was saved"
                continue
            if len(known) != 1:
                raise BadSavedHead(
                    f"saved head {head.hash}: the store holds {len(known)} cases; name the"
                    " case (--expect-head CASE@VERSION=HASH, as verify prints it, or --case)"
                )
            head = head._replace(case=known[0])
        assert head.case is not None
        if case is not None and head.case != case:
            raise BadSavedHead(
                f"saved head {head.case}@…: it is for case {head.case!r}, but --case checks"
                f" only {case!r}"
            )
        if head.case in broken or head.case in missed:
            continue
        reason = check_saved_head(store, head, heads.get(head.case))
        if reason is not None:
            missed[head.case] = f"case {head.case!r}: {reason}"
    return missed


def _check_snapshots(store: Any, cases: list[str]) -> list[str]:
    """Rebuild the kept snapshots of ``cases`` (see :func:`docket.audit.kept.check_snapshots`),
    as lines to print."""
    from docket.audit.kept import check_snapshots
    from docket.store import StoreError

    try:
        done = check_snapshots(store, cases)
    except StoreError as e:
        return [f"snapshot\t-\tnot checked: {e}"]
    return [f"snapshot\t{c}\t{what}" for c, what in done]


def register(group: click.Group) -> None:
    """Add this module's commands to ``group``."""
    for command in (append, export, cases, verify):
        group.add_command(command)
