"""One Playwright and one Chromium a test process, each test module a fresh start on it.

- `chromium`: Debian's Chromium with `CHROMIUM_ARGS` (without them it keeps trying the network) and
  `ONE_SITE_ARGS`, under the process's one Playwright. Started by the first test that asks for a browser (a
  process that runs no browser test starts none) and closed at the session's end. Skips without Chromium,
  fails in CI.
- `browser`: that Chromium for one test module. Open a context of the test's own
  (`browser.new_context()`, `browser.new_page()` or `signed_in_page`): cookies, storage, cache and
  permissions are each context's, so nothing a test does is seen by another. The contexts a module
  leaves open are closed at its end, so none outlives its module.

Why one a process (decision 0058, stop 61): a launch is 0.5-1 CPU-s and 1-2 s of wall, and a run had
some 55, one a browser module. Playwright's sync API allows one instance a thread, so no test starts
`sync_playwright()` itself; and a test that measures CPU must count the processes it starts or names,
never all of its process's children (the Playwright driver and Chromium are among them). And once a
process has started it, its main thread has asyncio's running loop (Playwright's sync API marks it so
between calls): `asyncio.run()` there refuses. Nothing in hub/ or tests/ uses asyncio; a test that does
must run it in a thread of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from servers import CHROMIUM_ARGS, chromium_path, require

if TYPE_CHECKING:
    from playwright.sync_api import Browser

# Site isolation gives each site its renderer process and keeps a spare renderer started for the next one:
# three renderers a browser context here, where the tests' pages are all one site (127.0.0.1, whichever
# port) with no frame of another. Without it a context starts two, and a context's page and its visits cost
# some 10-30 % less of Chromium's CPU (decision 0058, stop 66). Layout, fonts, script, cookies and storage
# are each context's as before (test_one_chromium.py); only which process draws a page changes.
ONE_SITE_ARGS = ["--disable-site-isolation-trials"]


@pytest.fixture(scope="session")
def chromium() -> Iterator[Browser]:
    """The process's Chromium, launched when a test first needs it and closed at the session's end."""
    executable = require(chromium_path(), "chromium")
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 - only a process with browser tests pays for it

    with sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=executable, args=[*CHROMIUM_ARGS, *ONE_SITE_ARGS])
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture(scope="module")
def browser(chromium: Browser) -> Iterator[Browser]:
    """The process's Chromium for this module; the contexts the module leaves open are closed at its end."""
    before = set(chromium.contexts)
    yield chromium
    for context in chromium.contexts:
        if context not in before:
            context.close()
