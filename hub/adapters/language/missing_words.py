"""What a document lacks that a form's recognise rule asks for, in words a caseworker reads (English,
Danish), not in the config language's selector syntax.

A rejected file's reason is read by the person who sent it: "it has no next:Skema" means nothing to a
company's clerk, "no cell says 'Skema' (sheet 'Mentortimer')" does. The selector itself is still in the
config, where the adapter's author finds it by the form's id the reason starts with.
"""

from __future__ import annotations

from collections.abc import Sequence

from hub.adapters.mapping.selectors import parse_cell
from hub.adapters.readers.base import column_letters
from hub.pseudonyms import mask_cpr_like

# label: and below: read the first filled cell after the label, so either may be what is missing; next:
# and under: read the adjacent cell even when it is blank, so only the label can be (English, Danish).
_AFTER = {
    "label:": ("to the right of", "til højre for"),
    "below:": ("below", "under"),
}


def missing_sheet(sheet: str, sheets: Sequence[str]) -> tuple[str, str] | None:
    """Why a workbook is not a form read on `sheet`: it has no sheet of that name (None: it has)."""
    if sheet in sheets:
        return None
    # The sheets' names are the sender's own words (a CPR number typed as one is masked).
    names = ", ".join(f"'{mask_cpr_like(name)}'" for name in sheets)
    return (
        f"it has no sheet '{sheet}' (its sheets: {names or 'none'})",
        f"den har intet ark '{sheet}' (dens ark: {names or 'ingen'})",
    )


def missing(selector: str, fmt: str, sheet: str | None = None) -> tuple[str, str]:
    """Why a document does not meet the recognise rule `selector` names, for a document of format
    `fmt` in which the selector found nothing (`sheet`: the workbook's sheet the form is read on)."""
    selector = selector.strip()
    if fmt in ("csv", "xlsx"):
        en, da = _tabular(selector)
        own = (parse_cell(selector) or (None,))[0]  # a cell reference naming its own sheet says it
        return (f"{en} (sheet '{sheet}')", f"{da} (ark '{sheet}')") if sheet and not own else (en, da)
    if fmt == "xml":
        return (
            f"it has no element or attribute at {selector}",
            f"den har intet element eller attribut ved {selector}",
        )
    if selector.startswith("tooltip:"):
        text = selector.split(":", 1)[1].strip()
        return f"no form field has the tooltip {text!r}", f"intet formularfelt har hjælpeteksten {text!r}"
    if selector.startswith("label:"):
        text = selector.split(":", 1)[1].strip()
        return f"no form field is labelled {text!r}", f"intet formularfelt har overskriften {text!r}"
    return f"it has no form field named {selector!r}", f"den har intet formularfelt ved navn {selector!r}"


def _tabular(selector: str) -> tuple[str, str]:
    if selector.startswith(("next:", "under:")):
        text = selector.split(":", 1)[1].strip()
        return f"no cell says {text!r}", f"ingen celle siger {text!r}"
    for prefix, (where_en, where_da) in _AFTER.items():
        if selector.startswith(prefix):
            text = selector[len(prefix) :].strip()
            return (
                f"no cell says {text!r} with a value {where_en} it",
                f"ingen celle siger {text!r} med en værdi {where_da} den",
            )
    cell = parse_cell(selector)
    if cell is not None:
        sheet, row, col = cell
        ref = f"{column_letters(col)}{row}"
        if sheet:
            return f"cell {ref} of sheet '{sheet}' is empty", f"celle {ref} i arket '{sheet}' er tom"
        return f"cell {ref} is empty", f"celle {ref} er tom"
    return f"it has nothing at {selector}", f"den har intet ved {selector}"
