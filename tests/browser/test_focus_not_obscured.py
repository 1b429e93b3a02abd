"""WCAG 2.2's focus not obscured (2.4.11, AA): while the session's warning shows, fixed at the foot of the
window, what has the focus is never behind it. The pages have no sticky header (`test_every_page.py`'s
walk checks that nothing else stays put), so the warning is the one thing that could cover the focus.

The app's pages warn two seconds after they open (as in `test_session_warning.py`). The warning takes the
focus; a person then goes back through the page with Shift+Tab, which brings the page's last links, at
the foot of the window, into view, and forward from the top with Tab, each link coming up from below:
each must show clear of the warning, not under it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import make_app
from flask import Flask
from playwright.sync_api import Page

# How much of the focused element the warning covers, in square CSS px (0: none of it, or the focus is in
# the warning itself or nowhere on the page).
_COVERED = """() => {
  const box = document.getElementById("session-warning"), focused = document.activeElement;
  if (box.contains(focused) || focused === document.body) { return 0; }
  const a = focused.getBoundingClientRect(), b = box.getBoundingClientRect();
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  // A region taller than the window (`main`, focusable so that the keyboard scrolls it) cannot be clear
  // of a bar fixed at the window's foot: it is held to 2.4.11's own words, not hidden entirely.
  if (a.height >= window.innerHeight) { return a.top >= b.top ? w * h : 0; }
  return w > 0 && h > 0 ? w * h : 0;
}"""


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Flask]:
    """An app whose pages warn two seconds after they open."""
    yield make_app(tmp_path, SESSION_HOURS=1, SESSION_WARNING_SECONDS=3600 - 2)


def test_nothing_with_the_focus_is_behind_the_session_warning(signed_in_page: Callable[..., Page]) -> None:
    page = signed_in_page("admin")
    page.set_viewport_size({"width": 900, "height": 420})  # a page longer than the window
    page.goto("/admin/users")
    box = page.locator("#session-warning")
    box.wait_for(state="visible", timeout=5_000)
    covered = []
    for key in ["Shift+Tab"] * 12 + ["Home"] + ["Tab"] * 40:
        if key == "Home":  # and forward from the top: each link coming up from below the warning
            page.locator("header .brand").focus()
            page.evaluate("window.scrollTo(0, 0)")
            continue
        page.keyboard.press(key)
        name = page.evaluate("document.activeElement.outerHTML.slice(0, 80)")
        if page.evaluate(_COVERED):
            covered.append(f"{key}: {name}")
    assert covered == []
