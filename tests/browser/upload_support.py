"""Sending files on the upload page as a person does: pick them, press Send."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def pick_and_send(page: Any, *files: Path) -> Any:
    """Pick `files` on the open upload page and send them; returns the locator of the results' rows."""
    page.set_input_files("#upload-files", [str(f) for f in files])
    page.click("#upload-form button[type=submit]")
    return page.locator("#upload-results tbody tr")
