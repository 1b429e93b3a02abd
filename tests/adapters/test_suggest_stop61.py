"""What the last trials left `hub adapters suggest` to miss (decision 0060, "Stop 61: suggest-72"), each
form built here the way its producer builds it: a case system's CSV export of placements whose benefit
is its ydelseskode; a word processor's placement agreement whose title names no kind; XML timesheets
whose rows carry a case number or a month beside the week; a PDF table whose headings are centred down
blocks of odd lengths. Every expected value is read off the form as built.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from suggest_support import (
    draft_of,
    drafted_config,
    drafted_fields,
    drafted_form_type,
    labelled_pdf,
    pdf_table,
)

from hub.adapters.language.golden import canonical_records


def test_an_exports_benefit_codes_are_left_todo_saying_what_they_likely_are() -> None:
    """A case system's CSV of placements, the benefit its ydelseskode ("KH-AP" the benefit and the
    visitation in one). Before: each "TODO" with nothing said, where an outcome's code had its hint."""
    csv = (
        "CPR-nr.;Virksomhed;P-nummer;Startdato;Slutdato;Ydelseskode;Visitation\r\n"
        "010190-1234;Tømrer Hansen ApS;1012345678;01-05-2026;30-06-2026;KH-AP;AP\r\n"
        "020290-2345;Tømrer Hansen ApS;1012345678;04-05-2026;03-07-2026;SDP;\r\n"
        "030390-3456;Bager Jensen;1012345679;11-05-2026;10-07-2026;UH;UP\r\n"
        "040490-4567;Bager Jensen;1012345679;18-05-2026;17-07-2026;LY;\r\n"
    )
    text = draft_of(csv.encode(), "praktikker.csv")
    values = drafted_fields(text)["benefit"]["transforms"][0]["values"]
    assert values == {"KH-AP": "TODO", "SDP": "TODO", "UH": "TODO", "LY": "TODO"}
    check = "check the case system's list"
    assert (
        '"KH-AP" = "TODO"  # TODO: likely kontanthjaelp (KH: kontanthjælp?); aktivitetsparat '
        f"(AP: aktivitetsparat?), the visitation: map it too; {check}"
    ) in text
    assert f'"SDP" = "TODO"  # TODO: likely sygedagpenge (SDP: sygedagpenge?); {check}' in text
    assert f'"UH" = "TODO"  # TODO: likely uddannelseshjaelp (UH: uddannelseshjælp?); {check}' in text
    assert f'"LY" = "TODO"  # TODO: likely ledighedsydelse (LY: ledighedsydelse?); {check}' in text
    assert f'"UP" = "TODO"  # TODO: likely uddannelsesparat (UP: uddannelsesparat?); {check}' in text


_WHO = "<cpr>0807921234</cpr><pnr>1045678901</pnr><mentor>Kirsten Holm</mentor>"
_SIGNED = '<underskrift dato="2026-03-20">Kirsten Holm</underskrift>'


def _week_list(text: str) -> dict[str, object]:
    (drafted,) = tomllib.loads(text)["forms"][0]["lists"]
    return {f["key"]: f.get("sources", f.get("source")) for f in drafted["fields"]}


def test_a_rows_voucher_number_written_as_a_year_and_two_digits_is_no_week(tmp_path: Path) -> None:
    """A case system's timesheet export, each line's voucher number (`bilag`) "2026-18", "2026-19" before
    its week "2026-W10". Before: `bilag` was drafted the week (each value reads as `week` reads
    "2026-18"), the real weeks left out. Its label names no week: by hand, weeks 10 to 12 of 2026."""
    data = (
        f"<timeseddel>{_WHO}"
        '<linje bilag="2026-18"><uge>2026-W10</uge><timer>3</timer></linje>'
        '<linje bilag="2026-19"><uge>2026-W11</uge><timer>2,5</timer></linje>'
        f'<linje bilag="2026-20"><uge>2026-W12</uge><timer>1</timer></linje>{_SIGNED}</timeseddel>'
    ).encode()
    text = draft_of(data, "timeseddel.xml")
    assert _week_list(text) == {"week": "uge", "hours": "timer"}
    record = canonical_records(drafted_config(text, tmp_path), data, "timeseddel.xml")
    assert [e["week"] for e in record["entries"]] == ["2026-W10", "2026-W11", "2026-W12"]


def test_a_column_named_weeks_reads_a_year_and_two_digits_as_a_week() -> None:
    """A guard (passes before too): `<uge>2026-18</uge>`, its name a week's, is the week, as the
    twenty-fifth trial's export writes it (strftime's `%G-%V`)."""
    data = (
        b"<timeseddel><cpr>0807921234</cpr>"
        b"<linje><uge>2026-18</uge><timer>3</timer></linje>"
        b"<linje><uge>2026-19</uge><timer>2</timer></linje></timeseddel>"
    )
    assert _week_list(draft_of(data, "timeseddel.xml")) == {"week": "uge", "hours": "timer"}


@pytest.mark.parametrize("month", ["2026-03", "3"])
def test_a_weeks_month_beside_its_number_and_year_is_no_week(tmp_path: Path, month: str) -> None:
    """A case system's weeks, each with the month it is billed in: `<uge maaned="2026-03" nr="10"
    aar="2026">` (or `maaned="3"`). Before: `@maaned` was drafted the week (or the week's number), every
    March week read as week 3. By hand: weeks 10 and 11 of 2026, 3 and 2,5 hours."""
    data = (
        f"<timeseddel>{_WHO}"
        f'<uge maaned="{month}" nr="10" aar="2026"><timer>3</timer></uge>'
        f'<uge maaned="{month}" nr="11" aar="2026"><timer>2,5</timer></uge>{_SIGNED}</timeseddel>'
    ).encode()
    text = draft_of(data, "timeseddel.xml")
    assert _week_list(text) == {"week": ["@nr", "@aar"], "hours": "timer"}
    record = canonical_records(drafted_config(text, tmp_path), data, "timeseddel.xml")
    assert record["entries"] == [{"week": "2026-W10", "hours": "3.0"}, {"week": "2026-W11", "hours": "2.5"}]


def test_an_untitled_agreement_one_of_whose_labels_says_afslutning_is_a_placement() -> None:
    """A job centre's agreement titled by its municipality only, one label saying what happens at the
    placement's end. Before: typed an end of a placement by that label's "afslut", its company, CVR
    number, period, hours and benefit "which a placement_end record does not have"."""
    lines = (
        ("cpr", "CPR-nummer", "010190-1234"),
        ("navn", "Borgerens navn", "Mads Hansen"),
        ("virksomhed", "Virksomhedens navn", "Tømrer Hansen ApS"),
        ("cvr", "CVR-nummer", "12345674"),
        ("pnr", "P-nummer", "1012345678"),
        ("start", "Startdato", "01-05-2026"),
        ("slut", "Slutdato", "30-06-2026"),
        ("timer", "Timer pr. uge", "20"),
        ("ydelse", "Ydelse", "Kontanthjælp"),
        ("udtalelse", "Ved praktikkens afslutning sender virksomheden", "en kort udtalelse"),
    )
    text = draft_of(labelled_pdf("Jobcenter Testby", lines), "blanket.pdf")
    assert drafted_form_type(text) == "placement"
    sources = {path: field["source"] for path, field in drafted_fields(text).items()}
    assert sources["company.cvr"] == "cvr" and sources["period.end"] == "slut"
    assert sources["hours_per_week"] == "timer" and sources["benefit"] == "ydelse"


def test_an_untitled_end_of_a_placement_is_still_an_end() -> None:
    """A guard (passes before too): the same job centre's end, its company named too, is an end by its
    reason for ending and its last day."""
    lines = (
        ("cpr", "CPR-nummer", "010190-1234"),
        ("virksomhed", "Virksomhedens navn", "Tømrer Hansen ApS"),
        ("pnr", "P-nummer", "1012345678"),
        ("sidste", "Sidste praktikdag", "12-06-2026"),
        ("aarsag", "Årsag til afslutning", "Ordinær ansættelse"),
    )
    text = draft_of(labelled_pdf("Jobcenter Testby", lines), "blanket.pdf")
    assert drafted_form_type(text) == "placement_end"
    assert drafted_fields(text)["ended_on"]["source"] == "sidste"


ODD_BLOCKS = (
    (
        "Borger",
        (
            ("b_cpr", "CPR-nummer", "010190-1234"),
            ("b_navn", "Navn", "Mads Hansen"),
            ("b_tlf", "Telefon", "20304050"),
        ),
    ),
    ("Mentor", (("m_navn", "Navn", "Lise Dahl"),)),
    (
        "Jobcenter",
        (
            ("j_navn", "Navn", "Ole Berg"),
            ("j_tlf", "Telefon", "62232323"),
            ("j_mail", "E-mail", "ole.berg@kommune.dk"),
        ),
    ),
)


def test_a_pdf_tables_headings_centred_down_blocks_of_odd_lengths_head_them() -> None:
    """A word processor's table, each heading merged down its block and centred in it, the blocks of
    three, one and three lines: each heading stands on its block's middle line. Before: read as headings
    at their blocks' tops, so the job centre's first "Navn" (above the centred "Jobcenter") was under
    "Mentor", drafted the mentor's name, and the citizen's CPR line under no heading."""
    data = pdf_table("Aftale om virksomhedspraktik", ODD_BLOCKS, centred=True, gap=0)
    sources = {path: field["source"] for path, field in drafted_fields(draft_of(data, "aftale.pdf")).items()}
    assert sources == {
        "citizen.cpr": "b_cpr",
        "citizen.name": "b_navn",
        "mentor.name": "m_navn",
        "caseworker.name": "j_navn",
        "caseworker.phone": "j_tlf",
        "caseworker.email": "j_mail",
    }


def test_a_pdf_tables_headings_at_their_blocks_tops_still_head_them() -> None:
    """A guard (passes before too): the same table, each heading in its block's first line."""
    data = pdf_table("Aftale om virksomhedspraktik", ODD_BLOCKS, centred=False, gap=0)
    sources = {path: field["source"] for path, field in drafted_fields(draft_of(data, "aftale.pdf")).items()}
    assert (sources["mentor.name"], sources["caseworker.name"]) == ("m_navn", "j_navn")
