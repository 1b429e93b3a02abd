"""Whether a selector's text is valid for a form's format, checked when a config is loaded
(`config_rules`): a CSV has no sheets, `next:`/`under:` take no `>n`, a label in a block needs text on
both sides of `>`, an XML path's syntax (`xmlpath_syntax`).

Apart from `selector_text`, which says what a valid selector's text names and is asked again for every
document read: here only the refusals of one that is not valid, asked once a config.
"""

from __future__ import annotations

from hub.adapters.mapping import xmlpath_syntax
from hub.adapters.mapping.selector_text import (
    NTH,
    TABULAR_PREFIXES,
    parse_cell,
    split_label,
    split_nth,
    split_sheet,
)

__all__ = ["check_selector"]

_COLUMN = "column:"


def check_selector(selector: str, fmt: str, *, relative: bool = False) -> str | None:
    """Return why a selector is not valid for a format, or None when it is."""
    if not selector.strip():
        return "empty selector"
    if fmt == "xml":
        return xmlpath_syntax.check(selector, relative=relative)
    if fmt in ("csv", "xlsx"):
        sheet, selector = split_sheet(selector)
        if sheet is not None and fmt == "csv":
            return "a CSV file has no sheets"
        if selector.startswith(("next:", "under:")) and NTH.search(selector):
            return "next: and under: name the adjacent cell; '>n' goes with label: and below:"
        if selector.startswith(_COLUMN):
            return None if selector[len(_COLUMN) :].strip() else "a column: selector needs a header text"
        if selector.startswith(TABULAR_PREFIXES):
            text = selector.split(":", 1)[1]
            text = split_nth(text)[0] if selector.startswith(("label:", "below:")) else text
            labels = split_label(text)
            if len(labels) == 1 and not labels[0][0].strip():
                return "a label selector needs a text"
            if any(not label.strip() for label, _ in labels):
                return "a label in a block needs a text on both sides of '>': label:Underskrevet af > Dato"
            return None
        cell = parse_cell(selector)
        if cell is None:
            return f"not a cell reference or a label:, below:, next: or under: selector: {selector!r}"
        if fmt == "csv" and cell[0] is not None:
            return "a CSV file has no sheets"
        return None
    if fmt == "pdf" and selector.startswith(("tooltip:", "label:")) and not selector.split(":", 1)[1].strip():
        return "a tooltip: or label: selector needs a text"
    return None
