"""The partnership agreement (partnerskabsaftale) schema: company, municipalities, sites, contacts, payment.

The lead job centre enters an agreement or loads it from `config/agreements/<id>.toml`; both go through
`load_agreement`, which returns the canonical dict with 3-digit municipality codes.
"""

from __future__ import annotations

import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

from marshmallow import RAISE, Schema, ValidationError, fields, validates_schema
from marshmallow.validate import Length, Range, Regexp

from hub.schemas.amounts import Hours, Money
from hub.schemas.choices import Choice
from hub.schemas.dates import IsoDate
from hub.schemas.fields import Cvr, Email, MunicipalityCode, Phone, PNumber, Text

COOPERATION_MODELS = ("fixed_places", "standing_offer", "on_demand", "cluster")
MENTOR_MODELS = ("company_mentor", "social_mentor", "jobcentre_mentor")
PAYMENT_BASES = ("occupied_places", "fixed_per_place", "none")
MAX_RATE = Decimal("99999999.99")  # the most `agreements.hourly_rate_dkk`, Numeric(10, 2), holds


class _Strict(Schema):
    class Meta:
        unknown = RAISE


class CompanySchema(_Strict):
    cvr = Cvr(required=True)
    name = Text(required=True)


class SiteSchema(_Strict):
    p_number = PNumber(required=True)
    name = Text(required=True)
    places = fields.Integer(required=True, strict=True, validate=Range(min=1))


class ContactSchema(_Strict):
    name = Text(required=True)
    email = Email(required=True)
    phone = Phone(required=True)


class JobcentreContactSchema(ContactSchema):
    municipality_code = MunicipalityCode(required=True)


class CompanyContactsSchema(_Strict):
    primary = fields.Nested(ContactSchema, required=True)
    backup = fields.Nested(ContactSchema)


class JobcentreContactsSchema(_Strict):
    primary = fields.Nested(JobcentreContactSchema, required=True)
    backup = fields.Nested(JobcentreContactSchema)


class ContactsSchema(_Strict):
    company = fields.Nested(CompanyContactsSchema, required=True)
    jobcentre = fields.Nested(JobcentreContactsSchema, required=True)


class MentorModelSchema(_Strict):
    model = fields.String(required=True, validate=Choice(MENTOR_MODELS))
    description = Text()


class PlacesPerMunicipality(fields.Dict):
    """{municipality: places}; keys normalised to 3-digit codes, and two spellings of one key refused."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(
            keys=fields.String(), values=fields.Integer(strict=True, validate=Range(min=0)), **kwargs
        )

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> dict[str, int]:
        loaded = super()._deserialize(value, attr, data, **kwargs)
        codes: dict[str, int] = {}
        key_field = MunicipalityCode()
        for key, places in loaded.items():
            code = key_field.deserialize(key)
            if code in codes:
                raise ValidationError(f"municipality {code} is given twice (as {key!r})")
            codes[code] = places
        return codes


class PaymentSchema(_Strict):
    basis = fields.String(required=True, validate=Choice(PAYMENT_BASES))
    # No more than the columns keep (Numeric(10, 2) and Numeric(6, 2)): a third decimal would be rounded
    # on storing, and differently on SQLite and PostgreSQL (decision 0063).
    hourly_rate_dkk = Money(max_amount=MAX_RATE)
    # Granted mentor hours per week per place (fixed_per_place) or per occupied place (occupied_places).
    hours_per_week = Hours(decimals=2)
    places_per_municipality = PlacesPerMunicipality()
    # The day these terms take effect when they differ from the stored ones (absent: the day of the load).
    effective_from = IsoDate()

    @validates_schema
    def _terms_fit_basis(self, data: dict[str, Any], **kwargs: Any) -> None:
        errors: dict[str, list[str]] = {}
        if data["basis"] == "none":
            for key in ("hourly_rate_dkk", "hours_per_week"):
                if key in data:
                    errors[key] = [f"basis none pays nothing, so it must not carry {key}"]
        else:
            for key in ("hourly_rate_dkk", "hours_per_week"):
                if key not in data:
                    errors[key] = [f"required when basis is {data['basis']}"]
        if data["basis"] == "fixed_per_place" and "places_per_municipality" not in data:
            errors["places_per_municipality"] = ["required when basis is fixed_per_place"]
        if errors:
            raise ValidationError(errors)


class AgreementSchema(_Strict):
    id = fields.String(required=True, validate=Regexp(r"^[a-z0-9]+(-[a-z0-9]+)*$", error="id must be a slug"))
    name = Text(required=True)
    company = fields.Nested(CompanySchema, required=True)
    lead_municipality = MunicipalityCode(required=True)
    partner_municipalities = fields.List(MunicipalityCode(), load_default=list)
    cooperation_model = fields.String(required=True, validate=Choice(COOPERATION_MODELS))
    sites = fields.List(fields.Nested(SiteSchema), required=True, validate=Length(min=1))
    contacts = fields.Nested(ContactsSchema, required=True)
    mentor = fields.Nested(MentorModelSchema, required=True)
    payment = fields.Nested(PaymentSchema, required=True)

    @validates_schema
    def _consistent(self, data: dict[str, Any], **kwargs: Any) -> None:
        errors: dict[str, Any] = {}
        lead, partners = data["lead_municipality"], data["partner_municipalities"]
        partner_errors: dict[int, list[str]] = {}
        for index, code in enumerate(partners):
            if code == lead:
                partner_errors[index] = [f"{code} is the lead municipality and cannot also be a partner"]
            elif code in partners[:index]:
                partner_errors[index] = [f"{code} is listed twice"]
        if partner_errors:
            errors["partner_municipalities"] = partner_errors
        site_errors: dict[int, Any] = {}
        for index, site in enumerate(data["sites"]):
            if site["p_number"] in (s["p_number"] for s in data["sites"][:index]):
                site_errors[index] = {"p_number": [f"P-number {site['p_number']} is listed twice"]}
        if site_errors:
            errors["sites"] = site_errors
        members = {lead, *partners}
        allotted = data["payment"].get("places_per_municipality")
        if allotted is not None:
            problems = [
                f"{code} is not a municipality of this agreement" for code in allotted if code not in members
            ]
            total_places = sum(site["places"] for site in data["sites"])
            if sum(allotted.values()) > total_places:
                problems.append(f"{sum(allotted.values())} places allotted but the sites have {total_places}")
            if problems:
                errors["payment"] = {"places_per_municipality": problems}
        jobcentre = data["contacts"]["jobcentre"]
        contact_errors: dict[str, Any] = {}
        if jobcentre["primary"]["municipality_code"] != lead:
            # The company's one contact at the job centres is the lead's.
            contact_errors["primary"] = {
                "municipality_code": [f"the primary contact must be from the lead ({lead})"]
            }
        if "backup" in jobcentre and jobcentre["backup"]["municipality_code"] not in members:
            contact_errors["backup"] = {"municipality_code": ["not a municipality of this agreement"]}
        if contact_errors:
            errors["contacts"] = {"jobcentre": contact_errors}
        if errors:
            raise ValidationError(errors)


def load_agreement(data: dict[str, Any]) -> dict[str, Any]:
    """Validate an agreement and return it normalised; ValidationError messages are keyed by path."""
    if not isinstance(data, dict):
        raise ValidationError({"_schema": ["an agreement must be an object"]})
    loaded: dict[str, Any] = AgreementSchema().load(data)
    return loaded


def load_agreement_file(path: str | Path) -> dict[str, Any]:
    """Read one agreement TOML file and validate it with `load_agreement`."""
    with open(path, "rb") as handle:
        return load_agreement(tomllib.load(handle))
