"""Hypothesis profiles for the whole suite: ``ci`` (the default), ``dev`` (faster), ``mutation``,
and ``fuzz`` (a long campaign of the fuzz harness: ``HYPOTHESIS_PROFILE=fuzz pytest tests/fuzz``).

``pytest`` runs the ``ci`` profile, as the README's test command and ``.ci/run`` both do; choose
another with the environment variable ``HYPOTHESIS_PROFILE`` (``dev`` for a quick local loop).
The database of failing examples lives in ``.hypothesis/`` and is never committed.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

# Replay of a 30-entry docket takes milliseconds, but a slow CI machine must not fail a
# property test on time alone: no deadlines (speed is shown by benchmarks in scripts/).
settings.register_profile(
    "dev", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
# The README's test command must pass every time: the CI profile draws the same examples on
# every run (derandomized, no example database); random search is the "fuzz" profile's job.
settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
# Mutation runs (scripts/mutation.sh): the same examples for every mutant, no database.
settings.register_profile(
    "mutation",
    max_examples=10,
    stateful_step_count=25,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
# A fuzzing campaign, run by hand: many more examples, nothing else changed.
settings.register_profile(
    "fuzz",
    max_examples=2000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Every test keeps history files' indexes in a cache of its own, never in the home's."""
    from docket.audit.kept import CACHE_ENV

    monkeypatch.setenv(CACHE_ENV, str(tmp_path_factory.mktemp("cache") / "docket"))
