"""The forty-third onboarding trial: Silkeborg (740), forms made by programs no earlier trial used: a
placement agreement its job centre's form service makes with MuPDF's `mutool run`, and the month's mentor
visits its mentor firm's reporting job writes with DuckDB's `COPY ... TO ... (FORMAT csv)`
(`tools/make_fixtures_onboarding_fortythird.py`, which needs mutool, and a python with duckdb named by
`DUCKDB_PYTHON`; the files it wrote are kept, and these tests read them). The expected records were
written by hand from the files, before the hub read them (decision 0060, "Stop 65: trial-95"). The config
written by hand and suggest's drafts, their optional TODOs cleared as they say, read every value at the
base; a variant of the CSV with its SQL's own column names (`godkendt_tid`) is
`test_suggest_signed_moment.py`'s."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from onboarding_trial import Trial, cleared

from hub.adapters.language.golden import canonical_records

THIS = Trial("silkeborg", "740", "make_fixtures_onboarding_fortythird")
FORMS = ["praktikaftale.pdf", "mentortimer.csv"]


def _has_duckdb() -> bool:
    python = os.environ.get("DUCKDB_PYTHON")
    return python is not None and subprocess.run([python, "-c", "import duckdb"], timeout=120).returncode == 0


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.skipif(
    shutil.which("mutool") is None or not _has_duckdb(), reason="needs mutool, and DUCKDB_PYTHON with duckdb"
)
def test_the_kept_forms_are_what_mutool_and_duckdb_write() -> None:
    THIS.check_made(2)


def test_the_kept_forms_are_mutools_and_duckdbs() -> None:
    pdf = (THIS.golden / FORMS[0]).read_bytes()
    assert pdf.startswith(b"%PDF-1.7") and b"/Producer(mutool run \\(MuPDF 1.21\\))" in pdf
    # a list box: the page prints every option, the field's value names the one chosen
    assert b"/T(Liste1)/TU(Visitation)/DA(/Helv 10 Tf 0 g)/FT/Ch/Opt[(Jobparat)(Aktivitetsparat)" in pdf
    assert b"/Ff 0/V(Aktivitetsparat)" in pdf and b"/T(Kombi1)/TU(Ydelse)" in pdf
    visits = (THIS.golden / FORMS[1]).read_text(encoding="utf-8").splitlines()
    # COPY's header from the SELECT's aliases; an INTERVAL, a TIMESTAMPTZ in the session's zone, NULL empty
    assert visits[0] == "CPR,Borger,P-nummer,Arbejdssted,Mentor,Dato,Varighed,Indhold,Godkendt af,Godkendt"
    assert visits[1].endswith(
        ',2026-11-03,01:30:00,"Opstart, rundvisning",Ole Dam Rasmussen,2026-11-30 14:05:12+01'
    )
    assert visits[8].endswith(',2026-11-19,02:30:00,"Værkstedet, ""kunder""",,')


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_records_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs cleared as they say (none here), the others left as the
    comments they are (the visits' contents); no path or transform edited."""
    data = (THIS.golden / name).read_bytes()
    draft = cleared(THIS.draft(name))
    expected = THIS.expected(name)
    assert canonical_records(THIS.config(tmp_path, draft), data, name) == expected
