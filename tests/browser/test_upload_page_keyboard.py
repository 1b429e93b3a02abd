"""The upload page from the keyboard, as an accessibility review tried it: Send with no file chosen says
so at the field and to a screen reader (it did nothing), and the focus ring can be seen (WCAG 1.4.11:
3:1 against white; the yellow ring was 1.64:1)."""

from __future__ import annotations

import re
from collections.abc import Callable

from flask import Flask
from page_support import load_agreements
from playwright.sync_api import Page


def _luminance(css: str) -> float:
    """WCAG's relative luminance of a computed `rgb(r, g, b)` colour."""
    channels = [int(c) / 255 for c in re.findall(r"\d+", css)[:3]]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(one: str, other: str) -> float:
    high, low = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_send_without_a_file_is_said_at_the_field(app: Flask, signed_in_page: Callable[..., Page]) -> None:
    load_agreements(app)
    page = signed_in_page("kommune-herlev")
    page.goto("/upload")
    page.focus("#upload-form button[type=submit]")
    page.keyboard.press("Enter")
    shown = page.locator("#upload-none")
    shown.wait_for(state="visible")
    assert shown.inner_text() == "Vælg mindst én fil at sende."
    assert page.locator("#upload-announce").inner_text().strip() == "Vælg mindst én fil at sende."
    files = page.locator("#upload-files")
    assert files.get_attribute("aria-invalid") == "true"
    assert "upload-none" in (files.get_attribute("aria-describedby") or "").split()
    assert page.evaluate("document.activeElement.id") == "upload-files"
    assert page.locator("#upload-results tbody tr").count() == 0  # nothing was sent


def test_the_focus_ring_stands_out_from_the_page(app: Flask, signed_in_page: Callable[..., Page]) -> None:
    page = signed_in_page("kommune-herlev")
    page.goto("/upload")
    page.keyboard.press("Tab")  # the skip link, then the first link of the header
    page.keyboard.press("Tab")
    ring = page.evaluate("getComputedStyle(document.activeElement).outlineColor")
    width = page.evaluate("getComputedStyle(document.activeElement).outlineWidth")
    assert float(width.removesuffix("px")) >= 2
    for background in ("rgb(255, 255, 255)", "rgb(240, 240, 240)", "rgb(238, 244, 250)"):
        assert _contrast(ring, background) >= 3, (ring, background)
