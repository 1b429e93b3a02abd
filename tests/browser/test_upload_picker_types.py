"""The upload page's file picker offers what the hub reads: a CSV's text saved as `.tsv` or `.txt`, as a
database's export often is (PostgreSQL's COPY text: decision 0060), beside `.csv`, for the types the
sender's forms come in; `hub ingest` and the API read such a file by its content, and now the page's
picker offers it too (decision 0062, "Stop 60: api-71")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from conftest import ROOT
from flask import Flask
from page_support import load_agreements
from playwright.sync_api import Page
from upload_support import send_until

HERLEV = ROOT / "tests" / "golden" / "herlev"


def test_the_picker_offers_a_text_export_and_the_hub_reads_it(
    app: Flask, signed_in_page: Callable[..., Page], tmp_path: Path
) -> None:
    load_agreements(app)
    page = signed_in_page("kommune-herlev")
    page.goto("/upload")
    # Herlev's forms are all CSV (config/municipalities/herlev.toml): its text under each name, or a zip.
    assert page.locator("#upload-files").get_attribute("accept") == ".csv,.tsv,.txt,.zip"
    exported = tmp_path / "praktikaftale.txt"  # the golden form's bytes, saved as an export names them
    exported.write_bytes((HERLEV / "placement.csv").read_bytes())
    send_until(app, page, [exported], "accepted")


def test_a_lead_is_offered_every_type_and_the_company_its_forms(
    app: Flask, signed_in_page: Callable[..., Page]
) -> None:
    load_agreements(app)
    lead = signed_in_page("lead-gladsaxe")
    lead.goto("/upload")
    assert lead.locator("#upload-files").get_attribute("accept") == ".pdf,.xml,.xlsx,.csv,.tsv,.txt,.zip"
    company = signed_in_page("falck")
    company.goto("/upload")
    assert company.locator("#upload-files").get_attribute("accept") == ".pdf,.xlsx,.zip"
