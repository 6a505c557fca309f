"""The store fixtures (one contract, every adapter) live in ``store_backends``."""

from store_backends import *  # noqa: F403 - re-export the fixtures to pytest
