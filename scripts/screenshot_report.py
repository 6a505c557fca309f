"""Screenshot a ``docket report`` page in headless Debian Chromium (for docs/).

    python scripts/screenshot_report.py report.html docs/report-lucero.png [--width 1000]

Launches /usr/bin/chromium through Playwright for Python (no browser download), with the
network cut off: only the file itself is loaded.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from chromium_flags import CHROMIUM_ARGS
from playwright.sync_api import Route, sync_playwright


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("page", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--width", type=int, default=1000)
    args = parser.parse_args()
    url = args.page.resolve().as_uri()

    def only_the_page(route: Route) -> None:
        if route.request.url == url:
            route.continue_()
        else:
            route.abort()

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": args.width, "height": 800}, locale="en-US")
        page.route("**/*", only_the_page)
        page.goto(url)
        page.screenshot(path=str(args.png), full_page=True)
        browser.close()


if __name__ == "__main__":
    main()
