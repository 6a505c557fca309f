"""The runtime helpers: pausing the garbage collector, names a package loads on first use, and
pydantic's plugin loader left unloaded when plugins are disabled."""

from __future__ import annotations

import gc
import importlib
import os
import sys
import types
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

__all__ = ["collector_paused", "lazy_names", "skip_plugin_loader"]


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


#: The values of ``PYDANTIC_DISABLE_PLUGINS`` with which pydantic loads no plugin at all.
_NO_PLUGINS = ("__all__", "1", "true")
_LOADER = "pydantic.plugin._loader"


def skip_plugin_loader() -> bool:
    """When ``PYDANTIC_DISABLE_PLUGINS`` disables every plugin, keep pydantic from importing
    its plugin loader, which it does when it builds its first validator only to learn there
    are none; returns whether it was kept from it.

    Importing the loader imports ``importlib.metadata`` (and ``email``, ``csv`` with it), about
    a tenth of a short command's start-up on top of ``pydantic`` and ``click``. pydantic asks
    the loader for one thing, ``get_plugins()``, which with every plugin disabled returns
    nothing: a module holding just that stands in for it. Nothing is done when the loader is
    already imported, or when plugins are enabled (the variable unset, empty, or naming some).
    """
    if os.environ.get("PYDANTIC_DISABLE_PLUGINS") not in _NO_PLUGINS or _LOADER in sys.modules:
        return False
    loader = types.ModuleType(_LOADER, "pydantic's plugin loader, with every plugin disabled.")
    loader.get_plugins = _no_plugins  # type: ignore[attr-defined]
    # The loader is pydantic's private module: should a later pydantic ask it for anything
    # else, the real one is imported in the stand-in's place and answers.
    setattr(loader, "__getattr__", _real_loader)  # noqa: B010 (a module-level __getattr__)
    sys.modules[_LOADER] = loader
    return True


def _no_plugins() -> tuple[()]:
    return ()


def _real_loader(name: str) -> Any:
    """Any name of the plugin loader but ``get_plugins``: from the real loader, imported in
    the stand-in's place."""
    if name.startswith("__"):
        raise AttributeError(name)
    sys.modules.pop(_LOADER, None)
    return getattr(importlib.import_module(_LOADER), name)
