"""The TOML lines of the `[[forms.lists]]` an XML document's repeated element is drafted as
(`xml_rows`): the list for the choice of row the sample fills, and a comment naming the other choice;
`drafted_rows` plans and renders them for `draft.suggest`."""

from __future__ import annotations

from typing import Any

from hub.adapters.suggest.candidates import Candidate
from hub.adapters.suggest.fields import FieldSuggestion
from hub.adapters.suggest.form_paths import FORM_PATHS
from hub.adapters.suggest.toml_text import note, q, value
from hub.adapters.suggest.xml_rows import Row, RowsPlan, plan_rows


def render_rows(plan: RowsPlan, total: bool) -> list[str]:
    """The list's lines; `total`: the form has `total_hours` and no field drafted for it."""
    week, day = plan.week, plan.day
    sums = week_sum(plan)
    chosen = day if sums and day else week if week.complete or day is None or not day.complete else day
    element = plan.element.rpartition("/")[2]
    lines = [
        "",
        f"  # TODO: <{element}> repeats ({plan.copies} {plan.counted_in}). "
        "Choose what one row of the list is:",
    ]
    if day is not None:
        inner = plan.day_element
        lines += [
            f"  #   a week: rows = {q(week.rows)}, its hours the <{inner}> in it added up;",
            f"  #   a day: rows = {q(day.rows)}, each with its own date and hours"
            + ("" if "date" in day.keys else " (the days here have no date)")
            + ";",
        ]
        lines.append(
            f"  # drafted here: a {'week' if chosen is week else 'day'} a row. Edit it for the other choice."
        )
        if sums:
            lines.append(
                f"  # Each <{element}> states its own sum ({sums}): subtotals checks it against its"
                f" <{inner}> added up."
            )
    else:
        lines.append(
            f"  #   each <{element}> a row, drafted here: check its keys (a week or a date, and the hours)."
        )
    real = chosen.complete
    if not real:
        lines.append(
            "  # The sample fills not every key: fill in each TODO, then remove the # before each line."
        )
    body = _list(chosen, plan, total, sums)
    return lines + (body if real else [("  # " + line.strip() if line.strip() else "") for line in body])


def week_sum(plan: RowsPlan) -> str:
    """The source of a week's own sum of hours (`@timer` of `<uge timer="3.5">`) where its days have
    their own date and hours too: the draft reads the days and checks each week's sum against them
    (`subtotals`, decision 0060, "Stop 67: fixes-105"; drafted since decision 0061, "Stop 68:
    fixes-111"); "" otherwise."""
    hours = plan.week.keys.get("hours")
    if plan.day is None or not plan.day.complete or hours is None or hours[1] != ["hours"]:
        return ""  # no days of their own, or the week's hours are its days' added up (`sum`)
    return hours[0][0]


def _list(row: Row, plan: RowsPlan, total: bool, sums: str = "") -> list[str]:
    out = ["  [[forms.lists]]", '  path = "entries"', '  aggregate = "iso_week"', f"  rows = {q(row.rows)}"]
    if sums:
        out.append(f"  subtotals = {{ element = {q(plan.element)}, sums = {{ hours = {q(sums)} }} }}")
    keys = dict(row.keys)
    if "week" not in keys and "date" not in keys:
        keys["week"] = (["TODO"], ["week"])
    if "hours" not in keys:
        keys["hours"] = (["TODO"], ["hours"])
    for key, (sources, transforms) in keys.items():
        out += ["", "    [[forms.lists.fields]]", f"    key = {q(key)}"]
        if isinstance(transforms[0], dict) and transforms[0]["name"] == "sum":
            by = (
                f"told apart by {plan.day_by}"
                if plan.day_by
                else "by position: check each day is always in its place"
            )
            out += [
                f"    # the <{plan.day_element}> of a week added up, {by}; a day left out is 0 hours",
                "    # (empty_is_zero). TODO: check every day the form can have is listed",
            ]
        out += source_lines(sources, transforms, row.seen.get(key, ""))
    if total:
        out += ["", "  [[forms.fields]]", '  path = "total_hours"', '  compute = "sum:entries.hours"']
    return out


def source_lines(sources: list[str], transforms: list[Any], seen: str) -> list[str]:
    """A list field's `source` (or `sources`) with the value seen, and its `transforms` (a drafted list
    of XML rows or of a PDF's numbered fields)."""
    comment = f"  # seen: {note(seen, 60)}" if seen else ("  # TODO" if sources == ["TODO"] else "")
    if len(sources) == 1:
        first = f"    source = {q(sources[0])}{comment}"
    else:
        first = f"    sources = {value(sources)}{comment}"
    return [first, f"    transforms = [{', '.join(_call(t) for t in transforms)}]"]


def _call(transform: Any) -> str:
    """A transform as the adapter language writes it: a name, or an inline table with its arguments."""
    if not isinstance(transform, dict):
        return q(str(transform))
    pairs = (f"{k} = {str(v).lower() if isinstance(v, bool) else q(str(v))}" for k, v in transform.items())
    return "{ " + ", ".join(pairs) + " }"


def drafted_rows(
    candidates: list[Candidate],
    form_type: str,
    taken: dict[str, FieldSuggestion],
    missing: list[str],
    in_record: bool,
) -> list[str]:
    """The list an XML form's repeated element is drafted as, where its form type has `entries`; the
    keys it fills are no longer missing (changed in place). `in_record`: the candidates are the first
    record's, their paths from its element, and the list's rows are written relative to it."""
    plan = plan_rows(candidates) if "entries" in FORM_PATHS[form_type] else None
    if plan is None:
        return []
    if in_record:
        plan.element, plan.counted_in = plan.element.lstrip("/"), "in the first record"
        for row in (plan.week, plan.day):
            if row is not None:
                row.rows = row.rows.lstrip("/")
    total = "total_hours" in FORM_PATHS[form_type] and "total_hours" not in taken
    if plan.week.complete or (plan.day is not None and plan.day.complete):
        missing[:] = [p for p in missing if p not in ("entries", "total_hours")]
    return render_rows(plan, total)
