"""On /admin/jobs, minutes typed that cannot be used are said at the field, and what was typed stays there
to be corrected: a number field dropped "soon" before the hub saw it, and the page then showed 30."""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask
from navigation import click_to_page
from playwright.sync_api import Page


def test_what_the_admin_typed_stays_with_the_reason(app: Flask, signed_in_page: Callable[..., Page]) -> None:
    page = signed_in_page("admin", app=app)
    page.goto("/admin/jobs")
    page.fill("#minutes", "soon")
    click_to_page(page, "form.requeue button[type=submit]")
    assert page.locator("#minutes-error").inner_text() == (
        "Skriv minutterne som et helt tal fra 1 til 10080 (en uge); listen nedenfor bruger 30."
    )
    assert page.locator("#minutes").input_value() == "soon"
    assert page.locator("#minutes").get_attribute("aria-invalid") == "true"
