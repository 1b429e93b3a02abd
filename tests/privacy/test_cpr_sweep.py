"""The data-protection sweep: the demo run end to end with every logger at DEBUG and every job as rq
stores it captured (the session's lived demo is run so: conftest), then read as a company and as an
auditor would, page by page, file by file; every CPR number of the demo's citizens, however spelled, is
looked for in all of it (DESIGN.md: a company never sees CPR; AGENTS' rule: no CPR in a log line or a
job's arguments; README: no audit entry holds one). The auditor is Ballerup's, whose config masks CPR
for it (`cpr_in_bundles = "masked"`)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from accounts import add_user
from cpr_names_support import name_files_after_citizens
from flask import Flask
from page_support import everyone_on_a_copy
from sqlalchemy import select
from sweep_capture import LetOut, Spellings, every_line_at_debug, everything_in, spelled_as_people_write
from sweep_reads import READS, Reader

from hub.extensions import db
from hub.models import AuditEvent, RecordVersion
from hub.pseudonyms import CPR_LIKE
from hub.queue import queue


@dataclass
class Swept:
    """The demo's app and what it let out while it ran."""

    app: Flask
    cprs: list[str]
    spelled: Spellings
    lines: list[str]
    jobs: list[str]
    redis: list[str]
    output: str


@pytest.fixture(scope="module")
def swept(
    lived_demo: Flask, lived_demo_let_out: LetOut, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Swept]:
    """The session's lived demo, whose `hub demo` ran under the capture (conftest), read on a copy: the
    readers' users and their reads are written, and the lived demo is for tests that only read."""
    let_out = lived_demo_let_out
    # The lived demo's own Redis: a copy's queue is new and empty.
    redis = everything_in(queue.state(lived_demo).connection)
    with everyone_on_a_copy(lived_demo, tmp_path_factory.mktemp("cpr-sweep"), users=False) as app:
        with app.app_context():
            stored = db.session.scalars(select(RecordVersion.data))
            cprs = sorted({str(data["citizen"]["cpr"]) for data in stored})
            # Each file named after its citizen, as caseworkers and companies name them: a file's name
            # goes where the file is named, a download's `Content-Disposition` too (stop 60).
            name_files_after_citizens()
        for name in ("falck", "revisor-ballerup"):
            add_user(app, name)
        yield Swept(app, cprs, Spellings(cprs), let_out.lines, let_out.jobs, redis, let_out.output)


def hits(spelled: Spellings, texts: list[str]) -> list[str]:
    """Each text a CPR number was found in, cut to the number and what is around it."""
    found = []
    for text in texts:
        if span := spelled.find(text):
            found.append(text[max(0, span[0] - 80) : span[1] + 80])
    return found


def test_the_sweep_looks_where_things_are(swept: Swept) -> None:
    """Otherwise the tests below would pass for the wrong reason: the demo's 81 citizens are found, in
    each spelling the hub masks (`pseudonyms.CPR_LIKE`), and the capture holds the demo's log lines,
    rq's own among them, its jobs and what its commands printed."""
    assert len(swept.cprs) >= 81
    for cpr in (swept.cprs[0], swept.cprs[-1]):
        for spelled in spelled_as_people_write(cpr):
            assert CPR_LIKE.search(spelled), spelled  # a spelling the hub knows to mask
            assert swept.spelled.find(f"x {spelled} y") == (2, 2 + len(spelled)), spelled
            # Found inside a longer run of marks and digits too, where a shape begins before it.
            assert swept.spelled.find(f"11.11.{spelled}."), spelled
        assert not swept.spelled.find(f"{cpr}0")  # a longer number is not one
        assert not swept.spelled.find(f"0{cpr}")
    assert "demo forms:" in swept.output
    assert any(" rq.worker " in line for line in swept.lines)
    assert any(line.startswith("DEBUG ") for line in swept.lines)
    assert any(" sqlalchemy.engine.Engine INSERT INTO record_versions" in line for line in swept.lines)
    assert len(swept.jobs) >= 2


def test_no_log_line_holds_a_cpr_number(swept: Swept) -> None:
    assert hits(swept.spelled, swept.lines) == []


def test_no_command_output_holds_a_cpr_number(swept: Swept) -> None:
    """What `hub agreements load` and `hub demo` printed: an operator's terminal, and its scrollback."""
    assert hits(swept.spelled, [swept.output]) == []


def test_no_job_holds_a_cpr_number(swept: Swept) -> None:
    """Not as queued, nor anything the queue kept afterwards: results, registries, failures."""
    assert any(":results:" in text or "rq:job:" in text for text in swept.redis)
    assert hits(swept.spelled, swept.jobs) == []
    assert hits(swept.spelled, swept.redis) == []


def test_no_audit_entry_holds_a_cpr_number(swept: Swept) -> None:
    with swept.app.app_context():
        entries = [
            f"{e.actor} {e.action} {e.subject} {json.dumps(e.detail, ensure_ascii=False)}"
            for e in db.session.scalars(select(AuditEvent))
        ]
    assert hits(swept.spelled, entries) == []


@pytest.mark.parametrize("username", sorted(READS))
@pytest.mark.usefixtures("demo_today")
def test_nothing_a_company_or_auditor_reads_holds_a_cpr_number(swept: Swept, username: str) -> None:
    """Every page, file and API answer the company (never CPR) and Ballerup's auditor (masked for it)
    can open, and the log lines written while they read."""
    reader = Reader(swept.app, username)
    with every_line_at_debug() as lines:
        READS[username](reader)
    assert len(reader.read) > 50  # the sweep reached the citizens
    found = hits(swept.spelled, list(reader.read.values()))
    assert found == [], [url for url, text in reader.read.items() if swept.spelled.find(text)]
    assert hits(swept.spelled, lines.lines) == []
