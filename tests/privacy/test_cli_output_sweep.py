"""What the commands print over the whole demo holds no CPR number, however spelled (stop 50's review):
a terminal's output is kept by cron or systemd as a log, where no CPR number may be (decision 0065).
`hub explain` of every record, `hub payments` of every agreement as tables and as JSON, `hub audit log`
of everything, and what `hub export company`, `hub form company`, `hub claim` and `hub bundle` say of
the files they write; the company's export and form files themselves too (the company's, never CPR),
and the bundle of a municipality that masks CPR for its auditor (Ballerup). A claim is the
municipality's own file for its own payment system, in full by design.

Every file is named after its citizen first, as caseworkers name them ("0101901234 mentorskema.pdf"):
a file's name goes wherever the file is named (decision 0065, stop 54). Every free text of every record
holds its citizen's number, and so do the locator's words and source key of every value (stop 55), and
`hub audit check` of Ballerup is swept too; Ballerup's bundle is read whole, its records' free text
masked since stop 56."""

from __future__ import annotations

import codecs
import json
import re
import zipfile
from pathlib import Path

import pytest
from cpr_names_support import name_files_after_citizens, plant_cpr_in_free_text
from flask import Flask
from flask.testing import FlaskCliRunner
from page_support import demo_copy_fixture
from sqlalchemy import select
from sweep_capture import Spellings, readable

from hub.cli import cli
from hub.extensions import db
from hub.models import Agreement, Record, RecordVersion

app = demo_copy_fixture("cli-output-sweep", users=False)
PERIOD = "2026-09"


# What `repr` writes for a mark or a space it will not print as it is (`\\xa0`, `\\u2011`, `\\n`).
_ESCAPE = re.compile(r"\\(x[0-9a-f]{2}|u[0-9a-f]{4}|n|r)")


def _hits(spelled: Spellings, text: str) -> bool:
    """Whether a number is in the text, also where `repr` wrote a mark as an escape."""
    unescaped = _ESCAPE.sub(lambda m: codecs.decode(m.group(0), "unicode_escape"), text)
    return bool(spelled.find(text) or spelled.find(unescaped))


def _run(app: Flask, *args: str) -> str:
    result = FlaskCliRunner(app).invoke(cli, list(args))
    assert result.exit_code == 0, (args, result.output)
    return result.output + (result.stderr if result.stderr_bytes else "")


@pytest.mark.usefixtures("demo_today")
def test_no_command_prints_a_cpr_number(app: Flask, tmp_path: Path) -> None:
    with app.app_context():
        assert name_files_after_citizens() > 300
        assert plant_cpr_in_free_text() > 300
        stored = db.session.scalars(select(RecordVersion.data))
        spelled = Spellings({str(data["citizen"]["cpr"]) for data in stored})
        records = list(db.session.scalars(select(Record.id).order_by(Record.id)))
        agreements = list(db.session.scalars(select(Agreement.id).order_by(Agreement.id)))
    assert len(spelled.cprs) >= 81 and len(records) > 300
    printed = {f"explain {r}": _run(app, "explain", str(r)) for r in records}
    files: dict[str, str] = {}
    for agreement in agreements:
        for shape in ("--lang=da", "--json"):
            paid = _run(app, "payments", agreement, "--period", PERIOD, shape)
            printed[f"payments {agreement} {shape}"] = paid
        for fmt in ("pdf", "xlsx", "json"):
            out = tmp_path / f"{agreement}.{fmt}"
            printed[f"export {out.name}"] = _run(
                app, "export", "company", agreement, "--format", fmt, "--out", str(out), "--period", PERIOD
            )
            files[out.name] = readable(out.read_bytes(), f"application/{'zip' if fmt == 'xlsx' else fmt}")
        form = tmp_path / f"{agreement}-form.pdf"
        printed[f"form {form.name}"] = _run(
            app, "form", "company", agreement, "--kind", "mentor_hours", "--format", "pdf", "--out", str(form)
        )
        files[form.name] = readable(form.read_bytes(), "application/pdf")
    claim = tmp_path / "claim"
    printed["claim"] = _run(
        app, "claim", "159", "--agreement", "falck-hovedstaden", "--period", PERIOD, "--out", str(claim)
    )
    bundle = tmp_path / "ballerup.zip"
    printed["bundle"] = _run(app, "bundle", "151", "--period", "2026-Q3", "--out", str(bundle))
    files[bundle.name] = readable(bundle.read_bytes(), "application/zip")
    printed["audit log"] = _run(app, "audit", "log", "--limit", "100000")
    for shape in ("--lang=da", "--lang=en", "--json"):  # Ballerup masks CPR for its auditors
        printed[f"audit check {shape}"] = _run(app, "audit", "check", "151", "--period", "2026-Q3", shape)
    assert "citizen.cpr" in printed[f"explain {records[0]}"]  # the field is printed, its number masked
    assert _hits(spelled, readable(claim.read_bytes(), "application/pdf"))  # it finds what is there
    assert [name for name, text in printed.items() if _hits(spelled, text)] == []
    assert [name for name, text in files.items() if _hits(spelled, text)] == []


@pytest.mark.usefixtures("demo_today")
def test_a_masked_bundle_s_records_mask_the_data_s_free_text(app: Flask, tmp_path: Path) -> None:
    # Decision 0065, "Stop 56": a number typed into a name, the purpose or a note is masked in a masked
    # bundle's records.jsonl, as the citizen's own field is; a full bundle (Gentofte) shows it as stored.
    with app.app_context():
        plant_cpr_in_free_text()
        stored = db.session.scalars(select(RecordVersion.data))
        spelled = Spellings({str(data["citizen"]["cpr"]) for data in stored})
    records = {}
    for code in ("151", "157"):  # Ballerup masks CPR for its auditors, Gentofte does not
        bundle = tmp_path / f"{code}.zip"
        _run(app, "bundle", code, "--period", "2026-Q3", "--out", str(bundle))
        with zipfile.ZipFile(bundle) as zipped:
            records[code] = zipped.read("records/records.jsonl").decode()
    shown = [json.loads(line)["record"] for line in records["157"].splitlines() if line.strip()]
    typed = [{**data, "citizen": {**data["citizen"], "cpr": None}} for data in shown]  # free text only
    assert sum(_hits(spelled, json.dumps(data, ensure_ascii=False)) for data in typed) > 10
    assert not _hits(spelled, records["151"])
