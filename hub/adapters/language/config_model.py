"""A municipality's adapter config as frozen data, built from a file `config_schema` has validated.

`MunicipalityConfig.recognise` decides which of the municipality's forms a document is: exactly one
form must match, otherwise the document is rejected with the reason (none matched, or which ones did).
One form is a `config_form.FormConfig`, its parts (fields, lists, items, conditions) are in
`config_parts`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hub.adapters.language.claim_config import ClaimConfig
from hub.adapters.language.config_form import FormConfig, IndexCache
from hub.adapters.language.recognition import recognise
from hub.adapters.readers.base import Extraction


@dataclass(frozen=True)
class AuditRules:
    """What the municipality's auditor wants: claim period, CPR in bundles, retention, the evidence each
    claim line needs (the rules; False or None: not checked for this municipality)."""

    claim_period: str
    cpr_in_bundles: str
    retention_years: int
    grant_on_or_before_start: bool = False
    hours_signed_by_mentor: bool = False
    hours_within_grant: bool = False
    timesheet_every_month: bool = False
    progress_report_every_weeks: int | None = None
    end_form_within_days: int | None = None


@dataclass(frozen=True)
class MunicipalityConfig:
    """One municipality's adapter: identity, audit rules, the forms it sends and the claim it wants."""

    code: str
    slug: str
    name: str
    jobcentre: str
    audit: AuditRules
    forms: tuple[FormConfig, ...]
    claim: ClaimConfig | None = None  # the claim it wants back; None: it pays no mentor support
    path: Path | None = None
    raw: Mapping[str, Any] = field(default_factory=dict)

    def form(self, form_id: str) -> FormConfig:
        """Return the form with this id (KeyError when there is none)."""
        return find_form(self.forms, form_id)

    def recognise(self, extraction: Extraction, filename: str, cache: IndexCache | None = None) -> FormConfig:
        """Return the one form a document is; reject it when none or several match (`cache`: see
        `FormConfig.index`)."""
        return recognise(self.forms, self.name, extraction, filename, cache)


@dataclass(frozen=True)
class CompanyAdapter:
    """The company's one form read back: the canonical adapter of `config/company.toml`.

    Its records name their placement by participant id; each lands with its intern's municipality."""

    name: str
    forms: tuple[FormConfig, ...]
    path: Path | None = None
    code: str = ""  # a company form speaks for several municipalities: none of its own

    def form(self, form_id: str) -> FormConfig:
        """Return the form with this id (KeyError when there is none)."""
        return find_form(self.forms, form_id)

    def recognise(self, extraction: Extraction, filename: str, cache: IndexCache | None = None) -> FormConfig:
        """Return the one form a document is; reject it when none or several match."""
        return recognise(self.forms, ("the company", "virksomheden"), extraction, filename, cache)


def find_form(forms: tuple[FormConfig, ...], form_id: str) -> FormConfig:
    """The form with this id (KeyError when there is none)."""
    for form in forms:
        if form.id == form_id:
            return form
    raise KeyError(form_id)
