"""`hub adapters check`: a value's `default` whose source is found in none of its form's golden files.

A `default` stands for a value none of whose sources is in the document (`mapping.default_stands`): an
export that leaves the block out, a form version without that part. A misspelt source is not in any
document either, so a single-source field with a `default`, or a value every source of which is
misspelt, reads as the default for every document, without a word. One document cannot tell the two
apart; the form's golden files can: a source that matches nothing in any of them is told here, by its
key and its name, as an error (decision 0060, "Stop 53: noticed-61").
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from hub.adapters.language.config_form import FormConfig, IndexCache
from hub.adapters.language.config_model import MunicipalityConfig
from hub.adapters.pipeline import recognise
from hub.adapters.readers import READ_OPTIONS, extract
from hub.errors import Rejection


def _defaulted(form: FormConfig) -> Iterator[tuple[int, str]]:
    """(field number, selector) of each source of a plain field with a `default`. A form of many records
    (`[forms.items]`) reads its fields in each item's scope, not the document's: left out."""
    if form.items is not None:
        return
    for n, rule in enumerate(form.fields):
        if any(call.name == "default" for call in rule.transforms):
            for selector in (rule.source,) if rule.source is not None else rule.sources:
                yield n, selector


def unmatched_defaults(config: MunicipalityConfig, inputs: list[Path]) -> list[tuple[str, str]]:
    """One line (English, Danish) per source of a value with a `default` that no golden input of its
    form holds; a form no input is recognised as has nothing to say. A file the adapter cannot read is
    `hub adapters test`'s to report."""
    seen: dict[str, list[str]] = {}  # form id: the golden files recognised as it
    matched: set[tuple[str, int, str]] = set()
    for source in inputs:
        data = source.read_bytes()
        cache: IndexCache = {}
        try:
            form, read = recognise(config, extract(data, source.name, READ_OPTIONS), source.name, data, cache)
        except Rejection:
            continue
        seen.setdefault(form.id, []).append(source.name)
        index = form.index(read, cache)
        for n, selector in _defaulted(form):
            try:
                found = index.resolve(selector) is not None
            except Rejection:  # a label on a page not read: may be there
                found = True
            if found:
                matched.add((form.id, n, selector))
    where = config.path.name if config.path else config.slug
    lines = []
    for m, form in enumerate(config.forms):
        files = ", ".join(seen.get(form.id, []))
        for n, selector in _defaulted(form) if files else ():
            if (form.id, n, selector) in matched:
                continue
            key = f"{where}: forms[{m}].fields[{n}] ({form.fields[n].path})"
            lines.append(
                (
                    f"{key}: its source {selector!r} is in none of the form's golden files ({files}): a "
                    "misspelt name? its default would stand for every document",
                    f"{key}: kilden {selector!r} findes i ingen af blankettens golden-filer ({files}): et "
                    "fejlstavet navn? dens default ville gælde for hvert dokument",
                )
            )
    return lines
