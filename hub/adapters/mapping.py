"""Map an `Extraction` to a canonical record with provenance, by a form's config (no Python per form).

Plain fields first, then lists, then computed fields (a sum needs its list). Every problem of the
document is collected and raised together as one `Rejection`. The record is not validated against the
canonical schema here (that is `hub.schemas.load_record`), but every value is already a string in its
canonical format.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from hub.adapters.config_model import FieldRule, FormConfig, IndexCache
from hub.adapters.lists import aggregate_iso_week, read_items
from hub.adapters.readers.base import Extraction
from hub.adapters.reading import Provenance, Reader, plain_locator
from hub.adapters.selectors import SourceIndex
from hub.adapters.textparse import format_hours
from hub.errors import FieldProblem, Rejection

__all__ = ["MappedForm", "Provenance", "map_form"]

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class MappedForm:
    """A canonical record (not yet validated) and the provenance of each of its leaves."""

    record: dict[str, Any]
    provenance: tuple[Provenance, ...]
    form_id: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Return the mapped form as a JSON-ready dict."""
        return {
            "form_id": self.form_id,
            "record": self.record,
            "provenance": [entry.to_dict() for entry in self.provenance],
        }


def set_path(record: dict[str, Any], path: str, value: Any) -> None:
    """Set a dotted canonical path ("citizen.cpr"), creating the dicts on the way."""
    *parents, leaf = path.split(".")
    node = record
    for name in parents:
        node = node.setdefault(name, {})
    node[leaf] = value


def get_path(record: dict[str, Any], path: str) -> Any:
    """Return the value at a dotted path, or None."""
    node: Any = record
    for name in path.split("."):
        if not isinstance(node, dict) or name not in node:
            return None
        node = node[name]
    return node


def _constant(rule: FieldRule, sha: str) -> Provenance:
    locator = plain_locator(
        "constant", str(rule.value), "a constant in the config", "en fast værdi i konfigurationen"
    )
    return Provenance(rule.path, sha, locator, None, rule.value, ())


def _compute(rule: FieldRule, record: dict[str, Any], reader: Reader) -> tuple[str | None, Provenance | None]:
    list_path, _, key = (rule.compute or "")[4:].rpartition(".")
    items = get_path(record, list_path)
    if items is None:
        return None, None  # the list itself had a problem, already noted
    total = sum((Decimal(item[key]) for item in items if key in item), Decimal(0))
    raw = format_hours(total)
    applied = [str(rule.compute)]
    value = reader.transform(rule.path, raw, rule.transforms, applied, str(rule.compute))
    if value is None:
        return None, None
    en, da = f"computed: {rule.compute}", f"beregnet: {rule.compute}"
    locator = plain_locator("compute", str(rule.compute), en, da)
    return value, Provenance(rule.path, reader.document_sha256, locator, None, raw, tuple(applied))


def map_form(
    extraction: Extraction,
    form: FormConfig,
    document_sha256: str,
    filename: str,
    municipality_code: str,
    cache: IndexCache | None = None,
) -> MappedForm:
    """Turn one document into a canonical record with provenance; raise Rejection with every problem.

    `cache`: the document's indexes from recognising it, so that it is not indexed again."""
    if extraction.format != form.format:
        en = f"the document is {extraction.format}, form {form.id} is {form.format}"
        da = f"dokumentet er {extraction.format}, blanketten {form.id} er {form.format}"
        raise Rejection([FieldProblem(en, da, file=filename, form=form.id)])
    index: SourceIndex = form.index(extraction, cache)
    reader = Reader(form.format, filename, form.id, document_sha256)
    record: dict[str, Any] = {
        "form_type": form.form_type,
        "schema_version": SCHEMA_VERSION,
        "municipality_code": municipality_code,
    }
    provenance: list[Provenance] = []
    for rule in form.fields:
        if rule.value is not None:
            set_path(record, rule.path, rule.value)
            provenance.append(_constant(rule, document_sha256))
        elif rule.compute is None:
            selectors = [rule.source] if rule.source is not None else list(rule.sources)
            optional = rule.optional or rule.nullable
            value, sources = reader.read(rule.path, selectors, rule.transforms, index.resolve, optional)
            if value is not None or (rule.nullable and sources):
                # nullable: an empty value is an explicit null (visitation for sygedagpenge)
                set_path(record, rule.path, value)
                provenance.extend(sources)
    for list_rule in form.lists:
        items = read_items(index, list_rule, reader)
        if items is None:
            continue
        if not items and not list_rule.optional:
            reader.problem(list_rule.path, "", "no items found", "ingen rækker fundet")
        if list_rule.aggregate == "iso_week":
            records, sources = aggregate_iso_week(list_rule.path, items)
        else:
            records = [item for item, _ in items]
            sources = [entry for _, by_key in items for entries in by_key.values() for entry in entries]
        set_path(record, list_rule.path, records)
        provenance.extend(sources)
    for rule in form.fields:
        if rule.compute is not None:
            value, entry = _compute(rule, record, reader)
            if value is not None and entry is not None:
                set_path(record, rule.path, value)
                provenance.append(entry)
    if reader.problems:
        raise Rejection(reader.problems)
    return MappedForm(record, tuple(provenance), form.id)
