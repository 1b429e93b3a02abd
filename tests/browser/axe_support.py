"""axe-core put into a page for a check: fetched by the page from a loopback server of this test process.

`axe_playwright_python` sends its 572 KB script through Playwright on every check (`page.evaluate(script)`):
JSON from Python to the Playwright driver, and from it to Chromium's browser process and the renderer. That
crossing cost as much as the script's own parsing and running (decision 0058, stop 67: a 572 KB comment
sent so took the same CPU as the script). Fetched by the page instead, it comes over a loopback socket and
the browser context's HTTP cache keeps it for the context's next check. The script, its options and
`axe.run` are the same, so a check finds what it found.

A page that cannot fetch it (its requests routed to a test's own answers, or a blank page) is sent the
script as before.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from axe_playwright_python.base import AXE_SCRIPT
from playwright.sync_api import Page

_BODY = AXE_SCRIPT.encode()
_SERVED: list[str] = []  # the script's URL, once this process has served it
_STARTING = threading.Lock()

# Fetch the script and run it as a page's own script would run (global scope); whether `axe` is there.
_FETCHED = """async url => {
  try {
    const answer = await fetch(url);
    if (!answer.ok) return false;
    (0, eval)(await answer.text());
    return typeof axe === "object";
  } catch (e) {
    return false;
  }
}"""


class _Script(BaseHTTPRequestHandler):
    """Answers every GET with axe-core's script, readable by any origin and kept by the browser's cache."""

    def do_GET(self) -> None:  # noqa: N802 - the name BaseHTTPRequestHandler calls
        self.send_response(200)
        self.send_header("Content-Type", "text/javascript; charset=utf-8")
        self.send_header("Content-Length", str(len(_BODY)))
        self.send_header("Access-Control-Allow-Origin", "*")  # fetched from the hub's origin
        self.send_header("Cache-Control", "max-age=86400")
        self.end_headers()
        self.wfile.write(_BODY)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the signature overridden
        """Nothing logged: a request a check."""


def script_url() -> str:
    """The URL of axe-core's script on this process's loopback server, started on the first call."""
    with _STARTING:
        if not _SERVED:
            server = ThreadingHTTPServer(("127.0.0.1", 0), _Script)
            server.daemon_threads = True
            threading.Thread(target=server.serve_forever, name="axe-script", daemon=True).start()
            _SERVED.append(f"http://127.0.0.1:{server.server_address[1]}/axe.min.js")
    return _SERVED[0]


def put_axe(page: Page) -> None:
    """axe-core in the page's document as it is now: fetched by the page, else sent as the library does."""
    if not page.evaluate(_FETCHED, script_url()):
        page.evaluate(AXE_SCRIPT)


def run_axe(page: Page, options: dict[str, Any]) -> dict[str, Any]:
    """`axe.run(options)` on the page as it is now, its whole answer (as `Axe().run(...).response`)."""
    put_axe(page)
    answer: dict[str, Any] = page.evaluate("options => axe.run(options)", options)
    return answer
