"""How a page is laid out in Chromium, asked by script: the lines of a cell, the box a table scrolls in."""

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


def assert_cells_on_screen(row: Any, width: int) -> list[Any]:
    """Every cell of a table's row (a Playwright locator) lies within a screen `width` px wide; its cells."""
    cells: list[Any] = row.locator("td").all()
    for cell in cells:
        box = cell.bounding_box()
        assert box is not None and 0 <= box["x"] and box["x"] + box["width"] <= width, (row.inner_text(), box)
    return cells
