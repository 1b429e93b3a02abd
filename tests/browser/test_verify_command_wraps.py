"""On a phone the auditor's verify command wraps between its words, never inside one: at 360 px the
bundle's file name broke at a hyphen ("revisionspakke-151-" above "2026-Q3.zip"), read as two files, and
typed as two arguments. The command is copied as it reads (`inner_text`), so it must not change."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page

from hub.periods import parse_period
from hub.services.bundles import bundle_name

# The lines a word's text lies on: the tops of its boxes, of a range over it in the code's text nodes.
LINES_OF = """(code, word) => {
  const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
  let text = "", nodes = [];
  while (walker.nextNode()) {
    nodes.push([walker.currentNode, text.length]);
    text += walker.currentNode.data;
  }
  const start = text.indexOf(word), end = start + word.length, range = document.createRange();
  for (const [node, at] of nodes) {
    if (start >= at && start <= at + node.data.length) range.setStart(node, start - at);
    if (end >= at && end <= at + node.data.length) { range.setEnd(node, end - at); break; }
  }
  return new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top))).size;
}"""


@pytest.mark.usefixtures("demo_today")
@pytest.mark.parametrize("width", [320, 360])
def test_the_verify_command_breaks_between_its_words_only(
    signed_in_page: Callable[..., Page], width: int
) -> None:
    page = signed_in_page("auditor")
    page.set_viewport_size({"width": width, "height": 800})
    page.goto("/audit?period=2026-Q3")
    file = f"{bundle_name('151', parse_period('2026-Q3'))}.zip"  # as `hub.web.auditor` names it
    for selector in ("#verify-command code", "#verify-since code"):
        code = page.locator(selector)
        words = code.inner_text().split(" ")
        assert words[:3] == ["python3", "verify.py", file], words
        for word in words:
            assert code.evaluate(LINES_OF, word) == 1, (selector, word, width)
        box = code.bounding_box()
        assert box is not None and box["x"] + box["width"] <= width  # and nothing off the screen
