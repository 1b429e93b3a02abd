"""In Chromium, the one-press "send each as its municipality" button (page-109) is said aloud when it comes:
a screen reader heard each row's suggestion ("placement.csv: Forslag: …") and never that one press below
the list sends them all (page-110). Gladsaxe's lead sends Herlev's CSV and Ballerup's PDF as Gladsaxe."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import ROOT
from flask import Flask
from page_support import load_agreements
from playwright.sync_api import Page
from upload_support import sent_and_all_refused

GOLDEN = ROOT / "tests" / "golden"
FILES = [GOLDEN / "herlev" / "placement.csv", GOLDEN / "ballerup" / "placement_ledighedsydelse.pdf"]
# Written from hub/web/upload.py's "Send the {n} files, each as …", the line saying it, and their Danish.
BUTTON = {
    "da": "Send de 2 filer, hver som den kommune, hvis blanket den ligner",
    "en": "Send the 2 files, each as the municipality whose form it looks like",
}
SAID = {
    "da": f'Knappen "{BUTTON["da"]}" under listen over filer sender dem alle med ét tryk.',
    "en": f'The button "{BUTTON["en"]}", below the list of files, sends them all with one press.',
}
SUGGESTED = {"da": "Forslag: ", "en": "Suggestion: "}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_one_press_button_is_said_when_it_comes(
    app: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None], lang: str
) -> None:
    load_agreements(app)
    page = signed_in_page("lead-gladsaxe", lang=lang)
    page.goto("/upload")
    sent_and_all_refused(app, page, *FILES)
    page.wait_for_function(
        "t => document.getElementById('upload-announce').textContent.includes(t)", arg=SAID[lang]
    )
    # The live region's lines, in one call: each row's suggestion, then the button's line, said once.
    lines = page.evaluate(
        "[...document.querySelectorAll('#upload-announce span')].map(s => s.textContent.trim())"
    )
    assert lines.count(SAID[lang]) == 1, lines
    assert lines[-1] == SAID[lang], lines
    assert sum(line.startswith(f"{f.name}: {SUGGESTED[lang]}") for f in FILES for line in lines) == 2, lines
    # As Chromium's accessible tree gives it: the status region says it, and the button it names is there.
    tree = page.locator("main").aria_snapshot()
    statuses = [line.strip() for line in tree.splitlines() if line.strip().startswith("- status:")]
    # The snapshot quotes a text with quotes in it, escaping them.
    assert any(SAID[lang].replace('"', '\\"') in line for line in statuses), statuses
    assert f'- button "{BUTTON[lang]}"' in tree, tree
    axe_check(page)
