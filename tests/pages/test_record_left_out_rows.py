"""A record's page shows the rows its own form marked not to be paid (decision 0062, "Stop 72: page-127").

A list's `[[forms.lists.require]]` with `leave_out` reads a row its form marks (Køge's visits' `godkendt`
`false`) and does not count it; its day, hours and the mark that left it out are kept in the version's
provenance under `left_out.entries[n]` (decision 0060, "Stop 71: fixes-119"). The page listed only the
record's values, so the visit read and not paid was said nowhere but in the audit bundle.

The left-out row is made by the mapping itself, as tests/adapters/test_row_conditions.py makes it: Køge's
golden visits (tests/onboarding/golden/koege/mentorbesoeg.csv) with Mads Bækgaard Olsen's visit of
14 April 2027 (`PT2H`, row 4 of the file, `godkendt` in its tenth column, J) marked `false`. The demo
has no Køge agreement, so the row's provenance is put on a Ballerup timesheet of the demo's copy, whose
lead (Gladsaxe), partner (Ballerup) and auditor (Ballerup) all read its page.
"""

from __future__ import annotations

from collections.abc import Iterator

import lxml.html
import pytest
from accounts import csrf_token
from flask import Flask
from onboarding_trial import TRIAL, trial_registry
from page_support import client_of, everyone_on_a_copy
from sqlalchemy import select

from hub.adapters.mapping.form_items import map_items
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.extensions import db
from hub.models import Provenance, Record, RecordVersion
from hub.services.left_out_rows import left_out_rows

VISITS = (TRIAL / "golden" / "koege" / "mentorbesoeg.csv").read_text(encoding="utf-8")
FOURTEENTH = '"2027-04-14","PT2H","412.50","true"'  # Mads's visit of 14 April, 2 hours


@pytest.fixture(scope="module")
def demo(lived_demo: Flask, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    with everyone_on_a_copy(lived_demo, tmp_path_factory.mktemp("left-out")) as app:
        yield app


def _left_out_record(app: Flask) -> int:
    """A Ballerup timesheet whose current version holds Mads's visit left out by its `godkendt`."""
    form = next(f for f in trial_registry().get("koege").forms if f.id == "mentorbesoeg")
    data = VISITS.replace(FOURTEENTH, FOURTEENTH.replace("true", "false")).encode("utf-8")
    mads = map_items(extract(data, "mentorbesoeg.csv", READ_OPTIONS), form, "0" * 64, "besoeg.csv", "259")[0]
    assert mads.mapped is not None
    left = [p for p in mads.mapped.provenance if p.path.startswith("left_out.")]
    with app.app_context():
        record = db.session.scalars(
            select(Record).where(Record.municipality_code == "151", Record.form_type == "mentor_hours")
        ).first()
        assert record is not None
        version = db.session.scalar(
            select(RecordVersion).where(
                RecordVersion.record_id == record.id, RecordVersion.version == record.current_version
            )
        )
        assert version is not None
        for p in left:
            version.provenance.append(
                Provenance(
                    path=p.path,
                    document_sha256=p.document_sha256,
                    locator=p.locator,
                    source_key=p.source_key,
                    raw_value=p.raw_value,
                    transforms=list(p.transforms),
                )
            )
        db.session.commit()
        return record.id


def _left_out(html: str) -> tuple[str, list[list[str]]]:
    """The section's heading and its rows, each cell's words."""
    page = lxml.html.fromstring(html)
    heading = page.xpath('//h2[@id="left-out-heading"]')
    assert heading, "no rows read and not paid on the page"
    rows = page.xpath('//table[@id="left-out"]/tbody/tr')
    return heading[0].text_content(), [[" ".join(c.text_content().split()) for c in r] for r in rows]


def test_a_visit_its_form_left_out_is_shown_apart_with_its_day_hours_and_mark(demo: Flask) -> None:
    record = f"/records/{_left_out_record(demo)}"
    for user in ("lead-gladsaxe", "kommune-ballerup", "revisor-ballerup", "falck"):
        client = client_of(demo, user)
        html = client.get(record, headers={"Accept-Language": "da"}).text
        heading, rows = _left_out(html)
        assert heading == "Rækker læst, men ikke betalt", user
        assert rows == [["14. apr. 2027", "2 t læst som PT2H", "false, række 4, kolonne 10 (J4)"]], user
        why = lxml.html.fromstring(html).xpath('//p[@id="left-out-why"]')[0].text_content()
        assert why == (
            "Formularen markerer selv denne række som ikke at tælle med: den er læst og kontrolleret, "
            "og dens timer er i ingen værdi ovenfor og i intet krav."
        )
        client.post("/language", data={"lang": "en", "csrf_token": csrf_token(client, record)})
        heading, rows = _left_out(client.get(record).text)
        assert heading == "Rows read and not paid", user
        assert rows == [["14 Apr 2027", "2 h read as PT2H", "false, row 4, column 10 (J4)"]], user


def test_a_record_without_left_out_rows_has_no_such_section(demo: Flask) -> None:
    with demo.app_context():
        record_id = db.session.scalar(
            select(Record.id).where(Record.municipality_code == "159", Record.form_type == "mentor_hours")
        )
    html = client_of(demo, "lead-gladsaxe").get(f"/records/{record_id}").text
    assert 'id="left-out' not in html
    assert "left_out" not in html


def test_a_left_out_rows_hours_read_from_several_cells_are_each_shown_not_the_last_alone() -> None:
    """Fanø's form sums a week's hours from its weekdays' columns (`sources = ["Man", ..., "Fre"]`): the
    provenance keeps one entry a cell under `left_out.entries[0].hours`. A week of 2 + 3 + 1 hours left
    out by its mark showed as 1 hour, the Friday's cell alone; each cell is shown, named by its column
    (an empty one is no part of what was read)."""

    def read(key: str, column: str, raw: str) -> Provenance:
        locator = {"text": {"en": f"row 5, column {column}", "da": f"række 5, kolonne {column}"}}
        return Provenance(
            path=f"left_out.entries[0].{key}",
            document_sha256="0" * 64,
            locator=locator,
            source_key=column,
            raw_value=raw,
            transforms=[],
        )

    provenance = [
        read("week", "Uge", "14"),
        read("hours", "Man", "2"),
        read("hours", "Tir", "3"),
        read("hours", "Ons", ""),
        read("hours", "Fre", "1"),
        read("left_out_by", "godkendt", "false"),
    ]
    (row,) = left_out_rows(provenance, "full")
    assert row.hours == "Man: 2, Tir: 3, Fre: 1"
    assert (row.mark, row.where_en, row.where_da) == (
        "false",
        "row 5, column godkendt",
        "række 5, kolonne godkendt",
    )


def test_a_left_out_rows_hours_are_read_as_its_plain_hours_transform_reads_them_or_left_as_written() -> None:
    """Under the list's plain `hours` transform, "PT2H" is 2 hours, "1:30" one and a half, "2,5" two and a
    half (page-128: the page said "læst som PT2H" alone); a text no hours are read from ("se note"), and
    a text under another chain of transforms ("90" through a regex, which may make minutes of it), keep
    their text alone: nothing is guessed."""
    written = {0: ("PT2H", ["hours"]), 1: ("1:30", ["hours"]), 2: ("2,5", ["hours"])}
    written |= {3: ("se note", ["hours"]), 4: ("90", ["regex", "hours"])}
    provenance = [
        Provenance(
            path=f"left_out.entries[{n}].{key}", document_sha256="0" * 64, raw_value=value, transforms=steps
        )
        for n, (hours, chain) in written.items()
        for key, value, steps in (("hours", hours, chain), ("left_out_by", "false", []))
    ]
    rows = left_out_rows(provenance, "masked")
    assert [(row.hours, row.hours_read) for row in rows] == [
        ("PT2H", "2.0"),
        ("1:30", "1.5"),
        ("2,5", "2.5"),
        ("se note", None),
        ("90", None),
    ]
