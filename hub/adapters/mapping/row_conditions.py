"""What a list's row must hold to be counted (`[[forms.lists.require]]`): a visit its own form marks
approved (`godkendt` `true`), not cancelled, not by phone.

A row whose condition holds is counted. A row holding one of the condition's `leave_out` values
(`false`) is read as any row (its values checked, as no filled row is dropped) but not counted: its
values go into the record's provenance under `left_out.<list>[n]`, with the value that left it out, so
that the auditor sees the hours not paid and why. Any other value (empty, `ja?`, a misspelt word) is
neither, and refuses the document at the row: never guessed to count or not (decision 0060, "Stop 71:
fixes-119").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from hub.adapters.language.config_parts import Condition, ListFieldRule, ListRule
from hub.adapters.mapping.checkbox_marks import config_norm, value_norm
from hub.adapters.mapping.conditions import holds, nothing_found, wanted
from hub.adapters.mapping.list_entries import selectors
from hub.adapters.mapping.provenance import Provenance, provenance_of, where_of
from hub.adapters.mapping.reading import UNLOCATED, Reader, Resolver
from hub.quoting import quoted, quoted_da

LEFT_OUT = "left_out"  # the provenance paths of a row not counted: `left_out.entries[0].hours`
LEFT_OUT_BY = "left_out_by"  # the key of the value that left it out, beside the row's own keys


def _wanted(condition: Condition) -> tuple[str, str]:
    en, da = wanted(condition)
    if condition.leave_out:
        out = ", ".join(f"'{v}'" for v in condition.leave_out)
        return f"{en} (counted) or {out} (left out)", f"{da} (tælles med) eller {out} (udelades)"
    return en, da


def row_left_out(rule: ListRule, path: str, resolve: Resolver, reader: Reader) -> Condition | None | bool:
    """Check a row against the list's conditions: True when it counts, the condition that leaves it
    out, or False when a condition is not met (the problem noted at `path`, the row's own)."""
    for condition in rule.require:
        found = resolve(condition.source)
        why = f" ({condition.reason})" if condition.reason else ""
        want_en, want_da = _wanted(condition)
        if found is None:
            nothing_found(reader, path, condition, (want_en, want_da))
            return False
        text = (found.value or "").strip()
        if holds(condition, text):
            continue
        if _leaves_out(condition, text):
            return condition
        reader.problem(
            path,
            where_of(found, reader.fmt),
            f"condition not met{why}: {condition.source} is {quoted(text)}, expected {want_en}:"
            " the row is neither counted nor left out",
            f"betingelse ikke opfyldt{why}: {condition.source} er {quoted_da(text)}, forventet {want_da}:"
            " rækken hverken tælles med eller udelades",
        )
        return False
    return True


def marked_out(rule: ListRule, resolve: Resolver) -> bool | None:
    """Whether a row is left out by its mark, as `row_left_out` finds it, without noting any problem:
    a table's subtotal line is checked before its rows are read (`subtotals`), and a row a condition
    refuses is said where it is read. False for a row counted; None for one a condition refuses, whose
    mark says neither (a subtotal line cannot be checked over it: review-128)."""
    for condition in rule.require:
        found = resolve(condition.source)
        text = "" if found is None else (found.value or "").strip()
        if found is None or not holds(condition, text):
            return True if found is not None and _leaves_out(condition, text) else None
    return False


def _leaves_out(condition: Condition, text: str) -> bool:
    return value_norm(text) in {config_norm(v) for v in condition.leave_out}


def left_out_sources(
    rule: ListRule,
    number: int,
    condition: Condition,
    row: Sequence[Provenance],
    resolve: Resolver,
    reader: Reader,
) -> list[Provenance]:
    """A left-out row's provenance: its values read (`row`) and the value that left it out, each under
    `left_out.<list>[number]`, so the hours not counted stay in the record's provenance."""
    if not reader.located:  # no provenance asked for: its stand-in, never none (a row was left out)
        return list(UNLOCATED)
    own = f"{LEFT_OUT}.{rule.path}[{number}]"
    out = [entry._replace(path=f"{own}.{entry.path.rsplit('.', 1)[-1]}") for entry in row]
    # The mark as the row holds it, through no transform: read as a value, a cell `false` would be
    # refused as a yes-or-no where text belongs (`boolean_cells`).
    mark = ((condition.source, resolve(condition.source)),)
    return out + provenance_of(f"{own}.{LEFT_OUT_BY}", reader.document_sha256, mark, (), reader.fmt)


def headed(
    fields: Sequence[ListFieldRule], sources: Mapping[str, Sequence[Provenance]], resolve: Resolver
) -> list[Provenance]:
    """A left-out row's values, each entry of a value read from several sources (a week's hours summed
    from its weekdays' columns) given the heading the config reads it by (`locator["heading"]`: "Man",
    "varighed/hours"), which the record's page names it by (`services.left_out_rows`): a reader's key
    (`B5`, `Timer!B5`, an XML path with its namespace's URI) is no word a caseworker reads on the form
    (decision 0060, "Stop 74: fixes-137")."""
    row: list[Provenance] = []
    for field in fields:
        entries = sources.get(field.key, ())
        named = selectors(field, resolve)
        if len(entries) > 1 and len(entries) == len(named):  # one entry a source, in the sources' order
            entries = [
                e._replace(locator={**e.locator, "heading": h}) for e, h in zip(entries, named, strict=True)
            ]
        row.extend(entries)
    return row


def no_items(rule: ListRule, left_out: Sequence[Provenance]) -> tuple[str, str]:
    """Why a list has no items, in English and Danish: none found, or every row left out by its form."""
    if not left_out:
        return "no items found", "ingen rækker fundet"
    sources = ", ".join(dict.fromkeys(c.source for c in rule.require))
    return (
        f"every row is left out by its own mark ({sources}): nothing is counted",
        f"hver række udelades efter sin egen markering ({sources}): intet tælles med",
    )
