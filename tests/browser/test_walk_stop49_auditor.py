"""In Chromium, what stop 49's walk of the auditor's day (revisor-ballerup on the demo) found: on a phone
the completeness table, scrolled inside the page, showed each placement's participant, placement and
"✓ ja"; the rules it was checked by and the files each rests on (the evidence the page is for) lay off
to the right of every row, to be scrolled to, the row's left a column of white 700 px high. And the
page's command for an auditor who kept an earlier bundle's checkpoint, "python3 verify.py … --key …
--since checkpoint.txt", left out the --municipality and --period of the command above it: run on another
municipality's bundle under Ballerup's file name it said "not verified" (no proof joins the checkpoints,
exit 3), as if a file were missing, never "not the one you asked for" (exit 1). For a checkpoint kept
from the page the proof was "GET /api/audit/consistency?from_size=N&to_size=M", an address to put
together and type, its answer to save by hand. And nothing on the page said that the auditor's reads
were logged, or where to see them (the bundle's log/entries.jsonl holds them). Each placement's checks
said "timer inden for bevillingen: ok" and no hours: the days, hours and amount claimed were only in the
bundle's claim PDF, to be matched to the checks by name."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from flask import Flask
from layout_support import SCROLLER, boxes
from navigation import click_to_page
from page_support import demo_copy_fixture
from playwright.sync_api import Page

demo = demo_copy_fixture("walk-stop49-auditor", name="demo")
PHONE = {"width": 375, "height": 800}


def _within(page: Page, selector: str) -> None:
    """Every element `selector` finds lies wholly on the phone's screen, none to be scrolled to sideways."""
    found = boxes(page.locator(selector))
    assert len(found) > 0, selector
    for n, box in enumerate(found):
        on_screen = box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
        assert on_screen, (selector, n, box)


@pytest.mark.usefixtures("demo_today")
def test_on_a_phone_each_placements_rules_and_files_are_in_view(
    demo: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None]
) -> None:
    page = signed_in_page("revisor-ballerup", app=demo)
    page.set_viewport_size(PHONE)
    page.goto("/audit?period=2026-Q3")
    rows = page.locator("#completeness tbody tr")
    assert rows.count() == 3  # Ballerup's placements of the quarter (as the page's summary says)
    # The participant, whether complete, each rule with its outcome and each file it rests on: all in view.
    for part in ("tbody th", "tbody td", "ul.checks li", "ul.checks a.file"):
        _within(page, f"#completeness {part}")
    assert page.locator("#completeness").evaluate(SCROLLER) is None  # nothing left to scroll to
    # The column's name is gone with the header row, so the cell says what its "✓ ja" answers.
    first = rows.first.locator("td").nth(1)
    assert first.inner_text() == "Komplet: ✓ ja", first.inner_text()
    # Still a table to a screen reader: the participant heads its row, the rest are its cells.
    table = page.locator("#completeness")
    assert table.get_by_role("rowheader").count() == 3
    assert table.get_by_role("columnheader", name="Regler").count() == 1
    assert table.get_by_role("cell").count() == 12
    axe_check(page)


@pytest.mark.usefixtures("demo_today")
def test_on_a_pc_the_completeness_table_keeps_its_columns(
    demo: Flask, signed_in_page: Callable[..., Page]
) -> None:
    page = signed_in_page("revisor-ballerup", app=demo)
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("/audit?period=2026-Q3")
    row = page.locator("#completeness tbody tr").first
    # The column heads the cell: no "Komplet:" in it, and the rules stand beside the participant.
    assert row.locator("td").nth(1).inner_text() == "✓ ja"
    participant, rules = row.locator("th").bounding_box(), row.locator("td").nth(3).bounding_box()
    assert participant is not None and rules is not None
    assert rules["x"] > participant["x"] + participant["width"] and rules["y"] == participant["y"]


def _download_from(page: Page, button: str, to: Path) -> str:
    """`button` pressed on the page, its file saved as `to`; the name the hub gave it."""
    with page.expect_download() as pressed:
        page.click(button)
    pressed.value.save_as(to)
    return pressed.value.suggested_filename


def _download(page: Page, to: Path) -> None:
    """The page's bundle link pressed, the file saved as `to`."""
    _download_from(page, "#download-bundle", to)


def _run(command: str, folder: Path) -> subprocess.CompletedProcess[str]:
    words = command.split()
    assert words[:2] == ["python3", "verify.py"], words
    return subprocess.run(
        [sys.executable, *words[1:]], cwd=folder, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.mark.usefixtures("demo_today")
def test_the_since_command_refuses_another_municipalitys_bundle_as_the_command_above_does(
    demo: Flask, signed_in_page: Callable[..., Page], tmp_path: Path
) -> None:
    page = signed_in_page("revisor-ballerup", app=demo)
    page.goto("/audit?period=2026-Q3")
    # The auditor keeps the first bundle's checkpoint, as the page says.
    _download(page, tmp_path / "first.zip")
    with zipfile.ZipFile(tmp_path / "first.zip") as zipped:
        (tmp_path / "checkpoint.txt").write_bytes(zipped.read("log/checkpoint.txt"))
        zipped.extract("verify.py", tmp_path)
    since = page.locator("#verify-since code").inner_text()
    # Herlev's October bundle, handed on under the name of Ballerup's third quarter.
    herlev = signed_in_page("kommune-herlev", app=demo)
    herlev.goto("/audit?period=2026-10")
    named = tmp_path / "revisionspakke-151-2026-Q3.zip"
    _download(herlev, named)
    done = _run(since, tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "pakken er IKKE den, du bad om" in done.stdout
    # Ballerup's own later bundle under that name passes, the log proven to hold the kept checkpoint.
    _download(page, named)
    done = _run(since, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "loggen rummer nu alt, hvad det gemte kontrolpunkt rummede, uændret" in done.stdout
    # One command, said twice: the one above, and --since.
    assert since == page.locator("#verify-command code").inner_text() + " --since checkpoint.txt"


@pytest.mark.usefixtures("demo_today")
def test_the_proof_from_a_kept_checkpoint_to_a_later_bundle_is_a_form_and_a_file(
    demo: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None], tmp_path: Path
) -> None:
    page = signed_in_page("revisor-ballerup", app=demo)
    page.goto("/audit?period=2026-Q3")
    # The auditor keeps the checkpoint the page offers, and later downloads the bundle.
    kept = _download_from(page, "#download-checkpoint", tmp_path / "kept.txt")
    _download_from(page, "#download-bundle", tmp_path / "later.zip")
    with zipfile.ZipFile(tmp_path / "later.zip") as zipped:
        later = zipped.read("log/checkpoint.txt").decode().splitlines()[1]
        zipped.extract("verify.py", tmp_path)
    # "GET /api/audit/consistency?from_size=N&to_size=M" was the way: an address to put together by hand.
    assert "/api/audit/consistency" not in page.locator("main").inner_text()
    size = kept.removeprefix("checkpoint-").removesuffix(".txt")  # as the hint says: in its file name
    assert int(size) < int(later)  # the bundle's log holds the checkpoint's read and more
    page.get_by_label("Det gemte kontrolpunkts størrelse").fill(size)
    page.get_by_label("Den senere pakkes størrelse").fill(later)
    axe_check(page)
    name = _download_from(page, "#proof-form button", tmp_path / "proof.json")
    assert name == f"bevis-{size}-{later}.json"
    command = (
        page.locator("#verify-command code")
        .inner_text()
        .replace("revisionspakke-151-2026-Q3.zip", "later.zip")
    )
    done = _run(f"{command} --since kept.txt --proof proof.json", tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"(størrelse {size} → {later})" in done.stdout
    # Sizes the wrong way round are said at once, naming the field, in Danish.
    page.goto("/audit?period=2026-Q3")
    page.get_by_label("Det gemte kontrolpunkts størrelse").fill(later)
    page.get_by_label("Den senere pakkes størrelse").fill(size)
    click_to_page(page, "#proof-form button")
    said = page.locator("main").inner_text()
    assert f"Den senere pakkes størrelse skal være et helt tal fra {later} til" in said, said


@pytest.mark.usefixtures("demo_today")
def test_the_auditor_is_told_its_reads_are_logged_and_finds_them_in_the_bundle(
    demo: Flask, signed_in_page: Callable[..., Page], tmp_path: Path
) -> None:
    # Nothing on the page said that a read was logged, or where the auditor could see it.
    page = signed_in_page("revisor-ballerup", app=demo)
    page.goto("/audit?period=2026-Q3")
    said = page.locator("#reads-logged").inner_text()
    assert said.startswith("Hver læsning af personoplysninger her, også dine, skrives i revisionsloggen"), (
        said
    )
    assert "log/entries.jsonl" in said
    # As said: the auditor opens a record from the page, then finds its own read in the bundle's log.
    link = page.locator("#completeness a.file").first
    record = str(link.get_attribute("href")).removeprefix("/records/")
    click_to_page(page, link)
    page.goto("/audit?period=2026-Q3")
    _download(page, tmp_path / "bundle.zip")
    with zipfile.ZipFile(tmp_path / "bundle.zip") as zipped:
        entries = [json.loads(line) for line in zipped.read("log/entries.jsonl").splitlines()]
    reads = [e for e in entries if e["action"] == "read.record" and e["subject"] == f"record:{record}"]
    assert any(e["actor"] == "user:revisor-ballerup" for e in reads), reads
    # The sentence is the auditor's: a caseworker's page of its bundles does not say it.
    staff = signed_in_page("kommune-herlev", app=demo)
    staff.goto("/audit")
    assert staff.locator("#download-bundle").is_visible()
    assert staff.locator("#reads-logged").count() == 0


def _figures(page: Page, intern: str) -> dict[str, str]:
    """The claim figures of the intern's row as the page shows them: each label and its number."""
    row = page.locator("#completeness tbody tr").filter(has=page.locator("th", has_text=intern))
    claim = row.locator("dl.claimed")
    labels, values = claim.locator("dt").all_inner_texts(), claim.locator("dd").all_inner_texts()
    return dict(zip(labels, values, strict=True))


def _kroner(text: str) -> Decimal:
    return Decimal(text.replace(".", "").replace(",", "."))


@pytest.mark.usefixtures("demo_today")
def test_each_placement_shows_its_claim_line_beside_its_evidence(
    demo: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None]
) -> None:
    # The checks said "timer inden for bevillingen: ok" and no hours; the days, hours and amount claimed
    # were only in the bundle's claim PDF, to be matched by name.
    page = signed_in_page("revisor-ballerup", app=demo)
    page.goto("/audit?period=2026-Q3")
    assert page.locator("#completeness").get_by_role("columnheader", name="I kravet").count() == 1
    # Falck Hovedstaden grants 3 hours a week at 275 kr. an hour (its agreement); the quarter's days of
    # each placement: all 92 (18 May-4 Oct), 1 July-29 August (the end form's day), 21-30 September.
    for intern, days in (("Anders Andersen", 92), ("Søren Kristensen", 60), ("Kasper Jensen", 10)):
        shown = _figures(page, intern)
        assert shown["Dage"] == str(days), shown
        granted = (Decimal(days) * 3 / 7).quantize(Decimal("0.01"), ROUND_HALF_UP)
        assert _kroner(shown["Bevilgede timer"]) == granted, shown
        claimable = _kroner(shown["Refusionsberettigede timer"])
        assert claimable <= min(granted, _kroner(shown["Leverede timer"])), shown
        assert _kroner(shown["Refusion (kr.)"]) == claimable * 275, shown
    axe_check(page)
    page.set_viewport_size(PHONE)
    _within(page, "#completeness dl.claimed")
