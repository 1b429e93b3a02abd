"""The API's status URLs are whole (stop 65), built from the scheme and host the request came by, or
from what a proxy the hub trusts (`HUB_TRUSTED_PROXIES`) forwarded. A proxy's idea of the hub's address
need not be one the page may ask (behind a TLS proxy left out of `HUB_TRUSTED_PROXIES` the URLs say
`http://` on a page served over https, which the browser refuses), so the upload page follows each file
on its own origin, by the status URL's path."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from conftest import ROOT, make_app
from playwright.sync_api import Page, Request, Route
from upload_support import pick_and_send

PLACEMENT = ROOT / "tests" / "golden" / "herlev" / "placement.csv"
STATUS = re.compile(r"/api/submissions/\d+")
ELSEWHERE = "proxy-said-this.invalid"


def test_the_page_follows_a_file_on_its_own_origin_whatever_host_the_status_url_names(
    signed_in_page: Callable[..., Page], tmp_path: Path
) -> None:
    app = make_app(tmp_path, TRUSTED_PROXIES=1)
    page = signed_in_page("kommune-herlev", app=app)
    page.goto("/upload")

    def through_a_proxy(route: Route) -> None:
        # The upload as a proxy in front of the hub would pass it on, naming another host for the hub.
        route.continue_(headers={**route.request.headers, "x-forwarded-host": ELSEWHERE})

    page.route(lambda url: urlsplit(url).path == "/api/submissions", through_a_proxy)
    with page.expect_response(lambda r: urlsplit(r.url).path == "/api/submissions") as sent:
        row = pick_and_send(page, PLACEMENT)
    named = sent.value.json()["files"][0]["status_url"]
    assert urlsplit(named).netloc == ELSEWHERE  # the API named the proxy's host, as it should
    with page.expect_request(lambda r: STATUS.search(r.url) is not None, timeout=30_000) as asked:
        pass
    followed: Request = asked.value
    assert urlsplit(followed.url).netloc == urlsplit(page.url).netloc
    assert urlsplit(followed.url).path == urlsplit(named).path
    page.wait_for_function("document.querySelector('#upload-results td.status').dataset.status === 'queued'")
    assert row.count() == 1
