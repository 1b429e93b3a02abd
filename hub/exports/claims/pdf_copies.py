"""A filled PDF form that continues on copies of its line pages, written copy by copy.

The template is parsed once (a pypdf clone, "the stamp") and no copy changes it: a copy's own objects (its
pages, their annotations, the fields above its widgets) are shallow copies of the stamp's carrying the
copy's values, written under numbers of their own as soon as the copy is filled (`pdf_objects`). What
they point to and no copy changes (fonts, page content, the template's empty-box and checkbox
appearances) is written once, after the last copy, and shared by all. A text a widget also showed in the
copy before (the claim's own fields on a line page) shares that copy's appearance. Time and memory per
copy stay the same however many copies there are; merging copies into one pypdf document grew with their
square.

Copy 1 is every page of the template; copies 2, 3, ... are its line pages, placed after the last of them,
their fields renamed `kopi2.<name>` ... at the top of each field's tree (two fields of one name in one form
share one value). What the template holds is read once (`pdf_stamp`); a copy's pages are made, and
flattened, in `pdf_pages`.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Iterable, Iterator, Mapping
from typing import cast

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    PdfObject,
    TextStringObject,
)

from hub.exports.claims.pdf_appearance import TextAppearances
from hub.exports.claims.pdf_objects import ObjectWriter, Written
from hub.exports.claims.pdf_pages import Flattener, page_copy
from hub.exports.claims.pdf_stamp import CopyScope, TemplateWidget, copy_scope, field_copy, page_widgets

COPY_PREFIX = "kopi"


class FormCopies:
    """The template's form filled copy by copy; `chunks` gives the file's bytes as they are written."""

    def __init__(self, template: bytes, line_pages: list[int], flatten: bool) -> None:
        self.stamp = PdfWriter(clone_from=io.BytesIO(template))
        self.pages = list(self.stamp.pages)
        self.line_pages = line_pages
        self.flatten = flatten
        self.acro_form = cast(DictionaryObject, self.stamp.root_object["/AcroForm"])
        self.appearances = TextAppearances(self.stamp, self.acro_form)
        self.widgets = [page_widgets(page) for page in self.pages]
        self.first = copy_scope(self.pages, range(len(self.pages)), flatten)
        self.later = copy_scope(self.pages, line_pages, flatten)
        self.out = ObjectWriter(self.stamp.pdf_header.encode())
        self.bases: list[int] = []  # each copy's first object number
        self.shared: dict[int, int] = {}  # stamp number -> output number, written at the end
        self.pending: list[IndirectObject] = []
        self.shown: dict[int, tuple[str, Written]] = {}  # widget -> the text and appearance it last had
        # Numbers the stamp's document-level objects take in the output, known before any copy refers.
        root = self.stamp.root_object
        self.catalog, self.page_tree = self.out.reserve(), self.out.reserve()
        self.replaced = {
            cast(IndirectObject, root.indirect_reference).idnum: self.catalog,
            cast(IndirectObject, root.raw_get("/Pages")).idnum: self.page_tree,
        }
        self.form = self.out.reserve() if not flatten else 0
        if isinstance(form := root.raw_get("/AcroForm"), IndirectObject) and not flatten:
            self.replaced[form.idnum] = self.form
        self.flattener = Flattener(self.out, self._renumber_first) if flatten else None

    def chunks(self, copies: Iterable[Mapping[str, str]]) -> Iterator[bytes]:
        """The file as bytes, one chunk per copy and one for what all share: `copies` gives each copy's
        values by field name (before renaming), header and footer included."""
        for values in copies:
            self._copy(values)
            yield self.out.take()
        yield from self._finish()

    # ---- numbering -----------------------------------------------------------------------------------

    def _renumber(self, scope: CopyScope, base: int, ref: IndirectObject) -> int:
        """The output number of a stamp object referred to from a copy: the copy's own, copy 1's (what a
        copy has not copied), the document's, or one written once for all."""
        number = ref.idnum
        if (index := scope.position.get(number)) is not None:
            return base + index
        if (index := self.first.position.get(number)) is not None:
            return self.bases[0] + index
        if number in self.replaced:
            return self.replaced[number]
        if number not in self.shared:
            self.shared[number] = self.out.reserve()
            self.pending.append(ref)
        return self.shared[number]

    def _renumber_first(self, ref: IndirectObject) -> int:
        return self._renumber(self.first, self.bases[0] if self.bases else 0, ref)

    # ---- one copy --------------------------------------------------------------------------------------

    def _copy(self, values: Mapping[str, str]) -> None:
        copy = len(self.bases) + 1
        pages = range(len(self.pages)) if copy == 1 else self.line_pages
        scope = self.first if copy == 1 else self.later
        base = self.out.reserve(len(scope.position))
        self.bases.append(base)

        def renumber(ref: IndirectObject) -> int:
            return self._renumber(scope, base, ref)

        own: dict[int, DictionaryObject] = {}  # the copy's filled objects, by stamp number
        for number in pages:
            for widget in self.widgets[number]:
                value = values.get(widget.name)
                # An empty text is left as the template has it (its own appearance is the empty box);
                # a checkbox is always set.
                if value is not None and (value != "" or widget.kind == "/Btn"):
                    self._fill(number, widget, value, own)
        page_numbers = {cast(IndirectObject, self.pages[n].indirect_reference).idnum: n for n in pages}
        prefix = f"{COPY_PREFIX}{copy}." if copy > 1 else ""
        for number in scope.position:
            obj = own[number] if number in own else cast(DictionaryObject, self.stamp.get_object(number))
            if number in page_numbers:
                obj = page_copy(self.pages[page_numbers[number]], self.page_tree, own, self.flattener)
            elif number in scope.fields and copy > 1:
                obj = field_copy(obj, scope, prefix)
            self.out.put(base + scope.position[number], obj, renumber)

    def _fill(self, page: int, widget: TemplateWidget, value: str, own: dict[int, DictionaryObject]) -> None:
        """Set one widget's value on the copy's own objects, with an appearance that shows it."""
        mine = own.setdefault(widget.number, DictionaryObject(widget.widget))
        field = (
            mine
            if widget.field_number is None
            else own.setdefault(widget.field_number, DictionaryObject(widget.field))
        )
        if widget.kind == "/Btn":
            states = cast(DictionaryObject, cast(DictionaryObject, mine.get("/AP", {})).get("/N", {}))
            state = NameObject(value if value in states else "/Off")
            field[NameObject("/V")] = mine[NameObject("/AS")] = state
            return
        field[NameObject("/V")] = TextStringObject(value)
        if widget.kind == "/Ch":
            field.pop("/I", None)  # a list's selected index would contradict the value
        shown = self.shown.get(widget.number)
        if shown is None or shown[0] != value:
            stream = self.appearances.make(widget.number, self.pages[page], field, mine)
            shown = (value, Written(self.out.reserve(), stream))
            self.out.put(shown[1].idnum, stream, self._renumber_first)
            self.shown[widget.number] = shown
        appearance = DictionaryObject(cast(DictionaryObject, mine.get("/AP", DictionaryObject())))
        appearance[NameObject("/N")] = shown[1]
        mine[NameObject("/AP")] = appearance

    # ---- the end -----------------------------------------------------------------------------------

    def _finish(self) -> Iterator[bytes]:
        """The page tree in reading order, the form's field list, the catalog, and what copies share."""
        after = max(self.line_pages) + 1
        kids = [self._page_number(page, 1) for page in range(after)]
        for copy in range(2, len(self.bases) + 1):
            kids += [self._page_number(page, copy) for page in self.line_pages]
        kids += [self._page_number(page, 1) for page in range(after, len(self.pages))]
        head = b"<< /Type /Pages /Count %d /Kids [" % len(kids)
        yield from self.out.put_raw(self.page_tree, [head, *(b" %d 0 R" % n for n in kids), b" ] >>"])
        catalog = DictionaryObject(self.stamp.root_object)
        catalog.pop("/AcroForm", None)
        catalog[NameObject("/Pages")] = Written(self.page_tree)
        if not self.flatten:
            catalog[NameObject("/AcroForm")] = Written(self.form)
            yield from self._write_form()
        self.out.put(self.catalog, catalog, self._renumber_first)
        while self.pending:  # a shared object may refer to more
            ref = self.pending.pop()
            self.out.put(self.shared[ref.idnum], cast(PdfObject, ref.get_object()), self._renumber_first)
        yield from self.out.finish(self.catalog)

    def _page_number(self, page: int, copy: int) -> int:
        scope = self.first if copy == 1 else self.later
        page_ref = cast(IndirectObject, self.pages[page].indirect_reference)
        return self.bases[copy - 1] + scope.position[page_ref.idnum]

    def _write_form(self) -> Iterator[bytes]:
        """The AcroForm: the template's fields (copy 1), then each later copy's renamed fields."""
        form = DictionaryObject(self.acro_form)
        form[NameObject("/NeedAppearances")] = BooleanObject(False)  # the appearances are here
        fields = Written(self.out.reserve())
        form[NameObject("/Fields")] = fields
        self.out.put(self.form, form, self._renumber_first)
        first = cast(ArrayObject, self.acro_form.get("/Fields", ArrayObject()))
        refs = itertools.chain(
            (self._renumber_first(ref) for ref in first),
            (base + self.later.position[root] for base in self.bases[1:] for root in self.later.roots),
        )
        parts = itertools.chain([b"["], (b" %d 0 R" % n for n in refs), [b" ]"])
        yield from self.out.put_raw(fields.idnum, parts)
