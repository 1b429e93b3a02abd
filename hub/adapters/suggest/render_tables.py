"""The blocks of a `hub adapters suggest` draft for a table a list could read: a real [[forms.lists]]
for a table of days or weeks and hours, a commented-out one for any other table, and a warning where a
table runs straight into a row that is not data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hub.adapters.suggest.epoch_columns import EPOCH_LINE, SQUASH_LINE, epoch_counts, squash_values
from hub.adapters.suggest.minute_columns import MINUTES_TRANSFORMS, whole_minutes
from hub.adapters.suggest.row_marks import require_block
from hub.adapters.suggest.subtotal_lines import subtotal_rule
from hub.adapters.suggest.toml_text import note, q, value
from hub.adapters.suggest.utc_midnights import UTC_LINE, utc_midnights
from hub.adapters.suggest.week_values import MONTHS_NOTE
from hub.adapters.suggest.words import has

if TYPE_CHECKING:
    from hub.adapters.suggest.candidates import Table
    from hub.adapters.suggest.suggestion import Suggestion
    from hub.adapters.suggest.tables import TablePlan


def list_block(plan: TablePlan, s: Suggestion) -> list[str]:
    """A real [[forms.lists]] for the table's days or weeks and hours (summed into ISO weeks)."""
    table = {key: header for key, header in plan.list_columns.items() if not (key == "week" and plan.year)}
    if plan.minutes:  # the hours and the minutes apart: both the hours field's sources, not the table's
        del table["hours"]
    out = [
        "",
        f"  # the rows of the table at {note(plan.table.where)}",
        "  [[forms.lists]]",
        '  path = "entries"',
    ]
    out += ['  aggregate = "iso_week"', f"  table = {value(table)}"]
    if plan.table.pivot:  # a week or day a column, a kind of hours a row: the table turned a quarter
        out.append("  across = true  # one entry a column: the table's keys name rows, down one column")
        others = [h for h in plan.table.headers[1:] if h not in table.values()]
        if others:
            out.append(f"  # rows not read: {', '.join(q(h) for h in others)} (to add them: sources and sum)")
    if plan.left_out:  # a list reads a row's day or its week
        out.append(
            f"  # column {q(plan.left_out)} left out: a list reads each row's day or its week, not both"
        )
    # A line of sums after each week's days: checked, not read as a day.
    if plan.table.subtotal and plan.mode != "items":
        out.append(
            f"  subtotals = {{ {subtotal_rule(plan.table.subtotal)} }}  # a line of sums inside the table"
        )
    # A total or signature line straight after the days: the list ends there (not at a subtotal's words).
    # On an item table's list neither: its rows are the item's, ended and summed on [forms.items] (lang-93).
    if plan.table.trailer and plan.table.trailer != plan.table.subtotal and plan.mode != "items":
        out.append(f"  stop = {{ label = {q(plan.table.trailer)} }}  # the row after the table's last")
    if plan.year:  # the week's number and its year apart (`Uge` 10, `År` 2026): joined "10/2026"
        out += ["", "    [[forms.lists.fields]]", '    key = "week"']
        out += [f"    sources = {value([plan.list_columns['week'], plan.year])}"]
        out += ['    transforms = [{ name = "join", separator = "/" }, "week"]']
    for key in table:
        out += ["", "    [[forms.lists.fields]]", f"    key = {q(key)}"]
        if key == "hours" and whole_minutes(plan.table, table[key]):  # 90 minutes is 1.5 (`minute_columns`)
            out += [f"    transforms = {MINUTES_TRANSFORMS}  # whole minutes: 90 is 1 t. 30 min."]
        elif key == "date" and epoch_counts(row.get(table[key], "") for row in plan.table.rows):
            out.append(EPOCH_LINE)
        elif key == "date" and squash_values(row.get(table[key], "") for row in plan.table.rows):
            out.append(SQUASH_LINE)
        elif key == "date" and utc_midnights(row.get(table[key], "") for row in plan.table.rows):
            out.append(UTC_LINE)
        elif key == "week" and plan.period:  # `Uge 49` alone: its year from the period the sheet states
            out += [f'    transforms = [{{ name = "week", period = {q(plan.period)} }}]']
            out.append("    # weeks without their year: read in the period the cell named states; check it")
        elif key == "date" and plan.period:  # a day outside the period the sheet states: refused
            out += [f'    transforms = [{{ name = "date", period = {q(plan.period)} }}]']
            out.append("    # a day outside the period the cell named states is refused; check it is so")
        else:
            out += [f"    transforms = [{q(key)}]"]
    if plan.minutes:
        out += ["", "    [[forms.lists.fields]]", '    key = "hours"']
        out += [
            f"    sources = {value([plan.list_columns['hours'], plan.minutes])}  # whole hours, whole minutes"
        ]
        out += ['    transforms = ["hours_minutes"]']
    elif plan.days and "hours" not in table:
        out += _days(plan.days)
    out += require_block(plan.table)
    if not any(f.path == "total_hours" for f in s.fields):
        out += ["", "  [[forms.fields]]", '  path = "total_hours"', '  compute = "sum:entries.hours"']
    return out


def _days(days: tuple[str, ...]) -> list[str]:
    """The hours of a week a row with a column a weekday and no total: the days added up."""
    return [
        "",
        "    [[forms.lists.fields]]",
        '    key = "hours"',
        "    # a week a row, a column a weekday and no total column: a week's hours are its days added up,",
        "    # an empty day as 0 hours. TODO: check that every day column the form can have is listed, and",
        '    # drop empty_is_zero if a blank day must be refused (docs/config-language.md, "A week a row")',
        f"    sources = {value(list(days))}",
        '    transforms = [{ name = "sum", empty_is_zero = true }]',
    ]


def trailer_block(table: Table) -> list[str]:
    """A warning: the table runs straight into a row that is not data (a signature line, a total)."""
    row = f'row {table.trailer_row} ("{note(table.trailer, 40)}")'
    return [
        "",
        f"  # WARNING: the table at {note(table.where)} runs straight into {row} with no blank row:",
        "  # a list reads rows until a wholly empty one, so it would read that row as data. End the",
        "  # list before it (see docs/config-language.md) or have the sender leave a blank row.",
    ]


def blocks_block(table: Table) -> list[str]:
    """A warning: the table's header is printed again below it, with its rows (`header_blocks`)."""
    again = ", ".join(note(where) for where in table.blocks)
    return [
        "",
        f"  # WARNING: the table at {note(table.where)} is printed again under a header of its own at"
        f" {again}",
        "  # (a blank line, then a header with a column more or less, as Miller 6.6 writes CSV when its",
        "  # records' fields change). The hub reads one table and refuses this file at the second header:",
        "  # have it written with every row under one header (Miller: add the verb unsparsify), and check",
        "  # this draft against that file.",
    ]


def table_block(table: Table, s: Suggestion, total: bool = True, months: str = "") -> list[str]:
    """A table that is not read as the form's entries, drafted as a commented-out [[forms.lists]];
    `total`: with a commented-out total of its hours (False: another table's entries add it up);
    `months`, a column headed as weeks that holds months' names, is no week in it."""
    keys: dict[str, str] = {}
    transforms: dict[str, str] = {}
    columns = (("week", ("=uge", "week")), ("date", ("dato", "date")), ("hours", ("timer", "hours")))
    for index, header in enumerate(table.headers, 1):
        for key, words in columns:
            if key not in keys and header != months and any(has(header, w) for w in words):
                keys[key], transforms[key] = header, key
                break
        else:
            keys[f"column_{index}"] = header
    heads = " | ".join(q(h) for h in table.headers)
    found = f"{note(table.where)} ({note(heads, 120)})"
    out = [
        "",
        f"  # TODO: a table was found at {found}; a list could read it:",
        *([f"  # ({q(months)} {MONTHS_NOTE})"] if months else []),
        "  # [[forms.lists]]",
        '  # path = "entries"',
    ]
    if {"date", "hours"} <= set(keys):
        out.append('  # aggregate = "iso_week"')
    out.append(f"  # table = {value(keys)}")
    for key in keys:
        out += ["  #   [[forms.lists.fields]]", f"  #   key = {q(key)}"]
        out += [f"  #   transforms = {value([transforms[key]])}"] if key in transforms else []
    if total and s.form_type == "mentor_hours" and not any(f.path == "total_hours" for f in s.fields):
        out += ["  # [[forms.fields]]", '  # path = "total_hours"', '  # compute = "sum:entries.hours"']
    return out
