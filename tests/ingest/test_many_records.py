"""Issue 8, point 1, checked sentence by sentence through ingestion, on Ishøj's case-system export (one
row per citizen, tools/fixtures/ishoej.py): each row its own record with its own provenance and outcome;
a bad row rejected alone, named by its row, and the good ones stored; the outcome of every item shown
(CLI, API); the same file twice one submission; one job and one transaction per document."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from accounts import add_user, bearer
from conftest import ROOT
from flask import Flask
from flask.testing import FlaskCliRunner
from openpyxl import load_workbook
from rq.registry import FailedJobRegistry, FinishedJobRegistry
from simulator_support import check_golden_inputs_reproduced, fixture_script
from sqlalchemy import func, select

from hub.adapters.language.config_schema import load_config_file
from hub.adapters.language.golden import canonical_records
from hub.demo.render_data import XlsxCell, csv_bytes
from hub.extensions import db
from hub.jobs import enqueue_submission
from hub.models import Placement, Provenance, Record, RecordVersion, Submission
from hub.queue import queue
from hub.services import ingest, normalise
from hub.services.user_parties import Party

EXPORT = ROOT / "tests" / "golden" / "ishoej" / "placements.xlsx"
ISHOEJ = fixture_script("fixtures.ishoej")  # tools/fixtures/ishoej.py, the export's generator
ROWS, workbook = ISHOEJ.ROWS, ISHOEJ.workbook
# `hub ingest` names the export's form by the title Ishøj's config gives it, not by its id.
[FORM] = [
    f.title
    for f in load_config_file(ROOT / "config" / "municipalities" / "ishoej.toml").forms
    if f.id == "praktikudtraek"
]


def cli(app: Flask) -> FlaskCliRunner:
    from hub.cli import cli as hub_cli  # noqa: PLC0415 - as tests/conftest.py's `runner`

    class Runner(FlaskCliRunner):
        def invoke(self, cli_: Any = None, args: Any = None, **kwargs: Any) -> Any:  # type: ignore[override]
            return super().invoke(cli_ or hub_cli, args, **kwargs)

    return Runner(app)


def join_ishoej(app: Flask, tmp_path: Path) -> FlaskCliRunner:
    """Falck Hovedstaden with Ishøj (183) as a partner, loaded: its sites take Ishøj's placements."""
    text = (ROOT / "config" / "agreements" / "falck-hovedstaden.toml").read_text(encoding="utf-8")
    partners = 'partner_municipalities = ["151", "163", "169", "190"]'
    assert partners in text
    path = tmp_path / "falck-hovedstaden.toml"
    path.write_text(text.replace(partners, partners.replace('"190"]', '"190", "183"]')), "utf-8")
    runner = cli(app)
    loaded = runner.invoke(args=["agreements", "load", str(path)])
    assert loaded.exit_code == 0, loaded.output
    return runner


def item_outcomes(output: str) -> list[tuple[str, str]]:
    """Each item's place in the file and its outcome, in order, as `hub ingest` lists them."""
    return re.findall(r"^  (row \d+): (\w+)", output, re.MULTILINE)


def count(app: Flask, model: Any) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model)) or 0


def with_row(row: int, column: str, value: XlsxCell) -> list[tuple[XlsxCell, ...]]:
    """The golden rows with one cell changed (`row`: 0-based among the citizens)."""
    rows = [list(r) for r in ROWS]
    rows[row][list(HEADER_INDEX).index(column)] = value
    return [tuple(r) for r in rows]


HEADER_INDEX = dict.fromkeys(
    ("CPR-nr.", "Navn", "CVR-nr.", "Virksomhed", "P-nr.", "Arbejdssted", "Startdato", "Slutdato",
     "Timer/uge", "Ydelse", "Visitation", "Mentor", "Mentor ansat hos", "Formål")
)  # fmt: skip


def test_each_row_of_the_export_is_its_own_record_and_the_same_file_again_one_submission(
    backend_app: Flask, tmp_path: Path
) -> None:
    runner = join_ishoej(backend_app, tmp_path)  # SQLite and PostgreSQL
    first = runner.invoke(args=["ingest", str(EXPORT), "-m", "ishoej"])
    assert first.exit_code == 0, first.output
    # The citizens are rows 8 to 10 of sheet "Udtræk" (tools/fixtures/ishoej.py: 7 lines above them).
    assert "accepted / godkendt" in first.output
    assert item_outcomes(first.output) == [
        ("row 8", "accepted"),
        ("row 9", "accepted"),
        ("row 10", "accepted"),
    ]
    assert (count(backend_app, Record), count(backend_app, Placement)) == (3, 3)
    with backend_app.app_context():
        # Each row names its intern by participant id and its record by the command that shows it.
        items = db.session.get_one(Submission, 1).items
        for item in items:
            record = db.session.get_one(Record, item.record_id)
            participant = db.session.get_one(Placement, record.placement_id).participant_id
            rid = record.id
            line = f"  {item.label}: accepted, participant {participant}, record {rid} (hub explain {rid})"
            assert f"{line} / {item.label_da}: godkendt, deltager {participant}, post {rid}" in first.output
        assert len(items) == 3
        # Each record's CPR came from its own row (the second typed as a number: its cell's format).
        where = db.session.execute(
            select(Provenance.source_key, Provenance.raw_value)
            .join(RecordVersion, RecordVersion.id == Provenance.record_version_id)
            .where(Provenance.path == "citizen.cpr")
            .order_by(RecordVersion.record_id)
        ).all()
        assert [tuple(w) for w in where] == [
            ("Udtræk!A8", "120398-1482"),
            ("Udtræk!A9", "0704881235"),
            ("Udtræk!A10", "2509034345"),
        ]
    again = runner.invoke(args=["ingest", str(EXPORT), "-m", "ishoej"])
    assert again.exit_code == 0
    assert "accepted (same bytes as before) / godkendt (samme indhold som før)" in again.output
    assert (count(backend_app, Submission), count(backend_app, Record)) == (1, 3)


def test_the_export_saved_again_is_unchanged_row_by_row_and_each_row_names_its_record(
    app: Flask, tmp_path: Path
) -> None:
    runner = join_ishoej(app, tmp_path)
    assert runner.invoke(args=["ingest", str(EXPORT), "-m", "ishoej"]).exit_code == 0
    # Opened and saved again in a spreadsheet program: other bytes, the same rows.
    book, again = load_workbook(EXPORT), tmp_path / "udtraek-igen.xlsx"
    book.save(again)
    assert again.read_bytes() != EXPORT.read_bytes()
    result = runner.invoke(args=["ingest", str(again), "-m", "ishoej"])
    assert result.exit_code == 0 and "accepted / godkendt" in result.output, result.output
    assert item_outcomes(result.output) == [
        ("row 8", "unchanged"),
        ("row 9", "unchanged"),
        ("row 10", "unchanged"),
    ]
    with app.app_context():
        first, second = (db.session.get_one(Submission, n) for n in (1, 2))
        made = [(i.record_id, i.version) for i in first.items]
        assert all(record_id is not None for record_id, _ in made)
        assert [(i.record_id, i.version) for i in second.items] == made
    assert count(app, RecordVersion) == 3


@pytest.fixture
def ishoej_api(backend_app: Flask, tmp_path: Path) -> Flask:
    join_ishoej(backend_app, tmp_path)
    add_user(backend_app, "kommune-ishoej", "municipality", Party(municipality="183"))
    return backend_app


def test_a_bad_row_is_rejected_alone_named_by_its_row_and_every_outcome_is_shown(
    ishoej_api: Flask, tmp_path: Path
) -> None:
    app = ishoej_api
    bad = tmp_path / "udtraek.xlsx"
    bad.write_bytes(workbook(with_row(1, "Startdato", "32.08.2026")))  # Emma's start: day 32
    result = cli(app).invoke(args=["ingest", str(bad), "-m", "ishoej"])
    assert result.exit_code == 2
    assert "udtraek.xlsx: partly accepted / delvist godkendt" in result.output
    assert item_outcomes(result.output) == [
        ("row 8", "accepted"),
        ("row 9", "rejected"),
        ("row 10", "accepted"),
    ]
    assert f'error: udtraek.xlsx / {FORM} / row 9 / sheet "Udtræk", cell G9' in result.output
    # The item, the place, the field (in words: "period.start" is no word of a caseworker's) and the
    # reason in Danish.
    danish = f'fejl: udtraek.xlsx / {FORM} / række 9 / ark "Udtræk", celle G9 / startdato: ikke'
    assert danish in result.output
    assert count(app, Record) == 2
    # The API (and the upload page, which reads it) shows every item's outcome.
    client, headers = app.test_client(), bearer(app, "kommune-ishoej")
    status = client.get("/api/submissions/1", headers=headers).get_json()
    assert status["status"] == "partial"
    assert [(i["label"], i["label_da"], i["status"]) for i in status["items"]] == [
        ("row 8", "række 8", "accepted"),
        ("row 9", "række 9", "rejected"),
        ("row 10", "række 10", "accepted"),
    ]
    [problem] = status["items"][1]["problems"]
    assert (problem["item"], problem["field"]) == ("row 9", "period.start")
    assert all(i["record_id"] for i in status["items"] if i["status"] == "accepted")
    # Each stored item names its intern by the placement's participant id (upload.js shows it before the
    # row); the rejected row stored nothing, and has none.
    with app.app_context():
        rows = db.session.execute(select(Record.id, Placement.participant_id).join(Record.placement))
        known = {record_id: participant for record_id, participant in rows}
    assert [i["participant"] for i in status["items"]] == [
        known[status["items"][0]["record_id"]],
        None,
        known[status["items"][2]["record_id"]],
    ]
    # The pseudonym a company sees (`hub.pseudonyms.participant_id`), never the row's CPR number.
    assert all(str(i["participant"]).startswith("P-") for i in status["items"] if i["status"] == "accepted")


def test_a_document_whose_every_item_is_rejected_says_so_and_stores_nothing(
    app: Flask, tmp_path: Path
) -> None:
    runner = join_ishoej(app, tmp_path)
    rows = [(*row[:6], "32.13.2026", *row[7:]) for row in ROWS]  # every start date impossible
    bad = tmp_path / "alle-forkerte.xlsx"
    bad.write_bytes(workbook(rows))
    result = runner.invoke(args=["ingest", str(bad), "-m", "ishoej"])
    assert result.exit_code == 2 and ": rejected / afvist" in result.output
    assert (
        f"error: alle-forkerte.xlsx / {FORM}: all 3 items of the document were rejected; nothing was stored"
    ) in result.output
    danish = "alle dokumentets 3 poster blev afvist; intet er gemt"
    assert f"fejl: alle-forkerte.xlsx / {FORM}: {danish}" in result.output
    # And each row's own problem at its cell.
    for row in (8, 9, 10):
        where = f'alle-forkerte.xlsx / {FORM} / row {row} / sheet "Udtræk", cell G{row}'
        assert f"error: {where}" in result.output
    assert (count(app, Record), count(app, Placement)) == (0, 0)


def many(n: int) -> list[tuple[XlsxCell, ...]]:
    """`n` citizens placed at Falck Taastrup, each with a CPR number of its own (real dates, 1980s)."""
    rows = []
    for i in range(n):
        day, month, year = 1 + i % 28, 1 + (i // 28) % 12, 80 + i // (28 * 12)
        cpr = f"{day:02d}{month:02d}{year:02d}-{1000 + i:04d}"
        start: XlsxCell = datetime(2026, 8, 3) if i % 2 else "03.08.2026"
        site = ("22222228", "Falck Danmark", "1900000103", "Falck Taastrup")
        rest = ("30.10.2026", "18,5", "KH", "Jobparat", "Mads Eksempel", "Virksomhed", "")
        rows.append((cpr, f"Borger {i}", *site, start, *rest))
    return rows


def test_a_500_row_export_is_one_job_and_one_transaction(
    queue_app: Flask, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = queue_app  # the embedded queue and a real Redis server
    join_ishoej(app, tmp_path)
    state = queue.state(app)
    finished, failed = FinishedJobRegistry(queue=state.queue), FailedJobRegistry(queue=state.queue)
    # A real Redis keeps the jobs of earlier runs of this test (same queue name): count what is new.
    before = set(finished.get_job_ids()) | set(failed.get_job_ids())

    def jobs_run() -> set[str]:
        return (set(finished.get_job_ids()) | set(failed.get_job_ids())) - before

    data = workbook(many(500))
    with app.app_context():
        done = ingest.submit(db.session, data, "udtraek-500.xlsx", "ishoej", "cli", "test")
        enqueue_submission(done.submission_id)
    queue.run_burst(app)
    with app.app_context():
        submission = db.session.get_one(Submission, done.submission_id)
        assert (submission.status, len(submission.items)) == ("accepted", 500)
        assert jobs_run() == {submission.job_id} and state.queue.count == 0
    assert count(app, Record) == 500

    # One transaction: when the last row cannot be stored for a reason that is not the document's, none
    # of the rows before it is kept (50 rows show it as well as 500).
    store = normalise.store
    calls = {"n": 0}

    def failing_at_the_last(*args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] >= 50:  # from the last row on, every time (the batch stores it again, carefully)
            raise RuntimeError("the database went away")
        return store(*args, **kwargs)

    monkeypatch.setattr(normalise, "store", failing_at_the_last)
    other = workbook([(f"{r[0][:7]}2{r[0][8:]}", *r[1:]) for r in many(50)])  # 50 other citizens
    with app.app_context():
        done = ingest.submit(db.session, other, "udtraek-50.xlsx", "ishoej", "cli", "test")
        enqueue_submission(done.submission_id)
    queue.run_burst(app)
    assert count(app, Record) == 500  # only the first export's
    with app.app_context():
        second = db.session.get_one(Submission, done.submission_id)
        assert (second.status, second.items) == ("failed", [])
        assert len(jobs_run()) == 2 and second.job_id in set(failed.get_job_ids())


def test_the_golden_export_is_what_its_generator_writes_with_mixed_date_cells() -> None:
    check_golden_inputs_reproduced("fixtures.ishoej", at_least=1)
    sheet = load_workbook(EXPORT)["Udtræk"]
    # Start dates: a real Excel date, then two typed as text; a CPR number typed as a number.
    assert isinstance(sheet["G8"].value, datetime) and sheet["G8"].number_format == "dd-mm-yyyy"
    assert (sheet["G9"].value, sheet["G10"].value) == ("03.08.2026", "3/8-2026")
    assert (sheet["A9"].value, sheet["A9"].number_format) == (704881235, "0000000000")


def test_a_csv_export_with_one_row_per_citizen_gives_the_same_records(tmp_path: Path) -> None:
    # The same citizens as the golden XLSX, as a case system writes them to CSV: all text, dates typed
    # three ways; the form is Ishøj's with the format changed.
    text = (ROOT / "config" / "municipalities" / "ishoej.toml").read_text(encoding="utf-8")
    text = text.replace('format = "xlsx"', 'format = "csv"').replace(
        '  [forms.reader]\n  sheet = "Udtræk"\n', ""
    )
    path = tmp_path / "ishoej.toml"
    path.write_text(text, encoding="utf-8")
    company = ["22222228", "Falck Danmark"]
    rows = [
        ["Udtræk af virksomhedspraktikker - Jobcenter Ishøj"],
        ["Udtrukket af", "Karin Lund Nielsen"],
        ["E-mail", "karin.lund.nielsen@ishoj.example.dk"],
        ["Telefon", "43 57 75 75"],
        [],
        list(HEADER_INDEX),
        ["120398-1482", "Jonas Vestergaard", *company, "1900000103", "Falck Taastrup", "2026-08-03",
         "30.10.2026", "18.5", "KH", "Aktivitetsparat", "Mads Eksempel", "Virksomhed",
         "Afprøvning af lager- og værkstedsopgaver"],
        ["0704881235", "Emma Sørensen", *company, "1900000101", "Falck Søborg", "03.08.2026", "27-11-2026",
         "12,5", "SDP", "", "Mads Eksempel", "Virksomhed", ""],
        ["2509034345", "Ali Haddad", *company, "1900000103", "Falck Taastrup", "3/8-2026", "4/12-2026", "15",
         "UH", "Uddannelsesparat", "Lene Mortensen", "Jobcenter", "Afklaring af uddannelsesvej"],
    ]  # fmt: skip
    expected = json.loads((EXPORT.parent / "placements.expected.json").read_text(encoding="utf-8"))
    assert canonical_records(load_config_file(path), csv_bytes(rows), "udtraek.csv") == expected


def test_an_export_sent_before_the_municipality_joined_an_agreement_is_read_again_after(
    app: Flask, tmp_path: Path
) -> None:
    runner = cli(app)
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0  # Ishøj is in none of them
    first = runner.invoke(args=["ingest", str(EXPORT), "-m", "ishoej"])
    assert first.exit_code == 2 and "rejected / afvist" in first.output
    assert "all 3 items of the document were rejected" in first.output
    # `hub reprocess` reads it again from its kept extraction and lists its rows under their reasons.
    still = runner.invoke(args=["reprocess", "-m", "ishoej"])
    assert still.exit_code == 0, still.output
    assert "still rejected: 1 document, by reason / stadig afvist: 1 dokument, efter årsag" in still.output
    assert "  error: site 1900000103 is not a site of any agreement that municipality 183 is part of" in (
        still.output
    )
    assert "    submission 1 (placements.xlsx): row 8 / " in still.output
    assert "    submission 1 (placements.xlsx): row 10 / " in still.output

    join_ishoej(app, tmp_path)
    again = runner.invoke(args=["ingest", str(EXPORT), "-m", "ishoej"])
    assert again.exit_code == 0, again.output
    assert "accepted (same bytes as before, read again: a reason lay outside" in again.output
    assert item_outcomes(again.output) == [
        ("row 8", "accepted"),
        ("row 9", "accepted"),
        ("row 10", "accepted"),
    ]
    assert (count(app, Submission), count(app, Record)) == (1, 3)
