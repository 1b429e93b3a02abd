"""One form of a sender as frozen data (`FormConfig`), built from a file `config_schema` has validated: its
parts (`config_parts`) and the index of a document with its reader options and labels. Whether a
document is this form (`matches`, `mismatch`) is the mixin `form_recognition.Recognising`'s.

Apart from `config_model` (a municipality's or the company's whole adapter) because a form is what the
mapping, the recognising and the services that store a document work with.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hub.adapters.language.config_parts import Condition, FieldRule, ItemRule, ListRule, RecogniseRules
from hub.adapters.language.config_paths import unfilled
from hub.adapters.language.form_recognition import Recognising
from hub.adapters.mapping.selector_text import tabular_label
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.readers.base import Extraction

if TYPE_CHECKING:  # lxml is imported where an XSD is loaded (`xsd_schema`): loading a config does not
    from lxml import etree

__all__ = ["FormConfig", "IndexCache"]

# The indexes of one document, by the reader options they were built with (see `FormConfig.index`).
IndexCache = dict[tuple[Any, ...], SourceIndex]


@dataclass(frozen=True)
class FormConfig(Recognising):
    """One form a municipality sends and how it becomes a canonical record."""

    id: str
    form_type: str
    format: str
    title: str
    recognise: RecogniseRules
    fields: tuple[FieldRule, ...]
    lists: tuple[ListRule, ...] = ()
    items: ItemRule | None = None
    require: tuple[Condition, ...] = ()
    reader: Mapping[str, Any] = field(default_factory=dict)
    xsd_path: Path | None = None
    raw: Mapping[str, Any] = field(default_factory=dict)
    # The title in English where the hub words the form itself (the company's: "Mentortimer (the
    # company's form)"); empty: the title, the form's own printed words, is said in English too.
    title_en: str = ""

    @cached_property
    def xsd_bytes(self) -> bytes | None:
        """The form's XSD file as this loaded config first read it (None: it has none, or it is gone).

        Read once per loaded config; the check of its documents (`xsd_schema`) and the adapter's
        fingerprint both use these bytes. (A cache by path, shared by every app of the process, once
        checked them against a file another app had read before it changed, while the fingerprint
        hashed the new one: decision 0017, "Other process state".)"""
        path = self.xsd_path
        return path.read_bytes() if path is not None and path.is_file() else None

    @cached_property
    def xsd_digest(self) -> str | None:
        """SHA-256 (hex) of `xsd_bytes`, once per loaded config as they are: every XML document of the
        form is checked against it (`rereading.as_form_reads`), which hashed the same bytes a form."""
        data = self.xsd_bytes
        return hashlib.sha256(data).hexdigest() if data is not None else None

    @cached_property
    def xsd_schema(self) -> etree.XMLSchema | None:
        """The form's XSD loaded from `xsd_bytes` with the hardened loader, once per loaded config."""
        if self.xsd_path is None:
            return None
        from hub.adapters.readers.safexml import load_xsd  # noqa: PLC0415 - see the imports

        return load_xsd(self.xsd_path, self.xsd_bytes)

    @cached_property
    def unfilled(self) -> tuple[str, ...]:
        """The required canonical fields no rule of this form fills: every document of it would be
        rejected, so `hub adapters check` and the app's start say so, and a document is told why."""
        return tuple(unfilled(self.form_type, {r.path for r in self.fields} | {r.path for r in self.lists}))

    @cached_property
    def label_selectors(self) -> frozenset[str]:
        """This form's csv/xlsx `label:`, `below:`, `next:` and `under:` selectors (fields, lists and
        recognise): `label:` and `below:` stop at the labels they name, so a value left blank does not
        read the next label, and a label's value is told from a second printing of a label."""
        if self.format not in ("csv", "xlsx"):
            return frozenset()
        selectors = [*self.recognise.fields]
        for rule in self.fields:
            selectors += [s for s in (rule.source, *rule.sources) if s]
        for list_rule in self.lists:
            selectors += [s for item in list_rule.fields for s in item.selectors]
        selectors += [condition.source for condition in self.require]
        return frozenset(s.strip() for s in selectors if tabular_label(s))

    @cached_property
    def _index_options(self) -> tuple[Mapping[str, str] | None, str | None, tuple[Any, ...]]:
        """The reader options this form's index is made with (namespaces, sheet) and their key in an
        `IndexCache`: worked out once per loaded config, not for every form tried on every document
        (recognising tries each form of the sender, some four and a half a document)."""
        namespaces, sheet = self.reader.get("namespaces"), self.reader.get("sheet")
        return namespaces, sheet, (tuple(sorted((namespaces or {}).items())), sheet)

    def index(self, extraction: Extraction, cache: IndexCache | None = None) -> SourceIndex:
        """Index a document with this form's reader options (namespaces, sheet) and its labels.

        `cache` (one dict per document) shares the index among the forms that read the document with
        the same options: recognising tries every form of the municipality, then the one recognised maps.
        """
        namespaces, sheet, key = self._index_options
        if cache is None:
            return SourceIndex(extraction, namespaces=namespaces, sheet=sheet, labels=self.label_selectors)
        index = cache.get(key)
        if index is None or index.extraction is not extraction:
            # Another form's index of the same document differs only in these options: its values and
            # cells are indexed once (a workbook's forms each name their sheet).
            same = next((i for i in cache.values() if i.extraction is extraction), None)
            index = cache[key] = (
                same.with_options(namespaces, sheet)
                if same is not None
                else SourceIndex(extraction, namespaces=namespaces, sheet=sheet)
            )
        return index.with_labels(self.label_selectors)

    def label(self, lang: str) -> str:
        """The form as its sender knows it, in `lang`: its title quoted as the form prints it ('Ophør af
        virksomhedspraktik (VP-04)'), the id only when the config gives no title. The title is the form's
        name, Danish in an English line too, as a place name is; the config's id is not a word the sender
        ever saw (decision 0062, "Stop 45"). A form the hub words itself (the company's) has an English
        title too (`title_en`): an English line says that one ("the company's form", not "virksomhedens
        skema")."""
        title = (self.title_en or self.title) if lang == "en" else self.title
        return f"'{title}'" if title else self.id
