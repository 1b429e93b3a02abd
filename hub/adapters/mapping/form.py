"""Map an `Extraction` to a canonical record with provenance, by a form's config (no Python per form).

Plain fields first, then lists, then computed fields (a sum needs its list). Every problem of the
document is collected and raised together as one `Rejection`. The record is not validated against the
canonical schema here (that is `hub.schemas.load_record`), but every value is already a string in its
canonical format. A document of many records (a table of items) is mapped in `form_items`, by the same
reading steps.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from hub.adapters.language.config_form import FormConfig, IndexCache
from hub.adapters.language.config_parts import FieldRule
from hub.adapters.mapping.conditions import check_conditions
from hub.adapters.mapping.config_values import compute, constant
from hub.adapters.mapping.cut_fields import LOST_KEY
from hub.adapters.mapping.form_format import check_format
from hub.adapters.mapping.iso_weeks import aggregate_iso_week
from hub.adapters.mapping.item_rows_apart import rows_apart
from hub.adapters.mapping.item_scope import Scope, whole
from hub.adapters.mapping.lists import read_items
from hub.adapters.mapping.marked_values import document_unmarked
from hub.adapters.mapping.provenance import Provenance
from hub.adapters.mapping.quoted_labels import QUOTED_FORMATS, quoted_label
from hub.adapters.mapping.reading import Reader
from hub.adapters.mapping.record_paths import set_path
from hub.adapters.mapping.row_conditions import no_items
from hub.adapters.readers.base import Extraction
from hub.adapters.readers.quotable import one_document
from hub.errors import Rejection
from hub.schemas.twice_encoded import read_as

__all__ = ["MappedForm", "Provenance", "map_form"]

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class MappedForm:
    """A canonical record (not yet validated) and the provenance of each of its leaves."""

    record: dict[str, Any]
    provenance: tuple[Provenance, ...]
    form_id: str = ""
    # The encoding the document's text without one of its own was decoded with: the record's check
    # undoes it first when a text looks encoded twice (`twice_encoded.text_read_as`).
    read_as: str = "cp1252"

    def to_dict(self) -> dict[str, Any]:
        """Return the mapped form as a JSON-ready dict."""
        return {
            "form_id": self.form_id,
            "record": self.record,
            "provenance": [entry.to_dict() for entry in self.provenance],
        }


def record_header(form: FormConfig, municipality_code: str) -> dict[str, Any]:
    """The keys every record of the form starts with: its type, schema version and municipality."""
    return {
        "form_type": form.form_type,
        "schema_version": SCHEMA_VERSION,
        "municipality_code": municipality_code,
    }


Found = tuple[dict[str, Any], list[Provenance]]  # a record being built, and its provenance so far


def read_fields(rules: Sequence[FieldRule], scope: Scope, reader: Reader, into: Found) -> None:
    """Read plain fields and constants (computed fields wait for the lists)."""
    record, provenance = into
    # Outside an item (a numbered group, an element, a table's rows) `Scope.resolve` only passes each
    # selector on to the index: asked directly, once for each of the twenty or so values of a form.
    outside = scope.whole_document
    resolve = scope.index.resolve if outside else scope.resolve
    # Only a CSV's or a workbook's labels can be printed with stray quotes: asked once, not for each field.
    quotes = scope.index.format in QUOTED_FORMATS
    for rule in rules:
        if rule.value is not None:
            set_path(record, rule.path, rule.value)
            provenance.append(constant(rule, reader.document_sha256))
        elif rule.compute is None:
            selectors = (rule.source,) if rule.source is not None else rule.sources
            optional = rule.optional or rule.nullable
            if quotes and (quoted := quoted_label(scope.index, selectors)) is not None:
                reader.problem(rule.path, *quoted)  # a header with a stray quote: not left unread unsaid
                continue
            if not outside and (apart := rows_apart(scope, rule)) is not None:
                reader.problem(
                    rule.path, *apart
                )  # a grouped item's rows disagree: not the first's in silence
                continue
            value, sources = reader.read(rule.path, selectors, rule.transforms, resolve, optional)
            if value is not None or (rule.nullable and sources):
                # nullable: an empty value is an explicit null (visitation for sygedagpenge)
                set_path(record, rule.path, value)
                provenance.extend(sources)


def _signed(record: dict[str, Any]) -> date | None:
    """The day the record says its form was signed (`signed_on`, read before the lists), if any: a week
    printed on the form that had ended by then and was left blank is one forgotten (`printed_rows`)."""
    try:
        return date.fromisoformat(str(record["signed_on"]))
    except (KeyError, ValueError):
        return None


def read_lists(form: FormConfig, scope: Scope, reader: Reader, into: Found) -> None:
    """Read every list of the form in a scope, then the fields computed from them."""
    record, provenance = into
    for list_rule in form.lists:
        left_out: list[Provenance] = []
        items = read_items(scope, list_rule, reader, _signed(record), left_out)
        if items is None:
            continue
        if not items and not list_rule.optional:
            reader.problem(list_rule.path, "", *no_items(list_rule, left_out))
        provenance.extend(left_out)  # rows not counted stay visible to the auditor
        if list_rule.aggregate == "iso_week":
            records, sources = aggregate_iso_week(list_rule.path, items)
        else:
            records = [item for item, _ in items]
            sources = [entry for _, by_key in items for entries in by_key.values() for entry in entries]
        set_path(record, list_rule.path, records)
        provenance.extend(sources)
    for rule in form.fields:
        if rule.compute is not None:
            value, entry = compute(rule, record, reader)
            if value is not None and entry is not None:
                set_path(record, rule.path, value)
                provenance.append(entry)


@one_document  # the texts it quotes are kept for this document only
def map_form(
    extraction: Extraction,
    form: FormConfig,
    document_sha256: str,
    filename: str,
    municipality_code: str,
    cache: IndexCache | None = None,
    located: bool = True,
) -> MappedForm:
    """Turn one document into a canonical record with provenance; raise Rejection with every problem.

    `cache`: the document's indexes from recognising it, so that it is not indexed again. `located`:
    False builds no provenance of the document's values (a stand-in for each, `reading.UNLOCATED`)."""
    check_format(extraction, form, filename)
    index = form.index(extraction, cache)
    scope = whole(index)
    reader = Reader(
        form.format,
        filename,
        form.id,
        document_sha256,
        located=located,
        printed=index.printed,
        nested=index.nested,
    )
    reader.unmarked = document_unmarked(extraction.values, extraction.meta)  # once, not at each value read
    reader.lost = tuple(extraction.meta.get(LOST_KEY) or ())  # a PDF cut short: what it lost of its form
    reader.only_joins = form.format == "pdf" and reader.unmarked and not reader.lost
    record = record_header(form, municipality_code)
    provenance: list[Provenance] = []
    check_conditions(form.require, scope.resolve, reader)
    read_fields(form.fields, scope, reader, (record, provenance))
    read_lists(form, scope, reader, (record, provenance))
    if reader.problems:
        raise Rejection(reader.problems)
    return MappedForm(record, tuple(provenance), form.id, read_as(form.format))
