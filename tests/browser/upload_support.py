"""Sending files on the upload page as a person does: pick them, press Send."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hub.queue import queue


def pick_and_send(page: Any, *files: Path) -> Any:
    """Pick `files` on the open upload page and send them; returns the locator of the results' rows."""
    page.set_input_files("#upload-files", [str(f) for f in files])
    page.click("#upload-form button[type=submit]")
    return page.locator("#upload-results tbody tr")


def send_and_see_refused(app: Any, page: Any, sent: Path) -> None:
    """Send `sent` on the open upload page, work the queue once (the suite works it in bursts) and wait
    until the page shows the file refused."""
    pick_and_send(page, sent)
    status = "document.querySelector('#upload-results td.status').dataset.status"
    page.wait_for_function(f"['queued', 'received'].includes({status})")  # in the queue
    queue.run_burst(app)
    page.wait_for_function(f"{status} === 'rejected'")
