"""A case system's client of the hub, written from the served spec alone, as an integrator writes one
(`test_integrator_client.py`): plain calls with a bearer token, that wait `Retry-After` on a 429 or a 503
and call again, poll with `If-None-Match`, and page by the `Link` header's `next`."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from typing import Any

from flask import Flask
from werkzeug.test import TestResponse

# A client gives up after this many refusals in a row rather than hammer a hub that stays away.
TRIES = 5


class Integrator:
    """One user's client. `wait(seconds)` is how it sleeps (a test moves the clock instead)."""

    def __init__(self, app: Flask, token_headers: dict[str, str], wait: Callable[[int], None]) -> None:
        self.client = app.test_client()
        self.headers = token_headers
        self.wait = wait
        self.waited: list[tuple[int, int]] = []  # (status that made it wait, seconds)
        self.seen: list[tuple[str, str, TestResponse]] = []  # every call and its answer

    def call(self, method: str, url: str, **kwargs: Any) -> TestResponse:
        """One call, sent again after `Retry-After` seconds while it is refused with 429 or 503."""
        headers = {**self.headers, **kwargs.pop("headers", {})}
        for _ in range(TRIES):
            data = kwargs.get("data")
            if isinstance(data, dict):  # a file is read once: give each try its own copy
                kwargs["data"] = {k: [(io.BytesIO(b), n) for b, n in v] for k, v in data.items()}
            response = self.client.open(url, method=method, headers=headers, **kwargs)
            kwargs["data"] = data
            self.seen.append((method, url, response))
            if response.status_code not in (429, 503):
                return response
            seconds = int(response.headers["Retry-After"])  # the spec promises it on both
            self.waited.append((response.status_code, seconds))
            self.wait(seconds)
        raise AssertionError(f"{method} {url}: still {response.status_code} after {TRIES} tries")

    def upload(self, files: list[tuple[bytes, str]]) -> dict[str, Any]:
        """POST a batch; the 202's body."""
        response = self.call(
            "POST", "/api/submissions", data={"files": files}, content_type="multipart/form-data"
        )
        assert response.status_code == 202, response.get_data(as_text=True)
        body: dict[str, Any] = response.get_json()
        return body

    def follow(self, urls: list[str], work: Callable[[], None]) -> tuple[dict[str, Any], list[int]]:
        """Poll submissions until each is final, each time with the tag of the copy held of it, waiting
        between rounds what the answers' `Retry-After` asks; `work` is what the hub does meanwhile.
        The final statuses by URL, and the status code of every poll."""
        held: dict[str, dict[str, Any]] = {}
        tags: dict[str, str] = {}
        codes: list[int] = []
        for _ in range(20):
            waits = []
            for url in [u for u in urls if not held.get(u, {}).get("final")]:
                sent = {"If-None-Match": tags[url]} if url in tags else {}
                response = self.call("GET", url, headers=sent)
                codes.append(response.status_code)
                if response.status_code == 200:
                    held[url], tags[url] = response.get_json(), response.headers["ETag"]
                assert response.status_code in (200, 304), response.get_data(as_text=True)
                if not held[url]["final"]:
                    waits.append(int(response.headers["Retry-After"]))  # the pace the hub asks for
            if not waits:
                return held, codes
            self.wait(min(waits))
            work()
        raise AssertionError(f"never final: {held}")

    def pages(self, url: str, key: str) -> Iterator[dict[str, Any]]:
        """Every item of a paged list, following `Link: <...>; rel="next"` until there is none."""
        at: str | None = url
        while at is not None:
            response = self.call("GET", at)
            assert response.status_code == 200, response.get_data(as_text=True)
            yield from response.get_json()[key]
            at = next_link(response.headers.get("Link", ""))


def next_link(header: str) -> str | None:
    """The target of `rel="next"` in a `Link` header (RFC 8288), as a path the client can call."""
    for part in header.split(","):
        target, _, params = part.partition(";")
        if 'rel="next"' in params:
            return target.strip().strip("<>").removeprefix("http://localhost")
    return None
