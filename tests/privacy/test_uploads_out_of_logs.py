"""A citizen's CPR number in what a municipality sends (a file's name, a zip's folder, a value its
adapter rejects) stays out of every log line at DEBUG and out of the jobs, on the web's way in: the
API's upload, the queue's work and the status polled after. The sweep (`test_cpr_sweep.py`) takes the
demo's way in, which names no file after a citizen."""

from __future__ import annotations

import io
import zipfile
from typing import Any

from accounts import add_user, bearer
from conftest import ROOT
from flask import Flask
from page_support import load_agreements
from sweep_capture import Spellings, every_job_stored, every_line_at_debug, everything_in

from hub.queue import queue

CPR = "1503921237"  # the citizen of the golden Gladsaxe placement below
PDF = (ROOT / "tests" / "golden" / "gladsaxe" / "placement_kontanthjaelp.pdf").read_bytes()


def _zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("150392 1237/aftale.pdf", PDF + b"\n% again")  # other bytes: a submission of its own
        archive.writestr("15.03.92-1237.csv", "cpr;navn\n150392-1237;Anna\n")
    return out.getvalue()


def test_a_citizen_named_in_an_upload_reaches_no_log_line_or_job(app: Flask) -> None:
    load_agreements(app)
    add_user(app, "lead-gladsaxe")
    client, lead = app.test_client(), bearer(app, "lead-gladsaxe")
    files: list[tuple[Any, str]] = [
        (io.BytesIO(PDF), "150392-1237 praktikaftale.pdf"),
        (io.BytesIO(b"cpr;navn\n1503921237;Anna\n"), "1503921237.csv"),
        (io.BytesIO(_zip()), "borger 150392-1237.zip"),
    ]
    with every_line_at_debug() as lines, every_job_stored() as jobs:
        sent = client.post(
            "/api/submissions",
            data={"files": files},
            headers=lead,
            content_type="multipart/form-data",
        )
        assert sent.status_code == 202, sent.get_data(as_text=True)
        queue.run_burst(app)
        statuses = [
            client.get(f["status_url"], headers=lead) for f in sent.get_json()["files"] if f["status_url"]
        ]
    assert len(statuses) >= 4 and {s.status_code for s in statuses} == {200}
    assert {s.get_json()["status"] for s in statuses} >= {"accepted", "rejected"}
    assert any(CPR[:6] in s.get_data(as_text=True) for s in statuses)  # its own citizen, shown to the lead
    cpr = Spellings([CPR])
    assert [line for line in lines.lines if cpr.find(line)] == []
    assert [job for job in [*jobs, *everything_in(queue.state(app).connection)] if cpr.find(job)] == []
