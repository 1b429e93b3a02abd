"""The upload page says aloud a refused file's first problem and how many more its row lists, in words
(stop 42's review): it said "(+1)", which a screen reader reads as "parenthesis plus one"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from conftest import make_app
from page_support import load_agreements
from pipeline import GOLDEN
from playwright.sync_api import Page, expect
from upload_support import pick_and_send

from hub.queue import queue


def test_a_refused_files_further_problems_are_said_in_words(
    tmp_path: Path, signed_in_page: Callable[..., Page]
) -> None:
    # Gladsaxe's PDF sent as Herlev, which takes CSV only: two problems, "not a form Herlev sends" and
    # "it looks like Gladsaxe's form".
    gladsaxe = GOLDEN / "gladsaxe" / "placement_kontanthjaelp.pdf"
    for lang, more in (("da", "(og 1 fejl mere i tabellen)."), ("en", "(and 1 more problem in the table).")):
        app = load_agreements(make_app(tmp_path / lang))
        page = signed_in_page("kommune-herlev", app=app, lang=lang)
        page.goto("/upload")
        row = pick_and_send(page, gladsaxe).first
        expect(row).to_have_attribute("data-status", "queued", timeout=30_000)
        queue.run_burst(app)  # the worker, in a burst: the embedded thread is off in tests
        expect(row).to_have_attribute("data-status", "rejected", timeout=30_000)
        expect(row.locator("ul.problems li")).to_have_count(2)
        said = page.locator("#upload-announce").inner_text()
        assert f"{gladsaxe.name}: " in said and more in said, said
        assert "(+" not in said, said
        page.context.close()
