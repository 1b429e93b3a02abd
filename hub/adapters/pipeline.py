"""One document through one municipality's adapter: read, recognise, check, map, validate.

The database-free core shared by ingestion, `hub reprocess`, `hub adapters test` and the benchmark.
`data` is optional because reprocessing works from kept extractions alone; the checks that need the
bytes (an explicit CSV encoding or delimiter, an XSD) ran when the document first came in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from lxml import etree
from marshmallow import ValidationError

from hub.adapters.language.config_model import CompanyAdapter, FormConfig, IndexCache, MunicipalityConfig
from hub.adapters.mapping.form import MappedForm, map_form
from hub.adapters.readers import extract, safexml
from hub.adapters.readers.base import Extraction
from hub.adapters.readers.safexml import load_xsd, parse_xml
from hub.errors import FieldProblem, Rejection
from hub.schemas.messages import problems_from_validation
from hub.schemas.records import load_record

# How every upload is first read, before its form is known. PDF labels (the text printed beside each
# field) cost about 2 ms a form and are kept: for `label:` selectors, `hub explain` and suggestions.
READ_OPTIONS: dict[str, Any] = {"with_labels": True}
Adapter = MunicipalityConfig | CompanyAdapter
Recognised = tuple[FormConfig, Extraction, IndexCache]  # the form, its reading, the document's indexes


@dataclass(frozen=True)
class Canonical:
    """A document's canonical reading: its form, the validated record, where each value came from."""

    form_id: str
    record: dict[str, Any]
    provenance: Sequence[Any]
    extraction: Extraction


@cache
def _schema(path: Path) -> etree.XMLSchema:
    return load_xsd(path)


def _reread(form: FormConfig, extraction: Extraction, data: bytes | None, filename: str) -> Extraction:
    """Read again when the form fixes what was sniffed (CSV encoding or delimiter); validate an XSD."""
    if data is None:
        return extraction
    if form.format == "csv":
        wanted = {k: form.reader[k] for k in ("encoding", "delimiter") if k in form.reader}
        if any(extraction.meta.get(k) != v for k, v in wanted.items()):
            return extract(data, filename, dict(form.reader), fmt="csv")
    if form.format == "xml" and form.xsd_path is not None:
        safexml.validate(parse_xml(data, filename), _schema(form.xsd_path), filename)
    return extraction


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
    config: Adapter, extraction: Extraction, filename: str, data: bytes | None, cache: IndexCache
) -> tuple[FormConfig, Extraction]:
    """The one form a document is, and its extraction as that form reads it (CSV re-read with the form's
    encoding; XML checked against the form's XSD)."""
    form = config.recognise(extraction, filename, cache)
    return form, _reread(form, extraction, data, filename)


def validate_record(mapped: MappedForm, filename: str) -> dict[str, Any]:
    """A mapped record checked against the canonical contract; `Rejection` names each field's locator."""
    try:
        return load_record(mapped.record)
    except ValidationError as exc:
        locate = locator(mapped.provenance)
        raise Rejection(problems_from_validation(exc.messages, filename, mapped.form_id, locate)) from None


def canonicalise(
    config: Adapter,
    extraction: Extraction,
    sha256: str,
    filename: str,
    data: bytes | None = None,
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
