"""A row the form printed for its sender to fill in, left blank between rows filled in (decision 0060,
"Stop 55: stray-63").

The company's one form prints every week of an intern's period (`prefilled` weeks) with a box for the
hours, and the company page asks for 0 in a week without hours. A row left blank is no row (`lists`), so
a week skipped between weeks filled in vanished from the record without a word: the month had a
timesheet, so no gap said it was missing, and the claim was a week short. Such a row is refused at its
own field instead. A printed row left blank before the first row filled in is left as before: on a form
of several months the earlier weeks may be on a sheet sent already (writing 0 there would correct that
sheet). After the last row filled in, a week that was not over on the day the form was signed is left
too (its hours are not known yet); a week that had ended is refused as one between ("Stop 56:
stray-64"): the page asks for 0 in a week without hours, also one after the placement ended, so a blank
ended week is a week forgotten, and dropped it left the claim a week short without a word.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, timedelta
from typing import Any

from hub.adapters.language.config_parts import ListRule
from hub.adapters.mapping.provenance import where_of
from hub.adapters.mapping.reading import Reader
from hub.adapters.mapping.textparse import TransformError, parse_week
from hub.datewords import day_da
from hub.quoting import quoted, quoted_da

__all__ = ["PrintedRows"]

Blank = Callable[[Any], bool]


class PrintedRows:
    """Follows one item's rows of a list, in order: `seen` each row; a printed row left blank that lies
    between two rows filled in is told to `reader` once the row after it is seen filled."""

    def __init__(
        self, rule: ListRule, reader: Reader | None, blank: Blank, signed: date | None = None
    ) -> None:
        self.rule, self.reader, self.blank, self.signed = rule, reader, blank, signed
        self.filled_before = False
        self.waiting: list[Mapping[str, Any]] = []  # printed rows left blank since the last row filled

    def seen(self, values: Mapping[str, Any], filled: bool) -> None:
        """One row's values by selector, and whether anything of its own was filled in."""
        if not filled:
            if self.filled_before and self._printed(values):
                self.waiting.append(values)
            return
        for row in self.waiting:
            self._tell(row)
        self.waiting, self.filled_before = [], True

    def done(self) -> None:
        """After the item's last row: each printed week left blank after the last row filled in that had
        ended before the day the form was signed is told, as a row between is."""
        if self.signed is None:
            return
        for row in self.waiting:
            ended = self._week_end(row)
            if ended is not None and ended < self.signed:
                self._tell(row, ended)
        self.waiting = []

    def _week_end(self, values: Mapping[str, Any]) -> date | None:
        """The last day (Sunday) of the ISO week a row prints, where a prefilled field reads a week."""
        for f in self.rule.fields:
            if not f.prefilled or all(t.name != "week" for t in f.transforms):
                continue
            for s in f.selectors:
                if self.blank(values.get(s)):
                    continue
                try:
                    year, week = parse_week(values[s].value).split("-W")
                except TransformError:
                    return None  # the week's own problem is said where it is read
                return date.fromisocalendar(int(year), int(week), 1) + timedelta(days=6)
        return None

    def _printed(self, values: Mapping[str, Any]) -> bool:
        return any(
            not self.blank(values.get(s)) for f in self.rule.fields if f.prefilled for s in f.selectors
        )

    def _tell(self, values: Mapping[str, Any], ended: date | None = None) -> None:
        if self.reader is None:
            return
        printed = [
            (values.get(s).value or "").strip()  # type: ignore[union-attr]
            for f in self.rule.fields
            if f.prefilled
            for s in f.selectors
            if not self.blank(values.get(s))
        ]
        own = next((f for f in self.rule.fields if not f.prefilled), None)
        if own is None:
            return
        selector = next((s for s in own.selectors if s in values), own.selectors[0])
        found = values.get(selector)
        where = where_of(found, self.reader.fmt) if found is not None else selector
        row_en = ", ".join(quoted(p) for p in printed)
        row_da = ", ".join(quoted_da(p) for p in printed)
        between_en, between_da = "between rows filled in above and below it", "mellem rækker, der er udfyldt"
        between_da += " over og under den"
        if ended is not None and self.signed is not None:
            between_en = (
                f"after the rows filled in, though the week had ended ({ended.isoformat()}) before the form"
                f" was signed ({self.signed.isoformat()})"
            )
            between_da = (
                # Danish text writes its dates as the pages' Danish does; the English keeps ISO 8601,
                # as it is the API's `reason_en` (the pages write it in their own style).
                f"efter de udfyldte rækker, selv om ugen var slut ({day_da(ended)}), før blanketten blev"
                f" underskrevet ({day_da(self.signed)})"
            )
        self.reader.problem(
            f"{self.rule.path}.{own.key}",
            where,
            f"left blank in the row the form prints for {row_en}, {between_en}: a row left blank is not"
            f" read, so the record would lack it without a word; write its value, 0 if there was none",
            f"er tom i rækken, som blanketten har fortrykt for {row_da}, {between_da}: en tom række læses"
            f" ikke, så posten ville mangle den uden et ord; skriv værdien, 0 hvis der ikke var nogen",
        )
