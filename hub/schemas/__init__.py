"""The canonical contract: record and agreement schemas, Danish field types, the 98 municipalities."""

from hub.schemas.agreement import AgreementSchema, load_agreement, load_agreement_file
from hub.schemas.cpr import cpr_birth_date, cpr_is_male
from hub.schemas.municipalities import (
    all_municipalities,
    municipality_name,
    municipality_slug,
    normalise_municipality,
)
from hub.schemas.records import (
    BENEFITS,
    FORM_TYPES,
    OUTCOMES,
    SCHEMA_VERSION,
    VISITATIONS,
    flatten_errors,
    load_record,
    load_records,
)

__all__ = [
    "BENEFITS",
    "FORM_TYPES",
    "OUTCOMES",
    "SCHEMA_VERSION",
    "VISITATIONS",
    "AgreementSchema",
    "all_municipalities",
    "cpr_birth_date",
    "cpr_is_male",
    "flatten_errors",
    "load_agreement",
    "load_agreement_file",
    "load_record",
    "load_records",
    "municipality_name",
    "municipality_slug",
    "normalise_municipality",
]
