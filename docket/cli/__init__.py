"""The ``docket`` command: a thin edge over the Python API (parse, call, render).

Every command module registers its commands on :data:`cli`. Errors become one line on
stderr and exit code 2 (see :class:`~docket.cli._common.DocketGroup`).
"""

from __future__ import annotations

import click

from docket.cli._common import DocketGroup
from docket.cli._logging import configure_logging

__all__ = ["cli", "main"]


@click.group(cls=DocketGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--log-format",
    type=click.Choice(["console", "json"]),
    default="console",
    show_default=True,
    help="How to print logs on stderr.",
)
@click.option("-v", "--verbose", count=True, help="Log each applied event and state change.")
@click.version_option(package_name="docket")
def cli(log_format: str, verbose: int) -> None:
    """Replay federal civil dockets and read a case's posture on any date.

    Example: docket posture events/lucero-v-clovis.jsonl --as-of 2019-12-10
    """
    configure_logging(log_format, verbose)


def _register() -> None:
    from docket.cli import _history, _store

    for module in (_history, _store):
        module.register(cli)


_register()


def main() -> None:
    """The console script's entry point."""
    cli(prog_name="docket")
