"""Repeated groups of a form as canonical lists: table rows, xml elements, numbered pdf fields.

A table's items are the rows below its header row down to the first row whose list columns are all
empty, so a signature line after a blank row is not an item. xml `rows` give one item per element;
a pdf `repeat` reads the numbered fields 1..N and skips rows left blank. `aggregate = "iso_week"` sums
hours per ISO week, keeping every source in the provenance of the week it went into.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from hub.adapters.config_model import ListRule
from hub.adapters.reading import Provenance, Reader, Resolver
from hub.adapters.selectors import SourceIndex
from hub.adapters.textparse import format_hours

Item = tuple[dict[str, str], dict[str, list[Provenance]]]


def _blank(value: Any) -> bool:
    return value is None or not (value.value or "").strip()


def _table_rows(index: SourceIndex, rule: ListRule, reader: Reader) -> Iterator[Resolver] | None:
    headers = [item.source for item in rule.fields]
    found = index.find_header_row(headers)
    if found is None:
        names = ", ".join(dict.fromkeys(headers))
        where = f'sheet "{index.default_sheet}"' if index.format == "xlsx" else index.format
        reader.problem(
            rule.path, where, f"no header row with: {names}", f"ingen overskriftsrække med: {names}"
        )
        return None
    header_row, columns = found
    sheet = index.default_sheet

    def rows() -> Iterator[Resolver]:
        row = header_row + 1
        while True:
            cells = {header: index.cell(sheet, row, col) for header, col in columns.items()}
            if all(_blank(cell) for cell in cells.values()):
                return  # the first blank row ends the table
            yield cells.get
            row += 1

    return rows()


def _xml_rows(index: SourceIndex, rule: ListRule) -> Iterator[Resolver]:
    for key in index.xml_rows(rule.rows or ""):
        yield lambda selector, key=key: index.resolve(selector, row=key)  # type: ignore[misc]


def _repeat_rows(index: SourceIndex, rule: ListRule) -> Iterator[Resolver]:
    for n in range(1, (rule.repeat or 0) + 1):
        values = {item.source: index.resolve(item.source.replace("{n}", str(n))) for item in rule.fields}
        if not all(_blank(value) for value in values.values()):  # a row left blank is not an item
            yield values.get


def read_items(index: SourceIndex, rule: ListRule, reader: Reader) -> list[Item] | None:
    """Read every item of a list; None when the list cannot be found at all (problem noted)."""
    if rule.table is not None:
        rows = _table_rows(index, rule, reader)
    elif rule.rows is not None:
        rows = _xml_rows(index, rule)
    else:
        rows = _repeat_rows(index, rule)
    if rows is None:
        return None
    items: list[Item] = []
    for position, resolve in enumerate(rows):
        item: dict[str, str] = {}
        sources: dict[str, list[Provenance]] = {}
        for rule_field in rule.fields:
            path = f"{rule.path}[{position}].{rule_field.key}"
            value, provenance = reader.read(
                path, [rule_field.source], rule_field.transforms, resolve, rule_field.optional
            )
            if value is not None:
                item[rule_field.key] = value
                sources[rule_field.key] = provenance
        items.append((item, sources))
    return items


def iso_week(day: str) -> str:
    """Return the ISO week ("2026-W32") of an ISO date."""
    year, week, _ = date.fromisoformat(day).isocalendar()
    return f"{year}-W{week:02d}"


def aggregate_iso_week(path: str, items: list[Item]) -> tuple[list[dict[str, str]], list[Provenance]]:
    """Sum hours per ISO week, in week order; each week keeps the provenance of every source."""
    weeks: dict[str, Decimal] = {}
    where: dict[str, tuple[list[Provenance], list[Provenance]]] = {}
    for item, sources in items:
        if "hours" not in item or not ("date" in item or "week" in item):
            continue  # its problem is already noted; the document will be rejected
        week = item["week"] if "week" in item else iso_week(item["date"])
        weeks[week] = weeks.get(week, Decimal(0)) + Decimal(item["hours"])
        when, hours = where.setdefault(week, ([], []))
        when.extend(sources.get("date", sources.get("week", [])))
        hours.extend(sources["hours"])
    records, provenance = [], []
    for position, week in enumerate(sorted(weeks)):
        records.append({"week": week, "hours": format_hours(weeks[week])})
        when, hours = where[week]
        for entry in when:
            steps = (
                (*entry.transforms, "iso_week")
                if "date" in entry.path.rsplit(".", 1)[-1]
                else entry.transforms
            )
            provenance.append(replace(entry, path=f"{path}[{position}].week", transforms=steps))
        for entry in hours:
            provenance.append(
                replace(entry, path=f"{path}[{position}].hours", transforms=(*entry.transforms, "sum"))
            )
    return records, provenance
