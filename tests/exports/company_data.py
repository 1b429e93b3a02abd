"""Hand-made data for the company's export and form: Danish letters, a hostile name, a generator of many.

The P-numbers are chosen so that none looks like a CPR number (`19000001xx`: month 00), so that the
CPR scan in the tests means something: the data holds no CPR, and nothing CPR-like may appear.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

from hub.exports.company_form_model import CompanyFormSpec, FormIntern
from hub.exports.company_model import CompanyExport, DueItem, Intern, Person, SiteOccupancy
from hub.pseudonyms import participant_id

JOBCENTRES = ("Jobcenter Gladsaxe", "Jobcenter Ballerup", "Jobcenter Herlev", "Jobcenter Høje-Taastrup")
HOSTILE = '=HYPERLINK("http://evil.example/x","Klik her")'
SITES = (
    SiteOccupancy("1900000101", "Falck Gladsaxe, Søborg Hovedgade", 4, 3, date(2026, 7, 14)),
    SiteOccupancy("1900000102", "Falck Ballerup", 3, 3, None),
    SiteOccupancy("1900000103", "Falck Høje-Taastrup", 3, 1, date(2026, 6, 1)),
)
CONTACT = Person("Åse Ørum Jæger", "aase.joerum@gladsaxe.example.dk", "+4520000101", "Jobcenter Gladsaxe")
BACKUP = Person("Bjørn Ågård", "bjoern@ballerup.example.dk", "+4520000102", "Jobcenter Ballerup")
COMPANY_CONTACT = Person("Søren Kæmpe", "soeren@falck.example.dk", "+4520000103", "Falck Danmark A/S")

INTERNS = (
    Intern(
        "P-AAAAAAAAAAA",
        "Æble Øster-Åberg",
        "Jobcenter Gladsaxe",
        "1900000101",
        "Falck Gladsaxe, Søborg Hovedgade",
        date(2026, 8, 3),
        date(2026, 11, 1),
        None,
        "Mads Mentor",
    ),
    Intern(
        "P-BBBBBBBBBBR",
        HOSTILE,
        "Jobcenter Herlev",
        "1900000102",
        "Falck Ballerup",
        date(2026, 6, 1),
        date(2026, 8, 30),
        date(2026, 8, 14),
        "-Mette Minus",
    ),
    Intern(
        "P-CCCCCCCCCCC",
        "Łukasz Şahin",
        "Jobcenter Høje-Taastrup",
        "1900000103",
        "Falck Høje-Taastrup",
        date(2026, 7, 20),
        date(2026, 12, 20),
        None,
        "Mads Mentor",
    ),
)
DUE = (
    DueItem("P-AAAAAAAAAAA", "Æble Øster-Åberg", "mentor_hours", date(2026, 9, 7), ("2026-W32", "2026-W33")),
    DueItem("P-BBBBBBBBBBR", HOSTILE, "placement_end", date(2026, 8, 31)),
    DueItem("P-CCCCCCCCCCC", "Łukasz Şahin", "progress_report", date(2026, 8, 31)),
)
# Made in December for 15 August: 10:15 UTC is 11:15 in Danish (winter) time.
MADE_AT = datetime(2026, 12, 4, 10, 15, tzinfo=UTC)


def export(interns: object = INTERNS, due: object = DUE, backup: Person | None = BACKUP) -> CompanyExport:
    """The hand-made export (interns and due may be replaced by generators)."""
    return CompanyExport(
        agreement_id="falck-hovedstaden",
        agreement_name="Falck Hovedstaden",
        company_cvr="55555559",
        company_name="Falck Danmark A/S",
        cooperation_model="cluster",
        mentor_model="company_mentor",
        period_label="2026-08",
        period_start=date(2026, 8, 1),
        period_end=date(2026, 8, 31),
        as_of=date(2026, 8, 15),
        made_at=MADE_AT,
        sites=SITES,
        contact=CONTACT,
        backup=backup,
        company_contact=COMPANY_CONTACT,
        interns=interns,  # type: ignore[arg-type]
        due=due,  # type: ignore[arg-type]
    )


def bulk_id(i: int) -> str:
    """A participant id for made-up intern number `i`, as the hub makes them (check character included)."""
    return participant_id("test-secret", f"bulk-{i}", "1900000101", "2026-01-05")


def many_interns(n: int) -> Iterator[Intern]:
    """`n` made-up interns, yielded one at a time as the service yields them from the database."""
    first = date(2026, 1, 5)
    for i in range(n):
        start = first + timedelta(days=7 * (i % 30))
        site = SITES[i % len(SITES)]
        ended = start + timedelta(days=60) if i % 7 == 0 else None
        yield Intern(
            bulk_id(i),
            f"Praktikant nr. {i + 1} Ærø",
            JOBCENTRES[i % len(JOBCENTRES)],
            site.p_number,
            site.name,
            start,
            start + timedelta(days=90),
            ended,
            "Mads Mentor",
        )


def many_due(n: int) -> Iterator[DueItem]:
    """`n` made-up due items, one at a time."""
    for i in range(n):
        yield DueItem(
            bulk_id(i),
            f"Praktikant nr. {i + 1}",
            "mentor_hours",
            date(2026, 9, 7),
            ("2026-W31", "2026-W32", "2026-W33", "2026-W34", "2026-W35"),
        )


def form_spec(kind: str, interns: tuple[FormIntern, ...] | None = None) -> CompanyFormSpec:
    """The hand-made form of one kind for August 2026."""
    weeks = ("2026-W32", "2026-W33", "2026-W34", "2026-W35")
    return CompanyFormSpec(
        kind=kind,
        agreement_id="falck-hovedstaden",
        agreement_name="Falck Hovedstaden",
        company_name="Falck Danmark A/S",
        period_label="2026-08",
        period_start=date(2026, 8, 1),
        period_end=date(2026, 8, 31),
        contact=CONTACT,
        interns=interns
        if interns is not None
        else (
            FormIntern(
                "P-AAAAAAAAAAA", "Æble Øster-Åberg", "Falck Gladsaxe, Søborg Hovedgade", "Mads Mentor", weeks
            ),
            FormIntern("P-BBBBBBBBBBR", HOSTILE, "Falck Ballerup", "-Mette Minus", weeks[:2]),
            FormIntern("P-CCCCCCCCCCC", "Łukasz Şahin", "Falck Høje-Taastrup", "Mads Mentor", weeks[1:]),
        ),
    )
