"""In Chromium, what stop 46's walk through the demo found: the occupancy chart's words 6 px high on a
phone, and a record's values out of a keyboard's reach there, a word a line."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from layout_support import LINES, SCROLLER
from navigation import click_to_page
from page_support import demo_copy_fixture
from playwright.sync_api import Page

demo = demo_copy_fixture("walk-stop46-browser", name="demo")

# Each word of the chart as drawn: its text, its font size on the screen (the SVG's own size times the
# scale the chart is drawn at) and its box; a word hidden on this width is left out.
CHART_WORDS = """() => [...document.querySelectorAll('.chart svg text')]
  .filter(t => getComputedStyle(t).display !== 'none')
  .map(t => {
    const box = t.getBoundingClientRect();
    const scale = t.getScreenCTM().a;
    return {text: t.textContent.trim(), cls: t.getAttribute('class'),
            size: parseFloat(getComputedStyle(t).fontSize) * scale,
            left: box.left, right: box.right, height: box.height};
  })"""


# The top of the line each letter of a heading's text is drawn on (a letter after a broken soft hyphen has
# the hyphen's box too, on the line above: the last box is the letter's).
LETTER_TOPS = """(heading, letters) => {
  const node = heading.firstChild, range = document.createRange();
  return letters.map(n => {
    range.setStart(node, n); range.setEnd(node, n + 1);
    const boxes = range.getClientRects();
    return boxes[boxes.length - 1].top;
  });
}"""


# The box a table sits in, as the page's markup gives it to a keyboard.
BOX = """table => ({tabindex: table.parentElement.getAttribute('tabindex'),
                  name: table.parentElement.getAttribute('aria-labelledby')})"""


def _chart_words(page: Page, width: int) -> list[dict[str, object]]:
    page.set_viewport_size({"width": width, "height": 800})
    page.goto("/dashboard")
    return page.evaluate(CHART_WORDS)  # type: ignore[no-any-return]


@pytest.mark.usefixtures("demo_today")
@pytest.mark.parametrize("width", [320, 375, 560])
def test_the_occupancy_charts_words_are_readable_on_a_phone(
    demo: Flask, signed_in_page: Callable[..., Page], width: int
) -> None:
    """WCAG has no least size, but 6 px is read by nobody: 11 px (a phone's smallest text) and more."""
    page = signed_in_page("lead-gladsaxe", app=demo)
    words = _chart_words(page, width)
    days = [w for w in words if w["cls"] and "day" in str(w["cls"])]
    counts = [w for w in words if w["cls"] == "count"]
    assert len(counts) >= 12, "a bar a month of the agreement's 2026 and today"
    assert days, "some days keep their label"
    for word in words:
        assert float(word["size"]) >= 11 and float(word["height"]) >= 11, word  # type: ignore[arg-type]
    # Fewer days, not days on top of each other; today's is always there (the last bar's).
    assert days[-1]["text"] == "i dag"
    for left, right in zip(days, days[1:], strict=False):
        assert float(left["right"]) < float(right["left"]), (left, right)  # type: ignore[arg-type]


@pytest.mark.usefixtures("demo_today")
def test_the_occupancy_chart_names_every_day_on_a_desktop(
    demo: Flask, signed_in_page: Callable[..., Page]
) -> None:
    page = signed_in_page("lead-gladsaxe", app=demo)
    words = _chart_words(page, 1280)
    days = [w for w in words if w["cls"] and "day" in str(w["cls"])]
    counts = [w for w in words if w["cls"] == "count"]
    assert len(days) == len(counts), "every bar its day, at 600 px"
    assert all(float(w["size"]) >= 11 for w in words)  # type: ignore[arg-type]
    # The table beside it has every day on every width.
    assert page.locator("#chart-table tbody tr").count() == len(counts)


@pytest.mark.usefixtures("demo_today")
def test_a_records_values_are_in_a_keyboards_reach_on_a_phone(
    demo: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None]
) -> None:
    """Ballerup's auditor sees CPR numbers masked, so is not given the original (no link) and the company's
    timesheet has one version (no link): nothing in `main` took the focus, and the sources' column, a word
    wide, ran past the phone's edge."""
    page = signed_in_page("revisor-ballerup", app=demo)
    page.set_viewport_size({"width": 375, "height": 667})
    page.goto("/audit")
    click_to_page(page, page.locator("main a[href^='/records/']").first)
    assert page.locator("#original-withheld").is_visible()
    assert page.locator("main a, main button, main input, main select").count() == 0
    # Each table in a box a keyboard can focus, should it be wider than the screen; on a phone the rows
    # stack (stop 52, tests/browser/test_walk_stop52.py), so neither scrolls there.
    for table, heading in (("#values", "values-heading"), ("#versions", "versions-heading")):
        box = page.locator(table).evaluate(BOX)
        assert box == {"tabindex": "0", "name": heading}, box
        assert page.locator(table).evaluate(SCROLLER) is None, f"{table} stacks on a phone"
    # The CPR number on one line ("071064-" above "XXXX" read as two values), its sources on lines of words.
    assert len(page.locator("#value-citizen\\.cpr td").first.evaluate(LINES)) == 1
    # At 167 px the sources held a word a line ("ark", '"Mentortimer",', "celle A7", …): 16em, 256 px.
    sources = page.locator("#value-citizen\\.cpr td.sources").bounding_box()
    assert sources is not None and sources["width"] >= 256, sources
    # The heading above the values is whole on the screen (as the table's caption it was cut off).
    box = page.locator("#values-heading").bounding_box()
    assert box is not None and box["x"] + box["width"] <= 375
    axe_check(page)


@pytest.mark.parametrize("user", ["lead-gladsaxe", "falck"])
def test_the_agreements_heading_breaks_at_its_soft_hyphen_on_a_phone(
    demo: Flask, signed_in_page: Callable[..., Page], user: str
) -> None:
    """The Danish heading, "Partnerskabsaftaler", one word at h1's size, ran 88 px past a 320 px screen's
    edge, cut off; it has a soft hyphen now."""
    page = signed_in_page(user, app=demo)
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto("/agreements")
    heading = page.locator("#agreements-heading")
    assert heading.evaluate("h => h.scrollWidth <= h.clientWidth")
    # "Partnerskabs-" above "aftaler": its first letter, the "a" after the soft hyphen (13) and its last.
    first, after, last = heading.evaluate(LETTER_TOPS, [0, 13, 19])
    assert first < after == last, (first, after, last)


# Where a list item's bullet stands against its link: a letter of no width put before the link stands on
# the line the bullet does (the item's first line box), beside the link's first letter or below it.
BULLET_AND_LINK = """link => {
  const probe = document.createElement('span');
  probe.textContent = '\u2060';  // a word joiner: no width, and no break before the link
  link.before(probe);
  const letter = probe.getBoundingClientRect(), first = link.getClientRects()[0];
  const range = document.createRange();
  range.setStart(link.firstChild, 0); range.setEnd(link.firstChild, 1);
  const start = range.getBoundingClientRect();
  probe.remove();
  return {letter: letter.bottom, link_first_line: start.bottom, link_height: first.height,
          line_height: start.height};
}"""


@pytest.mark.usefixtures("demo_today")
def test_the_auditors_download_links_have_their_bullets_beside_their_first_line(
    demo: Flask, signed_in_page: Callable[..., Page]
) -> None:
    page = signed_in_page("revisor-ballerup", app=demo)
    page.set_viewport_size({"width": 375, "height": 667})
    page.goto("/audit")
    for link in ("#download-bundle", "#download-checkpoint"):
        where = page.locator(link).evaluate(BULLET_AND_LINK)
        assert where["link_height"] > 2 * where["line_height"], f"{link} takes two lines at 375 px: {where}"
        # Two lines apart they were; the same line now (within the link's padding, 4 px).
        assert abs(where["letter"] - where["link_first_line"]) <= 5, where


ROW_HEIGHTS = """() => [...document.querySelectorAll('#completeness tbody tr')]
  .map(row => row.getBoundingClientRect().height)"""


@pytest.mark.usefixtures("demo_today")
def test_the_auditors_rules_column_is_not_a_word_wide_on_a_phone(
    demo: Flask, signed_in_page: Callable[..., Page]
) -> None:
    """The rules and the files each rests on, in a column 191 px wide at 375 px: a placement's row was
    1,900 px high, 4.3 times its height on a PC, the screen white beside it for a page and more."""
    page = signed_in_page("revisor-ballerup", app=demo)
    page.goto("/audit")
    page.set_viewport_size({"width": 1280, "height": 800})
    wide = page.evaluate(ROW_HEIGHTS)
    page.set_viewport_size({"width": 375, "height": 667})
    narrow = page.evaluate(ROW_HEIGHTS)
    assert len(narrow) == len(wide) >= 3, "Ballerup's placements of the quarter"
    assert all(n <= 2.5 * w for n, w in zip(narrow, wide, strict=True)), (narrow, wide)
