"""Whether a document is a form: the first recognise rule it breaks (its format, an XML root, the title,
a field's label, words it says, on the form's sheet), and how that is said (`mismatch_words`,
`missing_words`), worked out only when asked (`mismatch`), never for `matches`.

Apart from `config_form`, the form as frozen data and a document indexed by its reader options: a mixin
of `FormConfig`, which gives it the form's rules and its `index`.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import Any

from hub.adapters.language.config_parts import RecogniseRules
from hub.adapters.language.mismatch_words import (
    Why,
    no_title,
    not_said,
    other_format,
    sheet_or,
    title_mismatch,
    title_unread,
)
from hub.adapters.language.missing_words import label_text, missing, root_mismatch
from hub.adapters.mapping.selector_text import split_sheet
from hub.adapters.mapping.selectors import SourceIndex, folded
from hub.adapters.mapping.skipped_labels import LabelSkipped, unreadable_pages
from hub.adapters.readers.base import Extraction

__all__ = ["Recognising"]

# A document's indexes by reader options: `config_form.IndexCache`, named again as that module imports
# this one.
IndexCache = dict[tuple[Any, ...], SourceIndex]


class Recognising:
    """Whether a document is this form, and if not, why (a mixin of `FormConfig`)."""

    format: str
    recognise: RecogniseRules
    reader: Mapping[str, Any]

    def index(self, extraction: Extraction, cache: IndexCache | None = None) -> SourceIndex:
        """The document indexed as this form reads it (`FormConfig.index`)."""
        raise NotImplementedError

    def matches(self, extraction: Extraction, cache: IndexCache | None = None) -> bool:
        """Tell whether every recognise rule of this form holds for a document."""
        return self._broken(extraction, cache) is None

    def mismatch(self, extraction: Extraction, cache: IndexCache | None = None) -> tuple[str, str] | None:
        """The first recognise rule a document breaks, in English and Danish (None: it is this form)."""
        why = self._broken(extraction, cache)
        return None if why is None else why()

    def _broken(self, extraction: Extraction, cache: IndexCache | None) -> Why | None:
        """How to say the first recognise rule a document breaks (None: it is this form). Said only when
        asked (`mismatch`): every document is tried against each form of its sender, and `matches` drops
        the Danish and English words of every form it is not."""
        if extraction.format != self.format:
            return partial(other_format, extraction.format, self.format)
        rules = self.recognise
        root = extraction.meta.get("root")
        if rules.root is not None and root != rules.root:
            return partial(root_mismatch, str(root or ""), rules.root)
        title = str(extraction.meta.get("title") or "")
        if rules.title is not None and _fold(rules.title) not in _fold(title):
            if 1 in unreadable_pages(extraction):  # the title is page 1's: unread, not another
                return partial(title_unread, rules.title)
            if "title" in extraction.meta and extraction.meta["title"] is None:
                return partial(no_title, rules.title)  # page 1 read, and it prints none
            return partial(title_mismatch, title, rules.title)
        broken = self._broken_field(extraction, cache) or self._broken_contains(extraction, cache)
        sheet = self.reader.get("sheet") if self.format == "xlsx" else None
        sheets = extraction.meta.get("sheets")  # every workbook's extraction lists them; None: not known
        if broken is not None and sheet is not None and sheets is not None:
            # Said rather than what the sheet lacks: a workbook whose sheet was renamed has none of it.
            return partial(sheet_or, sheet, sheets, broken)
        return broken

    def _broken_field(self, extraction: Extraction, cache: IndexCache | None) -> Why | None:
        if not self.recognise.fields:
            return None
        index = self.index(extraction, cache)
        sheet = self.reader.get("sheet") if self.format == "xlsx" else None
        for selector in self.recognise.fields:
            try:
                found = index.resolve(selector)
            except LabelSkipped as exc:  # the label may be printed on a page left unread: not this form
                skipped = exc.problems[0]
                return lambda: (skipped.reason_en, skipped.reason_da)
            if found is None:
                return partial(self._missing_field, index, selector, sheet)
        return None

    def _missing_field(self, index: SourceIndex, selector: str, sheet: str | None) -> tuple[str, str]:
        text = label_text(selector) if self.format in ("csv", "xlsx") else None
        printed = index.printed(text, split_sheet(selector)[0]) if text else 0
        return missing(selector, self.format, sheet, printed)

    def _broken_contains(self, extraction: Extraction, cache: IndexCache | None) -> Why | None:
        if not self.recognise.contains:
            return None
        # A workbook's form is read on its sheet: words on another sheet (another municipality's form
        # in the same book, a notes sheet quoting a title) do not make the workbook this form.
        sheet = self.reader.get("sheet") if self.format == "xlsx" else None
        # The document's texts folded once for every form tried on it (with a cache: its index keeps
        # them), and each needle once, not again for every text it is looked for in.
        texts = (
            self.index(extraction, cache).folded(sheet) if cache is not None else folded(extraction, sheet)
        )
        for needle in self.recognise.contains:
            wanted = needle.casefold()
            if not any(wanted in text for text in texts):
                return partial(not_said, needle, sheet)
        return None


def _fold(text: str) -> str:
    """Printed text for comparing: case folded, white space runs as one space."""
    return " ".join(text.casefold().split())
