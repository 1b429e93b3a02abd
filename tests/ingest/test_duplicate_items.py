"""The same bytes sent again after a document of several records was partly rejected: the upload's
answer gives the earlier submission's items with their own problems, each naming the file the user sent
now (as the duplicate's problems do), not only at a status URL that names the file first sent."""

from __future__ import annotations

import io
import tomllib
from pathlib import Path
from typing import Any

from accounts import bearer
from conftest import ROOT
from flask import Flask
from test_many_records import ishoej_api, with_row, workbook  # noqa: F401 - the fixture, by its name

from hub.queue import queue

ISHOEJ = tomllib.loads((ROOT / "config" / "municipalities" / "ishoej.toml").read_text(encoding="utf-8"))


def _upload(app: Flask, data: bytes, name: str) -> dict[str, Any]:
    sent = app.test_client().post(
        "/api/submissions",
        headers=bearer(app, "kommune-ishoej"),
        data={"files": [(io.BytesIO(data), name)]},
        content_type="multipart/form-data",
    )
    assert sent.status_code == 202, sent.get_json()
    [file] = sent.get_json()["files"]
    return dict(file)


def test_a_duplicates_items_carry_their_problems_naming_the_file_sent_now(
    ishoej_api: Flask,  # noqa: F811 - the fixture
    tmp_path: Path,
) -> None:
    app = ishoej_api
    data = workbook(with_row(1, "Startdato", "32.08.2026"))  # the second citizen's start: day 32
    first = _upload(app, data, "udtraek.xlsx")
    assert first["items"] == []  # new bytes: nothing read yet, the status URL will say
    queue.run_burst(app)
    again = _upload(app, data, "igen.xlsx")
    assert (again["outcome"], again["status"]) == ("duplicate", "partial")
    # The citizens are rows 8 to 10 of the sheet (tools/fixtures/ishoej.py); the second one's start is bad.
    assert [(i["label"], i["label_da"], i["status"]) for i in again["items"]] == [
        ("row 8", "række 8", "accepted"),
        ("row 9", "række 9", "rejected"),
        ("row 10", "række 10", "accepted"),
    ]
    [problem] = again["items"][1]["problems"]
    assert (problem["file"], problem["item"], problem["field"]) == ("igen.xlsx", "row 9", "period.start")
    [form] = [f for f in ISHOEJ["forms"] if f["form_type"] == "placement"]
    assert (problem["form"], problem["form_title"]) == (form["id"], form["title"])
    assert not again["items"][0]["problems"] and again["items"][0]["participant"].startswith("P-")
    # The duplicate's own problems already named the file sent now; its items now agree with them.
    assert [p["file"] for p in again["problems"]] == ["igen.xlsx"]


def test_a_duplicates_status_url_names_the_file_sent_now_too(
    ishoej_api: Flask,  # noqa: F811 - the fixture
) -> None:
    """The page follows a duplicate at its `status_url` and shows what that answers: the problems there
    name the file sent now, as the upload's answer did; the submission's own URL keeps its stored name."""
    app = ishoej_api
    data = workbook(with_row(1, "Startdato", "32.08.2026"))
    first = _upload(app, data, "udtraek.xlsx")
    queue.run_burst(app)
    again = _upload(app, data, "igen.xlsx")
    assert again["status_url"] != first["status_url"]  # it says which upload it answers
    client, headers = app.test_client(), bearer(app, "kommune-ishoej")
    followed = client.get(again["status_url"], headers=headers).get_json()
    assert followed["filename"] == "udtraek.xlsx"  # the submission was stored from the first file
    assert [p["file"] for p in followed["problems"]] == ["igen.xlsx"]
    [problem] = followed["items"][1]["problems"]
    assert (problem["file"], problem["item"]) == ("igen.xlsx", "row 9")
    assert followed["status_url"] == again["status_url"]
    stored = client.get(first["status_url"], headers=headers).get_json()
    assert [p["file"] for p in stored["problems"]] == ["udtraek.xlsx"]
    assert [p["file"] for p in stored["items"][1]["problems"]] == ["udtraek.xlsx"]
