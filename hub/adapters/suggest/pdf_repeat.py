"""`hub adapters suggest` on a PDF timesheet whose week rows are numbered fields (`uge.1`...`uge.8` and
`timer.1`..., kids of a parent field, or `Uge1`, `Timer1`): drafted as the `repeat` list that reads them,
rather than one TODO a field (decision 0060, "Stop 48").

A row's week is a field read as `week` reads it, or a bare week number joined with the document's year
(a field of its own holding only a year: `sources = ["uge.{n}", "aar"]`), or a date; its hours a field
named for hours whose filled values read as hours. Where the sample fills no such pair, nothing is
drafted and the TODOs stay as they were.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from hub.adapters.mapping.numberparse import parse_hours
from hub.adapters.suggest.candidates import Candidate
from hub.adapters.suggest.fields import FieldSuggestion
from hub.adapters.suggest.hours_named import hours_word, reads
from hub.adapters.suggest.toml_text import q
from hub.adapters.suggest.values import date_like
from hub.adapters.suggest.week_values import names_months, weeks
from hub.adapters.suggest.words import words
from hub.adapters.suggest.xml_rows_render import source_lines

_NUMBERED = re.compile(r"(?P<stem>.*?\D)(?P<n>[1-9]\d?)")
_YEAR = re.compile(r"(19|20)\d\d")
_WEEK_NUMBER = re.compile(r"0?[1-9]|[1-4]\d|5[0-3]")
_YEAR_WORDS = frozenset({"aar", "aarstal", "year"})  # folded (`words`): År, Årstal


@dataclass
class RepeatPlan:
    """The list's rows (1..`rows`), its keys as (sources with `{n}`, transforms), and values seen."""

    rows: int
    keys: dict[str, tuple[list[str], list[Any]]] = field(default_factory=dict)
    seen: dict[str, str] = field(default_factory=dict)
    read: set[str] = field(default_factory=set)  # the fields the list reads (no TODO of their own)


def _groups(candidates: Sequence[Candidate]) -> dict[str, dict[int, Candidate]]:
    """Fields numbered 1..N under one stem (`uge.{n}`), N at least 2, the numbers without a gap."""
    groups: dict[str, dict[int, Candidate]] = {}
    for cand in candidates:
        match = _NUMBERED.fullmatch(cand.selector)
        if match and not cand.kind:
            groups.setdefault(match["stem"] + "{n}", {})[int(match["n"])] = cand
    return {s: g for s, g in groups.items() if len(g) >= 2 and sorted(g) == list(range(1, len(g) + 1))}


def _filled(group: dict[int, Candidate]) -> list[str]:
    return [(c.value or "").strip() for _, c in sorted(group.items()) if (c.value or "").strip()]


def plan_repeat(candidates: Sequence[Candidate]) -> RepeatPlan | None:
    """The `repeat` list a PDF's numbered week and hours fields ask for; None when there is none."""
    groups = _groups(candidates)
    week = hours = None
    plan = RepeatPlan(rows=0)
    for stem, group in groups.items():
        texts = _filled(group)
        if not texts:
            continue
        label = " ".join((stem.replace("{n}", ""), *group[1].texts))  # its name, its printed label
        if (
            hours is None
            and hours_word(stem.replace("{n}", ""))
            and all(reads(parse_hours, t) for t in texts)
        ):
            hours, plan.keys["hours"], plan.seen["hours"] = group, ([stem], ["hours"]), texts[0]
        elif week is None and weeks(label, texts):
            week, plan.keys["week"], plan.seen["week"] = group, ([stem], ["week"]), texts[0]
        elif week is None and all(date_like(t) for t in texts):
            week, plan.keys["date"], plan.seen["date"] = group, ([stem], ["date"]), texts[0]
        elif week is None and not names_months(label) and all(_WEEK_NUMBER.fullmatch(t) for t in texts):
            year = _year_field(candidates)
            if year is not None:  # a bare week number and the document's year: "10/2026", as `week` reads
                week = group
                plan.keys["week"] = ([stem, year.selector], [{"name": "join", "separator": "/"}, "week"])
                plan.seen["week"] = f"{texts[0]}, {(year.value or '').strip()}"
                plan.read.add(year.selector)
    if week is None or hours is None or len(week) != len(hours):
        return None
    plan.rows = len(week)
    plan.read |= {c.selector for c in (*week.values(), *hours.values())}
    return plan


def _year_field(candidates: Sequence[Candidate]) -> Candidate | None:
    """The field holding the document's year: of those whose whole value reads as a year, one named for a
    year (`aar`, `År`, `year`) first, since a postal code (2000, Frederiksberg) reads as one too."""
    years = [c for c in candidates if _YEAR.fullmatch((c.value or "").strip()) and not c.kind]
    named = [c for c in years if _YEAR_WORDS & {w for text in (c.selector, *c.texts) for w in words(text)}]
    return next(iter(named or years), None)


def without_rows(fields: list[FieldSuggestion], plan: RepeatPlan) -> list[FieldSuggestion]:
    """The fields but the TODOs of the fields the list reads (a field drafted for a path is kept: the
    person sees what else it was taken for)."""
    return [f for f in fields if f.path is not None or not f.selectors or f.selectors[0] not in plan.read]


def render_repeat(plan: RepeatPlan, total: bool) -> list[str]:
    """The list's lines; `total`: the form has `total_hours` and no field drafted for it."""
    stems = ", ".join(sources[0] for sources, _ in plan.keys.values())
    out = [
        "",
        f"  # TODO: numbered fields ({stems}, n = 1 to {plan.rows}) are the rows of a list; a row left",
        "  # blank is skipped. Check its keys, and the number of rows on every version of the form.",
        "  [[forms.lists]]",
        '  path = "entries"',
        '  aggregate = "iso_week"',
        f"  repeat = {plan.rows}",
    ]
    for key, (sources, transforms) in plan.keys.items():
        out += ["", "    [[forms.lists.fields]]", f"    key = {q(key)}"]
        out += source_lines(sources, transforms, plan.seen[key])
    if total:
        out += ["", "  [[forms.fields]]", '  path = "total_hours"', '  compute = "sum:entries.hours"']
    return out
