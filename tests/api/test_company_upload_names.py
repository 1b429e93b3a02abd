"""No CPR number reaches a company (DESIGN.md), not even in a file name it sent itself: its submissions
list and each status hide a CPR-like number in a name wholly (`XXXXXX-XXXX`), and the upload's answer
now does too, the duplicate's note naming the file first sent included (it named `0507789117 timer.pdf`
whole, while the list beside it said `XXXXXX-XXXX timer.pdf`)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from accounts import add_user, bearer
from flask import Flask
from page_support import load_agreements

from hub.queue import queue

ROOT = Path(__file__).resolve().parents[2]
# A municipality's PDF form: stored when a company sends it, then rejected as none of its forms.
PDF = (ROOT / "tests" / "golden" / "gladsaxe" / "placement_end.pdf").read_bytes()
CPR, DATE = "0507789117", "050778"


def _upload(app: Flask, data: bytes, name: str) -> Any:
    answer = app.test_client().post(
        "/api/submissions",
        headers=bearer(app, "falck"),
        data={"files": [(io.BytesIO(data), name)], "agreement": "falck-hovedstaden"},
        content_type="multipart/form-data",
    )
    assert answer.status_code == 202, answer.get_data(as_text=True)
    return answer


def test_the_companys_upload_answer_hides_a_cpr_number_in_every_name(app: Flask) -> None:
    load_agreements(app)
    add_user(app, "falck")
    first = _upload(app, PDF, f"{CPR} timer.pdf")
    queue.run_burst(app)
    again = _upload(app, PDF, f"timer {CPR[:6]}-{CPR[6:]}.pdf")
    other = _upload(app, b"Navn;Timer\nA;1\n", f"{CPR}.csv")  # not one of the company's forms
    for answer in (first, again, other):
        text = answer.get_data(as_text=True)
        assert CPR not in text and DATE not in text, text
    [file] = again.get_json()["files"]
    assert file["outcome"] == "duplicate"
    assert "XXXXXX-XXXX timer.pdf" in file["note_en"] and "XXXXXX-XXXX timer.pdf" in file["note_da"]
    assert file["filename"] == "timer XXXXXX-XXXX.pdf"
    listed = app.test_client().get("/api/submissions", headers=bearer(app, "falck")).get_json()
    assert "XXXXXX-XXXX timer.pdf" in [s["filename"] for s in listed["submissions"]]  # as the list says
