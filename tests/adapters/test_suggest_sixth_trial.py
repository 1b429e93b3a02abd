"""`hub adapters suggest` on the sixth trial's forms (Tønder, decision 0060 "Stop 48"). Before, the case
system's export of grants nested in their citizens was drafted as one placement (no word named its type)
reading the first citizen's first grant by absolute paths, every other grant silently unread, its TODOs
pointing at a list; as a timesheet, its "day" rows were the grants, dated by their approval and holding
their first week's hours. A real adapter's export of one grant an element (Rødovre's) was drafted the same
way. Each test here fails without the change it names.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from pipeline import ROOT
from suggest_support import drafted_fields

from hub.adapters.language.golden import canonical_records
from hub.adapters.language.registry import load_registry
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.candidates import Candidate
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.pdf_repeat import plan_repeat
from hub.adapters.suggest.render import render

TRIAL = ROOT / "tests" / "onboarding"
GOLDEN = TRIAL / "golden" / "toender"
HEAD = (TRIAL / "config" / "toender.toml").read_text(encoding="utf-8").split("[[forms]]")[0]
EXPORT = (GOLDEN / "mentor_hours.xml").read_bytes()


def _draft(name: str, data: bytes) -> str:
    return render(suggest(extract(data, name, READ_OPTIONS), name))


@pytest.mark.parametrize("name", ["mentor_support.xlsx", "udtraek.xml"])
def test_the_draft_unedited_maps_its_sample_to_the_records_written_by_hand(tmp_path: Path, name: str) -> None:
    """The export is sent under a name that says nothing of what it holds (`udtraek.xml`)."""
    sample = GOLDEN / ("mentor_hours.xml" if name == "udtraek.xml" else name)
    folder = tmp_path / "configs"
    folder.mkdir()
    text = _draft(name, sample.read_bytes())
    (folder / "toender.toml").write_text(HEAD + text.split("\n\n", 1)[1], encoding="utf-8")
    want = json.loads(sample.with_suffix(".expected.json").read_text(encoding="utf-8"))
    assert canonical_records(load_registry(folder).get("toender"), sample.read_bytes(), name) == want


def test_an_export_of_grants_in_their_citizens_is_one_record_a_grant() -> None:
    text = _draft("udtraek.xml", EXPORT)
    form = tomllib.loads(text)["forms"][0]
    # weeks with a date and hours are a timesheet's rows, whatever the file is called
    assert form["form_type"] == "mentor_hours"
    assert form["items"] == {"rows": "/ks:Udtraek/ks:Borger/ks:Bevilling"}
    fields = drafted_fields(text)
    assert fields["citizen.cpr"]["source"] == "../ks:CPR"  # on the citizen, the element above the grant
    assert fields["site.p_number"]["source"] == "ks:PNummer"
    (entries,) = form["lists"]
    assert entries["rows"] == "ks:Uger/ks:Uge"
    assert {f["key"]: f["source"] for f in entries["fields"]} == {"date": "ks:Fra", "hours": "ks:Timer"}
    # the weeks counted where they were planned, not across the file's seven
    assert "<ks:Uge> repeats (3 in the first record)" in text
    # no other citizen's or grant's copy is drafted: the first record's stand for all
    assert "Borger[2]" not in text and "Bevilling[2]" not in text


def test_a_signature_day_is_the_text_of_the_element_naming_the_signer() -> None:
    """`<ks:Godkendt af="Henrik Jessen">2026-03-31T16:42:00+02:00</ks:Godkendt>`: before, the signer was
    drafted and the day left a TODO ("not found ... needs: signed_on")."""
    fields = drafted_fields(_draft("udtraek.xml", EXPORT))
    assert fields["signed_by"]["source"] == "ks:Godkendt/@af"
    assert fields["signed_on"] == {"path": "signed_on", "source": "ks:Godkendt", "transforms": ["date"]}


def test_a_real_adapters_export_of_one_grant_an_element_is_drafted_as_its_items() -> None:
    """Rødovre's mentor grants: its hand-written config reads `[forms.items] rows` with relative paths;
    the draft read the first grant by absolute paths."""
    data = (ROOT / "tests" / "golden" / "roedovre" / "mentor_support.xml").read_bytes()
    text = _draft("mentor_support.xml", data)
    assert tomllib.loads(text)["forms"][0]["items"] == {"rows": "/r:Mentorbevillinger/r:Bevilling"}
    fields = drafted_fields(text)
    assert fields["citizen.cpr"]["source"] == "r:Borger/r:CPR"
    assert fields["site.p_number"]["source"] == "r:Arbejdssted/@pnr"


def test_one_record_with_repeated_weeks_has_no_items() -> None:
    """The CPR once, only the weeks repeated (Samsø's timesheet): the document is the record."""
    data = (TRIAL / "golden" / "samsoe" / "mentor_hours.xml").read_bytes()
    text = _draft("mentor_hours.xml", data)
    assert "items" not in tomllib.loads(text)["forms"][0]
    assert drafted_fields(text)["citizen.cpr"]["source"].startswith("/")


def test_a_timesheets_numbered_kids_and_the_documents_year_are_drafted_as_a_repeat_list(
    tmp_path: Path,
) -> None:
    """Before: one TODO a field (`uge.1`... "one row of a repeated list: write a [[forms.lists]]",
    `timer.1`... "not recognised"), so the draft refused every timesheet for its missing entries."""
    sample = GOLDEN / "timesheet.pdf"
    text = _draft("timesheet.pdf", sample.read_bytes())
    (entries,) = tomllib.loads(text)["forms"][0]["lists"]
    assert entries["repeat"] == 8
    week, hours = entries["fields"]
    # the week a bare number, the year one field above the rows: joined as `week` reads "10/2026"
    assert week["sources"] == ["uge.{n}", "aar"]
    assert week["transforms"] == [{"name": "join", "separator": "/"}, "week"]
    assert hours == {"key": "hours", "source": "timer.{n}", "transforms": ["hours"]}
    assert 'source = "uge.1"' not in text and 'source = "aar"' not in text
    folder = tmp_path / "configs"
    folder.mkdir()
    (folder / "toender.toml").write_text(HEAD + text.split("\n\n", 1)[1], encoding="utf-8")
    want = json.loads(sample.with_suffix(".expected.json").read_text(encoding="utf-8"))
    assert canonical_records(load_registry(folder).get("toender"), sample.read_bytes(), sample.name) == want


@pytest.mark.parametrize("slug", ["ballerup", "gentofte", "randers"])
def test_real_adapters_numbered_week_rows_are_drafted_as_their_configs_list(slug: str) -> None:
    """Held out: the hand-written configs' `repeat` and sources, drafted from their golden samples."""
    data = (ROOT / "tests" / "golden" / slug / "mentor_hours.pdf").read_bytes()
    (drafted,) = tomllib.loads(_draft("mentor_hours.pdf", data))["forms"][0]["lists"]
    config = tomllib.loads((ROOT / "config" / "municipalities" / f"{slug}.toml").read_text(encoding="utf-8"))
    (written,) = [
        rule
        for form in config["forms"]
        if form["form_type"] == "mentor_hours" and form["format"] == "pdf"
        for rule in form.get("lists", [])
    ]
    assert drafted["repeat"] == written["repeat"]
    assert {f["key"]: f["source"] for f in drafted["fields"]} == {
        f["key"]: f["source"] for f in written["fields"]
    }


def test_numbered_fields_with_no_week_and_hours_are_no_list() -> None:
    """`Tekstfelt1`, `Tekstfelt2`: numbered by the tool that made the form, not a timesheet's rows."""
    data = (TRIAL / "golden" / "langeland" / "placement.pdf").read_bytes()
    assert "[[forms.lists]]" not in _draft("placement.pdf", data)


def test_the_tables_total_row_is_said_to_be_no_records_value() -> None:
    """`Samlet`, the Excel Table's total row and its stop: before, "not recognised", as if a record's
    value were left to name."""
    text = _draft("mentor_support.xlsx", (GOLDEN / "mentor_support.xlsx").read_bytes())
    assert 'stop = { label = "Samlet" }' in text
    assert "# TODO: the table's total line, where it stops: the whole document's, no record's" in text


def test_the_year_beside_bare_week_numbers_is_the_field_named_for_a_year() -> None:
    """The site's postal code 2000 (Frederiksberg) is printed above the year: a whole value that reads as a
    year is not enough where a field is named for one (`aar`), else every week would be read in 2000."""

    def field(selector: str, value: str, label: str = "") -> Candidate:
        return Candidate(selector, (label or selector,), value=value)

    candidates = [
        field("postnr", "2000", "Postnr."),
        field("aar", "2026", "År"),
        *(field(f"uge.{n}", str(9 + n)) for n in (1, 2)),
        *(field(f"timer.{n}", "7,5") for n in (1, 2)),
    ]
    plan = plan_repeat(candidates)
    assert plan is not None
    assert plan.keys["week"][0] == ["uge.{n}", "aar"]
    assert plan.seen["week"] == "10, 2026"
