"""`hub adapters suggest` on XML: an element repeated (a week a `<uge>`, a day a `<dag>` inside it)
drafted as the `[[forms.lists]]` that reads it, for the person to edit rather than write.

What one row is, a week with its days added up or a day with its own date, is the person's call
(decision 0060, "XML rows"): the draft writes a list for the choice the sample can fill (a week first),
and its comment names the other choice and what it would read. Where neither can be filled from the
sample, the list is written commented out, its unknown sources TODO, so that the draft still loads.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from hub.adapters.mapping.numberparse import parse_hours
from hub.adapters.suggest.candidates import Candidate
from hub.adapters.suggest.clock_hours import clock_names, lone_clock
from hub.adapters.suggest.hours_named import hours_column, hours_word, reads
from hub.adapters.suggest.minute_columns import minutes_named_beside, part_left_out
from hub.adapters.suggest.values import date_like
from hub.adapters.suggest.week_values import names_months, weeks

_POSITION = re.compile(r"^(?P<base>[^\[]+)(?:\[(?P<n>\d+)\])?$")
_YEAR = re.compile(r"(19|20)\d\d")
_WEEK_NUMBER = re.compile(r"0?[1-9]|[1-4]\d|5[0-3]")


@dataclass
class Row:
    """One choice of row: its keys, each its sources (relative to the row) and transforms."""

    rows: str
    keys: dict[str, tuple[list[str], list[Any]]] = field(default_factory=dict)
    seen: dict[str, str] = field(default_factory=dict)  # key → the values the sample holds, for a comment

    @property
    def complete(self) -> bool:
        """Whether the sample fills a week or a date and the hours: a list `iso_week` can sum."""
        return "hours" in self.keys and ("week" in self.keys or "date" in self.keys)


@dataclass
class RowsPlan:
    """The repeated element (`week`, positions left out: every copy a row) and, if one repeats inside it,
    the inner one (`day`); a `Row` for each choice."""

    element: str
    copies: int
    week: Row
    day: Row | None
    day_element: str = ""
    day_by: str = ""  # how the inner copies are told apart: "@navn", or "" (by position)
    counted_in: str = "in this file"  # where `copies` were counted: the first record's, in an export of many


def _steps(selector: str) -> list[tuple[str, int]]:
    """A selector's steps as (name, position); the position is 1 where none is written."""
    out = []
    for step in selector.lstrip("/").split("/"):
        found = _POSITION.match(step)
        out.append((found["base"], int(found["n"] or 1)) if found else (step, 1))
    return out


def plan_rows(candidates: Sequence[Candidate]) -> RowsPlan | None:
    """The list an XML document's outermost repeated element asks for; None when nothing repeats."""
    parsed = [(_steps(c.selector), c.value or "") for c in candidates if c.selector.startswith("/")]
    repeated: dict[tuple[str, ...], int] = {}
    for steps, _ in parsed:
        for depth, (_, position) in enumerate(steps):
            if position > 1:
                path = tuple(name for name, _ in steps[: depth + 1])
                repeated[path] = max(repeated.get(path, 0), position)
                break
    outer = [p for p in repeated if not any(p[: len(q)] == q and p != q for q in repeated)]
    if not outer:
        return None

    def under(path: tuple[str, ...]) -> list[tuple[list[tuple[str, int]], str]]:
        return [(s, v) for s, v in parsed if tuple(n for n, _ in s[: len(path)]) == path]

    element = max(outer, key=lambda p: (len(under(p)), -len(p)))
    inner = [p for p in repeated if len(p) > len(element) and p[: len(element)] == element]
    day = max(inner, key=lambda p: len(under(p)), default=None)
    # Every value under the element, by the row it is in, relative to the row (`@nr`, `tid:dag[2]/@navn`).
    rows: dict[int, dict[str, str]] = {}
    for steps, text in under(element):
        rest = "/".join(f"{n}[{p}]" if p > 1 else n for n, p in steps[len(element) :])
        rows.setdefault(steps[len(element) - 1][1], {})[rest or "."] = text
    plan = RowsPlan("/" + "/".join(element), repeated[element], Row("/" + "/".join(element)), None)
    day_step = "/".join(day[len(element) :]) if day else ""
    _row_keys(plan.week, rows, day_step)
    if day:
        plan.day_element, plan.day = day_step, Row(f"{plan.week.rows}/{day_step}")
        _day_keys(plan, rows)
    return plan


def _values(rows: dict[int, dict[str, str]], rest: str) -> list[str]:
    return [row[rest] for row in rows.values() if rest in row]


def _row_keys(row: Row, rows: dict[int, dict[str, str]], day: str) -> None:
    """The week (or date) and the hours of a row a week, from the row's own values (not its days')."""
    first = rows[min(rows)]
    own = [r for r in first if not day or not _in(r, day)]
    for rest in own:
        seen = _values(rows, rest)
        # "." is the row element's own text: its name is the label (`<uge>2026-18</uge>`).
        label = row.rows.rpartition("/")[2] if rest == "." else rest
        if "week" not in row.keys and weeks(label, seen):
            row.keys["week"], row.seen["week"] = ([rest], ["week"]), seen[0]
        elif "date" not in row.keys and all(date_like(v) for v in seen):
            row.keys["date"], row.seen["date"] = ([rest], ["date"]), seen[0]
    number = next(
        (r for r in own if not names_months(r) and all(_WEEK_NUMBER.fullmatch(v) for v in _values(rows, r))),
        None,
    )
    year = next((r for r in own if all(_YEAR.fullmatch(v) for v in _values(rows, r))), None)
    if "week" not in row.keys and "date" not in row.keys and number and year:
        # A week's number and year apart (`<uge nr="11" aar="2026">`): joined "11/2026", as `week` reads.
        row.keys["week"] = ([number, year], [{"name": "join", "separator": "/"}, "week"])
        row.seen["week"] = f"{first[number]}, {first[year]}"
    # the row's values in any copy, a part the first copy leaves out too (`<minutes>` of a later visit)
    every = [r for r in dict.fromkeys(r for v in rows.values() for r in v) if not day or not _in(r, day)]
    hours = next((r for r in every if hours_column(r, _values(rows, r))), None)
    if hours is None and {"date", "week"} & set(row.keys) and not any(hours_word(r) for r in every):
        # no hours by name or written duration: the row's one clock time (`varighed="1:30:00"`), as a
        # table's column is (`clock_hours`); the row element's own text by the element's name. Where a
        # value is named as hours (`timer="0.15e1"`) but not read, the hours are there and left to a
        # person: the one clock is then the visit's time of day (`kl="09:00"`), 9 hours if taken.
        taken = {s for sources, _ in row.keys.values() for s in sources}
        named = {row.rows.rpartition("/")[2] if r == "." else r: r for r in own if r not in taken}
        lone = lone_clock(clock_names({name: _values(rows, r) for name, r in named.items()}))
        hours = named[lone] if lone is not None else None
    if hours and hours_word(hours) and (minutes := minutes_named_beside(list(rows.values()), every, hours)):
        # `<timer>1</timer>` beside `<minutter>30</minutter>`: both, as a table's columns (`minute_columns`);
        # a row writing one of them alone (an interval's parts that are not 0) with `empty_is_zero`
        both: list[Any] = ["hours_minutes"]
        if part_left_out(list(rows.values()), hours, minutes):
            both = [{"name": "hours_minutes", "empty_is_zero": True}]
        row.keys["hours"] = ([hours, minutes], both)
        row.seen["hours"] = f"{first.get(hours, '')}, {first.get(minutes, '')}"
    elif hours:
        row.keys["hours"], row.seen["hours"] = ([hours], ["hours"]), first.get(hours, "")
    if "date" in row.keys:  # a list reads a row's day or its week, never both; the day names its week
        row.keys.pop("week", None)
        row.seen.pop("week", None)


def _day_keys(plan: RowsPlan, rows: dict[int, dict[str, str]]) -> None:
    """A row a day: its date and hours from the day's own values; and, for a row a week, its days'
    hours added up, each day told apart by an attribute whose value differs between a row's days."""
    day, days = plan.day_element, plan.day
    assert days is not None
    inside = [(r, t) for row in rows.values() for r, t in row.items() if _in(r, day)]
    attributes: dict[str, list[str]] = {}
    for rest, text in inside:
        name = rest.rpartition("/")[2]
        if name.startswith("@") and rest.count("/") == day.count("/") + 1:
            attributes.setdefault(name, []).append(text)
    by = next((a for a in attributes if _tells_apart(rows, day, a)), "")
    copies = [(r, t) for r, t in inside if "/" not in r[len(day) :]]  # the day elements' own text
    numbers = [t for _, t in copies if reads(parse_hours, t)]
    if numbers and len(numbers) == len(copies) and "hours" not in plan.week.keys:
        if by:
            labels = list(dict.fromkeys(attributes[by]))
            sources = [f"{day}[{by}='{label}']" for label in labels]
        else:
            most = max(_steps(r)[-1][1] for r, _ in copies)
            sources = [day if n == 1 else f"{day}[{n}]" for n in range(1, most + 1)]
        plan.week.keys["hours"] = (sources, [{"name": "sum", "empty_is_zero": True}])
        plan.week.seen["hours"] = ", ".join(numbers[:4])
        plan.day_by = by
    # A row a day reads the first copy's own values: its text (`.`) and its attributes and children.
    for rest, text in inside:
        if rest != day and not rest.startswith(day + "/"):
            continue
        own = rest[len(day) :].lstrip("/") or "."
        if "date" not in days.keys and date_like(text):
            days.keys["date"], days.seen["date"] = ([own], ["date"]), text
        elif "hours" not in days.keys and (
            own == "." and reads(parse_hours, text) or hours_column(own, [text])
        ):
            days.keys["hours"], days.seen["hours"] = ([own], ["hours"]), text
    _day_minutes(days, _day_copies(rows, day))


def _day_copies(rows: dict[int, dict[str, str]], day: str) -> list[dict[str, str]]:
    """Each copy of the inner element in every row, its values by their names relative to it (`timer`,
    `@min`, `.` for its own text)."""
    copies: dict[tuple[int, str], dict[str, str]] = {}
    for number, row in rows.items():
        for rest, text in row.items():
            if _in(rest, day):
                which, _, own = rest[len(day) :].partition("/")  # "[2]" of `dag[2]/timer`
                copies.setdefault((number, which), {})[own or "."] = text
    return list(copies.values())


def _day_minutes(days: Row, copies: list[dict[str, str]]) -> None:
    """A row a day's hours named so (`<timer>1</timer>`) beside one value named as minutes
    (`<minutter>30</minutter>`), whole hours and minutes on every day: both, as a row's own are
    (`_row_keys`; decision 0060, "Stop 69: fixes-113": the day's were its `timer` alone, 1:30 read as 1)."""
    if "hours" not in days.keys or not copies:
        return
    (hours,), _ = days.keys["hours"]
    names = list(dict.fromkeys(name for copy in copies for name in copy))
    if hours_word(hours) and (minutes := minutes_named_beside(copies, names, hours)):
        days.keys["hours"] = ([hours, minutes], ["hours_minutes"])
        days.seen["hours"] = f"{copies[0].get(hours, '')}, {copies[0].get(minutes, '')}"


def _in(rest: str, day: str) -> bool:
    """Whether a row's value is the inner element's or inside it (`tid:dag[2]/@navn` for `tid:dag`)."""
    return rest == day or rest.startswith((day + "/", day + "["))


def _tells_apart(rows: dict[int, dict[str, str]], day: str, attribute: str) -> bool:
    """Whether an attribute of the inner element has a different value on each of a row's copies."""
    for row in rows.values():
        seen = [t for r, t in row.items() if _in(r, day) and r.endswith("/" + attribute)]
        if len(seen) != len(set(seen)) or any(not t.strip() or "'" in t for t in seen):
            return False
    return True
