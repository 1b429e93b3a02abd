"""A wrong password in headless Chromium: the name typed stays and the focus is in the password field, so
the person types the password again (it emptied the name and left the focus at the top of the page, so a
keyboard user tabbed through the header and typed both again)."""

from __future__ import annotations

from accounts import PASSWORD, add_user
from flask import Flask
from playwright.sync_api import Browser


def test_a_refused_sign_in_keeps_the_name_and_focuses_the_password(
    app: Flask, browser: Browser, live_url: str
) -> None:
    add_user(app, "kommune-herlev")
    page = browser.new_page(base_url=live_url)
    try:
        page.goto("/login")
        assert page.evaluate("document.activeElement.id") == ""  # a fresh page does not jump past its heading
        page.fill("#username", "kommune-herlev")
        page.fill("#password", "not-the-password")
        with page.expect_navigation():
            page.press("#password", "Enter")
        assert page.inner_text("#login-error") == "Forkert brugernavn eller adgangskode."
        assert page.input_value("#username") == "kommune-herlev"
        assert page.input_value("#password") == ""
        assert page.evaluate("document.activeElement.id") == "password"
        page.keyboard.type(PASSWORD)
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert "/login" not in page.url  # signed in: the name kept was sent again
    finally:
        page.close()
