"""The files a command's PATH arguments name: files, folders searched for a kind of file, and
quoted globs that docket expands itself.

Kept apart from the commands that read the files, and importing nothing of docket, so that
``docket batch`` lists its histories without loading the importers (their start-up is paid
before any replay starts, in the one process that hands out the work).
"""

from __future__ import annotations

import glob
from pathlib import Path

__all__ = ["expand_paths"]

_GLOB = frozenset("*?[")


def expand_paths(
    paths: tuple[str, ...], suffixes: tuple[str, ...]
) -> tuple[list[str], list[tuple[str, str]]]:
    """The files ``paths`` name, in the order given (a folder's and a glob's sorted), each
    once; and, for each path that names none, the path and why."""
    files: dict[str, None] = {}
    missing: list[tuple[str, str]] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(
                str(p)
                for p in path.rglob("*")
                if p.suffix.lower() in suffixes and p.is_file() and not p.name.startswith(".")
            )
            if not found:
                missing.append((given, f"no {' or '.join(suffixes)} file in this folder"))
            files.update(dict.fromkeys(found))
        elif path.exists() or path.is_symlink() or not _GLOB & set(given):
            files[given] = None  # a file, or a path the reader refuses with its own reason
        else:
            matched = sorted(glob.glob(given, recursive=True))
            found = [m for m in matched if Path(m).is_file()]
            if not found:
                missing.append((given, "no file matches this pattern"))
            files.update(dict.fromkeys(found))
    return list(files), missing
