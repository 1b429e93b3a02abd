"""A PDF field the form itself marks Required (/Ff bit 2) that the config lets be left empty: said by
`hub adapters check` on the golden files, so the config's author decides (decision 0025, "Stop 64:
lang-85").

The config decides what the record needs, not the flag: a viewer asks for a Required field only before
the form is submitted from the viewer, never before it is saved or mailed, and the form's author may
have marked fields the job centre can do without (a phone number). A caseworker who sees a document
refused for a field their own form left optional would not know why; one whose document is accepted
without a field the form marked would expect the job centre to have wanted it. So the two disagreeing is
a warning to the person who can settle it, and a refusal for an empty field says the flag beside the
config's reason (`read_problems.REQUIRED_BY_FORM`).
"""

from __future__ import annotations

from collections.abc import Iterator

from hub.adapters.language.config_form import FormConfig
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.mapping.skipped_labels import LabelSkipped
from hub.adapters.readers.base import SourceValue

__all__ = ["optional_but_required"]


def optional_but_required(form: FormConfig, index: SourceIndex) -> list[tuple[str, str]]:
    """One line (English, Danish) for each field of a PDF form the config marks `optional` or `nullable`
    whose source the document's form marks Required; and for each `optional` key of a `repeat` list
    whose field the form marks Required in some row, naming the first such row (lang-93: a row's
    fields were not looked at)."""
    if form.format != "pdf":
        return []
    found = []
    for rule in form.fields:
        if not (rule.optional or rule.nullable):
            continue
        word = "optional" if rule.optional else "nullable"
        for selector in (rule.source, *rule.sources):
            value = _flagged(index, selector or "")
            if value is not None:
                found.append(_said(rule.path, "", word, value))
    for listed in form.lists:
        if listed.repeat is None:
            continue
        for item in listed.fields:
            if not item.optional:
                continue
            first = next(_flagged_rows(index, item.selectors, listed.repeat), None)
            if first is not None:
                found.append(_said(f"{listed.path}[].{item.key}", f"{first[0]}", "optional", first[1]))
    return found


def _flagged(index: SourceIndex, selector: str) -> SourceValue | None:
    """The field a selector names where the form marks it Required, else None (a label on a page left
    unread is the reading's to say, not this warning's)."""
    try:
        value = index.resolve(selector) if selector.strip() else None
    except LabelSkipped:
        return None
    return value if value is not None and value.meta.get("required") else None


def _flagged_rows(
    index: SourceIndex, selectors: tuple[str, ...], rows: int
) -> Iterator[tuple[int, SourceValue]]:
    """Each row n (1..rows) of a `repeat` list with a field the form marks Required, and that field."""
    for n in range(1, rows + 1):
        for selector in selectors:
            value = _flagged(index, selector.replace("{n}", str(n)))
            if value is not None:
                yield n, value
                break


def _said(path: str, row: str, word: str, value: SourceValue) -> tuple[str, str]:
    page = value.meta.get("page")
    in_row, in_row_da = (f" in row {row}", f" i række {row}") if row else ("", "")
    return (
        f"{path} may be left empty ({word} = true), but the form marks its field "
        f'"{value.key}" on page {page}{in_row} required: a document without it is accepted; remove '
        f"{word} if the job centre needs it",
        f"{path} må være tom ({word} = true), men blanketten markerer dens felt "
        f'"{value.key}" på side {page}{in_row_da} som påkrævet: et dokument uden det godtages; fjern '
        f"{word}, hvis jobcentret har brug for det",
    )
