"""Uploads as a service: zips unpacked with limits (all or nothing), refusals per file, who sends as whom."""

from __future__ import annotations

import io
import re
import stat
import zipfile

import pytest
from agreements_once import seeds_loaded
from conftest import ROOT
from flask import Flask
from sqlalchemy import func, select

from hub.access import Principal
from hub.errors import NotFound, Rejection
from hub.extensions import db
from hub.models import AuditEvent, Submission
from hub.services import ingest, scope
from hub.services.ingest_types import Submitter
from hub.services.upload_sender import sender_for
from hub.services.upload_zips import ArchiveRefused, Incoming, Limits, unpack
from hub.services.uploads import upload

GOLDEN = ROOT / "tests" / "golden"
LIMITS = Limits(max_files=10, max_unpacked_bytes=1_000_000)
HERLEV = Principal(1, "kommune-herlev", "municipality", municipality="163")
GLADSAXE_LEAD = Principal(2, "lead-gladsaxe", "lead", municipality="159")


def zipped(*members: tuple[str, bytes], symlink: str | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
        if symlink:
            info = zipfile.ZipInfo(symlink)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, "/etc/passwd")
    return out.getvalue()


def golden(path: str) -> bytes:
    return (GOLDEN / path).read_bytes()


@pytest.fixture
def loaded(app: Flask) -> Flask:
    with app.app_context():
        seeds_loaded()
    return app


def refusal(files: list[Incoming], limits: Limits = LIMITS) -> str:
    with pytest.raises(ArchiveRefused) as caught:
        unpack(files, limits)
    return caught.value.problems[0].file


@pytest.mark.parametrize(
    ("member", "why"),
    [
        ("../outside.csv", "the path leads outside the zip"),
        ("forms/../../outside.csv", "the path leads outside the zip"),
        ("/etc/cron.d/job", "the path leads outside the zip"),
        ("C:/Windows/evil.csv", "the path leads outside the zip"),
        ("inner.zip", "a zip inside a zip is not accepted; put the documents in one zip"),
    ],
)
def test_an_unsafe_member_refuses_the_whole_zip_naming_it(member: str, why: str) -> None:
    inner = zipped(("a.csv", b"x;y\n")) if member.endswith(".zip") else b"x;y\n"
    data = zipped(("ok.csv", b"a;b\n"), (member, inner))
    with pytest.raises(ArchiveRefused) as caught:
        unpack([Incoming("forms.zip", data)], LIMITS)
    [problem] = caught.value.problems
    assert problem.file == f"forms.zip: {member}"
    assert problem.reason_en == why
    assert problem.reason_da  # and in Danish


def test_a_symlink_is_refused() -> None:
    assert refusal([Incoming("f.zip", zipped(("a.csv", b"a\n"), symlink="passwd"))]) == "f.zip: passwd"


def test_a_zip_that_expands_past_the_limit_is_refused_at_the_member_that_passes_it() -> None:
    data = zipped(("small.csv", b"a;b\n" * 10), ("bomb.csv", b"0" * 2_000_000))
    assert len(data) < 20_000  # small on the wire, big unpacked
    assert refusal([Incoming("bomb.zip", data)]) == "bomb.zip: bomb.csv"


def test_too_many_members_are_refused() -> None:
    data = zipped(*[(f"f{i}.csv", f"{i};x\n".encode()) for i in range(11)])
    assert refusal([Incoming("many.zip", data)]).startswith("many.zip")


def test_folders_and_the_litter_of_zipping_tools_are_skipped_and_a_workbook_is_a_document() -> None:
    members = [("forms/", b""), ("__MACOSX/forms/._a.csv", b"junk"), ("forms/.DS_Store", b"junk")]
    members += [("forms/a.csv", b"a;b\n"), ("forms/sheet.xlsx", golden("furesoe/placement.xlsx"))]
    found = unpack([Incoming("f.zip", zipped(*members))], LIMITS)
    assert [f.name for f in found] == ["f.zip/forms/a.csv", "f.zip/forms/sheet.xlsx"]
    assert found[1].data == golden("furesoe/placement.xlsx")


def _count(model: type) -> int:
    return int(db.session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_refused_zip_stores_nothing_but_is_in_the_audit_log(loaded: Flask) -> None:
    with loaded.app_context():
        before = _count(AuditEvent)
        data = zipped(("herlev.csv", golden("herlev/placement.csv")), ("../x.csv", b"x\n"))
        with pytest.raises(ArchiveRefused):
            upload(db.session, HERLEV, Submitter(municipality_code="163"), [Incoming("f.zip", data)], LIMITS)
        assert _count(Submission) == 0
        event = db.session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert _count(AuditEvent) == before + 1 and event is not None
        assert (event.action, event.actor, event.detail["files"]) == (
            "upload.refused",
            "user:kommune-herlev",
            ["f.zip"],
        )


def test_a_type_no_reader_takes_is_refused_alone_and_the_rest_go_on(loaded: Flask) -> None:
    with loaded.app_context():
        files = [
            Incoming("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00binary"),
            Incoming("p.csv", golden("herlev/placement.csv")),
        ]
        first, second = upload(db.session, HERLEV, Submitter(municipality_code="163"), files, LIMITS)
        assert (first.outcome, first.submission_id) == ("refused", None)
        assert "a PNG image is not a form the hub can read" in first.problems[0].reason_en
        assert first.problems[0].file == "photo.png"
        assert (second.outcome, second.needs_queueing) == ("received", True)
        assert _count(Submission) == 1
        actions = db.session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
        assert "upload.refused" in actions


def test_the_same_bytes_twice_are_one_submission(loaded: Flask) -> None:
    with loaded.app_context():
        data = golden("herlev/placement.csv")
        [one] = upload(
            db.session, HERLEV, Submitter(municipality_code="163"), [Incoming("a.csv", data)], LIMITS
        )
        [two] = upload(
            db.session, HERLEV, Submitter(municipality_code="163"), [Incoming("b.csv", data)], LIMITS
        )
        assert (two.outcome, two.submission_id) == ("duplicate", one.submission_id)
        assert _count(Submission) == 1
        # The note starts with the file the user sent and names the one that counted.
        assert one.note_en is None and two.note_en is not None and two.note_da is not None
        assert two.note_en.startswith("b.csv: the same bytes as a.csv, received on ")
        assert two.note_en.endswith(f" as submission {one.submission_id}")
        # Danish time, and said so to an English reader, who may be anywhere.
        assert re.search(r"received on \d{4}-\d\d-\d\d \d\d:\d\d (CET|CEST) as submission", two.note_en)
        assert two.note_da.startswith("b.csv: samme indhold som a.csv, modtaget ")


def test_a_lead_sends_as_a_partner_of_an_agreement_it_leads_and_a_partner_only_as_itself(
    loaded: Flask,
) -> None:
    with loaded.app_context():
        # falck-hovedstaden: Gladsaxe (159) leads; Ballerup, Herlev, Høje-Taastrup and Furesø are partners.
        assert sender_for(db.session, GLADSAXE_LEAD, "163", None) == Submitter(municipality_code="163")
        assert sender_for(db.session, GLADSAXE_LEAD, None, None) == Submitter(municipality_code="159")
        assert sender_for(db.session, HERLEV, None, None) == Submitter(municipality_code="163")
        with pytest.raises(NotFound):
            sender_for(db.session, HERLEV, "151", None)
        with pytest.raises(NotFound):
            sender_for(db.session, GLADSAXE_LEAD, "157", None)  # Gentofte leads its own agreement


def test_a_lead_resending_what_a_partner_sent_is_not_sent_to_a_page_it_may_not_open(loaded: Flask) -> None:
    """Herlev's own file, sent again by Gladsaxe's lead as Herlev: one submission, Herlev's; the lead is
    told it cannot follow it, rather than given a status URL that answers 404 ("failed on our side")."""
    with loaded.app_context():
        sent = Submitter(municipality_code="163")
        [first] = upload(
            db.session, HERLEV, sent, [Incoming("p.csv", golden("herlev/placement.csv"))], LIMITS
        )
        [again] = upload(
            db.session, GLADSAXE_LEAD, sent, [Incoming("p.csv", golden("herlev/placement.csv"))], LIMITS
        )
        assert (again.outcome, again.submission_id, again.followable) == (
            "duplicate",
            first.submission_id,
            False,
        )
        assert again.note_en and again.note_en.endswith(
            "followed by the user who sent it first, not in your list"
        )
        assert again.note_da and "ikke på din liste" in again.note_da
        # What the lead sent as Herlev itself, it follows, and so also the same bytes sent again.
        own = [Incoming("s.csv", golden("herlev/mentor_support.csv"))]
        [mine] = upload(db.session, GLADSAXE_LEAD, sent, own, LIMITS)
        [mine_again] = upload(db.session, GLADSAXE_LEAD, sent, own, LIMITS)
        assert (mine.followable, mine_again.outcome, mine_again.followable) == (True, "duplicate", True)


def test_the_company_follows_its_forms_whoever_carried_them_in(loaded: Flask) -> None:
    """The demo (and `hub ingest --agreement`) send the company's form as the company would: the company
    follows it, and so a resend of the same bytes from its upload page can be followed too."""
    falck = Principal(3, "falck", "company", company_cvr="22222228")
    with loaded.app_context():
        data = golden("herlev/mentor_hours.csv")
        demo = ingest.submit_company(db.session, data, "f.csv", "falck-hovedstaden", "demo", "demo:x")
        herlev = ingest.submit(db.session, golden("herlev/placement.csv"), "p.csv", "163", "web", "user:h")
        assert scope.may_follow(db.session, falck, demo.submission_id)
        assert not scope.may_follow(db.session, falck, herlev.submission_id)
        [again] = upload(
            db.session, falck, Submitter(agreement_id="falck-hovedstaden"), [Incoming("f.csv", data)], LIMITS
        )
        assert (again.outcome, again.submission_id, again.followable) == (
            "duplicate",
            demo.submission_id,
            True,
        )


def test_a_sender_code_in_four_digits_is_the_same_municipality(loaded: Flask) -> None:
    # DESIGN.md: "0163" is accepted and normalised, as on the claim's and bundle's URLs.
    with loaded.app_context():
        assert sender_for(db.session, GLADSAXE_LEAD, "0163", None) == Submitter(municipality_code="163")
        assert sender_for(db.session, GLADSAXE_LEAD, "0159", None) == Submitter(municipality_code="159")
        assert sender_for(db.session, HERLEV, "0163", None) == Submitter(municipality_code="163")
        with pytest.raises(NotFound, match="municipality 157"):
            sender_for(db.session, GLADSAXE_LEAD, "0157", None)


def test_a_company_sends_on_its_own_agreement_only(loaded: Flask) -> None:
    falck = Principal(3, "falck", "company", company_cvr="22222228")
    with loaded.app_context():
        assert sender_for(db.session, falck, None, "falck-hovedstaden").agreement_id == "falck-hovedstaden"
        with pytest.raises(NotFound):
            sender_for(db.session, falck, None, "danfoss")


def test_a_duplicate_of_a_rejected_file_tells_its_problems_at_the_file_sent_now(loaded: Flask) -> None:
    with loaded.app_context():
        data = golden("herlev/placement.csv")
        [one] = upload(
            db.session, HERLEV, Submitter(municipality_code="163"), [Incoming("a.csv", data)], LIMITS
        )
        row = db.session.get_one(Submission, one.submission_id)
        row.status = "rejected"
        row.problems = [{"reason_en": "bad date", "reason_da": "forkert dato", "file": "a.csv", "field": "x"}]
        db.session.commit()
        [two] = upload(
            db.session,
            HERLEV,
            Submitter(municipality_code="163"),
            [Incoming("z.zip", zipped(("b.csv", data)))],
            LIMITS,
        )
        assert two.outcome == "duplicate"
        assert [(p.file, p.field, p.reason_en, p.reason_da) for p in two.problems] == [
            ("z.zip/b.csv", "x", "bad date", "forkert dato")
        ]


def test_a_choice_to_leave_out_names_the_forms_key_in_danish_too() -> None:
    # The Danish said "udelad aftale" where the English says "leave out `agreement`": the API's field
    # names are not translated, so a Danish reader could not tell which key to drop. Refused before any
    # database read, so no session is needed.
    falck = Principal(3, "falck", "company", company_cvr="12345678")
    cases = [
        (HERLEV, None, "falck-hovedstaden", "agreement", "udelad `agreement`"),
        (falck, "163", None, "municipality", "udelad `municipality` (angiv `agreement`"),
    ]
    for who, municipality, agreement, key, said in cases:
        with pytest.raises(Rejection) as refused:
            sender_for(None, who, municipality, agreement)  # type: ignore[arg-type]
        problem = refused.value.problems[0]
        assert problem.field == key
        assert f"leave out `{key}`" in problem.reason_en
        assert said in problem.reason_da and said in refused.value.message_da
