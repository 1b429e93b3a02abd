"""A last guard before anything reaches the company: CPR-like numbers in free text are masked.

The export and the form have no field for a CPR number, but names and site names are typed by people,
and a caseworker who pastes "Anna Hansen 010190-1234" into a name field would otherwise send the number
on. Every writer passes its input through here first, and the whole number goes, birth date included.
Identifiers (participant id, P-number, CVR) are left alone: they are not free text, and a P-number may
look like a CPR number without being one. Interns and due items stay lazy: they are masked one by one
as the writer pulls them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from hub.exports.company_form_model import CompanyFormSpec, FormIntern
from hub.exports.company_model import CompanyExport, CompanyGap, Intern, Person, SiteOccupancy
from hub.pseudonyms import MASKED_WHOLLY, mask_cpr_like

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

Masked = TypeVar("Masked", bound="DataclassInstance")


def _mask(text: str) -> str:
    # Wholly, not as DDMMYY-XXXX (`pseudonyms.mask_cpr_like`): the birth date is no business of the company.
    # Through `mask_cpr_like`, not `CPR_LIKE` alone: it folds fullwidth digits and invisible spaces first.
    return mask_cpr_like(text, MASKED_WHOLLY)


def redact_export(export: CompanyExport) -> CompanyExport:
    """The export with every free-text value masked; interns and due items masked as they are read."""
    return replace(
        export,
        agreement_name=_mask(export.agreement_name),
        company_name=_mask(export.company_name),
        sites=tuple(_site(site) for site in export.sites),
        contact=_person(export.contact),
        backup=_person(export.backup) if export.backup else None,
        company_contact=_person(export.company_contact),
        interns=(_intern(intern) for intern in export.interns),
        due=(replace(item, name=_mask(item.name)) for item in export.due),
        gaps=(_gap(gap) for gap in export.gaps),
    )


def redact_form(spec: CompanyFormSpec) -> CompanyFormSpec:
    """The form's specification with every free-text value masked."""
    return replace(
        spec,
        agreement_name=_mask(spec.agreement_name),
        company_name=_mask(spec.company_name),
        contact=_person(spec.contact),
        interns=tuple(_form_intern(intern) for intern in spec.interns),
    )


# Each kind's free-text fields, masked one by one (`_masked`); identifiers are left alone.
_PERSON = ("name", "organisation")
_SITE = ("name",)
_INTERN = ("name", "municipality", "site_name", "mentor_name")
# A gap's reasons are the hub's own words with hours, weeks and days in them; masked all the same, as the
# last guard is for everything that reaches the company.
_GAP = ("name", "municipality", "reason_en", "reason_da")
_FORM_INTERN = ("name", "site_name", "mentor_name")


def _masked(value: Masked, names: tuple[str, ...]) -> Masked:
    """`value` with its free-text fields `names` masked."""
    return replace(value, **{name: _mask(getattr(value, name)) for name in names})


def _person(person: Person) -> Person:
    return _masked(person, _PERSON)


def _site(site: SiteOccupancy) -> SiteOccupancy:
    return _masked(site, _SITE)


def _intern(intern: Intern) -> Intern:
    return _masked(intern, _INTERN)


def _gap(gap: CompanyGap) -> CompanyGap:
    return _masked(gap, _GAP)


def _form_intern(intern: FormIntern) -> FormIntern:
    return _masked(intern, _FORM_INTERN)
