"""The canonical record schemas (hub/schemas/records.py): one good record per form type, then each rule."""

import copy

import pytest
from marshmallow import ValidationError

from hub.schemas.messages import danish
from hub.schemas.records import BENEFITS, FORM_TYPES, OUTCOMES, flatten_errors, load_record, load_records

CITIZEN = {"cpr": "0101901234"}
SITE = {"p_number": "1900000101"}


def placement():
    """A placement in the loose input forms an adapter may hand over."""
    return {
        "form_type": "placement",
        "schema_version": 1,
        "municipality_code": "0159",
        "citizen": {"cpr": "010190-1234", "name": " Ida Jensen "},
        "company": {"cvr": "22222228", "name": "Falck Danmark"},
        "site": {"p_number": "1900000101", "name": "Falck Søborg"},
        "period": {"start": "2026-08-03", "end": "2026-11-01"},
        "hours_per_week": "18.50",
        "benefit": "kontanthjaelp",
        "visitation": "aktivitetsparat",
        "mentor": {"name": "Mads", "employer": "company"},
        "caseworker": {"name": "Anders", "email": "anders@gladsaxe.example.dk", "phone": "20 00 01 03"},
        "purpose": "Afklaring",
    }


def mentor_hours():
    return {
        "form_type": "mentor_hours",
        "schema_version": 1,
        "municipality_code": "159",
        "citizen": dict(CITIZEN),
        "site": dict(SITE),
        "mentor": {"name": "Mads"},
        "entries": [{"week": "2026-W32", "hours": "3"}, {"week": "2026-W33", "hours": "2.5"}],
        "total_hours": "5.50",
        "signed_by": "Mads",
        "signed_on": "2026-09-01",
    }


def others():
    base = {"schema_version": 1, "municipality_code": "151", "citizen": dict(CITIZEN), "site": dict(SITE)}
    return {
        "mentor_support": base
        | {
            "form_type": "mentor_support",
            "mentor": {"name": "Mads", "employer": "company"},
            "hours_per_week": 3,
            "hourly_rate_dkk": "275",
            "period": {"start": "2026-08-03", "end": "2026-11-01"},
            "granted_on": "2026-07-28",
        },
        "mentor_hours": mentor_hours(),
        "progress_report": base
        | {
            "form_type": "progress_report",
            "measured_on": "2026-09-15",
            "scores": {
                "attendance": 4,
                "punctuality": 3,
                "cooperation": 4,
                "task_solving": 3,
                "independence": 2,
            },
        },
        "placement_end": base
        | {"form_type": "placement_end", "ended_on": "2026-10-30", "outcome": "flexjob"},
    }


def errors_of(data):
    with pytest.raises(ValidationError) as caught:
        load_record(data)
    return flatten_errors(caught.value.messages)


def test_placement_normalised_to_canonical_formats():
    assert load_record(placement()) == {
        "form_type": "placement",
        "schema_version": 1,
        "municipality_code": "159",
        "citizen": {"cpr": "0101901234", "name": "Ida Jensen"},
        "company": {"cvr": "22222228", "name": "Falck Danmark"},
        "site": {"p_number": "1900000101", "name": "Falck Søborg"},
        "period": {"start": "2026-08-03", "end": "2026-11-01"},
        "hours_per_week": "18.5",
        "benefit": "kontanthjaelp",
        "visitation": "aktivitetsparat",
        "mentor": {"name": "Mads", "employer": "company"},
        "caseworker": {"name": "Anders", "email": "anders@gladsaxe.example.dk", "phone": "+4520000103"},
        "purpose": "Afklaring",
    }


def test_mentor_support_formats():
    loaded = load_record(others()["mentor_support"])
    assert (loaded["hours_per_week"], loaded["hourly_rate_dkk"], loaded["municipality_code"]) == (
        "3.0",
        "275.00",
        "151",
    )


def test_mentor_hours_formats():
    loaded = load_record(mentor_hours())
    assert loaded["entries"] == [{"week": "2026-W32", "hours": "3.0"}, {"week": "2026-W33", "hours": "2.5"}]
    assert loaded["total_hours"] == "5.5"


def test_an_unsigned_timesheet_is_stored_with_null_signature():
    loaded = load_record(mentor_hours() | {"signed_by": None, "signed_on": None})
    assert (loaded["signed_by"], loaded["signed_on"]) == (None, None)


def test_a_timesheet_must_still_say_whether_it_was_signed():
    data = mentor_hours()
    del data["signed_by"]
    assert list(errors_of(data)) == ["signed_by"]


@pytest.mark.parametrize("form_type", ["mentor_support", "mentor_hours", "progress_report", "placement_end"])
def test_other_forms_need_only_cpr_and_p_number(form_type):
    loaded = load_record(others()[form_type])
    assert loaded["citizen"] == CITIZEN and loaded["site"] == SITE
    assert loaded["form_type"] == form_type


def test_every_form_type_has_a_good_example():
    assert set(others()) | {"placement"} == set(FORM_TYPES)


@pytest.mark.parametrize("form_type", [None, "placements", "Placement", 7])
def test_unknown_form_type_is_keyed_form_type(form_type):
    data = placement() | {"form_type": form_type}
    assert list(errors_of(data)) == ["form_type"]


def test_missing_form_type_is_keyed_form_type():
    data = placement()
    del data["form_type"]
    assert list(errors_of(data)) == ["form_type"]


def test_schema_version_must_be_1():
    assert "schema_version" in errors_of(placement() | {"schema_version": 2})
    data = placement()
    del data["schema_version"]
    assert "schema_version" in errors_of(data)


@pytest.mark.parametrize(
    ("path", "expected_key"),
    [
        ((), "colour"),
        (("citizen",), "citizen.colour"),
        (("period",), "period.colour"),
        (("caseworker",), "caseworker.colour"),
    ],
)
def test_unknown_fields_rejected_at_every_level(path, expected_key):
    data = placement()
    target = data
    for key in path:
        target = target[key]
    target["colour"] = "red"
    assert list(errors_of(data)) == [expected_key]


def test_unknown_field_inside_a_list_entry():
    data = mentor_hours()
    data["entries"][1]["minutes"] = 30
    assert list(errors_of(data)) == ["entries.1.minutes"]


def test_placement_needs_citizen_name_other_forms_do_not():
    data = placement()
    del data["citizen"]["name"]
    assert list(errors_of(data)) == ["citizen.name"]


@pytest.mark.parametrize(
    "field",
    [
        "citizen",
        "company",
        "site",
        "period",
        "hours_per_week",
        "benefit",
        "visitation",
        "mentor",
        "caseworker",
    ],
)
def test_placement_required_fields(field):
    data = placement()
    del data[field]
    assert list(errors_of(data)) == [field]


def test_purpose_is_optional():
    data = placement()
    del data["purpose"]
    assert "purpose" not in load_record(data)


def test_visitation_may_be_null():
    assert load_record(placement() | {"benefit": "sygedagpenge", "visitation": None})["visitation"] is None


def test_enums():
    assert "benefit" in errors_of(placement() | {"benefit": "kontanthjælp"})
    assert "visitation" in errors_of(placement() | {"visitation": "ikke-parat"})
    assert "outcome" in errors_of(others()["placement_end"] | {"outcome": "job"})
    assert "mentor.employer" in errors_of(placement() | {"mentor": {"name": "M", "employer": "kommune"}})
    assert len(BENEFITS) == 7 and len(OUTCOMES) == 8


def test_site_needs_p_number():
    data = others()["placement_end"]
    data["site"] = {"name": "Falck Søborg"}
    assert list(errors_of(data)) == ["site.p_number"]


def test_bad_identifiers_are_keyed_by_path():
    data = placement()
    data["citizen"]["cpr"] = "3201901234"
    data["company"]["cvr"] = "22222227"
    data["municipality_code"] = "0411"
    errors = errors_of(data)
    assert set(errors) == {"citizen.cpr", "company.cvr", "municipality_code"}
    assert "day 32" in errors["citizen.cpr"][0]
    assert errors["company.cvr"] == ["CVR check digit is wrong"]


def test_period_end_before_start():
    data = placement()
    data["period"] = {"start": "2026-08-03", "end": "2026-08-02"}
    assert list(errors_of(data)) == ["period.end"]


def test_period_of_one_day_is_fine():
    data = placement()
    data["period"] = {"start": "2026-08-03", "end": "2026-08-03"}
    assert load_record(data)["period"]["end"] == "2026-08-03"


def test_total_hours_must_equal_sum_of_entries():
    data = mentor_hours() | {"total_hours": "6.0"}  # entries are 3 + 2.5 = 5.5
    errors = errors_of(data)
    assert list(errors) == ["total_hours"]
    assert "5.5" in errors["total_hours"][0]


def test_total_hours_compared_as_decimals():
    data = mentor_hours()
    data["entries"] = [{"week": "2026-W32", "hours": "0.1"}, {"week": "2026-W33", "hours": "0.2"}]
    # As floats 0.1 + 0.2 != 0.3; as decimals it is exact.
    assert load_record(data | {"total_hours": "0.3"})["total_hours"] == "0.3"


def test_entry_weeks_unique():
    data = mentor_hours()
    data["entries"][1]["week"] = "2026-W32"
    data["total_hours"] = "5.5"
    assert list(errors_of(data)) == ["entries.1.week"]


def test_entries_may_not_be_empty():
    assert "entries" in errors_of(mentor_hours() | {"entries": [], "total_hours": "0.0"})


def test_entry_hours_bounded_by_a_week():
    data = mentor_hours()
    data["entries"][0]["hours"] = "169"
    assert list(errors_of(data)) == ["entries.0.hours"]


@pytest.mark.parametrize("score", [0, 6, -1, 4.5, "4", True, None])
def test_scores_out_of_range(score):
    data = others()["progress_report"]
    data["scores"]["punctuality"] = score
    assert list(errors_of(data)) == ["scores.punctuality"]


@pytest.mark.parametrize("score", [1, 5])
def test_scores_bounds_accepted(score):
    data = others()["progress_report"]
    data["scores"]["independence"] = score
    assert load_record(data)["scores"]["independence"] == score


def test_scores_all_required():
    data = others()["progress_report"]
    del data["scores"]["task_solving"]
    assert list(errors_of(data)) == ["scores.task_solving"]


def test_record_must_be_an_object():
    with pytest.raises(ValidationError):
        load_record(["placement"])  # type: ignore[arg-type]


def test_load_records_keys_errors_by_index():
    good, bad = placement(), copy.deepcopy(others()["placement_end"])
    bad["ended_on"] = "30-10-2026"
    with pytest.raises(ValidationError) as caught:
        load_records([good, bad])
    assert flatten_errors(caught.value.messages) == {
        "1.ended_on": ["date must be YYYY-MM-DD, not '30-10-2026'"]
    }


def test_load_records_accepts_one_record_or_a_list():
    assert len(load_records(placement())) == 1
    assert [r["form_type"] for r in load_records([placement(), mentor_hours()])] == [
        "placement",
        "mentor_hours",
    ]


def test_flatten_errors():
    nested = {
        "citizen": {"cpr": ["bad"]},
        "entries": {0: {"hours": ["too many", "negative"]}},
        "period": {"_schema": ["odd"]},
        "_schema": ["top"],
    }
    assert flatten_errors(nested) == {
        "citizen.cpr": ["bad"],
        "entries.0.hours": ["too many", "negative"],
        "period": ["odd"],
        "_schema": ["top"],
    }


@pytest.mark.parametrize(
    "phone", ["010190-1234", "0101901234", "+46 010190-1234", "0046 010190 1234", "0045 0101901234"]
)
def test_a_cpr_number_in_a_phone_number_is_refused_unquoted(phone):
    """A case system sending a CPR number as the caseworker's phone through the API (decision 0060,
    "Stop 58: quiet-66"): a phone number is shown as written to a masking auditor, so it is refused at
    its field, in English and Danish, without quoting the number; a foreign code glued to it too."""
    record = placement()
    record["caseworker"]["phone"] = phone
    with pytest.raises(ValidationError) as caught:
        load_record(record)
    [(path, [reason])] = flatten_errors(caught.value.messages).items()
    assert path == "caseworker.phone"
    assert reason.startswith("holds what looks like a CPR number, not a phone number")
    assert danish(reason).startswith("Indeholder noget, der ligner et CPR-nummer, ikke et telefonnummer")
    assert "1234" not in reason
