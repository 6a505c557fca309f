"""The runtime helpers: pausing the garbage collector, and names a package loads on first use."""

from __future__ import annotations

import gc
import importlib
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

__all__ = ["collector_paused", "lazy_names"]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector, and resume it after if it was running.

    Replaying or reading a long docket builds many objects that all live to the end and makes
    no garbage cycles on the way; collections meanwhile only scan them again and again (more
    than doubling replay's time on 40,000 entries). Reference counting still frees garbage.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def lazy_names(
    package: str, homes: Mapping[str, str], namespace: dict[str, Any]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """A module ``__getattr__`` and ``__dir__`` that import each name from its home module.

    Args:
        package: The package's name, for the error on an unknown name.
        homes: Each public name and the module it lives in.
        namespace: The package's ``globals()``: a name, once loaded, is kept there.
    """

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(home), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*namespace, *homes})

    return __getattr__, __dir__
