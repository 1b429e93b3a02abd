"""How a page is laid out in Chromium, asked by script: the lines of a cell, the box a table scrolls in, the
cells of a row."""

from __future__ import annotations

from typing import Any

# Each line of a table cell as laid out: the characters of its text nodes grouped by their top edge.
LINES = """cell => {
  const lines = new Map();
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = 0; i < node.length; i++) {
      range.setStart(node, i); range.setEnd(node, i + 1);
      const box = range.getBoundingClientRect();
      if (box.width === 0) continue;
      const top = Math.round(box.top);
      lines.set(top, (lines.get(top) || '') + node.data[i]);
    }
  }
  return [...lines.entries()].sort((a, b) => a[0] - b[0]).map(e => e[1].trim());
}"""

# The nearest box that scrolls the table sideways, and whether the page's own markup lets a keyboard focus
# it (Chromium focuses a scroller by itself since version 130; Firefox and Safari do not).
SCROLLER = """table => {
  for (let box = table.parentElement; box; box = box.parentElement) {
    if (box.scrollWidth > box.clientWidth && getComputedStyle(box).overflowX !== 'visible') {
      const named = box.getAttribute('aria-labelledby');
      return {tag: box.tagName.toLowerCase(), tabindex: box.getAttribute('tabindex'), name: named};
    }
  }
  return null;
}"""


# An element's box as Playwright's `bounding_box()` gives it: the border box in the page's viewport, null for
# an element not drawn. Read for many elements in one script call (`boxes`, `CELLS`): asked one by one, a
# call was some 20 ms of CPU (Python, the Playwright driver, Chromium), most of a phone walk's CPU (decision
# 0058, stop 66).
BOX = """el => {
  if (el.getClientRects().length === 0) return null;
  const r = el.getBoundingClientRect();
  return {x: r.x, y: r.y, width: r.width, height: r.height};
}"""

# Each cell of a row matching a selector, as laid out: its box (`BOX`), its line height and its `::before`.
CELLS = f"""(row, selector) => [...row.querySelectorAll(selector)].map(cell => ({{
  box: ({BOX})(cell),
  lineHeight: parseFloat(getComputedStyle(cell).lineHeight),
  before: getComputedStyle(cell, '::before').content,
}}))"""


def boxes(elements: Any) -> list[dict[str, float] | None]:
    """The box (`BOX`) of each element a Playwright locator finds, in the page's order."""
    found: list[dict[str, float] | None] = elements.evaluate_all(f"els => els.map({BOX})")
    return found


def cells_laid_out(row: Any, selector: str = "td") -> list[dict[str, Any]]:
    """The cells of a table's row (a Playwright locator) matching `selector`, each as `CELLS` lays it out."""
    cells: list[dict[str, Any]] = row.evaluate(CELLS, selector)
    return cells


def assert_cells_on_screen(row: Any, width: int, selector: str = "td") -> list[dict[str, Any]]:
    """Every cell of a table's row (a Playwright locator) lies within a screen `width` px wide; its cells."""
    cells = cells_laid_out(row, selector)
    for cell in cells:
        box = cell["box"]
        assert box is not None and 0 <= box["x"] and box["x"] + box["width"] <= width, (row.inner_text(), box)
    return cells
