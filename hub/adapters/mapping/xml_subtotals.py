"""An xml list's group elements and their own sums (`subtotals = { element = "f:uge", sums = { hours =
"@timer" } }`; decision 0060, "Stop 67: fixes-105").

An export that groups its visits in an element a week often writes the week's sum on that element
(`<uge nr='41' timer='3.5'><besøg timer='1.5'/><besøg timer='2.0'/></uge>`, the forty-fifth trial's
REXML export). Read by its visits, the sum was never looked at: a week whose sum disagreed with its
visits was stored by the visits without a word, and read by the sum it was stored by the sum. It is the
csv/xlsx table's subtotal line in another shape, so the same word checks it: each group element's sum,
read with its key's transforms, must equal that key added up over the list's rows inside the element.
A sum the element does not carry is not checked, as a table's blank figure is not; a group with a sum
and no rows adds up to 0. A figure that does not add up refuses the document at the sum's XPath with
both figures.

Rows the form marks not to be counted (`[[forms.lists.require]]`'s `leave_out`) are inside the group
too: a sum may add up the visits given, every row the element holds, or only those counted, as the
program that wrote it chose; the caseworker reads either as the week's figure, and the record's hours
are the counted rows' whichever it is. So a sum is right when it is either; one that is neither is
refused, saying both (decision 0060, "Stop 72: fixes-123").
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from hub.adapters.language.config_parts import ListRule
from hub.adapters.mapping.item_scope import Scope
from hub.adapters.mapping.list_entries import Element
from hub.adapters.mapping.reading import Reader, Resolver
from hub.adapters.mapping.subtotals import figure, left_out_also
from hub.adapters.mapping.transform_types import TransformCall
from hub.adapters.readers.base import SourceValue, describe_locator
from hub.quoting import quoted, quoted_da
from hub.schemas.field_names import field_name

__all__ = ["check_groups"]


Rows = Sequence[tuple[Resolver, dict[str, str]]]


def check_groups(scope: Scope, rule: ListRule, entries: Rows, reader: Reader, apart: Rows = ()) -> None:
    """Note the first group element whose sum is not its rows' (`entries`: each row counted, its
    resolver and its canonical values; `apart`: each row left out by its mark, read well). A row refused
    for itself leaves its group unchecked: its own problem is said, and there is no sum to compare."""
    sums = rule.subtotals
    if sums is None or sums.element is None:
        return
    index = scope.index
    keys = index.xml_rows(sums.element, base=scope.element)
    groups, left = _grouped(keys, entries), _grouped(keys, apart)
    fields = {item.key: item for item in rule.fields}
    for group, rows in groups.items():
        for key, selector in sums.sums:
            given = index.resolve(selector, row=group)
            if given is None or not (given.value or "").strip():
                continue  # a sum the element does not carry says nothing to check
            if any(key not in row for row in rows + left[group]):
                continue  # a row's own problem was said where it was read
            problem = _wrong(rule, key, given, (rows, left[group]), fields[key].transforms, index.format)
            if problem is not None:
                reader.problem(rule.path, (problem[2], problem[3]), problem[0], problem[1])
                return


def _grouped(keys: Sequence[str], entries: Rows) -> dict[str, list[dict[str, str]]]:
    """Each group element's rows' values, by the group's key (an element's rows are below its key)."""
    groups: dict[str, list[dict[str, str]]] = {key: [] for key in keys}
    for resolve, values in entries:
        if isinstance(resolve, Element):
            group = next((g for g in groups if resolve.key.startswith(f"{g}/")), None)
            if group is not None:
                groups[group].append(values)
    return groups


def _wrong(
    rule: ListRule,
    key: str,
    given: SourceValue,
    both: tuple[Sequence[dict[str, str]], Sequence[dict[str, str]]],
    calls: Sequence[TransformCall],
    fmt: str,
) -> tuple[str, str, str, str] | None:
    """Why a group's sum is neither its counted rows' nor theirs with those left out (`both`), in
    English and Danish, and where in English and Danish; None where it is either."""
    rows, left = both
    text = (given.value or "").strip()
    word, word_da = field_name(f"{rule.path}.{key}", "en"), field_name(f"{rule.path}.{key}", "da")
    here = describe_locator(given, fmt, "en"), describe_locator(given, fmt, "da")
    stated = figure(given, calls)
    if stated is None:
        return (
            f"this element's sum gives {word} {quoted(text)}, which is no number to check its rows against",
            f"dette elements sum angiver {word_da} {quoted_da(text)}, som ikke er et tal at kontrollere"
            " dets rækker med",
            *here,
        )
    try:
        total = sum((Decimal(row[key]) for row in rows), Decimal(0))
        whole = total + sum((Decimal(row[key]) for row in left), Decimal(0))
    except InvalidOperation:
        return None  # a key read as no number (a config's own choice): nothing to add up
    if stated in (total, whole):
        return None
    summed = format(total.normalize(), "f")
    element = (rule.subtotals.element if rule.subtotals else None) or ""
    inner = (rule.rows or "").strip()[len(element.strip().rstrip("/")) + 1 :]  # the rows inside a group
    also, also_da = left_out_also(whole, len(left))
    return (
        f"this element's sum gives {word} {quoted(text)}, but its rows ({len(rows)} × {inner}) add up to"
        f" {summed}{also}: correct the sum or the rows in the file",
        f"dette elements sum angiver {word_da} {quoted_da(text)}, men dets rækker ({len(rows)} × {inner})"
        f" giver {summed.replace('.', ',')} tilsammen{also_da}: ret summen eller rækkerne i filen",
        *here,
    )
