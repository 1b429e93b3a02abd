"""Reading one canonical value: resolve its selectors, apply its transforms, record where it came from
(`provenance`).

Shared by plain fields (`mapping`) and list items (`lists`). Problems are collected on the `Reader`
rather than raised, so that a document is rejected once with every problem it has.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from hub.adapters.mapping.combined_sources import combined_value, left_out, with_blank_parts
from hub.adapters.mapping.combining_transforms import SourceError
from hub.adapters.mapping.default_stands import default_stands, missing_hint
from hub.adapters.mapping.line_codes import line_to_map, unmapped_line
from hub.adapters.mapping.no_value_text import (
    NO_VALUE_READ,
    map_names,
    no_value_part,
    no_value_text,
    said_no_value,
)
from hub.adapters.mapping.provenance import Provenance, Where, provenance_of
from hub.adapters.mapping.r_missing import na_in_text, na_source, never_na
from hub.adapters.mapping.read_problems import ReadProblems
from hub.adapters.mapping.several_lines import checked_list, lines_chosen, lines_of, takes_part
from hub.adapters.mapping.skipped_labels import LabelSkipped
from hub.adapters.mapping.source_refusals import refused_join, refused_source
from hub.adapters.mapping.transform_types import TransformCall
from hub.adapters.mapping.transforms import TRANSFORMS, TransformError
from hub.adapters.mapping.unchosen import left_unchosen, nothing_chosen
from hub.adapters.mapping.workbook_days import EXCEL_DAY, workbook_day
from hub.adapters.readers.base import SourceValue
from hub.adapters.readers.csv_r import NA_MARK
from hub.schemas.edges import strip_edges

Resolver = Callable[[str], SourceValue | None]

# The sources `Reader.read` gives for a value read well when the reader is not `located`: that reading is
# only compared with a stored record (`hub reprocess`), and its provenance thrown away, so none is built
# (about a twentieth of reading a document again). A stand-in, never empty: no sources is a value that
# could not be read, and a nullable field read empty is kept as an explicit null only when it has some.
UNLOCATED: tuple[Provenance, ...] = (Provenance("", "", {}, None, None),)


@dataclass
class Reader(ReadProblems):
    """Reads values of one document for one form; collects problems instead of stopping at the first."""

    def read(
        self,
        path: str,
        selectors: Sequence[str],
        calls: Sequence[TransformCall],
        resolve: Resolver,
        optional: bool = False,
    ) -> tuple[Any, Sequence[Provenance]]:
        """Read one value; None when it is empty and optional (with the provenance of its empty sources)
        or has a problem (noted, and no sources). The last transform decides the value's type (`integer`
        gives an int). Not `located`: the stand-in `UNLOCATED` for the provenance of a value read."""
        try:
            found = [(selector, resolve(selector)) for selector in selectors]
        except LabelSkipped as exc:  # optional or not: the value may be in the document, unread
            self.problem(path, exc.selector, exc.problems[0].reason_en, exc.problems[0].reason_da)
            return None, []
        # A source no value is read from (cut, a formula's problem, marked...: `source_refusals`); in a whole
        # PDF of unmarked values only a join's part can be one (`only_joins`).
        if self.only_joins:
            if refused_join(self, path, found, calls):
                return None, []
        elif refused_source(self, path, found, calls, optional):
            return None, []
        # The first transform's name, looked up once: each look below asks it.
        name = calls[0].name if calls else ""
        combines = bool(name) and TRANSFORMS[name].combines
        # A box not found is no unticked box, even where the field may be left blank (nullable): else a
        # form version without the boxes, or a selector naming none (`label:` of a box whose words the
        # reader did not take for its label), reads as "nothing ticked" and the value is lost unsaid.
        boxes_named = combines and name == "checked"
        # Only a value of several sources (or a combining transform) is rejected here for one missing:
        # nearly every field has one source, and skips the look for missing sources and a default.
        if (combines or len(found) > 1) and (not optional or boxes_named):
            missing = [selector for selector, value in found if value is None]
            if missing and not left_out(self.fmt, calls) and not default_stands(calls, found, missing):
                for selector in missing:
                    self._missing(path, selector, missing_hint(self.fmt, calls, found, missing))
                return None, []
        applied: list[str] = []
        value: str | None
        if combines:
            boxes = name == "checked"
            if boxes and (listed := checked_list(found)) is not None:  # a list of lines is no box
                self.problem(path, self._where([listed]), *lines_chosen(lines_of(listed[1])))
                return None, []
            # An `NA` among the sources: one missing where they are added, refused in a text (`r_missing`).
            if not self.unmarked and (na := na_source(found)) is not None and not never_na(calls):
                self.problem(path, self._where([na]), *na_in_text(na[1], self.fmt))
                return None, []
            # A program's word for no value among the parts: a value without that part is a wrong one.
            if (word := no_value_part(found, self.unmarked)) is not None:
                self.problem(path, self._where([word]), *said_no_value(word, self.fmt))
                return None, []
            pairs = [(selector, combined_value(sv, boxes)) for selector, sv in found]
            if name == "last_day" and pairs and workbook_day(found[0][1]):
                pairs[0] = (pairs[0][0], workbook_day(found[0][1]))  # the start; never the length
                applied.append(EXCEL_DAY)
            try:
                value = TRANSFORMS[name].func(pairs, calls[0].args)
            except SourceError as exc:  # one source's own problem: said at its cell, field or element
                self._source_problem(path, exc, [f for f in found if f[0] == exc.selector] or found)
                return None, []
            except TransformError as exc:
                self.problem(path, self._where(found), exc.reason_en, exc.reason_da, exc.config_unfinished)
                return None, []
            applied.append(calls[0].summary())
            calls = calls[1:]
        else:
            first = found[0][1]
            # Invisible format characters at the edges go with the white space (`strip_edges`): a byte
            # order mark glued to a value is no part of it, for a transform as for the record.
            value = None if first is None else strip_edges(first.value or "")
            if name == "date" and (day := workbook_day(first)):
                value = day
                applied.append(EXCEL_DAY)
            # An `NA` of a CSV not quoted as R quotes: no value, or refused in a text (`r_missing`).
            if first is not None and not self.unmarked and first.meta.get(NA_MARK):
                if not never_na(calls):
                    self.problem(path, self._where(found), *na_in_text(first, self.fmt))
                    return None, []
                value = ""
            # A program's word for no value (xml-js's `undefined`, a template's `null`): none, said where
            # a value is required (`no_value_text`), unless the config's `map` names it.
            if value and first is not None and no_value_text(value, first, self.unmarked):
                if not map_names(calls, value):
                    if not optional:
                        self.problem(path, self._where(found[:1]), *said_no_value(found[0], self.fmt))
                        return None, []
                    value = ""
                    applied.append(NO_VALUE_READ)
            unchosen = left_unchosen(first)
            # A document with no list of several lines chosen (`unmarked`) has only a box left unticked
            # to say here.
            said = nothing_chosen(first, calls, optional) if unchosen or not self.unmarked else None
            if said is not None:  # said as the caseworker left it, not as "no mapping for 'Off'"
                self.problem(path, self._where(found), *said)
                return None, []
            if not calls and unchosen:
                value = ""  # nothing chosen, read as it is: no value, never the text "Off"
            if name == "map" and value and first is not None and (code := first.meta.get("code")):
                # A list's line whose code the map names, not its text (`line_codes`).
                mapped = line_to_map(value, code, calls[0].args)
                if mapped is None:
                    self.problem(path, self._where(found), *unmapped_line(value, code, calls[0].args))
                    return None, []
                value = mapped
        before = len(self.problems)
        if value and "\r" in value:
            # A line break is "\n" in the record whatever wrote it: a PDF's multi-line field writes "\r",
            # a Windows export "\r\n" inside a quoted cell. The provenance keeps the raw value.
            value = value.replace("\r\n", "\n").replace("\r", "\n")
        # Where the value was is worked out only for a problem: a value that transforms cleanly (nearly
        # all) never needs it.
        # A list's lines chosen, each of which a `regex` must read (none in a document `unmarked`).
        lines = [] if combines or self.unmarked else lines_of(found[0][1])
        value = self.transform(path, value, calls, applied, lambda: self._where(found), lines)
        if len(self.problems) > before:  # a transform failed and said why
            if combines:  # "not a week: '10'" names the week; the year nobody filled in is said too
                self.problems[-1] = with_blank_parts(self.problems[-1], found, self.fmt)
            return None, []
        if not value:
            if optional and self._twice(path, found):  # a label printed twice: no value left out
                return None, []
            if optional:
                if not self.located:
                    return None, UNLOCATED
                return None, provenance_of(path, self.document_sha256, found, applied, self.fmt)
            if value is None:
                self._missing(path, found[0][0])
            else:
                self._empty(path, found)
            return None, []
        last = TRANSFORMS.get(applied[-1].split("(", 1)[0]) if applied else None
        if not self.located:
            return (last.result(value) if last else value), UNLOCATED
        return (last.result(value) if last else value), provenance_of(
            path, self.document_sha256, found, applied, self.fmt
        )

    def transform(
        self,
        path: str,
        value: str | None,
        calls: Sequence[TransformCall],
        applied: list[str],
        where: Where | Callable[[], Where],
        lines: Sequence[str] = (),
    ) -> str | None:
        """Apply transforms in order; an empty value skips all but `default`. None on a failure (noted
        at `where`, or where the function given says). `lines`: a PDF list's lines chosen, where several
        are (`several_lines`): a `regex` that would read some of them and not the rest is refused."""
        for call in calls:
            if call.name == "default":
                if not value:
                    value = str(call.args["value"])
                    applied.append(call.summary())
                continue
            if not value:
                continue
            if lines and call.name == "regex" and takes_part(value, call.args):
                self.problem(path, where() if callable(where) else where, *lines_chosen(lines))
                return None
            try:
                value = strip_edges(TRANSFORMS[call.name].func(value, call.args))
            except TransformError as exc:
                at = where() if callable(where) else where
                self.problem(path, at, exc.reason_en, exc.reason_da, exc.config_unfinished)
                return None
            applied.append(call.summary())
        return value
