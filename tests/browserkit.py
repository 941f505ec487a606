"""A real browser for the tests of the built site: Debian's Chromium, headless, driven by
Playwright's driver (the ``playwright`` wheel carries it; no browser is downloaded).

Where Chromium is missing the tests are skipped, except in CI (``CI`` set, as ``.ci/run`` and
GitHub set it), where ``.ci/run`` installs it and a missing browser is a failure."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import Any

import pytest

CHROMIUM = os.environ.get("DAKPLAN_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def launch() -> Iterator[Any]:
    """The browser, for a fixture to yield from; skipped or failed as above when missing."""
    missing = None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing = "the playwright package is not installed (pip install -e '.[test]')"
    if missing is None and not (os.path.isfile(CHROMIUM) or shutil.which(CHROMIUM)):
        missing = f"no Chromium at {CHROMIUM} (apt-get install chromium)"
    if missing is not None:
        if os.environ.get("CI"):
            pytest.fail(f"browser tests in CI: {missing}")
        pytest.skip(missing)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()
