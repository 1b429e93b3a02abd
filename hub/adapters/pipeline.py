"""One document through one municipality's adapter: read, recognise, check, map, validate.

The database-free core shared by ingestion, `hub reprocess`, `hub adapters test` and the benchmark.
`data` is optional because reprocessing works from kept extractions alone; the checks that need the
bytes (an explicit CSV encoding or delimiter, an XSD) ran when the document first came in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from lxml import etree
from marshmallow import ValidationError

from hub.adapters.config_model import FormConfig, IndexCache, MunicipalityConfig
from hub.adapters.mapping import map_form
from hub.adapters.readers import extract
from hub.adapters.readers.base import Extraction
from hub.adapters.safexml import load_xsd, parse_xml, validate
from hub.errors import Rejection
from hub.schemas.messages import problems_from_validation
from hub.schemas.records import load_record

# How every upload is first read, before its form is known. PDF labels (the text printed beside each
# field) cost about 2 ms a form and are kept: for `label:` selectors, `hub explain` and suggestions.
READ_OPTIONS: dict[str, Any] = {"with_labels": True}


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
        validate(parse_xml(data, filename), _schema(form.xsd_path), filename)
    return extraction


def locator(provenance: Sequence[Any]) -> Callable[[str], str]:
    """A function from a canonical path (`entries.0.hours` or `entries[0].hours`) to where it was read."""
    where = {p.path.replace("[", ".").replace("]", ""): p for p in provenance}

    def locate(path: str) -> str:
        found = where.get(path.replace("[", ".").replace("]", ""))
        if found is None:
            return ""
        return str((found.locator.get("text") or {}).get("en") or found.source_key or "")

    return locate


def canonicalise(
    config: MunicipalityConfig,
    extraction: Extraction,
    sha256: str,
    filename: str,
    data: bytes | None = None,
    validated: dict[str, Any] | None = None,
) -> Canonical:
    """Recognise, map and validate one document; raise `Rejection` with every problem found.

    `validated` is a record this document already gave and the schema already accepted: when the
    mapping gives exactly that again, validating it again could only say the same (reprocess)."""
    cache: IndexCache = {}  # one index per reader options, shared by recognise and map_form
    form = config.recognise(extraction, filename, cache)
    extraction = _reread(form, extraction, data, filename)  # a new extraction is indexed anew
    mapped = map_form(extraction, form, sha256, filename, config.code, cache)
    if validated is not None and mapped.record == validated:
        return Canonical(form.id, validated, tuple(mapped.provenance), extraction)
    try:
        record = load_record(mapped.record)
    except ValidationError as exc:
        locate = locator(mapped.provenance)
        raise Rejection(problems_from_validation(exc.messages, filename, form.id, locate)) from None
    return Canonical(form.id, record, tuple(mapped.provenance), extraction)


def read_and_canonicalise(config: MunicipalityConfig, data: bytes, sha256: str, filename: str) -> Canonical:
    """The whole way from bytes: read with the sniffed reader, then `canonicalise`."""
    return canonicalise(config, extract(data, filename, READ_OPTIONS), sha256, filename, data)
