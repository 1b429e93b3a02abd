"""The company's PDF export, read back with pypdf: what a person reads, page by page."""

from __future__ import annotations

import io
import re
from dataclasses import replace

from company_data import bulk_id, export, many_due, many_interns
from pypdf import PdfReader

from hub.exports.company_model import CompanyExport, Person
from hub.exports.company_pdf import write_company_pdf


def pdf(data: CompanyExport) -> bytes:
    """The export written as PDF bytes."""
    out = io.BytesIO()
    write_company_pdf(data, out)
    return out.getvalue()


def pages_text(data: bytes) -> list[str]:
    """The text of each page."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def test_first_page_reads_like_the_agreement() -> None:
    (text,) = pages_text(pdf(export()))
    for expected in (
        "Falck Hovedstaden",
        "Falck Danmark A/S · CVR 55555559",
        "Oversigt pr. 15. august 2026 · opgaver for august 2026 (01.08.2026–31.08.2026)",
        "Dannet 4. december 2026 kl. 11.15 med de oplysninger, hubben havde da",
        "JERES KONTAKT I JOBCENTRET\nÅse Ørum Jæger\nJobcenter Gladsaxe\nTelefon  +45 20 00 01 01",
        "E-mail  aase.joerum@gladsaxe.example.dk",
        "STEDFORTRÆDER\nBjørn Ågård",
        "Søren Kæmpe, Falck Danmark A/S",
        "Klynge af arbejdssteder",
        "Falck Gladsaxe, Søborg Hovedgade 1900000101 4 3 1 14.07.2026",
        "Falck Ballerup 1900000102 3 3 0 –",
        "I alt 10 7 3",
        "P-AAAAAAAAAAA Æble Øster-Åberg Mentortimer uge 32, 33 07.09.2026",
        "P-CCCCCCCCCCC Łukasz Şahin Statusrapport 31.08.2026",  # letters beyond Latin-1 too
        "P-CCCCCCCCCCC Łukasz Şahin Høje-Taastrup Falck Høje-Taastrup 20.07.–20.12.2026 Mads Mentor",
        "01.06.–30.08.2026\nophørt 14.08.2026",
        "I alt 3 praktikanter, heraf 1 ophørt.",
    ):
        assert expected in text, expected
    assert "Side 1 af \n1" in text
    # The counts in the headings are filled in at the end.
    assert "Det skal I sende for august 2026\n(3)" in text
    assert "Praktikanter\n(3)" in text


def test_no_backup_no_interns() -> None:
    (text,) = pages_text(pdf(export(interns=[], due=[], backup=None)))
    assert "STEDFORTRÆDER" not in text
    assert "Intet forfalder i perioden." in text
    assert "Ingen praktikanter." in text
    assert "I alt 0 praktikanter, heraf 0 ophørt." in text


def test_a_long_e_mail_address_is_printed_whole() -> None:
    # A browser walkthrough found "virksomhedsservice@herlev.example…": an address cut short cannot be
    # written to. It is set smaller instead, down to a size still read.
    backup = Person(
        "Bjørn Ågård", "virksomhedsservice.vestegnen@herlev.example.dk", "+4520000102", "Jobcenter Herlev"
    )
    (text,) = pages_text(pdf(export(backup=backup)))
    assert "E-mail  virksomhedsservice.vestegnen@herlev.example.dk" in text


def test_the_companys_own_long_e_mail_address_is_printed_whole() -> None:
    # The stop 42 review found the demo's own line cut: "Mads Eksempel, Falck Danmark · +45 20 00 01 01 ·
    # mentor.hovedstaden@falck.exam…". The address then goes on a line of its own.
    contact = Person("Mads Eksempel", "mentor.hovedstaden@falck.example.dk", "+4520000101", "Falck Danmark")
    (text,) = pages_text(pdf(replace(export(), company_contact=contact)))
    assert "Mads Eksempel, Falck Danmark · +45 20 00 01 01\nmentor.hovedstaden@falck.example.dk" in text
    assert "…" not in text.split("Samarbejdsmodel")[0]
    # A short one stays on the one line it had.
    (short,) = pages_text(pdf(export()))
    assert "Søren Kæmpe, Falck Danmark A/S · +45 20 00 01 03 · soeren@falck.example.dk" in short


def test_long_roster_repeats_its_header_and_numbers_its_pages() -> None:
    texts = pages_text(pdf(export(interns=many_interns(300), due=many_due(40))))
    total = len(texts)
    assert total >= 5
    for number, text in enumerate(texts, start=1):
        assert re.search(rf"Side {number} af \s*{total}\b", text), number
    continued = [t for t in texts if "Praktikanter (fortsat)" in t]
    assert len(continued) >= 3
    for text in continued:
        assert "Deltager-id\nNavn\nJobcenter\nArbejdssted\nPeriode\nMentor" in text
        assert text.startswith("Fortroligt.")  # the footer, then the running head with the agreement
        assert "Falck Hovedstaden · praktikanter og opgaver pr. 15.08.2026" in text
    roster = " ".join(" ".join(texts).split())  # a long name wraps in its column
    assert "Praktikant nr. 1 Ærø" in roster and "Praktikant nr. 300 Ærø" in roster
    assert "I alt 300 praktikanter, heraf 43 ophørt." in roster  # every 7th of 300 ended: 0, 7, ..., 294


def test_same_export_same_bytes() -> None:
    assert pdf(export()) == pdf(export())


def test_ten_thousand_interns() -> None:
    data = pdf(export(interns=many_interns(10_000), due=many_due(100)))
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) > 300
    last_page = " ".join(reader.pages[-1].extract_text().split())  # the name may wrap in its column
    # The last row keeps its total company: "I alt ..." never stands alone on a page.
    assert f"{bulk_id(9999)} Praktikant nr. 10000 Ærø" in last_page
    # many_interns ends intern i when i % 7 == 0: i = 0, 7, …, 9996 is 9996 / 7 + 1 = 1429 of them,
    # written as a Dane groups thousands (decision 0062): "10.000", "1.429". The name's "nr. 10000" is
    # the fixture's name, not a count.
    assert "I alt 10.000 praktikanter, heraf 1.429 ophørt." in last_page
    headings = " ".join(" ".join(page.extract_text() for page in reader.pages[:40]).split())
    assert "Praktikanter (10.000)" in headings  # the heading's count, filled in at the end
