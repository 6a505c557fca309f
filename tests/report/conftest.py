"""Fixtures for the browser tests (see :mod:`report_browser`)."""

from report_browser import browser, open_report

__all__ = ["browser", "open_report"]
