"""A form's stop rules tried on a document: those matching no row, so that their table runs to the end of
its sheet (what `hub adapters check` warns of, tried on the golden files).

Apart from `items` and `tables`, which read a table up to its stop rule while mapping, because this is
a check of the config for its author, asked only by `golden`.
"""

from __future__ import annotations

from hub.adapters.language.config_form import FormConfig
from hub.adapters.language.config_parts import StopRule
from hub.adapters.mapping.items import headers_of
from hub.adapters.mapping.selector_text import normalise_label
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.mapping.tables import table_rows


def _describe(stop: StopRule) -> str:
    given = {"label": stop.label, "blank": stop.blank, "not_date": stop.not_date}
    return "stop = { " + ", ".join(f'{k} = "{v}"' for k, v in given.items() if v is not None) + " }"


def unmatched_stops(index: SourceIndex, form: FormConfig) -> list[tuple[str, str]]:
    """The stop rules of a form's tables that match no row of a document: such a table runs to the end
    of its sheet (what `hub adapters check` warns of, tried on the golden files)."""
    tables: list[tuple[str, list[str], StopRule]] = []
    if form.items is not None and form.items.stop is not None:
        tables.append(("items", headers_of(form), form.items.stop))
    for number, rule in enumerate(form.lists):
        if rule.stop is not None and rule.table is not None and form.items is None:
            tables.append((f"lists[{number}]", rule.headers, rule.stop))
    found = []
    for where, headers, stop in tables:
        header = index.find_header_row(headers)
        if header is None:
            continue  # mapping the document says so
        columns = {normalise_label(h): col for h, col in header[1].items()}
        if table_rows(index, header[0], columns, stop).stop_row is None:
            named = f"{where}.{_describe(stop)}"
            found.append(
                (
                    f"{named} matches no row: the table runs to the end of the sheet",
                    f"{named} passer ikke på nogen række: tabellen løber til arkets slutning",
                )
            )
    return found
