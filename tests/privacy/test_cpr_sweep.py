"""The data-protection sweep: the demo run end to end with every logger at DEBUG and every job as rq
stores it captured (the session's lived demo is run so: conftest), then read as a company and as an
auditor would, page by page, file by file; every CPR number of the demo's citizens, however spelled, is
looked for in all of it (DESIGN.md: a company never sees CPR; AGENTS' rule: no CPR in a log line or a
job's arguments; README: no audit entry holds one). The auditor is Ballerup's, whose config masks CPR
for it (`cpr_in_bundles = "masked"`).

The same walk, once for each reader, proves two more things (three modules walked it each on a copy of
its own before, some 30 CPU-s a run: decision 0058, stop 63):
- every read the company or the auditor makes is an audit entry (DESIGN.md: every read of personal data
  by a company or an auditor is logged; stop 50's review): each page, each API answer, every format of
  each export and form, every record and its original, not only the one request per endpoint the access
  matrix makes (`tests/web/test_reads_logged.py`). What names no one's personal data is listed as that
  test lists it, and writes no entry;
- nothing the company reads holds a job centre's assessment of its interns (stop 50's review): a note
  planted in every progress report and end form a municipality sent on the company's agreements, and the
  outcome set to `long_term_sick` (health data), are found in none of the company's pages, files and API
  answers. DESIGN.md: the company sees names, sites, periods and mentors; of a form a job centre sent,
  its dates, not the scores, the caseworker's note or the outcome (`placement_reads.ASSESSMENT`).
  `test_record_page_versions_assessment` is the case this found.

The copy carries the three changes at once; none touches what another looks for: files named after
their citizens (a name, where the CPR sweep looks), the planted note added to the demo's own note (whose
text the auditor's CPR sweep still reads) and the outcome (words no CPR number is in)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from cpr_names_support import name_files_after_citizens
from flask import Flask
from page_support import everyone_on_a_copy
from sqlalchemy import select
from sweep_capture import LetOut, Spellings, every_line_at_debug, everything_in, spelled_as_people_write
from sweep_reads import READS, Counted, Reader

from hub.extensions import db
from hub.models import Agreement, AuditEvent, Placement, Record, RecordVersion, Submission
from hub.pseudonyms import CPR_LIKE
from hub.queue import queue

PLANTED = "Borgeren fortalte om sin diskusprolaps"
# The outcome as stored, and as the pages say it in Danish and English (`web.names`, messages.po).
SICK = ("long_term_sick", "Langtidssyg", "Long-term sick")
# An agreement's terms, sites and contacts; the list of the files the user sent (`test_reads_logged`).
# `/upload` names the interns its files' records are about (page-123): a read, logged; its rejected files
# made no records and name no one.
NO_PERSONAL_DATA = {"/upload?show=rejected", "/agreements", "/api/agreements"}


@dataclass
class Walked:
    """One reader's walk: what it read, which answers wrote its user an audit entry, the log's lines."""

    reader: Counted
    lines: list[str]


@dataclass
class Swept:
    """The demo's app and what it let out while it ran; each reader's walk, once walked."""

    app: Flask
    cprs: list[str]
    spelled: Spellings
    lines: list[str]
    jobs: list[str]
    redis: list[str]
    output: str
    walks: dict[str, Walked] = field(default_factory=dict)

    def walk(self, username: str) -> Walked:
        """`READS[username]` walked on the copy with every line at DEBUG, the first time it is asked for
        (the tests that ask run under `demo_today`)."""
        if username not in self.walks:
            reader = Counted(self.app, username)
            with every_line_at_debug() as lines:
                READS[username](reader)
            self.walks[username] = Walked(reader, lines.lines)
        return self.walks[username]


def plant_assessments() -> int:
    """`PLANTED` added to the note of every progress report and end form a municipality sent on Falck's
    agreements, and each end form's outcome `SICK` (in the app context; commits); how many versions."""
    falck = select(Agreement.id).where(Agreement.company_cvr == "22222228")
    versions = db.session.scalars(
        select(RecordVersion)
        .join(Record, Record.id == RecordVersion.record_id)
        .join(Placement, Placement.id == Record.placement_id)
        .join(Submission, Submission.id == RecordVersion.submission_id)
        .where(
            Placement.agreement_id.in_(falck),
            Record.form_type.in_(("progress_report", "placement_end")),
            ~Submission.from_company,
        )
    ).all()
    for version in versions:
        note = " ".join(part for part in (version.data.get("note"), PLANTED) if part)
        planted = {"note": note}
        if version.data["form_type"] == "placement_end":
            planted["outcome"] = SICK[0]
        version.data = {**version.data, **planted}
    db.session.commit()
    return len(versions)


@pytest.fixture(scope="module")
def swept(
    lived_demo: Flask, lived_demo_let_out: LetOut, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Swept]:
    """The session's lived demo, whose `hub demo` ran under the capture (conftest), read on a copy: the
    readers' users and their reads are written, and the lived demo is for tests that only read."""
    let_out = lived_demo_let_out
    # The lived demo's own Redis: a copy's queue is new and empty.
    redis = everything_in(queue.state(lived_demo).connection)
    with everyone_on_a_copy(lived_demo, tmp_path_factory.mktemp("cpr-sweep")) as app:
        with app.app_context():
            stored = db.session.scalars(select(RecordVersion.data))
            cprs = sorted({str(data["citizen"]["cpr"]) for data in stored})
            # Each file named after its citizen, as caseworkers and companies name them: a file's name
            # goes where the file is named, a download's `Content-Disposition` too (stop 60).
            name_files_after_citizens()
            assert plant_assessments() >= 5  # the demo's job centres sent some of each
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
    walked = swept.walk(username)
    read = walked.reader.read
    assert len(read) > 50  # the sweep reached the citizens
    found = hits(swept.spelled, list(read.values()))
    assert found == [], [url for url, text in read.items() if swept.spelled.find(text)]
    assert hits(swept.spelled, walked.lines) == []


@pytest.mark.parametrize("username", sorted(READS))
@pytest.mark.usefixtures("demo_today")
def test_every_read_the_sweep_makes_is_an_entry(swept: Swept, username: str) -> None:
    reader = swept.walk(username).reader
    assert len(reader.read) > 50
    assert [url for url in reader.unlogged if url not in NO_PERSONAL_DATA] == []
    # And a page that names no one writes no entry: an entry for it would say someone's data was read.
    assert [url for url in reader.logged if url in NO_PERSONAL_DATA] == []


@pytest.mark.usefixtures("demo_today")
def test_nothing_the_company_reads_holds_a_job_centres_assessment(swept: Swept) -> None:
    read = swept.walk("falck").reader.read
    assert len(read) > 50  # the sweep reached the interns
    with swept.app.app_context():
        planted = db.session.scalar(
            select(RecordVersion.record_id).where(RecordVersion.data["note"].as_string().contains(PLANTED))
        )
    staff = Reader(swept.app, "lead-gladsaxe")  # the planting holds: staff read it
    assert PLANTED in staff.get(f"/records/{planted}").get_data(as_text=True)
    found = {
        url: [word for word in (PLANTED, *SICK) if word in text]
        for url, text in read.items()
        if PLANTED in text or any(word in text for word in SICK)
    }
    assert found == {}
