"""Hypothesis profiles for the whole suite: ``dev`` (fast, the default), ``ci``, ``mutation``,
and ``fuzz`` (a long campaign of the fuzz harness: ``HYPOTHESIS_PROFILE=fuzz pytest tests/fuzz``).

Choose one with the environment variable ``HYPOTHESIS_PROFILE`` (``.ci/run`` sets ``ci``).
The database of failing examples lives in ``.hypothesis/`` and is never committed.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# Replay of a 30-entry docket takes milliseconds, but a slow CI machine must not fail a
# property test on time alone: no deadlines (speed is shown by benchmarks in scripts/).
settings.register_profile(
    "dev", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
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
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
