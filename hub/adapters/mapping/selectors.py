"""Selectors: how a config file points at a value of an `Extraction` (see docs/config-language.md).

`SourceIndex` indexes an extraction once (by key, by tooltip, by sheet/row/column, by label text) so that
mapping a form is linear in its size. A selector resolves to the `SourceValue` it names, or None when the
document has no such value ("missing"); an empty value is returned as found and judged by the mapping.
What a selector's text says is in `selector_text`, the cells of a csv/xlsx document in `tabular_cells`,
what its selectors name among them in `tabular_labels` (its header rows in `tabular_headers`), an XML
document's elements in `xml_index`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from hub.adapters.mapping import xmlpath, xmlpath_syntax
from hub.adapters.mapping.selector_text import CellTexts, label_texts, normalise_label, pdf_step, split_sheet
from hub.adapters.mapping.skipped_labels import LabelSkipped, skipped_pages, unreadable_pages
from hub.adapters.mapping.tabular_headers import TabularHeaders
from hub.adapters.mapping.tabular_labels import TabularLabels
from hub.adapters.mapping.xml_index import XmlIndex
from hub.adapters.readers.base import Extraction, SourceValue

__all__ = ["SourceIndex"]


class SourceIndex(TabularHeaders, TabularLabels, XmlIndex):
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
        self._folded: dict[str | None, list[str]] = {}  # `folded`'s, by sheet: shared with the clones
        # Its cells' texts normalised, for this document only (a name typed in one is no form's wording).
        self._cell_texts = CellTexts()
        self.cell_text = self._cell_texts.__getitem__
        # (sheet, text) → every filled cell with that text (see `_label_cell`).
        self._labels: dict[tuple[str, str], list[tuple[int, int]]] = {}
        self._rows: dict[tuple[str, int], list[int]] = {}
        self._cols: dict[tuple[str, int], list[int]] = {}
        self._uncached = frozenset(
            (str(sheet), int(row), int(col))
            for sheet, row, col in extraction.meta.get("uncached_formulas") or ()
        )
        self._set_merged(extraction.meta)  # before the cells: a value a merged range hides is not indexed
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

    def nested(self, name: str) -> tuple[str, ...]:
        """A PDF's fields named `name` then a dot and more (`mentor.ansat.mentor.ansat`): what a field
        the config names by its parent's name is called, where a form program gave each of a group's
        buttons a name of its own (WeasyPrint gives each radio button its group's name)."""
        start = name + "."
        return tuple(sorted(key for key in self.by_key if key.startswith(start)))

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
        self.labels, self._row_labels, self._column_labels = label_texts(self.label_selectors)

    def with_labels(self, selectors: Iterable[str]) -> SourceIndex:
        """The same index for a form with these label selectors (shares the cell indexes)."""
        wanted = frozenset(selectors)
        if wanted == self.label_selectors:
            return self
        other = self._clone()
        other._set_labels(wanted)
        return other

    def folded(self, sheet: str | None) -> list[str]:
        """`folded(self.extraction, sheet)`, worked out once a document: recognising asks it of every
        form of the sender with words to look for, some two a CSV document."""
        texts = self._folded.get(sheet)
        if texts is None:
            texts = self._folded[sheet] = folded(self.extraction, sheet)
        return texts

    def resolve(self, selector: str, row: str | None = None) -> SourceValue | None:
        """Return the value a selector names (`row`: the key of an xml row element), or None."""
        if self.format == "pdf":
            kind, text = pdf_step(selector)  # read from the text once, not for every document
            if not kind:
                return self.by_key.get(text)
            if kind == "tooltip":
                return self._pdf_names()[0].get(text)
            found = self._pdf_names()[1].get(text)
            if found is None and (pages := skipped_pages(self.extraction)):
                raise LabelSkipped(selector.strip(), pages)  # perhaps printed on a page left unread
            if found is None and (pages := unreadable_pages(self.extraction)):
                raise LabelSkipped(selector.strip(), pages, unreadable=True)  # or on a page pypdf cannot read
            return found
        selector = selector.strip()
        if self.format == "xml":
            if xmlpath_syntax.has_predicates(selector):
                keys = self._select(selector, base=row)
                return self.by_key.get(keys[0]) if keys else None
            key = xmlpath.to_key(selector, self.namespaces, base=row)
            return None if key is None else self.by_key.get(key)
        if self.format in ("csv", "xlsx"):
            sheet, rest = split_sheet(selector)
            if sheet is not None and self.format == "xlsx":
                # A label on another sheet than the form's ("Stamdata!label:CPR-nr."): looked up, blocks,
                # blanks and stops included, as if that sheet were the form's.
                return self.with_options(self.namespaces, sheet)._resolve_tabular(rest)
            return self._resolve_tabular(selector)
        return self.by_key.get(selector)


def folded(extraction: Extraction, sheet: str | None) -> list[str]:
    """Every filled value's text case folded, of `sheet` only when one is given: where a recognise rule's
    words are looked for (`form_recognition`)."""
    return [
        v.value.casefold()
        for v in extraction.values
        if v.value and (sheet is None or v.meta.get("sheet") == sheet)
    ]
