"""WCAG 2.2's target size (2.5.8, AA), measured on every page in Chromium: axe-core's `target-size` rule
passes a small target that has room around it, so the suite's axe run found nothing while the links of the
menu, the pager and the tables were a line of text high (19 px).

Every page `test_every_page.py` opens (each GET page outside `/api/` as each role that may see it; see
`tests/web_pages.py`), at a PC's and a phone's width, and the signed-out pages. A link or button in the
menu, the pager or a table is 24 by 24 CSS px at least, as the stop-43 brief asks of them: the menu wraps
on a narrow screen and a table's rows lie close. Any other target is that big, or is a link in a sentence
(2.5.8's inline exception), or a 24 px circle on its centre touches no other target and no other small
target's circle (the spacing exception; on a phone the company page's two pickers, 23 px selects, wrapped
one above the other failed it). The same walk checks 2.4.11, focus not obscured: nothing on a page but
the session's warning stays put while the page scrolls, so no sticky header can cover what has the focus.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import web_pages
from flask import Flask
from matrix import ROLES, Target
from playwright.sync_api import Browser, Page

matrix_app = web_pages.matrix_app
targets = web_pages.targets

# Each visible target too small for 2.5.8, with why. A `.visually-hidden` input is not a target: the
# upload page's file input is reached through its label, styled as a button (2.5.8's equivalent exception);
# the skip link off the screen's left edge is not one until it has the focus (and then it is padded).
_SMALL_TARGETS = """() => {
  const SELECTOR = "a[href], button, input:not([type=hidden]), select, textarea, summary, label.button";
  const words = (el) => el.textContent.replace(/\\s+/g, "");
  const shown = Array.from(document.querySelectorAll(SELECTOR)).filter((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.right > 0 && !el.classList.contains("visually-hidden")
      && getComputedStyle(el).visibility !== "hidden";
  });
  const small = (el) => { const r = el.getBoundingClientRect(); return r.width < 24 || r.height < 24; };
  const centre = (r) => [r.left + r.width / 2, r.top + r.height / 2];
  const inSentence = (el) => {
    let block = el.parentElement;
    while (getComputedStyle(block).display === "inline") { block = block.parentElement; }
    return getComputedStyle(el).display === "inline" && words(block) !== words(el);
  };
  const crowded = (el) => {
    const [x, y] = centre(el.getBoundingClientRect());
    return shown.some((other) => {
      if (other === el || other.contains(el) || el.contains(other)) { return false; }
      const r = other.getBoundingClientRect();
      const dx = x - Math.max(r.left, Math.min(x, r.right)), dy = y - Math.max(r.top, Math.min(y, r.bottom));
      const [ox, oy] = centre(r);
      return Math.hypot(dx, dy) < 12 || (small(other) && Math.hypot(x - ox, y - oy) < 24);
    });
  };
  return shown.filter(small).flatMap((el) => {
    const strict = el.closest("nav, table");
    const why = strict ? "in the menu, the pager or a table" : inSentence(el) ? null
      : crowded(el) ? "too close to another target" : null;
    if (!why) { return []; }
    const r = el.getBoundingClientRect();
    return [`${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""} "${el.textContent.trim().slice(0, 40)}"`
      + ` ${r.width.toFixed(1)}x${r.height.toFixed(1)} px, ${why}`];
  });
}"""

# Elements that stay where they are on the screen while the page scrolls (fixed or sticky), by id or tag.
_PINNED = """() => Array.from(document.querySelectorAll("body *"))
  .filter((el) => ["fixed", "sticky"].includes(getComputedStyle(el).position))
  .map((el) => el.id || el.tagName.toLowerCase())"""


def _problems(page: Page) -> list[str]:
    """What on the page as it is now fails 2.5.8, or could cover the focus (2.4.11)."""
    found: list[str] = page.evaluate(_SMALL_TARGETS)
    pinned: list[Any] = page.evaluate(_PINNED)
    found += [f"{name} stays put while the page scrolls" for name in pinned if name != "session-warning"]
    return [f"{page.url}: {problem}" for problem in found]


@pytest.mark.parametrize("width", [1280, 320])  # a PC, and a phone (WCAG 1.4.10's reflow width)
@pytest.mark.parametrize("role", ROLES)
def test_every_target_on_every_page_is_big_enough(
    matrix_app: Flask, targets: dict[str, Target], signed_in_page: Callable[..., Page], role: str, width: int
) -> None:
    listed = web_pages.pages(matrix_app, targets, role)
    page = signed_in_page(listed[0].username, app=matrix_app)
    page.set_viewport_size({"width": width, "height": 720})
    problems = []
    for item in listed:
        page.goto(item.url)
        problems += _problems(page)
    assert problems == [], "\n".join(problems)


def test_the_signed_out_pages_targets_are_big_enough(
    matrix_app: Flask, browser: Browser, live_server: Callable[[Flask], str]
) -> None:
    context = browser.new_context(base_url=live_server(matrix_app))
    try:
        page = context.new_page()
        page.goto("/login")
        problems = _problems(page)
        page.goto("/no-such-page")
        problems += _problems(page)
        page.keyboard.press("Tab")  # the skip link, now on the screen
        skip = page.locator("a.skip").bounding_box()
        assert skip is not None and skip["width"] >= 24 and skip["height"] >= 24
    finally:
        context.close()
    assert problems == [], "\n".join(problems)


def test_the_check_finds_a_small_target(browser: Browser) -> None:
    """The measure itself: a bare link in a table cell, a line high, fails; the same link in a sentence
    outside a table passes, and so does a lone small button with room around it."""
    page = browser.new_page()
    try:
        page.set_content(
            "<table><tr><td><a href='#a'>Post 358</a></td></tr></table>"
            "<p>Read <a href='#b'>the rules</a> first.</p>"
            "<p style='margin: 3rem'><button style='padding: 0; border: 0; font-size: 12px'>x</button></p>"
        )
        found = page.evaluate(_SMALL_TARGETS)
        assert len(found) == 1 and found[0].startswith('a "Post 358"'), found
    finally:
        page.close()
