"""A report opened in a real browser: Debian's Chromium, driven by Playwright for Python.

No browser is downloaded: Playwright launches ``/usr/bin/chromium`` (``scripts/install-test-deps``
installs it). Where it is missing the browser tests skip, saying so, unless ``CI`` is set: in CI
they must run. Every page is opened from a file with the network cut off (any request that is
not for the file itself is refused and recorded), and every console error is recorded.
Screenshots go to ``test-artifacts/report/`` (ignored by git).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from chromium_flags import CHROMIUM_ARGS

ROOT = Path(__file__).parents[2]
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts" / "report"
AXE = ROOT / "tests" / "fixtures" / "vendor" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless Debian Chromium, for the session."""
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"CI is set and {CHROMIUM} is missing: run scripts/install-test-deps")
        pytest.skip(
            f"{CHROMIUM} (Debian's chromium) is missing: scripts/install-test-deps installs it"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class OpenPage:
    """A report open in the browser, with what went wrong while it was open."""

    page: Any
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def choose(self, day: str) -> None:
        """Set the date control to ``day`` (ISO), as a user picking it does."""
        self.page.fill("#as-of", day)

    def summary(self) -> list[str]:
        """The clerk's summary the page shows, line by line."""
        return [str(t) for t in self.page.locator("#summary li").all_text_contents()]

    def text(self, selector: str) -> str:
        return str(self.page.locator(selector).text_content() or "")

    def screenshot_path(self, name: str) -> Path:
        """Where a test artifact named ``name`` goes (``test-artifacts/report/NAME.png``)."""
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        return ARTIFACTS / f"{name}.png"

    def screenshot(self, name: str) -> Path:
        """A screenshot of the whole page, kept as a test artifact."""
        path = self.screenshot_path(name)
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def axe_violations(self) -> list[str]:
        """What axe-core (vendored) finds against WCAG 2.0 and 2.1, levels A and AA."""
        self.page.add_script_tag(path=str(AXE))
        result = self.page.evaluate(
            """async () => {
                const r = await axe.run(document, {runOnly: {type: 'tag',
                    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}});
                return r.violations.map(v => v.id + ': ' + v.help + ' at ' +
                    v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', '));
            }"""
        )
        return [str(v) for v in result]


@pytest.fixture
def open_report(browser: Any) -> Iterator[Callable[..., OpenPage]]:
    """``open_report(path)`` opens a report file in a new browser page."""
    contexts: list[Any] = []

    def open_(path: Path, width: int = 1200, height: int = 900) -> OpenPage:
        context = browser.new_context(
            viewport={"width": width, "height": height}, locale="en-US", timezone_id="UTC"
        )
        contexts.append(context)
        page = context.new_page()
        opened = OpenPage(page)
        url = path.resolve().as_uri()

        def guard(route: Any) -> None:
            if route.request.url == url:
                route.continue_()
            else:
                opened.requests.append(route.request.url)
                route.abort()

        page.route("**/*", guard)
        page.on(
            "console",
            lambda m: opened.errors.append(m.text) if m.type in ("error", "warning") else None,
        )
        page.on("pageerror", lambda e: opened.errors.append(str(e)))
        page.goto(url)
        return opened

    yield open_
    for context in contexts:
        context.close()
