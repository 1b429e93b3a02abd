"""The checks made on every page as it is drawn, and one walk that makes them all on each visit.

- `target_problems(page)`: WCAG 2.2's target size (2.5.8, AA) and what could cover the focus (2.4.11);
  `test_target_size.py` says why the measure is stricter than axe-core's.
- `too_wide(page)`: on a phone's width, the whole page or something in `main` outside a table passes the
  screen's edge (1.4.10), or a table not yet stacked scrolls in its box; `test_narrow_screen.py` says why.
- `walk_role(...)`: each page a role may open (`tests/web_pages.py`), drawn once per language at a PC's
  width and checked there, then narrowed to a phone's and checked again, every check a width asks for kept
  (`Visit`). `test_every_page.py` asserts each check's results in a test of its own (decision 0058, stop
  65: three files each walked the same pages, some 45 visits a file; stop 67: one drawing a page).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import web_pages
from accounts import bearer
from flask import Flask
from matrix import Target
from playwright.sync_api import Page

LANGS = ("da", "en")
PC = {"width": 1280, "height": 720}  # Playwright's own default, which the axe walk always had
PHONE = {"width": 320, "height": 640}  # WCAG 1.4.10's reflow width; no style of the hub's asks the height

# Each visible target too small for 2.5.8, with why. A `.visually-hidden` input is not a target: the
# upload page's file input is reached through its label, styled as a button (2.5.8's equivalent exception);
# the skip link off the screen's left edge is not one until it has the focus (and then it is padded).
SMALL_TARGETS = """() => {
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

# Elements in `main`, outside any table, whose right edge passes main's: text that is cut off unless the
# reader scrolls sideways (a reviewer found the company page's contact list running to 532 px).
_SPILLS = """() => {
  const main = document.querySelector("main");
  const edge = main.getBoundingClientRect().right + 1;
  return Array.from(main.querySelectorAll("*"))
    .filter((el) => !el.closest("table") && el.getClientRects().length)
    .filter((el) => el.getBoundingClientRect().right > edge)
    .map((el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
      + (el.className ? "." + el.className : ""));
}"""


# Tables in `main` wider than the box they scroll in (`main` itself or a `.scroller`): `_SPILLS` leaves every
# table out, and the page scrolls not as a whole, so such a table was never caught (page-98: the terms'
# history on /agreements, 198-265 px past its region on a 390 px phone).
_SCROLLING_TABLES = """() => Array.from(document.querySelectorAll("main table"))
  .filter((table) => table.getClientRects().length)
  .filter((table) => {
    let box = table.parentElement;
    while (!["auto", "scroll"].includes(getComputedStyle(box).overflowX)) { box = box.parentElement; }
    return table.getBoundingClientRect().width > box.clientWidth + 1;
  })
  .map((table) => table.id)"""


def target_problems(page: Page) -> list[str]:
    """What on the page as it is now fails 2.5.8, or could cover the focus (2.4.11), each naming the page."""
    found: list[str] = page.evaluate(SMALL_TARGETS)
    pinned: list[Any] = page.evaluate(_PINNED)
    found += [f"{name} stays put while the page scrolls" for name in pinned if name != "session-warning"]
    return [f"{page.url}: {problem}" for problem in found]


def too_wide(page: Page) -> str | None:
    """The page's width when the whole page is wider than a phone's screen, or what spills out of `main`
    outside a table, or a table wider than the box it scrolls in; else None."""
    width = int(page.evaluate("document.documentElement.scrollWidth"))
    if width > PHONE["width"]:
        return f"{page.url}: {width} px"
    spills = page.evaluate(_SPILLS)
    if spills:
        return f"{page.url}: {', '.join(spills[:5])} pass main's edge"
    # Every table a role can open stacks its rows on a phone (`stacked-rows`; page-99 stacked the last six
    # that page-98 let scroll, `STILL_SCROLL`), so none may scroll: WCAG 1.4.10 would allow it, the hub not.
    tables = [f"table#{name}" for name in page.evaluate(_SCROLLING_TABLES)]
    return f"{page.url}: {', '.join(tables)} scroll sideways in their box" if tables else None


@dataclass
class Visit:
    """One page as drawn at one width, and what each check made on it found (None / [] when fine)."""

    url: str
    status: int | None
    lang: str | None
    axe: str | None = None  # the axe check's failure, naming the page; only at a PC's width
    targets: list[str] = field(default_factory=list)
    wide: str | None = None  # only at a phone's width


def visit(page: Page, url: str, axe: Callable[[Page], None] | None, shots: str = "") -> Visit:
    """Open `url` and make the checks of the page's width on it: axe-core (when given) and the targets at
    a PC's, the targets and the width at a phone's. `shots`: a file to keep a full-page screenshot in."""
    answer = page.goto(url)
    seen = Visit(url, answer.status if answer else None, page.locator("html").get_attribute("lang"))
    if shots:
        page.screenshot(path=shots, full_page=True)
    return checked(page, seen, axe)


def checked(page: Page, seen: Visit, axe: Callable[[Page], None] | None = None) -> Visit:
    """`seen` with the checks of the page's width made on the page as it is drawn now (see `visit`)."""
    if axe is not None:
        try:
            axe(page)
        except AssertionError as problem:
            seen.axe = str(problem)
    seen.targets = target_problems(page)
    if page.viewport_size == PHONE:
        seen.wide = too_wide(page)
    return seen


def narrowed(page: Page, seen: Visit) -> Visit:
    """The page of `seen`, drawn at a PC's width, narrowed to a phone's and checked there (targets, width).

    The same document laid out again at 320 px, not fetched again: no script of the hub's reads the
    screen's width (only `session.js` its height, for the session's warning), so a page narrowed is laid
    out by the same style rules as one opened on a phone; each visit fetched and ran the page anew
    (decision 0058, stop 67). The viewport is a PC's again afterwards.
    """
    page.set_viewport_size(PHONE)
    try:
        return checked(page, Visit(seen.url, seen.status, seen.lang))
    finally:
        page.set_viewport_size(PC)


Walk = dict[tuple[str, int], list[Visit]]  # (language, width) -> the visits, in the pages' order


def walk_role(
    app: Flask,
    targets: dict[str, Target],
    role: str,
    signed_in_page: Callable[..., Page],
    axe: Callable[[Page], None],
    shots: str = "",
) -> Walk:
    """Every page `role` may open, in Danish and English, at a PC's width (axe-core, targets) and then, the
    same page narrowed, a phone's (targets, width). The tokens page is narrowed before a token is made (as
    the target-size walk always drew it), then drawn at a phone's width with one, so that the width is
    measured on its table too."""
    listed = web_pages.pages(app, targets, role)
    user = listed[0].username
    pages = {lang: signed_in_page(user, app=app, lang=lang) for lang in LANGS}
    walked: Walk = {}
    for lang, page in pages.items():
        page.set_viewport_size(PC)
        shot = f"{shots}/every-page/{role}-{lang}-" if shots else ""
        wide = walked[(lang, PC["width"])] = []
        phone = walked[(lang, PHONE["width"])] = []
        for item in listed:
            wide.append(visit(page, item.url, axe, shot and f"{shot}{item.endpoint}.png"))
            phone.append(narrowed(page, wide[-1]))  # this page, before the next is drawn
    tokens = [item.url for item in listed if item.endpoint == "tokens.index"]
    if tokens:
        bearer(app, user)  # a token, so that the tokens page shows its table
        for lang, page in pages.items():
            page.set_viewport_size(PHONE)
            walked[(lang, PHONE["width"])] += [visit(page, url, None) for url in tokens]
    return walked
