"""`hub export company`, `hub form company`, `hub ingest --company` and `hub claim` on the lived demo:
what each party gets, never a CPR number for the company, and bad input refused with nothing written."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from flask import Flask
from flask.testing import FlaskCliRunner
from lxml import etree
from page_support import demo_copy_fixture
from pypdf import PdfReader, PdfWriter
from sqlalchemy import select

from hub.adapters.language.config_schema import load_config_file
from hub.adapters.mapping.textparse import parse_week
from hub.adapters.readers.safexml import load_xsd
from hub.cli import cli
from hub.demo.company_filler import fill_pdf, fill_xlsx
from hub.extensions import db
from hub.models import AuditEvent, Submission
from hub.pseudonyms import CPR_LIKE

EXPECTED_CLAIMS = ROOT / "tests" / "exports" / "expected"


# This module's commands write (claims kept as downloaded, forms ingested): its own copy of the demo, as
# the session's is for tests that only read.
lived_demo = demo_copy_fixture("cli-demo", name="lived_demo")


def run(app: Flask, *args: str, code: int = 0) -> Any:
    result = FlaskCliRunner(app).invoke(cli, list(args))
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    return result


def make_form(app: Flask, fmt: str, out: Path, period: str) -> None:
    """The company's mentor-hours form of Falck Hovedstaden for a month, as `hub form company` makes it."""
    run(
        app,
        "form",
        "company",
        "falck-hovedstaden",
        "--kind",
        "mentor_hours",
        "--format",
        fmt,
        "--out",
        str(out),
        "--period",
        period,
    )


def test_the_company_export_names_interns_by_participant_id_only(lived_demo: Flask, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    run(
        lived_demo,
        "export",
        "company",
        "falck-hovedstaden",
        "--format",
        "json",
        "--out",
        str(out),
        "--period",
        "2026-09",
    )
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["interns"] and all(i["participant_id"].startswith("P-") for i in data["interns"])
    assert data["contact"]["primary"]["organisation"] == "Jobcenter Gladsaxe"
    text = out.read_text(encoding="utf-8")
    assert CPR_LIKE.search(text) is None
    assert "benefit" not in text and "visitation" not in text and "kontanthjaelp" not in text
    for fmt in ("pdf", "xlsx"):
        path = tmp_path / f"export.{fmt}"
        run(
            lived_demo,
            "export",
            "company",
            "falck-hovedstaden",
            "--format",
            fmt,
            "--out",
            str(path),
            "--period",
            "2026-09",
        )
        assert path.stat().st_size > 1000
    with lived_demo.app_context():
        entries = list(db.session.scalars(select(AuditEvent).where(AuditEvent.action == "export.company")))
        assert len(entries) == 3
        # Each names who was in it, as the page's and the API's do (one writer for all three).
        named = [entry.detail["participants"] for entry in entries]
        assert named[0] and named[0] == sorted(named[0]) and named.count(named[0]) == 3


@pytest.fixture(scope="module")
def september_form(lived_demo: Flask, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The company's September mentor-hours form as the hub makes it (PDF)."""
    out = tmp_path_factory.mktemp("form") / "timer.pdf"
    make_form(lived_demo, "pdf", out, "2026-09")
    return out


def _ids_and_weeks(form: Path) -> dict[str, list[str]]:
    fields = {k: str(v.get("/V") or "") for k, v in (PdfReader(form).get_fields() or {}).items()}
    out: dict[str, list[str]] = {}
    for name, value in fields.items():
        if name.endswith("_id"):
            block = name.removesuffix("_id")
            # the ISO weeks the records hold; the form prints each as "uge 36 2026" (stop 63)
            out[value] = [parse_week(v) for k, v in sorted(fields.items()) if k.startswith(f"{block}_uge")]
    return out


def _first_week(weeks: list[str], hours: str) -> dict[str, str]:
    """Hours in an intern's first printed week, 0 written in the weeks after it: a week left blank that
    had ended when the form was signed is refused (decision 0060, "Stop 56: stray-64")."""
    return {weeks[0]: hours, **{week: "0" for week in weeks[1:]}}


def test_the_one_form_comes_back_and_lands_with_each_interns_municipality(
    lived_demo: Flask, september_form: Path, tmp_path: Path
) -> None:
    interns = _ids_and_weeks(september_form)
    assert interns and CPR_LIKE.search(september_form.read_bytes().decode("latin-1")) is None
    pid, weeks = next(iter(interns.items()))
    # A correction of September's hours for one intern: the others left blank are no records.
    filled = fill_pdf(
        september_form.read_bytes(), {pid: _first_week(weeks, "2.5")}, "Jesper Kragh", date(2026, 10, 2)
    )
    path = tmp_path / "filled.pdf"
    path.write_bytes(filled)
    result = run(lived_demo, "ingest", str(path), "--company", "falck-hovedstaden", "--json")
    records = json.loads(result.stdout)
    assert len(records) == 1 and records[0]["entries"][0] == {"week": weeks[0], "hours": "2.5"}
    assert records[0]["municipality_code"] in {"159", "151", "163", "169", "190"}


def _set_field(pdf: bytes, old: str, new: str) -> bytes:
    """The PDF with the field that holds `old` set to `new`, as a person typing over it would."""
    reader = PdfReader(io.BytesIO(pdf))
    name = next(k for k, v in (reader.get_fields() or {}).items() if v.get("/V") == old)
    writer = PdfWriter(clone_from=reader)
    for page in writer.pages:
        writer.update_page_form_field_values(page, {name: new}, auto_regenerate=False)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_an_edited_or_foreign_participant_id_is_refused(
    lived_demo: Flask, september_form: Path, tmp_path: Path
) -> None:
    data = september_form.read_bytes()
    pid, weeks = next(iter(_ids_and_weeks(september_form).items()))
    edited = pid[:-1] + ("A" if pid[-1] != "A" else "B")
    filled = fill_pdf(data, {pid: _first_week(weeks, "1")}, "Jesper Kragh", date(2026, 10, 2))
    path = tmp_path / "edited.pdf"
    path.write_bytes(_set_field(filled, pid, edited))
    result = run(lived_demo, "ingest", str(path), "--company", "falck-hovedstaden", code=2)
    assert "a character has been changed or mistyped" in result.output
    assert "et tegn er ændret eller tastet forkert" in result.output
    # Another company's agreement: the id is not one of its interns, and nothing says whose it is.
    path = tmp_path / "foreign.pdf"
    path.write_bytes(filled)
    result = run(lived_demo, "ingest", str(path), "--company", "danfoss", code=2)
    assert f"{pid} is not an intern of agreement danfoss" in result.output
    assert "falck" not in result.output.lower()
    # Read as the company's HR person reads it: the intern named once, the id's field once (where the
    # form prints it), and the English line in English but for the form's own printed words.
    fields = {k: str(v.get("/V") or "") for k, v in (PdfReader(path).get_fields() or {}).items()}
    block = next(k.removesuffix("_id") for k, v in fields.items() if k.endswith("_id") and v == pid)
    name = fields[f"{block}_navn"]
    [english] = [
        line for line in result.output.splitlines() if line.strip().startswith("error:") and pid in line
    ]
    [danish] = [
        line for line in result.output.splitlines() if line.strip().startswith("fejl:") and pid in line
    ]
    assert english.count(name) == danish.count(name) == 1, (english, danish)
    assert danish.casefold().count("deltager-id") == 1, danish
    assert english.count("participant id") == 1 and "Deltager-id" in english, english
    assert "Mentortimer (the company's form)" in english and "virksomhedens" not in english, english
    assert "Mentortimer (virksomhedens skema)" in danish, danish


def test_the_form_sent_for_the_companys_other_agreement_says_which_and_can_be_sent_again(
    lived_demo: Flask, september_form: Path, tmp_path: Path
) -> None:
    # Falck is in two agreements (one CVR): its Hovedstaden form sent as Falck Randers is told which
    # agreement its interns are in, and the same file sent for that one is taken, not refused as sent.
    pid, weeks = next(iter(_ids_and_weeks(september_form).items()))
    path = tmp_path / "picked-wrong.pdf"
    path.write_bytes(
        fill_pdf(
            september_form.read_bytes(), {pid: _first_week(weeks, "1.5")}, "Jesper Kragh", date(2026, 10, 3)
        )
    )
    result = run(lived_demo, "ingest", str(path), "--company", "falck-randers", code=2)
    assert (
        f"{pid} is an intern of agreement falck-hovedstaden, not of agreement falck-randers: "
        "send the form again for agreement falck-hovedstaden"
    ) in result.output
    assert (
        f"{pid} er en praktikant i aftalen falck-hovedstaden, ikke i aftalen falck-randers" in result.output
    )
    result = run(lived_demo, "ingest", str(path), "--company", "falck-hovedstaden", "--json")
    (record,) = json.loads(result.stdout)
    assert record["entries"][0] == {"week": weeks[0], "hours": "1.5"}
    with lived_demo.app_context():
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        sub = db.session.scalars(select(Submission).where(Submission.document_sha256 == digest)).one()
        assert (sub.agreement_id, sub.status) == ("falck-hovedstaden", "accepted")  # one submission
        moved = db.session.scalars(
            select(AuditEvent).where(
                AuditEvent.action == "submission.reassigned", AuditEvent.subject == f"submission:{sub.id}"
            )
        ).one()
        assert moved.detail == {"from": "falck-randers", "to": "falck-hovedstaden"}


def test_a_municipalitys_form_sent_as_the_company_says_so_in_each_language(lived_demo: Flask) -> None:
    # The company adapter's name is Danish ("virksomhedens skema"): it read "not a form virksomhedens
    # skema sends" in the English line.
    form = ROOT / "tests" / "golden" / "gladsaxe" / "mentor_hours.pdf"
    result = run(lived_demo, "ingest", str(form), "--company", "falck-hovedstaden", code=2)
    assert (
        "not a form the company sends: the hub read the file as a PDF, but none of the forms it takes from "
        "the company as a PDF fits" in result.output
    )
    assert (
        "ikke en blanket fra virksomheden: hubben læste filen som en PDF, men ingen af de blanketter, hubben "
        "tager imod fra virksomheden som en PDF, passer" in result.output
    )


def test_an_unsigned_form_is_refused_at_upload_while_it_can_still_be_signed(
    lived_demo: Flask, september_form: Path, tmp_path: Path
) -> None:
    # The auditors want hours signed by the mentor: accepted unsigned, it would be found missing only at
    # the audit, months later.
    pid, weeks = next(iter(_ids_and_weeks(september_form).items()))
    unsigned = tmp_path / "usigneret.pdf"
    unsigned.write_bytes(
        fill_pdf(september_form.read_bytes(), {pid: _first_week(weeks, "1")}, "", date(2026, 10, 2))
    )
    result = run(lived_demo, "ingest", str(unsigned), "--company", "falck-hovedstaden", code=2)
    assert "signed by (signed_by): empty: a value is required" in result.output  # in words, its path after
    assert (
        "underskrevet af: tom: feltet skal udfyldes" in result.output
    )  # the field in words, as the page says it


def test_a_cpr_number_typed_into_the_companys_form_is_refused_and_never_echoed(
    lived_demo: Flask, september_form: Path, tmp_path: Path
) -> None:
    # The form says "never write CPR numbers"; a signer who types theirs anyway, or an intern's number
    # typed over the participant id, must not be stored, shown to the lead, or repeated in the message.
    data = september_form.read_bytes()
    pid, weeks = next(iter(_ids_and_weeks(september_form).items()))
    signed = tmp_path / "signed-with-cpr.pdf"
    signed.write_bytes(fill_pdf(data, {pid: _first_week(weeks, "1")}, "Jesper 1212901234", date(2026, 10, 2)))
    typed = tmp_path / "cpr-for-id.pdf"
    filled = fill_pdf(data, {pid: _first_week(weeks, "1")}, "Jesper Kragh", date(2026, 10, 2))
    typed.write_bytes(_set_field(filled, pid, "220392-1234"))
    # In an hours cell it is not a number either; the CPR reason is the one given, without the value.
    hours = tmp_path / "cpr-for-hours.pdf"
    hours.write_bytes(
        fill_pdf(data, {pid: _first_week(weeks, "220392-1234")}, "Jesper Kragh", date(2026, 10, 2))
    )
    # In the signature's date cell it is not a date: refused as a whole document, the value unquoted too.
    dated = tmp_path / "cpr-for-date.pdf"
    dated.write_bytes(_set_field(filled, "02.10.2026", "2005851236"))
    cases = ((signed, "signed_by"), (typed, "participant_id"), (hours, "hours"), (dated, "signed_on"))
    for path, field in cases:
        result = run(lived_demo, "ingest", str(path), "--company", "falck-hovedstaden", code=2)
        assert "looks like a CPR number" in result.output and "ligner et CPR-nummer" in result.output
        assert field in result.output, result.output
        assert "1212901234" not in result.output and "220392" not in result.output
        assert "200585" not in result.output
        with lived_demo.app_context():
            stored = db.session.scalars(
                select(Submission.problems).where(Submission.filename == path.name)
            ).one()
        assert "1212901234" not in json.dumps(stored) and "220392" not in json.dumps(stored)
        assert "200585" not in json.dumps(stored)


def test_the_spreadsheet_form_comes_back_too(lived_demo: Flask, tmp_path: Path) -> None:
    out = tmp_path / "timer.xlsx"
    make_form(lived_demo, "xlsx", out, "2026-10")
    with zipfile.ZipFile(out) as book:
        assert not [n for n in book.namelist() if CPR_LIKE.search(book.read(n).decode("utf-8", "replace"))]
    pdf = tmp_path / "timer.pdf"
    make_form(lived_demo, "pdf", pdf, "2026-10")
    pid, weeks = next(iter(_ids_and_weeks(pdf).items()))
    filled = tmp_path / "filled.xlsx"
    filled.write_bytes(
        fill_xlsx(out.read_bytes(), {pid: {weeks[-1]: "4"}}, "Jesper Kragh", date(2026, 11, 2))
    )
    result = run(lived_demo, "ingest", str(filled), "--company", "falck-hovedstaden", "--json")
    assert [r["entries"][-1] for r in json.loads(result.stdout)] == [{"week": weeks[-1], "hours": "4.0"}]


@pytest.mark.parametrize(
    ("slug", "agreement", "period", "suffix"),
    [
        ("gladsaxe", "falck-hovedstaden", "2026-09", "pdf"),
        ("ballerup", "falck-hovedstaden", "2026-Q3", "pdf"),
        ("hoeje-taastrup", "falck-hovedstaden", "2026-09", "xml"),
        ("lyngby-taarbaek", "brfkredit", "2026-Q3", "xml"),
        ("gentofte", "brfkredit", "2026-Q3", "xml"),
        ("herlev", "falck-hovedstaden", "2026-09", "csv"),
        ("furesoe", "falck-hovedstaden", "2026-H1", "csv"),
        ("randers", "falck-randers", "2026-H1", "pdf"),
    ],
)
def test_every_paying_municipality_claims_in_its_own_format(
    lived_demo: Flask, tmp_path: Path, slug: str, agreement: str, period: str, suffix: str
) -> None:
    out = tmp_path / f"claim.{suffix}"
    run(lived_demo, "claim", slug, "--agreement", agreement, "--period", period, "--out", str(out))
    data = out.read_bytes()
    claim = load_config_file(ROOT / "config" / "municipalities" / f"{slug}.toml").claim
    assert claim is not None and claim.format == suffix
    if suffix == "pdf":
        reader = PdfReader(io.BytesIO(data))
        values = [str(field.get("/V", "")) for field in (reader.get_fields() or {}).values()]
        shown = " ".join([*(page.extract_text() for page in reader.pages), *values])
        assert "Falck" in shown, shown[:500]  # both agreements are Falck's: the claim names its company
    elif suffix == "xml":
        assert claim.template_path is not None
        assert load_xsd(claim.template_path).validate(etree.fromstring(data))
    else:
        # The first line of the municipality's own layout, as written by hand in tests/exports/expected/.
        encoding = "cp1252" if slug == "herlev" else "utf-8-sig"
        own = (EXPECTED_CLAIMS / f"{slug}-claim.csv").read_bytes().decode(encoding).splitlines()[0]
        assert data.decode(encoding).splitlines()[0] == own


def test_falcks_claim_says_its_scheme_as_the_template_offers_it(lived_demo: Flask, tmp_path: Path) -> None:
    # Falck Hovedstaden pays 275 kr an hour for 3 hours a week per intern, only for occupied places
    # (config/agreements/falck-hovedstaden.toml, DESIGN.md). "Timer pr. besat plads" and "Fast beløb pr.
    # plads" are not values to write but the template's two schemes to choose between (a drop-down list
    # in Ballerup's, two boxes in Gladsaxe's and Randers'): the first chosen, the other left as offered.
    # The hours a week are not a field of any template: they are in each line's granted hours.
    out = tmp_path / "ballerup.pdf"
    run(lived_demo, *"claim ballerup --agreement falck-hovedstaden --period 2026-Q3 --out".split(), str(out))
    values = {k: f.get("/V") for k, f in (PdfReader(io.BytesIO(out.read_bytes())).get_fields() or {}).items()}
    assert values["Refusion.Ordning"] == "Timer pr. besat plads"
    assert (values["Refusion.Aftale"], values["Refusion.Timesats"]) == ("Falck Hovedstaden", "275,00")


@pytest.mark.parametrize(
    ("args", "english", "danish"),
    [
        (
            ["soenderborg", "--agreement", "danfoss", "--period", "2026-Q3"],
            "declares no claim",
            "ingen refusionsblanket",
        ),
        (
            ["gladsaxe", "--agreement", "brfkredit", "--period", "2026-09"],
            "is not part of agreement",
            "er ikke med i aftalen",
        ),
        (
            ["gladsaxe", "--agreement", "falck-hovedstaden", "--period", "2026-Q3"],
            "claims per month",
            "afregner pr. måned",
        ),
        (
            ["gladsaxe", "--agreement", "falck-hovedstaden", "--period", "2099-01"],
            "in the future",
            "i fremtiden",
        ),
    ],
)
def test_a_claim_that_cannot_be_made_says_why_and_writes_nothing(
    lived_demo: Flask, tmp_path: Path, args: list[str], english: str, danish: str
) -> None:
    out = tmp_path / "out" / "claim.pdf"
    result = run(lived_demo, "claim", *args, "--out", str(out), code=2)
    assert english in result.output and danish in result.output
    assert not out.parent.exists() or list(out.parent.iterdir()) == []


def test_a_file_that_cannot_be_written_is_named_with_the_reason(lived_demo: Flask, tmp_path: Path) -> None:
    # --out under a name that is a file, not a folder: the person gets the file and the system's reason,
    # exit 2, not "unexpected FileExistsError".
    blocker = tmp_path / "rapporter"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    out = blocker / "eksport.json"
    args = [
        "export",
        "company",
        "falck-hovedstaden",
        "--format",
        "json",
        "--period",
        "2026-09",
        "--out",
        str(out),
    ]
    result = FlaskCliRunner(lived_demo).invoke(cli, args)
    assert result.exit_code == 2, result.output
    assert f"{out}: cannot write" in result.output and "kan ikke skrives" in result.output
