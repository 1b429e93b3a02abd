"""Is the spec true of the one POST? `test_spec_walk.py` calls every GET; this calls the upload as a case
system meets each answer the spec lists for it: 202 for a new file, the same bytes again and a refused
file, 400 (no boundary), 401, 403, 404 (a municipality the caller may not send as), 406, 413, 415, 422
(a query argument, a file part of another name, too many files) and 429, each as `SpecCheck` reads the
spec: a documented status, its media type, a body that fits its schema and every header it promises, and
every header it lists at all, unless the call is not one it is sent to (`ABSENT_WHEN`)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from accounts import add_user, bearer
from conftest import make_app
from flask import Flask
from page_support import load_agreements
from spec_walk import ABSENT_WHEN, SpecCheck
from werkzeug.test import TestResponse

UPLOAD = "/api/submissions"
CSV = b"Navn;Timer\nA;1\n"  # read as CSV; no form of Gladsaxe's


def _post(app: Flask, username: str | None, url: str = UPLOAD, **kwargs: Any) -> TestResponse:
    headers = {**(bearer(app, username) if username else {}), **kwargs.pop("headers", {})}
    kwargs.setdefault("content_type", "multipart/form-data")
    return app.test_client().post(url, headers=headers, **kwargs)


def _files(*named: tuple[bytes, str], part: str = "files") -> dict[str, Any]:
    return {part: [(io.BytesIO(data), name) for data, name in named]}


def _answers(app: Flask) -> dict[str, tuple[int, TestResponse]]:
    """Each kind of upload, by what it is, with the status it must get."""
    for name in ("lead-gladsaxe", "revisor-ballerup"):
        add_user(app, name)
    lead = "lead-gladsaxe"
    return {
        "new": (202, _post(app, lead, data=_files((CSV, "a.csv")))),
        "the same bytes again": (202, _post(app, lead, data=_files((CSV, "b.csv")))),
        "an empty file": (202, _post(app, lead, data=_files((b"", "empty.pdf")))),
        "no boundary": (400, _post(app, lead, data=b"--x\r\n\r\n--x--\r\n")),
        "no part found": (
            400,
            _post(app, lead, data=b"--y\r\n\r\n--y--\r\n", content_type="multipart/form-data; boundary=x"),
        ),
        "no token": (401, _post(app, None, data=_files((CSV, "a.csv")))),
        "an auditor": (403, _post(app, "revisor-ballerup", data=_files((CSV, "a.csv")))),
        "another's municipality": (
            404,
            _post(app, lead, data={**_files((CSV, "a.csv")), "municipality": "999"}),
        ),
        "Accept": (406, _post(app, lead, data=_files((CSV, "a.csv")), headers={"Accept": "image/png"})),
        "JSON": (415, _post(app, lead, data=b"{}", content_type="application/json")),
        "a query argument": (
            422,
            _post(app, lead, UPLOAD + "?municipality=163", data=_files((CSV, "a.csv"))),
        ),
        "a part named file": (422, _post(app, lead, data=_files((CSV, "a.csv"), part="file"))),
    }


def _untrue(
    check: SpecCheck, operation: dict[str, Any], answers: dict[str, tuple[int, TestResponse]]
) -> list[str]:
    """What is untrue of each answer against the spec, and each status that is not the one it must be."""
    untrue = []
    for what, (status, response) in answers.items():
        found = check.problems(operation, response) + check.unsent(operation, response, ABSENT_WHEN)
        if response.status_code != status:
            found.append(f"{response.status_code}, not {status}: {response.get_data(as_text=True)[:200]}")
        untrue += [f"{what}: {problem}" for problem in found]
    return untrue


@pytest.fixture
def spec(app: Flask) -> tuple[SpecCheck, dict[str, Any]]:
    served: dict[str, Any] = app.test_client().get("/api/openapi.json").get_json()
    return SpecCheck(served), served["paths"][UPLOAD]["post"]


def test_every_answer_of_the_upload_is_as_the_spec_says(
    app: Flask, spec: tuple[SpecCheck, dict[str, Any]]
) -> None:
    load_agreements(app)
    check, operation = spec
    untrue = _untrue(check, operation, _answers(app))
    assert untrue == [], "\n".join(untrue)


def test_the_limits_answers_of_the_upload_are_as_the_spec_says(tmp_path: Path) -> None:
    """413 (larger than `HUB_UPLOAD_MAX_BYTES`), 422 (more files than `HUB_UPLOAD_MAX_FILES`) and 429
    (past `HUB_API_LIMIT`), on apps with small limits."""
    small = make_app(tmp_path / "small", UPLOAD_MAX_BYTES=4000, UPLOAD_MAX_FILES=2)
    limited = make_app(tmp_path / "limited", API_LIMIT="1/minute")
    for app in (small, limited):
        add_user(app, "kommune-herlev")
    three = _files(*[(CSV + bytes([n]), f"{n}.csv") for n in range(3)])
    answers = {
        "too large": (413, _post(small, "kommune-herlev", data=_files((b"x" * 5000, "big.csv")))),
        "too many files": (422, _post(small, "kommune-herlev", data=three)),
        "new": (202, _post(limited, "kommune-herlev", data=_files((CSV, "a.csv")))),
        "too many calls": (429, _post(limited, "kommune-herlev", data=_files((CSV, "b.csv")))),
    }
    spec: dict[str, Any] = small.test_client().get("/api/openapi.json").get_json()
    check, operation = SpecCheck(spec), spec["paths"][UPLOAD]["post"]
    untrue = _untrue(check, operation, answers)
    assert untrue == [], "\n".join(untrue)


def test_a_body_refused_again_and_again_is_limited_and_told_where_it_stands(tmp_path: Path) -> None:
    """A case system sending the same wrong body in a loop (JSON, where the upload takes multipart) is
    counted under `HUB_API_LIMIT` as any other call: told where it stands, then 429."""
    app = make_app(tmp_path, API_LIMIT="2/minute")
    add_user(app, "kommune-herlev")
    headers = bearer(app, "kommune-herlev")
    sent = [_post(app, None, data=b"{}", content_type="application/json", headers=headers) for _ in range(3)]
    assert [r.status_code for r in sent] == [415, 415, 429]
    assert [r.headers.get("RateLimit-Remaining") for r in sent] == ["1", "0", "0"]
    assert [r.headers.get("RateLimit-Limit") for r in sent] == ["2", "2", "2"]
