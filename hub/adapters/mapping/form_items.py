"""Map a document that holds many records (a row or a numbered group per item) to one record per item.

The document's own values (a signature below the table) are read once and go into every item; each item
is read in its own scope by the same steps as a one-record form (`form`), and its problems reject only it.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace
from typing import Any

from hub.adapters.language.config_form import FormConfig, IndexCache
from hub.adapters.language.config_parts import FieldRule
from hub.adapters.mapping.conditions import check_conditions
from hub.adapters.mapping.form import MappedForm, read_fields, read_lists, record_header
from hub.adapters.mapping.form_format import check_format
from hub.adapters.mapping.header_not_found import rows_searched
from hub.adapters.mapping.item_scope import item_scoped, whole
from hub.adapters.mapping.items import scopes
from hub.adapters.mapping.lists import filled
from hub.adapters.mapping.provenance import Provenance
from hub.adapters.mapping.reading import Reader
from hub.adapters.readers.base import Extraction
from hub.adapters.readers.quotable import one_document
from hub.errors import FieldProblem, Rejection
from hub.schemas.twice_encoded import read_as


@dataclass(frozen=True)
class MappedItem:
    """One item of a document holding several records: its record, or why it has none."""

    position: int
    label_en: str
    label_da: str
    mapped: MappedForm | None
    problems: tuple[FieldProblem, ...] = ()


def _item_level(rule: FieldRule, fmt: str) -> bool:
    return rule.compute is not None or any(
        item_scoped(s, fmt) for s in (rule.source, *rule.sources) if s is not None
    )


@one_document  # the texts it quotes are kept for this document only
def map_items(
    extraction: Extraction,
    form: FormConfig,
    document_sha256: str,
    filename: str,
    municipality_code: str,
    cache: IndexCache | None = None,
) -> list[MappedItem]:
    """Turn a document of many records into one mapped record (or its problems) per item.

    The document's own values (a signature below the table) are read once and go into every item; a
    problem with one of them rejects the whole document, a problem inside an item only that item. An
    item nobody filled in (blank, or holding only what the form was printed with) is no record."""
    check_format(extraction, form, filename)
    index = form.index(extraction, cache)
    shared_reader = Reader(
        form.format, filename, form.id, document_sha256, printed=index.printed, nested=index.nested
    )
    shared: dict[str, Any] = record_header(form, municipality_code)
    shared_sources: list[Provenance] = []
    own = [rule for rule in form.fields if _item_level(rule, form.format)]
    document_rules = [rule for rule in form.fields if rule not in own]
    own_conditions = [c for c in form.require if item_scoped(c.source, form.format)]
    check_conditions(
        [c for c in form.require if c not in own_conditions], whole(index).resolve, shared_reader
    )
    read_fields(document_rules, whole(index), shared_reader, (shared, shared_sources))
    if shared_reader.problems:
        raise Rejection(shared_reader.problems)
    found = scopes(index, form)
    if isinstance(found, tuple):
        en, da, where, where_da = found
        raise Rejection(
            [FieldProblem(en, da, file=filename, form=form.id, locator=where, locator_da=where_da)]
        )
    results = []
    for scope in found:
        if scope.refused is not None:
            refused = FieldProblem(
                *scope.refused,
                file=filename,
                form=form.id,
                locator=(scope.refused_at or (scope.label_en, scope.label_da))[0],
                locator_da=(scope.refused_at or (scope.label_en, scope.label_da))[1],
                item=scope.label_en,
                item_da=scope.label_da,
            )
            results.append(MappedItem(scope.position, scope.label_en, scope.label_da, None, (refused,)))
            continue
        if not filled(scope, form, own):
            continue
        reader = Reader(form.format, filename, form.id, document_sha256)
        record, provenance = copy.deepcopy(shared), list(shared_sources)
        check_conditions(own_conditions, scope.resolve, reader)
        read_fields(own, scope, reader, (record, provenance))
        read_lists(form, scope, reader, (record, provenance))
        problems = tuple(replace(p, item=scope.label_en, item_da=scope.label_da) for p in reader.problems)
        mapped = None if problems else MappedForm(record, tuple(provenance), form.id, read_as(form.format))
        results.append(MappedItem(scope.position, scope.label_en, scope.label_da, mapped, problems))
    if not results:
        en, da = "no filled-in items found in the document", "ingen udfyldte poster fundet i dokumentet"
        # Where they were looked for: a sheet's or csv file's rows, an XML export's elements of items.
        looked = rows_searched(index) if form.format in ("csv", "xlsx") else ("", "")
        if form.items is not None and form.items.rows:
            looked = (form.items.rows, form.items.rows)
        raise Rejection(
            [FieldProblem(en, da, file=filename, form=form.id, locator=looked[0], locator_da=looked[1])]
        )
    return results
