"""The flags headless Debian Chromium is launched with, for ``scripts/screenshot_report.py`` and
the browser tests (``tests/report``): no GPU, no sandbox, nothing fetched in the background.
Shared by scripts and tests only, never by the package; imports nothing, so a test can read it
where Playwright is missing."""

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
