"""Selectors: how a config file points at a value of an `Extraction` (see docs/config-language.md).

`SourceIndex` indexes an extraction once (by key, by tooltip, by sheet/row/column, by label text) so that
mapping a form is linear in its size. A selector resolves to the `SourceValue` it names, or None when the
document has no such value ("missing"); an empty value is returned as found and judged by the mapping.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache

from hub.adapters.mapping import xmlpath
from hub.adapters.mapping.skipped_labels import LabelSkipped, skipped_pages
from hub.adapters.readers.base import Extraction, SourceValue, column_letters

__all__ = ["SourceIndex", "check_selector", "normalise_label", "parse_cell", "tabular_label"]

_CELL = re.compile(r"(?:(?P<sheet>'[^']+'|[^!']+)!)?(?P<col>[A-Za-z]{1,3})(?P<row>[1-9]\d*)")
_TABULAR_PREFIXES = ("label:", "below:", "next:", "under:")
_COLUMN = "column:"
_NTH = re.compile(r"\s*>\s*([1-9]\d?)\s*$")
_KEY_STEP = re.compile(r"/(?:\{[^}]*\})?[^/{\[]+\[\d+\]")
_OCCURRENCE = re.compile(r"\s*#\s*([1-9]\d?)\s*$")


# Cached: every document of one template carries the same tooltips and labels, and indexing a PDF
# normalised each of them again (a twentieth of `hub reprocess`, measured alternating).
@lru_cache(maxsize=16384)
def normalise_label(text: str) -> str:
    """Compare label texts ignoring case, runs of spaces, a trailing colon and how a letter is encoded:
    "Årsag" typed in a config is one character "Å", in a file from a Mac or a PDF's text often "A" and
    a combining ring (Unicode NFD), which looks the same and compared unequal."""
    return unicodedata.normalize("NFC", " ".join(text.split()).rstrip(":").rstrip()).casefold()


def parse_cell(selector: str) -> tuple[str | None, int, int] | None:
    """Split "Ark1!B3" into (sheet, row, column); None when it is not a cell reference."""
    match = _CELL.fullmatch(selector.strip())
    if not match:
        return None
    col = 0
    for letter in match["col"].upper():
        col = col * 26 + ord(letter) - ord("A") + 1
    sheet = match["sheet"].strip("'") if match["sheet"] else None
    return sheet, int(match["row"]), col


def _split_nth(text: str) -> tuple[str, int]:
    """Split "Underskrevet af>2" into the label text and n (the n-th filled cell; 1 when not given)."""
    match = _NTH.search(text)
    return (text[: match.start()], int(match[1])) if match else (text, 1)


def split_label(text: str) -> list[tuple[str, int | None]]:
    """Split a label path into its labels, each with its occurrence: "Underskrevet af > Dato#2" gives
    [("Underskrevet af", None), ("Dato", 2)]; the last label is the one whose value is read, each
    earlier one the block it sits in (see `SourceIndex._label_cell`)."""
    found: list[tuple[str, int | None]] = []
    for part in text.split(">"):
        match = _OCCURRENCE.search(part)
        found.append((part[: match.start()], int(match[1])) if match else (part, None))
    return found


@lru_cache(maxsize=4096)
def _label_path(text: str) -> tuple[tuple[str, int | None], ...]:
    """`split_label` with each label normalised, kept: a form's label selectors are resolved again for
    every document of it (about 25 a CSV form, on the storing thread)."""
    return tuple((normalise_label(label), nth) for label, nth in split_label(text))


def tabular_label(selector: str) -> str | None:
    """The label text a csv/xlsx `label:`, `below:`, `next:` or `under:` selector names (normalised)."""
    selector = selector.strip()
    if not selector.startswith(_TABULAR_PREFIXES):
        return None
    text = selector.split(":", 1)[1]
    if selector.startswith(("label:", "below:")):
        text = _split_nth(text)[0]
    return normalise_label(split_label(text)[-1][0]) or None


@lru_cache(maxsize=1024)
def _label_texts(selectors: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The label texts a form's selectors name, and those read rightwards (label:, next:: the cell
    straight right of one is its value). Worked out once per form: every document of it asks again.
    Only config selectors come here, never a document's text."""
    labels = frozenset(t for sel in selectors if (t := tabular_label(sel)))
    rightwards = frozenset(
        t for sel in selectors if sel.strip().startswith(("label:", "next:")) and (t := tabular_label(sel))
    )
    return labels, rightwards


def check_selector(selector: str, fmt: str, *, relative: bool = False) -> str | None:
    """Return why a selector is not valid for a format, or None when it is."""
    if not selector.strip():
        return "empty selector"
    if fmt == "xml":
        return xmlpath.check(selector, relative=relative)
    if fmt in ("csv", "xlsx"):
        if selector.startswith(("next:", "under:")) and _NTH.search(selector):
            return "next: and under: name the adjacent cell; '>n' goes with label: and below:"
        if selector.startswith(_COLUMN):
            return None if selector[len(_COLUMN) :].strip() else "a column: selector needs a header text"
        if selector.startswith(_TABULAR_PREFIXES):
            text = selector.split(":", 1)[1]
            text = _split_nth(text)[0] if selector.startswith(("label:", "below:")) else text
            labels = split_label(text)
            if len(labels) == 1 and not labels[0][0].strip():
                return "a label selector needs a text"
            if any(not label.strip() for label, _ in labels):
                return "a label in a block needs a text on both sides of '>': label:Underskrevet af > Dato"
            return None
        cell = parse_cell(selector)
        if cell is None:
            return f"not a cell reference or a label:, below:, next: or under: selector: {selector!r}"
        if fmt == "csv" and cell[0] is not None:
            return "a CSV file has no sheets"
        return None
    if fmt == "pdf" and selector.startswith(("tooltip:", "label:")) and not selector.split(":", 1)[1].strip():
        return "a tooltip: or label: selector needs a text"
    return None


class SourceIndex:
    """An extraction indexed for selectors; build one per document and form."""

    def __init__(
        self,
        extraction: Extraction,
        *,
        namespaces: Mapping[str, str] | None = None,
        sheet: str | None = None,
        labels: Iterable[str] = (),
    ) -> None:
        """`labels`: the form's own `label:`, `below:`, `next:` and `under:` selectors (see `_label_cell`
        and `_next_filled` for what they change)."""
        self.extraction = extraction
        self._set_labels(labels)
        self.format = extraction.format
        self._set_options(namespaces, sheet)
        self.by_key: dict[str, SourceValue] = {}
        for value in extraction.values:
            self.by_key.setdefault(value.key, value)
        self._elements: frozenset[str] | None = None  # xml: every element key, made on first need
        # pdf: the fields by tooltip and by printed label, made on first need (`_pdf_names`).
        self._names: tuple[dict[str, SourceValue], dict[str, SourceValue | None]] | None = None
        self._cells: dict[tuple[str, int, int], SourceValue] = {}
        # (sheet, text) → every filled cell with that text (see `_label_cell`).
        self._labels: dict[tuple[str, str], list[tuple[int, int]]] = {}
        self._rows: dict[tuple[str, int], list[int]] = {}
        self._cols: dict[tuple[str, int], list[int]] = {}
        if self.format in ("csv", "xlsx"):
            self._index_cells(extraction.values)

    def _pdf_names(self) -> tuple[dict[str, SourceValue], dict[str, SourceValue | None]]:
        """A PDF's fields by tooltip and by printed label (normalised). Made when a `tooltip:` or `label:`
        selector first asks: most forms name their fields, and indexing both texts of every field of
        every document was about a twentieth of reading a document again."""
        if self._names is None:
            tooltips: dict[str, SourceValue] = {}
            labels: dict[str, SourceValue | None] = {}
            for value in self.extraction.values:
                tip = value.meta.get("tooltip")
                if tip:
                    tooltips.setdefault(normalise_label(str(tip)), value)
                label = value.meta.get("label")
                if label:
                    # A printed label shared by two fields ("Dato") names neither: None marks it ambiguous.
                    norm = normalise_label(str(label))
                    labels[norm] = None if norm in labels else value
            self._names = (tooltips, labels)
        return self._names

    def _index_cells(self, values: Iterable[SourceValue]) -> None:
        for value in values:
            where = self._where(value)
            if where is None:
                continue
            self._cells.setdefault(where, value)
        for (sheet, row, col), value in sorted(self._cells.items()):
            if value.value and value.value.strip():
                self._labels.setdefault((sheet, normalise_label(value.value)), []).append((row, col))
        for sheet, row, col in sorted(self._cells):
            self._rows.setdefault((sheet, row), []).append(col)
            self._cols.setdefault((sheet, col), []).append(row)

    def _set_options(self, namespaces: Mapping[str, str] | None, sheet: str | None) -> None:
        # Prefixes in selectors: the config's own first, then the document's, so a copied xpath works.
        doc_ns = self.extraction.meta.get("nsmap") or {}
        self.namespaces = {str(k or ""): str(v) for k, v in doc_ns.items()} | dict(namespaces or {})
        sheets = self.extraction.meta.get("sheets") or []
        self.default_sheet = sheet if sheet is not None else (str(sheets[0]) if sheets else "")

    def with_options(self, namespaces: Mapping[str, str] | None, sheet: str | None) -> SourceIndex:
        """The same index with other prefixes and another default sheet (shares the indexes of the
        values and cells, which depend on neither: a workbook's forms name different sheets)."""
        other = self._clone()
        other._set_options(namespaces, sheet)
        return other

    def _clone(self) -> SourceIndex:
        # What `copy.copy` makes (a new object sharing every attribute), without its reduce protocol: a
        # CSV document's index is cloned for each form recognising tries, about five a document.
        other = object.__new__(type(self))
        other.__dict__.update(self.__dict__)
        return other

    def _set_labels(self, selectors: Iterable[str]) -> None:
        self.label_selectors = frozenset(selectors)
        self.labels, self._row_labels = _label_texts(self.label_selectors)

    def with_labels(self, selectors: Iterable[str]) -> SourceIndex:
        """The same index for a form with these label selectors (shares the cell indexes)."""
        wanted = frozenset(selectors)
        if wanted == self.label_selectors:
            return self
        other = self._clone()
        other._set_labels(wanted)
        return other

    def _where(self, value: SourceValue) -> tuple[str, int, int] | None:
        row, col = value.meta.get("row"), value.meta.get("col")
        sheet = str(value.meta.get("sheet") or "") if self.format == "xlsx" else ""
        if isinstance(row, int) and isinstance(col, int):
            return sheet, row, col
        parsed = parse_cell(value.key)  # a reader that left out row/col still has the cell in its key
        return (parsed[0] or sheet, parsed[1], parsed[2]) if parsed else None

    def resolve(self, selector: str, row: str | None = None) -> SourceValue | None:
        """Return the value a selector names (`row`: the key of an xml row element), or None."""
        selector = selector.strip()
        if self.format == "pdf":
            if selector.startswith("tooltip:"):
                return self._pdf_names()[0].get(normalise_label(selector[8:]))
            if selector.startswith("label:"):
                found = self._pdf_names()[1].get(normalise_label(selector[6:]))
                if found is None and (pages := skipped_pages(self.extraction)):
                    raise LabelSkipped(selector, pages)  # perhaps printed on a page left unread
                return found
            return self.by_key.get(selector)
        if self.format == "xml":
            if xmlpath.has_predicates(selector):
                keys = self._select(selector, base=row)
                return self.by_key.get(keys[0]) if keys else None
            key = xmlpath.to_key(selector, self.namespaces, base=row)
            return None if key is None else self.by_key.get(key)
        if self.format in ("csv", "xlsx"):
            return self._resolve_tabular(selector)
        return self.by_key.get(selector)

    def _resolve_tabular(self, selector: str) -> SourceValue | None:
        for prefix, down in (("next:", False), ("under:", True)):
            # The cell straight right of / under the label, even when it is blank: in a header row over
            # several records a blank must stay blank, not borrow the next record's value.
            if selector.startswith(prefix):
                found = self._label_cell(selector[len(prefix) :])
                if found is None:
                    return None
                row, col = (found[0] + 1, found[1]) if down else (found[0], found[1] + 1)
                return self.cell(self.default_sheet, row, col) or self.blank(row, col)
        for prefix, down in (("label:", False), ("below:", True)):
            if selector.startswith(prefix):
                text, nth = _split_nth(selector[len(prefix) :])
                found = self._label_cell(text)
                return None if found is None else self._next_filled(self.default_sheet, *found, down, nth)
        parsed = parse_cell(selector)
        if parsed is None:
            return None
        sheet = parsed[0] if parsed[0] is not None else self.default_sheet
        return self.cell(sheet, parsed[1], parsed[2])

    def printed(self, text: str) -> int:
        """How many cells of the default sheet print `text` as a label (compared as labels are)."""
        sheet = self.default_sheet if self.format == "xlsx" else ""
        return len(self._labels.get((sheet, normalise_label(text)), []))

    def _label_cell(self, text: str) -> tuple[int, int] | None:
        """The cell of the default sheet a label path names; None when none, or several and no choice.

        A label printed twice ("Dato" at the top and again in the signature block) names neither, unless
        the selector says which: by occurrence (`Dato#2`, the second in reading order: row by row, left to
        right) or by the block it sits in (`Underskrevet af > Dato`, the first `Dato` after the one cell
        printed `Underskrevet af`). Of a text found more than once, a cell straight right of a label the
        form reads with `label:` or `next:` does not count: it is that label's value ("Mentor ansat
        hos;Virksomhed" is no second "Virksomhed" label).
        """
        sheet = self.default_sheet if self.format == "xlsx" else ""
        found: tuple[int, int] | None = None
        for depth, (label, nth) in enumerate(_label_path(text)):
            cells = self._labels.get((sheet, label), [])
            if depth:  # inside the block: only cells after the block's label count
                cells = [at for at in cells if found is not None and at > found]
            if nth is not None:
                found = cells[nth - 1] if len(cells) >= nth else None
            elif depth:
                found = cells[0] if cells else None
            else:
                if len(cells) > 1:
                    cells = [at for at in cells if not self._is_row_value(sheet, *at)]
                found = cells[0] if len(cells) == 1 else None
            if found is None:
                return None
        return found

    def _is_row_value(self, sheet: str, row: int, col: int) -> bool:
        """Whether a cell sits straight right of a label the form reads rightwards."""
        left = self._cells.get((sheet, row, col - 1))
        return left is not None and normalise_label(left.value or "") in self._row_labels

    def _next_filled(self, sheet: str, row: int, col: int, down: bool, nth: int) -> SourceValue | None:
        """The nth filled cell right of (below) a label, stopping at the next label the form uses.

        At such a label this one's value was left blank: the result is the blank cell after the label (or
        after the last filled cell counted), so that `Fornavn;;Efternavn;Hansen` gives an empty first name
        rather than "Efternavn"; None when there is no cell in between. The cell straight after the label
        is always its value ("Mentor ansat hos;Virksomhed").
        """
        line = self._cols.get((sheet, col), []) if down else self._rows.get((sheet, row), [])
        start = row if down else col
        last = start
        for pos in line:
            if pos <= start:
                continue
            at = (pos, col) if down else (row, pos)
            value = self._cells[(sheet, *at)]
            if not (value.value and value.value.strip()):
                continue
            if pos > start + 1 and normalise_label(value.value) in self.labels:
                if pos == last + 1:
                    return None
                blank = (last + 1, col) if down else (row, last + 1)
                return self._cells.get((sheet, *blank)) or self.blank(*blank)
            nth -= 1
            if nth == 0:
                return value
            last = pos
        return None

    def blank(self, row: int, col: int) -> SourceValue:
        """A cell the reader left out because it was empty, as an empty value with its locator."""
        ref = f"{column_letters(col)}{row}"
        if self.format == "xlsx":
            return SourceValue(
                f"{self.default_sheet}!{ref}", "", {"sheet": self.default_sheet, "row": row, "col": col}
            )
        return SourceValue(ref, "", {"row": row, "col": col})

    def cell(self, sheet: str, row: int, col: int) -> SourceValue | None:
        """Return the value of one cell (csv: sheet ""), or None."""
        return self._cells.get((sheet if self.format == "xlsx" else "", row, col))

    def row_values(self, row: int) -> list[SourceValue]:
        """The cells of one row of the default sheet the reader gave, left to right."""
        sheet = self.default_sheet if self.format == "xlsx" else ""
        return [self._cells[(sheet, row, col)] for col in self._rows.get((sheet, row), [])]

    def last_row(self) -> int:
        """The last row of the default sheet holding a cell (0 for an empty sheet)."""
        sheet = self.default_sheet if self.format == "xlsx" else ""
        return max((row for cell_sheet, row in self._rows if cell_sheet == sheet), default=0)

    def find_header_row(
        self, headers: Iterable[str], sheet: str | None = None
    ) -> tuple[int, dict[str, int]] | None:
        """Find the first row of the default sheet (or `sheet`) holding every header text; return it and
        each column. Failing that, a header of two rows: a row holding some of the headers, and the rest
        in the row above over a blank cell of it (a cell merged down over both rows, "CPR-nummer" beside
        "Karakter" over "Fremmøde | Punktlighed", keeps its text in the upper row only)."""
        wanted = {normalise_label(h): h for h in headers}
        sheet = (self.default_sheet if sheet is None else sheet) if self.format == "xlsx" else ""
        rows = [(row, cols) for (cell_sheet, row), cols in sorted(self._rows.items()) if cell_sheet == sheet]
        for row, cols in rows:
            found = self._headers_in(sheet, row, cols, wanted, {})
            if len(found) == len(wanted):
                return row, found
        for row, cols in rows:
            found = self._headers_in(sheet, row, cols, wanted, {})
            if found:
                above = [c for c in self._rows.get((sheet, row - 1), []) if c not in cols]
                found = self._headers_in(sheet, row - 1, above, wanted, found)
                if len(found) == len(wanted):
                    return row, found
        return None

    def _headers_in(
        self, sheet: str, row: int, cols: Iterable[int], wanted: dict[str, str], found: dict[str, int]
    ) -> dict[str, int]:
        """`found` with the wanted headers printed in these cells of a row (each header once)."""
        found = dict(found)
        for col in cols:
            norm = normalise_label(self._cells[(sheet, row, col)].value or "")
            if norm in wanted and wanted[norm] not in found:
                found[wanted[norm]] = col
        return found

    def _select(self, selector: str, base: str | None = None, every: bool = False) -> list[str]:
        """The keys a selector with predicates names (see `xmlpath.select`)."""
        if self._elements is None:
            # Every element's key, from the values' keys: an element that only holds children has none.
            # Split by step, not by "/": a namespace URI in a Clark name may hold slashes.
            found: set[str] = set()
            for key in self.by_key:
                path = ""
                for step in _KEY_STEP.findall(key.split("/@", 1)[0]):
                    path += step
                    found.add(path)
            self._elements = frozenset(found)

        def text(key: str) -> str | None:
            value = self.by_key.get(key)
            return None if value is None else (value.value or "")

        return xmlpath.select(selector, self.namespaces, self._elements, text, base=base, every=every)

    def xml_rows(self, selector: str, base: str | None = None) -> list[str]:
        """Return the keys of the elements an xml `rows` selector matches (a relative one below the
        element `base`), in document order."""
        if xmlpath.has_predicates(selector):
            return self._select(selector, base=base, every=True)
        pattern = xmlpath.rows_pattern(selector, self.namespaces, base)
        if pattern is None:
            return []
        seen: dict[str, None] = {}
        for key in self.by_key:
            match = pattern.match(key)
            if match:
                seen.setdefault(match.group(0), None)
        return list(seen)
