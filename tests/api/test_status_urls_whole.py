"""The URLs a case system follows after an upload, `Location` and `status_url`, are whole URLs built from
the request: its own scheme and `Host`, or a trusted proxy's `X-Forwarded-Proto` and `-Host` where
`HUB_TRUSTED_PROXIES` says there is one, never a proxy header the hub was not told to believe (decision
0016, "Stop 65: api-93"). A path (`/api/submissions/7`) handed to curl was "URL using bad/illegal
format" ("Stop 64: api-85")."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from accounts import add_user, bearer
from conftest import ROOT, make_app
from flask import Flask
from page_support import load_agreements

from hub.queue import queue

FORWARDED = {
    "X-Forwarded-Proto": "https",
    "X-Forwarded-Host": "hub.gladsaxe.dk",
    "X-Forwarded-For": "10.0.0.9",
}


def _sent(app: Flask, **headers: str) -> Any:
    add_user(app, "kommune-herlev")
    return app.test_client().post(
        "/api/submissions",
        headers={**bearer(app, "kommune-herlev"), **headers},
        data={"files": [(io.BytesIO(b"Navn;Timer\nA;1\n"), "timer.csv")]},
        content_type="multipart/form-data",
    )


def test_location_and_status_url_are_whole_urls_of_the_host_asked(app: Flask) -> None:
    sent = _sent(app, Host="hub.herlev.dk:8443")
    file = sent.get_json()["files"][0]
    url = f"http://hub.herlev.dk:8443/api/submissions/{file['submission_id']}"
    assert sent.headers["Location"] == file["status_url"] == url
    status = app.test_client().get(url, headers=bearer(app, "kommune-herlev")).get_json()
    assert status["status_url"] == url


def test_a_proxys_headers_are_not_believed_unless_trusted(app: Flask) -> None:
    sent = _sent(app, **FORWARDED)
    number = sent.get_json()["files"][0]["submission_id"]
    assert sent.headers["Location"] == f"http://localhost/api/submissions/{number}"


def test_a_trusted_proxys_scheme_and_host_make_the_url(tmp_path: Path) -> None:
    app = make_app(tmp_path, TRUSTED_PROXIES=1)
    sent = _sent(app, **FORWARDED)
    file = sent.get_json()["files"][0]
    url = f"https://hub.gladsaxe.dk/api/submissions/{file['submission_id']}"
    assert sent.headers["Location"] == file["status_url"] == url


def test_a_records_urls_are_whole_urls_of_the_trusted_proxys_host(tmp_path: Path) -> None:
    # A record's `api_url` and `url` as its submission's status gives them (decision 0016, "Stop 66:
    # api-100"): whole, as `status_url` is, where they were paths.
    app = make_app(tmp_path, TRUSTED_PROXIES=1)
    load_agreements(app)
    placement = (ROOT / "tests" / "golden" / "herlev" / "placement.csv").read_bytes()
    add_user(app, "kommune-herlev")
    client, herlev = app.test_client(), bearer(app, "kommune-herlev")
    sent = client.post(
        "/api/submissions",
        headers=herlev | FORWARDED,
        data={"files": [(io.BytesIO(placement), "placement.csv")]},
        content_type="multipart/form-data",
    ).get_json()["files"][0]
    queue.run_burst(app)
    [made] = client.get(sent["status_url"], headers=herlev | FORWARDED).get_json()["records"]
    number = made["record_id"]
    assert made["api_url"] == f"https://hub.gladsaxe.dk/api/records/{number}"
    assert made["url"] == f"https://hub.gladsaxe.dk/records/{number}"
