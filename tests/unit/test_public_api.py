"""Every name a public module exports resolves."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import docket

PUBLIC = sorted(
    m.name
    for m in pkgutil.walk_packages(docket.__path__, "docket.")
    if not any(part.startswith("_") for part in m.name.split("."))
)


@pytest.mark.parametrize("name", PUBLIC)
def test_every_exported_name_resolves(name):
    module = importlib.import_module(name)
    exported = getattr(module, "__all__", None)
    assert exported is not None, f"{name} has no __all__"
    for attr in exported:
        assert hasattr(module, attr), f"{name}.{attr}"
