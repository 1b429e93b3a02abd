"""Repeated groups of a form as canonical lists: table rows, xml elements, numbered pdf fields.

A table's items are the rows below its header row down to the first row whose list columns are all
empty, so a signature line after a blank row is not an item, or down to the row its stop rule matches
(`tables`). A filled row is never skipped: a row with values whose required value is missing or
unreadable is an error naming its row and column, whatever `optional` says where the list is summed.
xml `rows` give one item per element; a pdf `repeat` reads the numbered fields 1..N and skips rows left
blank (where the rows are, by format: `list_rows`). `aggregate = "iso_week"` sums hours per ISO week
(`iso_weeks`), keeping every source in the provenance of the week it went into.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from hub.adapters.language.config_form import FormConfig
from hub.adapters.language.config_parts import Condition, FieldRule, ListRule
from hub.adapters.mapping import list_entries, list_rows, xml_subtotals
from hub.adapters.mapping.item_scope import Scope
from hub.adapters.mapping.list_period import with_period
from hub.adapters.mapping.provenance import Provenance, where_of
from hub.adapters.mapping.reading import Reader, Resolver
from hub.adapters.mapping.row_conditions import headed, left_out_sources, row_left_out
from hub.adapters.mapping.signed_days import bounds, check_signed

Item = tuple[dict[str, str], dict[str, Sequence[Provenance]]]


def read_items(
    scope: Scope,
    rule: ListRule,
    reader: Reader,
    signed: date | None = None,
    left_out: list[Provenance] | None = None,
) -> list[Item] | None:
    """Read every item of a list in a scope; None when the list cannot be found at all (problem noted).
    `signed`: the day the record says the form was signed (`list_rows.rows`; a day after it is refused,
    `signed_days`). A row its own form marks not to be counted (`row_conditions`) is read but not
    returned: its provenance goes into `left_out`."""
    fields = with_period(scope, rule, reader)  # a week written without its year: its document's period
    if fields is None:
        return None
    rows = list_rows.rows(scope, rule, reader, signed)
    if rows is None:
        return None
    items: list[Item] = []
    read: list[tuple[Resolver, dict[str, str]]] = []  # each row with its values, for its group's sum
    apart: list[tuple[Resolver, dict[str, str]]] = []  # the rows left out, read well: a sum may hold them
    needed = _AGGREGATE_NEEDS.get(rule.aggregate or "", ())
    dropped = 0  # rows left out by their own form's mark (`row_conditions`)
    whole: list[tuple[int, Resolver, Item]] = []  # counted rows read without a problem
    for position, resolve in enumerate(rows):
        item: dict[str, str] = {}
        sources: dict[str, Sequence[Provenance]] = {}
        before = len(reader.problems)
        counts = row_left_out(rule, f"{rule.path}[{position}]", resolve, reader) if rule.require else True
        for rule_field in fields:
            path = f"{rule.path}[{position}].{rule_field.key}"
            # A key the aggregate sums by is never optional: a day with hours and no date would vanish.
            optional = rule_field.optional and rule_field.key not in needed
            value, provenance = reader.read(
                path, list_entries.selectors(rule_field, resolve), rule_field.transforms, resolve, optional
            )
            if value is not None:
                item[rule_field.key] = value
                sources[rule_field.key] = provenance
        if len(reader.problems) == before:
            _never_dropped(rule, position, item, resolve, reader)
        _name_entry(rule, position, resolve, reader, before)
        if isinstance(counts, Condition):  # read and checked as any row, but not counted: kept apart
            if left_out is not None and len(reader.problems) == before:
                row = headed(fields, sources, resolve)
                left_out.extend(left_out_sources(rule, dropped, counts, row, resolve, reader))
            if len(reader.problems) == before:
                apart.append((resolve, item))
            dropped += 1
            continue
        items.append((item, sources))
        read.append((resolve, item))
        if len(reader.problems) == before:
            whole.append((position, resolve, (item, sources)))
    _after_signed(rule, whole, signed, reader)
    xml_subtotals.check_groups(scope, rule, read, reader, apart)  # an xml list's groups against their sums
    return items


def _after_signed(
    rule: ListRule, whole: list[tuple[int, Resolver, Item]], signed: date | None, reader: Reader
) -> None:
    """Refuse each counted row's day after the signature (`signed_days`), once every day is known: a
    signature before the first day's week is the schema's to say, once, not at every day."""
    bound = bounds([item["date"] for _, _, (item, _) in whole if "date" in item], signed)
    for position, resolve, (item, sources) in whole if bound is not None else ():
        before = len(reader.problems)
        check_signed(f"{rule.path}[{position}]", item, sources, bound, reader)
        _name_entry(rule, position, resolve, reader, before)


# The keys an aggregate needs in every filled row (one of each group).
_AGGREGATE_NEEDS = {"iso_week": ("date", "week", "hours")}


def _never_dropped(
    rule: ListRule, position: int, item: dict[str, str], resolve: Resolver, reader: Reader
) -> None:
    """A filled row the aggregate could not count is an error, never skipped (the first guard is in
    `read_items`; this one holds whatever a config or a transform lets through)."""
    if rule.aggregate != "iso_week" or ("hours" in item and ("date" in item or "week" in item)):
        return
    for rule_field in rule.fields:
        if rule_field.key in _AGGREGATE_NEEDS["iso_week"] and rule_field.key not in item:
            selector = list_entries.selectors(rule_field, resolve)[0]
            found = resolve(selector)
            where = where_of(found, reader.fmt) if found is not None else selector
            reader.problem(
                f"{rule.path}[{position}].{rule_field.key}",
                where,
                f"the row holds values but no {rule_field.key}: it cannot be counted, and is not dropped",
                f"rækken har værdier men ingen {rule_field.key}: "
                "den kan ikke tælles med og springes ikke over",
            )


def _name_entry(rule: ListRule, position: int, resolve: Resolver, reader: Reader, before: int) -> None:
    """Name the entry in each problem of its own fields as the document shows it: its number read,
    counted from 1, and its row, column or element (`list_entries.entry_place`). The path's index counts
    entries read, and a row left blank on the form is none: `entries[1]` was row 3 (lang-93, lang-100)."""
    place = list_entries.entry_place(rule, resolve)
    own = f"{rule.path}[{position}]"
    for at in range(before, len(reader.problems)):
        problem = reader.problems[at]
        if place is None or not (problem.field == own or problem.field.startswith(f"{own}.")):
            continue
        reader.problems[at] = replace(
            problem, entry=f"entry {position + 1} ({place[0]})", entry_da=f"post {position + 1} ({place[1]})"
        )


def filled(scope: Scope, form: FormConfig, rules: Sequence[FieldRule]) -> bool:
    """Whether anyone filled in an item: a value of its own fields or lists that is neither blank nor
    printed on the form by its sender (`prefilled`). A form without items is always filled in."""
    if scope.whole_document:
        return True
    for rule in rules:
        if rule.prefilled or rule.value is not None or rule.compute is not None:
            continue
        if any(not list_rows.blank(scope.resolve(s)) for s in (rule.source, *rule.sources) if s):
            return True
    probe = Reader(form.format, "", form.id, "")  # finding no table is the mapping's problem to report
    for list_rule in form.lists:
        rows = list_rows.rows(scope, list_rule, probe) or ()
        for resolve in rows:
            if not list_rows.unfilled(list_rule, {s: resolve(s) for s in list_rule.headers}):
                return True
    return False
