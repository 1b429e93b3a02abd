"""The agreement schema (hub/schemas/agreement.py) and every file in config/agreements/."""

import copy
from pathlib import Path

import pytest
from marshmallow import ValidationError

from hub.schemas.agreement import load_agreement, load_agreement_file
from hub.schemas.amounts import Hours
from hub.schemas.messages import problems_from_validation
from hub.schemas.records import flatten_errors

AGREEMENTS = Path(__file__).resolve().parents[2] / "config" / "agreements"
FILES = sorted(AGREEMENTS.glob("*.toml"))


def cvr_checksum(cvr: str) -> int:
    return sum(w * int(d) for w, d in zip((2, 7, 6, 5, 4, 3, 2, 1), cvr, strict=True)) % 11


def contact(name, municipality=None):
    found = {"name": name, "email": f"{name.lower()}@example.dk", "phone": "20000000"}
    return found | ({"municipality_code": municipality} if municipality else {})


def agreement():
    """A small valid agreement in loose input forms (slugs, 4-digit codes, local phone numbers)."""
    return {
        "id": "test-partnership",
        "name": "Test",
        "company": {"cvr": "22222228", "name": "Firma"},
        "lead_municipality": "gentofte",
        "partner_municipalities": ["0173"],
        "cooperation_model": "fixed_places",
        "sites": [
            {"p_number": "1900000201", "name": "A", "places": 4},
            {"p_number": "1900000202", "name": "B", "places": 2},
        ],
        "contacts": {
            "company": {"primary": contact("Morten"), "backup": contact("Hanne")},
            "jobcentre": {"primary": contact("Jens", "157"), "backup": contact("Karen", "lyngby-taarbaek")},
        },
        "mentor": {"model": "social_mentor", "description": "Full time"},
        "payment": {
            "basis": "fixed_per_place",
            "hourly_rate_dkk": "275",
            "hours_per_week": "6.25",
            "places_per_municipality": {"gentofte": 3, "173": 3},
        },
    }


def errors_of(data):
    with pytest.raises(ValidationError) as caught:
        load_agreement(data)
    return flatten_errors(caught.value.messages)


def test_there_are_agreement_files():
    assert len(FILES) >= 4


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_agreement_file_loads(path):
    loaded = load_agreement_file(path)
    assert loaded["id"] == path.stem
    assert cvr_checksum(loaded["company"]["cvr"]) == 0


def test_the_four_seed_agreements_exist():
    ids = {load_agreement_file(p)["id"] for p in FILES}
    assert {"falck-hovedstaden", "brfkredit", "danfoss", "falck-randers"} <= ids


def test_falck_hovedstaden_terms():
    a = load_agreement_file(AGREEMENTS / "falck-hovedstaden.toml")
    # Gladsaxe leads Ballerup, Herlev, Høje-Taastrup and Furesø.
    assert a["lead_municipality"] == "159"
    assert sorted(a["partner_municipalities"]) == ["151", "163", "169", "190"]
    assert a["cooperation_model"] == "cluster"
    # Its four stations, "ten standing places": Søborg 3, Ballerup 3, Taastrup 2, Farum 2.
    assert [(s["p_number"], s["places"]) for s in a["sites"]] == [
        ("1900000101", 3),
        ("1900000102", 3),
        ("1900000103", 2),
        ("1900000104", 2),
    ]
    assert a["payment"] == {"basis": "occupied_places", "hourly_rate_dkk": "275.00", "hours_per_week": "3.0"}


def test_brfkredit_terms():
    a = load_agreement_file(AGREEMENTS / "brfkredit.toml")
    assert (a["lead_municipality"], a["partner_municipalities"]) == ("157", ["173"])
    assert sum(s["places"] for s in a["sites"]) == 6
    assert a["mentor"]["model"] == "social_mentor"
    assert a["payment"]["basis"] == "fixed_per_place"
    assert a["payment"]["hourly_rate_dkk"] == "275.00"
    assert a["payment"]["places_per_municipality"] == {"157": 3, "173": 3}


def test_danfoss_terms():
    a = load_agreement_file(AGREEMENTS / "danfoss.toml")
    assert (a["lead_municipality"], a["partner_municipalities"]) == ("540", [])
    assert {s["name"]: s["places"] for s in a["sites"]} == {
        "Danfoss Nordborg": 4,
        "Danfoss Drives Gråsten": 2,
    }
    assert a["mentor"]["model"] == "jobcentre_mentor"
    assert a["payment"] == {"basis": "none"}


def test_falck_randers_terms():
    a = load_agreement_file(AGREEMENTS / "falck-randers.toml")
    assert (a["lead_municipality"], a["partner_municipalities"]) == ("730", [])
    assert sum(s["places"] for s in a["sites"]) == 4
    assert a["payment"]["basis"] == "occupied_places"
    assert a["payment"]["hourly_rate_dkk"] == "275.00"


def test_inputs_normalised():
    a = load_agreement(agreement())
    assert a["lead_municipality"] == "157"
    assert a["partner_municipalities"] == ["173"]
    assert a["contacts"]["jobcentre"]["backup"]["municipality_code"] == "173"
    assert a["contacts"]["company"]["primary"]["phone"] == "+4520000000"
    assert a["payment"]["hourly_rate_dkk"] == "275.00"
    assert a["payment"]["places_per_municipality"] == {"157": 3, "173": 3}


def test_partners_default_to_none():
    data = agreement()
    del data["partner_municipalities"]
    data["payment"]["places_per_municipality"] = {"157": 6}
    data["contacts"]["jobcentre"]["backup"]["municipality_code"] = "157"
    assert load_agreement(data)["partner_municipalities"] == []


def test_lead_cannot_be_a_partner():
    data = agreement() | {"partner_municipalities": ["0173", "157"]}
    assert list(errors_of(data)) == ["partner_municipalities.1"]


def test_duplicate_partner_in_two_spellings():
    data = agreement() | {"partner_municipalities": ["173", "lyngby-taarbaek"]}
    assert list(errors_of(data)) == ["partner_municipalities.1"]


def test_unknown_municipality():
    assert list(errors_of(agreement() | {"lead_municipality": "0999"})) == ["lead_municipality"]


def test_duplicate_p_numbers():
    data = agreement()
    data["sites"][1]["p_number"] = "1900000201"
    assert list(errors_of(data)) == ["sites.1.p_number"]


@pytest.mark.parametrize("places", [0, -1, "2", 1.5])
def test_site_places_positive_integer(places):
    data = agreement()
    data["sites"][0]["places"] = places
    assert list(errors_of(data)) == ["sites.0.places"]


def test_basis_none_must_not_carry_a_rate():
    data = agreement()
    data["payment"] = {"basis": "none", "hourly_rate_dkk": "275.00"}
    assert list(errors_of(data)) == ["payment.hourly_rate_dkk"]


def test_basis_none_alone_is_fine():
    data = agreement()
    data["payment"] = {"basis": "none"}
    assert load_agreement(data)["payment"] == {"basis": "none"}


def test_paid_basis_needs_rate_and_hours():
    data = agreement()
    data["payment"] = {"basis": "occupied_places"}
    assert set(errors_of(data)) == {"payment.hourly_rate_dkk", "payment.hours_per_week"}


def test_fixed_per_place_needs_places_per_municipality():
    data = agreement()
    del data["payment"]["places_per_municipality"]
    assert list(errors_of(data)) == ["payment.places_per_municipality"]


def test_places_per_municipality_cannot_exceed_places():
    data = agreement()
    data["payment"]["places_per_municipality"] = {"157": 4, "173": 3}  # 7 > 4 + 2
    errors = errors_of(data)
    assert list(errors) == ["payment.places_per_municipality"]
    assert "7 places allotted but the sites have 6" in errors["payment.places_per_municipality"]


def test_places_per_municipality_only_for_members():
    data = agreement()
    data["payment"]["places_per_municipality"] = {"157": 3, "159": 3}
    assert list(errors_of(data)) == ["payment.places_per_municipality"]


def test_places_per_municipality_one_key_twice():
    data = agreement()
    data["payment"]["places_per_municipality"] = {"157": 3, "gentofte": 3}
    assert list(errors_of(data)) == ["payment.places_per_municipality"]


def test_jobcentre_primary_contact_is_the_lead():
    data = agreement()
    data["contacts"]["jobcentre"]["primary"]["municipality_code"] = "173"
    assert list(errors_of(data)) == ["contacts.jobcentre.primary.municipality_code"]


def test_jobcentre_backup_from_the_agreement():
    data = agreement()
    data["contacts"]["jobcentre"]["backup"]["municipality_code"] = "159"
    assert list(errors_of(data)) == ["contacts.jobcentre.backup.municipality_code"]


@pytest.mark.parametrize(
    "path",
    [(), ("company",), ("contacts", "company", "primary"), ("payment",), ("mentor",), ("sites", 0)],
)
def test_unknown_fields_rejected_at_every_level(path):
    data = agreement()
    target = data
    for key in path:
        target = target[key]
    target["extra"] = 1
    assert list(errors_of(data)) == [".".join([*map(str, path), "extra"])]


@pytest.mark.parametrize(
    ("key", "value"),
    [("id", "Falck Hovedstaden"), ("cooperation_model", "klynge"), ("sites", [])],
)
def test_field_rules(key, value):
    assert list(errors_of(agreement() | {key: value})) == [key]


def test_mentor_model_enum():
    data = agreement()
    data["mentor"]["model"] = "buddy"
    assert list(errors_of(data)) == ["mentor.model"]


def test_company_cvr_check_digit():
    data = agreement()
    data["company"]["cvr"] = "22222227"
    assert errors_of(data) == {"company.cvr": ["CVR check digit is wrong"]}


def test_agreement_must_be_an_object():
    with pytest.raises(ValidationError):
        load_agreement([])  # type: ignore[arg-type]


def test_input_not_mutated():
    data = agreement()
    before = copy.deepcopy(data)
    load_agreement(data)
    assert data == before


@pytest.mark.parametrize(
    ("key", "value", "english", "danish"),
    [
        # The column is Numeric(6, 2): "2.125" would be stored as 2.12 on SQLite and 2.13 on PostgreSQL.
        (
            "hours_per_week",
            "2.125",
            "hours have more than 2 decimals: 2.125",
            "Timetallet har mere end 2 decimaler: 2,125.",
        ),
        ("hourly_rate_dkk", "275.005", "amount has more than two decimals: 275.005", None),
        # Numeric(10, 2) holds at most 99999999.99.
        (
            "hourly_rate_dkk",
            "100000000",
            "amount 100000000.00 exceeds 99999999.99",
            "Beløbet 100.000.000 overstiger 99.999.999,99.",
        ),
    ],
)
def test_terms_with_more_than_the_columns_keep_are_refused_naming_the_field(key, value, english, danish):
    data = agreement()
    data["payment"][key] = value
    assert errors_of(data) == {f"payment.{key}": [english]}
    with pytest.raises(ValidationError) as caught:
        load_agreement(data)
    [problem] = problems_from_validation(caught.value.messages)
    assert problem.field == f"payment.{key}"
    if danish is not None:
        assert problem.reason_da == danish


def test_two_decimals_of_hours_are_kept_as_given():
    data = agreement()
    data["payment"]["hours_per_week"] = "2.25"
    assert load_agreement(data)["payment"]["hours_per_week"] == "2.25"


def test_a_record_s_hours_keep_their_four_decimals():
    # The canonical records keep their numbers as text in JSON, not in a Numeric(6, 2) column: unchanged.
    assert Hours().deserialize("2.125") == "2.125"


def test_effective_from_is_an_optional_iso_date():
    data = agreement()
    assert "effective_from" not in load_agreement(data)["payment"]
    data["payment"]["effective_from"] = "2027-01-01"
    assert load_agreement(data)["payment"]["effective_from"] == "2027-01-01"
    data["payment"]["effective_from"] = "01-01-2027"
    assert list(errors_of(data)) == ["payment.effective_from"]
