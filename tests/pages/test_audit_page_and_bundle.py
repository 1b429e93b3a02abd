"""The auditor's page and the bundle it downloads say the same of a period of the seeded demo: the same
placements in the same order, the same totals, the same checks with the same status and reason; every
record the page links to is in the bundle, and the bundle holds records of the page's placements only."""

from __future__ import annotations

import csv
import html
import io
import json
import re
import zipfile
from typing import Any

import pytest
from flask import Flask
from page_support import client_of, demo_copy_fixture

from hub.web import auditor

# Downloading the bundle appends `bundle.created` to the log: this module's own copy of the demo.
demo = demo_copy_fixture("audit-page-and-bundle", name="demo")

ROW = re.compile(r'<tr data-participant="([^"]+)"[^>]*>(.*?)</tr>', re.S)
CHECK = re.compile(r'<li class="(?:accepted|rejected)">(.*?): <strong>(.*?)</strong> – (.*?)</li>', re.S)
LINK = re.compile(r'<a class="file" href="/records/(\d+)"')


def _page(text: str) -> tuple[list[int], list[tuple[str, bool, list[tuple[str, str, str]]]], set[int]]:
    """The summary's three figures; each row's participant, whether complete, and its checks (rule,
    status, reason); the record ids the rows link to."""
    summary = re.search(r'<p id="summary">(.*?)</p>', text, re.S)
    assert summary is not None
    rows = []
    for participant, cells in ROW.findall(text):
        checks = [
            (html.unescape(rule), html.unescape(status), html.unescape(re.split(r"\s*<a ", rest)[0].strip()))
            for rule, status, rest in CHECK.findall(cells)
        ]
        rows.append((participant, "✓" in cells.split('<ul class="checks">')[0], checks))
    return [int(n) for n in re.findall(r"\d+", summary.group(1))], rows, {int(n) for n in LINK.findall(text)}


def _bundle(data: bytes) -> tuple[list[tuple[str, bool, list[tuple[str, str, str]]]], list[dict[str, Any]]]:
    """Each placement of the bundle's completeness report, in order, with its checks; its records."""
    zipped = zipfile.ZipFile(io.BytesIO(data))
    report = csv.DictReader(
        io.StringIO(zipped.read("completeness/report.csv").decode("utf-8-sig")), delimiter=";"
    )
    rows: list[tuple[str, bool, list[tuple[str, str, str]]]] = []
    for line in report:
        if not rows or rows[-1][0] != line["deltager_id"]:
            rows.append((line["deltager_id"], True, []))
        check = (line["regel"], line["status"], line["detalje"])
        rows[-1] = (rows[-1][0], rows[-1][1] and line["status"] == "ok", [*rows[-1][2], check])
    records = [json.loads(line) for line in zipped.read("records/records.jsonl").decode().splitlines()]
    return rows, records


@pytest.mark.usefixtures("demo_today")
def test_the_page_and_the_bundle_agree(demo: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    # Ballerup's auditor (tests/accounts.py), Ballerup's third quarter of 2026: every placement on one page.
    monkeypatch.setattr(auditor, "PER_PAGE", 10_000)
    client = client_of(demo, "revisor-ballerup")
    shown = client.get("/audit?period=2026-Q3", headers={"Accept-Language": "da"})
    assert shown.status_code == 200
    figures, page_rows, linked = _page(shown.get_data(as_text=True))
    got = client.get("/audit/bundle?period=2026-Q3")
    assert got.status_code == 200
    bundle_rows, records = _bundle(got.data)

    assert len(page_rows) >= 3 and any(checks for _, _, checks in page_rows)
    assert page_rows == bundle_rows  # the same placements, in order, each with the same checks
    complete = sum(1 for _, ok, _ in bundle_rows if ok)
    assert figures == [len(bundle_rows), complete, len(bundle_rows) - complete]
    # Every record the page cites is in the bundle; the bundle holds no other placement's record.
    carried = {version["record_id"] for version in records}
    assert linked and linked <= carried
    assert {version["participant_id"] for version in records} == {p for p, _, _ in page_rows}
