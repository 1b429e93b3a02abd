"""A municipality's adapter config as frozen data, built from a file `config_schema` has validated.

`MunicipalityConfig.recognise` decides which of the municipality's forms a document is: exactly one
form must match, otherwise the document is rejected with the reason (none matched, or which ones did).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from hub.adapters.language.claim_config import ClaimConfig
from hub.adapters.language.config_rules import unfilled
from hub.adapters.language.missing_words import label_text, missing, missing_sheet
from hub.adapters.language.recognition import recognise
from hub.adapters.mapping.selectors import SourceIndex, tabular_label
from hub.adapters.mapping.skipped_labels import LabelSkipped
from hub.adapters.mapping.transforms import TransformCall
from hub.adapters.readers.base import Extraction
from hub.pseudonyms import mask_cpr_like
from hub.quoting import readable

# The indexes of one document, by the reader options they were built with (see `FormConfig.index`).
IndexCache = dict[tuple[Any, ...], SourceIndex]


@dataclass(frozen=True)
class FieldRule:
    """How one canonical field is filled: exactly one of source, sources, value or compute."""

    path: str
    source: str | None = None
    sources: tuple[str, ...] = ()
    value: str | None = None
    compute: str | None = None
    transforms: tuple[TransformCall, ...] = ()
    optional: bool = False
    nullable: bool = False
    prefilled: bool = False  # printed on the blank form by its sender: does not make an item "filled in"


@dataclass(frozen=True)
class ListFieldRule:
    """One key of each item of a canonical list: from one source, or several its first transform
    combines (`sources`: a week's weekday columns added up by `sum`)."""

    key: str
    source: str = ""
    transforms: tuple[TransformCall, ...] = ()
    optional: bool = False
    prefilled: bool = False
    sources: tuple[str, ...] = ()

    @property
    def selectors(self) -> tuple[str, ...]:
        """Every selector (or table column) this key reads."""
        return self.sources or (self.source,)


@dataclass(frozen=True)
class StopRule:
    """Where a csv/xlsx table ends (any rule given): a trailer row, a blank or an undated key column."""

    label: str | None = None  # a row whose first filled cell reads this text (`Underskrevet af`)
    blank: str | None = None  # a row whose cell under this header is blank
    not_date: str | None = None  # a row whose cell under this header holds something that is not a date


@dataclass(frozen=True)
class Condition:
    """A value the form must hold to be read at all (a unit, a version, a form code)."""

    source: str
    equals: str | None = None  # compared as `map` compares: case, white space runs and NFC ignored
    one_of: tuple[str, ...] = ()
    matches: str | None = None  # a regular expression the whole value must match
    reason: str = ""  # what the condition guards, for the message ("hours per week")


@dataclass(frozen=True)
class ItemRule:
    """Many records in one document: what one item is (exactly one of repeat, rows, key)."""

    repeat: int | None = None  # pdf: item selectors hold {i}, i = 1..repeat
    rows: str | None = None  # xml: one item per element; relative selectors read inside it
    key: str | None = None  # csv/xlsx: the header over the column that names each item
    group: bool = False  # csv/xlsx: rows with the same key value make one item
    stop: StopRule | None = None  # csv/xlsx: where the item table ends (default: its first blank row)


@dataclass(frozen=True)
class ListRule:
    """A repeated group of a form (table rows, xml elements, numbered pdf fields) as a canonical list."""

    path: str
    fields: tuple[ListFieldRule, ...]
    table: Mapping[str, str] | None = None
    rows: str | None = None
    repeat: int | None = None
    aggregate: str | None = None
    optional: bool = False
    stop: StopRule | None = None  # csv/xlsx table: where it ends (default: its first blank row)

    @cached_property
    def headers(self) -> list[str]:
        """Every column (selector) its fields read, once each: a table's headers (asked for each row
        of every document, so made once)."""
        return list(dict.fromkeys(s for item in self.fields for s in item.selectors))


@dataclass(frozen=True)
class RecogniseRules:
    """What a document must show to be this form; every rule given must hold."""

    fields: tuple[str, ...] = ()
    contains: tuple[str, ...] = ()
    root: str | None = None
    title: str | None = None  # pdf: the printed title (the reader's `title`) contains this text


@dataclass(frozen=True)
class FormConfig:
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

    def index(self, extraction: Extraction, cache: IndexCache | None = None) -> SourceIndex:
        """Index a document with this form's reader options (namespaces, sheet) and its labels.

        `cache` (one dict per document) shares the index among the forms that read the document with
        the same options: recognising tries every form of the municipality, then the one recognised maps.
        """
        namespaces, sheet = self.reader.get("namespaces"), self.reader.get("sheet")
        if cache is None:
            return SourceIndex(extraction, namespaces=namespaces, sheet=sheet, labels=self.label_selectors)
        key = (tuple(sorted((namespaces or {}).items())), sheet)
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

    def label(self) -> str:
        """The form's id and title, for messages in English (the id is the config's and the API's word)."""
        return f"{self.id} ({self.title})" if self.title else self.id

    def label_da(self) -> str:
        """The form as a caseworker knows it, for messages in Danish: its title quoted as the form prints
        it ('Ophør af virksomhedspraktik (VP-04)'), the id only when the config gives no title."""
        return f"'{self.title}'" if self.title else self.id

    def matches(self, extraction: Extraction, cache: IndexCache | None = None) -> bool:
        """Tell whether every recognise rule of this form holds for a document."""
        return self.mismatch(extraction, cache) is None

    def mismatch(self, extraction: Extraction, cache: IndexCache | None = None) -> tuple[str, str] | None:
        """The first recognise rule a document breaks, in English and Danish (None: it is this form)."""
        if extraction.format != self.format:
            return (
                f"it is {extraction.format}, not {self.format}",
                f"den er {extraction.format}, ikke {self.format}",
            )
        rules = self.recognise
        root = extraction.meta.get("root")
        if rules.root is not None and root != rules.root:
            return (
                f"its root element is {root}, not {rules.root}",
                f"dens rodelement er {root}, ikke {rules.root}",
            )
        title = str(extraction.meta.get("title") or "")
        if rules.title is not None and _fold(rules.title) not in _fold(title):
            # The title is the document's own text, kept with the rejection: a CPR number in it is
            # masked, and a long one cut; one no one can read (a damaged file's lost fonts) is not quoted.
            shown = readable(mask_cpr_like(" ".join(title.split())))
            if not shown:
                return (
                    f"its title could not be read, so {rules.title!r} was not found in it",
                    f"dens titel kunne ikke læses, så {rules.title!r} blev ikke fundet i den",
                )
            return (
                f"its title is '{shown}', without {rules.title!r}",
                f"dens titel er '{shown}', uden {rules.title!r}",
            )
        broken = self._broken_field(extraction, cache) or self._broken_contains(extraction)
        sheet = self.reader.get("sheet") if self.format == "xlsx" else None
        sheets = extraction.meta.get("sheets")  # every workbook's extraction lists them; None: not known
        if broken is not None and sheet is not None and sheets is not None:
            # Said rather than what the sheet lacks: a workbook whose sheet was renamed has none of it.
            return missing_sheet(sheet, sheets) or broken
        return broken

    def _broken_field(self, extraction: Extraction, cache: IndexCache | None) -> tuple[str, str] | None:
        if not self.recognise.fields:
            return None
        index = self.index(extraction, cache)
        sheet = self.reader.get("sheet") if self.format == "xlsx" else None
        for selector in self.recognise.fields:
            try:
                found = index.resolve(selector)
            except LabelSkipped as exc:  # the label may be printed on a page left unread: not this form
                return exc.problems[0].reason_en, exc.problems[0].reason_da
            if found is None:
                text = label_text(selector) if self.format in ("csv", "xlsx") else None
                return missing(selector, self.format, sheet, index.printed(text) if text else 0)
        return None

    def _broken_contains(self, extraction: Extraction) -> tuple[str, str] | None:
        if not self.recognise.contains:
            return None
        # A workbook's form is read on its sheet: words on another sheet (another municipality's form
        # in the same book, a notes sheet quoting a title) do not make the workbook this form.
        sheet = self.reader.get("sheet") if self.format == "xlsx" else None
        values = [v for v in extraction.values if sheet is None or v.meta.get("sheet") == sheet]
        texts = [v.value.casefold() for v in values if v.value]
        for needle in self.recognise.contains:
            if not any(needle.casefold() in text for text in texts):
                en, da = f"it does not say {needle!r}", f"den indeholder ikke {needle!r}"
                return (f"{en} (sheet '{sheet}')", f"{da} (ark '{sheet}')") if sheet else (en, da)
        return None


@dataclass(frozen=True)
class AuditRules:
    """What the municipality's auditor wants: claim period, CPR in bundles, retention, the evidence each
    claim line needs (the rules; False or None: not checked for this municipality)."""

    claim_period: str
    cpr_in_bundles: str
    retention_years: int
    grant_on_or_before_start: bool = False
    hours_signed_by_mentor: bool = False
    hours_within_grant: bool = False
    timesheet_every_month: bool = False
    progress_report_every_weeks: int | None = None
    end_form_within_days: int | None = None


@dataclass(frozen=True)
class MunicipalityConfig:
    """One municipality's adapter: identity, audit rules, the forms it sends and the claim it wants."""

    code: str
    slug: str
    name: str
    jobcentre: str
    audit: AuditRules
    forms: tuple[FormConfig, ...]
    claim: ClaimConfig | None = None  # the claim it wants back; None: it pays no mentor support
    path: Path | None = None
    raw: Mapping[str, Any] = field(default_factory=dict)

    def form(self, form_id: str) -> FormConfig:
        """Return the form with this id (KeyError when there is none)."""
        return find_form(self.forms, form_id)

    def recognise(self, extraction: Extraction, filename: str, cache: IndexCache | None = None) -> FormConfig:
        """Return the one form a document is; reject it when none or several match (`cache`: see
        `FormConfig.index`)."""
        return recognise(self.forms, self.name, extraction, filename, cache)


@dataclass(frozen=True)
class CompanyAdapter:
    """The company's one form read back: the canonical adapter of `config/company.toml`.

    Its records name their placement by participant id; each lands with its intern's municipality."""

    name: str
    forms: tuple[FormConfig, ...]
    path: Path | None = None
    code: str = ""  # a company form speaks for several municipalities: none of its own

    def form(self, form_id: str) -> FormConfig:
        """Return the form with this id (KeyError when there is none)."""
        return find_form(self.forms, form_id)

    def recognise(self, extraction: Extraction, filename: str, cache: IndexCache | None = None) -> FormConfig:
        """Return the one form a document is; reject it when none or several match."""
        return recognise(self.forms, ("the company", "virksomheden"), extraction, filename, cache)


def _fold(text: str) -> str:
    """Printed text for comparing: case folded, white space runs as one space."""
    return " ".join(text.casefold().split())


def find_form(forms: tuple[FormConfig, ...], form_id: str) -> FormConfig:
    """The form with this id (KeyError when there is none)."""
    for form in forms:
        if form.id == form_id:
            return form
    raise KeyError(form_id)
