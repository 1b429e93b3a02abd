"""The canonical contract: record and agreement schemas, Danish field types, the 98 municipalities."""

from typing import TYPE_CHECKING

from hub.lazy_names import lazy_names

if TYPE_CHECKING:
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

# Each name's module, imported on first use: `hub.errors` (which every reader child and every `hub`
# command imports) needs only `hub.schemas.field_names`, and importing this package's schemas with it
# (marshmallow's validators, the agreement and record schemas) cost each process a sixth of a CPU-second.
_MODULES = {
    "AgreementSchema": "agreement",
    "load_agreement": "agreement",
    "load_agreement_file": "agreement",
    "cpr_birth_date": "cpr",
    "cpr_is_male": "cpr",
    "all_municipalities": "municipalities",
    "municipality_name": "municipalities",
    "municipality_slug": "municipalities",
    "normalise_municipality": "municipalities",
    "BENEFITS": "records",
    "FORM_TYPES": "records",
    "OUTCOMES": "records",
    "SCHEMA_VERSION": "records",
    "VISITATIONS": "records",
    "flatten_errors": "records",
    "load_record": "records",
    "load_records": "records",
}


__getattr__ = lazy_names(__name__, _MODULES)


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
