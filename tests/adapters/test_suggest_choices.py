"""`hub adapters suggest` on PDF choices, printed titles, XML attributes, tables and numbers that are no CPR.

The PDFs are Hvidovre's and Tårnby's golden forms: their drafts, loaded as they are, map the form to the
record written by hand beside it, as far as the draft goes.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

from pipeline import GOLDEN
from suggest_support import HVIDOVRE, drafted_config, drafted_fields, header

from hub.adapters.language.config_schema import validate_config
from hub.adapters.mapping.form import map_form
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.readers.base import Extraction
from hub.adapters.suggest.draft import suggest


def _draft(data: bytes, filename: str) -> tuple[str, Extraction]:
    extraction = extract(data, filename, READ_OPTIONS)
    return suggest(extraction, filename).to_toml(), extraction


def _golden(slug: str, name: str) -> tuple[str, Extraction, dict[str, Any]]:
    text, extraction = _draft((GOLDEN / slug / f"{name}.pdf").read_bytes(), f"{name}.pdf")
    expected = json.loads((GOLDEN / slug / f"{name}.expected.json").read_text(encoding="utf-8"))
    return text, extraction, expected


def _mapped(text: str, extraction: Extraction, tmp_path: Path) -> dict[str, Any]:
    config = drafted_config(text, tmp_path, **HVIDOVRE)
    form = config.recognise(extraction, "x.pdf")
    record: dict[str, Any] = map_form(extraction, form, "0" * 64, "x.pdf", "167").record
    return record


def test_radio_group_box_group_and_single_box_map_the_form_as_drafted(tmp_path: Path) -> None:
    text, extraction, expected = _golden("hvidovre", "placement_kontanthjaelp")
    fields = drafted_fields(text)
    benefit = fields["benefit"]["transforms"][0]
    assert benefit["name"] == "map" and benefit["values"]["Valg1"] == "kontanthjaelp"
    assert '"Valg5" = "ressourceforloebsydelse"  # printed "Ressourceforløbsydelse"' in text
    assert fields["visitation"]["sources"] == ["Afkrydsningsfelt1", "Afkrydsningsfelt2", "Afkrydsningsfelt3"]
    employer = fields["mentor.employer"]["transforms"][0]
    assert employer == {"name": "checked", "values": {"Afkrydsningsfelt4": "jobcentre"}, "default": "company"}
    assert '"Yes" = "TODO"' not in text and '"Yes" =' not in text
    record = _mapped(text, extraction, tmp_path)
    for path in ("benefit", "visitation", "mentor", "period", "citizen"):
        assert record[path] == expected[path], path


def test_boxes_labelled_under_them_and_a_radio_group_left_captioned(tmp_path: Path) -> None:
    text, extraction, expected = _golden("taarnby", "placement_uddannelseshjaelp")
    fields = drafted_fields(text)
    assert fields["benefit"]["sources"] == [f"ydelse_{n}" for n in range(1, 6)]
    assert fields["benefit"]["transforms"][0]["values"]["ydelse_5"] == "ressourceforloebsydelse"
    assert fields["visitation"]["transforms"][0]["values"] == {
        "J": "jobparat",
        "A": "aktivitetsparat",
        "U": "uddannelsesparat",
        "Off": "",
    }
    record = _mapped(text, extraction, tmp_path)
    for path in ("benefit", "visitation", "mentor"):
        assert record[path] == expected[path], path


def test_a_column_of_boxes_with_no_caption_is_named_by_its_printed_words(tmp_path: Path) -> None:
    text, extraction, expected = _golden("taarnby", "placement_end")
    fields = drafted_fields(text)
    assert tomllib.loads(text)["forms"][0]["form_type"] == "placement_end"
    assert fields["outcome"]["transforms"][0]["values"]["aarsag_flex"] == "flexjob"
    assert _mapped(text, extraction, tmp_path)["outcome"] == expected["outcome"]


def test_forms_sharing_generic_field_names_are_recognised_by_their_printed_titles(tmp_path: Path) -> None:
    placement, _, _ = _golden("hvidovre", "placement_kontanthjaelp")
    end, extraction, _ = _golden("hvidovre", "placement_end")
    for text in (placement, end):
        recognise = tomllib.loads(text)["forms"][0]["recognise"]
        assert "fields" not in recognise  # Tekstfelt13, Gruppe1 ... are on both forms
    assert tomllib.loads(end)["forms"][0]["recognise"] == {
        "title": "Ophør af praktik - Jobcenter Hvidovre (HV-P4)"
    }
    both = validate_config(
        tomllib.loads(header(**HVIDOVRE) + placement + end.replace('id = "placement_end"', 'id = "end"')),
        tmp_path / "hvidovre.toml",
    )
    assert both.recognise(extraction, "x.pdf").id == "end"


XML = b"""<?xml version="1.0" encoding="utf-8"?>
<Afslutning xmlns="urn:example:afslutning" version="2">
  <Borger><CPR>0101901234</CPR></Borger>
  <Arbejdssted><PNummer>1012341234</PNummer></Arbejdssted>
  <Ophoersdato>30.10.2026</Ophoersdato>
  <Aarsag kode="FLEX">Fleksjob</Aarsag>
</Afslutning>
"""


def test_xml_never_takes_version_for_the_outcome_and_prefers_the_code(tmp_path: Path) -> None:
    text, extraction = _draft(XML, "afslutning.xml")
    fields = drafted_fields(text)
    assert fields["outcome"]["source"] == "/d:Afslutning/d:Aarsag/@kode"
    assert fields["outcome"]["transforms"][0]["values"] == {"FLEX": "flexjob"}  # guessed from "Fleksjob"
    assert '# source = "/d:Afslutning/@version"' in text  # left to a person, commented out
    record = _mapped(text, extraction, tmp_path)
    assert record["outcome"] == "flexjob" and record["ended_on"] == "2026-10-30"


def test_a_p_number_is_not_masked_but_a_cpr_number_is() -> None:
    text, _ = _draft(XML, "afslutning.xml")
    assert "seen: 1012341234" in text  # 10 digits that read as a date, in a P-number field
    assert "0101901234" not in text and "010190-XXXX" in text


EXPORT = (
    "Cpr;Navn;Pnr;Startdato;Slutdato;Timer pr uge\n"
    "0101901234;Hans Hansen;1900000101;03.08.2026;01.11.2026;18,5\n"
    "0202024321;Grete Jensen;1900000101;10.08.2026;08.11.2026;12\n"
)
ONE_ROW = "Cpr;Pnr;Ophørsdato;Årsag\n0101901234;1900000101;30.10.2026;Fleksjob\n"
TRAILER = "Timeseddel\nCPR-nr.;0101901234\nDato;Timer\n03.08.2026;2,5\n04.08.2026;3\nUnderskrevet af;Mette\n"


def test_one_citizen_a_row_drafts_an_item_rule_and_column_selectors(tmp_path: Path) -> None:
    text, _ = _draft(EXPORT.encode(), "eksport.csv")
    form = tomllib.loads(text)["forms"][0]
    assert form["items"] == {"key": "Cpr"}
    assert drafted_fields(text)["period.start"]["source"] == "column:Startdato"
    assert len(drafted_config(text, tmp_path, **HVIDOVRE).forms[0].fields) >= 5


def test_a_header_over_one_record_drafts_under_selectors(tmp_path: Path) -> None:
    text, extraction = _draft(ONE_ROW.encode(), "ophoer.csv")
    assert tomllib.loads(text)["forms"][0]["form_type"] == "placement_end"  # from its outcome column
    assert drafted_fields(text)["ended_on"]["source"] == "under:Ophørsdato"
    config = drafted_config(text, tmp_path, **HVIDOVRE)
    record = map_form(extraction, config.recognise(extraction, "o.csv"), "0" * 64, "o.csv", "167").record
    assert record["ended_on"] == "2026-10-30" and record["outcome"] == "flexjob"


def test_a_list_running_into_a_trailer_ends_before_it() -> None:
    """A timesheet's days straight above its signature: the list's `stop` is drafted, as an item table's
    is (decision 0060, "Eighth trial"); it was a warning asking the person to write it."""
    text, _ = _draft(TRAILER.encode(), "timeseddel.csv")
    assert tomllib.loads(text)["forms"][0]["lists"][0]["stop"] == {"label": "Underskrevet af"}
    assert "runs straight into" not in text
    blank = TRAILER.replace("Underskrevet af", "\nUnderskrevet af")
    assert "stop" not in tomllib.loads(_draft(blank.encode(), "timeseddel.csv")[0])["forms"][0]["lists"][0]
