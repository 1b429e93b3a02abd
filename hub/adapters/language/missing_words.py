"""What a document lacks that a form's recognise rule asks for, in words a caseworker reads (English,
Danish), not in the config language's selector syntax.

A rejected file's reason is read by the person who sent it: "it has no next:Skema" means nothing to a
company's clerk, "no cell says 'Skema' (sheet 'Mentortimer')" does. The selector itself is still in the
config, where the adapter's author finds it by the form's id the reason starts with.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from hub.adapters.mapping.selector_text import parse_cell, split_label, split_sheet
from hub.adapters.readers.base import column_letters
from hub.pseudonyms import mask_cpr_like
from hub.quoting import MAX_NAME, quoted, quoted_da, readable

# label: and below: read the first filled cell after the label, so either may be what is missing; next:
# and under: read the adjacent cell even when it is blank, so only the label can be (English, Danish).
_AFTER = {
    "label:": ("to the right of", "til højre for"),
    "below:": ("below", "under"),
}
_NTH = re.compile(r"\s*>\s*[1-9]\d?\s*$")  # label:/below:'s ">n", the n-th filled cell after the label


def sheet_names(sheets: Sequence[str]) -> tuple[str, str]:
    """A workbook's sheets as a message lists them, in English and Danish ("" for none). The names are
    the sender's own words (a CPR number typed as one is masked; one no one can read is said to be so,
    not quoted)."""
    names = ", ".join(quoted(mask_cpr_like(name)) for name in sheets)
    return names, ", ".join(quoted_da(mask_cpr_like(name)) for name in sheets)


def missing_sheet(sheet: str, sheets: Sequence[str]) -> tuple[str, str] | None:
    """Why a workbook is not a form read on `sheet`: it has no sheet of that name (None: it has)."""
    if sheet in sheets:
        return None
    names, names_da = sheet_names(sheets)
    return (
        f"it has no sheet '{sheet}' (its sheets: {names or 'none'})",
        f"den har intet ark '{sheet}' (dens ark: {names_da or 'ingen'})",
    )


def missing(selector: str, fmt: str, sheet: str | None = None, printed: int = 0) -> tuple[str, str]:
    """Why a document does not meet the recognise rule `selector` names, for a document of format
    `fmt` in which the selector found nothing (`sheet`: the workbook's sheet the form is read on;
    `printed`: how many cells print the label a csv/xlsx label selector reads by)."""
    selector = selector.strip()
    if fmt in ("csv", "xlsx"):
        on, selector = split_sheet(selector)  # a label on a sheet of its own ("Stamdata!label:P-nr.")
        en, da = _tabular(selector, printed)
        own = (parse_cell(selector) or (None,))[0]  # a cell reference naming its own sheet says it
        sheet = on or sheet
        return (f"{en} (sheet '{sheet}')", f"{da} (ark '{sheet}')") if sheet and not own else (en, da)
    if fmt == "xml":
        return (
            f"it has no element or attribute at {selector}",
            f"den har intet element eller attribut ved {selector}",
        )
    if selector.startswith("tooltip:"):
        # Said as the caseworker knows the field, by its words: "intet formularfelt har hjælpeteksten
        # 'Formål med praktikken'" was the reader's, a tooltip being how a PDF names its field (walk-107).
        text = selector.split(":", 1)[1].strip()
        return f"it has no field {text!r} to fill in", f"den har intet felt {text!r} at udfylde"
    if selector.startswith("label:"):
        text = selector.split(":", 1)[1].strip()
        return f"no form field is labelled {text!r}", f"intet formularfelt har overskriften {text!r}"
    return f"it has no form field named {selector!r}", f"den har intet formularfelt ved navn {selector!r}"


def label_text(selector: str) -> str | None:
    """The printed label a csv/xlsx label selector reads by, as printed (its block, occurrence and
    n-th value syntax and its sheet left out): "label:Underskrevet af > Dato#2>1" gives "Dato"."""
    selector = split_sheet(selector)[1]
    prefix = next((p for p in (*_AFTER, "next:", "under:") if selector.startswith(p)), None)
    if prefix is None:
        return None
    text = _NTH.sub("", selector[len(prefix) :]) if prefix in _AFTER else selector[len(prefix) :]
    return split_label(text)[-1][0].strip() or None


def printed_twice(selector: str, printed: int) -> bool:
    """Whether a csv/xlsx label selector found no cell because its label is printed `printed` times (more
    than once) and the selector does not say which: no block (`A > B`) and no occurrence (`B#2`)."""
    text = label_text(selector)
    if text is None or printed < 2:
        return False
    selector = split_sheet(selector)[1]
    prefix = selector.split(":", 1)[0] + ":"
    labels = split_label(_NTH.sub("", selector[len(prefix) :]))
    return len(labels) == 1 and labels[0][1] is None


def _tabular(selector: str, printed: int) -> tuple[str, str]:
    text = label_text(selector)
    prefix = selector.split(":", 1)[0] + ":"
    labels = split_label(_NTH.sub("", selector[len(prefix) :])) if text is not None else []
    if len(labels) > 1:  # a block: the label after the block's own label
        block = labels[0][0].strip()
        return (
            # Before the next heading: a block ends where the next begins (`next_part.block_end`).
            f"no cell says {text!r} after a cell that says {block!r} and before the next heading",
            f"ingen celle siger {text!r} efter en celle, der siger {block!r}, og før næste overskrift",
        )
    if labels and labels[-1][1] is not None:  # the n-th printing of the label
        return (
            f"{text!r} is printed fewer than {labels[-1][1]} times",
            f"{text!r} står færre end {labels[-1][1]} gange",
        )
    if text is not None and printed > 1:
        return (
            f"{text!r} is printed {printed} times, and the form does not say which one it means",
            f"{text!r} står {printed} gange, og formularen siger ikke, hvilken den mener",
        )
    if text is not None and selector.startswith(("next:", "under:")):
        return f"no cell says {text!r}", f"ingen celle siger {text!r}"
    for prefix, (where_en, where_da) in _AFTER.items():
        if text is not None and selector.startswith(prefix):
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


def _element(clark: str) -> tuple[str, str]:
    """An element's name and namespace ("" for none) from lxml's `{namespace}name`."""
    if clark.startswith("{") and "}" in clark:
        namespace, name = clark[1:].split("}", 1)
        return name, namespace
    return clark, ""


def root_mismatch(root: str, wanted: str) -> tuple[str, str]:
    """Why a document's root element is not the form's, in English and Danish, in words: the element's
    name, and its namespace said as such where it differs ("Mentorbevillinger in the namespace
    urn:a, not urn:b"), never lxml's `{urn:a}Mentorbevillinger`. The document's own name is quoted only
    where it can be read."""
    name, namespace = _element(root)
    want, want_ns = _element(wanted)
    shown, shown_ns = readable(name, MAX_NAME), readable(namespace, MAX_NAME)
    if shown is None:
        return (
            f"its root element's name could not be read; it must be {want}",
            f"dens rodelements navn kunne ikke læses; det skal være {want}",
        )
    if name != want:
        return f"its root element is {shown}, not {want}", f"dens rodelement er {shown}, ikke {want}"
    ns_en = f'the namespace "{shown_ns}"' if namespace and shown_ns else "no namespace"
    ns_da = f'navnerummet "{shown_ns}"' if namespace and shown_ns else "intet navnerum"
    if namespace and shown_ns is None:
        ns_en, ns_da = "a namespace that could not be read", "et navnerum, der ikke kunne læses"
    want_en = f'the namespace "{want_ns}"' if want_ns else "no namespace"
    want_da = f'navnerummet "{want_ns}"' if want_ns else "intet navnerum"
    return (
        f"its root element {shown} is in {ns_en}, not in {want_en}",
        f"dens rodelement {shown} hører til {ns_da}, ikke til {want_da}",
    )
