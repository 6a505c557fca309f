"""Every name the rules package exports resolves."""

from __future__ import annotations

import importlib

import pytest

MODULES = [
    "docket.rules",
    "docket.rules.briefing",
    "docket.rules.calendar",
    "docket.rules.computation",
    "docket.rules.errors",
    "docket.rules.explain",
    "docket.rules.model",
    "docket.rules.pack",
    "docket.rules.result",
]


@pytest.mark.parametrize("name", MODULES)
def test_every_exported_name_resolves(name: str) -> None:
    module = importlib.import_module(name)
    for exported in module.__all__:
        assert getattr(module, exported) is not None, f"{name}.{exported}"
