"""Reading one canonical value: resolve its selectors, apply its transforms, record where it came from.

Shared by plain fields (`mapping`) and list items (`lists`). Problems are collected on the `Reader`
rather than raised, so that a document is rejected once with every problem it has.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any, NamedTuple

from hub.adapters.language.missing_words import label_text, missing
from hub.adapters.mapping.checkbox_marks import box_state_mark
from hub.adapters.mapping.skipped_labels import LabelSkipped
from hub.adapters.mapping.transform_types import TransformCall
from hub.adapters.mapping.transforms import TRANSFORMS, SourceError, TransformError
from hub.adapters.mapping.unchosen import nothing_chosen
from hub.adapters.mapping.workbook_days import EXCEL_DAY, workbook_day
from hub.adapters.readers.base import SourceValue, describe_locator
from hub.errors import FieldProblem
from hub.schemas.field_names import field_name

Resolver = Callable[[str], SourceValue | None]


class Provenance(NamedTuple):
    """Where one canonical leaf came from: document, locator, source key, raw value, transforms.

    A named tuple, as `SourceValue` is: immutable, and made in half the time of a frozen dataclass
    (one for every value of every document read)."""

    path: str
    document_sha256: str
    locator: dict[str, Any]
    source_key: str | None
    raw_value: str | None
    transforms: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the provenance as a JSON-ready dict (its locator a copy, as the rest is)."""
        data = self._asdict()
        data["locator"] = copy.deepcopy(self.locator)
        data["transforms"] = list(self.transforms)
        return data


# The same entry as `Provenance(...)`, made by the tuple type itself: a named tuple's own __new__ is
# Python code, run for every value of every document read.
_new_provenance = partial(tuple.__new__, Provenance)


def locator_of(value: SourceValue, fmt: str) -> dict[str, Any]:
    """Return the format's locator data for a value, with a text for people in English and Danish."""
    meta = value.meta
    if fmt == "pdf":
        data: dict[str, Any] = {"field": value.key, "page": meta.get("page")}
        data.update({k: meta[k] for k in ("tooltip", "label") if meta.get(k)})
        if meta.get("type") == "checkbox":
            data["box"] = True  # its state is a tick whatever its name ("Nej"): the record page says so
    elif fmt == "xml":
        data = {"xpath": meta.get("xpath") or value.key}
    elif fmt in ("csv", "xlsx"):
        data = {"cell": value.key.split("!", 1)[-1], "row": meta.get("row"), "col": meta.get("col")}
        if fmt == "xlsx":
            data["sheet"] = meta.get("sheet")
    else:
        data = {"key": value.key}
    data["text"] = {"en": describe_locator(value, fmt, "en"), "da": describe_locator(value, fmt, "da")}
    return data


def _combined_value(value: SourceValue | None, boxes: bool) -> str | None:
    """A source's text for a combining transform; for `checked` (`boxes`), a PDF checkbox's state as a
    tick mark, since its export value is a name its author chose and may read as "no" ("Nej")."""
    if value is None:
        return None
    if boxes and value.meta.get("type") == "checkbox":
        return box_state_mark(value.value)
    return value.value


# Where a problem is: one text for both languages (a selector, an XPath), or (English, Danish).
Where = str | tuple[str, str]


def where_of(value: SourceValue, fmt: str) -> tuple[str, str]:
    """Where a value was, in English and Danish (`field "X" on page 1`, `felt "X" på side 1`)."""
    return describe_locator(value, fmt, "en"), describe_locator(value, fmt, "da")


def plain_locator(kind: str, what: str, en: str, da: str) -> dict[str, Any]:
    """A locator for a value that is not in the document (a constant, a sum, a missing selector)."""
    return {kind: what, "text": {"en": en, "da": da}}


def computed_text(compute: str) -> tuple[str, str]:
    """Where a computed value came from, in English and Danish words: `sum:entries.hours` is "computed:
    the sum of hours on every line" (the rule itself stays in the locator, for whoever wrote the config).
    A caseworker reads this under the value; the config language's syntax means nothing to them."""
    _, _, summed = compute.partition(":")
    return (
        f"computed: the sum of {field_name(summed, 'en')} on every line",
        f"beregnet: summen af {field_name(summed, 'da')} på alle linjer",
    )


@dataclass
class Reader:
    """Reads values of one document for one form; collects problems instead of stopping at the first."""

    fmt: str
    filename: str
    form_id: str
    document_sha256: str
    problems: list[FieldProblem] = field(default_factory=list)
    # False: provenance entries carry no locator (an empty dict), for a reading only compared with a
    # record already stored (`hub reprocess`): saying where each value was, in two languages, was an
    # eighth of reading a document again, and an unchanged record throws it away.
    located: bool = True

    def problem(self, path: str, where: Where, en: str, da: str) -> None:
        """Note one problem with one canonical field, where it was (the same in both languages, or
        English and Danish)."""
        at_en, at_da = (where, where) if isinstance(where, str) else where
        self.problems.append(
            FieldProblem(
                en,
                da,
                file=self.filename,
                form=self.form_id,
                locator=at_en,
                field=path,
                locator_da=at_da,
            )
        )

    def read(
        self,
        path: str,
        selectors: Sequence[str],
        calls: Sequence[TransformCall],
        resolve: Resolver,
        optional: bool = False,
    ) -> tuple[Any, list[Provenance]]:
        """Read one value; None when it is empty and optional (with the provenance of its empty sources)
        or has a problem (noted). The last transform decides the value's type (`integer` gives an int)."""
        try:
            found = [(selector, resolve(selector)) for selector in selectors]
        except LabelSkipped as exc:  # optional or not: the value may be in the document, unread
            self.problem(path, exc.selector, exc.problems[0].reason_en, exc.problems[0].reason_da)
            return None, []
        combines = bool(calls) and TRANSFORMS[calls[0].name].combines
        # Only a value of several sources (or a combining transform) is rejected here for one missing:
        # nearly every field has one source, and skips the look for missing sources and a default.
        if (combines or len(found) > 1) and not optional:
            missing = [selector for selector, value in found if value is None]
            if missing and not any(call.name == "default" for call in calls) and not self._left_out(calls):
                for selector in missing:
                    self._missing(path, selector, self._left_out_hint(calls))
                return None, []
        applied: list[str] = []
        value: str | None
        if combines:
            boxes = calls[0].name == "checked"
            pairs = [(selector, _combined_value(sv, boxes)) for selector, sv in found]
            if calls[0].name == "last_day" and pairs and workbook_day(found[0][1]):
                pairs[0] = (pairs[0][0], workbook_day(found[0][1]))  # the start; never the length
                applied.append(EXCEL_DAY)
            try:
                value = TRANSFORMS[calls[0].name].func(pairs, calls[0].args)
            except SourceError as exc:  # one source's own problem: said at its cell, field or element
                self._source_problem(path, exc, [f for f in found if f[0] == exc.selector] or found)
                return None, []
            except TransformError as exc:
                self.problem(path, self._where(found), exc.reason_en, exc.reason_da)
                return None, []
            applied.append(calls[0].summary())
            calls = calls[1:]
        else:
            first = found[0][1]
            value = None if first is None else (first.value or "").strip()
            if calls and calls[0].name == "date" and (day := workbook_day(first)):
                value = day
                applied.append(EXCEL_DAY)
            said = nothing_chosen(first, calls)
            if said is not None:  # said as the caseworker left it, not as "no mapping for 'Off'"
                self.problem(path, self._where(found), *said)
                return None, []
        before = len(self.problems)
        if value and "\r" in value:
            # A line break is "\n" in the record whatever wrote it: a PDF's multi-line field writes "\r",
            # a Windows export "\r\n" inside a quoted cell. The provenance keeps the raw value.
            value = value.replace("\r\n", "\n").replace("\r", "\n")
        # Where the value was is worked out only for a problem: a value that transforms cleanly (nearly
        # all) never needs it.
        value = self.transform(path, value, calls, applied, lambda: self._where(found))
        if len(self.problems) > before:
            return None, []  # a transform failed and said why
        if not value:
            if optional:
                return None, self.provenance(path, found, applied)
            if value is None:
                self._missing(path, found[0][0])
            else:
                self._empty(path, found)
            return None, []
        last = TRANSFORMS.get(applied[-1].split("(", 1)[0]) if applied else None
        return (last.result(value) if last else value), self.provenance(path, found, applied)

    def transform(
        self,
        path: str,
        value: str | None,
        calls: Sequence[TransformCall],
        applied: list[str],
        where: Where | Callable[[], Where],
    ) -> str | None:
        """Apply transforms in order; an empty value skips all but `default`. None on a failure (noted
        at `where`, or where the function given says)."""
        for call in calls:
            if call.name == "default":
                if not value:
                    value = str(call.args["value"])
                    applied.append(call.summary())
                continue
            if not value:
                continue
            try:
                value = TRANSFORMS[call.name].func(value, call.args).strip()
            except TransformError as exc:
                self.problem(path, where() if callable(where) else where, exc.reason_en, exc.reason_da)
                return None
            applied.append(call.summary())
        return value

    def provenance(
        self, path: str, found: Sequence[tuple[str, SourceValue | None]], applied: Sequence[str]
    ) -> list[Provenance]:
        """One provenance entry per source of a value (a missing one is named by its selector)."""
        entries = []
        for selector, sv in found:
            if sv is None:
                locator = plain_locator(
                    "selector", selector, f"not found: {selector}", f"ikke fundet: {selector}"
                )
                entries.append(Provenance(path, self.document_sha256, locator, None, None, tuple(applied)))
            else:
                locator = locator_of(sv, self.fmt) if self.located else {}
                entries.append(
                    _new_provenance((path, self.document_sha256, locator, sv.key, sv.value, tuple(applied)))
                )
        return entries

    def _source_problem(
        self, path: str, exc: SourceError, found: Sequence[tuple[str, SourceValue | None]]
    ) -> None:
        """One source of several is wrong (a day of a week's grid), said at its place. A table's cell is
        named by its column's header too ("Tir"), as the person who filled it in knows it; a PDF field
        and an XML element are named by their place alone."""
        prefix = f"{exc.selector}: " if self.fmt in ("csv", "xlsx") else ""
        self.problem(path, self._where(found), prefix + exc.reason_en, prefix + exc.reason_da)

    def _where(self, found: Sequence[tuple[str, SourceValue | None]]) -> Where:
        for _, sv in found:
            if sv is not None:
                return where_of(sv, self.fmt)
        return found[0][0] if found else ""

    def _left_out(self, calls: Sequence[TransformCall]) -> bool:
        """An XML element left out is an empty source where `sum` reads empty as 0 hours: an export
        writes no element for a day without hours (`minOccurs="0"`). A PDF field or a table's column
        the document lacks is still "not found": that is another version of the form, not a blank day."""
        return self.fmt == "xml" and calls[0].name == "sum" and bool(calls[0].args.get("empty_is_zero"))

    def _left_out_hint(self, calls: Sequence[TransformCall]) -> tuple[str, str]:
        """What to say after "not found" where an element left out could have counted as empty."""
        if self.fmt == "xml" and calls and calls[0].name == "sum":
            return (
                " (an element left out is 0 hours only where the config's sum has empty_is_zero = true)",
                " (et udeladt element er kun 0 timer, hvor konfigurationens sum har empty_is_zero = true)",
            )
        return "", ""

    def _missing(self, path: str, selector: str, hint: tuple[str, str] = ("", "")) -> None:
        if self.fmt in ("csv", "xlsx") and label_text(selector) is not None:
            # The sender reads this: the label in words ("no cell says 'CPR-nr.' ..."), not the config's
            # selector syntax (`label:CPR-nr.`); the field's path leads the config's author to it.
            en, da = missing(selector, self.fmt)
            self.problem(path, "", en, da)
            return
        self.problem(
            path,
            selector,
            f"not found in the document: {selector}{hint[0]}",
            f"findes ikke i dokumentet: {selector}{hint[1]}",
        )

    def _empty(self, path: str, found: Sequence[tuple[str, SourceValue | None]]) -> None:
        if len(found) > 1:
            names = ", ".join(selector for selector, _ in found)
            en, da = (
                f"no value: nothing filled in or checked in {names}",
                f"ingen værdi: intet udfyldt i {names}",
            )
        else:
            en, da = "empty: a value is required", "tom: feltet skal udfyldes"
        self.problem(path, self._where(found), en, da)
