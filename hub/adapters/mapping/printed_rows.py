"""A row the form printed for its sender to fill in, left blank between rows filled in (decision 0060,
"Stop 55: stray-63").

The company's one form prints every week of an intern's period (`prefilled` weeks) with a box for the
hours, and the company page asks for 0 in a week without hours. A row left blank is no row (`lists`), so
a week skipped between weeks filled in vanished from the record without a word: the month had a
timesheet, so no gap said it was missing, and the claim was a week short. Such a row is refused at its
own field instead. A printed row left blank before the first row filled in or after the last is left as
before: on a form of several months the earlier weeks may be on a sheet sent already (writing 0 there
would correct that sheet), and the last week may not be over when the form is sent.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from hub.adapters.language.config_parts import ListRule
from hub.adapters.mapping.provenance import where_of
from hub.adapters.mapping.reading import Reader
from hub.quoting import quoted, quoted_da

__all__ = ["PrintedRows"]

Blank = Callable[[Any], bool]


class PrintedRows:
    """Follows one item's rows of a list, in order: `seen` each row; a printed row left blank that lies
    between two rows filled in is told to `reader` once the row after it is seen filled."""

    def __init__(self, rule: ListRule, reader: Reader | None, blank: Blank) -> None:
        self.rule, self.reader, self.blank = rule, reader, blank
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

    def _printed(self, values: Mapping[str, Any]) -> bool:
        return any(
            not self.blank(values.get(s)) for f in self.rule.fields if f.prefilled for s in f.selectors
        )

    def _tell(self, values: Mapping[str, Any]) -> None:
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
        self.reader.problem(
            f"{self.rule.path}.{own.key}",
            where,
            f"left blank in the row the form prints for {row_en}, between rows filled in above and below"
            f" it: a row left blank is not read, so the record would lack it without a word; write its"
            f" value, 0 if there was none",
            f"er tom i rækken, som blanketten har fortrykt for {row_da}, mellem rækker, der er udfyldt over"
            f" og under den: en tom række læses ikke, så posten ville mangle den uden et ord; skriv"
            f" værdien, 0 hvis der ikke var nogen",
        )
