"""The XML and spreadsheet municipalities' simulators: a canonical record, written their way and printed as
their file, comes back unchanged through the real adapter; the golden inputs are exactly what the fixture
script prints today; and each file really is in its municipality's dialect.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from typing import Any

import openpyxl
import pytest
from pipeline import GOLDEN, ingest, repository_registry
from simulator_support import (
    check_every_form_type_has_a_golden_file,
    check_golden_inputs_reproduced,
    golden_cases,
)

from hub.adapters.language.registry import Registry
from hub.adapters.readers import extract
from hub.adapters.readers.safexml import load_xsd, parse_xml, validate
from hub.demo.simulators import simulator
from hub.errors import Rejection

DATA_MUNICIPALITIES = ("hoeje-taastrup", "lyngby-taarbaek", "herlev", "furesoe", "soenderborg")
HT_PLACEMENT = GOLDEN / "hoeje-taastrup" / "placement.xml"


@pytest.fixture(scope="module")
def registry() -> Registry:
    """Every municipality config of the repository."""
    return repository_registry()


CASES = golden_cases(DATA_MUNICIPALITIES)
EXTENSIONS = {"hoeje-taastrup": "xml", "lyngby-taarbaek": "xml", "herlev": "csv", "furesoe": "xlsx",
              "soenderborg": "csv"}  # fmt: skip


def test_every_form_type_a_municipality_sends_has_a_golden_file() -> None:
    check_every_form_type_has_a_golden_file(DATA_MUNICIPALITIES)


def test_simulators_print_the_forms_of_their_config(registry: Registry) -> None:
    for slug in DATA_MUNICIPALITIES:
        config = registry.get(slug)
        for form_type, form_id in simulator(slug).FORMS.items():
            form = config.form(form_id)
            assert (form.form_type, form.format) == (form_type, EXTENSIONS[slug])


@pytest.mark.parametrize(("slug", "record"), CASES)
def test_round_trip(registry: Registry, slug: str, record: dict[str, Any]) -> None:
    sim = simulator(slug)
    data = sim.render(record["form_type"], sim.localise(record["form_type"], record))
    assert ingest(registry, slug, data, f"{record['form_type']}.{EXTENSIONS[slug]}") == record


@pytest.mark.parametrize(
    ("benefit", "visitation", "code"),
    [
        ("kontanthjaelp", "aktivitetsparat", "KH-AP"),
        ("kontanthjaelp", "jobparat", "KH-JP"),
        ("uddannelseshjaelp", "uddannelsesparat", "UH-UP"),
        ("uddannelseshjaelp", "aktivitetsparat", "UH-AP"),
        ("sygedagpenge", None, "SDP"),
        ("ledighedsydelse", None, "LY"),
        ("ressourceforloebsydelse", None, "RF"),
        ("selvforsoergende", None, "SF"),
        ("unknown", None, "UKENDT"),
    ],
)
def test_hoeje_taastrup_one_local_code_gives_benefit_and_visitation(
    registry: Registry, benefit: str, visitation: str | None, code: str
) -> None:
    record = json.loads((GOLDEN / "hoeje-taastrup" / "placement.expected.json").read_text(encoding="utf-8"))
    record |= {"benefit": benefit, "visitation": visitation}
    sim = simulator("hoeje-taastrup")
    local = sim.localise("placement", record)
    assert local["Borger/Ydelseskode"] == code
    assert ingest(registry, "hoeje-taastrup", sim.render("placement", local), "praktikaftale.xml") == record


def test_golden_inputs_are_reproduced_byte_for_byte() -> None:
    check_golden_inputs_reproduced("make_fixtures_data", at_least=25)


def test_reader_options_of_the_config_read_the_same_values(registry: Registry) -> None:
    """The sniffed reading (as ingestion does it) equals the reading with the form's declared options."""
    for slug in ("herlev", "soenderborg", "furesoe"):
        config = registry.get(slug)
        for path in sorted((GOLDEN / slug).glob(f"*.{EXTENSIONS[slug]}")):
            data = path.read_bytes()
            form = config.recognise(extract(data, path.name), path.name)
            sniffed = {v.key: v.value for v in extract(data, path.name).values}
            declared = {v.key: v.value for v in extract(data, path.name, dict(form.reader)).values}
            assert {k: v for k, v in sniffed.items() if k in declared} == declared, path


def test_hoeje_taastrup_placement_validates_against_its_xsd(registry: Registry) -> None:
    form = registry.get("hoeje-taastrup").form("praktikaftale")
    assert form.xsd_path is not None and form.xsd_path.is_file()
    schema = load_xsd(form.xsd_path)
    for path in (HT_PLACEMENT, GOLDEN / "hoeje-taastrup" / "placement_sygedagpenge.xml"):
        validate(parse_xml(path.read_bytes(), path.name), schema, path.name)


@pytest.mark.parametrize(
    ("good", "bad"),
    [
        (b">KH-AP<", b">KH-XX<"),
        (b"<TimerPrUge>18.5<", b"<TimerPrUge>18,5<"),
        (b'version="1"', b'version="2"'),
    ],
)
def test_hoeje_taastrup_placement_off_its_xsd_is_rejected(
    registry: Registry, good: bytes, bad: bytes
) -> None:
    broken = HT_PLACEMENT.read_bytes().replace(good, bad)
    assert broken != HT_PLACEMENT.read_bytes()
    with pytest.raises(Rejection, match="does not match the schema"):
        ingest(registry, "hoeje-taastrup", broken, "praktikaftale.xml")


def test_xml_dialects() -> None:
    ht = parse_xml(HT_PLACEMENT.read_bytes(), HT_PLACEMENT.name)
    assert ht.nsmap == {None: "urn:dk:hoeje-taastrup:jobcenter:praktik:1"} and set(ht.attrib) == {"version"}
    lt = parse_xml((GOLDEN / "lyngby-taarbaek" / "mentor_hours.xml").read_bytes(), "mentor_hours.xml")
    assert lt.prefix == "lt" and lt.get("cpr") == "050799-2123"
    days = lt.findall("{http://lyngby-taarbaek.dk/ns/virksomhedspraktik/2}Dag")
    assert [(d.get("dato"), d.get("timer")) for d in days][:2] == [
        ("03.08.2026", "1,5"),
        ("05.08.2026", "1,5"),
    ]


def test_herlev_is_cp1252_with_semicolons_and_a_signature_trailer() -> None:
    data = (GOLDEN / "herlev" / "mentor_hours.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    rows = list(csv.reader(io.StringIO(data.decode("cp1252")), delimiter=";"))
    assert rows[0] == ["Mentortimer - Jobcenter Herlev"]
    assert ["Dato", "Timer", "Bemærkning"] in rows and ["10-08-2026", "1,5", "Opstart og rundvisning"] in rows
    assert rows[-2:] == [[], ["Underskrevet af", "Hans Jensen", "01-09-2026"]]


def test_soenderborg_is_utf8_with_bom_commas_and_quoted_decimals() -> None:
    data = (GOLDEN / "soenderborg" / "placement.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbfCpr,Fornavn,")
    assert b',"18,5",' in data and b",3/8-2026,29/1-2027," in data
    header, row = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(header) == len(row) and dict(zip(header, row, strict=True))["TimerPrUge"] == "18,5"


def test_furesoe_workbook_holds_real_dates_and_numbers() -> None:
    book = openpyxl.load_workbook(io.BytesIO((GOLDEN / "furesoe" / "placement.xlsx").read_bytes()))
    sheet = book["Ark1"]
    values = {row[0]: row[1] for row in sheet.iter_rows(min_row=2, values_only=True) if row[0]}
    assert sheet["A1"].value == "Aftale om virksomhedspraktik"
    assert values["Startdato"] == datetime(2026, 9, 7) and values["Timer pr. uge"] == 12
    assert values["P-nummer"] == 1900000104 and values["CPR-nummer"] == "300195-1248"
    hours = openpyxl.load_workbook(io.BytesIO((GOLDEN / "furesoe" / "mentor_hours.xlsx").read_bytes()))
    rows = list(hours["Mentortimer"].iter_rows(values_only=True))
    assert ("Uge", "Timer") in rows and ("39/2026", 2.5) in rows
    assert rows[-1] == ("Mads Eksempel", datetime(2026, 9, 28))


@pytest.mark.parametrize(
    ("slug", "golden"),
    [
        ("lyngby-taarbaek", "hoeje-taastrup/placement.xml"),
        ("hoeje-taastrup", "lyngby-taarbaek/placement.xml"),
        ("soenderborg", "herlev/placement.csv"),
        ("herlev", "soenderborg/placement.csv"),
        ("furesoe", "herlev/placement_end.csv"),
    ],
)
def test_another_municipalitys_file_is_not_recognised(registry: Registry, slug: str, golden: str) -> None:
    path = GOLDEN / golden
    with pytest.raises(Rejection, match="not a form"):
        ingest(registry, slug, path.read_bytes(), path.name)
