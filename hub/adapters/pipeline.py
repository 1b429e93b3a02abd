"""One document through one municipality's adapter: read, recognise, check, map, validate.

The database-free core shared by ingestion, `hub reprocess`, `hub adapters test` and the benchmark.
`data` may be a function that fetches the bytes: reprocessing works from kept extractions, and needs
the bytes only where the form asks for a reading or check the kept one has not had (`rereading`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from marshmallow import ValidationError

from hub.adapters.language.config_form import FormConfig, IndexCache
from hub.adapters.language.config_model import CompanyAdapter, MunicipalityConfig
from hub.adapters.mapping.form import MappedForm, map_form
from hub.adapters.mapping.full_fields import said_full
from hub.adapters.readers import READ_OPTIONS, extract
from hub.adapters.readers.base import Extraction
from hub.adapters.rereading import Original, as_form_reads
from hub.errors import FieldProblem, Rejection
from hub.schemas.messages import problems_from_validation
from hub.schemas.records import load_record
from hub.schemas.twice_encoded import PDF_DOC, text_read_as

Adapter = MunicipalityConfig | CompanyAdapter
Recognised = tuple[FormConfig, Extraction, IndexCache]  # the form, its reading, the document's indexes


@dataclass(frozen=True)
class Canonical:
    """A document's canonical reading: its form, the validated record, where each value came from."""

    form_id: str
    record: dict[str, Any]
    provenance: Sequence[Any]
    extraction: Extraction


def sender(config: Adapter) -> tuple[str, str]:
    """Whose forms an adapter reads, for messages (English, Danish)."""
    if isinstance(config, MunicipalityConfig):
        return config.name, config.name
    return "the company", "virksomheden"


def locator(provenance: Sequence[Any]) -> Callable[[str], tuple[str, str]]:
    """A function from a canonical path (`entries.0.hours` or `entries[0].hours`) to where it was read,
    in English and Danish."""
    where = {p.path.replace("[", ".").replace("]", ""): p for p in provenance}

    def locate(path: str) -> tuple[str, str]:
        found = where.get(path.replace("[", ".").replace("]", ""))
        if found is None:
            return "", ""
        text = found.locator.get("text") or {}
        english = str(text.get("en") or found.source_key or "")
        return english, str(text.get("da") or english)

    return locate


def placed(
    problems: Sequence[FieldProblem], provenance: Sequence[Any], file: str, form: str
) -> list[FieldProblem]:
    """The problems with their file and form and, where a problem does not say, where its field was read."""
    locate = locator(provenance)
    out = []
    for p in problems:
        en, da = (p.locator, p.locator_da) if p.locator else locate(p.field)
        out.append(replace(p, file=file, form=form, locator=en, locator_da=da))
    return out


def recognise(
    config: Adapter, extraction: Extraction, filename: str, data: Original, cache: IndexCache
) -> tuple[FormConfig, Extraction]:
    """The one form a document is, and its extraction as that form reads it (CSV read again in the
    form's encoding and separator; XML checked against the form's XSD: `rereading`)."""
    form = config.recognise(extraction, filename, cache)
    return form, as_form_reads(form, extraction, data, filename, sender(config), cache)


def require_complete(form: FormConfig, filename: str) -> None:
    """Refuse a document of a form whose config fills no rule for a required canonical field, as the
    config's gap, not the document's: it would otherwise be "Feltet mangler" at a field the sender cannot
    fill. (`hub adapters check` and the app's start name it to the administrator.)"""
    if not form.unfilled:
        return
    names = ", ".join(form.unfilled)
    en = f"the hub's adapter for this form fills no field for {names}, so no document of it can be"
    en += " accepted: the hub's administrator must complete it (hub adapters check)"
    da = f"hubbens adapter til blanketten udfylder ikke {names}, så intet dokument af den kan godtages:"
    da += " hubbens administrator skal gøre den færdig (hub adapters check)"
    raise Rejection([FieldProblem(en, da, file=filename, form=form.id, config_unfinished=True)])


def validate_record(mapped: MappedForm, filename: str) -> dict[str, Any]:
    """A mapped record checked against the canonical contract; `Rejection` names each field's locator."""
    if mapped.read_as == PDF_DOC:
        import pikepdf  # noqa: F401  # registers the "pdfdoc" codec (loaded already, the PDF was read with it)
    try:
        with text_read_as(mapped.read_as):
            return load_record(mapped.record)
    except ValidationError as exc:
        locate = locator(mapped.provenance)
        found = problems_from_validation(exc.messages, filename, mapped.form_id, locate)
        raise Rejection(said_full(found, mapped.provenance)) from None


def canonicalise(
    config: Adapter,
    extraction: Extraction,
    sha256: str,
    filename: str,
    data: Original = None,
    validated: dict[str, Any] | None = None,
    recognised: Recognised | None = None,
) -> Canonical:
    """Recognise, map and validate a document of one record; raise `Rejection` with every problem.

    `validated` is a record this document already gave and the schema already accepted: when the
    mapping gives exactly that again, validating it again could only say the same, and the record
    comes back without provenance, as there is nothing new to store (reprocess).
    `recognised`: the form, reading and index cache of a caller that recognised the document already."""
    if recognised is None:
        cache: IndexCache = {}  # one index per reader options, shared by recognise and map_form
        form, extraction = recognise(config, extraction, filename, data, cache)
    else:
        form, extraction, cache = recognised
    require_complete(form, filename)
    if form.items is not None:
        raise Rejection(
            [
                FieldProblem(
                    f"form {form.id} holds one record per item; it is read item by item",
                    f"blanketten {form.id} rummer én post pr. element; den læses element for element",
                    file=filename,
                    form=form.id,
                )
            ]
        )
    if validated is not None:
        # Read first without saying where each value was: most records read again are unchanged.
        mapped = map_form(extraction, form, sha256, filename, config.code, cache, located=False)
        if mapped.record == validated:
            return Canonical(form.id, validated, (), extraction)
    # Read (again) with every value's locator: the record will be stored, or its problems named.
    mapped = map_form(extraction, form, sha256, filename, config.code, cache)
    return Canonical(form.id, validate_record(mapped, filename), tuple(mapped.provenance), extraction)


def read_and_canonicalise(config: Adapter, data: bytes, sha256: str, filename: str) -> Canonical:
    """The whole way from bytes: read with the sniffed reader, then `canonicalise`."""
    return canonicalise(config, extract(data, filename, READ_OPTIONS), sha256, filename, data)
