"""WCAG 2.2's target size (2.5.8, AA), measured on every page in Chromium: axe-core's `target-size` rule
passes a small target that has room around it, so the suite's axe run found nothing while the links of the
menu, the pager and the tables were a line of text high (19 px).

Every page `test_every_page.py` opens (each GET page outside `/api/` as each role that may see it; see
`tests/web_pages.py`), at a PC's and a phone's width, on that file's one walk (the measure is
`page_checks.target_problems`), and here the signed-out pages. A link or button in the
menu, the pager or a table is 24 by 24 CSS px at least, as the stop-43 brief asks of them: the menu wraps
on a narrow screen and a table's rows lie close. Any other target is that big, or is a link in a sentence
(2.5.8's inline exception), or a 24 px circle on its centre touches no other target and no other small
target's circle (the spacing exception; on a phone the company page's two pickers, 23 px selects, wrapped
one above the other failed it). The same walk checks 2.4.11, focus not obscured: nothing on a page but
the session's warning stays put while the page scrolls, so no sticky header can cover what has the focus.
"""

from __future__ import annotations

from collections.abc import Callable

import web_pages
from flask import Flask
from page_checks import SMALL_TARGETS, target_problems
from playwright.sync_api import Page

matrix_app = web_pages.matrix_app


def test_the_signed_out_pages_targets_are_big_enough(
    matrix_app: Flask, blank_page: Page, live_server: Callable[[Flask], str]
) -> None:
    page, url = blank_page, live_server(matrix_app)
    page.goto(url + "/login")
    problems = target_problems(page)
    page.goto(url + "/no-such-page")
    problems += target_problems(page)
    page.keyboard.press("Tab")  # the skip link, now on the screen
    skip = page.locator("a.skip").bounding_box()
    assert skip is not None and skip["width"] >= 24 and skip["height"] >= 24
    assert problems == [], "\n".join(problems)


def test_the_check_finds_a_small_target(blank_page: Page) -> None:
    """The measure itself: a bare link in a table cell, a line high, fails; the same link in a sentence
    outside a table passes, and so does a lone small button with room around it."""
    blank_page.set_content(
        "<table><tr><td><a href='#a'>Post 358</a></td></tr></table>"
        "<p>Read <a href='#b'>the rules</a> first.</p>"
        "<p style='margin: 3rem'><button style='padding: 0; border: 0; font-size: 12px'>x</button></p>"
    )
    found = blank_page.evaluate(SMALL_TARGETS)
    assert len(found) == 1 and found[0].startswith('a "Post 358"'), found
