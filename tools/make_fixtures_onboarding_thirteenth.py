"""Write the form of the thirteenth onboarding trial: `python -m tools.make_fixtures_onboarding_thirteenth`.

Struer (671) is onboarded by config alone in tests/onboarding/, on a form shaped unlike the earlier
trials': the job centre's case system exports **every new placement of a week in one XML document**, a
`<Sag>` each (three citizens), and writes:

- **values split across sibling elements**: the CPR number as `<Foedselsdato>` and `<Loebenummer>`, the
  name as `<Fornavn>`, `<Mellemnavn>` (left out where the citizen has none) and `<Efternavn>`, the hours
  a week as `<Timer>` and `<Minutter>`;
- **the default namespace changing mid-document**: the company block is OIO's CVR schema, written by the
  system's CVR module as `<Virksomhed xmlns="http://rep.oio.dk/cvr.dk/xml/schemas/2005/03/22/">`, so its
  `<Navn>` is another element than the citizen's; in the third case the same block comes from another
  module that binds the same namespace to a prefix, `<cvr:Virksomhed>`;
- **dates as `xs:date` with a zone**, as .NET's and Java's serializers write a date: `2026-03-02+01:00`,
  `2026-05-29+02:00` (summer time), the day being the one written;
- the purpose in **CDATA** (with `&` and `<` in it), the benefit a code attribute beside its words, the
  visitation an element left out for a citizen not visited, the mentor's employer a code.

The values are written here as the case system would; the expected records beside the file were written
by hand from these values.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from tools.fixture_files import write_all

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "struer"

NS = "urn:dk:struer:jobcenter:praktik:3"
CVR_NS = "http://rep.oio.dk/cvr.dk/xml/schemas/2005/03/22/"


@dataclass(frozen=True)
class Case:
    """One placement as the case system holds it."""

    born: str  # ddmmyy, the CPR number's first six digits
    serial: str  # its last four
    first: str
    middle: str | None  # None: no <Mellemnavn> written
    last: str
    cvr: str
    company: str
    p_number: str
    site: str
    start: str  # as written, xs:date with a zone
    end: str
    hours: str
    minutes: str
    benefit: tuple[str, str]  # code, words
    visitation: str | None  # None: no <Visitation> written
    purpose: str
    mentor: str
    employer: str  # V (virksomheden) or J (jobcentret)
    caseworker: tuple[str, str, str]  # name, email, phone
    prefixed: bool = False  # the company block under a `cvr:` prefix, not a default namespace


CASES: tuple[Case, ...] = (
    Case("120389", "2231", "Anders", "Bech", "Thomsen", "29183422", "Struer Tømrer & Snedker ApS",
         "1019283746", "Værkstedet, Fabriksvej 12", "2026-03-02+01:00", "2026-05-29+02:00", "18", "30",
         ("KH", "Kontanthjælp"), "AKT", "Afprøvning af arbejdsevne i værkstedet & mødestabilitet <4 dage>",
         "Poul Kjær", "V", ("Hanne Riis", "hari@struer.example.dk", "96 84 84 84")),
    Case("040795", "1862", "Maja", None, "Søndergaard", "36721057", "Limfjordens Plejecenter I/S",
         "1020304050", "Plejecentret Humlum", "2026-03-09+01:00", "2026-06-05+02:00", "15", "0",
         ("UH", "Uddannelseshjælp"), "UDD", "Praktik før uddannelse (SOSU-hjælper)",
         "Birgitte Lauridsen", "J", ("Hanne Riis", "hari@struer.example.dk", "96 84 84 84")),
    Case("231168", "3517", "Jens", "Otto", "Kirkegaard", "40217738", "Nordvestjysk Transport A/S",
         "1031425364", "Lageret, Holstebrovej", "2026-03-04+01:00", "2026-04-30+02:00", "25", "0",
         ("SD", "Sygedagpenge"), None, "Arbejdsprøvning efter sygemelding; gradvis optrapning",
         "Kim Nørgaard", "V", ("Lars Vinther", "lavi@struer.example.dk", "+45 96 84 85 02"),
         prefixed=True),
)  # fmt: skip


def _text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;")


def _company(case: Case) -> str:
    if case.prefixed:
        open_tag, p = f'<cvr:Virksomhed xmlns:cvr="{CVR_NS}">', "cvr:"
    else:
        open_tag, p = f'<Virksomhed xmlns="{CVR_NS}">', ""
    return (
        f"      {open_tag}\n"
        f"        <{p}CVRnummer>{case.cvr}</{p}CVRnummer>\n"
        f"        <{p}Navn>{_text(case.company)}</{p}Navn>\n"
        f"        <{p}ProduktionsEnhed>\n"
        f"          <{p}PNummer>{case.p_number}</{p}PNummer>\n"
        f"          <{p}Navn>{_text(case.site)}</{p}Navn>\n"
        f"        </{p}ProduktionsEnhed>\n"
        f"      </{p}Virksomhed>\n"
    )


def _case(number: int, case: Case, sag: str = "Sag") -> str:
    """One `<Sag>`; `sag` its start tag (a namespace may follow the name), its end tag `</Sag>`."""
    middle = f"        <Mellemnavn>{_text(case.middle)}</Mellemnavn>\n" if case.middle else ""
    visitation = f"      <Visitation>{case.visitation}</Visitation>\n" if case.visitation else ""
    name, email, phone = case.caseworker
    return (
        f'  <{sag} sagsnr="2026-{4410 + number}">\n'
        "    <Borger>\n"
        "      <CPR>\n"
        f"        <Foedselsdato>{case.born}</Foedselsdato>\n"
        f"        <Loebenummer>{case.serial}</Loebenummer>\n"
        "      </CPR>\n"
        "      <Navn>\n"
        f"        <Fornavn>{_text(case.first)}</Fornavn>\n{middle}"
        f"        <Efternavn>{_text(case.last)}</Efternavn>\n"
        "      </Navn>\n"
        "    </Borger>\n"
        "    <Praktik>\n"
        f"{_company(case)}"
        f"      <Periode><Fra>{case.start}</Fra><Til>{case.end}</Til></Periode>\n"
        f"      <Omfang><Timer>{case.hours}</Timer><Minutter>{case.minutes}</Minutter></Omfang>\n"
        f'      <Ydelse kode="{case.benefit[0]}">{_text(case.benefit[1])}</Ydelse>\n{visitation}'
        f"      <Formaal><![CDATA[{case.purpose}]]></Formaal>\n"
        f'      <Mentor ansat="{case.employer}"><Navn>{_text(case.mentor)}</Navn></Mentor>\n'
        "    </Praktik>\n"
        f"    <Sagsbehandler><Navn>{_text(name)}</Navn><Email>{email}</Email>"
        f"<Tlf>{phone}</Tlf></Sagsbehandler>\n"
        "  </Sag>\n"
    )


def placements_xml(cases: tuple[Case, ...] = CASES, sags: tuple[str, ...] = ()) -> bytes:
    """The week's export (a test gives other cases, or writes a case's `<Sag>` otherwise: `sags[i]`
    is the i-th start tag, e.g. `Sag xmlns="urn:...:4"`, its end tag staying `</Sag>`)."""
    body = ""
    for number, case in enumerate(cases):
        body += _case(number, case, sags[number] if number < len(sags) and sags[number] else "Sag")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<Udtraek xmlns="{NS}" dannet="2026-03-02T06:00:00+01:00">\n'
        "  <Afsender>Struer Kommune, Jobcenter Struer</Afsender>\n"
        f"{body}"
        "</Udtraek>\n"
    ).encode()


def with_case(index: int, **changes: object) -> tuple[Case, ...]:
    """The cases with one of them changed (a test's broken variant)."""
    cases = list(CASES)
    cases[index] = replace(cases[index], **changes)  # type: ignore[arg-type]
    return tuple(cases)


def render_all() -> dict[Path, bytes]:
    """The form of the thirteenth trial: its path and bytes (nothing is written)."""
    return {GOLDEN / "placement.xml": placements_xml()}


if __name__ == "__main__":
    write_all(render_all())
